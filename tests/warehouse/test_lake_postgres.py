"""A DuckLake whose catalog is in a real PostgreSQL server (the several-machine deployment).

A real server (tests/postgres_server.py, skipped without PostgreSQL binaries), the `postgres`
extension from its wheel, Parquet files in a folder standing for shared storage, and two
"machines": two folders, each with its own pointer file (`warehouse.lake`), run journal and
writer lock, naming the same catalog and data folder.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.postgres_server import PostgresServer, start_postgres
from tests.warehouse.test_lake import ROOT, count, counts, veille
from warehouse import lake
from warehouse.checks import run_checks
from warehouse.db import WarehouseMissing, check_writable, connect

DEMO_MANIFEST = ROOT / "demo" / "expected.yaml"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    yield from start_postgres()


def _settings_env(url: str, data: Path, db: Path) -> dict[str, str]:
    return {"VEILLE_WAREHOUSE": url, "VEILLE_WAREHOUSE_DATA": str(data), "VEILLE_DB_PATH": str(db)}


def test_settings_turn_a_postgres_url_into_a_pointer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.settings import Settings

    for name in [n for n in os.environ if n.startswith("VEILLE_")]:
        monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env of a developer's
    db, data = tmp_path / "host-a" / "veille.ducklake", tmp_path / "shared" / "lake"
    for name, value in _settings_env("postgres://veille@db.internal:6543/veille?sslmode=require", data, db).items():
        monkeypatch.setenv(name, value)
    settings = Settings()
    assert settings.db_path == db and lake.is_pointer(db)
    assert lake.catalog(db) == lake.Catalog(
        "postgres", "postgres:dbname=veille host=db.internal port=6543 user=veille sslmode=require", data)
    assert lake.data_path(db) == data
    written = db.stat().st_mtime_ns
    Settings()  # the same settings: the pointer is left as it is
    assert db.stat().st_mtime_ns == written

    monkeypatch.setenv("VEILLE_WAREHOUSE", "postgres://veille:secret@db.internal/veille")
    with pytest.raises(ValueError, match="PGPASSWORD"):
        Settings()
    monkeypatch.setenv("VEILLE_WAREHOUSE", "ducklake:postgres:dbname=veille host=db.internal")
    monkeypatch.delenv("VEILLE_WAREHOUSE_DATA")
    with pytest.raises(ValueError, match="VEILLE_WAREHOUSE_DATA"):
        Settings()
    sqlite_lake = tmp_path / "old" / "veille.ducklake"
    sqlite_lake.parent.mkdir()
    lake.open_lake(sqlite_lake).close()  # a SQLite-catalog lake is never overwritten by a pointer
    monkeypatch.setenv("VEILLE_WAREHOUSE_DATA", str(data))
    monkeypatch.setenv("VEILLE_DB_PATH", str(sqlite_lake))
    with pytest.raises(ValueError, match="SQLite-catalog lake"):
        Settings()
    assert not lake.is_pointer(sqlite_lake) and lake.catalog(sqlite_lake).kind == "sqlite"


def test_a_new_catalog_is_missing_to_readers_until_a_run_checks_it(
        postgres: PostgresServer, tmp_path: Path) -> None:
    db = tmp_path / "veille.ducklake"
    lake.write_pointer(db, postgres.create_database("fresh_lake"), tmp_path / "lake")
    with pytest.raises(WarehouseMissing, match="run `veille run` first"):
        connect(db, read_only=True)
    check_writable(db)  # what `veille run` does first: creates DuckLake's tables in the database
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM duckdb_tables() WHERE database_name = 'lake'").fetchone() == (0,)


@dataclass
class Ingested:
    machine_a: Path  # the pointer the runs used
    machine_b: Path  # another machine's pointer to the same catalog and data
    data: Path
    keywords: str
    first: dict[str, int]
    second: dict[str, int]
    summaries: tuple[dict, dict]  # type: ignore[type-arg]


@pytest.fixture(scope="module")
def ingested(postgres: PostgresServer, tmp_path_factory: pytest.TempPathFactory,
             prefect_harness: None) -> Iterator[Ingested]:
    """The demo ingested twice into a PostgreSQL-catalog lake by the real ingest flow, the
    warehouse named only by VEILLE_WAREHOUSE / VEILLE_WAREHOUSE_DATA / VEILLE_DB_PATH."""
    from demo.server import DemoSites
    from flows.ingest import ingest

    tmp = tmp_path_factory.mktemp("pg-lake")
    keywords = postgres.create_database("demo_lake")
    data, machine_a, machine_b = tmp / "shared" / "lake", tmp / "a" / "veille.ducklake", tmp / "b" / "veille.ducklake"
    lake.write_pointer(machine_b, keywords, data)
    mp = pytest.MonkeyPatch()
    for name, value in _settings_env(postgres.url("demo_lake"), data, machine_a).items():
        mp.setenv(name, value)
    mp.setenv("VEILLE_WORK_DIR", str(tmp / "work"))
    mp.setenv("VEILLE_REFETCH_RECENT_HOURS", "0")  # the second run is the steady state
    try:
        with DemoSites() as sites:
            sources = sites.write_sources(tmp / "sources.yaml")
            first_run = ingest(str(sources), None, politeness=False)  # the warehouse from the settings
            first = counts(machine_a)
            second_run = ingest(str(sources), None, politeness=False)
            yield Ingested(machine_a, machine_b, data, keywords, first, counts(machine_a), (first_run, second_run))
    finally:
        mp.undo()


def test_the_demo_lands_in_the_postgres_catalog_and_the_shared_folder(ingested: Ingested) -> None:
    import yaml

    accepted = [p for p in yaml.safe_load(DEMO_MANIFEST.read_text("utf-8"))["pages"] if p.get("accepted")]
    assert lake.is_pointer(ingested.machine_a)
    assert ingested.first["articles"] == len(accepted) > 0
    assert any(ingested.data.rglob("*.parquet"))  # the rows are in the shared folder
    with connect(ingested.machine_a, read_only=True) as con:
        assert run_checks(con) == []
        # the catalog is PostgreSQL's: DuckLake's metadata tables are in the server's database
        assert con.execute("SELECT count(*) FROM __ducklake_metadata_lake.ducklake_snapshot").fetchall()[0][0] >= 2
        assert con.execute("SELECT value FROM __ducklake_metadata_lake.ducklake_metadata "
                           "WHERE key = 'data_path'").fetchall()[0][0].rstrip("/") == str(ingested.data)
    assert count(ingested.machine_b) == ingested.first["articles"]  # another machine sees the same lake


def test_a_rerun_adds_no_rows(ingested: Ingested) -> None:
    first, second = ingested.summaries
    assert first["articles_new"] == ingested.first["articles"]
    assert second["articles_new"] == 0 and second["articles_updated"] == 0
    grown = ("runs", "crawl_log", "rollup_state", "url_sightings")  # url_sightings: one per crawl_log row too
    assert {t: n for t, n in ingested.second.items() if t not in grown} == {
        t: n for t, n in ingested.first.items() if t not in grown}
    assert ingested.second["runs"] == ingested.first["runs"] + 1
    assert (ingested.second["url_sightings"] - ingested.first["url_sightings"]
            == ingested.second["crawl_log"] - ingested.first["crawl_log"])


# A run's writer in its own process: loads `names`, says so, waits for `go`, then commits.
WRITER = """
import sys, time
from pathlib import Path
from tests.warehouse.test_lake import add_articles
from warehouse.db import writing
db, ready, go = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
with writing(db) as con:
    add_articles(con, sys.argv[4].split(","))
    ready.write_text("loaded")
    while not go.exists():
        time.sleep(0.05)
print("committed")
"""


def start_writer(db: Path, folder: Path, names: list[str]) -> tuple[subprocess.Popen[str], Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    ready, go = folder / "ready", folder / "go"
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(ready), str(go), ",".join(names)],
                               cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)}, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return process, ready, go


def wait_ready(process: subprocess.Popen[str], ready: Path) -> None:
    deadline = time.monotonic() + 240
    while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    assert ready.exists(), process.communicate(timeout=30) if process.poll() is not None else "timeout"


def test_an_analyst_on_another_machine_reads_while_a_run_writes(ingested: Ingested, tmp_path: Path) -> None:
    before = count(ingested.machine_a)
    writer, ready, go = start_writer(ingested.machine_a, tmp_path / "w", ["P1", "P2", "P3"])
    try:
        wait_ready(writer, ready)  # the run's rows are written, its transaction open
        query = ("sql", "SELECT count(*) AS n FROM articles", "--db", ingested.machine_b, "--format", "csv")
        during = veille(*query)
        assert during.returncode == 0, during.stderr
        assert during.stdout.split() == ["n", str(before)]
        go.write_text("go")
        out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0 and "committed" in out, err
    finally:
        if writer.poll() is None:
            writer.kill()
    after = veille(*query)
    assert after.stdout.split() == ["n", str(before + 3)]


def test_two_machines_write_at_once_and_both_runs_land_whole(ingested: Ingested, tmp_path: Path) -> None:
    """Two runs on two machines (different local locks), their transactions open together. Both
    rewrite shared rows (the entities they name, the rollups): the first to commit wins, the
    other's commit is refused by the catalog as a conflict, and is retried (logged with the
    reason) by replaying its writes on the newer snapshot: both runs land, whole, no row twice,
    and the checks hold. (The catalog may also refuse the second one's inserts before it is
    ready, a conflict on inlined data: that run fails whole, as before.)"""
    before = counts(ingested.machine_a)
    names = {"a": [f"QA{i}" for i in range(5)], "b": [f"QB{i}" for i in range(7)]}
    writers = {
        "a": start_writer(ingested.machine_a, tmp_path / "a", names["a"]),
        "b": start_writer(ingested.machine_b, tmp_path / "b", names["b"]),
    }
    results = {}
    try:
        for process, ready, _ in writers.values():
            deadline = time.monotonic() + 240
            while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            assert ready.exists() or process.poll() is not None, "timeout"
        for _, _, go in writers.values():
            go.write_text("go")
        for key, (process, _, _) in writers.items():
            out, err = process.communicate(timeout=240)
            results[key] = (process.returncode, out, err)
    finally:
        for process, _, _ in writers.values():
            if process.poll() is None:
                process.kill()
    committed = [key for key, (code, out, _) in results.items() if code == 0 and "committed" in out]
    lost = set(results) - set(committed)
    assert all("Transaction conflict" in results[key][2] for key in lost), results  # before its end
    assert committed, results
    if len(committed) == 2:
        retried = [key for key in committed if "retry 1 of 3" in results[key][2]]
        assert len(retried) == 1, results
        assert "Transaction conflict" in results[retried[0]][2] and "succeeded on retry" in results[retried[0]][2]
    after = counts(ingested.machine_b)
    assert after["articles"] == before["articles"] + sum(len(names[key]) for key in committed)
    with connect(ingested.machine_a, read_only=True) as con:
        assert run_checks(con) == []
        titles = [f"Titre {name}" for key in committed for name in names[key]]
        assert con.execute("SELECT count(*) FROM articles WHERE list_contains(?, title)", [titles]
                           ).fetchone() == (len(titles),)
        assert con.execute("SELECT count(*) - count(DISTINCT article_id) FROM articles").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM (SELECT article_id, entity_id, start_char FROM mentions "
                           "GROUP BY ALL HAVING count(*) > 1)").fetchone() == (0,)
