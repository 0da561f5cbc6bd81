"""A server whose owner died without stopping it is stopped by the next one that starts (the
fallback where no parent-death signal exists). Real processes: a live stand-in server, a dead owner."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from flows.prefect_api import stop_orphans
from crawlers.lifeline import process_identity


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
