"""A server whose owner died without stopping it is stopped by the next one that starts (the
fallback where no parent-death signal exists). Real processes: a live stand-in server, a dead owner."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.lifeline import process_identity
from flows.prefect_api import stop_orphans


def test_a_server_left_by_a_dead_owner_is_stopped(tmp_path: Path) -> None:
    owner = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead_owner = int(owner.stdout)
    orphan = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
    kept = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"], start_new_session=True)
    try:
        for server, owner_pid in ((orphan, dead_owner), (kept, os.getpid())):  # we are alive
            (tmp_path / f"{server.pid}.json").write_text(json.dumps({
                "server_pid": server.pid, "server_process": process_identity(server.pid),
                "owner_pid": owner_pid, "owner_process": process_identity(owner_pid),
            }))
        assert stop_orphans(tmp_path) == [orphan.pid]
        orphan.wait(timeout=30)
        assert kept.poll() is None  # its owner lives: left alone
        assert sorted(p.name for p in tmp_path.iterdir()) == [f"{kept.pid}.json"]
    finally:
        for process in (orphan, kept):
            if process.poll() is None:
                process.kill()
                process.wait()


@pytest.mark.slow  # a real Prefect server and flow run
def test_a_run_on_its_own_temporary_server_sends_no_heartbeat_and_the_setting_comes_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Heartbeats only tell a lasting server that a run crashed; on the run's own server their
    thread, sleeping by whole seconds, would only hold the end of every run (real server, real flow)."""
    from prefect import flow
    from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

    from flows.prefect_api import prefect_api, temporary_server

    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "home"))

    @flow
    def heartbeat_setting() -> int | None:
        return get_current_settings().flows.heartbeat_frequency

    before = get_current_settings().flows.heartbeat_frequency
    # No API configured, as for `veille run` (the session's test harness may have set one).
    with temporary_settings(restore_defaults={PREFECT_API_URL}), \
            prefect_api(temporary_server, 120.0) as api_url:
        assert api_url.startswith("http://127.0.0.1:")
        assert heartbeat_setting() is None
    assert before is not None and get_current_settings().flows.heartbeat_frequency == before
