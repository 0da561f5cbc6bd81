"""A small hand-built corpus, loaded through the real loaders into a real DuckDB file.

Target week W = Monday 2026-03-02; the 8 weeks before it are the trend baseline.

    article  week  source    story  entities named
    A1       W     lemonde   s1     Aerospace Valley, Toulouse, Pôle Nouveau
    A2       W     lesechos  s1     Aerospace Valley, Toulouse, Pôle Nouveau   (copy of A1)
    A3       W     lavieeco  s2     Aerospace Valley, Technopark Casablanca, Karim Alaoui
    A4       W     lavieeco  s3     Technopark Casablanca, Karim Alaoui, Pôle Nouveau
    A5       W     medias24  s4     Capenergies
    A6       W-2   lemonde   s5     Capenergies, Toulouse
    A7       W-3   lesechos  s6     Capenergies
    A8       W-5   lemonde   s7     Capenergies, Toulouse, Aerospace Valley
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.events.batch import BatchEvents
from pipeline.events.leadership import RoleSpell
from pipeline.records import (
    Article,
    CrawlEvent,
    Entity,
    Outcome,
    Resolution,
    ResolvedMention,
    article_id_for,
)
from warehouse import load
from warehouse.db import writing
from warehouse.transactions import batch

WEEK = date(2026, 3, 2)

ENTITIES = {
    "e_av": Entity("e_av", "Aerospace Valley", "ORG", "FR"),
    "e_cap": Entity("e_cap", "Capenergies", "ORG", "FR"),
    "e_tech": Entity("e_tech", "Technopark Casablanca", "ORG", "MA"),
    "e_karim": Entity("e_karim", "Karim Alaoui", "PER", "MA"),
    "e_tls": Entity("e_tls", "Toulouse", "LOC", "FR"),
    "e_new": Entity("e_new", "Pôle Nouveau", "ORG", "FR"),
}

# name, source, days after Monday of W (negative: earlier weeks), story, entity ids
CORPUS = [
    ("A1", "lemonde", 0, "s1", ["e_av", "e_tls", "e_new"]),
    ("A2", "lesechos", 1, "s1", ["e_av", "e_tls", "e_new"]),
    ("A3", "lavieeco", 2, "s2", ["e_av", "e_tech", "e_karim"]),
    ("A4", "lavieeco", 3, "s3", ["e_tech", "e_karim", "e_new"]),
    ("A5", "medias24", 4, "s4", ["e_cap"]),
    ("A6", "lemonde", -14, "s5", ["e_cap", "e_tls"]),
    ("A7", "lesechos", -21, "s6", ["e_cap"]),
    ("A8", "lemonde", -35, "s7", ["e_cap", "e_tls", "e_av"]),
]


def url_of(name: str) -> str:
    return f"https://news.example/{name.lower()}"


def aid(name: str) -> str:
    return article_id_for(url_of(name))


def make_article(name: str, source: str, published: datetime, entity_ids: list[str],
                 content_hash: str = "") -> tuple[Article, list[ResolvedMention]]:
    """An article whose text names the entities, with mentions at their true offsets."""
    text = "Actualité : "
    mentions = []
    for entity_id in entity_ids:
        surface = ENTITIES[entity_id].name
        mentions.append(ResolvedMention(aid(name), entity_id, surface, len(text), len(text) + len(surface)))
        text += surface + ", "
    text += "fin."
    article = Article(
        url=url_of(name), source=source, title=f"Titre {name}", text=text,
        published_at=published, language="fr", fetched_at=published + timedelta(hours=1),
        content_hash=content_hash or f"h-{name}", topic_score=4.0,
    )
    return article, mentions


@dataclass
class Corpus:
    db: Path
    week: date = WEEK


def load_corpus(db: Path) -> None:
    monday = datetime(WEEK.year, WEEK.month, WEEK.day, 9, 0)
    rows, mentions = [], []
    for name, source, days, story, entity_ids in CORPUS:
        article, found = make_article(name, source, monday + timedelta(days=days), entity_ids)
        rows.append((aid(name), article, story))
        mentions.extend(found)
    with writing(db) as con, batch(con):
        load.start_run(con, "run-1", monday)
        load.load_articles(con, "run-1", rows)
        load.load_crawl_events(con, "run-1", [
            CrawlEvent(article.url, article.source, monday, 200, Outcome.STORED) for _, article, _ in rows
        ] + [
            CrawlEvent("https://news.example/en", "lemonde", monday, 200, Outcome.NOT_FRENCH, "lang=en"),
            CrawlEvent("https://news.example/gone", "lemonde", monday, 404, Outcome.HTTP_ERROR, "404"),
        ])
        load.load_resolution(
            con, Resolution(entities=list(ENTITIES.values()), mentions=mentions), monday
        )
        load.load_events(con, BatchEvents(spells=[  # A3 and A4: Karim Alaoui heads Technopark Casablanca
            RoleSpell(aid("A3"), "e_karim", "e_tech", "directeur", "directeur", None, "2026-03-04", "past"),
            RoleSpell(aid("A4"), "e_karim", "e_tech", "présidente", "president", "2026-03-05", None, "appointment"),
        ]))
        load.finish_run(con, "run-1", monday, "completed", {"stored": len(rows)})


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    db = tmp_path / "veille.duckdb"
    load_corpus(db)
    return Corpus(db)
