"""`veille serve`: the scheduled deployments, served from this process."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from veille.settings import Settings


def serve(
    sources: Annotated[Path | None, typer.Option("--sources", help="Sources registry (YAML)")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB warehouse file")] = None,
    out: Annotated[Path, typer.Option(help="Where digests are written")] = Path("out"),
    send: Annotated[bool, typer.Option(help="Send the digest by e-mail (VEILLE_SMTP_*)")] = True,
) -> None:
    """Run the schedules: ingest daily at 06:00 and the digest on Mondays at 07:00 (Europe/Paris)."""
    from flows.deployments import serve_forever

    settings = Settings()
    serve_forever(
        str((sources or settings.sources_path).resolve()),
        str((db or settings.db_path).resolve()),
        str(out.resolve()),
        send,
    )


def register(app: typer.Typer) -> None:
    app.command()(serve)
