"""The run journal: one JSON line per run event, in `<db>.runs.jsonl` beside the warehouse.

Why beside and not inside: a run writes a copy of the warehouse that replaces the live file only
when the run completes, so a run that crashes or is killed takes its own `runs` row with it. The
journal lives outside the copy: a run appends `start` when it holds the writer lock and `end`
(completed, failed, with the error text) when it stops. A run with a start and no end whose
process is gone was killed: it is `interrupted`. A backfill holds the writer lock only while it
commits (its files take hours): it journals its start before taking it, `progress` (its counts)
after each commit, and is judged dead only by its process. The next run copies what the journal knows into
`runs` (`reconcile`); `veille runs` reads both.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.clock import to_iso
from warehouse.load import reconcile_runs_arrow

STATUSES = ("running", "completed", "failed", "interrupted")
# Kinds of run that take the writer lock per commit, not for their whole length.
PER_COMMIT_KINDS = frozenset({"backfill"})


def journal_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".runs.jsonl")


@dataclass(slots=True)
class RunEntry:
    """What the journal knows of one run (its events folded in order)."""

    run_id: str
    started_at: datetime | None = None
    finished_at: datetime | None = None
    status: str = "running"
    error: str | None = None
    stats: dict[str, Any] | None = None
    pid: int | None = None
    process: str | None = None  # identity of pid (its start time), to tell a reused pid
    host: str | None = None
    spool: str | None = None  # the run's crawl spool folder, removed once the run is over
    kind: str | None = None  # "backfill"; None for an ingest or reprocess run
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def over(self) -> bool:
        return self.status != "running"

    @property
    def locks_per_commit(self) -> bool:
        """True for a run that may be alive without holding the writer lock (a backfill)."""
        return self.kind in PER_COMMIT_KINDS


class RunJournal:
    """Append-only JSON lines; each append is flushed and fsynced (it must survive a crash)."""

    def __init__(self, db_path: Path) -> None:
        self.path = journal_path(db_path)

    def append(self, event: str, run_id: str, **fields: Any) -> None:
        record = {"event": event, "run_id": run_id, **fields}
        line = json.dumps(record, default=str, ensure_ascii=False) + "\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())

    def started(self, run_id: str, started_at: datetime, *, pid: int, process: str | None,
                host: str, spool: Path | None, kind: str | None = None) -> None:
        self.append("start", run_id, at=to_iso(started_at), pid=pid, process=process, host=host,
                    spool=str(spool) if spool else None, kind=kind)

    def progress(self, run_id: str, stats: dict[str, Any]) -> None:
        """The counts so far of a run still going (what `veille runs` shows if it dies)."""
        self.append("progress", run_id, stats=stats)

    def ended(self, run_id: str, finished_at: datetime, status: str, *, error: str | None = None,
              stats: dict[str, Any] | None = None) -> None:
        if status not in STATUSES:
            raise ValueError(f"unknown run status {status!r}")
        self.append("end", run_id, at=to_iso(finished_at), status=status, error=error, stats=stats)

    def entries(self) -> dict[str, RunEntry]:
        """Every run the journal knows, in order of first appearance; bad lines are skipped."""
        runs: dict[str, RunEntry] = {}
        if not self.path.exists():
            return runs
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
                entry = runs.setdefault(record["run_id"], RunEntry(record["run_id"]))
                _fold(entry, record)
            except (ValueError, KeyError, TypeError):
                continue  # a line cut by a crash mid-write: the rest of the journal still counts
        return runs


def _fold(entry: RunEntry, record: dict[str, Any]) -> None:
    at = datetime.fromisoformat(record["at"]) if record.get("at") else None
    if record["event"] == "start":
        entry.started_at = at
        entry.pid, entry.process = record.get("pid"), record.get("process")
        entry.host, entry.spool = record.get("host"), record.get("spool")
        entry.kind = record.get("kind")
    elif record["event"] == "progress" and not entry.over:
        entry.stats = record.get("stats")
    elif record["event"] == "end" and not entry.over:  # the first end wins
        entry.finished_at, entry.status = at, record["status"]
        entry.error = record.get("error")
        if record.get("stats") is not None:  # an end without counts keeps the last progress
            entry.stats = record["stats"]


def settle(entries: Iterable[RunEntry], gone: Callable[[RunEntry], bool]) -> list[RunEntry]:
    """Entries as they stand: a `running` one whose process is `gone` becomes `interrupted`."""
    settled = []
    for entry in entries:
        if not entry.over and gone(entry):
            entry = replace(entry, status="interrupted",
                            error=entry.error or "the run's process ended without recording an end "
                                                 "(killed, or the machine stopped)")
        settled.append(entry)
    return settled


RECONCILE_SCHEMA = pa.schema([
    ("run_id", pa.string()), ("started_at", pa.timestamp("us")),
    ("finished_at", pa.timestamp("us")), ("status", pa.string()), ("stats", pa.string()),
    ("error", pa.string()),
])


def reconcile(con: duckdb.DuckDBPyConnection, entries: Iterable[RunEntry]) -> int:
    """Copy finished journal runs into `runs` where the table lacks them or still says running."""
    over = [entry for entry in entries if entry.over and entry.started_at is not None]
    if not over:
        return 0
    table = pa.table({
        "run_id": [e.run_id for e in over],
        "started_at": [e.started_at for e in over],
        "finished_at": [e.finished_at for e in over],
        "status": [e.status for e in over],
        "stats": [json.dumps(e.stats, default=str) if e.stats is not None else None for e in over],
        "error": [e.error for e in over],
    }, schema=RECONCILE_SCHEMA)
    return reconcile_runs_arrow(con, table)  # one bulk statement, SQL in warehouse/sql/load/


def as_dict(entry: RunEntry) -> dict[str, Any]:
    return asdict(entry)
