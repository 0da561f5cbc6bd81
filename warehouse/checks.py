"""Data checks: each `warehouse/sql/checks/<name>.sql` selects the rows that break one rule.

`warehouse.db.writing` runs them before every swap or lake commit (a failure discards the
write); call `run_checks(con)` to audit any warehouse. An empty list means it holds its contract.
Each check reads `checked_<table>` for the rows under check (`warehouse/sql/scope/`): every row
for an audit or a copy-and-swap run, only the rows the run wrote inside a lake run. On a lake the
checks also stand for the PRIMARY KEY, UNIQUE and CHECK constraints DuckLake does not have
(`unique_keys`, `accepted_entity_type`). Every check's rows come from its `checked_*` rows:
inside a lake run, a check whose checked views are all empty is skipped (a re-run that wrote
nothing but its run and crawl-log rows runs 4 of the checks, not 21).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import duckdb

from pipeline.records import Outcome
from warehouse import rollups
from warehouse.sql_files import SQL_DIR, read_sql, run_script, run_sql

CHECKS_DIR = SQL_DIR / "checks"
SAMPLE_ROWS = 5
_CHECKED_VIEW = re.compile(r"\bchecked_[a-z_]+\b")


@dataclass(frozen=True, slots=True)
class CheckFailure:
    """A broken rule: which check, what it says, how many rows, and a few of them."""

    check: str
    rule: str
    rows: int
    sample: list[tuple[Any, ...]]

    def __str__(self) -> str:
        return f"{self.check}: {self.rows} row(s) break '{self.rule}', e.g. {self.sample[:2]}"


def check_names() -> list[str]:
    return [path.stem for path in sorted(CHECKS_DIR.glob("*.sql"))]


def checked_views(query_text: str) -> set[str]:
    """The `checked_*` views (scope/*.sql) a check reads."""
    return set(_CHECKED_VIEW.findall(query_text))


def run_checks(con: duckdb.DuckDBPyConnection, *, only_new: bool = False) -> list[CheckFailure]:
    """Run every check; returns one failure per broken rule (read-only: safe on a live file).

    `only_new` (inside a lake run's transaction): check the rows it wrote, against the whole
    warehouse, so the checks cost what the run wrote; a check with no written row to look at
    is skipped.
    """
    run_script(con, "scope/new_rows.sql" if only_new else "scope/every_row.sql")
    written = ({view for (view,) in run_sql(con, read_sql("scope/written_views.sql"))[1]}
               if only_new else None)
    values = {"accepted_outcomes": [str(o) for o in Outcome]}
    failures = []
    for name in check_names():
        query = read_sql(f"checks/{name}.sql")
        reads = checked_views(query.text)
        if written is not None and reads and not reads & written:
            continue  # its rows come from checked rows, and there are none
        params = {k: v for k, v in values.items() if k in query.params}
        rows = run_sql(con, query, params)[1]
        if rows:
            failures.append(CheckFailure(name, query.summary, len(rows), rows[:SAMPLE_ROWS]))
    if not rollups.is_fresh(con):
        failures.append(CheckFailure(
            "rollups_fresh", "the trend rollups were built from the current data", 1,
            [("call warehouse.rollups.refresh(con), or load through warehouse.db.writing()",)]))
    return failures
