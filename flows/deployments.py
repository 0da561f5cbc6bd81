"""Scheduled deployments: the ingest and the weekly digest, on the crons of the settings.

`veille serve` serves both from one long-lived process (`prefect.serve`) against a real Prefect
server (its scheduler creates the runs); `prefect.yaml` at the repository root describes the same
deployments with the same default crons for teams with a work pool (a test keeps them equal).
"""
from __future__ import annotations

import asyncio
import inspect
from datetime import datetime

from prefect import serve
from prefect.schedules import Cron

from flows.digest import weekly_digest
from flows.ingest import ingest
from veille.settings import Settings

INGEST_DEPLOYMENT = "veille-daily-ingest"
DIGEST_DEPLOYMENT = "veille-weekly-digest"


def build_deployments(sources_path: str, db_path: str, out_dir: str, send_mail: bool,
                      settings: Settings | None = None):  # type: ignore[no-untyped-def]
    """The two RunnerDeployments, parameters bound to this installation's files."""
    settings = settings or Settings()
    ingest_deployment = ingest.to_deployment(
        name=INGEST_DEPLOYMENT,
        schedule=Cron(settings.ingest_cron, timezone=settings.timezone),
        parameters={"sources_path": sources_path, "db_path": db_path},
        description="Crawl every source and load the warehouse.",
        tags=["veille"],
    )
    digest_deployment = weekly_digest.to_deployment(
        name=DIGEST_DEPLOYMENT,
        schedule=Cron(settings.digest_cron, timezone=settings.timezone),
        parameters={"db_path": db_path, "out_dir": out_dir, "send_mail": send_mail},
        description="Write (and send) the digest of the last complete week.",
        tags=["veille"],
    )
    return [ingest_deployment, digest_deployment]


def next_fires(cron: str, timezone: str, after: datetime, n: int = 1) -> list[datetime]:
    """The next `n` times `cron` fires after `after`, by Prefect's own scheduler arithmetic."""
    from prefect.server.schemas.schedules import CronSchedule

    dates = CronSchedule(cron=cron, timezone=timezone).get_dates(n, start=after)
    return list(asyncio.run(dates) if inspect.isawaitable(dates) else dates)


def serve_forever(deployments) -> None:  # type: ignore[no-untyped-def]
    """Serve until SIGTERM or Ctrl-C (Prefect's runner stops gracefully on both)."""
    serve(*deployments)
