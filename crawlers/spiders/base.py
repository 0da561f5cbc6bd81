"""The article side every spider shares: link -> request or outcome, response -> RawPage.

Why one shared ledger: an article linked by a feed, a sitemap and a listing page is fetched once;
every other link to it (tracking parameters, redirect, rel=canonical) is recorded as DUPLICATE.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure
from w3lib.encoding import http_content_type_encoding

from crawlers.encoding import decide_encoding
from crawlers.failures import classify_failure
from crawlers.html import rel_canonical
from crawlers.links import Link
from crawlers.sources import Source
from crawlers.state import CrawlState, HttpValidator
from crawlers.urls import asset_extension, canonical_url
from pipeline.clock import utcnow
from pipeline.records import CrawlEvent, Outcome, RawPage, Rejection
from veille.settings import Settings

ENTRY_PRIORITY = 10  # read entry points before articles, so links are known early
HTML_TYPES = ("text/html", "application/xhtml+xml")


T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CrawlLimits:
    """Bounds that protect the machine from one hostile or broken source (VEILLE_* settings)."""

    max_feed_entries: int = 5000      # entries read from one feed or sitemap
    max_next_links: int = 3           # "next" links followed from one listing page
    max_urls_per_source: int = 5000   # requests per source per run
    dead_link_max_days: int = 64      # longest wait before a 404/410 URL is tried again

    @classmethod
    def from_settings(cls, settings: Settings) -> CrawlLimits:
        return cls(settings.max_feed_entries, settings.max_next_links,
                   settings.max_urls_per_source, settings.dead_link_max_days)


def capped(items: Sequence[T], cap: int) -> tuple[Sequence[T], str]:
    """The first `cap` items, and a note for crawl_log when the cap bites ('' otherwise)."""
    if len(items) <= cap:
        return items, ""
    return items[:cap], f"; capped: read {cap} of {len(items)} (VEILLE_MAX_FEED_ENTRIES)"


def content_type(response: Response) -> str:
    raw = response.headers.get(b"Content-Type") or b""
    return raw.decode("latin-1").strip()


def is_html(response: Response) -> bool:
    kind = content_type(response).split(";")[0].strip().lower()
    return kind in HTML_TYPES or (not kind and response.body.lstrip()[:15].lower().startswith(
        (b"<!doctype html", b"<html")))


class ArticleSpider(scrapy.Spider):
    """Base of the registry spiders: article requests, article responses, failures."""

    name = "veille-articles"

    def __init__(self, sources: list[Source], state: CrawlState, max_depth: int,
                 refetch_recent_hours: float, limits: CrawlLimits | None = None,
                 **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sources = [s for s in sources if s.enabled]
        self.state = state.canonicalised()
        self.now = self.state.as_of   # the run's moment, decided by whoever built the state
        self.max_depth = max_depth
        self.refetch_recent_hours = refetch_recent_hours
        self.limits = limits or CrawlLimits()
        self.requested: Counter[str] = Counter()  # requests made per source this run
        self.seen_links: set[str] = set()       # article links as found (fragment dropped)
        self.seen_canonical: set[str] = set()   # canonical URLs requested or stored this run
        self.seen_entries: set[str] = set()     # feeds, sitemaps, listing pages, homepages

    def closed(self, reason: str) -> None:
        """Scrapy's end of the crawl: the warehouse lookups' connection is closed."""
        self.logger.info("known URLs: %d looked up in %d queries, %d known",
                         len(self.state.looked_up), self.state.lookups, len(self.state.known))
        self.state.close()

    # -- helpers --------------------------------------------------------------------------
    def event(self, url: str, source: str, outcome: Outcome, reason: str,
              status: int | None = None) -> CrawlEvent:
        return CrawlEvent(url, source, utcnow(), status, outcome, reason)

    def budgeted(self, request: scrapy.Request, source: str, url: str
                 ) -> scrapy.Request | CrawlEvent:
        """The request, or a CAPPED outcome once the source has used its requests for the run."""
        cap = self.limits.max_urls_per_source
        if self.requested[source] >= cap:
            if self.requested[source] == cap:
                self.logger.warning("source %s reached its cap of %d URLs for this run", source,
                                    cap)
            self.requested[source] = cap + 1  # warn once
            return self.event(url, source, Outcome.CAPPED, f"not requested: the source reached "
                              f"its cap of {cap} URLs in one run (VEILLE_MAX_URLS_PER_SOURCE); "
                              "tried again next run")
        self.requested[source] += 1
        return request

    def skip(self, url: str) -> Rejection | None:
        return self.state.skip(url, self.now, self.refetch_recent_hours,
                               self.limits.dead_link_max_days)

    def first_visit(self, url: str) -> bool:
        """True the first time an entry point (feed, sitemap, listing page) is met this run."""
        key = canonical_url(url)
        if key in self.seen_entries:
            return False
        self.seen_entries.add(key)
        return True

    # -- articles -------------------------------------------------------------------------
    def article(self, link: Link, source: str) -> scrapy.Request | CrawlEvent | None:
        """A request for an article link, or the outcome that makes a request unnecessary.

        Events carry the canonical URL (the warehouse's key), except DUPLICATE events, which
        carry the link as found: the canonical URL is accounted for by the first link to it.
        """
        raw = link.url.strip().split("#", 1)[0]
        if raw in self.seen_links:
            return None
        self.seen_links.add(raw)
        if not raw.startswith(("http://", "https://")):
            return self.event(raw, source, Outcome.PARSE_ERROR, "not an http(s) link, "
                              "not requested")
        canonical = canonical_url(raw)
        if canonical in self.seen_canonical:
            if raw == canonical:
                return None
            return self.event(raw, source, Outcome.DUPLICATE, f"same canonical URL as an earlier"
                              f" link: {canonical}")
        self.seen_canonical.add(canonical)
        ext = asset_extension(canonical)
        if ext:
            return self.event(canonical, source, Outcome.NOT_HTML, f"skipped by extension "
                              f".{ext}, not requested")
        skip = self.skip(canonical)
        if skip:
            return self.event(canonical, source, skip.outcome, skip.reason)
        # A known article re-checked for corrections is asked conditionally (304: unchanged).
        return self.budgeted(scrapy.Request(
            canonical, callback=self.parse_article, errback=self.failed,
            headers=self.state.conditional_headers(canonical),
            meta={"handle_httpstatus_list": [304]},
            cb_kwargs={"link": Link(raw, link.via, link.hint_published_at, link.hint_title),
                       "source": source, "url": canonical}), source, canonical)

    def articles(self, links: Any, source: str) -> Iterator[scrapy.Request | CrawlEvent]:
        """The requests and outcomes of one response's article links, whose canonical URLs the
        warehouse is asked about together (one lookup per response, not one per link)."""
        links = list(links)
        self.state.look_up(self._to_look_up(links))
        for link in links:
            result = self.article(link, source)
            if result is not None:
                yield result

    def _to_look_up(self, links: list[Link]) -> set[str]:
        """Canonical URLs of the links that `article` may ask the state about."""
        urls = set()
        for link in links:
            raw = link.url.strip().split("#", 1)[0]
            if raw.startswith(("http://", "https://")) and raw not in self.seen_links:
                canonical = canonical_url(raw)
                if canonical not in self.seen_canonical and not asset_extension(canonical):
                    urls.add(canonical)
        return urls

    def parse_article(self, response: Response, link: Link, source: str, url: str
                      ) -> Iterator[RawPage | CrawlEvent | HttpValidator]:
        """A RawPage keyed by its canonical URL (after redirects and rel=canonical)."""
        if response.status == 304:
            yield self.event(url, source, Outcome.UNCHANGED, "not modified since last fetch "
                             "(304)", 304)
            return
        if not is_html(response):
            yield self.event(url, source, Outcome.NOT_HTML,
                             f"content type {content_type(response) or 'unknown'}",
                             response.status)
            return
        header = http_content_type_encoding(content_type(response))
        encoding = decide_encoding(response.body, header)
        text = response.body.decode(encoding, errors="replace")
        canonical = canonical_url(rel_canonical(text, response.url) or response.url)
        if canonical != url:
            rejection = self.moved(canonical)
            if rejection is not None:
                yield self.event(url, source, rejection.outcome, rejection.reason,
                                 response.status)
                return
        validator = self.validator(canonical, response)
        if validator:
            yield validator
        yield RawPage(canonical, link.url, source, utcnow(), response.status,
                      {str(k): v for k, v in response.headers.to_unicode_dict().items()},
                      response.body, encoding,
                      link.via, link.hint_published_at, link.hint_title)

    def moved(self, canonical: str) -> Rejection | None:
        """For a page whose canonical URL is not the one requested: already had, or known."""
        if canonical in self.seen_canonical:
            return Rejection(Outcome.DUPLICATE, f"same article as {canonical} (redirect or "
                             "rel=canonical)")
        self.seen_canonical.add(canonical)
        skip = self.skip(canonical)
        return Rejection(skip.outcome, f"{skip.reason} as {canonical}") if skip else None

    # -- entry points (feeds, sitemaps, listing pages) -------------------------------------
    async def start(self) -> Any:
        for source in self.sources:
            for request in self.entry_requests(source):
                yield request

    def entry_requests(self, source: Source) -> Iterator[scrapy.Request]:
        """Requests for a source's entry points; each spider kind adds its own (cooperative)."""
        return iter(())

    def conditional_request(self, url: str, source: str, callback: Any, **kwargs: Any
                            ) -> scrapy.Request | CrawlEvent:
        """A GET with If-None-Match / If-Modified-Since from the state; 304 reaches the callback."""
        return self.budgeted(scrapy.Request(
            url, callback=callback, errback=self.failed, priority=ENTRY_PRIORITY,
            headers=self.state.conditional_headers(url),
            meta={"handle_httpstatus_list": [304],
                  "download_maxsize": self.settings.getint("VEILLE_SITEMAP_MAXSIZE")},
            cb_kwargs={"url": url, "source": source, **kwargs}), source, url)

    def validator(self, url: str, response: Response) -> HttpValidator | None:
        """New validators of a feed or sitemap, to be stored for the next run's conditional GET."""
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        if not etag and not modified:
            return None
        return HttpValidator(url, etag.decode("latin-1") if etag else None,
                             modified.decode("latin-1") if modified else None, utcnow())

    def not_modified(self, response: Response, url: str, source: str) -> CrawlEvent:
        return self.event(url, source, Outcome.UNCHANGED, "not modified since last run (304)",
                          304)

    # -- failures -------------------------------------------------------------------------
    def failed(self, failure: Failure) -> Iterator[CrawlEvent]:
        """Errback of every request: the URL gets HTTP_ERROR, TIMEOUT, TOO_LARGE or ROBOTS."""
        request = failure.request  # type: ignore[attr-defined]
        kwargs = request.cb_kwargs
        url = kwargs.get("url", request.url)
        rejection, status = classify_failure(failure.value)
        yield self.event(url, kwargs.get("source", "?"), rejection.outcome, rejection.reason,
                         status)
