"""RSS/Atom feeds: conditional GET, entries become article links with date and title hints."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from scrapy.http import Response

from crawlers.feeds import parse_feed
from crawlers.spiders.base import ArticleSpider, capped
from crawlers.sources import Source
from pipeline.records import Outcome


class FeedSpider(ArticleSpider):
    """Reads the `feeds` of every source."""

    name = "veille-feeds"

    def entry_requests(self, source: Source) -> Iterator[Any]:
        yield from super().entry_requests(source)
        for url in source.feeds:
            if self.first_visit(url):
                yield self.feed_request(url, source.name)

    def feed_request(self, url: str, source: str) -> Any:
        return self.conditional_request(url, source, self.parse_feed_response)

    def parse_feed_response(self, response: Response, url: str, source: str) -> Iterator[Any]:
        if response.status == 304:
            yield self.not_modified(response, url, source)
            return
        validator = self.validator(url, response)
        if validator:
            yield validator
        parsed = parse_feed(response.body, response.url)
        if parsed.error:
            yield self.event(url, source, Outcome.PARSE_ERROR, parsed.error, response.status)
            return
        links, cap_note = capped(parsed.links, self.limits.max_feed_entries)
        yield self.event(url, source, Outcome.FOLLOWED, f"feed: {parsed.note}{cap_note}",
                         response.status)
        yield from self.articles(links, source)
