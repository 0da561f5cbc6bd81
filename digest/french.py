"""French formatting of dates and numbers, without depending on the machine's locale."""
from __future__ import annotations

from datetime import date

from digest.model import WeekSpan

MONTHS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
NARROW_NBSP = "\u202f"  # French thousands separator


def day_number(day: date) -> str:
    """`1er`, `2`, ... `31`: French writes the first of the month as an ordinal."""
    return "1er" if day.day == 1 else str(day.day)


def long_date(day: date, with_year: bool = True) -> str:
    """`16 novembre 2026`."""
    text = f"{day_number(day)} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def month_year(day: date) -> str:
    """`mars 2027`."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def date_range(start: date, end: date) -> str:
    """`du 16 au 22 novembre 2026`, `du 30 novembre au 6 décembre 2026`, across years too."""
    if start.year != end.year:
        return f"du {long_date(start)} au {long_date(end)}"
    if start.month != end.month:
        return f"du {long_date(start, with_year=False)} au {long_date(end)}"
    return f"du {day_number(start)} au {long_date(end)}"


def week_label(week: WeekSpan) -> str:
    """`semaine 47, du 16 au 22 novembre 2026`."""
    return f"semaine {week.iso_week}, {date_range(week.start, week.end)}"


def number(value: float, decimals: int = 0) -> str:
    """`1 234` and `2,5`: narrow no-break space for thousands, comma for decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NARROW_NBSP).replace(".", ",")


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """`1 article`, `0 article`, `3 articles` (French: 0 and 1 take the singular)."""
    word = singular if count < 2 else (plural_form or singular + "s")
    return f"{number(count)} {word}"
