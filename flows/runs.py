"""One recorded run: the writer lock, the run journal, the `runs` row, and what dead runs left.

Why one context manager: every way a run can end (completed, failed, an exception, Ctrl-C) must
leave a trace, and a run killed outright must be found and accounted for by the next one. The
journal (warehouse/journal.py) survives what the copy-and-swap discards.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from crawlers.lifeline import is_alive, process_identity, this_host
from warehouse import load
from warehouse.db import connect, writing
from warehouse.sql_files import sql_file
from warehouse.journal import RunEntry, RunJournal, reconcile, settle


@dataclass(slots=True)
class RecordedRun:
    """The open run: its connection (on the warehouse copy) and how it ended."""

    con: duckdb.DuckDBPyConnection
    run_id: str
    status: str | None = None
    stats: dict[str, object] | None = None

    def finish(self, finished_at: datetime, status: str, stats: dict[str, object]) -> None:
        """Record the end in `runs` (the journal follows once the copy is swapped in)."""
        load.finish_run(self.con, self.run_id, finished_at, status, stats)
        self.status, self.stats = status, stats


@contextmanager
def recorded_run(
    db_path: Path, run_id: str, started_at: datetime, *, clock: Callable[[], datetime],
    spool: Path | None = None, fresh: bool = False,
) -> Iterator[RecordedRun]:
    """Open the warehouse for one run, journal it, settle the runs that died before it.

    `clock` gives the end time (naive UTC) of a run that stops on an exception; `spool` is the
    run's scratch folder, removed however the run ends (and by the next run if this one is killed).
    """
    journal = RunJournal(db_path)
    run = None
    try:
        with writing(db_path, fresh=fresh) as con:
            journal.started(run_id, started_at, pid=os.getpid(), process=process_identity(os.getpid()),
                            host=this_host(), spool=spool)
            # We hold the writer lock, which a live run keeps until it has journaled its end:
            # every other unfinished run is dead.
            previous = settle(journal.entries().values(), gone=lambda entry: entry.run_id != run_id)
            _remove_spools(previous, own=run_id)
            reconcile(con, previous)
            load.start_run(con, run_id, started_at)
            run = RecordedRun(con, run_id)
            try:
                yield run
            except BaseException as error:  # journaled while the lock is still ours
                _journal_failure(journal, run_id, clock(), error, run.stats)
                raise
    except BaseException as error:
        if run is None or not _ended(journal, run_id):  # e.g. the swap itself failed
            _journal_failure(journal, run_id, clock(), error, run.stats if run else None)
        raise
    else:
        journal.ended(run_id, clock(), run.status or "completed", stats=run.stats)
    finally:
        if spool is not None:
            shutil.rmtree(spool, ignore_errors=True)


def _ended(journal: RunJournal, run_id: str) -> bool:
    entry = journal.entries().get(run_id)
    return entry is not None and entry.over


def _journal_failure(journal: RunJournal, run_id: str, at: datetime, error: BaseException,
                     stats: dict[str, object] | None) -> None:
    interrupted = isinstance(error, (KeyboardInterrupt, SystemExit))
    journal.ended(run_id, at, "interrupted" if interrupted else "failed",
                  error=f"{type(error).__name__}: {error}", stats=stats)


def _remove_spools(entries, *, own: str) -> None:  # type: ignore[no-untyped-def]
    """Crawl spools of runs that are over (a killed run never removed its own)."""
    for entry in entries:
        if entry.run_id != own and entry.over and entry.spool:
            shutil.rmtree(entry.spool, ignore_errors=True)


def recent_runs(db_path: Path, now: datetime, limit: int = 20) -> list[RunEntry]:
    """The latest runs from `runs` and the journal; marks dead `running` ones `interrupted`.

    A final status in the warehouse wins; the journal adds what the warehouse lost (failed and
    killed runs) and runs still in progress. Marking goes to the journal (the warehouse is only
    read here); the next run copies it into `runs`.
    """
    journal = RunJournal(db_path)
    raw = journal.entries()
    merged = {entry.run_id: entry for entry in settle(raw.values(), gone=_process_gone)}
    for run_id, entry in merged.items():
        if entry.status == "interrupted" and not raw[run_id].over:
            journal.ended(run_id, now, "interrupted", error=entry.error)
            entry.finished_at = now
    for entry in _table_runs(db_path, limit):
        known = merged.get(entry.run_id)
        if known is None or entry.status != "running":
            merged[entry.run_id] = entry
    newest = sorted(merged.values(), key=lambda e: e.started_at or datetime.min, reverse=True)
    return newest[:limit]


def _process_gone(entry: RunEntry) -> bool:
    return entry.pid is not None and not is_alive(entry.pid, entry.process, entry.host)


def _table_runs(db_path: Path, limit: int) -> list[RunEntry]:
    if not Path(db_path).exists():
        return []
    con = connect(db_path, read_only=True)
    try:
        cursor = con.execute(sql_file("sql/read/recent_runs.sql"), {"limit": limit})
        names = [column[0] for column in cursor.description]
        rows = [dict(zip(names, row)) for row in cursor.fetchall()]
    finally:
        con.close()
    return [
        RunEntry(row["run_id"], row["started_at"], row["finished_at"], row["status"],
                 row.get("error"), json.loads(row["stats"]) if row["stats"] else None)
        for row in rows
    ]
