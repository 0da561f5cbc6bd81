"""Real crawls (child process, real Scrapy) of a real local site: one crawl serves many tests."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from crawlers.run import CrawlError, crawl
from crawlers.sources import Source
from crawlers.spool import CrawlSpool
from crawlers.state import CrawlState, KnownUrl
from pipeline.clock import utcnow
from pipeline.records import CrawlEvent, Outcome, RawPage
from tests.crawlers.localsite import Hit, LocalSite
from tests.crawlers.richsite import ETAG, LATIN1_TEXT, build_site
from veille.settings import Settings
from warehouse import load
from warehouse.db import writing
from warehouse.transactions import batch

pytestmark = pytest.mark.slow


@dataclass
class Run:
    spool: CrawlSpool
    pages: list[RawPage]
    events: list[CrawlEvent]
    hits: list[Hit]

    def page(self, path_end: str) -> RawPage:
        [page] = [p for p in self.pages if p.url.endswith(path_end)]
        return page

    def outcome(self, url_end: str) -> CrawlEvent:
        found = [e for e in self.events if e.url.endswith(url_end)]
        assert len(found) == 1, f"{url_end}: {found}"
        return found[0]

    def requested(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]


def crawl_settings() -> Settings:
    return Settings(download_timeout=2.0, retry_times=1, max_page_bytes=200_000, max_depth=2,
                    _env_file=None)


def sources(site: LocalSite) -> list[Source]:
    u = site.url
    return [
        Source(name="news", feeds=[u("/feed.xml"), u("/atom.xml")]),
        Source(name="broken", feeds=[u("/broken-feed.xml"), u("/empty-feed.xml"),
                                     u("/feed-500.xml")]),
        Source(name="maps", sitemaps=[u("/sitemap-index.xml")]),
        Source(name="listing", start_urls=[u("/actualites/")], max_depth=5),
        Source(name="dossiers", start_urls=[u("/dossiers/")], max_depth=1),
        Source(name="discover", homepage=u("/accueil/")),
        Source(name="discover2", homepage=u("/accueil-sans-flux/")),
        Source(name="off", feeds=[u("/never.xml")], enabled=False),
    ]


def run_crawl(site: LocalSite, state: CrawlState, spool: Path) -> Run:
    site.hits.clear()
    result = crawl(sources(site), crawl_settings(), state, spool, politeness=False, timeout=120)
    return Run(result, list(result.pages()), list(result.events()), list(site.hits))


@pytest.fixture(scope="module")
def site() -> LocalSite:
    site = build_site().start()
    yield site
    site.stop()


@pytest.fixture(scope="module")
def first(site: LocalSite, tmp_path_factory: pytest.TempPathFactory) -> Run:
    return run_crawl(site, CrawlState(), tmp_path_factory.mktemp("run1"))


@pytest.fixture(scope="module", params=["given", "warehouse"])
def second(site: LocalSite, first: Run, tmp_path_factory: pytest.TempPathFactory,
           request: pytest.FixtureRequest) -> Run:
    """Re-run with what the warehouse would hold after the first run: given up front in the
    state (`known`), or written to a real warehouse that the crawler asks about the links of
    each response (`warehouse`: the state holds no URL, only the warehouse's path)."""
    now = utcnow()
    old = now - timedelta(hours=100)
    known = {p.url: KnownUrl(old, old, Outcome.STORED) for p in first.pages}
    recent = site.url("/2024/05/article-du-flux-decouvert.html")
    known[recent] = KnownUrl(now - timedelta(hours=1), now - timedelta(hours=1), Outcome.STORED)
    known[site.url("/2024/03/premier-article-de-la-liste.html")] = KnownUrl(old, old,
                                                                           Outcome.HTTP_ERROR)
    validators = {v.url: v for v in first.spool.validators()}
    if request.param == "given":
        return run_crawl(site, CrawlState(known, validators), tmp_path_factory.mktemp("run2"))
    db = tmp_path_factory.mktemp("warehouse") / "veille.duckdb"
    with writing(db) as con, batch(con):
        load.load_crawl_events(con, "r1", [CrawlEvent(url, "news", k.first_seen_at, 200, k.last_outcome, "")
                                           for url, k in known.items()])
    state = CrawlState({}, validators, now, warehouse=str(db))
    run = run_crawl(site, state, tmp_path_factory.mktemp("run2w"))
    log = (run.spool.directory.parent / "crawl.log").read_text("utf-8")
    queries = int(re.search(r"known URLs: \d+ looked up in (\d+) queries", log).group(1))
    responses = len([h for h in run.hits if not h.path.endswith(".html")])
    assert 0 < queries <= responses + 2, (queries, responses)  # per response, not per link
    return run


def test_every_url_has_exactly_one_outcome(first: Run) -> None:
    urls = [e.url for e in first.events] + [p.requested_url for p in first.pages]
    assert len(urls) == len(set(urls))
    stats = first.spool.stats()
    assert stats["pages"] == len(first.pages) and stats["events"] == len(first.events)
    assert stats["sources"]["news"]["page"] >= 5
    assert "off" not in stats["sources"]
    assert stats["scrapy"]["downloader/request_count"] >= 40


def test_feed_entries_become_pages_with_hints(first: Run) -> None:
    page = first.page("/2024/05/pole-lance-un-appel-a-projets.html")
    assert page.url.endswith(".html")  # tracking parameters stripped
    assert "utm_source" in page.requested_url
    assert page.discovered_via == "feed" and page.hint_title == "Appel à projets"
    assert page.hint_published_at is not None and page.hint_published_at.day == 6
    assert first.outcome("/feed.xml").outcome is Outcome.FOLLOWED
    assert first.page("/entree-du-flux-atom.html").hint_title == "Entrée Atom"


def test_tracking_parameter_duplicate(first: Run) -> None:
    event = first.outcome("fbclid=XYZ&utm_medium=social")
    assert event.outcome is Outcome.DUPLICATE
    assert len(first.requested("/2024/05/pole-lance-un-appel-a-projets.html")) == 1


def test_robots_forbidden_never_requested(first: Run) -> None:
    assert first.outcome("/private/article-interdit-par-robots.html").outcome is Outcome.ROBOTS
    assert not [h for h in first.hits if h.path.startswith("/private/")]


def test_pdf_skipped_before_download(first: Run) -> None:
    event = first.outcome("/docs/rapport-annuel-2024.pdf")
    assert event.outcome is Outcome.NOT_HTML and event.status is None
    assert not first.requested("/docs/rapport-annuel-2024.pdf")
    assert first.outcome("/media/photo-du-salon").outcome is Outcome.NOT_HTML


def test_redirect_chain_and_loop(first: Run) -> None:
    page = first.page("/2024/05/article-apres-deux-redirections.html")
    assert page.requested_url.endswith("/redirect/1")
    loop = first.outcome("/loop/a")
    assert loop.outcome is Outcome.HTTP_ERROR and "redirect" in loop.reason


def test_transport_failures_recorded(first: Run) -> None:
    assert first.outcome("/article-beaucoup-trop-lent.html").outcome is Outcome.TIMEOUT
    assert first.outcome("/article-beaucoup-trop-gros.html").outcome is Outcome.TOO_LARGE
    streamed = first.outcome("/article-trop-gros-sans-longueur.html")
    assert streamed.outcome is Outcome.TOO_LARGE, streamed
    error = first.outcome("/article-en-erreur-serveur.html")
    assert error.outcome is Outcome.HTTP_ERROR and error.status == 500
    assert len(first.requested("/2024/05/article-en-erreur-serveur.html")) == 2  # one retry


def test_429_retried_after_retry_after(first: Run) -> None:
    page = first.page("/2024/05/article-servi-apres-un-429.html")
    assert page.status == 200
    first_hit, retry = first.requested("/2024/05/article-servi-apres-un-429.html")
    assert retry.at - first_hit.at >= 0.9  # Retry-After: 1 was honoured


def test_non_http_link_recorded_and_feed_went_on(first: Run) -> None:
    event = first.outcome("mailto:redaction@example.org")
    assert event.outcome is Outcome.PARSE_ERROR and "not an http" in event.reason


def test_lying_charset_decoded_right(first: Run) -> None:
    page = first.page("/article-latin1-qui-ment.html")
    assert page.encoding == "cp1252"
    assert LATIN1_TEXT in page.body.decode(page.encoding or "utf-8", errors="replace")


def test_rel_canonical_one_record(first: Run) -> None:
    """The AMP page (rel=canonical) and the listing's link give one page, whichever came first."""
    [page] = [p for p in first.pages if p.url.endswith("/article-canonique-du-pole.html")]
    amp = "/amp/version-amp-de-l-article-canonique.html"
    if not page.requested_url.endswith(amp):
        assert first.outcome(amp).outcome is Outcome.DUPLICATE
    assert not [e for e in first.events if e.url == page.url]


def test_broken_feeds_do_not_stop_the_crawl(first: Run) -> None:
    assert first.outcome("/broken-feed.xml").outcome is Outcome.PARSE_ERROR
    empty = first.outcome("/empty-feed.xml")
    assert empty.outcome is Outcome.PARSE_ERROR and "empty" in empty.reason
    assert first.outcome("/feed-500.xml").outcome is Outcome.HTTP_ERROR
    assert first.spool.stats()["sources"]["news"]["page"] >= 5  # the rest went on


def test_sitemap_index_news_and_gzip(first: Run) -> None:
    news = first.page("/2024/05/article-du-sitemap-news.html")
    assert news.hint_title == "Titre du sitemap news" and news.discovered_via == "sitemap"
    assert news.hint_published_at is not None and news.hint_published_at.hour == 7  # UTC
    first.page("/2024/04/article-du-sitemap-gzip.html")
    first.page("/2024/04/autre-article-du-sitemap-gzip.html")
    assert first.outcome("/sitemap-broken.xml").outcome is Outcome.PARSE_ERROR
    assert first.outcome("/sitemap-empty.xml").outcome is Outcome.PARSE_ERROR
    assert first.outcome("/sitemap-index.xml").outcome is Outcome.FOLLOWED


def test_listing_pagination_loop_harmless(first: Run) -> None:
    for path in ("/actualites/", "/actualites/?page=2", "/actualites/?page=3"):
        assert len(first.requested(path)) == 1
        assert first.outcome(path).outcome is Outcome.FOLLOWED
    for name in ("premier", "deuxieme", "troisieme"):
        assert first.page(f"/2024/03/{name}-article-de-la-liste.html").discovered_via == "listing"
    assert not first.requested("/tag/clusters/") and not first.requested("/auteur/jean-dupont/")


def test_listing_stops_at_max_depth(first: Run) -> None:
    assert "depth limit reached" in first.outcome("/dossiers/?page=2").reason
    assert not first.requested("/dossiers/?page=3")
    first.page("/2024/01/dossier-numero-deux.html")


def test_homepage_feed_discovery(first: Run) -> None:
    assert first.outcome("/accueil/").outcome is Outcome.FOLLOWED
    assert first.outcome("/flux-decouvert.xml").outcome is Outcome.FOLLOWED
    assert first.page("/2024/05/article-du-flux-decouvert.html").source == "discover"


def test_homepage_sitemap_discovery_through_robots(first: Run) -> None:
    assert first.outcome("/accueil-sans-flux/").outcome is Outcome.FOLLOWED
    robots = first.outcome("/robots.txt")
    assert robots.outcome is Outcome.FOLLOWED and "1 Sitemap line" in robots.reason
    assert first.outcome("/sitemap-decouvert.xml").outcome is Outcome.FOLLOWED
    assert first.page("/article-du-sitemap-decouvert.html").source == "discover2"
    assert first.page("/article-de-la-page-d-accueil.html").discovered_via == "listing"


def test_user_agent_and_validators(first: Run) -> None:
    assert all("VeilleBot" in h.headers.get("User-Agent", "") for h in first.hits)
    validators = {v.url.rsplit("/", 1)[-1]: v for v in first.spool.validators()}
    assert validators["feed.xml"].etag == ETAG


def test_second_run_conditional_get(second: Run) -> None:
    [feed_hit] = second.requested("/feed.xml")
    assert feed_hit.headers.get("If-None-Match") == ETAG
    assert second.outcome("/feed.xml").outcome is Outcome.UNCHANGED
    assert second.outcome("/sitemap-index.xml").outcome is Outcome.UNCHANGED
    assert not second.requested("/sitemap-news.xml")


def test_second_run_skips_known_urls(second: Run) -> None:
    skipped = second.outcome("/2024/05/entree-du-flux-atom.html")
    assert skipped.outcome is Outcome.UNCHANGED and skipped.reason == "already stored"
    assert not second.requested("/2024/05/entree-du-flux-atom.html")
    for name in ("deuxieme", "troisieme"):
        assert not second.requested(f"/2024/03/{name}-article-de-la-liste.html")
    assert second.outcome("/article-canonique-du-pole.html").outcome is Outcome.UNCHANGED


def test_second_run_refetches_recent_once_and_retries_errors(second: Run) -> None:
    """A page stored an hour ago and fetched once is fetched again (it may still change), and a
    URL whose last outcome was an http-error is retried; each exactly once, as a page."""
    for path in ("/2024/05/article-du-flux-decouvert.html",   # stored 1 h ago, fetched once
                 "/2024/03/premier-article-de-la-liste.html"):  # last outcome: http-error
        page = second.page(path)
        assert page.status == 200 and page.body
        assert len(second.requested(path)) == 1, second.requested(path)
        assert not [e for e in second.events if e.url.endswith(path)]  # not skipped as known


def test_crawl_error_carries_child_log(tmp_path: Path) -> None:
    """A child that dies (here: a NaN timeout does not survive JSON) raises with its traceback."""
    bad = Settings(download_timeout=float("nan"), _env_file=None)
    src = [Source(name="x", feeds=["http://127.0.0.1:9/feed.xml"])]
    with pytest.raises(CrawlError, match="exited with code 1") as caught:
        crawl(src, bad, CrawlState(), tmp_path, politeness=False, timeout=60)
    assert "download_timeout" in str(caught.value)


def fetch_order_free(run: Run) -> list[tuple[str, Outcome]]:
    """A run's outcomes, less the one that depends on which of two links Scrapy fetched first: the
    AMP page is a DUPLICATE only when the listing's link to its canonical page came back before it
    (`test_rel_canonical_one_record` checks both orders give one page)."""
    amp = "/amp/version-amp-de-l-article-canonique.html"
    return sorted((e.url, e.outcome) for e in run.events if not e.url.endswith(amp))


def test_a_warm_child_crawls_as_a_cold_one(site: LocalSite, first: Run, tmp_path: Path) -> None:
    """`warm_up` starts the child ahead (Scrapy imported, waiting on stdin); the next crawl hands
    it its spool and gets the same pages and outcomes as a child started for it."""
    from crawlers import run as crawler

    crawler.warm_up()
    warm = crawler._warm
    assert warm is not None and warm.poll() is None
    again = run_crawl(site, CrawlState(), tmp_path / "warm")
    assert crawler._warm is None and warm.returncode == 0  # it was this crawl's child
    assert fetch_order_free(again) == fetch_order_free(first)
    assert sorted(p.url for p in again.pages) == sorted(p.url for p in first.pages)
    assert "Spider closed (finished)" in (tmp_path / "warm" / "crawl.log").read_text(encoding="utf-8")


def test_a_warm_child_reports_its_failure_and_an_unused_one_is_stopped(tmp_path: Path) -> None:
    from crawlers import run as crawler

    crawler.warm_up()
    bad = Settings(download_timeout=float("nan"), _env_file=None)
    src = [Source(name="x", feeds=["http://127.0.0.1:9/feed.xml"])]
    with pytest.raises(CrawlError, match="exited with code 1") as caught:
        crawl(src, bad, CrawlState(), tmp_path, politeness=False, timeout=60)
    assert "download_timeout" in str(caught.value)  # its log, as from a cold child
    assert crawler._warm is None  # the failing crawl was the warm child's
    crawler.warm_up()
    unused = crawler._warm
    assert unused is not None
    crawler.cool_down()
    assert unused.returncode == 0 and crawler._warm is None  # told there is no crawl: gone
