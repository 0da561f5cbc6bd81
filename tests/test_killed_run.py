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


def _crawl_started(db: Path) -> bool:
    """The run journaled its start and a crawler writes its log in the run's spool (the child
    `veille run` starts ahead waits on stdin, outside any spool, until its crawl comes)."""
    try:
        first = json.loads(journal_path(db).read_text().splitlines()[0])
    except (OSError, IndexError, ValueError):
        return False
    return any(Path(first["spool"]).glob("*/crawl.log"))


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
            while not (_crawlers_running(run.pid) and _crawl_started(db)):
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


class _StalledWarc:
    """An HTTP server on loopback whose WARC download starts and then never goes on."""

    def __init__(self, head: bytes) -> None:
        import http.server
        import threading

        self.requested = threading.Event()
        self.release = threading.Event()
        stalled = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header("Content-Length", str(len(head) * 100))
                self.end_headers()
                self.wfile.write(head)
                self.wfile.flush()
                stalled.requested.set()
                stalled.release.wait(timeout=300)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/CC-NEWS-stalled.warc.gz"

    def close(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.slow
def test_killed_backfill_leaves_no_process_and_is_reported_interrupted_with_counts(tmp_path: Path) -> None:
    """`veille backfill` killed with SIGKILL while reading its second file (the first committed):
    nothing survives, `veille runs` says interrupted with the first file's counts, and the next
    run's start copies that into `runs`."""
    from tests.warcfiles import demo_archive, write_sources

    db = tmp_path / "veille.duckdb"
    files = demo_archive(tmp_path / "archive")
    sources = write_sources(tmp_path / "sources.yaml")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VEILLE_DATA_DIR": str(tmp_path / "data"),
           "VEILLE_BACKFILL_HOSTS": ".example", "VEILLE_NLP_PROCESSES": "1",
           "VEILLE_BACKFILL_COMMIT_FILES": "1"}
    env.pop("PREFECT_API_URL", None)  # `veille backfill` starts its own temporary server
    stalled = _StalledWarc(files[1].read_bytes()[:300])
    try:
        backfill = subprocess.Popen(
            [str(Path(sys.executable).parent / "veille"), "backfill", str(files[0]), stalled.url,
             "--sources", str(sources), "--db", str(db)],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + STARTUP_DEADLINE
            while not stalled.requested.is_set():  # the first file is committed, the second hangs
                assert backfill.poll() is None, "veille backfill ended before it could be interrupted"
                assert time.monotonic() < deadline, "the second file was never requested"
                time.sleep(0.2)
            children = descendants(backfill.pid)
            assert any("uvicorn" in command_line(pid) for pid in children)  # the temporary server
            backfill.send_signal(signal.SIGKILL)
            backfill.wait()
        finally:
            if backfill.poll() is None:
                backfill.kill()
    finally:
        stalled.close()
    assert wait_until_gone(children, deadline_seconds=20) == []

    journal = [json.loads(line) for line in journal_path(db).read_text().splitlines()]
    (run_id,) = {record["run_id"] for record in journal}
    assert [r["event"] for r in journal] == ["start", "progress"]  # no end: it was killed
    pages = journal[1]["stats"]["pages_fetched"]
    assert pages > 0

    result = CliRunner().invoke(app, ["runs", "--db", str(db)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    (line,) = [line for line in result.output.splitlines() if run_id in line]
    assert "interrupted" in line and f" {pages} " in f" {line} "

    from datetime import datetime

    from flows.runs import recorded_run

    moment = datetime(2030, 1, 1)  # the next run (any start); its own time does not matter here
    with recorded_run(db, "next", moment, clock=lambda: moment) as run:
        run.finish(moment, "completed", {})
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        status, stats = con.execute("SELECT status, stats FROM runs WHERE run_id = ?", [run_id]).fetchone()
    assert status == "interrupted" and json.loads(stats)["pages_fetched"] == pages
