"""The backfill journal (migration 007): which WARC files are loaded, and their broken records.

Why in the warehouse: a file's journal row commits with its articles, so the journal can never
claim a file whose rows a killed run lost, nor miss one whose rows landed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb
import pyarrow as pa

from warehouse.sql_files import run_script, settle_results, sql_file

FILES = pa.schema([
    ("location", pa.string()), ("run_id", pa.string()), ("status", pa.string()),
    ("records", pa.int64()), ("responses", pa.int64()), ("off_host", pa.int64()),
    ("rejected", pa.int64()), ("pages", pa.int64()), ("stored", pa.int64()),
    ("corrupt", pa.int64()), ("error", pa.string()), ("finished_at", pa.timestamp("us")),
])
ERRORS = pa.schema([
    ("location", pa.string()), ("byte_offset", pa.int64()), ("reason", pa.string()),
    ("run_id", pa.string()),
])


@dataclass(frozen=True, slots=True)
class FileEntry:
    """One WARC file as read by a backfill run (a row of `backfill_files`)."""

    location: str
    status: str                 # done | failed
    records: int
    responses: int
    off_host: int
    rejected: int
    pages: int
    stored: int
    corrupt: int
    error: str | None
    finished_at: datetime
    errors: tuple[tuple[int, str], ...] = ()  # (byte offset, reason) of each unreadable record


def done_locations(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Files a backfill must not read again."""
    return {row[0] for row in con.execute(sql_file("read/backfill_done.sql")).fetchall()}


def record_files(con: duckdb.DuckDBPyConnection, run_id: str, entries: Sequence[FileEntry]) -> None:
    """Bulk-record files and their errors (no commit: the caller's batch transaction holds it)."""
    names = [name for name in FILES.names if name != "run_id"]
    files = pa.table(
        {"run_id": [run_id] * len(entries)} | {name: [getattr(e, name) for e in entries] for name in names},
        schema=FILES,
    )
    errors = [(e.location, offset, reason) for e in entries for offset, reason in e.errors]
    error_table = pa.table({
        "location": [row[0] for row in errors], "byte_offset": [row[1] for row in errors],
        "reason": [row[2] for row in errors], "run_id": [run_id] * len(errors),
    }, schema=ERRORS)
    settle_results(con)
    con.register("incoming_backfill_files", files)
    con.register("incoming_backfill_errors", error_table)
    try:
        run_script(con, "load/backfill_journal.sql")
    finally:
        con.unregister("incoming_backfill_files")
        con.unregister("incoming_backfill_errors")
