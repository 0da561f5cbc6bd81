"""What the warehouse already knows, handed to the crawler so a re-run fetches only what is new.

The ingest flow (`flows/state.py`) builds a `CrawlState` from `crawl_log`, `articles` and `http_validators`; the crawler
never reads the warehouse itself.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from crawlers.urls import canonical_url
from pipeline.records import Outcome, Rejection

# Outcomes after which a URL is never fetched again (its fate will not change by re-fetching).
FINAL_OUTCOMES = frozenset({
    Outcome.STORED, Outcome.UNCHANGED, Outcome.DUPLICATE, Outcome.OFF_TOPIC,
    Outcome.NOT_FRENCH, Outcome.NOT_HTML, Outcome.TOO_LARGE, Outcome.TOO_LONG, Outcome.ROBOTS,
})
SKIP_REASONS = {
    Outcome.STORED: "already stored",
    Outcome.UNCHANGED: "already seen, unchanged",
    Outcome.DUPLICATE: "already known as a duplicate",
    Outcome.OFF_TOPIC: "already known as off-topic",
    Outcome.NOT_FRENCH: "already known as not French",
    Outcome.NOT_HTML: "already known as not HTML",
    Outcome.TOO_LARGE: "already known as too large",
    Outcome.TOO_LONG: "already known as too long to analyse (its raw page is kept: veille reprocess)",
    Outcome.ROBOTS: "already known as forbidden by robots.txt",
}


@dataclass(frozen=True, slots=True)
class KnownUrl:
    """A canonical URL the warehouse has seen, and what last became of it."""

    first_seen_at: datetime
    last_fetched_at: datetime | None
    last_outcome: Outcome


@dataclass(frozen=True, slots=True)
class HttpValidator:
    """Conditional-GET validators of a feed or sitemap (row of `http_validators`)."""

    url: str
    etag: str | None
    last_modified: str | None
    checked_at: datetime


@dataclass(frozen=True, slots=True)
class DeadLink:
    """A URL that answered 404/410 (row of `dead_links`): `failures` times in a row so far."""

    status: int
    failures: int
    last_checked_at: datetime


def dead_link_retry_at(dead: DeadLink, max_days: int) -> datetime:
    """When a dead link may be requested again: 1, 2, 4... days after the last check, capped."""
    days = min(2 ** max(0, dead.failures - 1), max_days)
    return utc_naive(dead.last_checked_at) + timedelta(days=days)


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(slots=True)
class CrawlState:
    """Known canonical URLs, validators and dead links, from the warehouse.

    `as_of` is the run's "now" (naive UTC), decided once by whoever builds the state (the ingest
    flow): the refetch window and the dead-link intervals are measured from it, never from the
    clock inside the crawler.
    """

    known: dict[str, KnownUrl] = field(default_factory=dict)
    validators: dict[str, HttpValidator] = field(default_factory=dict)
    as_of: datetime = field(default_factory=utcnow)
    dead: dict[str, DeadLink] = field(default_factory=dict)

    def skip(self, url: str, now: datetime, refetch_recent_hours: float,
             dead_link_max_days: int = 64) -> Rejection | None:
        """Why a link need not be fetched again, or None to fetch it.

        A STORED article fetched once and first seen within the refetch window is fetched one
        more time, to pick up a correction published soon after the article. A dead link
        (404/410) waits 1, 2, 4... days (up to `dead_link_max_days`) between requests.
        """
        dead = self.dead.get(canonical_url(url))
        if dead is not None:
            retry_at = dead_link_retry_at(dead, dead_link_max_days)
            if utc_naive(now) < retry_at:
                return Rejection(Outcome.HTTP_ERROR, f"dead link (HTTP {dead.status}, "
                                 f"{dead.failures} time(s) in a row): not requested before "
                                 f"{retry_at:%Y-%m-%d %H:%M} UTC")
        known = self.known.get(canonical_url(url))
        if known is None or known.last_outcome not in FINAL_OUTCOMES:
            return None
        if known.last_outcome is Outcome.STORED and _recent_single_fetch(
                known, now, refetch_recent_hours):
            return None
        return Rejection(Outcome.UNCHANGED, SKIP_REASONS[known.last_outcome])

    def conditional_headers(self, url: str) -> dict[str, str]:
        """If-None-Match / If-Modified-Since for a URL (feed, sitemap, article) we have
        validators for."""
        validator = self.validators.get(url) or self.validators.get(canonical_url(url))
        headers: dict[str, str] = {}
        if validator and validator.etag:
            headers["If-None-Match"] = validator.etag
        if validator and validator.last_modified:
            headers["If-Modified-Since"] = validator.last_modified
        return headers

    def canonicalised(self) -> CrawlState:
        """The same state keyed by canonical URL, whatever form the warehouse held."""
        return CrawlState(
            {canonical_url(u): k for u, k in self.known.items()}, self.validators, self.as_of,
            {canonical_url(u): d for u, d in self.dead.items()})

    def dump(self, path: Path) -> None:
        payload = {
            "known": {u: {**asdict(k), "first_seen_at": k.first_seen_at.isoformat(),
                          "last_fetched_at": _iso(k.last_fetched_at)}
                      for u, k in self.known.items()},
            "validators": [validator_to_json(v) for v in self.validators.values()],
            "as_of": self.as_of.isoformat(),
            "dead": {u: {"status": d.status, "failures": d.failures,
                         "last_checked_at": d.last_checked_at.isoformat()}
                     for u, d in self.dead.items()},
        }
        path.write_text(json.dumps(payload), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> CrawlState:
        payload = json.loads(path.read_text(encoding="utf-8"))
        known = {u: KnownUrl(datetime.fromisoformat(k["first_seen_at"]),
                             _from_iso(k["last_fetched_at"]), Outcome(k["last_outcome"]))
                 for u, k in payload["known"].items()}
        validators = [validator_from_json(v) for v in payload["validators"]]
        dead = {u: DeadLink(d["status"], d["failures"],
                            datetime.fromisoformat(d["last_checked_at"]))
                for u, d in payload.get("dead", {}).items()}
        return cls(known, {v.url: v for v in validators}, datetime.fromisoformat(payload["as_of"]),
                   dead)


def utc_naive(value: datetime) -> datetime:
    """Naive UTC, the convention of every timestamp the crawler writes (DuckDB TIMESTAMP)."""
    return value.astimezone(timezone.utc).replace(tzinfo=None) if value.tzinfo else value


def _recent_single_fetch(known: KnownUrl, now: datetime, hours: float) -> bool:
    fetched_once = known.last_fetched_at is None or known.last_fetched_at == known.first_seen_at
    age = utc_naive(now) - utc_naive(known.first_seen_at)
    return fetched_once and age < timedelta(hours=hours)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _from_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def validator_to_json(v: HttpValidator) -> dict[str, str | None]:
    return {"url": v.url, "etag": v.etag, "last_modified": v.last_modified,
            "checked_at": v.checked_at.isoformat()}


def validator_from_json(d: dict[str, str | None]) -> HttpValidator:
    return HttpValidator(str(d["url"]), d["etag"], d["last_modified"],
                         datetime.fromisoformat(str(d["checked_at"])))
