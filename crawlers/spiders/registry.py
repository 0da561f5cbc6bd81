"""The spider a crawl runs: feeds, sitemaps and listing pages of every registry entry, plus
feed/sitemap autodiscovery from `homepage` when an entry gives nothing else.

One spider (one scheduler, one ledger) so an article linked from several entry points or
sources is fetched once per run.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import scrapy
from scrapy.http import Response

from crawlers.html import discover_feeds, listing_links
from crawlers.links import Link
from crawlers.sitemaps import robots_sitemaps
from crawlers.sources import Source
from crawlers.spiders.base import ENTRY_PRIORITY, capped, content_type, is_html
from crawlers.spiders.feed import FeedSpider
from crawlers.spiders.listing import ListingSpider, response_text
from crawlers.spiders.sitemap import SitemapSpider
from pipeline.records import Outcome


class RegistrySpider(FeedSpider, SitemapSpider, ListingSpider):
    """Every kind of entry point of every enabled source."""

    name = "veille"

    def entry_requests(self, source: Source) -> Iterator[Any]:
        yield from super().entry_requests(source)
        declared = source.feeds or source.sitemaps or source.start_urls
        if source.homepage and not declared and self.first_visit(source.homepage):
            yield self.budgeted(scrapy.Request(
                source.homepage, callback=self.parse_homepage, errback=self.failed,
                priority=ENTRY_PRIORITY, cb_kwargs={"url": source.homepage,
                                                    "source": source.name}),
                source.name, source.homepage)

    def parse_homepage(self, response: Response, url: str, source: str) -> Iterator[Any]:
        """Feeds announced by `<link rel=alternate>`; else the page's article links and sitemaps."""
        if not is_html(response):
            yield self.event(url, source, Outcome.NOT_HTML, "homepage is not HTML: "
                             f"{content_type(response) or 'unknown'}", response.status)
            return
        text = response_text(response)
        feeds = [f for f in discover_feeds(text, response.url)[:self.limits.max_feed_entries]
                 if self.first_visit(f)]
        if feeds:
            yield self.event(url, source, Outcome.FOLLOWED,
                             f"homepage: {len(feeds)} feed(s) discovered", response.status)
            yield from (self.feed_request(feed, source) for feed in feeds)
            return
        found = listing_links(text, response.url)
        articles, cap_note = capped(found.articles, self.limits.max_feed_entries)
        yield self.event(url, source, Outcome.FOLLOWED, "homepage: no feed announced, read as a "
                         f"listing ({len(found.articles)} article links{cap_note}); looking for "
                         "sitemaps", response.status)
        yield from self.articles((Link(u, "listing") for u in articles), source)
        robots = urljoin(response.url, "/robots.txt")
        if self.first_visit(robots):
            yield self.budgeted(scrapy.Request(
                robots, callback=self.parse_robots, errback=self.failed, priority=ENTRY_PRIORITY,
                meta={"dont_obey_robotstxt": True,
                      "handle_httpstatus_list": [401, 403, 404, 410]},
                cb_kwargs={"url": robots, "source": source}), source, robots)

    def parse_robots(self, response: Response, url: str, source: str) -> Iterator[Any]:
        """Sitemaps from robots.txt `Sitemap:` lines, else the conventional /sitemap.xml."""
        declared = robots_sitemaps(response.body.decode("utf-8", "replace")) if response.status == 200 else []
        sitemaps = declared[:self.limits.max_feed_entries] or [urljoin(response.url,
                                                                        "/sitemap.xml")]
        reason = (f"robots.txt: {len(declared)} Sitemap line(s)" if declared else
                  f"robots.txt (HTTP {response.status}): no Sitemap line, trying /sitemap.xml")
        yield self.event(url, source, Outcome.FOLLOWED, reason, response.status)
        for sitemap in sitemaps:
            if self.first_visit(sitemap):
                yield self.sitemap_request(sitemap, source, 0)
