"""What the warehouse already knows, handed to the crawler so a re-run fetches only what is new.

The ingest flow (`flows/state.py`) builds a `CrawlState`: validators and dead links from the
warehouse, and where to look URLs up (the warehouse's path and the run's snapshot). Known URLs
are not read up front: the crawler asks the warehouse about the links of each feed, sitemap or
listing response as it reads them (`CrawlState.look_up`, one query per response, through a
read-only connection of its own, `warehouse.lookups.SnapshotReader`), and keeps the answers
for the rest of the run.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawlers.urls import canonical_url
from pipeline.clock import from_iso, naive_utc, to_iso, utcnow
from pipeline.records import Outcome, Rejection

if TYPE_CHECKING:
    from warehouse.lookups import SnapshotReader

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
    return naive_utc(dead.last_checked_at) + timedelta(days=days)


@dataclass(slots=True)
class CrawlState:
    """Known canonical URLs, validators and dead links, from the warehouse.

    `as_of` is the run's "now" (naive UTC), decided once by whoever builds the state (the ingest
    flow): the refetch window and the dead-link intervals are measured from it, never from the
    clock inside the crawler.

    `known` holds the URLs looked up so far (and any given up front); with `warehouse` set (a
    warehouse path; `snapshot`: the lake snapshot the run started from), a URL not looked up
    yet is asked of the warehouse, the links of one response together (`look_up`).
    """

    known: dict[str, KnownUrl] = field(default_factory=dict)
    validators: dict[str, HttpValidator] = field(default_factory=dict)
    as_of: datetime = field(default_factory=utcnow)
    dead: dict[str, DeadLink] = field(default_factory=dict)
    warehouse: str | None = None
    snapshot: int | None = None
    looked_up: set[str] = field(default_factory=set)  # canonical URLs asked of the warehouse
    lookups: int = 0  # queries made (one per batch of URLs not asked before)
    _reader: SnapshotReader | None = field(default=None, repr=False, compare=False)

    def look_up(self, urls: Iterable[str]) -> None:
        """Ask the warehouse, in one query, about those of `urls` (canonical) not asked before;
        the known ones join `known`. Nothing to ask, or no warehouse: no query."""
        if self.warehouse is None:
            return
        batch = {url for url in urls if url not in self.looked_up and url not in self.known}
        if not batch:
            return
        self.looked_up |= batch
        con = self._connection()
        if con is None:
            return
        from warehouse.read import known_urls_of

        self.lookups += 1
        for url, first_seen_at, last_fetched_at, outcome in known_urls_of(con, batch):
            if isinstance(outcome, Outcome):
                self.known[url] = KnownUrl(first_seen_at, last_fetched_at, outcome)

    def _connection(self) -> Any:
        if self._reader is None:
            from warehouse.lookups import SnapshotReader

            self._reader = SnapshotReader(str(self.warehouse), self.snapshot)
        return self._reader.connection()

    def close(self) -> None:
        """Close the lookups' connection, if one was opened."""
        if self._reader is not None:
            self._reader.close()

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
            if naive_utc(now) < retry_at:
                return Rejection(Outcome.HTTP_ERROR, f"dead link (HTTP {dead.status}, "
                                 f"{dead.failures} time(s) in a row): not requested before "
                                 f"{retry_at:%Y-%m-%d %H:%M} UTC")
        key = canonical_url(url)
        self.look_up((key,))  # already asked with its response's links: no query
        known = self.known.get(key)
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
            {canonical_url(u): d for u, d in self.dead.items()}, self.warehouse, self.snapshot,
            {canonical_url(u) for u in self.looked_up})

    def dump(self, path: Path) -> None:
        payload = {
            "known": {u: {**asdict(k), "first_seen_at": k.first_seen_at.isoformat(),
                          "last_fetched_at": to_iso(k.last_fetched_at)}
                      for u, k in self.known.items()},
            "validators": [validator_to_json(v) for v in self.validators.values()],
            "as_of": self.as_of.isoformat(),
            "dead": {u: {"status": d.status, "failures": d.failures,
                         "last_checked_at": d.last_checked_at.isoformat()}
                     for u, d in self.dead.items()},
            "warehouse": self.warehouse,
            "snapshot": self.snapshot,
        }
        path.write_text(json.dumps(payload), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> CrawlState:
        payload = json.loads(path.read_text(encoding="utf-8"))
        known = {u: KnownUrl(datetime.fromisoformat(k["first_seen_at"]),
                             from_iso(k["last_fetched_at"]), Outcome(k["last_outcome"]))
                 for u, k in payload["known"].items()}
        validators = [validator_from_json(v) for v in payload["validators"]]
        dead = {u: DeadLink(d["status"], d["failures"],
                            datetime.fromisoformat(d["last_checked_at"]))
                for u, d in payload.get("dead", {}).items()}
        return cls(known, {v.url: v for v in validators}, datetime.fromisoformat(payload["as_of"]),
                   dead, payload.get("warehouse"), payload.get("snapshot"))


def _recent_single_fetch(known: KnownUrl, now: datetime, hours: float) -> bool:
    fetched_once = known.last_fetched_at is None or known.last_fetched_at == known.first_seen_at
    age = naive_utc(now) - naive_utc(known.first_seen_at)
    return fetched_once and age < timedelta(hours=hours)


def validator_to_json(v: HttpValidator) -> dict[str, str | None]:
    return {"url": v.url, "etag": v.etag, "last_modified": v.last_modified,
            "checked_at": v.checked_at.isoformat()}


def validator_from_json(d: dict[str, str | None]) -> HttpValidator:
    return HttpValidator(str(d["url"]), d["etag"], d["last_modified"],
                         datetime.fromisoformat(str(d["checked_at"])))
