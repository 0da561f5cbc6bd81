"""Typed events found in an article: who raised money, got a label, signed, opened, took over.

`EventMention` is what one article says (participants as entity mentions of its text);
`Event` is the warehouse row, participants tied to canonical entities and one id per story.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pipeline.records import EntityMention


class EventType(StrEnum):
    """Accepted values of `events.type`."""

    FUNDING = "funding"
    LABEL = "label"
    PARTNERSHIP = "partnership"
    OPENING = "opening"
    APPOINTMENT = "appointment"
    AGENDA = "agenda"


class Role(StrEnum):
    """Accepted values of `event_participants.role`."""

    FUNDER = "funder"
    RECIPIENT = "recipient"
    PARTNER = "partner"
    LABELLED = "labelled"
    HOST = "host"
    APPOINTEE = "appointee"
    PREDECESSOR = "predecessor"
    ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity of the text in one role of an event."""

    mention: EntityMention
    role: Role


@dataclass(frozen=True, slots=True)
class Amount:
    """"2,5 M€": 2_500_000 EUR; `surface` and offsets index into the article text."""

    value: float
    currency: str
    surface: str
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as one article states it."""

    type: EventType
    participants: tuple[Participant, ...]
    date: str | None              # ISO 8601 at the text's precision, ranges START/END
    date_stated: bool             # False: the article's own date stands in
    amount: Amount | None
    detail: str | None            # role title, label name, kind of site or gathering
    evidence: str                 # the sentence
    start_char: int
    end_char: int
    confidence: float


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
