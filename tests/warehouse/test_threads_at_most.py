"""DuckDB keeps to the cores the NLP workers leave while a run's pages stream (warehouse.db.threads_at_most)."""
from __future__ import annotations

import duckdb
import pytest

from warehouse.db import threads_at_most


def threads(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT current_setting('threads')").fetchone()
    assert row is not None
    return int(row[0])


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    connection = duckdb.connect()
    connection.execute("SET threads = 4")
    return connection


def test_lowered_inside_and_given_back_after(con: duckdb.DuckDBPyConnection) -> None:
    with threads_at_most(con, 1):
        assert threads(con) == 1
        assert con.execute("SELECT count(*) FROM range(100000)").fetchone() == (100000,)
    assert threads(con) == 4


def test_never_raised(con: duckdb.DuckDBPyConnection) -> None:
    with threads_at_most(con, 16):
        assert threads(con) == 4
    assert threads(con) == 4


def test_at_least_one_thread(con: duckdb.DuckDBPyConnection) -> None:
    """More NLP workers than cores (e.g. 3 on 2) leave DuckDB one thread, never none."""
    with threads_at_most(con, -1):
        assert threads(con) == 1
    assert threads(con) == 4


def test_given_back_when_the_block_fails(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(RuntimeError), threads_at_most(con, 2):
        raise RuntimeError("a batch failed")
    assert threads(con) == 4


@pytest.mark.parametrize(("processes", "workers"), [(1, 0), (2, 2), (3, 3)])
def test_the_workers_a_run_forks(processes: int, workers: int) -> None:
    """One NLP process analyses in the run's own process: no core is taken from DuckDB then."""
    from veille.settings import Settings

    assert Settings(nlp_processes=processes).nlp_workers == workers
