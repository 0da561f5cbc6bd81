"""A crawl hands its pages over chunk by chunk while it goes on (`crawlers.spool.follow_pages`).

Real Scrapy crawls of a real local site. Not timing-dependent: the site holds its last article
until the reader has received the first chunk's pages, so the test passes only if pages are
read while the crawl is still running (were they read only at its end, the held page would be
answered only once its hold ran out, and the test says so).
"""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from crawlers.run import crawl
from crawlers.sources import Source
from crawlers.spool import OUTPUT_DIR, CrawlSpool, SpoolWriter, follow_pages
from crawlers.state import CrawlState
from pipeline.clock import utcnow
from pipeline.records import RawPage
from tests.crawlers.localsite import Hit, LocalSite, Reply
from tests.crawlers.richsite import article, rss
from veille.settings import Settings

pytestmark = pytest.mark.slow

HOLD_SECONDS = 60.0  # the longest the site holds its last page (only reached if the test fails)


def test_pages_are_read_while_the_crawl_goes_on(tmp_path: Path) -> None:
    first_chunk_read = threading.Event()
    released: list[bool] = []

    def held(hit: Hit, count: int) -> Reply:
        released.append(first_chunk_read.wait(HOLD_SECONDS))
        return Reply(200, article("Article retenu"))

    site = LocalSite({})
    u = site.url
    date = "Mon, 06 May 2024 10:00:00 GMT"
    paths = [f"/2024/05/article-{n}.html" for n in range(4)]
    site.routes.update({
        "/robots.txt": Reply(200, b"User-agent: *\n", "text/plain"),
        "/feed.xml": Reply(200, rss([(f"A{n}", u(p), date) for n, p in enumerate(paths)]
                                    + [("Retenu", u("/2024/05/article-retenu.html"), date)]),
                           "application/rss+xml"),
        **{p: Reply(200, article(f"Article {n}")) for n, p in enumerate(paths)},
        "/2024/05/article-retenu.html": held,
    })
    site.start()
    settings = Settings(download_timeout=HOLD_SECONDS + 30, retry_times=0, spool_chunk_pages=2,
                        _env_file=None)
    ended = threading.Event()
    results: list[CrawlSpool] = []

    def run() -> None:
        try:
            results.append(crawl([Source(name="news", feeds=[u("/feed.xml")])], settings,
                                 CrawlState(as_of=utcnow()), tmp_path, politeness=False, timeout=180))
        finally:
            ended.set()

    crawler = threading.Thread(target=run)
    crawler.start()
    try:
        streamed: list[RawPage] = []
        for page in follow_pages(tmp_path / OUTPUT_DIR, ended.is_set):
            streamed.append(page)
            if len(streamed) == 2:  # the first chunk, whole
                assert not ended.is_set(), "the crawl holds its last page: it cannot have ended"
                first_chunk_read.set()
    finally:
        first_chunk_read.set()
        crawler.join()
        site.stop()
    assert released == [True], "the held page was answered only when its hold ran out"
    [spool] = results
    assert [p.url for p in streamed] == [p.url for p in spool.pages()], "same pages, same order"
    assert len(streamed) == 5
    assert streamed[-1].url.endswith("article-retenu.html")


def _page(url: str) -> RawPage:
    return RawPage(url, url, "s", utcnow(), 200, {}, b"<html></html>", "utf-8", "feed", None, None)


def test_a_retried_crawl_hands_over_each_page_once(tmp_path: Path) -> None:
    """A crawl attempt that died after a chunk, then a new attempt in the same folder (what a
    retry of `crawl-source` does): the reader goes on with the new attempt's chunks and skips
    the pages it already handed over."""
    out = tmp_path / OUTPUT_DIR
    first = SpoolWriter(out, chunk_pages=2)
    for url in ("u1", "u2", "u3"):
        first.page(_page(url))  # u3 stays in an unfinished chunk: never read
    attempts = iter([False, False])
    reader = follow_pages(out, lambda: next(attempts, True), poll_seconds=0)
    assert [next(reader).url, next(reader).url] == ["u1", "u2"]
    for path in out.iterdir():  # the retry starts afresh (`crawlers.run.crawl` empties the folder)
        path.unlink()
    second = SpoolWriter(out, chunk_pages=2)
    for url in ("u1", "u3", "u2", "u4", "u5"):
        second.page(_page(url))
    second.close({})
    assert [page.url for page in reader] == ["u3", "u4", "u5"]
    assert [page.url for page in CrawlSpool(out).pages()] == ["u1", "u3", "u2", "u4", "u5"]
