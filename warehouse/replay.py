"""A lake run's writes, recorded so that a commit refused for a conflict can be tried again.

Why: on a PostgreSQL catalog two machines may run at once. DuckLake retries a commit by itself
only when the two transactions touched different things; when both rewrote the same rows (the
entities they both name, the rollups), the second commit is refused ("Transaction conflict")
and its whole run was lost. The run's work (crawl, NLP) is done and its writes are known: they
are the statements it sent, in order, with the Arrow tables it registered for them. So
`warehouse.db.writing` hands the run a `RecordingConnection`, and on a conflict begins a new
transaction, on the snapshot the other machine committed, and replays them there (then the
rollups and checks, as for any run).

Why replaying never duplicates rows: every loader is an upsert keyed on the row's identity
(re-loading a batch adds no rows), decided in SQL against what the new transaction sees; what a
loader decided in Python from an earlier read (e.g. the ids of articles new in this run) is
held by the data checks, which run again before the retried commit and refuse it if a key is
doubled (the run then fails as before, whole).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import duckdb


@dataclass(slots=True)
class _Call:
    method: str  # "execute", "register" or "unregister"
    args: tuple[Any, ...]


@dataclass(slots=True)
class Recording:
    calls: list[_Call] = field(default_factory=list)

    def replay(self, con: duckdb.DuckDBPyConnection) -> int:
        """Send every recorded call to `con`, in order; how many were sent."""
        for call in self.calls:
            if call.method == "execute":
                result = con.execute(*call.args)
                if result.description is not None:
                    result.fetchall()  # a read: finish it before the next statement
            elif call.method == "register":
                con.register(*call.args)
            else:
                con.unregister(*call.args)
        return len(self.calls)


class RecordingConnection:
    """The writer's connection, recording the calls that may write (`execute`, `register`,
    `unregister`); everything else goes straight to the connection."""

    def __init__(self, con: duckdb.DuckDBPyConnection, recording: Recording) -> None:
        self._con = con
        self._recording = recording

    def execute(self, *args: Any) -> duckdb.DuckDBPyConnection:
        self._recording.calls.append(_Call("execute", args))
        return self._con.execute(*args)

    def register(self, *args: Any) -> duckdb.DuckDBPyConnection:
        self._recording.calls.append(_Call("register", args))
        return self._con.register(*args)

    def unregister(self, *args: Any) -> duckdb.DuckDBPyConnection:
        self._recording.calls.append(_Call("unregister", args))
        return self._con.unregister(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


def is_conflict(error: BaseException) -> bool:
    """A commit refused because another transaction committed conflicting changes first."""
    return isinstance(error, duckdb.Error) and "conflict" in str(error).lower()
