"""Canonical URLs and article-likeness, decided before any download."""
from __future__ import annotations

import pytest

from crawlers.urls import (
    asset_extension,
    canonical_url,
    is_article_like,
    is_crawlable_link,
    is_navigation_url,
    same_site,
)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://Example.fr/a/le-pole-lance-un-appel?utm_source=rss&utm_medium=x#comments",
     "https://example.fr/a/le-pole-lance-un-appel"),
    ("https://example.fr/article?id=3&fbclid=abc&gclid=x&xtor=RSS-1",
     "https://example.fr/article?id=3"),
    ("https://example.fr/a?at_medium=rss&at_campaign=x&mc_cid=1&mc_eid=2&page=2",
     "https://example.fr/a?page=2"),
    ("http://example.fr:80/a?b=2&a=1", "http://example.fr/a?a=1&b=2"),
    ("https://example.fr/a", "https://example.fr/a"),
])
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected
    assert canonical_url(expected) == expected  # idempotent


def test_tracking_variants_share_one_canonical_url() -> None:
    base = "https://www.lemonde.fr/economie/article/2024/05/06/le-pole_123.html"
    variants = [base + "?utm_source=twitter", base + "?xtor=RSS-3208", base + "#xtor=RSS-3",
                base + "?fbclid=IwAR0", base + "?utm_campaign=x&gclid=y"]
    assert {canonical_url(v) for v in variants} == {base}


@pytest.mark.parametrize(("url", "ext"), [
    ("https://a.fr/docs/rapport.PDF", "pdf"), ("https://a.fr/img/photo.jpg?w=300", "jpg"),
    ("https://a.fr/2024/05/article.html", None), ("https://a.fr/le-pole-v2.0-arrive", None),
])
def test_asset_extension(url: str, ext: str | None) -> None:
    assert asset_extension(url) == ext


@pytest.mark.parametrize(("url", "article", "navigation"), [
    ("https://a.fr/2024/05/06/le-pole-recrute", True, False),
    ("https://a.fr/economie/le-pole-aerospace-valley-lance-un-appel", True, False),
    ("https://a.fr/actu/article-12345", True, False),
    ("https://a.fr/tag/clusters/", False, True),
    ("https://a.fr/categorie/economie/", False, True),
    ("https://a.fr/auteur/jean-dupont/", False, True),
    ("https://a.fr/page/2/", False, True),
    ("https://a.fr/", False, False),
    ("https://a.fr/contact", False, True),
])
def test_article_likeness(url: str, article: bool, navigation: bool) -> None:
    assert is_article_like(url) is article
    assert is_navigation_url(url) is navigation


def test_crawlable_and_same_site() -> None:
    assert is_crawlable_link("http://127.0.0.1:8000/2024/05/x.html")
    assert not is_crawlable_link("mailto:redaction@a.fr")
    assert not is_crawlable_link("https://a.fr/login")
    assert same_site("https://www.a.fr/x", "https://a.fr/y")
    assert not same_site("https://a.fr/x", "https://b.fr/x")
