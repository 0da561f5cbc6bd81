"""Registers `veille_shapes` with spaCy: the shared lexicon and this component's patterns, passed in."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.lexicon import load_lexicon
from pipeline.ner.shapes.patterns import ShapePatterns
from pipeline.ner.shapes.shapes import ShapeRules


@Language.factory("veille_shapes", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> ShapeRules:
    return ShapeRules(load_lexicon(Path(rules_dir)), ShapePatterns.load(Path(rules_dir)))
