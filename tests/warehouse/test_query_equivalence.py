"""Rollup-backed named queries give what a direct computation over mentions and articles gives.

On a real small lake made by the benchmark's generator (tens of thousands of mentions, a dense
latest week, entities appearing over time), then grown by two daily runs through `writing()`, so
the rollups read are those the incremental refresh maintained. The references
(`tests/warehouse/reference/*.sql`) enumerate everything the fast queries prune or read from
rollups: every pair of every story for `co_mentions`, every mention for `new_entities`, and
every article's `coalesce(published_at, first_seen_at)` for the weekly article queries (which
compare the two columns one by one, so that scans skip other weeks' files).
"""
from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from rich.console import Console

from warehouse import lake, load, rollups, schemas
from warehouse.db import connect, writing
from warehouse.named_queries import run_query
from warehouse.sql_files import SqlFile, run_sql, sql_file

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(__file__).resolve().parent / "reference"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_warehouse", ROOT / "bench" / "warehouse.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_warehouse"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def lake_db(tmp_path_factory):
    bench = _bench()
    args = Namespace(articles=6_000, entities=3_000, weeks=4, batch=2_500, mentions_per_article=12,
                     entities_per_article=6, day_articles=800)
    db = tmp_path_factory.mktemp("equivalence") / "bench.ducklake"
    bench.load_corpus(db, args, Console(quiet=True))
    for day in range(2):  # through writing(): the incremental refresh keeps the rollups
        bench.daily_run(db, args, day)
    assert bench.check_load(db) == []  # every check holds; rollups equal a full rebuild
    return db


def reference(con, name: str, params: dict) -> list[tuple]:
    text = (REFERENCE / f"{name}.sql").read_text(encoding="utf-8")
    declared = re.search(r"^-- params: (.*)$", text, re.MULTILINE)
    assert declared is not None
    query = SqlFile(f"reference/{name}.sql", text,
                    tuple(p.strip() for p in declared.group(1).split(",")))
    return run_sql(con, query, params)[1]


CO_MENTIONS = [{}, {"min_stories": 1}, {"type": "LOC"}, {"limit": 5}, {"limit": 0},
               {"min_stories": 1, "type": "MISC", "limit": 400}, {"min_stories": 4, "limit": 500},
               {"week": "2024-03-13"}, {"week": "2024-03-20", "type": "PER", "limit": 10}]


@pytest.mark.parametrize("params", CO_MENTIONS, ids=str)
def test_co_mentions_equal_every_pair_enumerated(lake_db, params):
    con = connect(lake_db, read_only=True)
    fast = run_query(con, "co_mentions", params)[1]
    assert fast == reference(con, "co_mentions", params)
    if not params:
        assert len(fast) == 50 and fast[0][8] > 2  # a dense week: the bar prunes entities
    con.close()


NEW_ENTITIES = [{}, {"type": "ORG"}, {"limit": 500}, {"week": "2024-03-04", "limit": 3000},
                {"week": "2024-03-13", "limit": 1000}, {"week": "2024-03-20", "type": "PER"}]


@pytest.mark.parametrize("params", NEW_ENTITIES, ids=str)
def test_new_entities_equal_the_first_mentions_counted_from_every_mention(lake_db, params):
    con = connect(lake_db, read_only=True)
    fast = run_query(con, "new_entities", params)[1]
    assert fast == reference(con, "new_entities", params)
    assert fast  # entities keep appearing: every week has new ones
    con.close()


def test_first_mentions_of_the_digest_equal_those_counted_from_every_mention(lake_db):
    con = connect(lake_db, read_only=True)
    view = con.execute("SELECT entity_id, first_week, first_url FROM _entity_first_mentions "
                       "ORDER BY entity_id").fetchall()
    direct = con.execute("""
        SELECT m.entity_id,
               CAST(date_trunc('week', min(coalesce(a.published_at, a.first_seen_at))) AS DATE),
               arg_min(a.url, coalesce(a.published_at, a.first_seen_at))
        FROM mentions m JOIN articles a USING (article_id) GROUP BY m.entity_id ORDER BY 1
    """).fetchall()
    assert view == direct and len(view) > 1_000
    con.close()


WEEKLY = [{}, {"limit": 500}, {"week": "2024-03-13", "limit": 1000}, {"week": "2024-03-04"}]


@pytest.mark.parametrize("name", ["stories", "story_coverage", "week_events", "agenda"])
@pytest.mark.parametrize("params", WEEKLY, ids=str)
def test_weekly_article_queries_equal_those_reading_every_article(lake_db, name, params):
    con = connect(lake_db, read_only=True)
    fast = run_query(con, name, params)[1]
    assert fast == reference(con, name, params)
    assert fast or name in ("week_events", "agenda")  # the synthetic lake holds no events
    con.close()


ALL_TIME = [("top_entities", {}), ("top_entities", {"type": "PER", "limit": 3}),
            ("top_entities", {"week": "2024-03-13"}), ("entity_kinds", {}),
            ("entity_kinds", {"type": "LOC", "limit": 5000})]


@pytest.mark.parametrize(("name", "params"), ALL_TIME, ids=str)
def test_all_time_counts_from_entity_totals_equal_the_sums_of_entity_weeks(lake_db, name, params):
    con = connect(lake_db, read_only=True)
    fast = run_query(con, name, params)[1]
    assert fast == reference(con, name, params) and fast
    con.close()


def test_articles_moved_between_weeks_keep_every_rollup_exact(lake_db, tmp_path):
    """A lake run that moves articles out of the first week and out of the latest one: entities
    lose the pair of their first or last week, and their totals are recounted."""
    bench = _bench()
    db = tmp_path / "moved.ducklake"
    shutil.copy(lake_db, db)
    shutil.copytree(lake.data_path(lake_db), lake.data_path(db))
    with writing(db) as con:
        moved = con.sql("""
            SELECT article_id, url, source, title,
                   CASE WHEN published_at < TIMESTAMP '2024-03-11' THEN published_at + INTERVAL 9 DAY
                        ELSE published_at - INTERVAL 12 DAY END AS published_at,
                   language, text, story_id, author, sitename, description, content_hash,
                   topic_score, fetched_at, run_id, first_seen_at AS seen_at
            FROM articles
            WHERE published_at < TIMESTAMP '2024-03-06' OR published_at >= TIMESTAMP '2024-03-29'
        """).to_arrow_table().cast(schemas.ARTICLES)
        assert moved.num_rows > 500
        load.load_articles_arrow(con, moved)
    assert bench.check_load(db) == []
    con = connect(db, read_only=True)
    assert con.execute("SELECT min(first_week) FROM entity_totals").fetchall()[0][0] is not None
    con.close()


def test_a_reader_trusts_the_lake_snapshots_only_while_nothing_changed_the_base_tables(lake_db, tmp_path):
    db = tmp_path / "edited.ducklake"
    shutil.copy(lake_db, db)
    shutil.copytree(lake.data_path(lake_db), lake.data_path(db))
    con = connect(db, read_only=True)
    assert con.execute(sql_file("rollups/fresh_on_lake.sql")).fetchall() == [(True,)]
    assert rollups.is_fresh(con)
    con.close()
    con = lake.open_lake(db)  # a hand edit outside writing(): one more mention
    con.execute("INSERT INTO mentions SELECT article_id, entity_id, surface, start_char + 1, "
                "end_char + 1 FROM mentions LIMIT 1")
    con.close()
    con = connect(db, read_only=True)
    assert con.execute(sql_file("rollups/fresh_on_lake.sql")).fetchall() == [(False,)]
    assert not rollups.is_fresh(con)  # the fingerprint sees the change too
    con.close()
