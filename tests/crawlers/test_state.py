"""Incremental decisions, retry delays and failure classification (pure parts of the crawler)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest

from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawlers.failures import classify_failure
from crawlers.links import Link
from crawlers.middlewares import QuarantineMiddleware, retry_delay
from crawlers.state import CrawlState, HttpValidator, KnownUrl
from pipeline.records import Outcome

NOW = datetime(2024, 5, 10, 12, 0)
URL = "https://a.fr/2024/05/article.html"


def state(outcome: Outcome, age_hours: float, fetched_again: bool = False) -> CrawlState:
    first = NOW - timedelta(hours=age_hours)
    last = first + timedelta(hours=1) if fetched_again else first
    return CrawlState({URL: KnownUrl(first, last, outcome)})


@pytest.mark.parametrize(("outcome", "age", "again", "skipped"), [
    (Outcome.STORED, 100, False, True),      # old: never again
    (Outcome.STORED, 5, False, False),       # recent, fetched once: re-fetched for a correction
    (Outcome.STORED, 5, True, True),         # recent but already re-fetched
    (Outcome.DUPLICATE, 1, False, True),
    (Outcome.OFF_TOPIC, 1, False, True),
    (Outcome.NOT_FRENCH, 100, False, True),
    (Outcome.ROBOTS, 100, False, True),
    (Outcome.TOO_LONG, 1, False, True),       # its raw page is kept: `veille reprocess`, not a re-fetch
    (Outcome.HTTP_ERROR, 100, False, False),  # transient: retried next run
    (Outcome.TIMEOUT, 100, False, False),
    (Outcome.PARSE_ERROR, 100, False, False),
])
def test_skip(outcome: Outcome, age: float, again: bool, skipped: bool) -> None:
    rejection = state(outcome, age, again).skip(URL, NOW, refetch_recent_hours=48)
    assert (rejection is not None) is skipped
    if rejection:
        assert rejection.outcome is Outcome.UNCHANGED and rejection.reason.startswith("already")


def test_known_under_another_form_and_aware_dates() -> None:
    aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
    known = CrawlState({URL + "?utm_source=x#top": KnownUrl(aware, aware, Outcome.STORED)})
    canon = known.canonicalised()
    assert canon.skip(URL + "?xtor=RSS-1", NOW, 48) is not None


def test_conditional_headers_and_round_trip(tmp_path: Path) -> None:
    validator = HttpValidator("https://a.fr/feed", '"v1"', "Mon, 06 May 2024 08:00:00 GMT", NOW)
    crawl_state = CrawlState(state(Outcome.STORED, 1).known, {validator.url: validator}, NOW)
    assert crawl_state.conditional_headers("https://a.fr/feed") == {
        "If-None-Match": '"v1"', "If-Modified-Since": "Mon, 06 May 2024 08:00:00 GMT"}
    assert crawl_state.conditional_headers("https://a.fr/other") == {}
    crawl_state.dump(tmp_path / "state.json")
    assert CrawlState.load(tmp_path / "state.json") == crawl_state


def test_retry_delay() -> None:
    assert retry_delay("3", 1, base=0.5, cap=60) == 3
    assert retry_delay("3600", 1, base=0.5, cap=60) == 60
    now = datetime(2024, 5, 6, 8, 0, tzinfo=timezone.utc)
    assert retry_delay("Mon, 06 May 2024 08:00:10 GMT", 1, 0.5, 60, now=now) == 10
    assert [retry_delay(None, n, 0.5, 60) for n in (1, 2, 3)] == [0.5, 1.0, 2.0]
    assert retry_delay("soon", 2, 0.5, 60) == 1.0


def test_classify_failure() -> None:
    assert classify_failure(IgnoreRequest("Forbidden by robots.txt"))[0].outcome is Outcome.ROBOTS
    assert classify_failure(IgnoreRequest("max redirections reached"))[0].outcome \
        is Outcome.HTTP_ERROR
    assert classify_failure(DownloadTimeoutError("took longer"))[0].outcome is Outcome.TIMEOUT
    big = DownloadCancelledError("Received 300000 bytes which is larger than download max size "
                                 "(200000) in request <GET http://a.fr/x>.")
    rejection, status = classify_failure(big)
    assert rejection.outcome is Outcome.TOO_LARGE and "in request" not in rejection.reason
    assert classify_failure(ConnectionRefusedError("refused"))[0].outcome is Outcome.HTTP_ERROR
    assert status is None


def test_quarantine_turns_a_callback_error_into_an_outcome() -> None:
    request = Request(URL, cb_kwargs={"link": Link(URL + "?utm_source=x", "feed"),
                                      "source": "eco", "url": URL})
    response = HtmlResponse(URL, body=b"<html></html>", request=request)
    middleware = QuarantineMiddleware.from_crawler(get_crawler())
    [event] = middleware.process_spider_exception(response, KeyError("title"))
    assert (event.url, event.source, event.outcome) == (URL, "eco", Outcome.PARSE_ERROR)
    assert "KeyError" in event.reason and "title" in event.reason
