"""The DuckLake warehouse with real components: extensions from the wheels, a real SQLite
catalog and Parquet files, real processes reading while another writes.

Speed: the hand-built corpus is loaded into a lake (and a DuckDB file) once per session
(`template_lake`, `template_file`); a test that writes gets its own copy (catalog file and
Parquet folder, `corpus_lake`), a test that only reads opens the template read-only. Loading
the corpus is a real run of the loaders (with its checks and rollups), so the copies start from
what a run leaves, not from hand-made files."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from pipeline.records import Resolution
from tests.warehouse.conftest import ENTITIES, WEEK, aid, load_corpus, make_article
from warehouse import lake, load, rollups, schemas
from warehouse.checks import check_names, checked_views, run_checks
from warehouse.db import WarehouseCheckFailed, connect, connect_sandboxed, migrate, writing
from warehouse.maintenance import maintain_lake
from warehouse.named_queries import named_queries, run_query
from warehouse.sql_files import sql_file
from warehouse.transactions import batch

ROOT = Path(__file__).resolve().parents[2]

TABLES = ("runs", "crawl_log", "articles", "entities", "entity_aliases", "mentions", "roles",
          "role_spells", "dead_links", "article_entities", "entity_weeks", "entity_totals")


def copy_lake(source: Path, destination: Path) -> Path:
    """A lake's catalog file and Parquet folder copied elsewhere (it opens on its own files)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, destination)
    shutil.copytree(lake.data_path(source), lake.data_path(destination))
    return destination


@pytest.fixture(scope="session")
def template_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus loaded once into a lake: copy it (`corpus_lake`) before writing to it."""
    db = tmp_path_factory.mktemp("lake-template") / "veille.ducklake"
    load_corpus(db)
    return db


@pytest.fixture(scope="session")
def template_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus loaded once into a DuckDB file: copy it before writing to it."""
    db = tmp_path_factory.mktemp("file-template") / "veille.duckdb"
    load_corpus(db)
    return db


@pytest.fixture
def corpus_lake(template_lake: Path, tmp_path: Path) -> Path:
    """This test's own lake holding the corpus (a copy of the session's template)."""
    return copy_lake(template_lake, tmp_path / "veille.ducklake")


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


def test_the_corpus_in_a_lake_answers_every_named_query_as_the_file_does(
        template_file: Path, template_lake: Path) -> None:
    file_db, lake_db = template_file, template_lake  # read only
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


def veille(*args: object) -> subprocess.CompletedProcess[str]:
    """The real command line in another process (an analyst's, or a run's)."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    environment |= {"PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "veille", *map(str, args)], env=environment,
                          capture_output=True, text=True, timeout=300)


def count(db: Path, table: str = "articles") -> int:
    with connect(db, read_only=True) as con:
        rows: int = con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
    return rows


def counts(db: Path) -> dict[str, int]:
    """Rows of every table, in one query (each statement on a lake pays a catalog round)."""
    with connect(db, read_only=True) as con:
        tables = [row[0] for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' AND table_name <> 'schema_migrations' ORDER BY 1").fetchall()]
        row = con.execute("SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)).fetchone()
        assert row is not None
        return dict(zip(tables, row, strict=True))


def add_articles(con: duckdb.DuckDBPyConnection, names: list[str]) -> None:
    """Articles (with their mentions) of a later run, through the real loaders."""
    when = datetime(2026, 3, 10, 9, 0)
    rows, mentions = [], []
    for name in names:
        article, found = make_article(name, "lemonde", when, ["e_av", "e_tls"])
        rows.append((aid(name), article, f"story-{name}"))
        mentions.extend(found)
    with batch(con):
        load.load_articles(con, "run-2", rows)
        load.load_resolution(con, Resolution(entities=[ENTITIES["e_av"], ENTITIES["e_tls"]],
                                             mentions=mentions), when)


def test_an_analyst_reads_the_last_snapshot_while_a_run_writes(corpus_lake: Path) -> None:
    db = corpus_lake
    query = ("sql", "SELECT count(*) AS n FROM articles", "--db", db, "--format", "csv")
    with writing(db) as con:
        add_articles(con, ["B1", "B2"])
        during = veille(*query)  # another process, the writer's transaction open
        assert during.returncode == 0, during.stderr
        assert during.stdout.split() == ["n", "8"]
        trend = veille("query", "top_entities", "-p", f"week={WEEK}", "--db", db, "--format", "csv")
        assert trend.returncode == 0, trend.stderr
    assert count(db) == 10


WRITER = """
import sys, time
from pathlib import Path
from tests.warehouse.test_lake import add_articles
from warehouse.db import writing
with writing(Path(sys.argv[1])) as con:
    add_articles(con, [f"K{i}" for i in range(40)])
    Path(sys.argv[2]).write_text("loaded")
    time.sleep(600)
"""


def test_a_writer_killed_mid_run_leaves_no_trace_and_the_next_run_succeeds(
        corpus_lake: Path, tmp_path: Path) -> None:
    db, ready = corpus_lake, tmp_path / "ready"
    before = counts(db)
    files_before = set(lake.data_path(db).rglob("*.parquet"))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(ready)], cwd=ROOT,
                              env=os.environ | {"PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 240
        while not ready.exists() and writer.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert ready.exists(), "the writer never loaded its rows"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=30)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert counts(db) == before  # nothing of the killed run is visible
    orphans = set(lake.data_path(db).rglob("*.parquet")) - files_before
    assert orphans  # the killed run had written Parquet files that no snapshot names
    with writing(db) as con:  # the lock died with its process: the next run takes it
        add_articles(con, ["N1"])
    assert count(db) == before["articles"] + 1
    with connect(db, read_only=True) as con:
        assert run_checks(con) == []
    maintain_lake(db, now=datetime.now(), keep_days=0)  # `veille maintain`, tested below
    assert not any(path.exists() for path in orphans)  # maintenance deletes what the kill left
    assert count(db) == before["articles"] + 1


def test_a_rerun_never_duplicates_rows(corpus_lake: Path) -> None:
    db = corpus_lake  # the corpus's first run
    first = counts(db)
    load_corpus(db)  # the same run again
    with writing(db) as con:
        add_articles(con, ["B1"])
    with writing(db) as con:
        add_articles(con, ["B1"])
    again = counts(db)
    assert again["articles"] == first["articles"] + 1
    assert again["mentions"] == first["mentions"] + 2
    assert again["url_sightings"] == first["url_sightings"] + 1  # B1's lookup keys, once
    assert again["article_hash_keys"] == first["article_hash_keys"] + 1
    grown = ("articles", "mentions", "article_entities", "entity_weeks", "entity_totals", "rollup_state",
             "url_sightings", "article_hash_keys")
    assert {t: n for t, n in again.items() if t not in grown} == {t: n for t, n in first.items() if t not in grown}


def test_a_write_that_breaks_a_key_is_refused_and_leaves_the_lake_unchanged(corpus_lake: Path) -> None:
    db = corpus_lake
    before = counts(db)
    with pytest.raises(WarehouseCheckFailed) as refused, writing(db) as con:
        add_articles(con, ["B1"])
        con.execute("INSERT INTO entities VALUES ('e_av', 'Doublon', 'ORG', 'FR', now()::TIMESTAMP)")
        con.execute("INSERT INTO entities VALUES ('e_odd', 'Bizarre', 'THING', NULL, now()::TIMESTAMP)")
    assert {f.check for f in refused.value.failures} == {"unique_keys", "accepted_entity_type"}
    assert counts(db) == before


def test_a_run_that_wrote_only_its_crawl_log_is_still_checked_there(corpus_lake: Path) -> None:
    """The checks with no written row to look at are skipped; the others still refuse."""
    db = corpus_lake
    before = counts(db)
    def outcome(value: str) -> pa.Table:  # through the loader: the row and its lookup key
        return pa.table({"run_id": ["r9"], "url": ["https://x.example/a"], "source": ["s"],
                         "fetched_at": [datetime(2026, 3, 9)], "status": [200], "outcome": [value],
                         "reason": [""]}, schema=schemas.CRAWL_EVENTS)

    with pytest.raises(WarehouseCheckFailed) as refused, writing(db) as con:
        load.load_crawl_events_arrow(con, outcome("kept"))
    assert {f.check for f in refused.value.failures} == {"accepted_crawl_outcome"}
    assert counts(db) == before
    with writing(db) as con:  # the same, well formed: nothing else to object to
        load.load_crawl_events_arrow(con, outcome("stored"))
    assert counts(db)["crawl_log"] == before["crawl_log"] + 1


def test_every_check_reads_checked_rows_and_every_checked_view_is_asked_for() -> None:
    """A check is skipped in a lake run when none of its checked views holds a row: so each
    check must read one, and scope/written_views.sql must ask for every view of the scope."""
    scope = checked_views(sql_file("scope/new_rows.sql"))
    assert len(scope) >= 20
    assert checked_views(sql_file("scope/written_views.sql")) == scope
    for name in check_names():
        reads = checked_views(sql_file(f"checks/{name}.sql"))
        assert reads and reads <= scope, name


def test_migration_from_a_duckdb_file_gives_the_same_rows(template_file: Path, tmp_path: Path) -> None:
    old, new = tmp_path / "old.duckdb", tmp_path / "data" / "veille.ducklake"
    shutil.copyfile(template_file, old)
    (tmp_path / "old.duckdb.runs.jsonl").write_text("", encoding="utf-8")
    result = veille("migrate-warehouse", old, "--db", new)
    assert result.returncode == 0, result.stderr
    assert counts(new) == counts(old)
    with connect(new, read_only=True) as con:
        assert run_checks(con) == []
        assert run_query(con, "top_entities", {"week": WEEK}) == run_query(
            connect(old, read_only=True), "top_entities", {"week": WEEK})
    assert (tmp_path / "data" / "veille.ducklake.runs.jsonl").exists()
    again = veille("migrate-warehouse", old, "--db", new)
    assert again.returncode == 3 and "exists already" in again.stderr


def data_files(db: Path, tables: tuple[str, ...] = ("articles", "mentions", "article_entities")
               ) -> dict[str, int]:
    """Parquet data files each table's current snapshot reads."""
    with connect(db, read_only=True) as con:
        return {table: con.execute(f"SELECT count(*) FROM ducklake_list_files('{lake.CATALOG}', '{table}')"
                                   ).fetchall()[0][0] for table in tables}


def test_maintenance_merges_files_and_keeps_the_data(corpus_lake: Path) -> None:
    db = corpus_lake
    for run in range(2):  # two more runs: each table above gets more files
        with writing(db) as con:
            add_articles(con, [f"M{run}-{i}" for i in range(30)])
    before = counts(db)
    with connect(db, read_only=True) as con:
        answer = run_query(con, "top_entities", {"week": WEEK})
    files = data_files(db)  # a file per run that wrote rows (small inserts may stay inlined)
    assert set(files) == {"articles", "mentions", "article_entities"} and min(files.values()) >= 2, files
    result = veille("maintain", "--db", db, "--keep-days", "0")
    assert result.returncode == 0, result.stderr
    assert data_files(db) == {"articles": 1, "mentions": 1, "article_entities": 1}
    said = re.search(r"(\d+) -> (\d+) Parquet files read by the current snapshot \((\d+) -> (\d+) on disk",
                     result.stdout)
    assert said, result.stdout
    _, live_after, _, on_disk_after = map(int, said.groups())
    # No snapshot kept (--keep-days 0): no file of an older one either. (The live count may grow:
    # rows inlined in the catalog are flushed into files first.)
    assert live_after == on_disk_after
    assert counts(db) == before
    with connect(db, read_only=True) as con:
        assert run_query(con, "top_entities", {"week": WEEK}) == answer
        assert run_checks(con) == []
        assert con.execute(f"SELECT count(*) FROM ducklake_snapshots('{lake.CATALOG}')").fetchall() == [(1,)]


def test_a_backup_opens_on_its_own_files(corpus_lake: Path, tmp_path: Path) -> None:
    db, copy = corpus_lake, tmp_path / "backup" / "veille.ducklake"
    assert veille("backup", copy, "--db", db).returncode == 0
    with writing(db) as con:
        add_articles(con, ["B1"])
    assert count(copy) == 8 and count(db) == 9


def test_the_console_on_a_lake_reads_and_refuses_the_ways_out(corpus_lake: Path) -> None:
    db = corpus_lake
    for statement, message in [
        (f"ATTACH 'ducklake:sqlite:{db}' AS again", "ATTACH statements are refused"),
        (f"COPY articles TO '{lake.data_path(db) / 'leak.csv'}'", "COPY statements are refused"),
        ("CALL ducklake_cleanup_old_files('lake', cleanup_all => true)", "DuckLake maintenance is refused"),
        ("SELECT * FROM read_text('/etc/hostname')", "refused: the console reads the warehouse only"),
    ]:
        result = veille("sql", statement, "--db", db)
        assert result.returncode == 2 and message in result.stderr, (statement, result.stderr)
    con = connect_sandboxed(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(8,)]
        with pytest.raises(duckdb.Error):
            con.execute("DELETE FROM articles")
    finally:
        con.close()
    assert count(db) == 8


def test_every_key_of_the_schema_is_checked_on_a_lake() -> None:
    """DuckLake has no PRIMARY KEY or UNIQUE: each one of the migrations must have its check."""
    reference = duckdb.connect()
    migrate(reference)
    keys = reference.execute(
        "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
        "WHERE constraint_type IN ('PRIMARY KEY', 'UNIQUE')").fetchall()
    checks = " ".join(sql_file(f"checks/{name}.sql") for name in ("unique_keys", "unique_article_url"))
    assert len(keys) >= 15
    flat = " ".join(checks.split())
    for table, columns in keys:  # the table, or the rows of it that may share a checked key
        assert any(f"FROM {relation} SEMI JOIN checked_{table} USING ({', '.join(columns)})" in flat
                   for relation in (table, f"{table}_near_checked")), (table, columns)
    checked = {row[0] for row in reference.execute(
        "SELECT table_name FROM duckdb_constraints() WHERE constraint_type = 'CHECK'").fetchall()}
    assert checked == {"entities"}  # accepted_entity_type


def test_export_and_runs_work_on_a_lake(corpus_lake: Path, tmp_path: Path) -> None:
    db = corpus_lake
    exported = veille("export", "--format", "parquet", "--out", tmp_path / "export", "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'export' / 'articles.parquet'}'").fetchall() == [(8,)]
    runs = veille("runs", "--db", db)
    assert runs.returncode == 0 and "run-1" in runs.stdout, runs.stderr


def test_a_lake_run_refreshes_its_own_articles_rollups_as_a_full_rebuild_would(corpus_lake: Path) -> None:
    db = corpus_lake
    moved, moved_mentions = make_article("A8", "lemonde", datetime(2026, 2, 24, 9), ["e_av"], "h-moved")
    added, added_mentions = make_article("C1", "medias24", datetime(2026, 2, 17, 9), ["e_tls", "e_cap"])
    same, _ = make_article("A1", "lemonde", datetime(2026, 3, 2, 9), ["e_av", "e_tls", "e_new"])
    with writing(db) as con:
        with batch(con):
            load.load_articles(con, "run-2", [(aid("A8"), moved, "s7"), (aid("C1"), added, "s8"),
                                              (aid("A1"), same, "s9")])  # A1: regrouped, same text
            load.load_resolution(con, Resolution(
                entities=[ENTITIES["e_av"], ENTITIES["e_tls"], ENTITIES["e_cap"]],
                mentions=moved_mentions + added_mentions), datetime(2026, 3, 3))
        add_articles(con, ["B1", "B2"])
    snapshot = ("SELECT * FROM entity_weeks ORDER BY ALL", "SELECT * FROM article_entities ORDER BY ALL")
    with connect(db) as con:
        assert rollups.is_fresh(con)
        incremental = [con.execute(q).fetchall() for q in snapshot]
        assert any(row[3] == "s9" for row in incremental[1])  # A1's rows follow its new story
        with batch(con):
            assert rollups.refresh(con, force=True)
        assert [con.execute(q).fetchall() for q in snapshot] == incremental


def test_a_fresh_run_on_a_lake_empties_derived_tables_and_history_in_its_transaction(
        corpus_lake: Path) -> None:
    db = corpus_lake
    con = lake.open_lake(db)  # a registry row beside the corpus's run (no run needed to set it up)
    con.execute("INSERT INTO source_registry (source, title, kind) VALUES ('eco', 'Éco', 'outlet')")
    con.close()
    before = counts(db)
    assert before["entities"] == 6 and before["source_registry"] == 1 and before["runs"] == 1
    with writing(db, fresh=True):
        assert counts(db) == before  # the old warehouse until the fresh one commits
    after = counts(db)
    assert {table: rows for table, rows in after.items() if rows} == {"rollup_state": 1}  # of the empty rebuild
