"""What the event tests share: the events of one type the extractor finds in an invented text."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.events import EventMention, EventType, Lexicon, find_events
from tests.nlp_models import shared_analyzer

MODELS = Path(__file__).resolve().parents[2] / "models"


def events_in(text: str, lexicon: Lexicon, event_type: EventType, published: date) -> list[EventMention]:
    """The events of one type found in an invented article published on `published`."""
    return [e for e in find_events(shared_analyzer().annotate_text(text, published), lexicon) if e.type is event_type]


def roles_in(text: str, lexicon: Lexicon, event_type: EventType, published: date) -> list[set[tuple[str, str]]]:
    """Per event of one type, its (name, role) pairs: what most phrasing tests compare."""
    return [{(p.mention.surface, p.role.value) for p in e.participants}
            for e in events_in(text, lexicon, event_type, published)]


def dated_roles_in(text: str, lexicon: Lexicon, event_type: EventType, published: date) -> list[tuple[str | None, set[tuple[str, str]]]]:
    """Per event of one type, its date and its (name, role) pairs: what the dating tests compare."""
    return [(e.date, {(p.mention.surface, p.role.value) for p in e.participants})
            for e in events_in(text, lexicon, event_type, published)]
