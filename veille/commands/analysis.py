"""`veille trends`, `veille query`, `veille sql`, `veille export`: reading the warehouse.

Every command opens the warehouse read-only, so it is safe while a run is writing.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import duckdb
import typer
from rich.console import Console

from veille.commands.console import query_table, rich_table
from veille.settings import Settings
from warehouse.db import connect
from warehouse.export import export_all
from warehouse.named_queries import UnknownQuery, named_queries

console = Console(width=160)

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="DuckDB warehouse file. Default: VEILLE_DB_PATH or out/veille.duckdb"),
]


def _open(db: Path | None) -> duckdb.DuckDBPyConnection:
    path = db or Settings().db_path
    try:
        return connect(path, read_only=True)
    except FileNotFoundError as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(2) from error


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            console.print(f"[red]--param expects key=value, got {pair!r}[/red]")
            raise typer.Exit(2)
        params[key.strip()] = value.strip()
    return params


def _list_queries() -> None:
    table = rich_table(
        "Named queries (also views: SELECT * FROM <name>)",
        ["name", "parameters", "what it shows"],
        [(q.name, ", ".join(q.params), q.summary) for q in named_queries().values()],
    )
    console.print(table)


def trends(
    week: Annotated[
        Optional[str],
        typer.Option(help="Any day of the ISO week to score, e.g. 2026-03-02. Default: latest week"),
    ] = None,
    type: Annotated[  # noqa: A002 - the option analysts type
        Optional[str], typer.Option("--type", help="Only this entity type: ORG, PER, LOC or MISC")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many entities to show")] = 20,
    db: DbOption = None,
) -> None:
    """Entities talked about more this week than over the 8 weeks before (trending_entities)."""
    _run_named("trending_entities", {"week": week, "type": type, "limit": limit}, db)


def query(
    name: Annotated[
        Optional[str], typer.Argument(help="Query name; omit it (or give an unknown one) to list them")
    ] = None,
    param: Annotated[
        Optional[list[str]],
        typer.Option("--param", "-p", help="Parameter as key=value, e.g. -p week=2026-03-02 -p limit=5"),
    ] = None,
    db: DbOption = None,
) -> None:
    """Run a named query of warehouse/queries/ (weekly_mentions, trending_entities, ...)."""
    if name is None:
        _list_queries()
        return
    if name not in named_queries():
        console.print(f"[red]No query named {name!r}.[/red]")
        _list_queries()
        raise typer.Exit(2)
    _run_named(name, _parse_params(param or []), db)


def _run_named(name: str, params: dict[str, object], db: Path | None) -> None:
    con = _open(db)
    try:
        console.print(query_table(con, name, params))
    except (ValueError, UnknownQuery, duckdb.Error) as error:
        console.print(f"[red]{name}: {error}[/red]")
        raise typer.Exit(2) from error
    finally:
        con.close()


def sql(
    statement: Annotated[str, typer.Argument(help='SQL to run, e.g. "SELECT * FROM stories"')],
    db: DbOption = None,
) -> None:
    """Run any read-only SQL against the warehouse and print the result."""
    con = _open(db)
    try:
        result = con.execute(statement)
        columns = [d[0] for d in result.description or []]
        console.print(rich_table(statement, columns, result.fetchall() if columns else []))
    except duckdb.Error as error:
        console.print(f"[red]SQL error: {error}[/red]")
        raise typer.Exit(1) from error
    finally:
        con.close()


def export(
    out: Annotated[Path, typer.Option("--out", help="Directory to write one file per relation")],
    format: Annotated[  # noqa: A002 - the option analysts type
        str, typer.Option("--format", help="parquet or csv")
    ] = "parquet",
    db: DbOption = None,
) -> None:
    """Export every table and view of the warehouse to Parquet or CSV files."""
    if format not in ("parquet", "csv"):
        console.print(f"[red]--format must be parquet or csv, not {format!r}[/red]")
        raise typer.Exit(2)
    con = _open(db)
    try:
        written = export_all(con, out, format)  # type: ignore[arg-type]
    finally:
        con.close()
    console.print(f"Wrote {len(written)} files to {out}: " + ", ".join(p.name for p in written))


def register(app: typer.Typer) -> None:
    """Add the analysis commands to the `veille` app."""
    app.command("trends")(trends)
    app.command("query")(query)
    app.command("sql")(sql)
    app.command("export")(export)


__all__ = ["register"]
