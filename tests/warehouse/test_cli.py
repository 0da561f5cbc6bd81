"""`veille trends|query|sql|export` through Typer's CliRunner on the hand-built corpus."""
from __future__ import annotations

import json
from datetime import date

import duckdb
import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from tests.warehouse.conftest import WEEK


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    from veille.cli import app as veille

    return veille


runner = CliRunner()


def invoke(app, *args):
    return runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "200"})


def test_trends_shows_the_trending_entities(app, corpus):
    result = invoke(app, "trends", "--db", corpus.db)
    assert result.exit_code == 0, result.output
    assert "Karim Alaoui" in result.output and "Aerospace Valley" in result.output
    assert "Toulouse" not in result.output  # a single story is no trend
    result = invoke(app, "trends", "--db", corpus.db, "--type", "PER", "--limit", "5", "--week", "2026-03-03")
    assert "Karim Alaoui" in result.output and "Aerospace Valley" not in result.output


def test_query_runs_a_named_query_with_parameters(app, corpus):
    result = invoke(app, "query", "co_mentions", "--db", corpus.db, "-p", "min_stories=1", "-p", "type=LOC")
    assert result.exit_code == 0, result.output
    assert "Toulouse" in result.output and "Technopark" not in result.output


def test_query_lists_names_when_unknown(app, corpus):
    result = invoke(app, "query", "nope", "--db", corpus.db)
    assert result.exit_code == 2
    assert "no query named 'nope'" in result.output
    for name in ("weekly_mentions", "trending_entities", "new_entities", "co_mentions", "stories", "top_entities"):
        assert name in result.output


def test_query_rejects_bad_parameters(app, corpus):
    assert invoke(app, "query", "stories", "--db", corpus.db, "-p", "week").exit_code == 2
    result = invoke(app, "query", "stories", "--db", corpus.db, "-p", "week=last tuesday")
    assert result.exit_code == 2
    assert "week expects a date YYYY-MM-DD" in result.output and "'last tuesday'" in result.output
    assert "isoformat" not in result.output and "Traceback" not in result.output


def test_sql_is_read_only(app, corpus):
    result = invoke(app, "sql", "SELECT story_id, copies FROM stories", "--db", corpus.db)
    assert result.exit_code == 0 and "s1" in result.output
    result = invoke(app, "sql", "DELETE FROM articles", "--db", corpus.db)
    assert result.exit_code == 2 and "DELETE statements are refused" in result.output
    con = duckdb.connect(str(corpus.db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(8,)]


def test_missing_warehouse_is_a_clear_error(app, tmp_path):
    result = invoke(app, "trends", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 3 and "no warehouse" in result.output


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_and_view(app, corpus, tmp_path, fmt):
    out = tmp_path / "export"
    result = invoke(app, "export", "--format", fmt, "--out", out, "--db", corpus.db)
    assert result.exit_code == 0, result.output
    names = {p.stem for p in out.iterdir()}
    assert {"articles", "mentions", "entities", "entity_aliases", "crawl_log", "runs",
            "http_validators", "article_dates", "roles", "article_entities", "entity_weeks",
            "trending_entities", "stories", "top_entities", "new_entities", "co_mentions",
            "weekly_mentions"} <= names
    internal = {"schema_migrations", "story_signatures", "raw_pages", "rollup_state", "rollup_dirty_weeks"}
    assert not names & internal
    if fmt == "parquet":
        assert pq.read_table(out / "articles.parquet").num_rows == 8
        assert pq.read_table(out / "trending_entities.parquet").num_rows == 4
    else:
        assert len((out / "articles.csv").read_text().splitlines()) > 8


def test_export_holds_every_week_of_a_weekly_view_and_raw_pages_on_request(app, corpus, tmp_path):
    out = tmp_path / "export"
    result = invoke(app, "export", "--out", out, "--db", corpus.db, "--include-raw")
    assert result.exit_code == 0, result.output
    assert (out / "raw_pages.parquet").exists()
    new = pq.read_table(out / "new_entities.parquet").to_pylist()
    first_week = date.fromordinal(WEEK.toordinal() - 35)
    assert {(row["week"], row["name"]) for row in new} == {
        (first_week, "Capenergies"), (first_week, "Toulouse"), (first_week, "Aerospace Valley"),
        (WEEK, "Technopark Casablanca"), (WEEK, "Karim Alaoui"), (WEEK, "Pôle Nouveau"),
    }
    top = pq.read_table(out / "top_entities.parquet")
    assert "week" in top.column_names and len(set(top.column("week").to_pylist())) == 4


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown", "table"])
def test_sql_formats_and_the_row_limit(app, corpus, fmt):
    result = runner.invoke(app, ["sql", "SELECT title FROM articles ORDER BY title", "--db",
                                 str(corpus.db), "--format", fmt, "--limit", "3"],
                           env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "3 of 8 rows shown" in result.stderr
    assert "rows shown" not in result.stdout
    if fmt == "csv":
        assert result.stdout.splitlines()[0] == "title" and len(result.stdout.splitlines()) == 4
    elif fmt == "json":
        assert len(json.loads(result.stdout)) == 3
    elif fmt == "markdown":
        assert result.stdout.startswith("| title |") and len(result.stdout.splitlines()) == 5


def test_csv_and_json_are_not_cut_by_default_and_tables_are(app, corpus):
    query = "SELECT * FROM range(120)"
    result = runner.invoke(app, ["sql", query, "--db", str(corpus.db), "--format", "json"])
    assert len(json.loads(result.stdout)) == 120 and result.stderr == ""
    result = runner.invoke(app, ["sql", query, "--db", str(corpus.db)])
    assert "50 of 120 rows shown" in result.stderr


def test_an_empty_weekly_result_says_which_weeks_hold_articles(app, corpus):
    result = runner.invoke(app, ["trends", "--db", str(corpus.db), "--week", "2025-01-08"])
    assert result.exit_code == 0
    assert "no rows for the week of 2025-01-06" in result.stderr
    assert f"to the week of {WEEK}" in result.stderr
