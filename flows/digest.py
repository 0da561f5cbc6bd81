"""The weekly digest flow: build the digest of an ISO week, write it, optionally send it."""
from __future__ import annotations

from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from digest.build import EmptyWeek, last_complete_week
from digest.mail import DigestSendError, build_message, send
from digest.produce import produce_digest
from veille.settings import Settings


def _transient_failure(task, task_run, state) -> bool:  # type: ignore[no-untyped-def]
    """Retry a refused connection or a 4xx, never a wrong password or a refused recipient."""
    try:
        state.result()
    except DigestSendError as error:
        return error.transient
    except Exception:  # noqa: BLE001  (the predicate sees any failure) anything else is a bug or a configuration error: retrying cannot help
        return False
    return False


@task(
    name="send-digest",
    retries=3,
    retry_delay_seconds=[30, 120, 600],
    retry_condition_fn=_transient_failure,
    cache_policy=NO_CACHE,
)
def send_digest(message: EmailMessage, settings: Settings) -> None:
    """Network task, retried on its own: a flaky SMTP server must not rebuild the digest."""
    send(message, settings)


@task(name="maintain-warehouse", cache_policy=NO_CACHE)
def maintain_warehouse(database: Path, now: datetime, keep_days: float) -> None:
    """A lake's weekly housekeeping (`veille maintain`); skipped, not failed, while a run writes."""
    from warehouse.db import WarehouseBusy
    from warehouse.lake import is_lake
    from warehouse.maintenance import maintain_lake

    logger = get_run_logger()
    if not is_lake(database) or not database.exists():
        return
    try:
        done = maintain_lake(database, now=now, keep_days=keep_days)
    except WarehouseBusy as busy:
        logger.warning("warehouse maintenance skipped this week: %s", busy)
        return
    logger.info("warehouse maintained: %s", done.summary())


@flow(name="veille-digest")
def weekly_digest(
    week: date | None = None,
    out_dir: str = "out",
    db_path: str | None = None,
    send_mail: bool = False,
    now: datetime | None = None,
) -> dict[str, str]:
    """Digest of the ISO week containing `week` (default: the last complete week before `now`).

    `now` defaults to the clock when the flow starts (a scheduled run); tests and replays pass it.
    An empty week writes and sends nothing: the flow logs why and returns no files. Either way
    a DuckLake warehouse then gets its weekly maintenance (merge files, expire snapshots).
    """
    logger = get_run_logger()
    settings = Settings()
    now = now or datetime.now(UTC)
    week = week or last_complete_week(now.astimezone(ZoneInfo(settings.timezone)).date())
    database = Path(db_path) if db_path else settings.db_path
    try:
        digest, paths = produce_digest(database, week, Path(out_dir), settings, now)
    except EmptyWeek as empty:
        logger.warning("%s", empty)
        maintain_warehouse(database, now, settings.lake_keep_days)
        return {}
    logger.info("digest of week %s written: %s", week.isoformat(), {k: str(v) for k, v in paths.items()})
    if send_mail:
        send_digest(build_message(digest, settings), settings)
        logger.info("digest sent to %s", ", ".join(settings.digest_to))
    create_markdown_artifact(
        f"# Veille digest, week of {week.isoformat()}\n\n"
        + "\n".join(f"- {kind}: `{path}`" for kind, path in paths.items()),
        key="veille-digest",
        description="Weekly digest files",
    )
    maintain_warehouse(database, now, settings.lake_keep_days)
    return {kind: str(path) for kind, path in paths.items()}
