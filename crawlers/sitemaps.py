"""Sitemaps (index, urlset, Google News, gzip) and robots.txt `Sitemap:` lines, as pure functions."""
from __future__ import annotations

import zlib
from datetime import datetime

from lxml import etree

from crawlers.links import Link, Parsed
from pipeline.clock import naive_utc

MAX_SITEMAP_BYTES = 50 * 1024 * 1024  # the sitemap protocol's own limit, uncompressed


def gunzip_if_needed(body: bytes, max_bytes: int = MAX_SITEMAP_BYTES) -> bytes:
    """Body of a `.xml.gz` sitemap served without Content-Encoding, decompressed (bounded)."""
    if not body.startswith(b"\x1f\x8b"):
        return body
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    data = decompressor.decompress(body, max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"gzip sitemap larger than {max_bytes} bytes once decompressed")
    return data


def _local(tag: object) -> str:
    return tag.split("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return naive_utc(value)


def _text(element: etree._Element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            text: str = child.text.strip()
            return text
    return None


def _url_entry(url: etree._Element) -> Link | None:
    loc = _text(url, "loc")
    if not loc:
        return None
    published = _parse_date(_text(url, "publication_date")) or _parse_date(_text(url, "lastmod"))
    return Link(loc, "sitemap", published, _text(url, "title"))


def _root(body: bytes) -> tuple[etree._Element | None, str]:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body, parser), ""
    except etree.XMLSyntaxError as error:
        recovering = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
        root = etree.fromstring(body, recovering) if body.strip() else None
        return root, str(error)


def parse_sitemap(body: bytes) -> Parsed:
    """Article links of a urlset (news sitemap dates and titles kept) or child sitemaps of an index."""
    try:
        body = gunzip_if_needed(body)
    except (OSError, EOFError, zlib.error, ValueError) as error:
        return Parsed(error=f"bad gzip sitemap: {error}")
    if not body.strip():
        return Parsed(error="empty document")
    root, syntax_error = _root(body)
    kind = _local(root.tag) if root is not None else ""
    if root is not None and kind == "sitemapindex":
        children = tuple(loc for sm in root if (loc := _text(sm, "loc")))
        return _checked(Parsed(sitemaps=children, note=f"index of {len(children)} sitemaps"),
                        syntax_error)
    if root is not None and kind == "urlset":
        links = tuple(link for url in root if _local(url.tag) == "url"
                      if (link := _url_entry(url)))
        return _checked(Parsed(links=links, note=f"{len(links)} URLs"), syntax_error)
    return Parsed(error=f"malformed sitemap: {syntax_error or f'unexpected root <{kind}>'}")


def _checked(parsed: Parsed, syntax_error: str) -> Parsed:
    if not syntax_error:
        return parsed
    if not parsed.links and not parsed.sitemaps:
        return Parsed(error=f"malformed sitemap: {syntax_error}")
    return Parsed(parsed.links, parsed.sitemaps, None, parsed.note + " (recovered from malformed XML)")


def robots_sitemaps(robots_txt: str) -> list[str]:
    """`Sitemap:` lines of a robots.txt, in order."""
    found = []
    for line in robots_txt.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == "sitemap" and value.strip():
            found.append(value.strip())
    return found
