"""Digest fixtures: a real DuckDB warehouse with several weeks of data, a real SMTP server."""
from __future__ import annotations

import socket
import ssl
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from digest.build import build_digest
from digest.model import Digest
from veille.settings import Settings
from warehouse.db import connect

FIXTURE_SQL = Path(__file__).parent / "fixtures" / "warehouse.sql"
DIGEST_DAY = date(2026, 11, 18)        # inside ISO week 47 of 2026 (16-22 November)
EMPTY_DAY = date(2026, 3, 4)           # a week with no article at all
NOW = datetime(2026, 11, 23, 6, 0, tzinfo=timezone.utc)  # when the digest is made: fixed, never the clock
SMTP_USER, SMTP_PASSWORD = "veille", "s3cret-Pa55"


@pytest.fixture(scope="session")
def warehouse_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated by the warehouse's own `connect`, then filled from `fixtures/warehouse.sql`."""
    path = tmp_path_factory.mktemp("warehouse") / "veille.duckdb"
    con = connect(path)
    con.execute(FIXTURE_SQL.read_text(encoding="utf-8"))
    con.close()
    return path


@pytest.fixture()
def con(warehouse_path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = connect(warehouse_path, read_only=True)
    yield connection
    connection.close()


def make_settings(**overrides: Any) -> Settings:
    """Settings from arguments only: no developer .env, no VEILLE_* from the environment."""
    values: dict[str, Any] = {
        "digest_from": "Veille <veille@example.org>",
        "digest_to": ["direction@example.org", "analystes@example.org"],
        "smtp_host": "127.0.0.1",
        "smtp_security": "none",
        "smtp_timeout": 10.0,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture(scope="session")
def week47(warehouse_path: Path) -> Digest:
    con = connect(warehouse_path, read_only=True)
    try:
        return build_digest(con, DIGEST_DAY, make_settings(), NOW)
    finally:
        con.close()


@pytest.fixture(scope="session")
def empty_week(warehouse_path: Path) -> Digest:
    con = connect(warehouse_path, read_only=True)
    try:
        return build_digest(con, EMPTY_DAY, make_settings(), NOW)
    finally:
        con.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Collector:
    """aiosmtpd handler keeping every message it accepts."""

    messages: list[Any] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 Message accepted for delivery"


def check_password(server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any) -> AuthResult:
    ok = (isinstance(auth_data, LoginPassword)
          and auth_data.login == SMTP_USER.encode() and auth_data.password == SMTP_PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


@dataclass
class SmtpServer:
    port: int
    collector: Collector


@pytest.fixture()
def smtp_server() -> Iterator[Callable[..., SmtpServer]]:
    """Start real SMTP servers on 127.0.0.1 (free port), stopped at the end of the test."""
    controllers: list[Controller] = []

    def start(**kwargs: Any) -> SmtpServer:
        collector = Collector()
        port = free_port()
        controller = Controller(collector, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        controllers.append(controller)
        return SmtpServer(port, collector)

    yield start
    for controller in controllers:
        controller.stop()


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    """A self-signed certificate for 127.0.0.1, made by the `openssl` CLI (skip where absent)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = [
        "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
        "-addext", "subjectAltName=IP:127.0.0.1",
    ]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=60)
    except (FileNotFoundError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot make a self-signed certificate with openssl: {error}")
    return Certificate(cert, key)
