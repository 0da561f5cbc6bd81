"""The real-news gold set: entity facts for real French pages read from `../shared` at run time.

Why the text is not in the gold file: the pages are third-party (htmldate's and trafilatura's
evaluation sets); only facts (names, types, aliases) live in the project. Each row names its page,
the page's sha1 (a changed file stops the load), and how many characters of the extracted text
were annotated (`chars`: the excerpt ends on a paragraph boundary near 3,000 characters). The
text is extracted by Veille's own `extract_article`, as a crawled page would be.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path

from evaluation.scoring import GoldArticle, GoldEntity
from pipeline.extract import extract_article
from pipeline.records import Article, RawPage

REALNEWS_GOLD = Path(__file__).resolve().parent / "gold" / "realnews" / "pages.jsonl"
SHARED_BENCHMARKS = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
REALNEWS_SPLITS = ("dev", "heldout", "all")
_FETCHED_AT = datetime(2026, 1, 1)  # fixed: the extraction must not depend on the day it runs


class SharedPagesMissing(FileNotFoundError):
    """The benchmark pages are not where the gold file says (no `../shared` on this machine)."""


def load_realnews(benchmarks_dir: Path, split: str = "all", path: Path = REALNEWS_GOLD) -> list[GoldArticle]:
    """Gold articles of `split` with their text extracted from the pages under `benchmarks_dir`."""
    if split not in REALNEWS_SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {REALNEWS_SPLITS}")
    if not benchmarks_dir.is_dir():
        raise SharedPagesMissing(f"benchmark pages not found: {benchmarks_dir}")
    articles = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if split != "all" and row["split"] != split:
            continue
        try:
            articles.append(_gold_article(row, benchmarks_dir))
        except (KeyError, ValueError) as error:
            raise ValueError(f"{path}:{line_number}: {error}") from error
    return articles


def page_text(row: dict, benchmarks_dir: Path) -> str:
    """The annotated excerpt of one page: Veille's extraction, first `chars` characters."""
    page = benchmarks_dir / row["page"]
    if not page.is_file():
        raise SharedPagesMissing(f"page not found: {page}")
    body = page.read_bytes()
    if hashlib.sha1(body).hexdigest() != row["sha1"]:
        raise ValueError(f"{page} is not the page that was annotated (sha1 differs)")
    article = extract_article(RawPage(row["url"], row["url"], "realnews", _FETCHED_AT, 200, {}, body))
    if not isinstance(article, Article):
        raise ValueError(f"{page}: no text extracted ({article})")
    return article.text[: row["chars"]]


def _gold_article(row: dict, benchmarks_dir: Path) -> GoldArticle:
    return GoldArticle(
        id=row["id"],
        split=row["split"],
        source="realnews",
        published=date.fromisoformat(row["published"]),
        title="",
        text=page_text(row, benchmarks_dir),
        entities=tuple(
            GoldEntity(e["name"], e["type"], tuple(e.get("aliases", ())), e["id"], e.get("optional", False))
            for e in row["entities"]
        ),
        dates=(),
        roles=(),
    )
