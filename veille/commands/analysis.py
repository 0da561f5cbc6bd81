"""`veille trends`, `veille query`, `veille sql`, `veille export`: reading the warehouse.

Every command opens the warehouse read-only, so it is safe while a run is writing. Heavy
modules (DuckDB, settings, the warehouse package) are imported inside the commands, so that
`veille sql "select 1"` starts fast (README, "The command line").
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from veille.commands.output import Format, fail, notice, print_rows
from veille.exit_codes import ExitCode

if TYPE_CHECKING:
    import duckdb

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Warehouse (*.ducklake, or a *.duckdb file). Default: VEILLE_DB_PATH or data/veille.ducklake"),
]
FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="table or markdown (for people), csv or json (for pipes)"),
]
LimitOption = Annotated[
    int | None,
    typer.Option("--limit", min=0, help="Rows printed; 0 = all. Default: 50 for table and "
                 "markdown, all for csv and json. A notice on stderr says when rows are cut."),
]


def warehouse_path(db: Path | None) -> Path:
    """`--db`, else the warehouse of the environment: known without the settings when the
    environment alone decides it (veille/paths.py), else the settings' own (and their errors)."""
    if db is not None:
        return db
    import os

    from veille.paths import known_db_path

    known = known_db_path(os.environ, Path.cwd())
    if known is not None:
        return known
    from veille.settings import Settings  # pydantic-settings (~0.2 s): only when needed

    return Settings().db_path


def _open(db: Path | None) -> duckdb.DuckDBPyConnection:
    from warehouse.db import connect

    return connect(warehouse_path(db), read_only=True)


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            fail(f"--param expects key=value, e.g. -p week=2026-11-16; got {pair!r}")
        params[key.strip()] = value.strip()
    return params


def trends(
    week: Annotated[
        str | None,
        typer.Option(help="Any day of the ISO week to score, e.g. 2026-03-02. Default: latest week"),
    ] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="Only this entity type: ORG, PER, LOC or MISC")
    ] = None,
    limit: Annotated[int, typer.Option(min=0, help="How many entities to show")] = 20,
    format: FormatOption = Format.table,
    db: DbOption = None,
) -> None:
    """Entities talked about more this week than over the 8 weeks before (trending_entities)."""
    _run_named("trending_entities", {"week": week, "type": type, "limit": limit}, db, format, 0)


def query(
    name: Annotated[
        str | None, typer.Argument(help="Query name; omit it to list them")
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="Parameter as key=value, e.g. -p week=2026-03-02 -p limit=5"),
    ] = None,
    format: FormatOption = Format.table,
    limit: LimitOption = None,
    db: DbOption = None,
) -> None:
    """Run a named query of warehouse/sql/views/ (weekly_mentions, trending_entities, ...)."""
    from warehouse.named_queries import named_queries

    queries = named_queries()
    if name is None:
        rows = [(q.name, ", ".join(q.params), q.summary) for q in queries.values()]
        print_rows(["name", "parameters", "what it shows"], rows, format, 0,
                   title="Named queries (also views: SELECT * FROM <name>)")
        return
    if name not in queries:
        fail(f"no query named {name!r}; known: {', '.join(queries)} (`veille query` lists them)")
    _run_named(name, _parse_params(param or []), db, format, limit)


def _run_named(name: str, raw: Mapping[str, object], db: Path | None, fmt: Format, limit: int | None) -> None:
    from warehouse.named_queries import ParameterError, check_parameters, get_query, run_query

    given = {k: v for k, v in raw.items() if v is not None}
    try:
        typed = check_parameters(get_query(name), given)  # before the warehouse: say it first
    except ParameterError as error:
        fail(str(error))
    con = _open(db)
    try:
        columns, rows = run_query(con, name, given)
        shown = ", ".join(f"{k}={v}" for k, v in given.items())
        print_rows(columns, rows, fmt, limit, title=f"{name} ({shown})" if shown else name)
        if not rows:
            notice(_why_empty(con, typed.get("week")))
    finally:
        con.close()


def _why_empty(con: duckdb.DuckDBPyConnection, week: object) -> str:
    """What an empty weekly result may mean: which weeks do hold articles."""
    from warehouse.sql_files import sql_file

    first, latest, weeks, articles = con.execute(sql_file("read/article_weeks.sql")).fetchall()[0]
    if not articles:
        return "no rows: the warehouse holds no article yet (run `veille run` first)"
    span = (f"{articles} articles in {weeks} weeks, from the week of {first} to the week of "
            f"{latest} (the default)")
    if isinstance(week, date):
        monday = date.fromordinal(week.toordinal() - week.weekday())
        return f"no rows for the week of {monday}: {span}"
    return f"no rows: {span}; the query's thresholds may exclude everything"


def sql(
    statement: Annotated[str, typer.Argument(help='One query, e.g. "SELECT * FROM stories"')],
    format: FormatOption = Format.table,
    limit: LimitOption = None,
    db: DbOption = None,
) -> None:
    """Run one read-only query against the warehouse (no files, extensions or other databases)."""
    import duckdb

    from warehouse.console import StatementRefused, explain_error, run_query
    from warehouse.db import connect_sandboxed

    con = connect_sandboxed(warehouse_path(db))
    try:
        columns, rows = run_query(con, statement)
    except StatementRefused as error:
        fail(f"veille sql: {error}")
    except duckdb.Error as error:
        fail(f"veille sql: {explain_error(error)}")
    finally:
        con.close()
    print_rows(columns, rows, format, limit, title=" ".join(statement.split()))
    if not columns:
        notice("the statement returned no result set")


def export(
    out: Annotated[Path, typer.Option("--out", help="Directory to write one file per relation")],
    format: Annotated[
        str, typer.Option("--format", help="parquet or csv")
    ] = "parquet",
    include_raw: Annotated[
        bool, typer.Option("--include-raw", help="Also export raw_pages (every page's HTML; large)")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export the contract tables and the views, every week of the weekly views, to Parquet or CSV."""
    if format not in ("parquet", "csv"):
        fail(f"--format expects parquet or csv; got {format!r}")
    from warehouse.export import export_all

    con = _open(db)
    try:
        written = export_all(con, out, format, include_raw=include_raw)  # type: ignore[arg-type]
    finally:
        con.close()
    typer.echo(f"Wrote {len(written)} files to {out}: " + ", ".join(p.name for p in written))


def register(app: Any) -> None:
    """Add the analysis commands to the `veille` app."""
    app.command("trends")(trends)
    app.command("query")(query)
    app.command("sql")(sql)
    app.command("export")(export)


__all__ = ["ExitCode", "register"]
