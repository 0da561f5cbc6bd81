"""Registers `veille_gazetteer` with spaCy: its data is the gazetteer (`models/gazetteer/`, a watchlist)."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.gazetteer import load_gazetteer
from pipeline.ner.gazetteer.gazetteer_ruler import GazetteerRuler
from pipeline.ner.lexicon import load_lexicon


@Language.factory("veille_gazetteer", default_config={"models_dir": "", "watchlist": ""})
def create_component(nlp: Language, name: str, models_dir: str, watchlist: str) -> GazetteerRuler:
    entries = load_gazetteer(Path(models_dir), Path(watchlist) if watchlist else None)
    return GazetteerRuler(nlp, entries, load_lexicon(Path(models_dir) / "rules").leading_heads)
