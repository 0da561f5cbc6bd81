"""Item pipelines: one outcome per URL (the ledger), then the spool writer.

Items are the shared records themselves: `RawPage`, `CrawlEvent`, `HttpValidator`.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from crawlers.spool import CHUNK_PAGES, SpoolWriter
from crawlers.state import HttpValidator
from pipeline.records import CrawlEvent, RawPage

PAGE = "page"  # stats key of RawPages, whose final outcome the pipeline decides later
SCRAPY_STATS = ("downloader/request_count", "downloader/response_count", "retry/count",
                "robotstxt/forbidden", "item_dropped_count", "veille/quarantined",
                "elapsed_time_seconds")


class LedgerPipeline:
    """Every URL gets exactly one outcome per run: a second item for a URL is dropped."""

    def __init__(self) -> None:
        self.accounted: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LedgerPipeline:
        return cls()

    def open_spider(self, spider: Spider | None = None) -> None:
        self.accounted.clear()

    def process_item(self, item: Any) -> Any:
        if isinstance(item, RawPage):
            keys = {item.url, item.requested_url}
        elif isinstance(item, CrawlEvent):
            keys = {item.url}
        elif isinstance(item, HttpValidator):
            return item
        else:
            raise DropItem(f"not a crawl record: {type(item).__name__}")
        if keys & self.accounted:
            raise DropItem(f"{sorted(keys)[0]} already has an outcome in this run")
        self.accounted |= keys
        return item


class SpoolPipeline:
    """Streams records to the spool directory (VEILLE_SPOOL_DIR) and counts them."""

    def __init__(self, directory: Path, crawler: Crawler) -> None:
        self.directory = directory
        self.crawler = crawler
        self.writer: SpoolWriter | None = None
        self.outcomes: Counter[str] = Counter()
        self.per_source: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SpoolPipeline:
        directory = crawler.settings.get("VEILLE_SPOOL_DIR")
        if not directory:
            raise NotConfigured("VEILLE_SPOOL_DIR is not set")
        return cls(Path(directory), crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        self.writer = SpoolWriter(self.directory,
                                  self.crawler.settings.getint("VEILLE_SPOOL_CHUNK_PAGES", CHUNK_PAGES))
        self.started = time.monotonic()

    def process_item(self, item: Any) -> Any:
        assert self.writer is not None, "open_spider opens the spool"
        if isinstance(item, RawPage):
            self.writer.page(item)
            self._count(item.source, PAGE)
        elif isinstance(item, CrawlEvent):
            self.writer.event(item)
            self._count(item.source, item.outcome.value)
        elif isinstance(item, HttpValidator):
            self.writer.validator(item)
        return item

    def _count(self, source: str, key: str) -> None:
        self.outcomes[key] += 1
        self.per_source[source][key] += 1

    def close_spider(self, spider: Spider | None = None) -> None:
        assert self.writer is not None
        scrapy_stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
        self.writer.close({
            "outcomes": dict(self.outcomes),
            "sources": {name: dict(c) for name, c in self.per_source.items()},
            "pages": self.outcomes[PAGE],
            "events": sum(n for k, n in self.outcomes.items() if k != PAGE),
            "seconds": round(time.monotonic() - self.started, 3),
            "scrapy": {k: scrapy_stats.get(k) for k in SCRAPY_STATS if k in scrapy_stats},
        })
