"""`veille sql` is read-only in fact: each way out of the warehouse is refused with a clear message.

The real command line (Typer's CliRunner) on a real DuckDB file; the sandboxed connection is also
tried directly, so the refusals hold even for a statement the allow-list would let through.
"""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.exit_codes import ExitCode
from warehouse.db import connect_sandboxed

runner = CliRunner()


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """Another DuckDB file an analyst must not be able to touch through the console."""
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE victim AS SELECT 42 AS answer")
    return path


def sql(db: Path, statement: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["sql", statement, "--db", str(db)], env={"COLUMNS": "300"})


def attempts(other: Path, tmp_path: Path) -> list[tuple[str, str]]:
    return [
        (f"ATTACH '{other}' AS o (READ_WRITE)", "ATTACH statements are refused"),
        (f"ATTACH '{other}' AS o (READ_WRITE); DROP TABLE o.victim", "exactly one statement per call, got 2"),
        (f"COPY articles TO '{tmp_path / 'leak.csv'}'", "COPY statements are refused"),
        ("SELECT * FROM read_text('/etc/hostname')", "refused: the console reads the warehouse only"),
        (f"SELECT * FROM '{other}'", "refused: the console reads the warehouse only"),
        ("INSTALL httpfs", "LOAD statements are refused"),
        ("SET enable_external_access = true", "SET statements are refused"),
        ("DELETE FROM articles", "DELETE statements are refused"),
        ("SELECT 1; SELECT 2", "exactly one statement per call, got 2"),
        ("", "exactly one statement per call, got 0"),
    ]


def test_every_way_out_is_refused_with_a_clear_message(corpus, other: Path, tmp_path: Path) -> None:
    for statement, message in attempts(other, tmp_path):
        result = sql(corpus.db, statement)
        assert result.exit_code == ExitCode.USAGE, (statement, result.output)
        assert message in result.stderr, (statement, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    with duckdb.connect(str(other), read_only=True) as con:
        assert con.execute("SELECT answer FROM victim").fetchall() == [(42,)]
    assert not (tmp_path / "leak.csv").exists()


def test_the_sandbox_refuses_even_without_the_allow_list(corpus, other: Path, tmp_path: Path) -> None:
    con = connect_sandboxed(corpus.db)
    try:
        for statement in (f"ATTACH '{other}' AS o (READ_WRITE)", f"COPY articles TO '{tmp_path / 'x.csv'}'",
                          "SELECT * FROM read_text('/etc/hostname')", "INSTALL httpfs", "LOAD httpfs"):
            with pytest.raises(duckdb.PermissionException):
                con.execute(statement)
        for setting in ("enable_external_access = true", "lock_configuration = false"):
            with pytest.raises(duckdb.InvalidInputException, match="locked"):
                con.execute(f"SET {setting}")
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (8,)  # the warehouse opens
        assert con.execute("SELECT current_setting('TimeZone')").fetchone() == ("UTC",)
    finally:
        con.close()


def test_queries_still_work(corpus) -> None:  # type: ignore[no-untyped-def]
    for statement in ("SHOW TABLES", "DESCRIBE articles", "PRAGMA table_info('articles')",
                      "WITH a AS (SELECT 1 AS x) SELECT * FROM a", "SELECT name FROM trending_entities"):
        result = sql(corpus.db, statement)
        assert result.exit_code == 0, (statement, result.output)
