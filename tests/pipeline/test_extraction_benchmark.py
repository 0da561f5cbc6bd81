"""Quality floors on the shared French benchmarks (figures from `bench/extraction.py`).

Fails when extraction or publication dates get worse than what was reached, or fall behind plain
trafilatura / htmldate on the same pages.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from bench.extraction import run_benchmark

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"
pytestmark = pytest.mark.shared

# Floors reached on 2026-11-25 (26 extraction pages, 41 pubdate pages).
WITH_KEPT_FLOOR = 74          # of 76 snippets the main text must contain
WITHOUT_DROPPED_FLOOR = 75    # of 78 snippets it must not contain
PUBDATE_RIGHT_FLOOR = 39      # of 41 publication days (95.1 %)


@pytest.fixture(scope="module")
def results() -> dict:
    if not (SHARED / "benchmarks" / "extraction-fr").is_dir() or not (
        SHARED / "benchmarks" / "pubdate-fr"
    ).is_dir():
        pytest.skip(f"shared benchmarks extraction-fr / pubdate-fr not found under {SHARED.resolve()}")
    return run_benchmark(SHARED, all_variants=False)


def test_extraction_keeps_and_drops_at_least_the_floor(results: dict) -> None:
    veille = results["extraction"]["veille (default)"]
    assert veille["with_kept"] >= WITH_KEPT_FLOOR
    assert veille["without_dropped"] >= WITHOUT_DROPPED_FLOOR


def test_extraction_at_least_as_good_as_plain_trafilatura(results: dict) -> None:
    veille = results["extraction"]["veille (default)"]
    plain = results["extraction"]["trafilatura.extract defaults"]
    assert veille["with_kept"] >= plain["with_kept"]
    assert veille["without_dropped"] >= plain["without_dropped"]


def test_publication_dates_right_on_95_percent(results: dict) -> None:
    veille = results["pubdate"]["veille (default)"]
    assert veille["right"] >= PUBDATE_RIGHT_FLOOR, veille["misses"]
    assert veille["accuracy"] >= 0.95
    assert veille["right"] >= results["pubdate"]["htmldate.find_date defaults"]["right"]
