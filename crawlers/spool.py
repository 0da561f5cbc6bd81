"""The crawl spool: what the crawler child process hands back, streamed as gzip JSON lines.

Why a spool: Scrapy runs in a child process (the Twisted reactor cannot restart), and a run of
thousands of pages must not sit in memory on either side. Bodies are base64 in the JSON lines.

Pages go in numbered chunk files of `CHUNK_PAGES` pages (VEILLE_SPOOL_CHUNK_PAGES), each written
under a hidden name and renamed once complete, so the run reads a chunk only whole and can
process a source's pages while its crawl goes on (`follow_pages`). A chunk's name carries the
crawl attempt that wrote it (a retried crawl starts a new one), so a reader never mixes two
attempts' files.
"""
from __future__ import annotations

import base64
import gzip
import json
import re
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from crawlers.state import HttpValidator, validator_from_json, validator_to_json
from pipeline.clock import from_iso, to_iso
from pipeline.records import CrawlEvent, Outcome, RawPage

EVENTS, VALIDATORS, STATS = "events.jsonl.gz", "validators.jsonl", "stats.json"
CHUNK_PAGES = 64  # pages per chunk file (the default of VEILLE_SPOOL_CHUNK_PAGES)
_CHUNK = re.compile(r"pages-([0-9a-f]+)-([0-9]{6})\.jsonl\.gz")
# How often a reader following a running crawl looks for its next chunk (seconds).
POLL_SECONDS = 0.05
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

    def __init__(self, directory: Path, chunk_pages: int = CHUNK_PAGES) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.directory = directory
        self.chunk_pages = max(chunk_pages, 1)
        self.attempt = uuid.uuid4().hex[:12]
        self._chunk = 0  # number of the chunk being written
        self._in_chunk = 0  # pages written to it
        self._pages: IO[str] | None = None  # the open chunk, under its hidden name
        # Kept open across callbacks, closed by `close()` (the spider's close_spider).
        self._events: IO[str] = gzip.open(  # noqa: SIM115
            directory / EVENTS, "wt", encoding="utf-8", compresslevel=1)
        self._validators: IO[str] = (directory / VALIDATORS).open("w", encoding="utf-8")
        self._paged = False

    def page(self, page: RawPage) -> None:
        if self._pages is None:
            self._pages = gzip.open(  # noqa: SIM115  closed by `_seal`
                self._partial(), "wt", encoding="utf-8", compresslevel=1)
        self._pages.write(json.dumps(page_to_json(page)) + "\n")
        self._in_chunk += 1
        if not self._paged:
            (self.directory / FIRST_PAGE).touch()
            self._paged = True
        if self._in_chunk >= self.chunk_pages:
            self._seal()

    def _partial(self) -> Path:
        return self.directory / f".{chunk_name(self.attempt, self._chunk)}.part"

    def _seal(self) -> None:
        """Close the chunk being written and give it its name: readers see it whole or not at all."""
        if self._pages is None:
            return
        self._pages.close()
        self._pages = None
        self._partial().replace(self.directory / chunk_name(self.attempt, self._chunk))
        self._chunk += 1
        self._in_chunk = 0

    def event(self, event: CrawlEvent) -> None:
        self._events.write(json.dumps(event_to_json(event)) + "\n")

    def validator(self, validator: HttpValidator) -> None:
        self._validators.write(json.dumps(validator_to_json(validator)) + "\n")

    def close(self, stats: dict[str, Any]) -> None:
        self._seal()
        for handle in (self._events, self._validators):
            handle.close()
        (self.directory / STATS).write_text(json.dumps(stats, indent=1, default=str),
                                            encoding="utf-8")


def pages_spooled(spool_dir: Path) -> bool:
    """Whether the crawl writing into `spool_dir` (as given to `crawlers.run.crawl`) has spooled a
    page yet; true while it is still running."""
    return (spool_dir / OUTPUT_DIR / FIRST_PAGE).exists()


def chunk_name(attempt: str, number: int) -> str:
    return f"pages-{attempt}-{number:06d}.jsonl.gz"


def _chunks(directory: Path) -> dict[tuple[str, int], Path]:
    """The complete chunk files in `directory`, by (attempt, number)."""
    found = {}
    try:
        names = [entry.name for entry in directory.iterdir()]
    except FileNotFoundError:  # not created yet, or a retried crawl replacing it
        return {}
    for name in names:
        match = _CHUNK.fullmatch(name)
        if match:
            found[(match.group(1), int(match.group(2)))] = directory / name
    return found


def _read_chunk(path: Path) -> list[RawPage]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [page_from_json(json.loads(line)) for line in handle]


def follow_pages(directory: Path, ended: Callable[[], bool],
                 poll_seconds: float = POLL_SECONDS) -> Iterator[RawPage]:
    """The pages a crawl spools into `directory` (its `OUTPUT_DIR`), chunk by chunk as each is
    complete, while the crawl goes on; the iterator ends once `ended()` and every chunk is read.

    The order is the spool's (the same as `CrawlSpool.pages` once the crawl has ended), whatever
    the timing. A retried crawl (a new attempt in the same folder) is followed from its first
    chunk, its pages already read from an earlier attempt skipped: a page is handed over once.
    """
    attempt: str | None = None
    number = 0
    earlier: set[str] = set()  # URLs read from earlier attempts
    current: set[str] = set()  # URLs read from this attempt
    while True:
        finished = ended()  # before the listing: once ended, the listing holds every chunk
        chunks = _chunks(directory)
        attempts = {key[0] for key in chunks}
        if attempt is not None and attempt not in attempts and attempts:
            attempt = None  # the folder now holds a new attempt's chunks
        if attempt is None and attempts:
            fresh = sorted(key[0] for key in chunks if key[1] == 0)
            if fresh:
                attempt, number = fresh[0], 0
                earlier |= current
                current = set()
        path = chunks.get((attempt, number)) if attempt is not None else None
        if path is not None:
            try:
                pages = _read_chunk(path)
            except FileNotFoundError:  # removed under us by a retry: look again
                continue
            number += 1
            for page in pages:
                if page.url not in earlier:
                    yield page
                current.add(page.url)
            continue
        if finished:
            return
        time.sleep(poll_seconds)


@dataclass(frozen=True)
class CrawlSpool:
    """Read side of a finished crawl: iterate pages and events without loading them all."""

    directory: Path

    def pages(self) -> Iterator[RawPage]:
        """The pages in the order they were spooled (a finished crawl: one attempt's chunks)."""
        for _, path in sorted(_chunks(self.directory).items(), key=lambda item: item[0][1]):
            with gzip.open(path, "rt", encoding="utf-8") as handle:
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
