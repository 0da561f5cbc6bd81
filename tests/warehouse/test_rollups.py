"""The trend rollups follow the data: rebuilt by writing(), exact even when found stale."""
from __future__ import annotations

from datetime import date

import duckdb

from tests.warehouse.conftest import aid
from warehouse import rollups
from warehouse.checks import run_checks
from warehouse.db import connect, writing
from warehouse.named_queries import run_query


def trending_ids(con) -> list[str]:
    columns, rows = run_query(con, "trending_entities")
    return [row[columns.index("entity_id")] for row in rows]


def test_writing_leaves_fresh_rollups(corpus):
    con = duckdb.connect(str(corpus.db), read_only=True)
    assert rollups.is_fresh(con)
    assert con.execute("SELECT count(*), sum(mentions) FROM article_entities").fetchall() == [(19, 19)]
    assert con.execute(
        "SELECT articles, stories, sources FROM entity_weeks WHERE entity_id = 'e_av' AND week = '2026-03-02'"
    ).fetchall() == [(3, 2, 3)]


def test_rows_loaded_outside_writing_are_counted_through_temporary_rollups(corpus):
    con = duckdb.connect(str(corpus.db))
    # Toulouse gets a second story this week: A5 now names it too.
    con.execute(f"INSERT INTO mentions VALUES ('{aid('A5')}', 'e_tls', 'Toulouse', 0, 8)")
    con.close()
    con = duckdb.connect(str(corpus.db), read_only=True)
    assert not rollups.is_fresh(con)
    assert "rollups_fresh" in {failure.check for failure in run_checks(con)}
    assert "e_tls" in trending_ids(con)          # exact although the stored rollups are stale
    con.close()

    con = connect(corpus.db)                     # opening for writing rebuilds them
    assert rollups.is_fresh(con)
    assert "e_tls" in trending_ids(con)
    con.close()


def test_a_story_regrouped_without_new_text_refreshes_the_rollups(corpus):
    with writing(corpus.db) as con:
        con.execute(f"UPDATE articles SET story_id = 's1' WHERE article_id = '{aid('A3')}'")
    con = duckdb.connect(str(corpus.db), read_only=True)
    assert rollups.is_fresh(con)
    assert con.execute(
        "SELECT stories FROM entity_weeks WHERE entity_id = 'e_av' AND week = '2026-03-02'"
    ).fetchall() == [(1,)]
    assert "e_av" not in trending_ids(con)       # one story now: below the minimum support


def snapshot(con) -> tuple[list, list, list]:
    return (con.execute("SELECT * FROM entity_weeks ORDER BY ALL").fetchall(),
            con.execute("SELECT * FROM article_entities ORDER BY ALL").fetchall(),
            con.execute("SELECT * FROM entity_totals ORDER BY ALL").fetchall())


def test_incremental_refresh_equals_a_full_rebuild(corpus):
    from datetime import datetime

    from pipeline.records import Resolution
    from tests.warehouse.conftest import ENTITIES, make_article
    from warehouse import load

    moved, moved_mentions = make_article("A8", "lemonde", datetime(2026, 2, 24, 9), ["e_av"], "h-moved")
    added, added_mentions = make_article("C1", "medias24", datetime(2026, 2, 17, 9), ["e_tls", "e_cap"])
    with writing(corpus.db) as con:
        con.begin()
        load.load_articles(con, "run-2", [(aid("A8"), moved, "s7"), (aid("C1"), added, "s8")])
        load.load_resolution(con, Resolution(entities=[ENTITIES["e_av"], ENTITIES["e_tls"], ENTITIES["e_cap"]],
                                             mentions=moved_mentions + added_mentions), datetime(2026, 3, 3))
        con.commit()
        assert con.execute("SELECT count(DISTINCT week) FROM rollup_dirty_weeks").fetchall() == [(3,)]
    con = duckdb.connect(str(corpus.db))
    incremental = snapshot(con)
    assert con.execute("SELECT count(*) FROM rollup_dirty_weeks").fetchall() == [(0,)]
    assert ("e_av" in {row[1] for row in incremental[0] if str(row[0]) == "2026-01-26"}) is False  # A8 left
    # A8 was the first article of Aerospace Valley: its first week moved with it
    assert [row[1] for row in incremental[2] if row[0] == "e_av"] == [date(2026, 2, 23)]
    con.begin()
    assert rollups.refresh(con, force=True)
    con.commit()
    assert snapshot(con) == incremental
