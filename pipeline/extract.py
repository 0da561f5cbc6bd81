"""Turn a fetched page into an `Article`: main text only, metadata, publication date, content hash.

Why comments off and a line filter after trafilatura: Veille's entity extraction reads every name
in `Article.text`, so a reader comment ("Karim B. a écrit…") or an "À lire aussi" teaser naming
other companies would become false mentions. The options were chosen on the extraction-fr
benchmark (`bench/extraction.py`, figures in the README).
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement
from trafilatura.settings import Document
from trafilatura.utils import load_html

from pipeline.clock import naive_utc
from pipeline.records import Article, Outcome, RawPage, Rejection

_WHITESPACE = re.compile(r"\s+")  # in `_is_title_line`; elsewhere `_collapsed` does the same faster
# Lines trafilatura keeps although they are page furniture: "À lire aussi" teasers (they name
# other companies), photo credits, cookie and newsletter prompts. Matched on the line's start.
_FURNITURE_LINE = re.compile(
    r"^\W*(?:[àa] lire (?:aussi|également|egalement)|lire (?:aussi|également|egalement)"
    r"|[àa]? ?voir aussi|sur le même sujet|dans la même rubrique|articles? similaires?"
    r"|crédits? photos?\s*:|photo\s*:|image (?:illustrative|d'illustration)\s*:"
    r"|(?:inscrivez-vous|abonnez-vous) à (?:notre|la|nos) newsletter"
    r"|recevez (?:notre|la|nos) newsletter|nous utilisons des cookies|ce site utilise des cookies"
    r"|en poursuivant votre navigation)",
    re.IGNORECASE,
)
# A paywall prompt: what follows it is sign-up furniture, never article text.
_PAYWALL_LINE = re.compile(
    r"^\W*(?:pour lire la suite|la suite est réservée|cet article est réservé"
    r"|article réservé aux abonnés|il vous reste \d+ ?% de (?:l'|cet )article)",
    re.IGNORECASE,
)
_COMMENT_XPATH = (
    '//*[@id="comments" or @id="commentaires" or @id="respond"'
    ' or contains(@class, "comment-") or contains(@class, "commentlist")'
    ' or contains(@class, "comments-area") or contains(@class, "forum")]'
)
EARLIEST_PLAUSIBLE = datetime(1995, 1, 1)  # before online news; a placeholder, not a date
_ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "report"}
_META_DATE_XPATH = (
    '//meta[@property="article:published_time" or @name="article:published_time"'
    ' or @itemprop="datePublished"]/@content'
    ' | //time[@itemprop="datePublished"]/@datetime'
)


@dataclass(frozen=True, slots=True)
class ExtractionOptions:
    """Knobs of the extraction, defaults tuned on the extraction-fr and pubdate-fr benchmarks."""

    favor_precision: bool = False
    favor_recall: bool = False
    include_tables: bool = True
    deduplicate: bool = False
    min_text_chars: int = 200
    extensive_date_search: bool = True


DEFAULT_OPTIONS = ExtractionOptions()


def extract_article(page: RawPage, options: ExtractionOptions = DEFAULT_OPTIONS) -> Article | Rejection:
    """Extract the article of `page`, or say why there is none (`Outcome.PARSE_ERROR`).

    The page is parsed once (`load_html`, the parse trafilatura itself would make of the string):
    trafilatura works on its own copy of that tree (`bare_extraction` copies a tree it is given),
    the structured date is read from it, and htmldate gets it last, its comment blocks pruned.
    """
    html = page.body.decode(page.encoding or "utf-8", errors="replace")
    tree = load_html(html)
    if tree is None:
        return Rejection(Outcome.PARSE_ERROR, f"unparseable HTML ({len(page.body)} bytes)")
    document = _run_trafilatura(tree if _copies_whole(tree) else html, page.url, options)
    if document is None:
        return Rejection(Outcome.PARSE_ERROR, "no article text: trafilatura found no main content")
    text = main_text(document.text, document.title)
    if len(text) < options.min_text_chars:
        return Rejection(
            Outcome.PARSE_ERROR,
            f"no article text: {len(text)} chars extracted (minimum {options.min_text_chars})",
        )
    return Article(
        url=page.url,
        source=page.source,
        title=_clean(document.title) or _clean(page.hint_title) or "",
        text=text,
        published_at=published_at(tree, page, options.extensive_date_search),
        language="",
        author=_clean(document.author),
        sitename=_clean(document.sitename),
        description=_clean(document.description),
        fetched_at=page.fetched_at,
        content_hash=_main_text_hash(text),
    )


def _copies_whole(tree: HtmlElement) -> bool:
    """Whether the copy trafilatura makes of `tree` holds everything its own parse would.

    lxml copies an element with the nodes after it, not its ancestors nor what comes before it at
    the document's top. A fragment (lxml's `fromstring` then returns a node inside its `<body>`)
    would lose its ancestors, so it goes as a string (parsed again by trafilatura, as before).
    Nothing else stands before the root: trafilatura's parser drops comments and instructions
    (checked anyway). The doctype is not copied, but no XPath or lxml iteration sees it, and
    neither trafilatura nor htmldate read `docinfo`.
    """
    return tree.getparent() is None and tree.getprevious() is None


def _run_trafilatura(html: HtmlElement | str, url: str, options: ExtractionOptions) -> Document | None:
    """Main text and metadata in one pass; comments, links, images and formatting left out.

    A tree is not changed: trafilatura extracts from a copy of it."""
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_links=False,
        include_images=False,
        include_formatting=False,
        include_tables=options.include_tables,
        favor_precision=options.favor_precision,
        favor_recall=options.favor_recall,
        deduplicate=options.deduplicate,
        # `published_at` does its own date search (below); keep trafilatura's one cheap.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    return result if isinstance(result, Document) else None


def main_text(raw: str | None, title: str | None = None) -> str:
    """Plain paragraphs joined by "\\n" (entity offsets index this): stripped, blank lines,
    furniture lines, a leading repeat of the title and anything after a paywall prompt dropped."""
    if not raw:
        return ""
    kept: list[str] = []
    for line in (_collapsed(line) for line in raw.splitlines()):
        if _PAYWALL_LINE.match(line):
            break
        if line and not _FURNITURE_LINE.match(line):
            kept.append(line)
    while kept and title and _is_title_line(kept[0], title):
        kept.pop(0)
    return "\n".join(kept)


def _is_title_line(line: str, title: str) -> bool:
    """The headline repeated at the top ("Titre", "Titre | Rubrique | Site"): `Article.title`
    already holds it, and a duplicate would double its entity mentions."""
    headline = _WHITESPACE.sub(" ", title).split(" | ")[0].strip()
    return bool(headline) and (
        line == headline or line.startswith((headline + " |", headline + " - "))
    )


def content_hash(text: str) -> str:
    """sha1 of the whitespace-normalised text: the same article re-fetched hashes the same."""
    return hashlib.sha1(_collapsed(text).encode("utf-8")).hexdigest()


def _main_text_hash(text: str) -> str:
    """`content_hash` of a `main_text` result, cheaper: that text's lines are non-empty and
    already collapsed (`_collapsed`), so collapsing it again only turns each "\\n" into a space."""
    return hashlib.sha1(text.replace("\n", " ").encode("utf-8")).hexdigest()


def published_at(tree: HtmlElement, page: RawPage, extensive_search: bool = True) -> datetime | None:
    """Publication date as naive UTC: structured metadata, then htmldate, then the feed's hint.

    Structured data (JSON-LD `datePublished`, `article:published_time`) carries the time and the
    offset, so it comes first; htmldate gives a day (stored as midnight) when nothing else does.
    `tree` is the page as `load_html` parsed it; when htmldate is asked, its reader-comment blocks
    are pruned in place first (the caller has no further use for it).
    """
    structured = structured_published_at(tree, not_after=_latest_plausible(page.fetched_at))
    if structured is not None:
        return structured
    found = find_date(
        _without_comments(tree), url=page.url, original_date=True, extensive_search=extensive_search,
        outputformat="%Y-%m-%d",
    )
    if found:
        return datetime.strptime(found, "%Y-%m-%d")
    return naive_utc(page.hint_published_at) if page.hint_published_at else None


def _without_comments(tree: HtmlElement) -> HtmlElement:
    """The page without its reader-comment blocks, pruned in place: a comment's date is not the
    article's (regards.fr in pubdate-fr dates a comment before the byline date)."""
    for element in tree.xpath(_COMMENT_XPATH):
        element.drop_tree()
    return tree


def _collapsed(value: str) -> str:
    """Runs of whitespace as one space, none at either end: `re.sub(r"\\s+", " ", value).strip()`
    in one C pass (`str.split` cuts on exactly the characters `\\s` matches and `strip` drops)."""
    return " ".join(value.split())


def _clean(value: str | None) -> str | None:
    """Collapse whitespace; empty metadata becomes None."""
    if value is None:
        return None
    return _collapsed(value) or None


def structured_published_at(tree: HtmlElement, not_after: datetime | None = None) -> datetime | None:
    """The first plausible date of JSON-LD `datePublished` (articles first), then meta tags.

    Templates sometimes fill these with placeholders ("0001-01-01", a far future): a date before
    `EARLIEST_PLAUSIBLE` or after `not_after` is skipped in favour of the next candidate.
    """
    candidates = [*_jsonld_dates(tree), *(str(v) for v in tree.xpath(_META_DATE_XPATH))]
    for candidate in candidates:
        parsed = _parse_iso(candidate)
        if parsed is not None and parsed >= EARLIEST_PLAUSIBLE and (not_after is None or parsed <= not_after):
            return parsed
    return None


def _latest_plausible(fetched_at: datetime | None) -> datetime | None:
    """A page cannot be published after it was fetched (a day's slack for clock skew)."""
    return naive_utc(fetched_at) + timedelta(days=1) if fetched_at is not None else None


def _jsonld_dates(tree: HtmlElement) -> list[str]:
    """`datePublished` values of the page's JSON-LD, article types before other types."""
    preferred: list[str] = []
    others: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except json.JSONDecodeError:
            continue  # malformed JSON-LD is common; the meta tags and htmldate still apply
        for node in _walk_jsonld(data):
            value = node.get("datePublished")
            if isinstance(value, str):
                kinds = node.get("@type", "")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                is_article = any(str(k).lower() in _ARTICLE_TYPES for k in kinds)
                (preferred if is_article else others).append(value)
    return preferred + others


def _walk_jsonld(data: Any) -> Iterator[dict[str, Any]]:
    """Every object of a JSON-LD document (lists and `@graph` included)."""
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item)
    elif isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _walk_jsonld(value)


def _parse_iso(value: str) -> datetime | None:
    """ISO 8601 with or without offset; an offset is converted to naive UTC."""
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return naive_utc(parsed)


