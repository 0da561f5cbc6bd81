"""`veille demo`: the whole pipeline on the bundled demo sites, end to end, on loopback only."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import duckdb
from rich.console import Console

from demo.server import DemoSites
from flows.digest import weekly_digest
from flows.ingest import ingest
from veille.commands.console import print_summary, rich_table
from warehouse.db import connect
from warehouse.named_queries import run_query
from warehouse.trends import latest_week

# Left beside the demo's warehouse: the demo may start it afresh next time. A warehouse without
# this mark was not made by the demo, and the demo never deletes it.
DEMO_MARK = "veille.duckdb.made-by-demo"


class DemoFolderTaken(RuntimeError):
    """The demo folder holds a warehouse the demo did not create."""


def check_demo_folder(out: Path) -> Path:
    """The demo warehouse path in `out`; raises `DemoFolderTaken` if someone else's is there."""
    database = out / "veille.ducklake"
    for found in (database, out / "veille.duckdb"):  # the latter: a demo of before DuckLake
        if found.exists() and not (out / DEMO_MARK).exists():
            raise DemoFolderTaken(
                f"{found} exists and was not created by `veille demo`: it is left alone. "
                "Choose another folder with --out."
            )
    return database


def reset_demo_folder(out: Path) -> Path:
    """Make `out` ready for a fresh demo warehouse; returns the warehouse path.

    Deletes only what an earlier demo created (the mark says so); refuses otherwise.
    """
    database = check_demo_folder(out)
    mark = out / DEMO_MARK
    out.mkdir(parents=True, exist_ok=True)
    for stale in (database, out / "veille.duckdb", out / "work", *out.glob("veille.duckdb.*"),
                  *out.glob("veille.ducklake.*")):
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.exists() and stale != mark:
            stale.unlink()
    mark.write_text("This folder's warehouse was created by `veille demo`, which may replace it.\n",
                    encoding="utf-8")
    return database


def run_demo(out: Path, console: Console) -> None:
    """Serve the demo sites, ingest twice (the second run shows incremental crawling), report."""
    database = reset_demo_folder(out)
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
    console.print(f"Warehouse: {database} (query it with `veille sql --db {database}` or `veille query`)")


def _trend_summary(con: duckdb.DuckDBPyConnection, week: date | None) -> object:
    """The trending entities of the week, narrowed to the columns that fit a terminal."""
    columns, rows = run_query(con, "trending_entities", {"week": week, "limit": 15})
    keep = ["rank", "name", "type", "stories", "sources", "baseline_stories", "lift"]
    index = [columns.index(column) for column in keep]
    return rich_table(
        f"Trending entities, week of {week}", keep, [tuple(row[i] for i in index) for row in rows]
    )
