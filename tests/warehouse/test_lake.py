"""The DuckLake warehouse with real components: extensions from the wheels, a real SQLite
catalog and Parquet files, real processes reading while another writes."""
from __future__ import annotations

from pathlib import Path

import duckdb

from tests.warehouse.conftest import WEEK, load_corpus
from warehouse import lake
from warehouse.checks import run_checks
from warehouse.db import connect
from warehouse.named_queries import named_queries, run_query

TABLES = ("runs", "crawl_log", "articles", "entities", "entity_aliases", "mentions", "roles",
          "role_spells", "dead_links", "article_entities", "entity_weeks")


def test_extensions_install_from_the_wheels_without_network(tmp_path: Path) -> None:
    # A fresh extension directory: nothing installed yet, autoinstall off, so the only way in is
    # INSTALL from the file inside the wheel.
    con = duckdb.connect(config={"autoinstall_known_extensions": False,
                                 "autoload_known_extensions": False,
                                 "extension_directory": str(tmp_path / "ext")})
    lake.load_extensions(con)
    loaded = {row[0] for row in con.execute(
        "SELECT extension_name FROM duckdb_extensions() WHERE loaded").fetchall()}
    assert {"ducklake", "sqlite_scanner"} <= loaded
    assert sorted(p.name for p in (tmp_path / "ext").rglob("*.duckdb_extension")) == [
        "ducklake.duckdb_extension", "sqlite_scanner.duckdb_extension"]
    lake.attach(con, tmp_path / "w.ducklake")
    con.execute("CREATE TABLE t AS SELECT range AS i FROM range(3)")
    con.close()
    assert (tmp_path / "w.ducklake").is_file()  # the SQLite catalog


def test_a_lake_path_is_a_ducklake_and_a_duckdb_path_is_not(tmp_path: Path) -> None:
    assert lake.is_lake(tmp_path / "veille.ducklake")
    assert not lake.is_lake(tmp_path / "veille.duckdb")
    assert lake.data_path(tmp_path / "veille.ducklake") == tmp_path / "veille.ducklake.files"


def test_the_corpus_in_a_lake_answers_every_named_query_as_the_file_does(tmp_path: Path) -> None:
    file_db, lake_db = tmp_path / "veille.duckdb", tmp_path / "veille.ducklake"
    load_corpus(file_db)
    load_corpus(lake_db)
    assert lake_db.is_file() and any(lake.data_path(lake_db).rglob("*.parquet")) is not None
    answers = {}
    for db in (file_db, lake_db):
        con = connect(db, read_only=True)
        try:
            assert run_checks(con) == []
            answers[db.suffix] = {
                name: run_query(con, name, {"week": WEEK} if "week" in query.params else {})
                for name, query in named_queries().items()
            } | {table: con.execute(f"SELECT count(*) FROM {table}").fetchall() for table in TABLES}
        finally:
            con.close()
    assert answers[".ducklake"] == answers[".duckdb"]
    assert answers[".ducklake"]["articles"] == [(8,)]
