"""The demo sites server: real HTTP on loopback, every page and trap answered as documented."""
from __future__ import annotations

import gzip
import urllib.error
import urllib.request
import urllib.robotparser
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml

from demo.build import load_manifest
from demo.server import OUTLETS, DemoSites, substitute

MANIFEST = load_manifest()


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    """GET without raising on 4xx/5xx/304: (status, headers, body)."""
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


@pytest.fixture(scope="module")
def sites():
    with DemoSites() as running:
        yield running


def test_each_outlet_listens_on_its_own_free_loopback_port(sites: DemoSites) -> None:
    assert set(sites.base_urls) == set(OUTLETS)
    ports = {url.rsplit(":", 1)[1] for url in sites.base_urls.values()}
    assert len(ports) == 3 and "0" not in ports
    assert all(url.startswith("http://127.0.0.1:") for url in sites.base_urls.values())


@pytest.mark.parametrize("page", MANIFEST["pages"], ids=lambda page: page["id"])
def test_every_manifest_page_is_served_as_html(sites: DemoSites, page: dict) -> None:
    status, headers, body = fetch(sites.base_urls[page["outlet"]] + page["path"])
    served_as = page.get("served_as", {})
    assert status == 200
    charset = served_as.get("header_charset", "utf-8")
    assert headers["Content-Type"] == f"text/html; charset={charset}"
    text = body.decode(served_as.get("body_encoding", "utf-8"))
    assert b"{{BASE" not in body
    assert f'rel="canonical" href="{sites.base_urls[page["outlet"]]}' in text
    assert page["title"].replace("'", "&#39;") in text


@pytest.mark.parametrize("link", MANIFEST["links"], ids=lambda link: link["id"])
def test_trap_links_answer_their_status(sites: DemoSites, link: dict) -> None:
    status, headers, body = fetch(sites.base_urls[link["outlet"]] + link["path"])
    assert status == link["status"]
    if link["outcome"] == "not-html":
        assert headers["Content-Type"] == "application/pdf"
        assert body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF")


def test_iso_8859_1_page_is_really_encoded_in_latin_1(sites: DemoSites) -> None:
    page = next(p for p in MANIFEST["pages"] if p["id"] == "ih-07")
    _, _, body = fetch(sites.base_urls["industrie-hebdo"] + page["path"])
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert "équipementiers toulousains" in body.decode("iso-8859-1")


def test_lying_header_page_announces_latin_1_but_sends_utf_8(sites: DemoSites) -> None:
    page = next(p for p in MANIFEST["pages"] if p["id"] == "rm-06")
    _, headers, body = fetch(sites.base_urls["reseaux-mag"] + page["path"])
    assert headers["Content-Type"].endswith("charset=iso-8859-1")
    assert "clusters méditerranéens" in body.decode("utf-8")


def test_feed_lists_absolute_urls_and_the_tracking_duplicate(sites: DemoSites) -> None:
    status, headers, body = fetch(sites.base_urls["ecomaghreb"] + "/rss.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/rss+xml")
    links = [item.findtext("link") for item in ElementTree.fromstring(body).iter("item")]
    assert links and all(link.startswith(sites.base_urls["ecomaghreb"] + "/") for link in links)
    duplicate = next(d for d in MANIFEST["tracking_duplicates"] if d["outlet"] == "ecomaghreb")
    assert sites.base_urls["ecomaghreb"] + duplicate["url"] in links


def test_sitemap_index_leads_to_every_industrie_hebdo_article(sites: DemoSites) -> None:
    base = sites.base_urls["industrie-hebdo"]
    _, _, index = fetch(base + "/sitemap_index.xml")
    namespace = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    sitemap_urls = [loc.text for loc in ElementTree.fromstring(index).iterfind(".//sm:loc",
                                                                                namespace)]
    article_urls = set()
    for sitemap_url in sitemap_urls:
        status, headers, body = fetch(sitemap_url)
        assert status == 200
        if sitemap_url.endswith(".gz"):  # an archive sitemap, gzipped as publishers serve them
            assert headers["Content-Type"] == "application/gzip"
            body = gzip.decompress(body)
        urlset = ElementTree.fromstring(body)
        article_urls |= {loc.text for loc in urlset.iterfind(".//sm:loc", namespace)}
    expected = {base + p["path"] for p in MANIFEST["pages"] + MANIFEST["links"]
                if p["outlet"] == "industrie-hebdo"}
    assert article_urls == expected
    assert any(url.endswith(".xml.gz") for url in sitemap_urls)
    _, _, news = fetch(base + "/sitemap-news.xml")
    assert b"<news:publication_date>" in news and b"<news:language>en</news:language>" in news


def test_listing_pages_paginate_with_rel_next_and_page_suivante(sites: DemoSites) -> None:
    base = sites.base_urls["reseaux-mag"]
    url, seen, pages = base + "/actualites/", [], 0
    while url:
        status, _, body = fetch(url)
        text = body.decode("utf-8")
        assert status == 200
        pages += 1
        seen += [p["path"] for p in MANIFEST["pages"] + MANIFEST["links"]
                 if p["outlet"] == "reseaux-mag" and f'href="{base}{p["path"]}"' in text]
        following = None
        if 'rel="next"' in text:
            following = text.split('<link rel="next" href="')[1].split('"')[0]
        assert (following is None) == ("Page suivante" not in text)
        url = following
    assert pages >= 3
    listed = [p["path"] for p in MANIFEST["pages"] + MANIFEST["links"]
              if p["outlet"] == "reseaux-mag" and "most-read" in p.get("listings", ["most-read"])]
    assert sorted(set(seen)) == sorted(listed)


def test_other_outlet_placeholder_is_substituted(sites: DemoSites) -> None:
    article = "/2026/10/06/reseau-innovsud-cap-160-membres/"
    _, _, body = fetch(sites.base_urls["reseaux-mag"] + article)
    assert f'href="{sites.base_urls["ecomaghreb"]}/"'.encode() in body
    with pytest.raises(KeyError):
        substitute("{{BASE:nowhere}}", "http://x", sites.base_urls)


def test_conditional_get_answers_304_and_a_changed_validator_200(sites: DemoSites) -> None:
    url = sites.base_urls["industrie-hebdo"] + "/sitemap-news.xml"
    status, headers, _ = fetch(url)
    assert status == 200 and headers["ETag"] and headers["Last-Modified"]
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"stale"'})[0] == 200
    assert fetch(url, {"If-Modified-Since": "Mon, 01 Jan 2024 00:00:00 GMT"})[0] == 200


def test_robots_txt_forbids_exactly_the_robots_trap_pages(sites: DemoSites) -> None:
    for outlet, base in sites.base_urls.items():
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(fetch(base + "/robots.txt")[2].decode("utf-8").splitlines())
        for page in (p for p in MANIFEST["pages"] if p["outlet"] == outlet):
            allowed = parser.can_fetch("VeilleBot", base + page["path"])
            assert allowed == (page.get("outcome") != "robots"), page["id"]


def test_requests_are_recorded_per_outlet_with_query_strings_from_many_threads() -> None:
    with DemoSites() as fresh:
        base = fresh.base_urls["reseaux-mag"]
        urls = [f"{base}/actualites/?n={n}" for n in range(24)]
        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(lambda url: fetch(url)[0], urls))
        assert statuses == [200] * 24
        expected = sorted(f"/actualites/?n={n}" for n in range(24))
        assert sorted(fresh.requests["reseaux-mag"]) == expected
        assert fresh.requests["ecomaghreb"] == [] and fresh.requests["industrie-hebdo"] == []
        fresh.clear_requests()
        assert fresh.requests["reseaux-mag"] == []


def test_path_traversal_is_refused(sites: DemoSites) -> None:
    assert fetch(sites.base_urls["ecomaghreb"] + "/../reseaux-mag/robots.txt")[0] == 404
    assert fetch(sites.base_urls["ecomaghreb"] + "/%2e%2e/routes.yaml")[0] == 404


def test_write_sources_points_at_the_live_servers(sites: DemoSites, tmp_path: Path) -> None:
    path = sites.write_sources(tmp_path / "demo-sources.yaml")
    sources = {s["name"]: s for s in yaml.safe_load(path.read_text(encoding="utf-8"))["sources"]}
    assert set(sources) == set(OUTLETS)
    assert sources["ecomaghreb"]["country"] == "MA"
    assert sources["reseaux-mag"]["max_depth"] == 3
    for entry in sources.values():
        for key in ("feeds", "sitemaps", "start_urls"):
            for url in entry.get(key, []):
                assert fetch(url)[0] == 200


def test_write_sources_needs_running_servers(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="not running"):
        DemoSites().write_sources(tmp_path / "s.yaml")


def test_snapshot_serves_only_what_was_published_by_that_day_on_the_same_ports() -> None:
    """Two runs on fixed ports: the earlier snapshot lacks the last week, the full site has it."""
    latest = next(p for p in MANIFEST["pages"] if p["id"] == "em-07")
    with DemoSites(as_of=date(2026, 11, 13)) as earlier:
        ports = {name: int(url.rsplit(":", 1)[1]) for name, url in earlier.base_urls.items()}
        _, old_headers, old_feed = fetch(earlier.base_urls["ecomaghreb"] + "/rss.xml")
        assert latest["path"].encode() not in old_feed
        assert fetch(earlier.base_urls["ecomaghreb"] + latest["path"])[0] == 404
        _, _, listing = fetch(earlier.base_urls["reseaux-mag"] + "/actualites/")
        assert b"utm_source" not in listing  # the featured article is not out yet
    with DemoSites(ports=ports) as full:
        assert full.base_urls == earlier.base_urls
        status, _, new_feed = fetch(full.base_urls["ecomaghreb"] + "/rss.xml",
                                    {"If-None-Match": old_headers["ETag"]})
        assert status == 200 and latest["path"].encode() in new_feed


def test_request_log_is_live_and_can_be_cleared_between_crawls() -> None:
    with DemoSites() as fresh:
        log = fresh.requests["ecomaghreb"]
        fetch(fresh.base_urls["ecomaghreb"] + "/robots.txt")
        assert log == ["/robots.txt"]
        for paths in fresh.requests.values():
            paths.clear()
        fetch(fresh.base_urls["ecomaghreb"] + "/rss.xml")
        assert fresh.requests["ecomaghreb"] == ["/rss.xml"]
