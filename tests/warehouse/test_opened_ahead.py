"""A lake attached ahead (while `veille run` waits for its Prefect server) is the connection the
run's writer takes, migrated as any other; unused, it is closed. Real DuckLake files in tmp."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from warehouse import db
from warehouse.db import connect, opened_ahead


def test_the_next_writer_takes_the_lake_opened_ahead(tmp_path: Path) -> None:
    path = tmp_path / "veille.ducklake"
    connect(path).close()  # the lake exists, migrated
    with opened_ahead(path):
        ahead = db._OPENED_AHEAD[path.resolve()]
        reader = connect(path, read_only=True)  # a reader never takes it
        assert reader is not ahead
        reader.close()
        con = connect(path)
        assert con is ahead
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
        con.close()
        assert path.resolve() not in db._OPENED_AHEAD  # taken once only
    assert db._OPENED_AHEAD == {}


def test_a_lake_opened_ahead_and_not_taken_is_closed(tmp_path: Path) -> None:
    path = tmp_path / "veille.ducklake"
    connect(path).close()
    with opened_ahead(path):
        ahead = db._OPENED_AHEAD[path.resolve()]
    with pytest.raises(duckdb.ConnectionException):
        ahead.execute("SELECT 1")
    assert db._OPENED_AHEAD == {}


def test_nothing_is_opened_ahead_for_a_missing_lake_or_a_duckdb_file(tmp_path: Path) -> None:
    file_db = tmp_path / "veille.duckdb"
    connect(file_db).close()
    for path in (tmp_path / "new.ducklake", file_db):
        with opened_ahead(path):
            assert db._OPENED_AHEAD == {}
    assert not (tmp_path / "new.ducklake").exists()
