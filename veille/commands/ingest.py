"""`veille run`, `veille reprocess` and `veille demo`: the ingest side of the CLI."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from veille.exit_codes import ExitCode

# Rich, the settings, Prefect and the crawler load inside the commands: `veille --help` lists
# these commands without them.

SourcesOption = Annotated[
    Path | None, typer.Option("--sources", help="Sources registry (YAML). Default: ./sources.yaml")
]
DbOption = Annotated[
    Path | None, typer.Option("--db", help="Warehouse (*.ducklake, or a *.duckdb file). Default: VEILLE_DB_PATH (data/veille.ducklake)")
]


def check_sources(path: Path) -> None:
    """Fail fast, before any run starts, on a malformed or empty registry (`SourcesError`)."""
    from crawlers.sources import SourcesError, enabled_sources

    if not path.is_file():
        raise SourcesError(f"sources file {path}: not found (give --sources or VEILLE_SOURCES_PATH)")
    enabled_sources(path)


def check_warehouse(db: Path) -> None:
    """Fail fast when the warehouse cannot be written or another run is writing it."""
    from warehouse.db import check_writable

    check_writable(db)


def run(
    sources: SourcesOption = None,
    db: DbOption = None,
    polite: Annotated[bool, typer.Option(help="Crawl delays and AutoThrottle (off only for local sites)")] = True,
) -> None:
    """Crawl every source once, process new articles and load the warehouse (a Prefect flow run)."""
    from flows.prefect_api import prefect_api_booting, temporary_server

    # The Prefect server boots first (seconds: the run waits for nothing else at the start),
    # while the settings are read, the sources and the warehouse checked and the flow imported;
    # it is stopped with us, even on kill -9, and at once if the input cannot be used.
    with prefect_api_booting(temporary_server) as api_ready:
        from veille.commands.console import print_summary
        from veille.settings import Settings

        settings = Settings()
        sources_path = sources or settings.sources_path
        database = db or settings.db_path
        # No warehouse yet: the run holds no article, so its flow loads the model at its start
        # (`flows.ingest`); it starts here instead, while Prefect starts the flow.
        first_run = not database.exists() and not settings.dask_address
        check_sources(sources_path)
        check_warehouse(database)
        # Prefect and the crawler: only once the input is known good
        from flows.ingest import ingest, warmed_up
        from flows.preload import loaded_ahead
        from warehouse.db import opened_ahead

        # what the run would do first, while the server boots
        with warmed_up(settings), opened_ahead(database), loaded_ahead(settings, start=first_run):
            api_ready(settings.prefect_startup_timeout)
            stats = ingest(str(sources_path), str(database), politeness=polite)
    print_summary(stats)
    if stats.get("status") != "completed":
        raise typer.Exit(int(ExitCode.FAILED))


def reprocess(db: DbOption = None) -> None:
    """Re-run extraction, NLP and resolution on every stored raw page, without the network."""
    from veille.commands.console import print_summary
    from veille.settings import Settings

    settings = Settings()
    database = db or settings.db_path
    if not database.exists():
        from warehouse.db import WarehouseMissing

        raise WarehouseMissing(f"no warehouse at {database} (run `veille run` first)")
    check_warehouse(database)
    from flows.prefect_api import prefect_api_booting, temporary_server

    with prefect_api_booting(temporary_server) as api_ready:
        from flows.reprocess import reprocess_flow  # while the server boots

        api_ready(settings.prefect_startup_timeout)
        stats = reprocess_flow(str(database))
    print_summary(stats)


def demo(
    out: Annotated[Path, typer.Option(help="The demo's own folder: its warehouse and digest")] = Path("out/demo"),
) -> None:
    """Serve the three bundled demo sites on loopback, ingest them twice, show trends, write a digest.

    Writes only to its own folder (never to the production warehouse of VEILLE_DB_PATH), and
    refuses to replace a warehouse there that it did not create.
    """
    from flows.prefect_api import prefect_api, temporary_server
    from veille.commands.console import console
    from veille.commands.demo import DemoFolderTaken, check_demo_folder, run_demo
    from veille.settings import Settings

    try:
        check_demo_folder(out)  # before starting anything
        with prefect_api(temporary_server, Settings().prefect_startup_timeout):
            run_demo(out, console)
    except DemoFolderTaken as error:
        typer.echo(f"Error: {error}", err=True)
        raise typer.Exit(int(ExitCode.USAGE)) from error


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(reprocess)
    app.command()(demo)
