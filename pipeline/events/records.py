"""Typed events found in an article: who raised money, got a label, signed, opened, took over.

`EventMention` is what one article says (participants as entity mentions of its text);
`Event` is the warehouse row, participants tied to canonical entities and one id per story.
"""
from __future__ import annotations

from dataclasses import dataclass

# What one article says lives with the other per-article records (an annotated article carries
# its events); re-exported here, beside the warehouse row.
from pipeline.records import Amount, EventMention, EventType, Participant, Role

__all__ = ["Amount", "Event", "EventMention", "EventType", "Participant", "Role"]


@dataclass(frozen=True, slots=True)
class Event:
    """A warehouse row of `events`, its participants as (entity_id, role) pairs."""

    event_id: str
    article_id: str
    story_id: str
    type: str
    date: str | None
    amount: float | None
    currency: str | None
    amount_eur: float | None
    detail: str | None
    evidence: str
    start_char: int
    end_char: int
    confidence: float
    participants: tuple[tuple[str, str], ...]
