"""Hostile sites on 127.0.0.1: SSRF links, redirects and meta-refresh to private addresses,
robots.txt that fails, floods, gzip bombs, lying charsets, dead links, pagination traps.

Private and link-local targets are literal addresses (10.255.255.1, 169.254.169.254...): the
crawler must refuse them WITHOUT connecting, so no packet ever leaves loopback. Off-site hosts
are `localhost` (resolves locally), never a public name.
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass

from tests.crawlers.localsite import Hit, LocalSite, Reply
from tests.crawlers.richsite import article, rss, urlset

DATE = "Mon, 06 May 2024 10:00:00 GMT"
PRIVATE = "http://10.255.255.1/2024/05/article-sur-l-intranet.html"
METADATA = "http://169.254.169.254/latest/meta-data/iam/security-credentials/"
MULTICAST = "http://224.0.0.251/2024/05/article-multicast.html"
UNSPECIFIED = "http://0.0.0.0/2024/05/article-adresse-nulle.html"
SITEMAP_PRIVATE = "http://10.255.255.1/2024/05/article-du-sitemap-prive.html"
SITEMAP_METADATA = "http://169.254.169.254/2024/05/article-du-sitemap-metadata.html"
BOMB_BYTES = 20 * 1024 * 1024   # zeros once decompressed; about 20 KB on the wire
ETAG = '"article-v1"'
FEED_FLOOD = 60                 # entries in the flood feed
NEXT_FLOOD = 10                 # "next" links on the trap listing page
LATIN = "Pôle de compétitivité : réunion à Marseille, élus présents.".encode("latin-1")


@dataclass
class HostileSites:
    main: LocalSite        # robots.txt 404 (body says "Disallow: /": must be ignored)
    other: LocalSite       # another loopback port, target of an allowed redirect
    robots_503: LocalSite
    robots_slow: LocalSite  # robots.txt answers after the download timeout
    robots_ssrf: LocalSite  # robots.txt `Sitemap:` line to a private address
    robots_loop: LocalSite  # robots.txt redirects in a loop: "unavailable", so allowed

    def all(self) -> list[LocalSite]:
        return [self.main, self.other, self.robots_503, self.robots_slow, self.robots_ssrf,
                self.robots_loop]

    def start(self) -> HostileSites:
        for site in self.all():
            site.start()
        return self

    def stop(self) -> None:
        for site in self.all():
            site.stop()


def items(*links: str) -> bytes:
    return rss([(f"Article {i}", link, DATE) for i, link in enumerate(links)])


def conditional_article(hit: Hit, count: int) -> Reply:
    """An article that answers 304 when asked with its ETag (the correction re-check)."""
    if {k.lower(): v for k, v in hit.headers.items()}.get("if-none-match") == ETAG:
        return Reply(304, b"")
    return Reply(200, article("Article avec validateur"), headers={"ETag": ETAG})


def listing(links: list[tuple[str, str]]) -> bytes:
    anchors = "".join(f'<a href="{href}">{text}</a>' for href, text in links)
    return f"<!doctype html><html><body>{anchors}</body></html>".encode("utf-8")


def build_hostile_sites() -> HostileSites:
    main, other = LocalSite({}), LocalSite({})
    u, o = main.url, other.url
    other.routes["/2024/05/article-sur-un-autre-port.html"] = Reply(200, article("Autre port"))
    bomb = gzip.compress(b"\0" * BOMB_BYTES)
    flood = [u(f"/2024/05/article-en-masse-{i:03d}.html") for i in range(FEED_FLOOD)]
    main.routes.update({
        "/robots.txt": Reply(404, b"User-agent: *\nDisallow: /\n", "text/plain"),
        # -- SSRF: feed items, redirects, meta-refresh, sitemaps ---------------------------
        "/ssrf-feed.xml": Reply(200, items(
            PRIVATE, METADATA, MULTICAST, UNSPECIFIED, u("/redirection-vers-metadata"),
            u("/2024/05/page-avec-meta-refresh.html"), u("/redirection-vers-autre-port"),
            u("/2024/05/article-ordinaire-du-flux.html")), "application/rss+xml"),
        "/redirection-vers-metadata": Reply(302, b"", headers={"Location": METADATA}),
        "/2024/05/page-avec-meta-refresh.html": Reply(200, (
            f'<html><head><meta http-equiv="refresh" content="0; url={PRIVATE}"></head>'
            "<body>Redirection</body></html>").encode()),
        "/redirection-vers-autre-port": Reply(301, b"", headers={
            "Location": o("/2024/05/article-sur-un-autre-port.html")}),
        "/2024/05/article-ordinaire-du-flux.html": Reply(200, article("Ordinaire")),
        "/ssrf-index.xml": Reply(200, (
            '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9"><sitemap><loc>http://10.255.255.1/sitemap.xml</loc></sitemap>'
            f"<sitemap><loc>{u('/sitemap-locs-privees.xml')}</loc></sitemap></sitemapindex>"
        ).encode(), "application/xml"),
        "/sitemap-locs-privees.xml": Reply(200, urlset([SITEMAP_METADATA, SITEMAP_PRIVATE]), "application/xml"),
        # -- off-site hosts: refused unless listed in allowed_hosts ------------------------
        "/offsite-feed.xml": Reply(200, items(
            u("/2024/05/article-du-site.html").replace("127.0.0.1", "localhost")),
            "application/rss+xml"),
        "/2024/05/article-du-site.html": Reply(200, article("Via localhost")),
        "/allowed-feed.xml": Reply(200, items(
            u("/2024/05/article-autorise.html").replace("127.0.0.1", "localhost")),
            "application/rss+xml"),
        "/2024/05/article-autorise.html": Reply(200, article("Hôte autorisé")),
        # -- floods -----------------------------------------------------------------------
        "/flood-feed.xml": Reply(200, items(*flood), "application/rss+xml"),
        **{f"/2024/05/article-en-masse-{i:03d}.html": Reply(200, article(f"Masse {i}"))
           for i in range(FEED_FLOOD)},
        "/piege-pagination/": Reply(200, listing(
            [(f"/piege-pagination/?p={i}", "Page suivante") for i in range(NEXT_FLOOD)])),
        **{f"/piege-pagination/?p={i}": Reply(200, listing([])) for i in range(NEXT_FLOOD)},
        # -- the first listing page reached through a redirect, linked back as "Suivant" ---
        "/liste": Reply(301, b"", headers={"Location": "/liste/"}),
        "/liste/": Reply(200, listing([("/liste/?page=2", "Page suivante")])),
        "/liste/?page=2": Reply(200, listing([("/liste/", "Suivant")])),
        # -- bombs, charsets, dead links, validators ----------------------------------------
        "/pieges.xml": Reply(200, items(
            u("/2024/05/bombe-gzip.html"), u("/2024/05/charset-base64.html"),
            u("/2024/05/charset-inconnu.html"), u("/2024/05/lien-mort-recent.html"),
            u("/2024/05/lien-mort-ancien.html"), u("/2024/05/article-avec-validateur.html")),
            "application/rss+xml"),
        "/2024/05/bombe-gzip.html": Reply(200, bomb, headers={"Content-Encoding": "gzip"}),
        "/2024/05/charset-base64.html": Reply(200, b"<html><body><p>" + LATIN + b"</p></body>"
                                              b"</html>", "text/html; charset=base64"),
        "/2024/05/charset-inconnu.html": Reply(200, b"<html><head><meta charset=x-martien>"
                                               b"</head><body><p>" + LATIN + b"</p></body></html>",
                                               "text/html; charset=x-martien"),
        "/2024/05/lien-mort-recent.html": Reply(404, b"gone", "text/plain"),
        "/2024/05/lien-mort-ancien.html": Reply(410, b"gone", "text/plain"),
        "/2024/05/article-avec-validateur.html": conditional_article,
    })
    robots_503 = LocalSite({"/robots.txt": Reply(503, b"maintenance", "text/plain")})
    robots_503.routes["/feed.xml"] = Reply(200, items(robots_503.url("/2024/05/a.html")),
                                           "application/rss+xml")
    robots_slow = LocalSite({"/robots.txt": Reply(200, b"User-agent: *\n", "text/plain",
                                                  delay=4.0)})
    robots_slow.routes["/feed.xml"] = Reply(200, b"", "application/rss+xml")
    robots_ssrf = LocalSite({})
    robots_ssrf.routes.update({
        "/robots.txt": Reply(200, b"User-agent: *\nSitemap: http://192.168.255.1/sitemap.xml\n",
                             "text/plain"),
        "/accueil/": Reply(200, listing([])),
    })
    robots_loop = LocalSite({"/robots.txt": Reply(302, b"", headers={"Location": "/robots2.txt"}),
                             "/robots2.txt": Reply(302, b"", headers={"Location": "/robots.txt"}),
                             "/2024/05/apres-boucle.html": Reply(200, article("Boucle"))})
    robots_loop.routes["/feed.xml"] = Reply(200, items(robots_loop.url(
        "/2024/05/apres-boucle.html")), "application/rss+xml")
    return HostileSites(main, other, robots_503, robots_slow, robots_ssrf, robots_loop)
