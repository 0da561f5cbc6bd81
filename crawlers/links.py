"""A link found in a feed, sitemap or listing page, with what the entry point said about it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    via: str                                   # feed | sitemap | listing
    hint_published_at: datetime | None = None  # naive UTC
    hint_title: str | None = None


@dataclass(frozen=True, slots=True)
class Parsed:
    """What a feed or sitemap gave: article links, nested sitemaps, or why it is unusable."""

    links: tuple[Link, ...] = ()
    sitemaps: tuple[str, ...] = ()
    error: str | None = None                   # set => PARSE_ERROR
    note: str = ""                             # e.g. "recovered from malformed XML"
