"""Registers `veille_merge` with spaCy: the shared lexicon, passed in."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.lexicon import load_lexicon
from pipeline.ner.merge.merge import Merge


@Language.factory("veille_merge", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> Merge:
    return Merge(load_lexicon(Path(rules_dir)))
