"""`veille run`, `veille reprocess` and `veille demo`: the ingest side of the CLI."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from crawlers.sources import SourcesError, load_sources
from veille.commands.console import console, print_summary
from veille.settings import Settings

SourcesOption = Annotated[
    Optional[Path], typer.Option("--sources", help="Sources registry (YAML). Default: ./sources.yaml")
]
DbOption = Annotated[
    Optional[Path], typer.Option("--db", help="DuckDB warehouse file. Default: out/veille.duckdb")
]


def check_sources(path: Path) -> None:
    """Fail fast, before any run starts, on a malformed registry."""
    try:
        load_sources(path)
    except SourcesError as error:
        console.print(f"[red]Invalid sources file:[/red] {error}")
        raise typer.Exit(2) from error
    except FileNotFoundError as error:
        console.print(f"[red]Sources file not found:[/red] {path}")
        raise typer.Exit(2) from error


def run(
    sources: SourcesOption = None,
    db: DbOption = None,
    polite: Annotated[bool, typer.Option(help="Crawl delays and AutoThrottle (off only for local sites)")] = True,
) -> None:
    """Crawl every source once, process new articles and load the warehouse (a Prefect flow run)."""
    from flows.ingest import ingest

    settings = Settings()
    sources_path = sources or settings.sources_path
    check_sources(sources_path)
    stats = ingest(str(sources_path), str(db or settings.db_path), politeness=polite)
    print_summary(stats)
    if stats.get("status") != "completed":
        raise typer.Exit(1)


def reprocess(db: DbOption = None) -> None:
    """Re-run extraction, NLP and resolution on every stored raw page, without the network."""
    from flows.reprocess import reprocess_flow

    settings = Settings()
    stats = reprocess_flow(str(db or settings.db_path))
    print_summary(stats)


def demo(
    out: Annotated[Path, typer.Option(help="Where the warehouse and the digest are written")] = Path("out"),
) -> None:
    """Serve the three bundled demo sites on loopback, ingest them twice, show trends, write a digest."""
    from veille.commands.demo import run_demo

    run_demo(out, console)


def register(app: typer.Typer) -> None:
    app.command()(run)
    app.command()(reprocess)
    app.command()(demo)
