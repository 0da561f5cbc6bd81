"""Only the raw HTML of stored articles is kept unless VEILLE_KEEP_RAW_PAGES=all."""
from __future__ import annotations

from datetime import datetime

from warehouse.load import pages_to_keep
from pipeline.batch import BatchResult
from pipeline.records import CrawlEvent, Outcome, RawPage

T0 = datetime(2026, 3, 2, 9, 0)


def page(url: str) -> RawPage:
    return RawPage(url, url, "a", T0, 200, {}, b"<html></html>", "utf-8", "feed", None, None)


def test_pages_of_stored_articles_only_unless_all() -> None:
    result = BatchResult(pages=[page("https://a.fr/kept"), page("https://a.fr/off-topic")],
                         events=[CrawlEvent("https://a.fr/kept", "a", T0, 200, Outcome.STORED),
                                 CrawlEvent("https://a.fr/off-topic", "a", T0, 200,
                                            Outcome.OFF_TOPIC)])
    assert [p.url for p in pages_to_keep(result, "stored")] == ["https://a.fr/kept"]
    assert len(pages_to_keep(result, "all")) == 2
