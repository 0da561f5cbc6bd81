"""`veille digest` through typer's CliRunner: files written, mail sent, clear errors."""
from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from digest.weeks import last_complete_week, week_of
from tests.digest.conftest import SMTP_PASSWORD, SMTP_USER, SmtpServer, check_password
from veille.cli import app

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture()
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[..., None]:
    """A clean VEILLE_* environment (no developer .env: the working directory is empty)."""
    for name in list(os.environ):
        if name.startswith("VEILLE_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)

    def set_env(**values: object) -> None:
        for name, value in values.items():
            monkeypatch.setenv(f"VEILLE_{name.upper()}", str(value))

    return set_env


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["digest", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_writes_html_text_and_eml(env: Callable[..., None], warehouse_path: Path, tmp_path: Path) -> None:
    env()
    code, output = run("--week", "2026-11-18", "--db", str(warehouse_path), "--out", str(tmp_path / "out"))
    assert code == 0, output
    stem = tmp_path / "out" / "digest-2026-W47"
    html = stem.with_suffix(".html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') == 3 and "cid:" not in html  # offline preview
    assert "Semaine 47, du 16 au 22 novembre 2026" in stem.with_suffix(".txt").read_text("utf-8")
    eml = message_from_bytes(stem.with_suffix(".eml").read_bytes(), policy=policy.default)
    assert eml["To"] == "undisclosed-recipients:;"
    assert str(stem.with_suffix(".html")) in output


def test_default_week_is_the_last_complete_one(
    env: Callable[..., None], warehouse_path: Path, tmp_path: Path
) -> None:
    env(db_path=warehouse_path)
    code, output = run("--out", str(tmp_path), "--today", "2026-11-25")
    assert code == 0, output
    expected = week_of(last_complete_week(date(2026, 11, 25)))
    assert expected.label == "2026-W47"
    assert (tmp_path / f"digest-{expected.label}.html").exists()


def test_an_empty_week_writes_nothing_and_names_the_latest_week(
    env: Callable[..., None], warehouse_path: Path, tmp_path: Path
) -> None:
    env(db_path=warehouse_path)
    code, output = run("--out", str(tmp_path), "--today", "2027-06-09")
    assert code == 1, output
    assert "no article in week 2027-W22" in output and "no digest written" in output
    assert "latest week with articles is 2026-W" in output
    assert not list(tmp_path.glob("digest-*"))
    code, output = run("--out", str(tmp_path), "--today", "23/11/2026")
    assert code == 2 and "--today expects a date" in output


def test_send_delivers_to_the_configured_server(
    env: Callable[..., None], warehouse_path: Path, tmp_path: Path,
    smtp_server: Callable[..., SmtpServer],
) -> None:
    server = smtp_server(auth_required=True, auth_require_tls=False, authenticator=check_password)
    env(smtp_host="127.0.0.1", smtp_port=server.port, smtp_security="none",
        smtp_user=SMTP_USER, smtp_password=SMTP_PASSWORD,
        digest_from="veille@example.org", digest_to="a@example.org, b@example.org")
    code, output = run("--week", "2026-11-18", "--db", str(warehouse_path),
                       "--out", str(tmp_path), "--send")
    assert code == 0, output
    (envelope,) = server.collector.messages
    assert envelope.rcpt_tos == ["a@example.org", "b@example.org"]
    assert SMTP_PASSWORD not in output


def test_send_errors_are_one_clear_line(
    env: Callable[..., None], warehouse_path: Path, tmp_path: Path,
    smtp_server: Callable[..., SmtpServer],
) -> None:
    env()
    code, output = run("--week", "2026-11-18", "--db", str(warehouse_path), "--send")
    assert code == 2 and "VEILLE_DIGEST_TO" in output and "Traceback" not in output

    server = smtp_server(auth_required=True, auth_require_tls=False, authenticator=check_password)
    env(smtp_host="127.0.0.1", smtp_port=server.port, smtp_security="none",
        smtp_user=SMTP_USER, smtp_password="not-the-password", digest_to="a@example.org")
    code, output = run("--week", "2026-11-18", "--db", str(warehouse_path),
                       "--out", str(tmp_path), "--send")
    assert code == 1 and "authentication failed" in output
    assert "not-the-password" not in output and "Traceback" not in output


def test_bad_week_and_missing_warehouse(env: Callable[..., None], tmp_path: Path) -> None:
    env()
    code, output = run("--week", "18/11/2026", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "--week expects a date" in output
    code, output = run("--db", str(tmp_path / "none.duckdb"))
    assert code == 3 and "no warehouse" in output


def test_invalid_configuration_is_one_clear_line(env: Callable[..., None], warehouse_path: Path) -> None:
    env(smtp_security="tls-please", smtp_password="hunter2-secret")
    code, output = run("--week", "2026-11-18", "--db", str(warehouse_path))
    assert code == 2 and "VEILLE_SMTP_SECURITY" in output and "Traceback" not in output
    assert "hunter2-secret" not in output
