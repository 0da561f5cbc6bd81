"""A lake run finds its batch's stored rows without reading every article id: same warehouse as
a DuckDB file after the same runs (reloads, rewrites, a regrouped story, mentions of an article
the run did not load), and the data checks still catch a duplicate of a stored row."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from pipeline.records import Resolution, ResolvedMention
from tests.warehouse.conftest import ENTITIES, aid, make_article
from warehouse import load, rollups
from warehouse.checks import run_checks
from warehouse.db import WarehouseCheckFailed, connect, writing
from warehouse.sql_files import run_script, sql_file
from warehouse.transactions import batch

T0 = datetime(2026, 3, 2, 9, 0)
TABLES = {
    "articles": "SELECT article_id, url, source, title, published_at, text, story_id, content_hash,"
                " first_seen_at, updated_at, run_id FROM articles ORDER BY ALL",
    "mentions": "SELECT * FROM mentions ORDER BY ALL",
    "article_entities": "SELECT * FROM article_entities ORDER BY ALL",
    "entity_weeks": "SELECT * FROM entity_weeks ORDER BY ALL",
    "entity_totals": "SELECT * FROM entity_totals ORDER BY ALL",
}


def run(db: Path, run_id: str, rows: list[tuple[str, str, int, str, list[str], str]],
        extra_mentions: Sequence[ResolvedMention] = (), twice: bool = False) -> None:
    """One run: (name, source, days, story, entities, content hash) articles and their mentions."""
    articles, mentions = [], list(extra_mentions)
    for name, source, days, story, entity_ids, content_hash in rows:
        article, found = make_article(name, source, T0 + timedelta(days=days), entity_ids, content_hash)
        articles.append((aid(name), article, story))
        mentions.extend(found)
    entities = [ENTITIES[e] for e in sorted({m.entity_id for m in mentions})]
    with writing(db) as con:
        for _ in range(2 if twice else 1):  # a batch loaded twice in one run adds nothing
            with batch(con):
                load.load_articles(con, run_id, articles)
                load.load_resolution(con, Resolution(entities=entities, mentions=mentions), T0)


def history(db: Path) -> None:
    run(db, "r1", [("A1", "lemonde", 0, "s1", ["e_av", "e_tls"], ""),
                   ("A2", "lesechos", 1, "s2", ["e_cap"], ""),
                   ("A3", "lavieeco", -7, "s3", ["e_tech", "e_karim"], "")])
    # A1 seen again unchanged but regrouped (its stored mentions stay), A2 rewritten (new text
    # and mentions), A4 new and loaded twice in the run, A3 gains a mention without being loaded.
    a3, _ = make_article("A3", "lavieeco", T0 - timedelta(days=7), ["e_tech", "e_karim"])
    run(db, "r2", [("A1", "lemonde", 0, "s9", ["e_av", "e_tls"], ""),
                   ("A2", "lesechos", 8, "s2", ["e_new", "e_tls"], "h-v2"),
                   ("A4", "medias24", 2, "s4", ["e_new"], "")],
        extra_mentions=[ResolvedMention(aid("A3"), "e_tech", a3.text[:9], 0, 9)], twice=True)
    run(db, "r3", [("A4", "medias24", 2, "s4", ["e_new"], ""),
                   ("A5", "lemonde", 3, "s5", ["e_av"], "")])


def tables(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = connect(db, read_only=True)
    try:
        return {name: con.execute(query).fetchall() for name, query in TABLES.items()}
    finally:
        con.close()


def test_lake_runs_leave_the_same_rows_as_a_file(tmp_path: Path) -> None:
    history(tmp_path / "veille.duckdb")
    history(tmp_path / "veille.ducklake")
    on_file, on_lake = tables(tmp_path / "veille.duckdb"), tables(tmp_path / "veille.ducklake")
    assert len(on_lake["mentions"]) == 9  # A1 2, A2 2 (its new text), A3 2 + 1, A4 1, A5 1
    for name in TABLES:
        assert on_lake[name] == on_file[name], name


def test_lake_rollups_after_runs_equal_a_full_rebuild(tmp_path: Path) -> None:
    db = tmp_path / "veille.ducklake"
    history(db)
    stored = tables(db)
    con = connect(db, read_only=True)
    try:
        assert rollups.is_fresh(con) and run_checks(con) == []
        run_script(con, "rollups/scope_all.sql")
        for name in rollups.ROLLUPS:
            assert con.execute(f"SELECT * FROM ({sql_file(f'rollups/{name}.sql')}) ORDER BY ALL"
                               ).fetchall() == stored[name], name
    finally:
        con.close()


@pytest.mark.parametrize("stored", [True, False], ids=["stored-article", "article-of-the-run"])
def test_a_duplicate_mention_written_in_a_lake_run_is_caught(tmp_path: Path, stored: bool) -> None:
    db = tmp_path / "veille.ducklake"
    history(db)
    article, mentions = make_article("A9", "lemonde", T0, ["e_av"])
    key = aid("A1") if stored else aid("A9")
    before = tables(db)["mentions"]
    with pytest.raises(WarehouseCheckFailed, match="unique_mention"), writing(db) as con:
        if not stored:
            load.load_articles(con, "r4", [(aid("A9"), article, "s9")])
            load.load_resolution(con, Resolution(entities=[ENTITIES["e_av"]], mentions=mentions), T0)
        con.execute("INSERT INTO mentions SELECT * FROM mentions WHERE article_id = ?", [key])
    assert tables(db)["mentions"] == before  # the run left no trace
