"""Pure parsers: feeds, sitemaps, robots.txt, HTML discovery and listing links."""
from __future__ import annotations

import gzip
from datetime import datetime

from crawlers.feeds import parse_feed
from crawlers.html import discover_feeds, listing_links, rel_canonical
from crawlers.sitemaps import parse_sitemap, robots_sitemaps
from tests.crawlers.richsite import urlset

RSS1 = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
 <channel rdf:about="http://a.fr/"><title>A</title><link>http://a.fr/</link></channel>
 <item rdf:about="http://a.fr/1"><title>Un</title><link>http://a.fr/2024/01/un.html</link>
 <dc:date>2024-01-02T03:04:05+01:00</dc:date></item></rdf:RDF>"""
RSS091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>A</title>
 <link>http://a.fr/</link><description>d</description><item><title>Deux</title>
 <link>http://a.fr/2024/01/deux.html</link></item></channel></rss>"""


def test_rss1_and_rss091() -> None:
    [one] = parse_feed(RSS1, "http://a.fr/rss").links
    assert one.url == "http://a.fr/2024/01/un.html" and one.hint_title == "Un"
    assert one.hint_published_at == datetime(2024, 1, 2, 2, 4, 5)  # naive UTC
    [two] = parse_feed(RSS091, "http://a.fr/rss").links
    assert two.url.endswith("deux.html") and two.hint_published_at is None


def test_relative_feed_links_resolved() -> None:
    body = (b'<rss version="2.0"><channel><title>t</title><item><title>x</title>'
            b"<link>/2024/rel.html</link></item></channel></rss>")
    assert parse_feed(body, "http://a.fr/feed/").links[0].url == "http://a.fr/2024/rel.html"


def test_broken_and_empty_feeds() -> None:
    assert parse_feed(b"", "http://a.fr/f").error == "empty document"
    assert "malformed feed" in (parse_feed(b"{not: xml}", "http://a.fr/f").error or "")
    truncated = (b'<rss version="2.0"><channel><item><title>x</title><link>http://a.fr/a.html'
                 b"</link></item><item><title>cut")
    parsed = parse_feed(truncated, "http://a.fr/f")
    assert parsed.error is None and "recovered" in parsed.note and len(parsed.links) == 1


def test_sitemaps() -> None:
    news = parse_sitemap(urlset(["http://a.fr/n.html"], news=True))
    assert news.links[0].hint_title == "Titre du sitemap news"
    assert news.links[0].hint_published_at == datetime(2024, 5, 7, 7, 30)
    gz = parse_sitemap(gzip.compress(urlset(["http://a.fr/1.html", "http://a.fr/2.html"])))
    assert [link.url for link in gz.links] == ["http://a.fr/1.html", "http://a.fr/2.html"]
    index = parse_sitemap(b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                          b"<sitemap><loc> http://a.fr/s1.xml </loc></sitemap></sitemapindex>")
    assert index.sitemaps == ("http://a.fr/s1.xml",) and not index.links
    assert parse_sitemap(b"").error == "empty document"
    assert "malformed" in (parse_sitemap(b"<html><body>nope</body></html>").error or "")
    assert "gzip" in (parse_sitemap(b"\x1f\x8b\x08garbage").error or "")


def test_robots_sitemaps() -> None:
    robots = "User-agent: *\nDisallow: /x\nSitemap: http://a.fr/s.xml\nsitemap:http://a.fr/n.xml\n"
    assert robots_sitemaps(robots) == ["http://a.fr/s.xml", "http://a.fr/n.xml"]


def test_html_discovery_and_canonical() -> None:
    page = ('<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
            '<link rel="alternate" type="application/atom+xml; charset=utf-8" href="atom">'
            '<link rel="alternate" hreflang="en" href="/en/">'
            '<link rel="Canonical" href="/2024/05/vrai.html"></head></html>')
    assert discover_feeds(page, "http://a.fr/accueil/") == ["http://a.fr/rss.xml",
                                                            "http://a.fr/accueil/atom"]
    assert rel_canonical(page, "http://a.fr/amp/x") == "http://a.fr/2024/05/vrai.html"
    other = '<link rel="canonical" href="https://other.com/x">'
    assert rel_canonical(other, "http://a.fr/x") is None


def test_listing_links() -> None:
    page = ('<a href="/2024/05/un-article-du-pole.html#c">1</a><a href="/tag/x/">t</a>'
            '<a href="https://b.fr/2024/05/ailleurs-sur-un-autre-site.html">b</a>'
            '<a href="/docs/rapport.pdf">pdf</a><a href="/a-propos">ap</a>'
            '<a href="?page=2">Page suivante</a><a href="mailto:x@a.fr">m</a>')
    found = listing_links(page, "http://a.fr/actu/")
    assert found.articles == ("http://a.fr/2024/05/un-article-du-pole.html",
                              "http://a.fr/docs/rapport.pdf")
    assert found.next_pages == ("http://a.fr/actu/?page=2",)
