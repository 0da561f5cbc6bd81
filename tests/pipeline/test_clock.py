"""Naive UTC and ISO helpers (pipeline/clock.py): the one time convention of stored timestamps."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pipeline.clock import from_iso, naive_utc, to_iso, utcnow


def test_naive_utc_converts_aware_and_keeps_naive_and_none() -> None:
    paris = timezone(timedelta(hours=2))
    assert naive_utc(datetime(2026, 6, 1, 12, 0, tzinfo=paris)) == datetime(2026, 6, 1, 10, 0)
    assert naive_utc(datetime(2026, 6, 1, 12, 0)) == datetime(2026, 6, 1, 12, 0)
    assert naive_utc(None) is None


def test_iso_round_trip() -> None:
    moment = datetime(2026, 1, 2, 3, 4, 5, 678)
    assert to_iso(moment) == "2026-01-02T03:04:05.000678"
    assert from_iso(to_iso(moment)) == moment
    assert to_iso(None) is None and from_iso(None) is None and from_iso("") is None


def test_utcnow_is_naive() -> None:
    assert utcnow().tzinfo is None
