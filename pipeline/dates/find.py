"""French temporal expressions in article text, normalised to ISO 8601 values.

`find_dates` spots candidates with compiled regexes over the whole text (one pass per rule, no
per-token work), keeps the longest non-overlapping ones, and resolves relative expressions
against the publication date. See the README, "Dates in article text", for the value conventions.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from pipeline.dates.calendar import Reference, Span
from pipeline.dates.rules import Rule, build_rules
from pipeline.dates.vocabulary import load_vocabulary
from pipeline.records import DateMention

__all__ = ["find_dates"]


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    order: int          # rule rank: earlier rules win ties
    rule: Rule
    span: Span | None   # None for anchored rules, resolved once the previous date is known
    match: re.Match[str]


@cache
def _rules() -> tuple[Rule, ...]:
    return tuple(build_rules(load_vocabulary()))


def find_dates(text: str, published: date | datetime | None, *,
               prefer_future: bool = False) -> list[DateMention]:
    """Dates the text speaks of, sorted by start; relative ones resolved against `published`.

    Without `published`, only expressions that carry their own year are returned. A year-less
    "le 3 mars" or a bare "lundi" is the occurrence nearest to `published` (news speak of recent
    and coming days alike); `prefer_future` takes the next one instead (Duckling's convention).
    """
    ref = None
    if published is not None:
        day = published.date() if isinstance(published, datetime) else published
        ref = Reference.of(day, prefer_future)
    chosen = _select(_candidates(text, ref))
    mentions: list[DateMention] = []
    previous_day: date | None = None
    for cand in chosen:
        span = cand.span
        if cand.rule.anchored:
            # "le lendemain" of the last dated event of the text, else of publication
            anchor = previous_day or ref
            if anchor is not None and ref is not None:
                anchor = Reference.of(anchor, ref.prefer_future)
            span = cand.rule.handler(cand.match, anchor, load_vocabulary())
        if span is None:
            continue
        if span.grain == "day":  # "du 9 au 11 avril ... Le lendemain de l'ouverture": the 10th
            previous_day = span.start
        mentions.append(DateMention(text[cand.start:cand.end], span.value, cand.start, cand.end))
    return mentions


def _candidates(text: str, ref: date | None) -> list[_Candidate]:
    vocab = load_vocabulary()
    found = []
    windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for order, rule in enumerate(_rules()):
        for m in _matches(rule, text, windows):
            start, end = m.span("m") if m.groupdict().get("m") else m.span()
            if start == end:
                continue
            span = None if rule.anchored else rule.handler(m, ref, vocab)
            if span is None and not rule.anchored:
                continue
            found.append(_Candidate(start, end, order, rule, span, m))
    return found


# A match lies within this many characters around its trigger word ("du lundi 1er au mercredi
# 10 juillet 2019": 33 before "juillet", 5 after).
BEFORE, AFTER = 50, 30


def _matches(rule: Rule, text: str,
             windows: dict[re.Pattern[str], list[tuple[int, int]]]) -> Iterator[re.Match[str]]:
    """The rule's matches over the whole text, searched only near its trigger words."""
    if rule.trigger is None:
        yield from rule.regex.finditer(text)
        return
    if rule.trigger not in windows:
        windows[rule.trigger] = _windows(rule.trigger, text)
    for start, end in windows[rule.trigger]:
        yield from rule.regex.finditer(text, start, end)


def _windows(trigger: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Merged spans around each trigger hit; a span ends on a blank so no word is cut."""
    merged: list[tuple[int, int]] = []
    for hit in trigger.finditer(text):
        start = max(0, hit.start() - BEFORE)
        blank = _BLANK.search(text, min(len(text), hit.end() + AFTER))
        end = blank.start() if blank else len(text)
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_BLANK = re.compile(r"\s")


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then earliest rule; a candidate overlapping a kept one is dropped."""
    starts: list[int] = []            # kept spans never overlap: sorted by start, ends follow
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start)):
        i = bisect.bisect_right(starts, cand.start)
        if i and kept[i - 1].end > cand.start:
            continue
        if i < len(kept) and kept[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        kept.insert(i, cand)
    return kept
