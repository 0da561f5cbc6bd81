"""Sitemaps: index -> child sitemaps, urlset (news sitemaps included, gzip ok) -> article links."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from crawlers.sitemaps import parse_sitemap
from crawlers.sources import Source
from crawlers.spiders.base import ArticleSpider, capped
from pipeline.records import Outcome

MAX_INDEX_LEVELS = 3  # index of indexes of sitemaps is the deepest we follow


class SitemapSpider(ArticleSpider):
    """Reads the `sitemaps` of every source."""

    name = "veille-sitemaps"

    def entry_requests(self, source: Source) -> Iterator[Any]:
        yield from super().entry_requests(source)
        for url in source.sitemaps:
            if self.first_visit(url):
                yield self.sitemap_request(url, source.name, 0)

    def sitemap_request(self, url: str, source: str, level: int) -> Any:
        return self.conditional_request(url, source, self.parse_sitemap_response, level=level)

    def parse_sitemap_response(self, response: Response, url: str, source: str, level: int
                               ) -> Iterator[Any]:
        if response.status == 304:
            yield self.not_modified(response, url, source)
            return
        validator = self.validator(url, response)
        if validator:
            yield validator
        parsed = parse_sitemap(response.body)
        if parsed.error:
            yield self.event(url, source, Outcome.PARSE_ERROR, parsed.error, response.status)
            return
        cap = self.limits.max_feed_entries
        children, cap_note = capped(parsed.sitemaps, cap)
        links, links_note = capped(parsed.links, max(0, cap - len(children)))
        yield self.event(url, source, Outcome.FOLLOWED, f"sitemap: {parsed.note}"
                         f"{cap_note or links_note}", response.status)
        for child in children:
            if level + 1 > MAX_INDEX_LEVELS:
                yield self.event(child, source, Outcome.FOLLOWED,
                                 f"not read: sitemap index nested deeper than {MAX_INDEX_LEVELS}")
            elif self.first_visit(child):
                yield self.sitemap_request(child, source, level + 1)
        yield from self.articles(links, source)
