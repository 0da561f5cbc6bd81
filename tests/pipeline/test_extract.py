"""extract_article on small saved French pages: main text only, metadata, dates, rejections."""
from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from lxml.html import HtmlElement, fromstring, tostring
from trafilatura.utils import load_html

from pipeline.extract import (
    DEFAULT_OPTIONS,
    ExtractionOptions,
    _collapsed,
    _copies_whole,
    _main_text_hash,
    _run_trafilatura,
    content_hash,
    extract_article,
    main_text,
    structured_published_at,
)
from pipeline.records import Article, Outcome, RawPage, Rejection

DATA = Path(__file__).resolve().parents[1] / "data" / "extraction"
FETCHED = datetime(2026, 3, 15, 6, 0)


def page(name: str, encoding: str | None = "utf-8", **extra: object) -> RawPage:
    return RawPage(
        url=f"https://www.echo-sud-ouest.fr/economie/{name}", requested_url="https://www.echo-sud-ouest.fr/rss",
        source="echo", fetched_at=FETCHED, status=200, headers={"content-type": "text/html"},
        body=(DATA / f"{name}.html").read_bytes(), encoding=encoding, **extra,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def news() -> Article:
    result = extract_article(page("news_cluster"))
    assert isinstance(result, Article), result
    return result


def test_main_text_keeps_the_article_paragraphs(news: Article) -> None:
    assert "Le pôle de compétitivité Aerospace Valley a présenté mardi à Toulouse" in news.text
    assert "Karim Alaoui, directeur général du pôle" in news.text
    assert news.text.endswith("projets collaboratifs de recherche et développement.")


@pytest.mark.parametrize("furniture", [
    "Jean-Pierre Dubreuil", "Sophie Marchetti", "Sogerma",          # reader comments
    "Safran", "Latécoère", "Daher", "À lire aussi",                # related-articles sidebar
    "cookies", "Tout accepter",                                     # cookie banner
    "newsletter", "Je m'inscris",                                   # newsletter box
    "Accueil", "Mentions légales",                                  # navigation and footer
])
def test_main_text_leaves_out_page_furniture(news: Article, furniture: str) -> None:
    assert furniture not in news.text


def test_text_is_plain_paragraphs_joined_by_newlines(news: Article) -> None:
    paragraphs = news.text.split("\n")
    assert len(paragraphs) == 5
    assert all(p == p.strip() and p for p in paragraphs)
    assert "<" not in news.text and "**" not in news.text


def test_metadata_prefers_structured_data(news: Article) -> None:
    assert news.title == "Aerospace Valley lance un accélérateur pour les PME de la filière"
    assert news.author == "Claire Fabre"
    assert news.sitename == "L'Écho du Sud-Ouest"
    assert news.description is not None and news.description.startswith("Le pôle de compétitivité")
    assert news.fetched_at == FETCHED
    assert news.source == "echo"


def test_published_at_is_jsonld_date_as_naive_utc(news: Article) -> None:
    # JSON-LD says 08:15+01:00 (article:published_time, 09:30, comes after it): 07:15 UTC.
    assert news.published_at == datetime(2026, 3, 14, 7, 15)
    assert news.published_at.tzinfo is None


def test_content_hash_ignores_whitespace_only_changes(news: Article) -> None:
    assert news.content_hash == content_hash(news.text.replace("\n", "\n\n  "))
    assert news.content_hash != content_hash(news.text + " Mise à jour.")
    assert len(news.content_hash) == 40


def test_page_without_article_is_a_parse_error_with_the_length() -> None:
    result = extract_article(page("no_article"))
    assert isinstance(result, Rejection)
    assert result.outcome is Outcome.PARSE_ERROR
    assert "chars extracted (minimum 200)" in result.reason


def test_empty_and_binary_bodies_are_rejected_not_raised() -> None:
    for body in (b"", b"\x00\x01\x02\xff" * 50):
        raw = page("no_article")
        raw.body = body
        result = extract_article(raw)
        assert isinstance(result, Rejection) and result.outcome is Outcome.PARSE_ERROR


def test_page_without_main_content_is_rejected_even_without_minimum() -> None:
    raw = page("no_article")
    raw.body = b"<html><head><title>Vide</title></head><body><div></div></body></html>"
    result = extract_article(raw, ExtractionOptions(min_text_chars=0))
    assert isinstance(result, Rejection) and result.reason.startswith("no article text")


def test_latin1_page_decoded_with_reconciled_encoding() -> None:
    result = extract_article(page("latin1", encoding="iso-8859-1"))
    assert isinstance(result, Article), result
    assert "Hélène Périgord, déléguée générale" in result.text
    assert "\ufffd" not in result.text
    assert result.title == "La technopole de Sophia Antipolis accueille douze start-up"
    assert result.published_at == datetime(2026, 2, 3)


def test_latin1_page_decoded_as_utf8_loses_accents_not_the_article() -> None:
    result = extract_article(page("latin1", encoding=None))
    assert isinstance(result, Article)
    assert "\ufffd" in result.text  # wrong charset: replacement characters, never an exception


def test_feed_hint_is_the_last_resort_for_the_date() -> None:
    hint = datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
    raw = page("english", hint_published_at=hint, hint_title="Feed title")
    raw.body = raw.body.replace(b'<meta property="article:published_time" content="2026-03-14T10:00:00Z">', b"")
    result = extract_article(raw)
    assert isinstance(result, Article)
    assert result.published_at == datetime(2026, 1, 2, 10, 0)


def test_structured_dates_jsonld_graph_and_offsets() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@graph": [{"@type": "WebPage", "datePublished": "2020-01-01T00:00:00Z"},
                {"@type": ["NewsArticle"], "datePublished": "2024-06-30T23:30:00-02:00"}]}
    </script><script type="application/ld+json">{broken</script></head><body><p>x</p></body></html>"""
    assert structured_published_at(load_html(html)) == datetime(2024, 7, 1, 1, 30)


def test_main_text_drops_furniture_lines_title_repeat_and_paywall() -> None:
    raw = ("Titre de l'article | Rubrique | Site\nPremier paragraphe.\n\n  À lire aussi : Safran recrute\n"
           "Crédits photos : AFP\nDeuxième   paragraphe.\nPour lire la suite, abonnez-vous\nCréez votre compte")
    assert main_text(raw, "Titre de l'article") == "Premier paragraphe.\nDeuxième paragraphe."


def test_placeholder_and_future_structured_dates_are_skipped() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00"}</script>
    <meta property="article:published_time" content="2031-01-01T00:00:00Z">
    <meta itemprop="datePublished" content="2026-03-01T10:00:00+01:00"></head><body></body></html>"""
    assert structured_published_at(load_html(html), not_after=datetime(2026, 3, 16)) == datetime(2026, 3, 1, 9, 0)


# --- one parse per page (exact: the same Article as parsing the string once per consumer) ---

_WS = re.compile(r"\s+")
_SPACES = [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u2003", "\u2028", "\u3000"]


def _document_fields(document: object) -> dict[str, object]:
    fields = ("title", "author", "sitename", "description", "text", "date", "categories", "tags", "url")
    return {name: getattr(document, name) for name in fields}


def _variants(body: bytes) -> list[bytes]:
    undated = body.replace(b"article:published_time", b"x").replace(b"datePublished", b"x")
    start = undated.find(b"<body")
    return [body, undated, b"<!-- first -->" + body, b"\n" + body, undated[undated.find(b">", start) + 1:]]


@pytest.mark.parametrize("name", ["news_cluster", "latin1", "english", "no_article"])
def test_trafilatura_on_the_parsed_tree_gives_what_it_gives_on_the_string_and_keeps_the_tree(name: str) -> None:
    for body in _variants(page(name).body):
        html = body.decode("utf-8", errors="replace")
        tree = load_html(html)
        assert tree is not None
        before = tostring(tree, encoding="unicode")
        from_string = _run_trafilatura(html, "https://example.org/a", DEFAULT_OPTIONS)
        if _copies_whole(tree):
            from_tree = _run_trafilatura(tree, "https://example.org/a", DEFAULT_OPTIONS)
            assert (from_tree is None) == (from_string is None)
            if from_tree is not None:
                assert _document_fields(from_tree) == _document_fields(from_string)
        assert tostring(tree, encoding="unicode") == before  # trafilatura worked on a copy


def test_a_fragment_goes_to_trafilatura_as_a_string() -> None:
    assert _copies_whole(load_html("<!DOCTYPE html>\n<html><head></head><body><p>a</p><p>b</p></body></html>"))
    # the parser drops comments and instructions, so nothing stands before the root of a document
    assert _copies_whole(load_html("<!-- x --><?pi x?><html><head></head><body><p>a</p></body></html>"))
    fragment = load_html("<!-- html --><div><p>a</p></div><div><p>b</p></div>")
    assert fragment is not None and fragment.getparent() is not None and not _copies_whole(fragment)


@pytest.mark.parametrize("dated", [True, False])
def test_the_page_string_is_parsed_once(monkeypatch: pytest.MonkeyPatch, dated: bool) -> None:
    parsed: list[object] = []

    def counting(html: str | bytes, *args: Any, **kwargs: Any) -> HtmlElement:
        parsed.append(html)
        return fromstring(html, *args, **kwargs)

    monkeypatch.setattr("trafilatura.utils.fromstring", counting)  # what `load_html` parses with
    raw = page("news_cluster")
    if not dated:  # the htmldate path: structured dates removed
        raw.body = raw.body.replace(b"article:published_time", b"x").replace(b"datePublished", b"x")
    result = extract_article(raw)
    assert isinstance(result, Article)
    assert (result.published_at == datetime(2026, 3, 14, 7, 15)) is dated
    # strings are the page (`load_html`); readability's re-parse of its own serialisation is bytes
    assert sum(isinstance(html, str) for html in parsed) == 1


def test_collapsed_is_the_whitespace_regex_and_strip() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert {c for c in every if c.isspace()} == {c for c in every if _WS.fullmatch(c)}
    rng = random.Random(5)
    alphabet = [*_SPACES, "a", "é", "|", "-", "Z"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert _collapsed(text) == _WS.sub(" ", text).strip()


def test_main_text_hash_is_content_hash_of_a_main_text() -> None:
    rng = random.Random(11)
    alphabet = [*_SPACES, "a", "b", "é", ".", "À lire aussi : ", "Pour lire la suite", "Titre"]
    for _ in range(3000):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        text = main_text(raw, rng.choice([None, "Titre", " Titre | x"]))
        assert _main_text_hash(text) == content_hash(text)
