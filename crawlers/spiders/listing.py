"""Listing pages (`start_urls`): article links, then pagination up to the source's max_depth.

Pagination loops are harmless: every listing page is visited once per run.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.http import Response
from w3lib.encoding import http_content_type_encoding

from crawlers.encoding import decide_encoding
from crawlers.html import listing_links
from crawlers.links import Link
from crawlers.sources import Source
from crawlers.spiders.base import ENTRY_PRIORITY, ArticleSpider, capped, content_type, is_html
from pipeline.records import Outcome


def response_text(response: Response) -> str:
    """HTML text decoded with the reconciled charset (header, meta, sniffing)."""
    codec = decide_encoding(response.body, http_content_type_encoding(content_type(response)))
    return response.body.decode(codec, errors="replace")


class ListingSpider(ArticleSpider):
    """Reads the `start_urls` of every source."""

    name = "veille-listings"

    def entry_requests(self, source: Source) -> Iterator[Any]:
        yield from super().entry_requests(source)
        for url in source.start_urls:
            if self.first_visit(url):
                yield self.listing_request(url, source.name, 0, source.depth(self.max_depth))

    def listing_request(self, url: str, source: str, depth: int, max_depth: int) -> Any:
        return self.budgeted(scrapy.Request(
            url, callback=self.parse_listing, errback=self.failed, priority=ENTRY_PRIORITY - depth,
            cb_kwargs={"url": url, "source": source, "depth": depth, "max_depth": max_depth}),
            source, url)

    def parse_listing(self, response: Response, url: str, source: str, depth: int,
                      max_depth: int) -> Iterator[Any]:
        if not is_html(response):
            yield self.event(url, source, Outcome.NOT_HTML, "listing page is not HTML: "
                             f"{content_type(response) or 'unknown'}", response.status)
            return
        # The page as reached (after redirects) is visited too: a "next" link back to it from a
        # later page must not fetch it a second time.
        self.first_visit(response.url)
        found = listing_links(response_text(response), response.url)
        follow = depth < max_depth
        pages = found.next_pages[:self.limits.max_next_links] if follow else ()
        note = ("" if follow or not found.next_pages else ", depth limit reached") + (
            f", capped: followed {len(pages)} (VEILLE_MAX_NEXT_LINKS)"
            if follow and len(found.next_pages) > len(pages) else "")
        articles, cap_note = capped(found.articles, self.limits.max_feed_entries)
        yield self.event(url, source, Outcome.FOLLOWED,
                         f"listing page (depth {depth}/{max_depth}): {len(found.articles)} "
                         f"article links, {len(found.next_pages)} next page(s){note}{cap_note}",
                         response.status)
        yield from self.articles((Link(u, "listing") for u in articles), source)
        for page in pages:
            if self.first_visit(page):
                yield self.listing_request(page, source, depth + 1, max_depth)
