"""Registers `veille_consistency` with spaCy (no data)."""
from __future__ import annotations

from spacy.language import Language

from pipeline.ner.consistency.consistency import Consistency


@Language.factory("veille_consistency")
def create_component(nlp: Language, name: str) -> Consistency:
    return Consistency()
