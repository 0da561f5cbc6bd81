"""A `veille run` killed with SIGKILL mid-crawl leaves no process behind and shows `interrupted`.

Real processes throughout: the CLI as a subprocess against the demo sites on loopback, its Scrapy
children and its temporary Prefect server; the kill is a real SIGKILL.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from demo.server import DemoSites
from tests.processes import command_line, descendants, wait_until_gone
from veille.cli import app
from warehouse.journal import journal_path

ROOT = Path(__file__).resolve().parents[1]
STARTUP_DEADLINE = 240.0  # a loaded 2-core machine may take long to start Prefect's server


def _crawlers_running(pid: int) -> dict[int, str | None]:
    return {child: identity for child, identity in descendants(pid).items()
            if "crawlers.process" in command_line(child)}


@pytest.mark.slow
def test_killed_run_leaves_no_process_and_is_reported_interrupted(tmp_path: Path) -> None:
    db = tmp_path / "veille.duckdb"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "VEILLE_DATA_DIR": str(tmp_path / "data"),
        "VEILLE_DOWNLOAD_DELAY": "5",  # polite and slow: the crawl would last minutes
        "VEILLE_AUTOTHROTTLE": "false",
    }
    env.pop("PREFECT_API_URL", None)  # `veille run` starts its own temporary server
    with DemoSites() as sites:
        sources = sites.write_sources(tmp_path / "sources.yaml")
        run = subprocess.Popen(
            [str(Path(sys.executable).parent / "veille"), "run", "--sources", str(sources), "--db", str(db)],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + STARTUP_DEADLINE
            while not _crawlers_running(run.pid):
                assert run.poll() is None, "veille run ended before its crawl could be interrupted"
                assert time.monotonic() < deadline, "no crawler started in time"
                time.sleep(0.2)
            children = descendants(run.pid)
            assert any("uvicorn" in command_line(pid) for pid in children)  # the temporary server
            run.send_signal(signal.SIGKILL)
            run.wait()
        finally:
            if run.poll() is None:
                run.kill()
        survivors = wait_until_gone(children, deadline_seconds=20)  # far shorter than the crawl
        assert survivors == []

    journal = [json.loads(line) for line in journal_path(db).read_text().splitlines()]
    (run_id,) = {record["run_id"] for record in journal}
    spool = Path(journal[0]["spool"])
    assert spool.is_dir()  # left by the killed run; the next run removes it

    result = CliRunner().invoke(app, ["runs", "--db", str(db)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if run_id in line]
    assert "interrupted" in line
    # The next run copying it into `runs` and removing its spool: tests/flows/test_runs.py.
