"""What the crawler reads in HTML: rel=canonical, feed autodiscovery, listing links, pagination.

Pure functions (text and base URL in, URLs out), so they are tested without any server.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from parsel import Selector

from crawlers.urls import (
    asset_extension,
    is_article_like,
    is_crawlable_link,
    same_site,
    strip_tracking,
)

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+json", "application/xml", "text/xml")
NEXT_TEXT = re.compile(r"^\s*(page\s+suivante|suivante?s?|next(\s+page)?|plus\s+d'articles|"
                       r"articles\s+plus\s+anciens|older\s+posts|»|›|>>)\s*[»›>]*\s*$",
                       re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ListingLinks:
    articles: tuple[str, ...]      # article-like links of the same site (assets included, to skip)
    next_pages: tuple[str, ...]    # pagination


def rel_canonical(text: str, base_url: str) -> str | None:
    """The page's `<link rel=canonical>` (absolute), if any and on the same site."""
    href = Selector(text=text).xpath(
        "//link[contains(concat(' ', normalize-space(translate(@rel, 'CANONIL', 'canonil')), ' '),"
        " ' canonical ')]/@href").get()
    if not href or not href.strip():
        return None
    url = urljoin(base_url, href.strip())
    return url if same_site(url, base_url) else None


def discover_feeds(text: str, base_url: str) -> list[str]:
    """Feeds announced by `<link rel=alternate type=application/rss+xml|atom+xml>`."""
    found = []
    for link in Selector(text=text).xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES:
            found.append(urljoin(base_url, link.attrib["href"].strip()))
    return list(dict.fromkeys(found))


def _anchors(selector: Selector, base_url: str) -> list[tuple[str, str, str]]:
    """(absolute url without fragment, rel, visible text) of every `<a href>`."""
    found = []
    for anchor in selector.xpath("//a[@href]"):
        href = anchor.attrib["href"].strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        text = " ".join(anchor.xpath(".//text()").getall()).strip()
        found.append((url, (anchor.attrib.get("rel") or "").lower(), text))
    return found


def next_pages(selector: Selector, base_url: str) -> list[str]:
    """Pagination: `rel=next` (link or a), or an anchor reading "page suivante", "suivant"..."""
    hrefs = selector.xpath("//link[contains(concat(' ', @rel, ' '), ' next ')]/@href").getall()
    found = [urljoin(base_url, h.strip()) for h in hrefs]
    for url, rel, text in _anchors(selector, base_url):
        if "next" in rel.split() or NEXT_TEXT.match(text):
            found.append(url)
    return [u for u in dict.fromkeys(found) if same_site(u, base_url) and u != base_url]


def listing_links(text: str, base_url: str) -> ListingLinks:
    """Article candidates and next pages of a listing page; other links are ignored.

    Same site only; tag/category/author pages are not articles; assets are kept as candidates
    so that they are counted (NOT_HTML) without being requested.
    """
    selector = Selector(text=text)
    pages = next_pages(selector, base_url)
    articles = []
    for url, _rel, _text in _anchors(selector, base_url):
        if url in pages or not same_site(url, base_url) or not is_crawlable_link(url):
            continue
        if asset_extension(url) or is_article_like(strip_tracking(url)):
            articles.append(url)
    return ListingLinks(tuple(dict.fromkeys(articles)), tuple(pages))
