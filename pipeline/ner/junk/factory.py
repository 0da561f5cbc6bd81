"""Registers `veille_junk` with spaCy: the shared lexicon and this component's patterns, passed in."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.junk.junk import JunkFilter
from pipeline.ner.junk.patterns import JunkPatterns
from pipeline.ner.lexicon import load_lexicon


@Language.factory("veille_junk", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> JunkFilter:
    return JunkFilter(load_lexicon(Path(rules_dir)), JunkPatterns.load(Path(rules_dir)))
