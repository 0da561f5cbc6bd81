"""`veille trends|query|sql|export` through Typer's CliRunner on the hand-built corpus."""
from __future__ import annotations

import duckdb
import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from veille.commands import analysis


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    application = typer.Typer()
    analysis.register(application)
    return application


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
    assert "No query named 'nope'" in result.output
    for name in ("weekly_mentions", "trending_entities", "new_entities", "co_mentions", "stories", "top_entities"):
        assert name in result.output


def test_query_rejects_bad_parameters(app, corpus):
    assert invoke(app, "query", "stories", "--db", corpus.db, "-p", "week").exit_code == 2
    result = invoke(app, "query", "stories", "--db", corpus.db, "-p", "week=last tuesday")
    assert result.exit_code == 2 and "Invalid isoformat" in result.output


def test_sql_is_read_only(app, corpus):
    result = invoke(app, "sql", "SELECT story_id, copies FROM stories", "--db", corpus.db)
    assert result.exit_code == 0 and "s1" in result.output
    result = invoke(app, "sql", "DELETE FROM articles", "--db", corpus.db)
    assert result.exit_code == 1 and "read-only" in result.output
    con = duckdb.connect(str(corpus.db), read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(8,)]


def test_missing_warehouse_is_a_clear_error(app, tmp_path):
    result = invoke(app, "trends", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 2 and "no warehouse" in result.output


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_table_and_view(app, corpus, tmp_path, fmt):
    out = tmp_path / "export"
    result = invoke(app, "export", "--format", fmt, "--out", out, "--db", corpus.db)
    assert result.exit_code == 0, result.output
    names = {p.stem for p in out.iterdir()}
    assert {"articles", "mentions", "entities", "entity_aliases", "crawl_log", "raw_pages", "runs",
            "http_validators", "article_dates", "roles", "story_signatures",
            "trending_entities", "stories", "top_entities"} <= names
    if fmt == "parquet":
        assert pq.read_table(out / "articles.parquet").num_rows == 8
        assert pq.read_table(out / "trending_entities.parquet").num_rows == 4
    else:
        assert len((out / "articles.csv").read_text().splitlines()) > 8
