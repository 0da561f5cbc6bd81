"""The ingest flow prunes the ETag/Last-Modified validators of URLs no crawl has seen lately.

Real flow runs (Prefect, a Scrapy child crawling a feed on 127.0.0.1, DuckDB). Times are the
crawler's own clock; the keep window is set to a few seconds so that two real runs span it.
"""
from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import duckdb
import yaml

from flows.ingest import ingest
from pipeline.clock import utcnow
from tests.crawlers.localsite import LocalSite
from tests.crawlers.richsite import ETAG, conditional, rss
from warehouse import load
from warehouse.db import writing

KEEP_SECONDS = 5.0
GONE = "https://gone.example/feed.xml"  # a feed dropped from the registry long ago


def test_a_run_prunes_validators_of_urls_no_longer_seen(tmp_path: Path, prefect_harness, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VEILLE_WORK_DIR", str(tmp_path / "work"))
    monkeypatch.setenv("VEILLE_VALIDATORS_KEEP_DAYS", str(KEEP_SECONDS / 86400))
    site = LocalSite({"/feed.xml": conditional(rss([]), "application/rss+xml")})
    site.start()
    try:
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump({"sources": [{"name": "s", "feeds": [site.url("/feed.xml")]}]}))
        db = tmp_path / "w.duckdb"
        assert ingest(str(sources), str(db), politeness=False)["status"] == "completed"
        with writing(db) as con:
            load.load_validators(con, [(GONE, '"old"', None, utcnow() - timedelta(days=30))])
        time.sleep(KEEP_SECONDS + 1)  # the feed's validator (first run) is now older than the window
        assert ingest(str(sources), str(db), politeness=False)["status"] == "completed"
    finally:
        site.stop()
    with duckdb.connect(str(db), read_only=True) as con:
        validators = dict(con.execute("SELECT url, etag FROM http_validators").fetchall())
        answers = [status for (status,) in con.execute(
            "SELECT status FROM crawl_log WHERE url = ? ORDER BY fetched_at", [site.url("/feed.xml")]).fetchall()]
    assert answers == [200, 304]  # the second run re-checked the feed with its validator
    # Its validator is older than the window, but the 304 shows the URL is still crawled: kept.
    assert validators == {site.url("/feed.xml"): ETAG}
