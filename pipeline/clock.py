"""Time conventions: every timestamp the project stores is naive UTC (DuckDB TIMESTAMP).

Why one module: the conversion existed in the crawler, the extractor and the warehouse loader,
and "now" was read in two places. Aware datetimes are converted to UTC and made naive; naive
ones are taken as UTC already (no offset was given to convert from). Read the clock only at the
edges (CLI, flow entry) and pass "now" in.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import overload


def utcnow() -> datetime:
    """The current moment, naive UTC: for the edges only (see the module docstring)."""
    return datetime.now(UTC).replace(tzinfo=None)


@overload
def naive_utc(moment: datetime) -> datetime: ...
@overload
def naive_utc(moment: None) -> None: ...
@overload
def naive_utc(moment: datetime | None) -> datetime | None: ...
def naive_utc(moment: datetime | None) -> datetime | None:
    """Naive UTC: aware input converted, naive input kept (it is UTC already), None kept."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def to_iso(moment: datetime | None) -> str | None:
    """ISO 8601 text for JSON files (spool, crawl state); None stays None."""
    return moment.isoformat() if moment else None


def from_iso(text: str | None) -> datetime | None:
    """The inverse of `to_iso`; empty or None gives None."""
    return datetime.fromisoformat(text) if text else None
