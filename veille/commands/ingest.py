"""`veille run`, `veille reprocess` and `veille demo`: the ingest side of the CLI."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from veille.exit_codes import ExitCode
from veille.settings import Settings

console = Console()

SourcesOption = Annotated[
    Optional[Path], typer.Option("--sources", help="Sources registry (YAML). Default: ./sources.yaml")
]
DbOption = Annotated[
    Optional[Path], typer.Option("--db", help="DuckDB warehouse file. Default: out/veille.duckdb")
]


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
    settings = Settings()
    sources_path = sources or settings.sources_path
    database = db or settings.db_path
    check_sources(sources_path)
    check_warehouse(database)
    from flows.ingest import ingest  # Prefect, Scrapy, spaCy: only once the input is known good
    stats = ingest(str(sources_path), str(database), politeness=polite)
    print_summary(stats)
    if stats.get("status") != "completed":
        raise typer.Exit(int(ExitCode.FAILED))


def reprocess(db: DbOption = None) -> None:
    """Re-run extraction, NLP and resolution on every stored raw page, without the network."""
    settings = Settings()
    database = db or settings.db_path
    if not database.exists():
        from warehouse.db import WarehouseMissing

        raise WarehouseMissing(f"no warehouse at {database} (run `veille run` first)")
    check_warehouse(database)
    from flows.reprocess import reprocess_flow

    stats = reprocess_flow(str(database))
    print_summary(stats)


def demo(
    out: Annotated[Path, typer.Option(help="Where the warehouse and the digest are written")] = Path("out"),
) -> None:
    """Serve the three bundled demo sites on loopback, ingest them twice, show trends, write a digest."""
    from flows.demo import run_demo

    run_demo(out, console)


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(reprocess)
    app.command()(demo)
