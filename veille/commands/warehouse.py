"""`veille maintain`, `veille migrate-warehouse`, `veille backup`: a DuckLake warehouse's upkeep."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="The DuckLake warehouse (*.ducklake). Default: VEILLE_DB_PATH or data/veille.ducklake"),
]


def maintain(
    db: DbOption = None,
    keep_days: Annotated[float | None, typer.Option(
        "--keep-days", min=0, help="Snapshots (time travel) kept, in days. Default: VEILLE_LAKE_KEEP_DAYS")] = None,
) -> None:
    """Merge the small Parquet files runs add, expire old snapshots, delete unused files.

    Run it weekly (the weekly digest flow does, after the digest) or from cron; it waits for
    no run: while one is writing it stops with exit code 4 (busy).
    """
    from pipeline.clock import utcnow
    from veille.settings import Settings
    from warehouse.maintenance import maintain_lake

    settings = Settings()
    database = db if db is not None else settings.db_path
    done = maintain_lake(database, now=utcnow(),
                         keep_days=settings.lake_keep_days if keep_days is None else keep_days)
    typer.echo(f"{database}: {done.summary()}")


def migrate_warehouse(
    old: Annotated[Path, typer.Argument(help="The DuckDB warehouse file (*.duckdb) to migrate")],
    db: DbOption = None,
) -> None:
    """Copy a DuckDB-file warehouse into a new DuckLake, in one transaction, checks included.

    The old file stays where it is (brought to the current schema first, as a run would);
    point VEILLE_DB_PATH at the lake afterwards, or keep the default data/veille.ducklake.
    """
    from veille.settings import Settings
    from warehouse.maintenance import migrate_to_lake

    database = db if db is not None else Settings().db_path
    counts = migrate_to_lake(old, database)
    typer.echo(f"{old} -> {database}: " + ", ".join(f"{table} {rows}" for table, rows in counts.items()))


def backup(
    destination: Annotated[Path, typer.Argument(help="A new *.ducklake path for the copy")],
    db: DbOption = None,
) -> None:
    """Copy the lake (catalog and Parquet folder) while no run writes: a consistent backup."""
    from veille.settings import Settings
    from warehouse.maintenance import backup_lake

    database = db if db is not None else Settings().db_path
    files = backup_lake(database, destination)
    typer.echo(f"{database} -> {destination}: catalog and {files} Parquet files")


def register(app: Any) -> None:
    app.command("maintain")(maintain)
    app.command("migrate-warehouse")(migrate_warehouse)
    app.command("backup")(backup)
