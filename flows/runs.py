"""One recorded run: the writer lock, the run journal, the `runs` row, and what dead runs left.

Why one context manager: every way a run can end (completed, failed, an exception, Ctrl-C) must
leave a trace, and a run killed outright must be found and accounted for by the next one. The
journal (warehouse/journal.py) survives what the copy-and-swap discards. `recorded_run` holds the
writer lock for the whole run (ingest, reprocess); `journaled_run` journals a backfill, which
takes the lock per commit and calls `settle_previous` in its first one.
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
from warehouse.journal import RunEntry, RunJournal, reconcile, settle
from warehouse.sql_files import run_sql


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
            settle_previous(con, journal, run_id)
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


def settle_previous(con: duckdb.DuckDBPyConnection, journal: RunJournal, own: str) -> None:
    """Runs that died before `own` become `interrupted` in `runs`; their spools are removed.

    Called with the writer lock held. A run that keeps the lock until it has journaled its end
    cannot be running now: every such unfinished run is dead. A backfill takes the lock per
    commit only, so it is dead only when its process is gone.
    """
    def gone(entry: RunEntry) -> bool:
        return entry.run_id != own and (not entry.locks_per_commit or _process_gone(entry))

    previous = settle(journal.entries().values(), gone=gone)
    _remove_spools(previous, own=own)
    reconcile(con, previous)


@dataclass(slots=True)
class JournaledRun:
    """A run journaled without holding the warehouse (a backfill): its counts and how it ended."""

    journal: RunJournal
    run_id: str
    status: str | None = None
    stats: dict[str, object] | None = None

    def progress(self, stats: dict[str, object]) -> None:
        """Counts so far, journaled: a backfill killed later still shows them."""
        self.stats = stats
        self.journal.progress(self.run_id, stats)


@contextmanager
def journaled_run(
    db_path: Path, run_id: str, started_at: datetime, *, clock: Callable[[], datetime], kind: str,
) -> Iterator[JournaledRun]:
    """Journal a run that writes the warehouse in several commits (`kind` in PER_COMMIT_KINDS).

    Its start is journaled at once (a kill before the first commit still shows), its end however
    it stops; a kill -9 leaves a start without an end, which `veille runs` and the next run mark
    `interrupted` once the process is gone.
    """
    journal = RunJournal(db_path)
    journal.started(run_id, started_at, pid=os.getpid(), process=process_identity(os.getpid()),
                    host=this_host(), spool=None, kind=kind)
    run = JournaledRun(journal, run_id)
    try:
        yield run
    except BaseException as error:
        if not _ended(journal, run_id):
            _journal_failure(journal, run_id, clock(), error, run.stats)
        raise
    journal.ended(run_id, clock(), run.status or "completed", stats=run.stats)


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
            journal.ended(run_id, now, "interrupted", error=entry.error, stats=entry.stats)
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
        names, found = run_sql(con, "read/recent_runs.sql", {"limit": limit})
        rows = [dict(zip(names, row, strict=True)) for row in found]
    finally:
        con.close()
    return [
        RunEntry(row["run_id"], row["started_at"], row["finished_at"], row["status"],
                 row.get("error"), json.loads(row["stats"]) if row["stats"] else None)
        for row in rows
    ]
