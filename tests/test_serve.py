"""`veille serve` refuses what cannot work, and fires its schedules: a real Prefect server
(started by `veille serve` itself on a free loopback port, its database in tmp), an every-minute
ingest cron, the demo sites on loopback, and a completed scheduled run landing in a real DuckDB
warehouse.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import httpx
import pytest
from typer.testing import CliRunner

from demo.server import DemoSites
from flows.prefect_api import free_port
from tests.processes import descendants, wait_until_gone
from veille.cli import app

DEADLINE_SECONDS = 180.0  # the bound, from serving to a completed run: fail, not measure
STARTUP_DEADLINE_SECONDS = 240.0  # Prefect's server starting on a loaded machine


def _wait_for_serving(serve: subprocess.Popen, log: Path) -> None:  # type: ignore[type-arg]
    deadline = time.monotonic() + STARTUP_DEADLINE_SECONDS
    while "being served" not in log.read_text(errors="replace"):
        assert serve.poll() is None, log.read_text(errors="replace")[-3000:]
        assert time.monotonic() < deadline, "veille serve did not start serving in time"
        time.sleep(1)


def _completed_runs(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute(
                "SELECT count(*) FROM runs WHERE status = 'completed' "
                "AND run_id IN (SELECT run_id FROM articles)"
            ).fetchone()[0]
    except duckdb.IOException:  # the swap happened under us: look again
        return 0


@pytest.mark.slow
def test_serve_fires_an_every_minute_ingest_into_the_warehouse(tmp_path: Path) -> None:
    db = tmp_path / "veille.duckdb"
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
        "PREFECT_HOME": str(tmp_path / "client-home"),
        "VEILLE_DATA_DIR": str(tmp_path / "data"),  # the server's SQLite: data/prefect/prefect.db
        "VEILLE_PREFECT_PORT": str(port),
        "VEILLE_INGEST_CRON": "* * * * *",
        "VEILLE_DOWNLOAD_DELAY": "0",
        "VEILLE_AUTOTHROTTLE": "false",
        # The scheduler looks for new deployments every 60 s by default; 5 s keeps the test short.
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5",
    }
    env.pop("PREFECT_API_URL", None)
    log = tmp_path / "serve.log"
    with DemoSites() as sites, log.open("wb") as output:
        sources = sites.write_sources(tmp_path / "sources.yaml")
        serve = subprocess.Popen(
            [str(Path(sys.executable).parent / "veille"), "serve", "--no-send",
             "--sources", str(sources), "--db", str(db), "--out", str(tmp_path / "digests")],
            cwd=tmp_path, env=env, stdout=output, stderr=subprocess.STDOUT,
        )
        try:
            _wait_for_serving(serve, log)
            deadline = time.monotonic() + DEADLINE_SECONDS  # from the moment schedules are served
            while _completed_runs(db) == 0:
                assert serve.poll() is None, log.read_text(errors="replace")[-3000:]
                assert time.monotonic() < deadline, "no scheduled run completed in time:\n" + \
                    log.read_text(errors="replace")[-3000:]
                time.sleep(2)
            flow_runs = httpx.post(f"http://127.0.0.1:{port}/api/flow_runs/filter", json={
                "flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}}).json()
            assert any(run["auto_scheduled"] for run in flow_runs)  # made by the scheduler
            server = descendants(serve.pid)
        finally:
            serve.send_signal(signal.SIGTERM)
            try:
                serve.wait(timeout=90)
            except subprocess.TimeoutExpired:
                serve.kill()
                raise
    text = log.read_text(errors="replace")
    assert "Next run of veille-daily-ingest" in text and "(cron '* * * * *', Europe/Paris)" in text
    assert "veille@example.org" in text  # the placeholder User-Agent warning
    assert text.count("NLP pipeline loaded in the serve process") == 1  # the run used it
    assert wait_until_gone(server, deadline_seconds=30) == []  # the Prefect server stopped with it
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] > 0


def test_serve_refuses_to_send_without_recipients(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VEILLE_DIGEST_TO", raising=False)
    monkeypatch.setenv("VEILLE_DIGEST_TO", "")
    result = CliRunner().invoke(app, ["serve", "--send"])
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()  # one clear line, no traceback
    assert "VEILLE_DIGEST_TO" in line and "--no-send" in line
