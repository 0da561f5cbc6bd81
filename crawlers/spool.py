"""The crawl spool: what the crawler child process hands back, streamed as gzip JSON lines.

Why a spool: Scrapy runs in a child process (the Twisted reactor cannot restart), and a run of
thousands of pages must not sit in memory on either side. Bodies are base64 in the JSON lines.
"""
from __future__ import annotations

import base64
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from crawlers.state import HttpValidator, validator_from_json, validator_to_json
from pipeline.clock import from_iso, to_iso
from pipeline.records import CrawlEvent, Outcome, RawPage

PAGES, EVENTS, VALIDATORS, STATS = "pages.jsonl.gz", "events.jsonl.gz", "validators.jsonl", \
    "stats.json"
# Written by the child when it spools its first page, while the crawl goes on: the parent can
# start loading the NLP model then, and never for a crawl that brings nothing new.
FIRST_PAGE = "first-page"
# The crawler child's inputs, written beside the spool folder (`OUTPUT_DIR`) by `crawlers.run`;
# here rather than in `crawlers.process` so that the parent never imports Scrapy.
SOURCES_FILE, SETTINGS_FILE, STATE_FILE, OUTPUT_DIR = ("sources.json", "settings.json",
                                                       "state.json", "out")


def page_to_json(page: RawPage) -> dict[str, Any]:
    return {"url": page.url, "requested_url": page.requested_url, "source": page.source,
            "fetched_at": page.fetched_at.isoformat(), "status": page.status,
            "headers": page.headers, "body": base64.b64encode(page.body).decode("ascii"),
            "encoding": page.encoding, "discovered_via": page.discovered_via,
            "hint_published_at": to_iso(page.hint_published_at), "hint_title": page.hint_title}


def page_from_json(d: dict[str, Any]) -> RawPage:
    return RawPage(d["url"], d["requested_url"], d["source"], datetime.fromisoformat(
        d["fetched_at"]), d["status"], d["headers"], base64.b64decode(d["body"]), d["encoding"],
        d["discovered_via"], from_iso(d["hint_published_at"]), d["hint_title"])


def event_to_json(event: CrawlEvent) -> dict[str, Any]:
    return {"url": event.url, "source": event.source, "fetched_at": event.fetched_at.isoformat(),
            "status": event.status, "outcome": event.outcome.value, "reason": event.reason}


def event_from_json(d: dict[str, Any]) -> CrawlEvent:
    return CrawlEvent(d["url"], d["source"], datetime.fromisoformat(d["fetched_at"]),
                      d["status"], Outcome(d["outcome"]), d["reason"])


class SpoolWriter:
    """Appends pages, events and validators to the spool files as they come (child side)."""

    def __init__(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        # Kept open across callbacks, closed by `close()` (the spider's close_spider).
        self._pages: IO[str] = gzip.open(  # noqa: SIM115
            directory / PAGES, "wt", encoding="utf-8", compresslevel=1)
        self._events: IO[str] = gzip.open(  # noqa: SIM115
            directory / EVENTS, "wt", encoding="utf-8", compresslevel=1)
        self._validators: IO[str] = (directory / VALIDATORS).open("w", encoding="utf-8")
        self._paged = False

    def page(self, page: RawPage) -> None:
        self._pages.write(json.dumps(page_to_json(page)) + "\n")
        if not self._paged:
            (self.directory / FIRST_PAGE).touch()
            self._paged = True

    def event(self, event: CrawlEvent) -> None:
        self._events.write(json.dumps(event_to_json(event)) + "\n")

    def validator(self, validator: HttpValidator) -> None:
        self._validators.write(json.dumps(validator_to_json(validator)) + "\n")

    def close(self, stats: dict[str, Any]) -> None:
        for handle in (self._pages, self._events, self._validators):
            handle.close()
        (self.directory / STATS).write_text(json.dumps(stats, indent=1, default=str),
                                            encoding="utf-8")


def pages_spooled(spool_dir: Path) -> bool:
    """Whether the crawl writing into `spool_dir` (as given to `crawlers.run.crawl`) has spooled a
    page yet; true while it is still running."""
    return (spool_dir / OUTPUT_DIR / FIRST_PAGE).exists()


@dataclass(frozen=True)
class CrawlSpool:
    """Read side of a finished crawl: iterate pages and events without loading them all."""

    directory: Path

    def pages(self) -> Iterator[RawPage]:
        with gzip.open(self.directory / PAGES, "rt", encoding="utf-8") as handle:
            for line in handle:
                yield page_from_json(json.loads(line))

    def events(self) -> Iterator[CrawlEvent]:
        with gzip.open(self.directory / EVENTS, "rt", encoding="utf-8") as handle:
            for line in handle:
                yield event_from_json(json.loads(line))

    def validators(self) -> list[HttpValidator]:
        lines = (self.directory / VALIDATORS).read_text(encoding="utf-8").splitlines()
        return [validator_from_json(json.loads(line)) for line in lines if line.strip()]

    def stats(self) -> dict[str, Any]:
        """Counts per outcome and per source (`pages` counts RawPages, outcome decided later)."""
        stats: dict[str, Any] = json.loads((self.directory / STATS).read_text(encoding="utf-8"))
        return stats
