"""Trend tables for people: the named queries rendered with rich (CLI, demo)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import duckdb
from rich.table import Table

from warehouse.db import sql_file
from warehouse.named_queries import run_query


def latest_week(con: duckdb.DuckDBPyConnection) -> date | None:
    """Monday of the latest ISO week with articles, None for an empty warehouse."""
    return con.execute(sql_file("sql/read/latest_week.sql")).fetchall()[0][0]


def rich_table(title: str, columns: Sequence[str], rows: Sequence[tuple]) -> Table:
    """Any result as a rich table; lists are joined so they stay readable."""
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(value) for value in row))
    return table


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(str(item) for item in value)
    return str(value)


def query_table(
    con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None = None
) -> Table:
    """Run a named query and render it."""
    columns, rows = run_query(con, name, params)
    shown = ", ".join(f"{k}={v}" for k, v in (params or {}).items() if v is not None)
    return rich_table(f"{name} ({shown})" if shown else name, columns, rows)


def trends_table(
    con: duckdb.DuckDBPyConnection,
    week: date | None = None,
    limit: int = 20,
    type: str | None = None,  # noqa: A002 - the analysts' word for an entity type
) -> Table:
    """The trending entities of a week (default: the latest week with articles)."""
    return query_table(con, "trending_entities", {"week": week, "limit": limit, "type": type})
