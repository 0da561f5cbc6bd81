"""Console rendering for people, in one place: run summaries and query results as rich tables.

Why on the CLI side: only commands print; flows, pipeline and warehouse return data.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

import duckdb
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warehouse.named_queries import run_query

console = Console()


def print_summary(stats: dict) -> None:  # type: ignore[type-arg]
    """The run summary: pages fetched, articles new/unchanged/rejected by reason, entities."""
    outcomes: dict[str, int] = stats.get("outcomes", {})  # type: ignore[assignment]
    console.print(
        f"[bold]Run {stats.get('run_id', '')}[/bold] {stats.get('status', '')}: "
        f"{stats.get('pages_fetched', 0)} pages fetched, "
        f"{stats.get('articles_new', 0)} new articles, {stats.get('articles_updated', 0)} updated, "
        f"{outcomes.get('unchanged', 0)} unchanged, {stats.get('entities_new', 0)} entities new or renamed, "
        f"{stats.get('mentions', 0)} mentions, {stats.get('dates', 0)} dates, {stats.get('roles', 0)} roles."
    )
    by_source: dict[str, dict[str, int]] = stats.get("outcomes_by_source", {})  # type: ignore[assignment]
    columns = sorted({outcome for counts in by_source.values() for outcome in counts})
    table = Table(title="Outcomes per source", show_lines=False)
    table.add_column("source")
    for column in columns:
        table.add_column(column, justify="right")
    for source, counts in sorted(by_source.items()):
        table.add_row(source, *(str(counts.get(column, 0)) for column in columns))
    if columns:
        table.add_row("[bold]total", *(f"[bold]{outcomes.get(c, 0)}" for c in columns))
    console.print(table)
    for source, error in stats.get("failed_sources", {}).items():  # type: ignore[union-attr]
        console.print(f"[red]source {escape(source)} failed:[/red] {escape(str(error))}")


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
