"""Hostile sites, crawled for real (child process, real Scrapy) on 127.0.0.1.

The crawler must fetch only what it should: no private/link-local/multicast target (refused
without connecting), no off-site host unless allowed, robots.txt failures mean "disallow",
bounded reads, bombs and broken charsets classified, dead links remembered, re-checks
conditional.
"""
from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawlers.run import crawl
from crawlers.sources import Source
from crawlers.spool import CrawlSpool
from crawlers.state import CrawlState, DeadLink, KnownUrl, utcnow
from pipeline.records import CrawlEvent, Outcome, RawPage
from tests.crawlers.hostilesite import (
    ETAG, FEED_FLOOD, METADATA, MULTICAST, PRIVATE, SITEMAP_METADATA, SITEMAP_PRIVATE,
    UNSPECIFIED, HostileSites, build_hostile_sites, items,
)
from tests.crawlers.localsite import LocalSite, Reply
from tests.crawlers.richsite import article
from veille.settings import Settings

pytestmark = pytest.mark.slow

CAP_ENTRIES, CAP_NEXT, CAP_URLS = 25, 2, 15


@dataclass
class Run:
    spool: CrawlSpool
    pages: list[RawPage]
    events: list[CrawlEvent]

    def page(self, path_end: str) -> RawPage:
        [page] = [p for p in self.pages if p.url.endswith(path_end)]
        return page

    def outcome(self, url_end: str) -> CrawlEvent:
        found = [e for e in self.events if e.url.endswith(url_end)]
        assert len(found) == 1, f"{url_end}: {found}"
        return found[0]

    def refused(self, url_end: str) -> CrawlEvent:
        event = self.outcome(url_end)
        assert event.outcome is Outcome.REFUSED and event.status is None, event
        return event


def hostile_settings() -> Settings:
    return Settings(download_timeout=1.5, retry_times=1, max_page_bytes=200_000,
                    max_feed_entries=CAP_ENTRIES, max_next_links=CAP_NEXT,
                    max_urls_per_source=CAP_URLS, _env_file=None)


def hostile_sources(sites: HostileSites) -> list[Source]:
    u = sites.main.url
    return [
        Source(name="ssrf", feeds=[u("/ssrf-feed.xml")], sitemaps=[u("/ssrf-index.xml")],
               allowed_hosts=["*"]),
        Source(name="offsite", feeds=[u("/offsite-feed.xml")]),
        Source(name="allowed", feeds=[u("/allowed-feed.xml")], allowed_hosts=["localhost"]),
        Source(name="flood", feeds=[u("/flood-feed.xml")]),
        Source(name="pager", start_urls=[u("/piege-pagination/")], max_depth=5),
        Source(name="liste", start_urls=[u("/liste")], max_depth=5),
        Source(name="pieges", feeds=[u("/pieges.xml")]),
        Source(name="r503", feeds=[sites.robots_503.url("/feed.xml")]),
        Source(name="rslow", feeds=[sites.robots_slow.url("/feed.xml")]),
        Source(name="rloop", feeds=[sites.robots_loop.url("/feed.xml")]),
        Source(name="rssrf", homepage=sites.robots_ssrf.url("/accueil/"), allowed_hosts=["*"]),
    ]


def run(sources: list[Source], state: CrawlState, spool: Path, now: datetime,
        settings: Settings | None = None) -> Run:
    state.as_of = now
    result = crawl(sources, settings or hostile_settings(), state, spool, politeness=False,
                   timeout=180)
    return Run(result, list(result.pages()), list(result.events()))


@pytest.fixture(scope="module")
def sites() -> Iterator[HostileSites]:
    sites = build_hostile_sites().start()
    yield sites
    sites.stop()


@pytest.fixture(scope="module")
def now() -> datetime:
    return utcnow()  # the test's edge; everything below is relative to it


@pytest.fixture(scope="module")
def first(sites: HostileSites, now: datetime, tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run(hostile_sources(sites), CrawlState(), tmp_path_factory.mktemp("hostile1"), now)


@pytest.fixture(scope="module")
def second(sites: HostileSites, first: Run, now: datetime,
           tmp_path_factory: pytest.TempPathFactory) -> Run:
    """The traps source again, with dead links and validators the warehouse would hold."""
    u = sites.main.url
    sites.main.hits.clear()
    checked = first.page("/article-avec-validateur.html")
    known = {checked.url: KnownUrl(now - timedelta(hours=1), now - timedelta(hours=1),
                                   Outcome.STORED)}
    dead = {u("/2024/05/lien-mort-recent.html"): DeadLink(404, 3, now - timedelta(days=1)),
            u("/2024/05/lien-mort-ancien.html"): DeadLink(410, 1, now - timedelta(days=2))}
    state = CrawlState(known, {v.url: v for v in first.spool.validators()}, now, dead)
    [traps] = [s for s in hostile_sources(sites) if s.name == "pieges"]
    return run([traps], state, tmp_path_factory.mktemp("hostile2"), now)


# -- SSRF guard ---------------------------------------------------------------------------

def test_private_and_special_targets_refused_without_connecting(first: Run) -> None:
    assert "private address (10.0.0.0/8)" in first.refused(PRIVATE).reason
    assert "link-local address (169.254.0.0/16)" in first.refused(METADATA).reason
    assert "multicast" in first.refused(MULTICAST).reason
    assert "unspecified" in first.refused(UNSPECIFIED).reason
    assert first.spool.stats()["sources"]["ssrf"]["refused"] >= 8


def test_redirect_and_meta_refresh_hops_are_checked(first: Run, sites: HostileSites) -> None:
    redirect = first.refused("/redirection-vers-metadata")
    assert "redirect to http://169.254.169.254/" in redirect.reason
    refresh = first.refused("/2024/05/page-avec-meta-refresh.html")
    assert "redirect to http://10.255.255.1/" in refresh.reason
    # the source's own range (loopback) stays allowed, another port included
    moved = first.page("/2024/05/article-sur-un-autre-port.html")
    assert moved.url.startswith(sites.other.base) and moved.requested_url.endswith(
        "/redirection-vers-autre-port")


def test_sitemap_children_and_locs_refused(first: Run) -> None:
    assert "10.255.255.1" in first.refused("http://10.255.255.1/sitemap.xml").reason
    first.refused(SITEMAP_PRIVATE)
    first.refused(SITEMAP_METADATA)
    assert first.outcome("/sitemap-locs-privees.xml").outcome is Outcome.FOLLOWED


def test_robots_sitemap_line_refused(first: Run, sites: HostileSites) -> None:
    robots = first.outcome(sites.robots_ssrf.url("/robots.txt"))
    assert robots.outcome is Outcome.FOLLOWED and "1 Sitemap line" in robots.reason
    line = first.refused("http://192.168.255.1/sitemap.xml")
    assert line.source == "rssrf" and "private address (192.168.0.0/16)" in line.reason


def test_off_site_host_refused_unless_allowed(first: Run, sites: HostileSites) -> None:
    offsite = first.refused("/2024/05/article-du-site.html")
    assert "not one of the source's sites" in offsite.reason and "localhost" in offsite.reason
    assert not sites.main.requested("/2024/05/article-du-site.html")
    allowed = first.page("/2024/05/article-autorise.html")
    assert allowed.url.startswith("http://localhost:") and allowed.source == "allowed"


# -- robots.txt after RFC 9309 ----------------------------------------------------------

def test_robots_5xx_disallows_the_site_for_this_run(first: Run, sites: HostileSites) -> None:
    event = first.refused(sites.robots_503.url("/feed.xml"))
    assert "robots.txt answered HTTP 503" in event.reason and "RFC 9309" in event.reason
    assert not sites.robots_503.requested("/feed.xml")
    assert len(sites.robots_503.requested("/robots.txt")) == 2  # retried once, then disallowed


def test_robots_timeout_disallows(first: Run, sites: HostileSites) -> None:
    event = first.refused(sites.robots_slow.url("/feed.xml"))
    assert "robots.txt unreachable" in event.reason
    assert not sites.robots_slow.requested("/feed.xml")


def test_robots_4xx_allows_whatever_its_body_says(first: Run) -> None:
    assert first.page("/2024/05/article-ordinaire-du-flux.html").status == 200


def test_robots_redirect_loop_allows(first: Run) -> None:
    assert first.page("/2024/05/apres-boucle.html").source == "rloop"  # RFC 9309: unavailable


def test_crawl_delay_spaces_requests(tmp_path: Path) -> None:
    site = LocalSite({"/robots.txt": Reply(200, b"User-agent: *\nCrawl-delay: 1\n",
                                           "text/plain")})
    paths = [f"/2024/05/article-lent-{i}.html" for i in range(3)]
    site.routes["/feed.xml"] = Reply(200, items(*(site.url(p) for p in paths)),
                                     "application/rss+xml")
    site.routes.update({p: Reply(200, article(p)) for p in paths})
    site.start()
    try:
        result = run([Source(name="lent", feeds=[site.url("/feed.xml")])], CrawlState(),
                     tmp_path, utcnow())
    finally:
        site.stop()
    assert len(result.pages) == 3
    moments = sorted(h.at for h in site.hits if h.path in paths)
    assert all(later - earlier >= 0.9 for earlier, later in zip(moments, moments[1:]))


# -- bounds -------------------------------------------------------------------------------

def test_feed_entries_capped_and_recorded(first: Run) -> None:
    feed = first.outcome("/flood-feed.xml")
    assert feed.outcome is Outcome.FOLLOWED
    assert f"capped: read {CAP_ENTRIES} of {FEED_FLOOD}" in feed.reason


def test_urls_per_source_capped_and_recorded(first: Run, sites: HostileSites) -> None:
    flood = [p for p in first.pages if p.source == "flood"]
    capped = [e for e in first.events if e.outcome is Outcome.CAPPED]
    assert len(flood) == CAP_URLS - 1  # the feed itself is one of the source's requests
    assert len(capped) == CAP_ENTRIES - len(flood) and {e.source for e in capped} == {"flood"}
    assert "VEILLE_MAX_URLS_PER_SOURCE" in capped[0].reason and capped[0].status is None
    hits = [h for h in sites.main.hits if "/article-en-masse-" in h.path]
    assert len(hits) == len(flood)


def test_next_links_capped(first: Run, sites: HostileSites) -> None:
    trap = first.outcome("/piege-pagination/")
    assert f"capped: followed {CAP_NEXT}" in trap.reason
    assert len([h for h in sites.main.hits if h.path.startswith("/piege-pagination/?p=")]) \
        == CAP_NEXT


def test_first_listing_page_requested_once(first: Run, sites: HostileSites) -> None:
    assert len(sites.main.requested("/liste/")) == 1  # reached by redirect, linked back later
    assert len(sites.main.requested("/liste/?page=2")) == 1


# -- bombs and charsets -------------------------------------------------------------------

def test_gzip_bomb_is_too_large(first: Run) -> None:
    bomb = first.outcome("/2024/05/bombe-gzip.html")
    assert bomb.outcome is Outcome.TOO_LARGE and "expanded past the maximum page size" in \
        bomb.reason


def test_broken_charsets_become_pages_with_a_real_codec(first: Run) -> None:
    for path in ("/2024/05/charset-base64.html", "/2024/05/charset-inconnu.html"):
        page = first.page(path)  # a page for the pipeline to judge, not an http-error
        assert page.encoding and codecs.lookup(page.encoding)._is_text_encoding
        assert "Marseille" in page.body.decode(page.encoding)


# -- dead links and conditional re-check ---------------------------------------------------

def test_dead_links_first_seen_are_http_errors(first: Run) -> None:
    assert first.outcome("/lien-mort-recent.html").status == 404
    assert first.outcome("/lien-mort-ancien.html").status == 410


def test_dead_link_waits_its_interval(second: Run, sites: HostileSites) -> None:
    waiting = second.outcome("/2024/05/lien-mort-recent.html")
    assert waiting.outcome is Outcome.HTTP_ERROR and waiting.status is None
    assert "dead link (HTTP 404, 3 time(s) in a row)" in waiting.reason
    assert not sites.main.requested("/2024/05/lien-mort-recent.html")
    due = second.outcome("/2024/05/lien-mort-ancien.html")  # 1 day waited, 2 days passed
    assert due.status == 410 and len(sites.main.requested("/2024/05/lien-mort-ancien.html")) == 1


def test_recheck_of_recent_article_is_conditional(first: Run, second: Run,
                                                  sites: HostileSites) -> None:
    validators = {v.url: v for v in first.spool.validators()}
    checked = first.page("/article-avec-validateur.html")
    assert validators[checked.url].etag == ETAG
    [hit] = sites.main.requested("/2024/05/article-avec-validateur.html")
    assert hit.headers.get("If-None-Match") == ETAG
    event = second.outcome("/2024/05/article-avec-validateur.html")
    assert event.outcome is Outcome.UNCHANGED and event.status == 304
