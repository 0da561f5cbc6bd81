"""The SQL files under `warehouse/`, read and run (a leaf: every warehouse module may import it).

Why a module of its own: SQL lives in `.sql` files, never in Python strings, and everything that
reads one (db, rollups, load, read, ...) must do so without importing the modules that use it.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

WAREHOUSE_DIR = Path(__file__).resolve().parent


def sql_file(relative: str) -> str:
    """The text of a `.sql` file under `warehouse/` (SQL lives in files, never in Python strings)."""
    return (WAREHOUSE_DIR / relative).read_text(encoding="utf-8")


def run_script(con: duckdb.DuckDBPyConnection, relative: str) -> int:
    """Execute every statement of a SQL file in order; returns the row count of the last one."""
    count = 0
    for statement in con.extract_statements(sql_file(relative)):
        rows = con.execute(statement).fetchall()
        count = int(rows[0][0]) if rows and len(rows[0]) == 1 and isinstance(rows[0][0], int) else 0
    return count
