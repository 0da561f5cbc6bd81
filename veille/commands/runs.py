"""`veille runs`: the recent runs and how each ended, killed ones included."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

STATUS_STYLE = {"running": "cyan", "completed": "green", "failed": "red", "interrupted": "yellow"}


def runs(
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB warehouse file. Default: VEILLE_DB_PATH")] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many runs, newest first")] = 20,
) -> None:
    """Recent runs: status (running, completed, failed, interrupted), start, end, counts, error.

    A run found `running` whose process is gone is marked `interrupted` (in the run journal
    beside the warehouse; the next run copies it into the `runs` table).
    """
    from rich.console import Console
    from rich.table import Table

    from flows.runs import recent_runs
    from pipeline.clock import utcnow
    from veille.commands.analysis import warehouse_path  # the settings only when needed

    database = warehouse_path(db)
    now = utcnow()  # the edge: "now" is read here only
    entries = recent_runs(database, now, limit)
    if not entries:
        Console().print(f"No run recorded for {database} yet.")
        return
    table = Table(title=f"Runs of {database} (times UTC)")
    for column in ("run", "status", "started", "finished", "pages", "new", "updated"):
        table.add_column(column, no_wrap=True, justify="right" if column in ("pages", "new", "updated") else "left")
    table.add_column("error", overflow="fold")
    for entry in entries:
        stats = entry.stats or {}
        style = STATUS_STYLE.get(entry.status, "")
        table.add_row(
            entry.run_id, f"[{style}]{entry.status}[/{style}]" if style else entry.status,
            _when(entry.started_at), _when(entry.finished_at),
            str(stats.get("pages_fetched", "")), str(stats.get("articles_new", "")),
            str(stats.get("articles_updated", "")), (entry.error or "").splitlines()[0][:120] if entry.error else "",
        )
    Console().print(table)


def _when(moment: datetime | None) -> str:
    return f"{moment:%Y-%m-%d %H:%M:%S}" if moment else "—"


def register(app: typer.Typer) -> None:
    app.command()(runs)
