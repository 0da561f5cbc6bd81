"""The one SQL tree and its one runner: declared parameters bound as variables, then reset."""
from __future__ import annotations

import re
from datetime import timedelta

import duckdb
import pytest

from digest.queries import run_query as run_digest_query
from warehouse.named_queries import run_query
from warehouse.sql_files import SQL_DIR, read_sql, run_sql

_VARIABLE = re.compile(r"getvariable\('([a-z_]+)'\)")
_COMMENT = re.compile(r"--[^\n]*")


def test_the_tree_has_one_folder_per_kind_of_sql():
    folders = {path.name for path in SQL_DIR.iterdir() if path.is_dir()}
    assert {"schema", "load", "read", "views", "digest", "checks"} <= folders
    assert not (SQL_DIR.parent / "queries").exists() and not (SQL_DIR.parent / "migrations").exists()


@pytest.mark.parametrize("path", sorted(SQL_DIR.rglob("*.sql")), ids=lambda p: str(p.relative_to(SQL_DIR)))
def test_every_file_uses_the_one_parameter_style(path):
    """Parameters are `getvariable('name')`, each declared on the `-- params:` line."""
    query = read_sql(str(path.relative_to(SQL_DIR)))
    code = _COMMENT.sub("", query.text)
    assert not re.search(r"\$[A-Za-z_]", code), "use getvariable('name'), not $name"
    assert set(_VARIABLE.findall(code)) <= set(query.params)


def test_run_sql_binds_declared_parameters_and_resets_them():
    con = duckdb.connect()
    query = read_sql("digest/figures.sql")
    assert query.params == ("week_start", "week_end")
    con.execute("CREATE TABLE articles AS SELECT 'a' AS article_id, 's' AS source, 'st' AS story_id, "
                "TIMESTAMP '2026-03-03 10:00' AS published_at, NULL::TIMESTAMP AS first_seen_at")
    con.execute("CREATE TABLE entities (entity_id VARCHAR, type VARCHAR)")
    con.execute("CREATE VIEW _entity_first_mentions AS "
                "SELECT NULL::VARCHAR AS entity_id, NULL::TIMESTAMP AS first_mentioned_at")
    columns, rows = run_sql(con, query, {"week_start": "2026-03-02", "week_end": "2026-03-09"})
    assert columns == ["articles", "sources", "stories", "new_entities"]
    assert rows == [(1, 1, 1, 0)]
    assert con.execute("SELECT getvariable('week_start')").fetchall() == [(None,)]


def test_run_sql_refuses_an_undeclared_parameter():
    con = duckdb.connect()
    with pytest.raises(ValueError, match="takes week_start, week_end; not colour"):
        run_sql(con, "digest/figures.sql", {"colour": "red"})


def test_new_entities_mean_the_same_for_the_view_and_the_digest(corpus):
    """One definition of "new": the analysts' view and the digest agree for the same week."""
    con = duckdb.connect(str(corpus.db), read_only=True)
    params = {"week_start": corpus.week, "week_end": corpus.week + timedelta(days=7),
              "new_limit": 50}
    digest = run_digest_query(con, "new_entities", **params)
    columns, rows = run_query(con, "new_entities", {"week": corpus.week})
    view = [dict(zip(columns, row, strict=True)) for row in rows if row[columns.index("type")] in ("ORG", "PER")]
    assert sorted(r["entity_id"] for r in digest) == sorted(r["entity_id"] for r in view) == [
        "e_karim", "e_new", "e_tech"]
    assert {r["entity_id"]: (r["articles"], r["url"]) for r in digest} == {
        r["entity_id"]: (r["articles"], r["first_url"]) for r in view}
    (figures,) = run_digest_query(con, "figures", **params)
    assert figures["new_entities"] == len(digest)
