"""`veille digest`: build the weekly digest for leadership, write it to disk, optionally send it."""
from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn
from zoneinfo import ZoneInfo

import typer

from veille.commands.output import fail
from veille.exit_codes import ExitCode

if TYPE_CHECKING:
    from veille.settings import Settings

# The digest package (Jinja2, matplotlib) and the settings load inside the command, so that
# `veille --help` does not pay for them.


def digest(
    week: Annotated[str | None, typer.Option(
        help="Any day of the ISO week to report, e.g. 2026-11-18 (Monday-Sunday weeks). "
             "Default: the last complete week.", metavar="DATE")] = None,
    out: Annotated[Path, typer.Option(
        help="Directory for digest-YYYY-Www.html (open it in a browser), .txt and .eml."),
    ] = Path("out"),
    send_mail: Annotated[bool, typer.Option(
        "--send", help="Also e-mail it to VEILLE_DIGEST_TO through VEILLE_SMTP_HOST.")] = False,
    db: Annotated[Path | None, typer.Option(
        help="Warehouse (*.ducklake, or a *.duckdb file). Default: VEILLE_DB_PATH or data/veille.ducklake.")] = None,
    today: Annotated[str | None, typer.Option(
        help="Make the digest as if today were DATE (default week, date shown in the digest); "
             "for replays. Default: today in VEILLE_TIMEZONE.", metavar="DATE")] = None,
) -> None:
    """Weekly digest e-mail: figures, top stories, rising organisations and people, new names,
    roles and leadership changes, agenda, failing sources. In French, HTML + plain text."""
    from digest.build import EmptyWeek
    from digest.mail import DigestConfigError, DigestSendError, build_message, recipients, send
    from digest.produce import produce_digest

    settings = _settings()
    now = _now(today, settings)
    day = _week_day(week, now)
    if send_mail:
        try:
            recipients(settings)  # a configuration error shows before any work is done
        except DigestConfigError as error:
            _fail(f"digest not sent: {error}")
    try:
        result, written = produce_digest(db or settings.db_path, day, out, settings, now)
    except FileNotFoundError as error:
        _fail(str(error), ExitCode.WAREHOUSE)
    except EmptyWeek as empty:
        _fail(str(empty), ExitCode.FAILED)
    for kind, path in written.items():
        typer.echo(f"{kind:5} {path}")
    if not send_mail:
        return
    try:
        send(build_message(result, settings), settings)
    except DigestConfigError as error:
        _fail(f"digest not sent: {error}")
    except DigestSendError as error:
        _fail(f"digest not sent: {error}", ExitCode.FAILED)
    typer.echo(f"sent to {', '.join(settings.digest_to)}")


def _settings() -> Settings:
    from pydantic import ValidationError

    from veille.settings import Settings

    try:
        return Settings()
    except ValidationError as error:
        problems = "; ".join(
            f"VEILLE_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in error.errors()
        )
        _fail(f"invalid configuration: {problems}")


def _now(today: str | None, settings: Settings) -> datetime:
    """The moment the digest is made: the clock (read here, at the edge only) or `--today`."""
    zone = ZoneInfo(settings.timezone)
    if today is None:
        return datetime.now(zone)
    try:
        return datetime.combine(date.fromisoformat(today), time(8, 0), zone)
    except ValueError:
        _fail(f"--today expects a date such as 2026-11-23, got {today!r}")


def _week_day(week: str | None, now: datetime) -> date:
    if week is None:
        from digest.build import last_complete_week

        return last_complete_week(now.date())
    try:
        return date.fromisoformat(week)
    except ValueError:
        _fail(f"--week expects a date such as 2026-11-18, got {week!r}")


def _fail(message: str, code: ExitCode = ExitCode.USAGE) -> NoReturn:
    fail(message, code)  # one line on stderr, markup off (veille.commands.output)


def register(app: typer.Typer) -> None:
    app.command("digest")(digest)
