"""Calendar arithmetic for French date mentions: a resolved `Span`, its ISO 8601 value, and the
choice of a missing year against the publication date (news speaks of the nearest occurrence)."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Grain = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class Span:
    """A resolved date or range: inclusive `start`..`end`, written at `grain` precision."""

    start: date
    end: date
    grain: Grain

    @property
    def value(self) -> str:
        """ISO 8601 at the text's precision; a range as `START/END` (inclusive end)."""
        first, last = _iso(self.start, self.grain), _iso(self.end, self.grain)
        return first if first == last else f"{first}/{last}"


def _iso(day: date, grain: Grain) -> str:
    if grain == "year":
        return f"{day.year:04d}"
    if grain == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


class Reference(date):
    """The date relative expressions count from, with the policy for a missing year.

    A `date` subclass so that every handler keeps plain date arithmetic. `prefer_future` picks
    the next occurrence of a year-less "le 3 mars" (as dialogue systems such as Duckling do);
    the default, for news, picks the occurrence nearest to the publication date.
    """

    __slots__ = ("prefer_future",)
    prefer_future: bool

    def __new__(cls, year: int, month: int, dom: int, prefer_future: bool = False) -> Reference:
        ref = super().__new__(cls, year, month, dom)
        ref.prefer_future = prefer_future
        return ref

    @classmethod
    def of(cls, on: date, prefer_future: bool = False) -> Reference:
        return cls(on.year, on.month, on.day, prefer_future)


def prefers_future(published: date) -> bool:
    return bool(getattr(published, "prefer_future", False))


def _closest(found: list[date], published: date) -> date:
    """Nearest to `published` (ties to the future); under the future policy, the first on or
    after it."""
    if prefers_future(published):
        ahead = [d for d in found if d >= published]
        if ahead:
            return min(ahead)
    return min(found, key=lambda d: (abs((d - published).days), d < published))


def day(on: date) -> Span:
    return Span(on, on, "day")


def month_span(year: int, month: int, last_year: int | None = None,
               last_month: int | None = None) -> Span:
    """The month `year-month`, or the months up to `last_year-last_month`."""
    end_year, end_month = last_year or year, last_month or month
    end_day = calendar.monthrange(end_year, end_month)[1]
    return Span(date(year, month, 1), date(end_year, end_month, end_day), "month")


def year_span(year: int, last_year: int | None = None) -> Span:
    return Span(date(year, 1, 1), date(last_year or year, 12, 31), "year")


def week_span(on: date) -> Span:
    """The ISO week (Monday..Sunday) holding `on`, as a day range."""
    monday = on - timedelta(days=on.weekday())
    return Span(monday, monday + timedelta(days=6), "day")


def safe_date(year: int, month: int, dom: int) -> date | None:
    """A date, or None for impossible ones (31 avril, 29 février of a common year)."""
    if not (1 <= month <= 12 and 1 <= year <= 9999):
        return None
    if not 1 <= dom <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, dom)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_months(on: date, delta: int) -> date:
    """Same day `delta` months later, clamped to the month's last day."""
    year, month = add_months(on.year, on.month, delta)
    return date(year, month, min(on.day, calendar.monthrange(year, month)[1]))


def nearest_day(month: int, dom: int, published: date, weekday: int | None = None,
                direction: str | None = None) -> date | None:
    """The year-less `dom month` nearest to `published` (ties go to the future).

    `direction` "next"/"last" keeps only later/earlier occurrences ("le 16 décembre prochain");
    a `weekday` (1 = Monday) prefers the years where the day falls on it ("lundi 25 juin").
    """
    years = range(published.year - 1, published.year + 2)
    candidates = [d for y in years if (d := safe_date(y, month, dom)) is not None]
    candidates = _directed(candidates, published, direction)
    if weekday is not None:
        matching = [d for d in candidates if d.isoweekday() == weekday]
        candidates = matching or candidates
    if not candidates:
        return None
    return _closest(candidates, published)


def _directed(found: list[date], published: date, direction: str | None) -> list[date]:
    """Keep the occurrences `direction` allows: strictly "next"/"last" ("le 3 mars prochain"),
    or "on_or_after"/"on_or_before" (a tense hint: an empty result lets the caller ignore it)."""
    keep = {"next": lambda d: d > published, "last": lambda d: d < published,
            "on_or_after": lambda d: d >= published, "on_or_before": lambda d: d <= published}
    return [d for d in found if keep[direction](d)] if direction in keep else found


def nearest_month(month: int, published: date, direction: str | None = None) -> int:
    """Year of the year-less `month` nearest to `published` (ties go to the future);
    `direction`: "next"/"last" for "janvier prochain" / "septembre dernier" (strictly after /
    before), "on_or_after"/"on_or_before" from the verb's tense."""
    here = published.year * 12 + published.month - 1
    years = range(published.year - 1, published.year + 2)
    if direction == "next":
        return published.year + (month <= published.month)
    if direction == "last":
        return published.year - (month >= published.month)
    if direction == "on_or_after":
        return published.year + (month < published.month)
    if direction == "on_or_before":
        return published.year - (month > published.month)
    if prefers_future(published):
        return published.year + (month < published.month)
    return min(years, key=lambda y: (abs(y * 12 + month - 1 - here), y * 12 + month - 1 < here))


def nearest_weekday_in_month(dom: int, weekday: int, published: date) -> date | None:
    """"mercredi 13": the 13th falling on a Wednesday nearest to `published` (within a year)."""
    found = []
    for delta in range(-12, 13):
        year, month = add_months(published.year, published.month, delta)
        on = safe_date(year, month, dom)
        if on is not None and on.isoweekday() == weekday:
            found.append(on)
    if not found:
        return None
    return _closest(found, published)


def nearest_dom(dom: int, published: date, direction: str | None = None) -> date | None:
    """A day number given alone ("le 16"): that day of the month nearest to `published`, among
    the months around it (a 31st skips the short months); `direction` as in `nearest_day`."""
    found = []
    for delta in range(-2, 3):
        year, month = add_months(published.year, published.month, delta)
        if (on := safe_date(year, month, dom)) is not None:
            found.append(on)
    found = _directed(found, published, direction) or found
    return _closest(found, published)


def nth_weekday(year: int, month: int, weekday: int, nth: int | None) -> date | None:
    """The `nth` `weekday` (1 = Monday) of the month, the last one when `nth` is None;
    None when the month has no such day (a fifth Monday)."""
    if nth is None:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.isoweekday() - weekday) % 7)
    first = date(year, month, 1)
    on = first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    return on if on.month == month else None


def two_digit_year(short: int, published: date | None) -> int:
    """"20/02/14", "31 octobre 74": the century putting the year at most ten years after
    publication (2030 without a publication date)."""
    pivot = (published.year % 100) + 10 if published else 30
    return short + (2000 if short <= pivot else 1900)
