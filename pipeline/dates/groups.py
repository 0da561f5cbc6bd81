"""Reading a rule's match: the day, month, year and direction words its named groups hold.

Shared by the handler modules; group names are those of `pipeline.dates.patterns.Fragments`
(`d`, `dw`, `mo`, `y` with a suffix for the second date of a range, `rel` for "prochain").
"""
from __future__ import annotations

import re

from pipeline.dates.patterns import NEXT
from pipeline.dates.tense import tense_hint
from pipeline.dates.vocabulary import Vocabulary


def group(m: re.Match[str], name: str) -> str | None:
    """The group's text, None when the rule has no such group or it did not take part."""
    return m.groupdict().get(name)


def required(m: re.Match[str], name: str) -> str:
    """The text of a group the rule's pattern always captures when it matches."""
    found = m.groupdict().get(name)
    if found is None:
        raise ValueError(f"date rule matched without its group {name!r}: {m.group(0)!r}")
    return found


def group_text(m: re.Match[str], name: str) -> str | None:
    found = m.groupdict().get(name)
    return " ".join(found.lower().split()) if found else None


def day_of_month(m: re.Match[str], vocab: Vocabulary, x: str = "") -> int:
    digits = group_text(m, f"d{x}")
    return int(digits) if digits else vocab.day_words[group_text(m, f"dw{x}") or ""]


def month_of(m: re.Match[str], vocab: Vocabulary, x: str = "") -> int | None:
    name = group_text(m, f"mo{x}")
    return vocab.month_number(name) if name else None


def year_of(m: re.Match[str], x: str = "") -> int | None:
    digits = group_text(m, f"y{x}")
    return int(digits) if digits else None


def written_direction(m: re.Match[str]) -> str | None:
    rel = group_text(m, "rel")
    if not rel:
        return None
    return "next" if re.match(NEXT, rel) else "last"


def direction_or_tense(m: re.Match[str]) -> str | None:
    """"prochain"/"dernier" when written, else the tense of the clause's verb, if any."""
    return written_direction(m) or tense_hint(m.string, m.start(), m.end())
