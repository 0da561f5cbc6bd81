"""Pure parts of the hostile-input defences: target policy, dead-link intervals, caps, config."""
from __future__ import annotations

import ipaddress
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError
from scrapy.exceptions import IgnoreRequest

from crawlers.config import scrapy_settings
from crawlers.failures import TargetRefused, classify_failure
from crawlers.guard import TargetPolicy, blocked_range, site_of_host
from crawlers.spiders.base import capped
from crawlers.state import CrawlState, DeadLink, KnownUrl, dead_link_retry_at
from crawlers.sources import Source
from pipeline.records import Outcome
from veille.settings import Settings

NOW = datetime(2026, 5, 10, 12, 0)
ip = ipaddress.ip_address


@pytest.mark.parametrize(("address", "label"), [
    ("10.255.255.1", "private"), ("172.20.0.1", "private"), ("192.168.1.1", "private"),
    ("127.0.0.1", "loopback"), ("169.254.169.254", "link-local"), ("224.0.0.251", "multicast"),
    ("0.0.0.0", "unspecified"), ("100.64.0.1", "shared (CGNAT)"), ("240.0.0.1", "reserved"),
    ("::1", "loopback"), ("fe80::1", "link-local"), ("fd00::1", "private"), ("ff02::1", "multicast"),
    ("::ffff:10.0.0.1", "private"),     # an IPv4-mapped IPv6 address is judged as IPv4
    ("8.8.8.8", None), ("2001:4860:4860::8888", None),
])
def test_blocked_ranges(address: str, label: str | None) -> None:
    found = blocked_range(ip(address))
    assert (found[1] if found else None) == label


def policy(*urls: str, allowed: tuple[str, ...] = (), own: tuple[str, ...] = ()) -> TargetPolicy:
    return TargetPolicy.for_urls(list(urls), list(allowed), [ip(a) for a in own])


def test_own_sites_and_subdomains_allowed_others_refused() -> None:
    rules = policy("https://www.lemonde.fr/rss.xml")
    assert rules.refuse_host("www.lemonde.fr") is None
    assert rules.refuse_host("img.lemonde.fr") is None       # same registered domain
    assert "not one of the source's sites" in rules.refuse_host("lemonde.fr.evil.net")
    assert rules.refuse_host("evil-lemonde.fr") is not None


def test_allowed_hosts_and_wildcard() -> None:
    rules = policy("https://eco.ma/feed", allowed=("cdn.example.net",))
    assert rules.refuse_host("cdn.example.net") is None
    assert rules.refuse_host("a.cdn.example.net") is None
    assert rules.refuse_host("example.net") is not None
    assert policy("https://eco.ma/feed", allowed=("*",)).refuse_host("anything.org") is None


def test_private_address_refused_unless_own_range_or_listed() -> None:
    public = policy("https://eco.ma/feed", allowed=("*",), own=("41.0.0.1",))
    assert "private address (10.0.0.0/8)" in public.refuse_address("x", ip("10.255.255.1"))
    assert "link-local" in public.refuse_address("x", ip("169.254.169.254"))
    assert public.refuse_address("x", ip("41.0.0.2")) is None
    loopback = policy("http://127.0.0.1:8000/feed", own=("127.0.0.1",))
    assert loopback.refuse_address("127.0.0.1", ip("127.0.0.2")) is None    # its own range
    assert loopback.refuse_address("x", ip("10.0.0.1")) is not None          # not another one
    listed = policy("https://eco.ma/feed", allowed=("proxy.intra",), own=("41.0.0.1",))
    assert listed.refuse_address("proxy.intra", ip("10.1.2.3")) is None


def test_site_of_host() -> None:
    assert site_of_host("www.bbc.co.uk") == "bbc.co.uk"
    assert site_of_host("127.0.0.1") == "127.0.0.1" and site_of_host("localhost") == "localhost"


def test_refusals_and_bombs_classified() -> None:
    rejection, status = classify_failure(TargetRefused("refused, not requested: x"))
    assert rejection.outcome is Outcome.REFUSED and status is None
    bomb = IgnoreRequest("Ignored response <200 http://a/b> because its body (20 B compressed, "
                         "300 B decompressed so far) exceeded DOWNLOAD_MAXSIZE (200 B) during "
                         "decompression.")
    assert classify_failure(bomb)[0].outcome is Outcome.TOO_LARGE


@pytest.mark.parametrize(("failures", "days"), [(1, 1), (2, 2), (3, 4), (5, 16), (7, 64),
                                                (12, 64)])
def test_dead_link_interval_grows_and_is_capped(failures: int, days: int) -> None:
    dead = DeadLink(404, failures, NOW)
    assert dead_link_retry_at(dead, 64) == NOW + timedelta(days=days)


def test_dead_link_skip_measured_from_the_given_now() -> None:
    url = "https://a.fr/2024/05/mort.html"
    state = CrawlState({url: KnownUrl(NOW, NOW, Outcome.HTTP_ERROR)}, as_of=NOW,
                       dead={url: DeadLink(410, 2, NOW)})
    waiting = state.skip(url, NOW + timedelta(days=1), 48)
    assert waiting is not None and waiting.outcome is Outcome.HTTP_ERROR
    assert "not requested before 2026-05-12 12:00" in waiting.reason
    assert state.skip(url, NOW + timedelta(days=2), 48) is None   # due: requested again
    assert state.skip(url, NOW + timedelta(days=400), 48) is None


def test_state_round_trip_keeps_dead_links_and_now(tmp_path: Path) -> None:
    state = CrawlState(dead={"https://a.fr/x": DeadLink(404, 3, NOW)}, as_of=NOW)
    state.dump(tmp_path / "state.json")
    loaded = CrawlState.load(tmp_path / "state.json")
    assert loaded.dead == state.dead and loaded.as_of == NOW


def test_capped_note_only_when_it_bites() -> None:
    assert capped([1, 2, 3], 5) == ([1, 2, 3], "")
    kept, note = capped(list(range(10)), 4)
    assert kept == [0, 1, 2, 3] and "read 4 of 10" in note


def test_allowed_hosts_validated() -> None:
    source = Source(name="a", feeds=["https://a.fr/f"], allowed_hosts=["CDN.Example.net", "*"])
    assert source.allowed_hosts == ["cdn.example.net", "*"]
    for bad in ("https://cdn.example.net", "cdn.example.net/path", "host:8080", "a b"):
        with pytest.raises(ValidationError, match="not a host name"):
            Source(name="a", feeds=["https://a.fr/f"], allowed_hosts=[bad])


def test_guard_runs_before_robots_and_redirects(tmp_path: Path) -> None:
    chain = scrapy_settings(Settings(_env_file=None), tmp_path)["DOWNLOADER_MIDDLEWARES"]
    guard = chain["crawlers.middlewares.TargetGuardMiddleware"]
    assert guard < chain["crawlers.middlewares.StrictRobotsTxtMiddleware"] < 580  # meta refresh
    assert chain["scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware"] is None
