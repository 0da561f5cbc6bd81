"""Scrapy middlewares: retries that honour Retry-After, and quarantine of callback exceptions."""
from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.response import response_status_message

from pipeline.clock import utcnow
from pipeline.records import CrawlEvent, Outcome


def retry_delay(retry_after: str | None, attempt: int, base: float, cap: float,
                now: datetime | None = None) -> float:
    """Seconds to wait before retry number `attempt`: Retry-After if given, else exponential.

    Retry-After is either delta-seconds or an HTTP date; both are capped at `cap`.
    """
    if retry_after:
        value = retry_after.strip()
        if value.isdigit():
            return min(cap, float(value))
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            moment = now or datetime.now(UTC)
            when = when if when.tzinfo else when.replace(tzinfo=UTC)
            return min(cap, max(0.0, (when - moment).total_seconds()))
    return min(cap, base * 2.0 ** max(0, attempt - 1))


class RetryAfterMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before retrying a 429/5xx: Retry-After, else backoff.

    Transient failures only (RETRY_HTTP_CODES); the wait is capped by RETRY_MAX_DELAY.
    """

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 0.5)
        self.max_delay = settings.getfloat("RETRY_MAX_DELAY", 60.0)

    async def process_response(self, request: Request, response: Response  # type: ignore[override]
                               ) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        header = response.headers.get(b"Retry-After")
        delay = retry_delay(header.decode("latin-1") if header else None,
                            retry.meta.get("retry_times", 1), self.backoff_base, self.max_delay)
        if delay > 0:
            await asyncio.sleep(delay)
        return retry


class QuarantineMiddleware:
    """A callback that raises must not lose the URL: it is recorded as PARSE_ERROR with the error.

    (Poison input: quarantined with the exception text, the crawl goes on.)
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuarantineMiddleware:
        return cls(crawler)

    def process_spider_exception(self, response: Response, exception: Exception
                                 ) -> Iterable[CrawlEvent]:
        kwargs = response.request.cb_kwargs if response.request else {}
        url = kwargs.get("url", response.url)
        self.crawler.stats.inc_value("veille/quarantined")
        return [CrawlEvent(url, kwargs.get("source", "?"), utcnow(), response.status,
                           Outcome.PARSE_ERROR, f"crawler error: {type(exception).__name__}: "
                           f"{exception}")]
