"""The NLP model loads while a crawl is still fetching (`flows.preload`), and never for a crawl
that brings no page. Real spool files written by the crawler's own writer, real threads."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawlers.spool import OUTPUT_DIR, SpoolWriter, pages_spooled
from flows.preload import Preload, await_crawl
from pipeline.records import CrawlEvent, Outcome, RawPage
from veille.settings import Settings

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)


def page(n: int) -> RawPage:
    return RawPage(f"http://127.0.0.1/a{n}", f"http://127.0.0.1/a{n}", "site", T0, 200, {}, b"<p>texte</p>")


def test_the_first_page_is_visible_before_the_crawl_ends(tmp_path: Path) -> None:
    writer = SpoolWriter(tmp_path / OUTPUT_DIR)
    writer.event(CrawlEvent("http://127.0.0.1/feed", "site", T0, 200, Outcome.FOLLOWED))
    assert not pages_spooled(tmp_path), "an event is not a page"
    writer.page(page(1))
    assert pages_spooled(tmp_path), "seen while the writer is still open"
    writer.page(page(2))
    writer.close({"pages": 2})
    assert pages_spooled(tmp_path)


class RecordedPreload(Preload):
    """Records when it was started instead of loading spaCy (what is under test is `await_crawl`)."""

    def __init__(self) -> None:
        super().__init__(Settings())
        self.started_at: float | None = None

    @property
    def started(self) -> bool:
        return self.started_at is not None

    def start(self) -> None:
        self.started_at = self.started_at or time.perf_counter()


def fake_crawl(spool_dir: Path, pages: int, seconds: float) -> float:
    """A crawl child's output over time: the first page early, the end `seconds` later."""
    writer = SpoolWriter(spool_dir / OUTPUT_DIR)
    for n in range(pages):
        writer.page(page(n))
    time.sleep(seconds)
    writer.close({"pages": pages})
    return time.perf_counter()


def test_the_load_starts_at_the_first_page_not_at_the_end(tmp_path: Path) -> None:
    preload = RecordedPreload()
    with ThreadPoolExecutor(1) as pool:
        future: Any = pool.submit(fake_crawl, tmp_path, 3, 1.5)
        await_crawl(future, tmp_path, preload)
        ended = future.result()
    assert preload.started_at is not None
    assert ended - preload.started_at > 1.0, "started while the crawl was still running"


def test_a_load_started_before_does_not_hold_the_pages_until_the_crawl_ends(tmp_path: Path) -> None:
    preload = RecordedPreload()
    preload.start()  # a first run's, at its start (or an earlier source's first page)
    with ThreadPoolExecutor(1) as pool:
        future: Any = pool.submit(fake_crawl, tmp_path, 3, 1.5)
        await_crawl(future, tmp_path, preload)
        returned = time.perf_counter()
        ended = future.result()
    assert ended - returned > 1.0, "returned at the first page, while the crawl was still running"


def test_a_crawl_without_pages_never_starts_it(tmp_path: Path) -> None:
    preload = RecordedPreload()
    with ThreadPoolExecutor(1) as pool:
        future: Any = pool.submit(fake_crawl, tmp_path, 0, 0.5)
        await_crawl(future, tmp_path, preload)
    assert not preload.started


def test_started_it_holds_the_loaded_model_else_loads_lazily() -> None:
    settings = Settings()
    lazy = Preload(settings).resources()
    assert lazy._analyzer is None, "not started: the model waits for a first article, as before"
    with Preload(settings) as preload:
        preload.start()
        preload.start()  # once
        loaded = preload.resources()
    assert loaded._analyzer is not None
    assert preload.resources() is loaded
