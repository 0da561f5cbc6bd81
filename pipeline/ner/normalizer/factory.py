"""Registers `veille_normalizer` with spaCy (no data)."""
from __future__ import annotations

from spacy.language import Language

from pipeline.ner.normalizer.normalizer import Normalizer


@Language.factory("veille_normalizer")
def create_component(nlp: Language, name: str) -> Normalizer:
    return Normalizer()
