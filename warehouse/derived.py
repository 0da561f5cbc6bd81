"""Derived objects of the warehouse: the analysts' views and the trend rollups, kept current.

Why a module of its own: `db.connect`/`db.writing` refresh them, and the named queries and
rollups they are built from must not import `db` back (no import cycle).
"""
from __future__ import annotations

import duckdb

from warehouse import rollups
from warehouse.named_queries import create_views
from warehouse.transactions import batch


def refresh_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Views follow the query files; rollups follow the base tables (no-op when fresh)."""
    with batch(con):
        create_views(con)
        rollups.refresh(con)
