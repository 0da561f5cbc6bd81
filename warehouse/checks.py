"""Data checks: each `warehouse/sql/checks/<name>.sql` selects the rows that break one rule.

`warehouse.db.writing` runs them before every swap or lake commit (a failure discards the
write); call `run_checks(con)` to audit any warehouse. An empty list means it holds its contract.
Each check reads `checked_<table>` for the rows under check (`warehouse/sql/scope/`): every row
for an audit or a copy-and-swap run, only the rows the run wrote inside a lake run. On a lake the
checks also stand for the PRIMARY KEY, UNIQUE and CHECK constraints DuckLake does not have
(`unique_keys`, `accepted_entity_type`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

from pipeline.records import Outcome
from warehouse import rollups
from warehouse.sql_files import SQL_DIR, read_sql, run_script, run_sql

CHECKS_DIR = SQL_DIR / "checks"
SAMPLE_ROWS = 5


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


def run_checks(con: duckdb.DuckDBPyConnection, *, only_new: bool = False) -> list[CheckFailure]:
    """Run every check; returns one failure per broken rule (read-only: safe on a live file).

    `only_new` (inside a lake run's transaction): check the rows it wrote, against the whole
    warehouse, so the checks cost what the run wrote.
    """
    run_script(con, "scope/new_rows.sql" if only_new else "scope/every_row.sql")
    values = {"accepted_outcomes": [str(o) for o in Outcome]}
    failures = []
    for name in check_names():
        query = read_sql(f"checks/{name}.sql")
        params = {k: v for k, v in values.items() if k in query.params}
        rows = run_sql(con, query, params)[1]
        if rows:
            failures.append(CheckFailure(name, query.summary, len(rows), rows[:SAMPLE_ROWS]))
    if not rollups.is_fresh(con):
        failures.append(CheckFailure(
            "rollups_fresh", "the trend rollups were built from the current data", 1,
            [("call warehouse.rollups.refresh(con), or load through warehouse.db.writing()",)]))
    return failures
