"""Events tied to canonical entities, one id per event of a story.

Why per story: a press release copied by five outlets states the same funding five times; the
event is one. Its id hashes the story, the type, the participants (entity ids and roles), the
date and the amount, so every copy of the story (in this batch or a later run) gets the same id
and the warehouse keeps the first article that stated it.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from pipeline.events.amounts import Rates
from pipeline.events.records import Event, EventMention
from pipeline.records import ResolvedMention


def event_id_for(story_id: str, event_type: str, participants: Iterable[tuple[str, str]],
                 date: str | None, amount: float | None, currency: str | None) -> str:
    key = "|".join([story_id, event_type, ";".join(f"{e}:{r}" for e, r in sorted(set(participants))),
                    date or "", f"{amount:.2f}" if amount is not None else "", currency or ""])
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]


def resolve_events(
    found: Sequence[tuple[str, str, Sequence[EventMention]]],
    mentions: Sequence[ResolvedMention],
    rates: Rates,
) -> list[Event]:
    """(article_id, story_id, events) -> warehouse events, one per id (first article wins).

    A participant whose mention has no entity (resolution dropped it) is left out; an event left
    without participants is dropped.
    """
    entity_at = {(m.article_id, m.start_char, m.end_char): m.entity_id for m in mentions}
    events: dict[str, Event] = {}
    for article_id, story_id, mentions_of_article in found:
        for mention in mentions_of_article:
            pairs = tuple(sorted({
                (entity_at[key], str(p.role)) for p in mention.participants
                if (key := (article_id, p.mention.start_char, p.mention.end_char)) in entity_at
            }))
            if not pairs:
                continue
            amount = mention.amount
            event_id = event_id_for(story_id, str(mention.type), pairs, mention.date,
                                    amount.value if amount else None, amount.currency if amount else None)
            events.setdefault(event_id, Event(
                event_id=event_id, article_id=article_id, story_id=story_id, type=str(mention.type),
                date=mention.date, amount=amount.value if amount else None,
                currency=amount.currency if amount else None,
                amount_eur=rates.to_eur(amount.value, amount.currency) if amount else None,
                detail=mention.detail, evidence=mention.evidence, start_char=mention.start_char,
                end_char=mention.end_char, confidence=mention.confidence, participants=pairs,
            ))
    return list(events.values())
