"""The French date vocabulary (`models/dates/fr.yaml`) turned into regex fragments, read once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCABULARY_PATH = Path(__file__).resolve().parents[2] / "models" / "dates" / "fr.yaml"
APOSTROPHE = "['’]"


def apostrophes(fragment: str) -> str:
    """Let a straight apostrophe in a fragment also match the typographic one."""
    return fragment.replace("’", "'").replace("'", APOSTROPHE)


def alternation(variants: list[str]) -> str:
    """`(?:a|b|c)`, longest first so that `janvier` wins over `janv`; spaces match any blank."""
    ordered = sorted(set(variants), key=len, reverse=True)
    return "(?:" + "|".join(apostrophes(v).replace(" ", r"\s+") for v in ordered) + ")"


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Lookup tables (surface, lower-cased -> number) and the alternations built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    weekdays_full: dict[str, int]
    day_words: dict[str, int]
    count_words: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    year_cues: list[str]
    year_verbs: list[str]
    month_cues: list[str]
    day_cues: list[str]
    day_not_after: list[str]
    relative: list[dict[str, Any]]
    relative_words: list[str]
    holidays: list[dict[str, Any]]
    holiday_words: list[str]
    tense: dict[str, list[str]]

    def month_number(self, surface: str) -> int:
        key = surface.lower().rstrip(".")
        return next(n for v, n in self.months.items() if _plain(v) == key)

    def weekday_number(self, surface: str) -> int:
        key = surface.lower().rstrip(".")
        return next(n for v, n in self.weekdays.items() if _plain(v) == key)


def _plain(variant: str) -> str:
    return variant.replace("\\.?", "").replace("\\.", "")


@cache
def load_vocabulary(path: Path = VOCABULARY_PATH) -> Vocabulary:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    months = {v: int(n) for n, variants in raw["months"].items() for v in variants}
    weekdays = {v: int(n) for n, variants in raw["weekdays"].items() for v in variants}
    return Vocabulary(
        months=months,
        weekdays=weekdays,
        weekdays_full={variants[0]: int(n) for n, variants in raw["weekdays"].items()},
        day_words={str(k): int(v) for k, v in raw["day_words"].items()},
        count_words={str(k): int(v) for k, v in raw["count_words"].items()},
        ordinals={str(k): int(v) for k, v in raw["ordinals"].items()},
        seasons={k: (int(a), int(b)) for k, (a, b) in raw["seasons"].items()},
        year_cues=list(raw["year_cues"]),
        year_verbs=list(raw["year_verbs"]),
        month_cues=list(raw["month_cues"]),
        day_cues=list(raw["day_cues"]),
        day_not_after=list(raw["day_not_after"]),
        relative=list(raw["relative"]),
        relative_words=list(raw["relative_words"]),
        holidays=list(raw["holidays"]),
        holiday_words=list(raw["holiday_words"]),
        tense={key: list(patterns) for key, patterns in raw["tense"].items()},
    )
