"""Dead-link memory on a real DuckDB file: 404/410 counted per run, a later 2xx forgets it,
and the crawler's state reads it back."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from flows.state import crawl_state_from_warehouse
from pipeline.records import CrawlEvent, Outcome
from warehouse import load, read
from warehouse.db import connect

T0 = datetime(2026, 3, 2, 9, 0)
DEAD = "https://a.fr/2026/03/article-disparu.html"
GONE = "https://a.fr/2026/03/article-retire.html"


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "veille.duckdb")
    yield connection
    connection.close()


def crawl_run(con, run_id: str, at: datetime, *events: tuple[str, int | None, Outcome]) -> None:
    con.begin()
    load.load_crawl_events(con, run_id, [CrawlEvent(url, "a", at, status, outcome, "")
                                         for url, status, outcome in events])
    load.record_dead_links(con, run_id)
    con.commit()


def test_failures_counted_once_per_run_and_forgotten_on_success(con) -> None:
    crawl_run(con, "r1", T0, (DEAD, 404, Outcome.HTTP_ERROR), (GONE, 410, Outcome.HTTP_ERROR),
              ("https://a.fr/ok.html", 500, Outcome.HTTP_ERROR))
    assert read.dead_links(con) == [(DEAD, 404, 1, T0), (GONE, 410, 1, T0)]
    later = T0 + timedelta(days=1)
    crawl_run(con, "r2", later, (DEAD, 410, Outcome.HTTP_ERROR))
    load.record_dead_links(con, "r2")  # recording the same run again counts nothing more
    assert read.dead_links(con)[0] == (DEAD, 410, 2, later)
    crawl_run(con, "r3", later + timedelta(days=2), (DEAD, 200, Outcome.STORED),
              (GONE, None, Outcome.HTTP_ERROR))  # not requested (waiting): unchanged
    assert read.dead_links(con) == [(GONE, 410, 1, T0)]


def test_crawl_state_carries_dead_links(con) -> None:
    crawl_run(con, "r1", T0, (DEAD + "?utm_source=rss", 404, Outcome.HTTP_ERROR))
    state = crawl_state_from_warehouse(con, T0, None)
    [(url, dead)] = state.dead.items()
    assert url == DEAD and dead.failures == 1 and dead.last_checked_at == T0
    assert state.skip(DEAD, T0 + timedelta(hours=12), 48) is not None
    assert state.skip(DEAD, T0 + timedelta(days=1), 48) is None
