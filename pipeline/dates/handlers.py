"""Handlers: turn a rule's match into a `Span` against a reference date (the publication date,
or the previous date of the text for "le lendemain").

A handler returns None when the match is not a real date (31 avril, no reference for a relative
expression); the caller then drops the candidate.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

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
from pipeline.dates.patterns import LAST, NEXT
from pipeline.dates.tense import tense_hint
from pipeline.dates.vocabulary import Vocabulary

Handler = Callable[[re.Match[str], date | None, Vocabulary], Span | None]


# -- day dates -------------------------------------------------------------------------------

def day_month_year(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"24 juin 2018", "le 3 février", "lundi 25 juin", "le 16 décembre prochain"."""
    dom, month, year = day_of_month(m, vocab), month_of(m, vocab), year_of(m)
    assert month is not None
    if year is not None:
        on = cal.safe_date(year, month, dom)
    elif ref is None:
        return None
    else:
        weekday = vocab.weekday_number(wd) if (wd := group(m, "wd")) else None
        direction = written_direction(m) if weekday else direction_or_tense(m)
        on = cal.nearest_day(month, dom, ref, weekday, direction)
    return cal.day(on) if on else None


def day_range(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"du 9 au 11 avril 2019", "du 28 février au 2 mars 2020", "13-15 juillet"."""
    last_month = month_of(m, vocab, "2")
    assert last_month is not None
    listed = (group_text(m, "sep") or "").startswith("et") and not (
        (group_text(m, "pre") or "").startswith("entre"))
    if listed and group(m, "mo1"):  # "le 5 mars et le 12 avril": two days, not a range
        return None
    first_month = month_of(m, vocab, "1") or last_month
    first_dom, last_dom = day_of_month(m, vocab, "1"), day_of_month(m, vocab, "2")
    last_year = year_of(m, "2")
    if last_year is None:
        if ref is None:
            return None
        end = cal.nearest_day(last_month, last_dom, ref, None, direction_or_tense(m))
    else:
        end = cal.safe_date(last_year, last_month, last_dom)
    if end is None:
        return None
    first_year = year_of(m, "1") or end.year - ((first_month, first_dom) > (last_month, last_dom))
    start = cal.safe_date(first_year, first_month, first_dom)
    if start is None or start >= end or (end - start).days > 366:
        return None
    return Span(start, end, "day")


def numeric(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"24/06/2018", "2018-06-24", "20/02/14", "le 17/02"."""
    dom, month = int(required(m, "d")), int(required(m, "mn"))
    raw_year = m.groupdict().get("y")
    if raw_year is None:
        on = cal.nearest_day(month, dom, ref, None, direction_or_tense(m)) if ref else None
        return cal.day(on) if on else None
    year = cal.two_digit_year(int(raw_year), ref) if len(raw_year) == 2 else int(raw_year)
    on = cal.safe_date(year, month, dom)
    return cal.day(on) if on else None


def numeric_range(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"du 17/02 au 19/02", "du 17 au 19/02/2027": the end resolved like "le 19/02", the start
    in the same year unless it falls after the end (then the year before)."""
    last_dom, last_month = int(required(m, "d2")), int(required(m, "mn2"))
    first_dom = int(required(m, "d1"))
    first_month = int(group_text(m, "mn1") or last_month)
    if group(m, "y2"):
        end = cal.safe_date(int(required(m, "y2")), last_month, last_dom)
    elif ref is not None:
        end = cal.nearest_day(last_month, last_dom, ref, None, direction_or_tense(m))
    else:
        return None
    if end is None:
        return None
    first_year = int(group_text(m, "y1") or end.year - ((first_month, first_dom) > (last_month, last_dom)))
    start = cal.safe_date(first_year, first_month, first_dom)
    if start is None or start >= end or (end - start).days > 366:
        return None
    return Span(start, end, "day")


def weekday_dom(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"mercredi 13": the nearest 13th that is a Wednesday."""
    if ref is None:
        return None
    weekday_number = vocab.weekday_number(required(m, "wd"))
    on = cal.nearest_weekday_in_month(day_of_month(m, vocab), weekday_number, ref)
    return cal.day(on) if on else None


def weekday(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"mardi dernier", "jeudi prochain", "lundi en huit", bare "lundi"."""
    if ref is None:
        return None
    target = vocab.weekday_number(required(m, "wd"))
    rel = group_text(m, "rel")
    on = _weekday_relative(rel, ref, target) if rel else _weekday_bare(m, ref, target)
    return cal.day(on) if on else None


def _weekday_relative(rel: str, ref: date, target: int) -> date:
    ahead = (target - ref.isoweekday()) % 7          # 0..6 days to the next such weekday
    monday = ref - timedelta(days=ref.weekday())
    if re.search(r"en\s+(?:huit|8)", rel):
        return ref + timedelta(days=ahead + 7)
    if re.search(r"en\s+(?:quinze|15)", rel):
        return ref + timedelta(days=ahead + 14)
    if re.search(r"semaine\s+(?:" + LAST + ")", rel):
        return monday + timedelta(days=target - 1 - 7)
    if re.search(r"cette\s+semaine", rel):
        return monday + timedelta(days=target - 1)
    if re.search(r"semaine|suivante?|d.apr[eè]s", rel):
        return monday + timedelta(days=target - 1 + 7)
    if re.match(NEXT, rel):
        return ref + timedelta(days=ahead or 7)
    return ref - timedelta(days=(7 - ahead) % 7 or 7)


def _weekday_bare(m: re.Match[str], ref: date, target: int) -> date | None:
    """By the word before ("depuis", "dès"), else the verb's tense, else the nearest (±3 days)."""
    ahead = (target - ref.isoweekday()) % 7
    back = (7 - ahead) % 7
    before = m.string[max(0, m.start() - 8):m.start()].lower().replace("’", "'")
    if re.search(r"\ble $", before):
        return None                                  # "le lundi, le marché ouvre": a habit (not "générale mardi")
    if before.endswith("depuis "):                   # "depuis jeudi soir": the last one
        return ref - timedelta(days=back)
    if before.endswith(("dès ", "jusqu'à ", "d'ici ")):  # "dès lundi": this one or the next
        return ref + timedelta(days=ahead)
    if cal.prefers_future(ref):
        return ref + timedelta(days=ahead or 7)
    hint = tense_hint(m.string, m.start(), m.end())
    if hint == "on_or_before":                       # "a annoncé vendredi"
        return ref - timedelta(days=back)
    if hint == "on_or_after":                        # "se réunira vendredi"
        return ref + timedelta(days=ahead)
    return ref + timedelta(days=ahead if ahead <= 3 else ahead - 7)


def holiday(month: int, dom: int) -> Handler:
    def handler(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
        on = cal.nearest_day(month, dom, ref) if ref else None
        return cal.day(on) if on else None
    return handler


# -- months, quarters, seasons --------------------------------------------------------------

def month_year(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"décembre 2014", "fin mars 2020", "en mars" (nearest March), "septembre dernier"."""
    month, year = month_of(m, vocab), year_of(m)
    assert month is not None
    if year is None:
        if ref is None:
            return None
        year = cal.nearest_month(month, ref, direction_or_tense(m))
    return cal.month_span(year, month)


def month_range(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"de janvier à mars 2020", "entre mars et juin"."""
    first, last = month_of(m, vocab, "1"), month_of(m, vocab, "2")
    assert first is not None and last is not None
    last_year = year_of(m, "2")
    if last_year is None:
        if ref is None:
            return None
        last_year = cal.nearest_month(last, ref)
    first_year = year_of(m, "1") or last_year - (first > last)
    if (first_year, first) >= (last_year, last):
        return None
    return cal.month_span(first_year, first, last_year, last)


def part_of_year(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"premier trimestre 2020" -> 2020-01/2020-03, "S2 2019", "le trimestre" of `ref`'s year."""
    kind = (group_text(m, "kind") or group_text(m, "code") or "").lower()
    number = vocab.ordinals[group_text(m, "ord") or ""] if group(m, "ord") else int(required(m, "n"))
    months = 3 if kind.startswith(("t", "q")) else 6
    if number > 12 // months:
        return None
    year = year_of(m) or year_of(m, "c")
    if year is None:
        if ref is None:
            return None
        year = ref.year + {"next": 1, "last": -1, None: 0}[written_direction(m)]
    first = (number - 1) * months + 1
    return cal.month_span(year, first, year, first + months - 1)


# -- years -----------------------------------------------------------------------------------

def year_only(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    year = year_of(m)
    return cal.year_span(year) if year else None


def year_range(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"entre 2018 et 2021", "2018-2021", "2020-21", "de 2019 à 2022"."""
    first = year_of(m, "1")
    short = group_text(m, "ys")
    last = year_of(m, "2") or (first // 100 * 100 + int(short) if first and short else None)
    if not first or not last or not first < last <= first + 50:
        return None
    return cal.year_span(first, last)


def decade(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    digits = required(m, "dec")
    start = int(digits) if len(digits) == 4 else 1900 + int(digits)
    return cal.year_span(start, start + 9)


# -- relative to the reference date ---------------------------------------------------------

def relative(unit: str, offset: int, days: list[int] | None = None,
             not_after: list[str] | None = None, over_after: int | None = None) -> Handler:
    """A fixed expression ("hier", "la semaine prochaine"); `not_after` words before it make it
    something else ("est aujourd'hui leader": nowadays). A part of this week or month that is
    already over (`days` of the week before `ref`, or `ref` past the `over_after` day of the
    month) is the next one's when the clause looks ahead: "se réunira en début de mois" on the
    20th is next month's beginning."""
    words = "|".join(re.escape(w) for w in not_after or [])
    after_word = re.compile(rf"(?<![\w'])(?:{words})\s+$", re.IGNORECASE)

    def handler(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
        before = m.string[max(0, m.start() - 12):m.start()].replace("’", "'")
        if ref is None or (not_after and after_word.search(before)):
            return None
        span = _part(_shift(ref, unit, offset), days)
        over = span.end < ref or (over_after is not None and ref.day > over_after)
        if offset == 0 and (days or over_after) and over and _looks_ahead(m, ref):
            span = _part(_shift(ref, unit, 1), days)
        return span
    return handler


def _part(span: Span, days: list[int] | None) -> Span:
    """Part of a week: "en début de semaine" = Monday..Tuesday; else the span itself."""
    if not days:
        return span
    return Span(span.start + timedelta(days=days[0] - 1), span.start + timedelta(days=days[1] - 1), "day")


def _looks_ahead(m: re.Match[str], ref: date) -> bool:
    return cal.prefers_future(ref) or tense_hint(m.string, m.start(), m.end()) == "on_or_after"


def _count(m: re.Match[str], vocab: Vocabulary) -> int:
    return int(n) if (n := group(m, "n")) else vocab.count_words[group_text(m, "nw") or ""]


def _counted_range_span(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"les trois dernières années" -> the 3 years before `ref`'s; "3 prochains mois" after."""
    if ref is None:
        return None
    count = _count(m, vocab)
    if not 1 <= count <= 100:
        return None
    forward = bool(group(m, "next") or group(m, "next2"))
    unit_word = (group_text(m, "unit") or "")[:3]
    unit = {"jou": "day", "sem": "week", "moi": "month"}.get(unit_word, "year")
    first, last = (1, count) if forward else (-count, -1)
    start, end = _shift(ref, unit, first), _shift(ref, unit, last)
    return Span(start.start, end.end, start.grain)


def counted_anchored(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"deux jours plus tard" after the previous date (or the publication date)."""
    if ref is None:
        return None
    sign = -1 if re.search(r"t[ôo]t|avant", group_text(m, "dir") or "") else 1
    return cal.day(ref + timedelta(days=sign * _count(m, vocab)))


def around_day(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"le lendemain du 13 février", "la veille du 3 mars 2020"."""
    base = day_month_year(m, ref, vocab)
    if base is None:
        return None
    word = group_text(m, "around") or ""
    shift = {"veille": -1, "lendemain": 1, "surlendemain": 2}[word.split()[-1]]
    return cal.day(base.start + timedelta(days=shift))


def nth_day(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"le dernier jour d'octobre 2015", "le 3eme jour d'octobre", quinzaines of a month."""
    month = month_of(m, vocab)
    assert month is not None
    year = year_of(m) or (cal.nearest_month(month, ref) if ref else None)
    if year is None:
        return None
    last_dom = cal.month_span(year, month).end.day
    if group(m, "half"):
        second = not re.match(r"premi|1", group_text(m, "half") or "")
        return Span(date(year, month, 15 if second else 1),
                    date(year, month, last_dom if second else 14), "day")
    on = cal.safe_date(year, month, last_dom if group(m, "lastday") else int(required(m, "nth")))
    return cal.day(on) if on else None


def _shift(ref: date, unit: str, offset: int) -> Span:
    if unit == "day":
        return cal.day(ref + timedelta(days=offset))
    if unit == "week":
        return cal.week_span(ref + timedelta(weeks=offset))
    if unit == "month":
        year, month = cal.add_months(ref.year, ref.month, offset)
        return cal.month_span(year, month)
    return cal.year_span(ref.year + offset)


def counted(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"il y a trois ans" -> the year, "dans deux mois" -> the month, "dans 10 jours" -> the day."""
    if ref is None:
        return None
    count = int(n) if (n := group(m, "n")) else vocab.count_words[group_text(m, "nw") or ""]
    sign = 1 if (group_text(m, "dir") or "").startswith("dans") else -1
    unit = (group_text(m, "unit") or "an")[:3]
    if unit == "jou":
        return cal.day(ref + timedelta(days=sign * count))
    if unit == "sem":
        return cal.day(ref + timedelta(weeks=sign * count))
    if unit == "moi":
        return _shift(ref, "month", sign * count)
    return cal.year_span(ref.year + sign * count)



def season(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """"été 2021" -> 2021-06/2021-08; "cet hiver" -> the winter around `ref`."""
    name = group_text(m, "season") or group_text(m, "season2") or ""
    first, last = vocab.seasons[name]
    year = year_of(m)
    if year is None:
        if ref is None:
            return None
        year = ref.year - (first > last and ref.month <= 6)
        year += {"next": 1, "last": -1, None: 0}[written_direction(m)]
    return cal.month_span(year, first, year + (first > last), last)


def counted_range(m: re.Match[str], ref: date | None, vocab: Vocabulary) -> Span | None:
    """Only with a direction word: "10 ans" alone is a duration, not a date."""
    if not (group(m, "last") or group(m, "last2") or group(m, "next") or group(m, "next2")):
        return None
    return _counted_range_span(m, ref, vocab)
