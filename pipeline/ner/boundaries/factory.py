"""Registers `veille_boundaries` with spaCy: the shared lexicon and this component's patterns, passed in."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.boundaries.boundaries import Boundaries
from pipeline.ner.boundaries.patterns import place_generics
from pipeline.ner.lexicon import load_lexicon


@Language.factory("veille_boundaries", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> Boundaries:
    return Boundaries(load_lexicon(Path(rules_dir)), place_generics(Path(rules_dir)))
