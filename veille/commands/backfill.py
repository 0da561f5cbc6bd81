"""`veille backfill WARC...`: load past news from WARC archives (CC-NEWS) into the warehouse."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer


def backfill(
    warcs: Annotated[list[str], typer.Argument(
        help="WARC files (.warc.gz), globs, `warc.paths` listings, or http(s) URLs of either")],
    sources: Annotated[Path | None, typer.Option(
        "--sources", help="Sources registry: its hosts are kept unless VEILLE_BACKFILL_HOSTS is set, "
        "and name the articles of its outlets")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB warehouse file")] = None,
) -> None:
    """Read WARC archives and load their French on-topic articles through the crawl's pipeline.

    Files already loaded are skipped (the journal is the `backfill_files` table), so an
    interrupted backfill resumes by running the same command again. With VEILLE_DASK_ADDRESS set,
    files are analysed on that Dask cluster's workers; this process alone writes the warehouse.
    """
    from rich.console import Console

    from crawlers.warc_inputs import WarcInputError
    from flows.backfill import run_backfill
    from pipeline.clock import utcnow
    from veille.commands.console import print_summary
    from veille.settings import Settings

    console = Console()
    settings = Settings()
    try:
        stats = run_backfill(
            warcs, str(db or settings.db_path), str(sources or settings.sources_path),
            now=utcnow(), settings=settings,
        )
    except (WarcInputError, ValueError) as error:
        console.print(f"Backfill not started: {error}", style="red", markup=False)
        raise typer.Exit(2) from error
    print_summary(stats)
    warc: dict[str, Any] = stats.get("warc", {})  # type: ignore[assignment]
    console.print(
        f"WARC: {stats.get('skipped_files', 0)} files already loaded, {warc.get('files_done', 0)} read, "
        f"{warc.get('files_failed', 0)} failed; {warc.get('records', 0)} records, "
        f"{warc.get('pages', 0)} pages of kept hosts, {warc.get('corrupt', 0)} corrupt records.",
        markup=False,
    )
    if stats.get("status") != "completed":
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(backfill)
