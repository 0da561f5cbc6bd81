"""The schedules leadership relies on: ingest daily 06:00, digest Monday 07:00, Paris time.

The crons come from the settings (VEILLE_INGEST_CRON, VEILLE_DIGEST_CRON, VEILLE_TIMEZONE);
`prefect.yaml` cannot read them, so a test holds its crons equal to the settings' defaults.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from flows.deployments import build_deployments, next_fires
from veille.settings import Settings

DEFAULTS = Settings.model_fields
INGEST_CRON = DEFAULTS["ingest_cron"].default
DIGEST_CRON = DEFAULTS["digest_cron"].default
TIMEZONE = DEFAULTS["timezone"].default

ROOT = Path(__file__).resolve().parents[2]


def _schedule_of(deployment):  # type: ignore[no-untyped-def]
    (schedule,) = deployment.schedules
    return schedule.schedule


def test_runner_deployments_carry_paris_cron_schedules() -> None:
    ingest, digest = build_deployments("/srv/sources.yaml", "/srv/veille.duckdb", "/srv/out", True, Settings())
    assert ingest.name == "veille-daily-ingest"
    assert digest.name == "veille-weekly-digest"
    assert (_schedule_of(ingest).cron, _schedule_of(ingest).timezone) == ("0 6 * * *", "Europe/Paris")
    assert (_schedule_of(digest).cron, _schedule_of(digest).timezone) == ("0 7 * * 1", "Europe/Paris")
    assert ingest.parameters == {"sources_path": "/srv/sources.yaml", "db_path": "/srv/veille.duckdb"}
    assert digest.parameters["send_mail"] is True


def _next_fires(cron: str, start: datetime, n: int = 2) -> list[datetime]:
    """Prefect's own scheduler arithmetic (the server's CronSchedule), not a re-implementation."""
    return next_fires(cron, TIMEZONE, start, n)


def test_crons_and_time_zone_come_from_the_settings(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VEILLE_INGEST_CRON", "*/15 * * * *")
    monkeypatch.setenv("VEILLE_DIGEST_CRON", "30 8 * * 5")
    monkeypatch.setenv("VEILLE_TIMEZONE", "Africa/Casablanca")
    ingest, digest = build_deployments("s.yaml", "w.duckdb", "out", False, Settings())
    assert (_schedule_of(ingest).cron, _schedule_of(ingest).timezone) == ("*/15 * * * *", "Africa/Casablanca")
    assert (_schedule_of(digest).cron, _schedule_of(digest).timezone) == ("30 8 * * 5", "Africa/Casablanca")


def test_digest_fires_monday_0700_paris_time_in_winter_and_summer() -> None:
    paris = ZoneInfo(TIMEZONE)
    for start, utc_offset_hours in ((datetime(2026, 11, 25, tzinfo=paris), 1), (datetime(2026, 7, 1, tzinfo=paris), 2)):
        for fire in _next_fires(DIGEST_CRON, start):
            assert fire.weekday() == 0 and (fire.hour, fire.minute) == (7, 0)
            assert fire.utcoffset().total_seconds() == utc_offset_hours * 3600


def test_ingest_fires_daily_at_0600_paris_time() -> None:
    start = datetime(2026, 11, 25, 12, tzinfo=ZoneInfo(TIMEZONE))
    first, second = _next_fires(INGEST_CRON, start)
    assert (first.day, first.hour, second.day, second.hour) == (26, 6, 27, 6)


def test_prefect_yaml_describes_the_same_deployments() -> None:
    spec = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    by_name = {d["name"]: d for d in spec["deployments"]}
    assert by_name["veille-daily-ingest"]["schedules"] == [{"cron": INGEST_CRON, "timezone": TIMEZONE}]
    assert by_name["veille-weekly-digest"]["schedules"] == [{"cron": DIGEST_CRON, "timezone": TIMEZONE}]
    default_db = str(DEFAULTS["data_dir"].default / "veille.ducklake")  # the warehouse by default
    assert by_name["veille-daily-ingest"]["parameters"]["db_path"] == default_db
    assert by_name["veille-weekly-digest"]["parameters"]["db_path"] == default_db
    for deployment in by_name.values():
        module, _, function = deployment["entrypoint"].partition(":")
        assert (ROOT / module).is_file() and function
