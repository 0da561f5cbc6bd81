"""ISO-week arithmetic: the digest always covers one whole Monday-to-Sunday week."""
from __future__ import annotations

from datetime import date, timedelta

from digest.model import WeekSpan


def week_of(day: date) -> WeekSpan:
    """The ISO week containing `day`."""
    iso = day.isocalendar()
    start = day - timedelta(days=iso.weekday - 1)
    return WeekSpan(iso.year, iso.week, start, start + timedelta(days=6))


def last_complete_week(today: date) -> date:
    """The Monday of the last ISO week that has fully ended before `today`.

    Why: a digest sent on Monday morning (or any day) covers the previous full week, never a
    week still being crawled.
    """
    return week_of(today).start - timedelta(days=7)
