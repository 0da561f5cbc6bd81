"""The article walk: every sentence through every rule, with what came before in mind."""
from __future__ import annotations

from pipeline.events import rules
from pipeline.events.lexicon import Lexicon
from pipeline.events.reader import ArticleReader
from pipeline.events.records import EventMention, EventType, Participant, Role
from pipeline.events.text import sentences
from pipeline.records import AnnotatedArticle


def find_events(annotated: AnnotatedArticle, lexicon: Lexicon) -> list[EventMention]:
    """Every event the article states, in text order, one per (type, participants, date, amount)."""
    article = annotated.article
    published = article.published_at.date().isoformat() if article.published_at else None
    parts = sentences(article.text)
    peek = ArticleReader(lexicon, annotated)          # names of the next sentence, no context needed
    ahead = [peek.view(s) for s in parts]
    reader = ArticleReader(lexicon, annotated)
    ctx = rules.Context(reader, published)
    found: list[EventMention] = []
    for index, sentence in enumerate(parts):
        view = reader.view(sentence)
        next_view = ahead[index + 1] if index + 1 < len(ahead) else None
        found.extend(_sentence_events(ctx, view, next_view, found))
        ctx.remember_days(view.dates)
        reader.after(view)
    return _unique(found)


def _sentence_events(ctx: rules.Context, view, next_view, found: list[EventMention]) -> list[EventMention]:  # type: ignore[no-untyped-def]
    events = rules.funding(ctx, view) + rules.label(ctx, view) + rules.partnership(ctx, view)
    events += rules.opening(ctx, view) + rules.agenda(ctx, view, next_view)
    appointed = rules.appointment(ctx, view)
    if appointed and found and _continues(appointed[0], found[-1]):
        found[-1] = _with_predecessor(found[-1], appointed[0])
    else:
        events += appointed
    return events


def _continues(new: EventMention, previous: EventMention) -> bool:
    """"Elle succède à Omar Tazi": the predecessor of the appointment told just before."""
    if previous.type is not EventType.APPOINTMENT or new.type is not EventType.APPOINTMENT:
        return False
    roles = {p.role for p in new.participants}
    previous_people = {p.mention.start_char for p in previous.participants if p.role is Role.APPOINTEE}
    new_appointees = [p for p in new.participants if p.role is Role.APPOINTEE]
    same_person = not new_appointees or any(p.mention.surface in {q.mention.surface for q in previous.participants}
                                            for p in new_appointees)
    return Role.PREDECESSOR in roles and bool(previous_people) and same_person \
        and not any(p.role is Role.PREDECESSOR for p in previous.participants)


def _with_predecessor(previous: EventMention, new: EventMention) -> EventMention:
    from dataclasses import replace

    added = tuple(Participant(p.mention, Role.PREDECESSOR) for p in new.participants if p.role is Role.PREDECESSOR)
    return replace(previous, participants=previous.participants + added)


def _unique(events: list[EventMention]) -> list[EventMention]:
    seen: set[tuple] = set()
    kept = []
    for event in events:
        key = (event.type, frozenset((p.mention.surface, p.role) for p in event.participants), event.date,
               event.amount.value if event.amount else None)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept
