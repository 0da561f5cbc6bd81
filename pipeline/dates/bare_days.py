"""Handlers for days written without their month or year: "prévu le 16.", "du 13 au 18",
"le premier mercredi de mars", "31 octobre 74". The rules admit them only in date-like
contexts (a cue word before, the end of the clause after); here they are resolved against the
reference date like any year-less date.
"""
from __future__ import annotations

import re
from datetime import date

from pipeline.dates import calendar as cal
from pipeline.dates.calendar import Span
from pipeline.dates.groups import (
    day_of_month,
    direction_or_tense,
    group,
    group_text,
    month_of,
    required,
    written_direction,
    year_of,
)
from pipeline.dates.vocabulary import Vocabulary


def day_short_year(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"31 octobre 74": a two-digit year after the month (the rule wants the clause to end)."""
    month = month_of(m, vocab)
    assert month is not None
    on = cal.safe_date(cal.two_digit_year(int(required(m, "ys")), ref), month, day_of_month(m, vocab))
    return cal.day(on) if on else None


def day_alone(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"prévu le 16.", "à partir du 8": that day of the month nearest to `ref` (by the tense,
    "prochain"/"dernier" or the future policy when they apply)."""
    if ref is None:
        return None
    on = cal.nearest_dom(day_of_month(m, vocab), ref, direction_or_tense(m))
    return cal.day(on) if on else None


def day_range_alone(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"du 13 au 18", "entre le 13 et le 18": days of the month whose last day is nearest to
    `ref`; "du 28 au 3" starts in the month before."""
    if ref is None:
        return None
    first, last = day_of_month(m, vocab, "1"), day_of_month(m, vocab, "2")
    end = cal.nearest_dom(last, ref, direction_or_tense(m))
    if end is None or first == last:
        return None
    year, month = (end.year, end.month) if first < last else cal.add_months(end.year, end.month, -1)
    start = cal.safe_date(year, month, first)
    return Span(start, end, "day") if start else None


def nth_weekday(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"le premier mercredi de mars", "le dernier vendredi du mois prochain"."""
    weekday = vocab.weekday_number(required(m, "wd"))
    nth = None if group(m, "lastwd") else vocab.ordinals[group_text(m, "ord") or ""]
    month, year = month_of(m, vocab), year_of(m)
    if month is not None and year is None:
        if ref is None:
            return None
        year = cal.nearest_month(month, ref, direction_or_tense(m))
    elif month is None:
        if ref is None:
            return None
        shift = {"next": 1, "last": -1, None: 0}[written_direction(m)]
        year, month = cal.add_months(ref.year, ref.month, shift)
    if year is None or month is None:  # unreachable: each branch above sets both
        return None
    on = cal.nth_weekday(year, month, weekday, nth)
    return cal.day(on) if on else None
