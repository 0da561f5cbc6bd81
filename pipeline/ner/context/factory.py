"""Registers `veille_context` with spaCy: the shared lexicon and this component's patterns, passed in."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.context.context import Context
from pipeline.ner.context.patterns import ContextPatterns
from pipeline.ner.lexicon import load_lexicon


@Language.factory("veille_context", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> Context:
    return Context(load_lexicon(Path(rules_dir)), ContextPatterns.load(Path(rules_dir)))
