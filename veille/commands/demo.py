"""`veille demo`: the whole pipeline on the bundled demo sites, end to end, on loopback only."""
from __future__ import annotations

import shutil
from pathlib import Path

from rich.console import Console

from demo.server import DemoSites
from flows.digest import weekly_digest
from flows.ingest import ingest
from veille.commands.console import print_summary, rich_table
from warehouse.db import connect
from warehouse.named_queries import run_query
from warehouse.trends import latest_week


def run_demo(out: Path, console: Console) -> None:
    """Serve the demo sites, ingest twice (the second run shows incremental crawling), report."""
    out.mkdir(parents=True, exist_ok=True)
    database = out / "veille.duckdb"
    for stale in (database, out / "work"):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists():
            stale.unlink()
    with DemoSites() as sites:
        sources = sites.write_sources(out / "demo-sources.yaml")
        console.rule("[bold]Veille demo: sites served at " + ", ".join(sites.base_urls.values()))
        console.print("[bold]First run[/bold]: crawl, extract, analyse, load")
        print_summary(ingest(str(sources), str(database), politeness=False))
        console.print(
            "[bold]Second run[/bold] on unchanged sites: feeds and sitemaps answer 304, nothing is added; "
            "articles first seen today are re-fetched once to catch corrections"
        )
        print_summary(ingest(str(sources), str(database), politeness=False))
    con = connect(database, read_only=True)
    try:
        week = latest_week(con)
        if week is None:
            console.print("[red]No article was stored: nothing to report.[/red]")
            return
        console.print(_trend_summary(con, week))
    finally:
        con.close()
    paths = weekly_digest(week=week, out_dir=str(out), db_path=str(database), send_mail=False)
    console.print(f"[bold green]Digest of the week of {week}:[/bold green] " + ", ".join(paths.values()))
    console.print(f"Warehouse: {database} (open it with `duckdb -readonly {database}` or `veille sql`)")


def _trend_summary(con, week) -> object:  # type: ignore[no-untyped-def]
    """The trending entities of the week, narrowed to the columns that fit a terminal."""
    columns, rows = run_query(con, "trending_entities", {"week": week, "limit": 15})
    keep = ["rank", "name", "type", "stories", "sources", "baseline_stories", "lift"]
    index = [columns.index(column) for column in keep]
    return rich_table(
        f"Trending entities, week of {week}", keep, [tuple(row[i] for i in index) for row in rows]
    )
