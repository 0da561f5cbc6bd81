"""Registers `veille_acronyms` with spaCy: the shared lexicon's small words, passed in."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.acronyms.acronyms import AcronymLinker
from pipeline.ner.lexicon import load_lexicon


@Language.factory("veille_acronyms", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> AcronymLinker:
    return AcronymLinker(load_lexicon(Path(rules_dir)).acronym_skipped)
