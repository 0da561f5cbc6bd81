"""Typed events of the ecosystem, read from the NLP stage's output (no model of its own).

`find_events(annotated, lexicon)` walks an article sentence by sentence and returns what it
states: funding, label, partnership, opening, appointment, agenda, each with its participants in
their roles, its date, amount and evidence sentence. `resolve_events` ties participants to the
batch's canonical entities and gives each event an id shared by every copy of its story.
Cues and amounts are data in `models/events/` (`load_lexicon`).
"""
from __future__ import annotations

from pipeline.events.extract import find_events
from pipeline.events.lexicon import Lexicon, LexiconError, load_lexicon
from pipeline.events.records import Event, EventMention, EventType, Participant, Role
from pipeline.events.resolve import resolve_events

__all__ = [
    "Event", "EventMention", "EventType", "Lexicon", "LexiconError", "Participant", "Role",
    "find_events", "load_lexicon", "resolve_events",
]
