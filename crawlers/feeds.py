"""RSS 0.9x/1.0/2.0 and Atom feeds to article links (feedparser), as a pure function."""
from __future__ import annotations

import calendar
from datetime import UTC, datetime

import feedparser

from crawlers.links import Link, Parsed

# feedparser flags these, but the feed is read exactly as intended.
BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)


def _struct_to_datetime(value: object) -> datetime | None:
    if not value:
        return None
    seconds = calendar.timegm(value)  # type: ignore[arg-type]  # feedparser gives UTC struct_time
    return datetime.fromtimestamp(seconds, tz=UTC).replace(tzinfo=None)


def parse_feed(body: bytes, feed_url: str) -> Parsed:
    """Entries of a feed as links with their date and title; `error` when it is not a feed."""
    if not body.strip():
        return Parsed(error="empty document")
    parsed = feedparser.parse(body, response_headers={"content-location": feed_url,
                                                      "content-type": "application/xml"})
    links = []
    for entry in parsed.entries:
        url = entry.get("link") or next(
            (lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
        if not url:
            continue
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        title = (entry.get("title") or "").strip() or None
        links.append(Link(url, "feed", _struct_to_datetime(published), title))
    if parsed.bozo and not links and not parsed.get("version"):
        return Parsed(error=f"malformed feed: {parsed.get('bozo_exception')}")
    recovered = parsed.bozo and not isinstance(parsed.get("bozo_exception"), BENIGN)
    note = f"{len(links)} entries" + (" (recovered from malformed XML)" if recovered else "")
    return Parsed(links=tuple(links), note=note)
