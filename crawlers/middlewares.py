"""Scrapy middlewares: retries that honour Retry-After, quarantine of callback exceptions,
the target guard (SSRF) and robots.txt after RFC 9309."""
from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Iterable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError, IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, NoRouteError
from w3lib.encoding import http_content_type_encoding

from crawlers.encoding import decide_encoding

from crawlers.failures import SiteUnreachable, TargetRefused
from crawlers.guard import Address, TargetPolicy, literal_address
from crawlers.state import utcnow
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
            moment = now or datetime.now(timezone.utc)
            when = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
            return min(cap, max(0.0, (when - moment).total_seconds()))
    return min(cap, base * 2 ** max(0, attempt - 1))


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


class TargetGuardMiddleware:
    """Refuses, before any connection, a request the source may not make (SSRF guard).

    Runs first in the downloader chain, so it sees every request: entry points, articles,
    redirect and meta-refresh hops (they come back through the chain) and robots.txt. A target
    must be on one of the source's own sites or allowed hosts, and must not resolve to a
    private, loopback, link-local, multicast or reserved address unless the source's own
    configured URLs live in that range. Requests without a source (robots.txt) may only go to
    hosts already approved this run.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.policies: dict[str, TargetPolicy] = {}
        self.addresses: dict[str, list[Address]] = {}
        self.approved: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TargetGuardMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        host = (urlparse_cached(request).hostname or "").lower()
        source = request.cb_kwargs.get("source") if request.cb_kwargs else None
        if source is None:
            if host in self.approved:
                return None
            raise TargetRefused(f"refused: {request.url}: host {host} is not a host of any "
                                "source in this run")
        policy = await self.policy(source)
        reason = policy.refuse_host(host)
        for address in [] if reason else await self.resolve(host):
            reason = reason or policy.refuse_address(host, address)
        if reason:
            self.crawler.stats.inc_value("veille/refused")
            hop = "redirect to " if request.meta.get("redirect_urls") else ""
            raise TargetRefused(f"refused, not requested: {hop}{request.url}: {reason}")
        self.approved.add(host)
        return None

    async def policy(self, name: str) -> TargetPolicy:
        if name not in self.policies:
            sources = {s.name: s for s in getattr(self.crawler.spider, "sources", [])}
            source = sources.get(name)
            urls = source.entry_urls() if source else []
            own: list[Address] = []
            for url in urls:
                own += await self.resolve((urlparse_cached(Request(url)).hostname or "").lower())
            self.policies[name] = TargetPolicy.for_urls(
                urls, source.allowed_hosts if source else [], own)
        return self.policies[name]

    async def resolve(self, host: str) -> list[Address]:
        """The host's address: a literal as is, else through Scrapy's caching resolver (the
        connection then reuses the cached answer). [] when it does not resolve: the download
        fails on its own as an http-error."""
        literal = literal_address(host)
        if literal is not None:
            return [literal]
        if host not in self.addresses:
            from twisted.internet import reactor
            try:
                found = reactor.resolve(host)  # type: ignore[attr-defined]
                resolved = await maybe_deferred_to_future(found)
                self.addresses[host] = [ipaddress.ip_address(resolved)]
            except Exception:  # noqa: BLE001  # DNS failure: reported by the download itself
                self.addresses[host] = []
        return self.addresses[host]


# Failures that say the site is down (no answer at all), as opposed to a robots.txt that fails.
SITE_DOWN = (DownloadConnectionRefusedError, CannotResolveHostError, ConnectionRefusedError,
             DNSLookupError, NoRouteError)


class StrictRobotsTxtMiddleware(RobotsTxtMiddleware):
    """RobotsTxtMiddleware after RFC 9309: 5xx or unreachable means "disallow" for this run,
    4xx means "allow"; `Crawl-delay` becomes the host's download delay (capped).

    URLs of a host whose robots.txt is unavailable get `refused` (re-tried next run), not
    `robots` (which is final).
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.unavailable: dict[str, str] = {}   # netloc -> why its robots.txt is unusable
        self.down: set[str] = set()             # netlocs that could not be connected to
        self.delays: dict[str, float] = {}      # hostname -> Crawl-delay (seconds)
        self.max_delay = crawler.settings.getfloat("VEILLE_MAX_CRAWL_DELAY", 30.0)

    async def process_request(self, request: Request, spider: Any = None) -> None:
        if request.meta.get("dont_obey_robotstxt"):
            return
        netloc = urlparse_cached(request).netloc
        await self.robot_parser(request)
        if netloc in self.unavailable:
            why = (f"not requested: {self.unavailable[netloc]}: the site is disallowed for this "
                   "run (RFC 9309)")
            if netloc in self.down:  # the site is down: an http-error, like any failed fetch
                raise SiteUnreachable(why)
            raise TargetRefused(f"refused, {why}")
        await super().process_request(request)
        self.apply_crawl_delay(request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self.unavailable[netloc] = f"robots.txt answered HTTP {response.status}"
        elif 300 <= response.status < 500:  # RFC 9309 2.3.1.2-3: unavailable, no restriction
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)
        parser = self._parsers.get(netloc)
        agent = self._robotstxt_useragent or self._default_useragent
        delay = parser.crawl_delay(agent) if parser is not None else None
        if delay:
            self.delays[urlparse_cached(request).hostname or ""] = min(float(delay),
                                                                       self.max_delay)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        too_many_redirects = isinstance(exc, IgnoreRequest) and "redirect" in str(exc)
        if not isinstance(exc, TargetRefused) and not too_many_redirects:  # RFC 9309 2.3.1.4
            self.unavailable[netloc] = (f"robots.txt unreachable ({type(exc).__name__}: "
                                        f"{str(exc)[:120]})")
            if isinstance(exc, SITE_DOWN):
                self.down.add(netloc)
        super()._robots_error(exc, netloc)

    def apply_crawl_delay(self, request: Request) -> None:
        """Keep the host's download slot at least `Crawl-delay` apart, AutoThrottle or not."""
        host = urlparse_cached(request).hostname or ""
        delay = self.delays.get(host)
        if not delay or self.crawler.engine is None:
            return
        downloader = self.crawler.engine.downloader
        request.meta["autothrottle_dont_adjust_delay"] = True
        downloader.per_slot_settings.setdefault(host, {}).update({"delay": delay, "jitter": 0})
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None and slot.delay < delay:
            slot.delay = delay
            if hasattr(slot, "jitter"):  # recent Scrapy; older slots randomise +-50 %
                slot.jitter = 0.0


class CharsetMiddleware:
    """A response whose declared charset Python cannot decode with (`base64`, `zlib`...) gets
    the codec `decide_encoding` picks, before Scrapy's own middlewares (meta refresh) read its
    text: a hostile charset is the pipeline's parse question, not an `http-error`."""

    def process_response(self, request: Request, response: Response, spider: Any = None
                         ) -> Response:
        if not isinstance(response, TextResponse):
            return response
        try:
            _ = response.text  # decoded once and cached; meta refresh reads it anyway
        except LookupError:
            header = http_content_type_encoding(
                (response.headers.get(b"Content-Type") or b"").decode("latin-1"))
            return response.replace(encoding=decide_encoding(response.body, header))
        return response
