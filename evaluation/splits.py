"""The gold files and the split table that `bench/quality.py`, `veille eval` and the tests share.

Why one table: the quality floors (tests) and the quality benchmark (bench) must score the same
articles under the same names, so the mapping split -> file -> filter is written once, here.
"""

from __future__ import annotations

from pathlib import Path

from evaluation.scoring import GoldArticle, load_gold

GOLD_DIR = Path(__file__).resolve().parent / "gold"
DEFAULT_GOLD = GOLD_DIR / "articles.jsonl"
FRESH_GOLD = GOLD_DIR / "fresh.jsonl"  # written after the rules were tuned
BLIND_GOLD = GOLD_DIR / "blind.jsonl"  # scored before anyone had read it

# split name -> (gold file, split filter inside that file)
GOLD_SPLITS: dict[str, tuple[Path, str]] = {
    "dev": (DEFAULT_GOLD, "dev"),
    "test": (DEFAULT_GOLD, "test"),
    "fresh": (FRESH_GOLD, "all"),
    "blind": (BLIND_GOLD, "all"),
}


def load_split(name: str) -> list[GoldArticle]:
    """The gold articles of one named split of `GOLD_SPLITS`."""
    path, split = GOLD_SPLITS[name]
    return load_gold(path, split)
