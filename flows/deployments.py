"""Scheduled deployments: ingest daily at 06:00, digest on Mondays at 07:00, Europe/Paris time.

`veille serve` serves both from one long-lived process (`prefect.serve`); `prefect.yaml` at the
repository root describes the same deployments for teams with a Prefect server and a work pool.
"""
from __future__ import annotations

from prefect import serve
from prefect.schedules import Cron

from flows.digest import weekly_digest
from flows.ingest import ingest

TIMEZONE = "Europe/Paris"
INGEST_CRON = "0 6 * * *"
DIGEST_CRON = "0 7 * * 1"


def build_deployments(sources_path: str, db_path: str, out_dir: str, send_mail: bool):  # type: ignore[no-untyped-def]
    """The two RunnerDeployments, parameters bound to this installation's files."""
    ingest_deployment = ingest.to_deployment(
        name="veille-daily-ingest",
        schedule=Cron(INGEST_CRON, timezone=TIMEZONE),
        parameters={"sources_path": sources_path, "db_path": db_path},
        description="Crawl every source and load the warehouse.",
        tags=["veille"],
    )
    digest_deployment = weekly_digest.to_deployment(
        name="veille-weekly-digest",
        schedule=Cron(DIGEST_CRON, timezone=TIMEZONE),
        parameters={"db_path": db_path, "out_dir": out_dir, "send_mail": send_mail},
        description="Write (and send) the digest of the last complete week.",
        tags=["veille"],
    )
    return [ingest_deployment, digest_deployment]


def serve_forever(sources_path: str, db_path: str, out_dir: str, send_mail: bool) -> None:
    serve(*build_deployments(sources_path, db_path, out_dir, send_mail))
