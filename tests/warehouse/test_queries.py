"""Each named query on the hand-built corpus (see conftest), with exact expected results."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from tests.warehouse.conftest import aid
from warehouse.db import connect
from warehouse.named_queries import ParameterError, get_query, named_queries, run_query
from warehouse.sql_files import read_sql


@pytest.fixture
def con(corpus):
    connection = connect(corpus.db, read_only=True)
    yield connection
    connection.close()


def rows(con, name, **params):
    columns, found = run_query(con, name, params)
    return [dict(zip(columns, row, strict=True)) for row in found]


def pick(records, *keys):
    return [tuple(record[key] for key in keys) for record in records]


def test_every_query_declares_its_parameters_and_is_a_view(con):
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    assert set(named_queries()) == {
        "weekly_mentions", "trending_entities", "new_entities", "co_mentions", "stories", "top_entities",
        "week_events", "leadership_changes", "agenda", "story_coverage", "entity_kinds",
    }
    assert set(named_queries()) <= views
    assert get_query("trending_entities").params == ("week", "type", "limit", "min_stories", "kind", "watched")


def test_trending_needs_two_stories_so_one_copied_story_is_no_trend(con):
    trending = rows(con, "trending_entities")
    assert pick(trending, "rank", "entity_id", "stories", "articles", "sources", "baseline_stories", "lift") == [
        (1, "e_new", 2, 3, 3, 0.0, 3.0),    # same lift: 3 independent outlets before 1
        (2, "e_karim", 2, 2, 1, 0.0, 3.0),
        (3, "e_tech", 2, 2, 1, 0.0, 3.0),
        (4, "e_av", 2, 3, 3, 0.125, 2.667),
    ]
    # Toulouse is in 2 articles this week, but both are copies of story s1: not a trend.
    assert "e_tls" not in {r["entity_id"] for r in trending}
    assert {r["week"] for r in trending} == {date(2026, 3, 2)}


def test_trending_with_support_one_shows_the_smoothed_baseline(con):
    trending = rows(con, "trending_entities", min_stories=1)
    assert pick(trending, "entity_id", "baseline_stories", "lift")[4:] == [
        ("e_tls", 0.25, 1.6),      # (1 + 1) / (2/8 + 1)
        ("e_cap", 0.375, 1.455),   # (1 + 1) / (3/8 + 1)
    ]


def test_trending_binds_week_type_and_limit(con):
    assert pick(rows(con, "trending_entities", type="org", limit=2), "entity_id") == [("e_new",), ("e_tech",)]
    # any day of the week selects it; the week before has a single story, so no trend
    assert rows(con, "trending_entities", week="2026-03-05") == rows(con, "trending_entities")
    assert rows(con, "trending_entities", week=date(2026, 2, 16)) == []


def test_parameters_are_values_never_sql(con):
    # Every value is converted to its type, then bound (`SET VARIABLE name = ?`), never pasted.
    with pytest.raises(ParameterError, match="type expects one of ORG, PER, LOC, MISC"):
        run_query(con, "trending_entities", {"type": "ORG' OR 1=1 --"})
    with pytest.raises(ParameterError, match="week expects a date"):
        run_query(con, "trending_entities", {"week": "2026-03-02; DROP TABLE articles"})
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (8,)
    with pytest.raises(ValueError, match="not colour"):
        run_query(con, "trending_entities", {"colour": "red"})


def test_views_use_defaults_and_variables(con):
    view = con.execute("SELECT entity_id FROM trending_entities ORDER BY rank").fetchall()
    assert view == [("e_new",), ("e_karim",), ("e_tech",), ("e_av",)]
    run_query(con, "trending_entities", {"type": "PER"})  # leaves no variable behind
    assert len(con.execute("SELECT * FROM trending_entities").fetchall()) == 4
    con.execute("SET VARIABLE type = 'ORG'")
    assert len(con.execute("SELECT * FROM trending_entities").fetchall()) == 3


def test_weekly_mentions(con):
    weekly = rows(con, "weekly_mentions", week="2026-03-04", type="ORG")
    assert pick(weekly, "week", "iso_week", "entity_id", "mentions", "articles", "sources") == [
        (date(2026, 3, 2), 10, "e_av", 3, 3, 3),
        (date(2026, 3, 2), 10, "e_new", 3, 3, 3),
        (date(2026, 3, 2), 10, "e_tech", 2, 2, 1),
        (date(2026, 3, 2), 10, "e_cap", 1, 1, 1),
    ]
    every_week = rows(con, "weekly_mentions", type="LOC")
    assert pick(every_week, "week", "articles") == [
        (date(2026, 3, 2), 2), (date(2026, 2, 16), 1), (date(2026, 1, 26), 1)
    ]


def test_new_entities(con):
    new = rows(con, "new_entities")
    assert pick(new, "entity_id", "articles", "mentions", "first_url") == [
        ("e_new", 3, 3, "https://news.example/a1"),
        ("e_karim", 2, 2, "https://news.example/a3"),
        ("e_tech", 2, 2, "https://news.example/a3"),
    ]
    assert pick(rows(con, "new_entities", week="2026-01-26"), "entity_id") == [
        ("e_av",), ("e_cap",), ("e_tls",)
    ]


def test_co_mentions_need_two_stories(con):
    pairs = rows(con, "co_mentions")
    assert pick(pairs, "entity_a", "entity_b", "articles", "stories", "article_ids") == [
        ("e_karim", "e_tech", 2, 2, sorted([aid("A3"), aid("A4")])),
    ]
    loose = rows(con, "co_mentions", min_stories=1, type="LOC")
    assert pick(loose, "entity_a", "entity_b", "articles", "stories") == [
        ("e_av", "e_tls", 2, 1), ("e_new", "e_tls", 2, 1)
    ]


def test_stories(con):
    assert pick(rows(con, "stories"), "story_id", "copies", "outlets", "sources", "urls", "title") == [
        ("s1", 2, 2, ["lemonde", "lesechos"],
         ["https://news.example/a1", "https://news.example/a2"], "Titre A1"),
    ]
    assert rows(con, "stories", week="2026-02-16") == []


def test_top_entities_by_type_and_country(con):
    top = rows(con, "top_entities")
    assert pick(top, "type", "country", "rank", "entity_id", "articles") == [
        ("LOC", "FR", 1, "e_tls", 4),
        ("ORG", "FR", 1, "e_av", 4),
        ("ORG", "FR", 2, "e_cap", 4),
        ("ORG", "FR", 3, "e_new", 3),
        ("ORG", "MA", 1, "e_tech", 2),
        ("PER", "MA", 1, "e_karim", 2),
    ]
    assert pick(rows(con, "top_entities", limit=1, country="fr"), "entity_id") == [("e_tls",), ("e_av",)]
    assert pick(rows(con, "top_entities", week="2026-02-16"), "entity_id", "articles") == [
        ("e_tls", 1), ("e_cap", 1)
    ]


def test_queries_on_an_empty_warehouse_return_nothing(tmp_path):
    connect(tmp_path / "empty.duckdb").close()
    con = duckdb.connect(str(tmp_path / "empty.duckdb"), read_only=True)
    for name in named_queries():
        assert run_query(con, name)[1] == [], name


def test_trends_filter_by_registry_kind_and_watch_list(corpus):
    from warehouse.db import writing

    with writing(corpus.db) as con:
        con.execute("INSERT INTO entity_registry VALUES ('e_new', 'pole', true), ('e_tech', 'technopark', false)")
    with connect(corpus.db, read_only=True) as con:
        assert [r["entity_id"] for r in rows(con, "trending_entities", kind="technopark")] == ["e_tech"]
        assert [r["entity_id"] for r in rows(con, "trending_entities", watched="true")] == ["e_new"]
        assert [r["entity_id"] for r in rows(con, "top_entities", kind="pole")] == ["e_new"]


def test_a_reprinted_press_release_has_no_independent_outlet(corpus):
    from warehouse.db import writing

    with writing(corpus.db) as con:  # s1 = A1 (lemonde) + A2 (lesechos, near-identical reprint)
        con.execute(f"INSERT INTO article_coverage VALUES ('{aid('A1')}', 's1', NULL, true), "
                    f"('{aid('A2')}', 's1', 0.93, false)")
    with connect(corpus.db, read_only=True) as con:
        story = {r["story_id"]: r for r in rows(con, "story_coverage")}["s1"]
    assert (story["outlets"], story["reprints"], story["press_release"], story["independent_outlets"]) == (2, 1, True, 0)


def test_entity_kinds_shows_the_registry_kind_and_the_watch_list(corpus):
    with duckdb.connect(str(corpus.db)) as con:  # what the registry loader writes, set by hand here
        con.execute("INSERT INTO entity_registry VALUES ('e_av', 'pole', true), ('e_tech', 'technopark', false)")
    with duckdb.connect(str(corpus.db), read_only=True) as con:
        columns, rows = run_query(con, "entity_kinds", {"kind": "technopark"})
        assert [dict(zip(columns, r))["name"] for r in rows] == ["Technopark Casablanca"]
        columns, rows = run_query(con, "entity_kinds", {"watched": "true"})
        assert [(r[columns.index("name")], r[columns.index("kind")]) for r in rows] == [("Aerospace Valley", "pole")]
        columns, rows = run_query(con, "entity_kinds", {"type": "ORG"})
        kinds = {r[columns.index("name")]: r[columns.index("kind")] for r in rows}
        assert kinds["Capenergies"] is None and kinds["Aerospace Valley"] == "pole"
        with pytest.raises(ParameterError, match="watched expects true or false"):
            run_query(con, "entity_kinds", {"watched": "maybe"})


def test_a_reader_of_a_warehouse_written_by_an_older_version_reads_this_versions_building_blocks(corpus):
    """The named queries run from this version's files but read the building blocks (`_*.sql`) as
    views: a warehouse last written by an older Veille lacks a new block, or holds an old one.
    A read-only connection (an analyst, before the next run) gets this version's as temporary views."""
    expected_stories = pick(rows(connect(corpus.db, read_only=True), "stories"), "story_id", "copies")
    expected_new = pick(rows(connect(corpus.db, read_only=True), "new_entities"), "entity_id", "first_url")
    assert expected_stories and expected_new
    older = duckdb.connect(str(corpus.db))
    older.execute("DROP VIEW _latest_article_week")  # a block this version added
    block = read_sql("views/_entity_first_mentions.sql").text.strip().rstrip(";")
    older.execute(f"CREATE OR REPLACE VIEW _entity_first_mentions AS SELECT * FROM ({block}) WHERE false")  # old logic
    older.close()
    reader = connect(corpus.db, read_only=True)
    assert pick(rows(reader, "stories"), "story_id", "copies") == expected_stories
    assert pick(rows(reader, "new_entities"), "entity_id", "first_url") == expected_new
    assert pick(rows(reader, "stories"), "story_id", "copies") == expected_stories  # twice: the temp views stay
    reader.close()
