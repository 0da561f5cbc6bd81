"""Lookups of the batch at hand from another process: a read-only connection pinned to a snapshot.

Why: a run must not read every URL ever seen nor every content hash (10 M articles: 22 s and
4 GB for the URLs alone). The crawl asks, per feed, sitemap or listing response, which of its
links the warehouse knows (`warehouse.read.known_urls_of`); the duplicate check asks for the
URLs and hashes of a batch of extracted articles (`article_hashes_of`, on the writer's own
connection: same thread, same process). The crawl runs in a child process (Scrapy), so it opens
its own read-only connection (`SnapshotReader`), which never blocks the writer:

- a lake: read-only attach, every table read `AT (VERSION => <snapshot>)` (the snapshot the
  run started from, `current_snapshot` of the writer): one consistent view for the whole crawl,
  whatever another writer commits meanwhile (a PostgreSQL catalog shared by hosts);
- a DuckDB file: the live file, read-only; the run writes a copy (`<db>.next`) and swaps it in
  only after its crawls, so the live file is the warehouse as the run found it.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse import lake
from warehouse.sql_files import run_sql, sql_file


def current_snapshot(con: duckdb.DuckDBPyConnection) -> int | None:
    """The lake snapshot `con` reads (a writer: the one its run started from); None on a file."""
    if con.execute("SELECT current_database()").fetchall()[0][0] != lake.CATALOG:
        return None
    return int(run_sql(con, "read/current_snapshot.sql")[1][0][0])


class SnapshotReader:
    """A read-only connection to the warehouse at `db_path`, opened on first use, pinned to
    `snapshot` on a lake. No warehouse yet: every lookup finds nothing."""

    def __init__(self, db_path: Path | str, snapshot: int | None) -> None:
        self.db_path = Path(db_path)
        self.snapshot = snapshot
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened = False

    def connection(self) -> duckdb.DuckDBPyConnection | None:
        if not self._opened:
            self._opened = True
            self._con = self._open()
        return self._con

    def _open(self) -> duckdb.DuckDBPyConnection | None:
        from warehouse.db import WarehouseMissing, connect

        try:
            con = connect(self.db_path, read_only=True)
        except WarehouseMissing:
            return None
        if lake.is_lake(self.db_path) and self.snapshot is not None:
            # Set for the connection's life (the views read it at each query), not bound per run.
            con.execute('SET VARIABLE "veille_snapshot" = ?', [self.snapshot])
            for statement in con.extract_statements(sql_file("read/pin_snapshot.sql")):
                con.execute(statement)
        return con

    def close(self) -> None:
        """Close the connection; the next lookup opens a new one (it sees later commits)."""
        if self._con is not None:
            self._con.close()
            self._con = None
        self._opened = False
