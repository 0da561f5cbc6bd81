"""Data checks: each `warehouse/checks/<name>.sql` selects the rows that break one rule.

Run after a load (`run_checks(con)`); an empty list means the warehouse holds its contract.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb

from pipeline.records import Outcome
from warehouse import rollups

CHECKS_DIR = Path(__file__).resolve().parent / "checks"
SAMPLE_ROWS = 5


@dataclass(frozen=True, slots=True)
class CheckFailure:
    """A broken rule: which check, what it says, how many rows, and a few of them."""

    check: str
    rule: str
    rows: int
    sample: list[tuple]

    def __str__(self) -> str:
        return f"{self.check}: {self.rows} row(s) break '{self.rule}', e.g. {self.sample[:2]}"


def check_names() -> list[str]:
    return [path.stem for path in sorted(CHECKS_DIR.glob("*.sql"))]


def run_checks(con: duckdb.DuckDBPyConnection) -> list[CheckFailure]:
    """Run every check; returns one failure per broken rule (read-only: safe on a live file)."""
    con.execute('SET VARIABLE "accepted_outcomes" = ?', [[str(o) for o in Outcome]])
    failures = []
    for path in sorted(CHECKS_DIR.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        rule = text.splitlines()[0].lstrip("- ").strip()
        rows = con.execute(text).fetchall()
        if rows:
            failures.append(CheckFailure(path.stem, rule, len(rows), rows[:SAMPLE_ROWS]))
    if not rollups.is_fresh(con):
        failures.append(CheckFailure(
            "rollups_fresh", "the trend rollups were built from the current data", 1,
            [("call warehouse.rollups.refresh(con), or load through warehouse.db.writing()",)]))
    return failures
