"""Maintenance operations on the warehouse that are not loads: reset before a reprocess, a lake's
housekeeping (`veille maintain`), and the one-command migration of a DuckDB file into a lake."""
from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import duckdb

from pipeline.clock import naive_utc
from warehouse import lake, rollups
from warehouse.sql_files import run_script, sql_file
from warehouse.transactions import batch


def reset_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Empty the tables that `veille reprocess` rebuilds from `raw_pages`."""
    run_script(con, "maintenance/reset_derived.sql")


# DuckLake housekeeping and migration ------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Maintained:
    """What `maintain_lake` did: Parquet files before and after (those the current snapshot reads,
    and all on disk, which keeps the files of unexpired snapshots), snapshots before and after."""

    files_before: int
    files_after: int
    snapshots_before: int
    snapshots_after: int
    live_files_before: int
    live_files_after: int

    def summary(self) -> str:
        """One line for the log and the CLI."""
        return (f"{self.live_files_before} -> {self.live_files_after} Parquet files read by the current "
                f"snapshot ({self.files_before} -> {self.files_after} on disk, older snapshots' files "
                f"included until they expire), {self.snapshots_before} -> {self.snapshots_after} snapshots")


def parquet_files(db_path: Path) -> int:
    """Parquet files in the lake's folder (data and delete files, live or not yet removed)."""
    return sum(1 for _ in lake.data_path(db_path).rglob("*.parquet"))


def maintain_lake(db_path: Path, *, now: datetime, keep_days: float) -> Maintained:
    """Merge small adjacent files, expire snapshots older than `keep_days`, delete unused files.

    Why on a schedule: every run adds a few small Parquet files per table and a snapshot; reads
    slow down as files pile up, and time travel keeps every replaced file. Snapshots younger than
    `keep_days` stay (time travel, and readers still on them); files a killed run left behind
    (named by no snapshot) are deleted once older than the same window. Takes the writer lock:
    never runs during a run.
    """
    from warehouse.db import WarehouseUnavailable, connect, writer_lock

    if not lake.is_lake(db_path):
        raise WarehouseUnavailable(f"{db_path} is not a DuckLake (*{lake.LAKE_SUFFIX}): nothing to maintain")
    if not db_path.exists():
        raise WarehouseUnavailable(f"no warehouse at {db_path}")
    cutoff = naive_utc(now) - timedelta(days=keep_days)
    with writer_lock(db_path):
        con = connect(db_path)
        try:
            files_before, snapshots_before = parquet_files(db_path), _snapshots(con)
            live_before = _live_files(con)
            fresh = rollups.is_fresh(con)
            run_script(con, "maintenance/lake_merge.sql")
            if fresh and not rollups.is_fresh(con):  # merged files hold the same rows: the
                with batch(con):                      # rollups still count them
                    run_script(con, "rollups/record.sql", {"fingerprint": rollups.LAKE_STATE})
            run_script(con, "maintenance/lake.sql", {"cutoff": cutoff})
            return Maintained(files_before, parquet_files(db_path), snapshots_before, _snapshots(con),
                              live_before, _live_files(con))
        finally:
            con.close()


def _live_files(con: duckdb.DuckDBPyConnection) -> int:
    count: int = con.execute(sql_file("maintenance/live_files.sql")).fetchall()[0][0]
    return count


def _snapshots(con: duckdb.DuckDBPyConnection) -> int:
    count: int = con.execute(f"SELECT count(*) FROM ducklake_snapshots('{lake.CATALOG}')").fetchall()[0][0]
    return count


def migrate_to_lake(old: Path, new: Path) -> dict[str, int]:
    """Copy a DuckDB-file warehouse into a new lake, in one transaction; rows per table.

    The old file is first brought to the current schema the way a run would (copy-and-swap,
    checks included); then every table is copied as it is, the views created, and the data
    checks run on the lake before it commits. The old file is left in place; the run journal
    is copied, so `veille runs` keeps its history.
    """
    from warehouse.db import WarehouseUnavailable, writing

    old, new = Path(old), Path(new)
    if lake.is_lake(old) or not old.is_file():
        raise WarehouseUnavailable(f"{old} is not a DuckDB warehouse file to migrate")
    if not lake.is_lake(new):
        raise WarehouseUnavailable(f"{new} must be a DuckLake path (*{lake.LAKE_SUFFIX})")
    if lake.is_pointer(new):  # a PostgreSQL catalog: its pointer exists; its data folder must be empty
        if lake.data_path(new).exists() and any(lake.data_path(new).iterdir()):
            raise WarehouseUnavailable(f"{new} exists already (its data folder {lake.data_path(new)} "
                                       "is not empty): migrate into a new catalog and folder")
    elif new.exists() or lake.data_path(new).exists():
        raise WarehouseUnavailable(f"{new} exists already: migrate into a new path")
    with writing(old):
        pass  # migrations applied, checks run, swapped in
    counts: dict[str, int] = {}
    with writing(new) as con:
        source = str(old.resolve()).replace("'", "''")
        con.execute(f"ATTACH '{source}' AS old_warehouse (READ_ONLY)")
        tables = [row[0] for row in con.execute(sql_file("maintenance/migrate_tables.sql")).fetchall()]
        for table in tables:
            con.execute(f'DELETE FROM main."{table}"')
            con.execute(f'INSERT INTO main."{table}" BY NAME SELECT * FROM old_warehouse.main."{table}"')
            counts[table] = con.execute(f'SELECT count(*) FROM main."{table}"').fetchall()[0][0]
    journal = old.with_name(old.name + ".runs.jsonl")
    if journal.exists():
        shutil.copyfile(journal, new.with_name(new.name + ".runs.jsonl"))
    return counts


def backup_lake(db_path: Path, destination: Path) -> int:
    """Copy the catalog and the Parquet folder under the writer lock; the Parquet files copied.

    Why the lock is enough: only writers change the catalog or the files (readers of a SQLite
    catalog write nothing), so with no run, no maintenance and no migration, both are still.
    The copy opens with its own folder (`lake.attach`, OVERRIDE_DATA_PATH).
    """
    from warehouse.db import WarehouseUnavailable, writer_lock

    db_path, destination = Path(db_path), Path(destination)
    if not lake.is_lake(db_path) or not db_path.is_file():
        raise WarehouseUnavailable(f"{db_path} is not a DuckLake warehouse")
    if lake.is_pointer(db_path):
        raise WarehouseUnavailable(f"{db_path} has its catalog in PostgreSQL: back it up with pg_dump, then copy "
                                   f"its data folder {lake.data_path(db_path)} (README, *The warehouse*)")
    if not lake.is_lake(destination) or destination.exists() or lake.data_path(destination).exists():
        raise WarehouseUnavailable(f"{destination} must be a new *{lake.LAKE_SUFFIX} path")
    destination.parent.mkdir(parents=True, exist_ok=True)
    with writer_lock(db_path):
        shutil.copyfile(db_path, destination)
        if lake.data_path(db_path).exists():
            shutil.copytree(lake.data_path(db_path), lake.data_path(destination))
    return parquet_files(destination)
