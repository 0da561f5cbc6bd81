"""Maintenance operations on the warehouse that are not loads: reset before a reprocess."""
from __future__ import annotations

import duckdb

from warehouse.sql_files import run_script


def reset_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Empty the tables that `veille reprocess` rebuilds from `raw_pages`."""
    run_script(con, "sql/maintenance/reset_derived.sql")
