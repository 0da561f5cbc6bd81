"""Which date an event gets: the one the sentence states, else the article's own date."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from re import Pattern

from pipeline.records import DateMention

_YEAR = re.compile(r"\b\d{4}\b")


def start_of(value: str) -> str:
    return value.split("/")[0]


def is_future(value: str, published: str | None) -> bool:
    """A date after the article's day, compared at the date's own precision ("2026-06" > "2026-05-06")."""
    if not published:
        return False
    start = start_of(value)
    return start > published[: len(start)]


def is_past_or_today(value: str, published: str | None) -> bool:
    return not is_future(value, published)


def pick(dates: list[DateMention], published: str | None, *, future: bool | None,
         before: int | None = None) -> DateMention | None:
    """The first date mention of the sentence that fits: `future` True (only after the article),
    False (only up to its day), None (any); `before` an offset it must start before."""
    for mention in dates:
        if before is not None and mention.start_char >= before:
            continue
        if future is True and not is_future(mention.value, published):
            continue
        if future is False and is_future(mention.value, published):
            continue
        return mention
    return None


def past_weekdays(dates: list[DateMention], folded: str, published: str | None,
                  weekdays: tuple[str, ...], past_verb: Pattern[str], future_marker: Pattern[str],
                  participle: Pattern[str] | None = None, offset: int = 0) -> list[DateMention]:
    """"Le ministre a inauguré mercredi le Technopark" in a Wednesday's article: the dates stage read
    the bare weekday forward (next Wednesday); a sentence told in the past, with nothing of the
    future, means the latest such day up to the article's date. `folded` is the sentence, folded."""
    if not published or len(published) < 10:
        return dates
    told_in_past: bool | None = None  # read once, and only for a weekday ahead of the article (most dates are not)
    day = date.fromisoformat(published[:10])
    out = []
    for mention in dates:
        surface = mention.surface.lower().removeprefix("le ").strip()
        if surface not in weekdays and len(mention.value) == 10 and mention.value > published[:10] \
                and participle is not None and not _YEAR.search(surface):
            # "Giulia Rinaldi, nommée le 6 juin directrice, pilotera le salon": a day and month after a
            # participle told done is the last such day up to the article's, whatever the sentence's tense
            local = mention.start_char - offset
            if participle.search(folded[max(0, local - 30):max(0, local)]) is not None:
                value = date.fromisoformat(mention.value)
                earlier = value.replace(year=value.year - 1) if (value.month, value.day) != (2, 29) else value
                if earlier <= day:
                    mention = replace(mention, value=earlier.isoformat())
            out.append(mention)
            continue
        if surface not in weekdays or len(mention.value) != 10 or mention.value <= published[:10]:
            out.append(mention)
            continue
        if told_in_past is None:
            told_in_past = bool(past_verb.search(folded)) and not future_marker.search(folded)
        local = mention.start_char - offset
        dated_deal = participle is not None and participle.search(folded[max(0, local - 30):max(0, local)]) is not None
        if told_in_past or dated_deal:
            value = date.fromisoformat(mention.value)
            while value > day:
                value -= timedelta(days=7)
            mention = replace(mention, value=value.isoformat())
        out.append(mention)
    return out
