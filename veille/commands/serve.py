"""`veille serve`: the scheduled deployments, served from this process against a Prefect server."""
from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated
from zoneinfo import ZoneInfo

import typer

from veille.exit_codes import ExitCode

if TYPE_CHECKING:
    from veille.settings import Settings


def serve(
    sources: Annotated[Path | None, typer.Option("--sources", help="Sources registry (YAML)")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="DuckDB warehouse file. Default: VEILLE_DB_PATH")] = None,
    out: Annotated[Path | None, typer.Option(help="Where digests are written. Default: VEILLE_DATA_DIR/digests")] = None,
    send: Annotated[bool, typer.Option(help="Send the digest by e-mail (VEILLE_SMTP_*, VEILLE_DIGEST_TO)")] = True,
) -> None:
    """Run the schedules (VEILLE_INGEST_CRON, VEILLE_DIGEST_CRON in VEILLE_TIMEZONE) until stopped.

    Uses the Prefect server of PREFECT_API_URL; when it is unset, starts `prefect server start`
    (UI at http://VEILLE_PREFECT_HOST:VEILLE_PREFECT_PORT) and stops it on exit.
    """
    from veille.settings import Settings  # pydantic-settings: not for `veille --help`

    settings = Settings()
    if send and not settings.digest_to:
        typer.echo("Error: --send needs recipients: set VEILLE_DIGEST_TO (comma-separated), "
                   "or serve with --no-send.", err=True)
        raise typer.Exit(int(ExitCode.USAGE))
    if settings.user_agent_is_placeholder:
        typer.echo(f"Warning: VEILLE_USER_AGENT still names the example contact "
                   f"({settings.user_agent}); outlets expect a real one.", err=True)
    from flows.deployments import build_deployments, serve_forever
    from flows.prefect_api import prefect_api, scheduling_server

    deployments = build_deployments(
        str((sources or settings.sources_path).resolve()),
        str((db or settings.db_path).resolve()),
        str((out or settings.data_dir / "digests").resolve()),
        send,
        settings,
    )
    from flows.nlp_service import NlpResources, NlpService

    pipeline = NlpResources(settings, on_load=lambda: typer.echo(
        "NLP pipeline loaded in the serve process; every run uses it from now on."))
    with NlpService(pipeline) as nlp, \
            prefect_api(lambda: scheduling_server(settings), settings.prefect_startup_timeout) as api_url:
        # Flow runs are spawned processes: they find the pipeline this process keeps loaded here.
        os.environ["VEILLE_NLP_SERVICE"] = nlp.address
        typer.echo(f"Prefect API: {api_url} (UI: {api_url.removesuffix('/api')})")
        print_next_runs(settings, datetime.now(UTC))  # the edge: "now" is read here
        serve_forever(deployments)


def print_next_runs(settings: Settings, now: datetime) -> None:
    from flows.deployments import DIGEST_DEPLOYMENT, INGEST_DEPLOYMENT, next_fires

    zone = ZoneInfo(settings.timezone)
    for name, cron in ((INGEST_DEPLOYMENT, settings.ingest_cron), (DIGEST_DEPLOYMENT, settings.digest_cron)):
        (fire,) = next_fires(cron, settings.timezone, now)
        typer.echo(f"Next run of {name}: {fire.astimezone(zone):%Y-%m-%d %H:%M %Z} (cron '{cron}', {settings.timezone})")


def register(app: typer.Typer) -> None:
    app.command()(serve)
