"""A real dask.distributed cluster on loopback: `dask scheduler` and `dask worker` subprocesses."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _start(arguments: list[str], log: Path) -> subprocess.Popen[bytes]:
    env = os.environ | {"PYTHONPATH": str(PROJECT_ROOT)}
    handle = log.open("wb")
    return subprocess.Popen([str(DASK), *arguments], stdout=handle, stderr=subprocess.STDOUT,
                            env=env, cwd=PROJECT_ROOT, start_new_session=True)


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End a process we started and its children (its own session), by its id."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


@contextmanager
def dask_cluster(workers: int, logs: Path) -> Iterator[str]:
    """Yield the scheduler address once `workers` single-threaded workers have joined."""
    from distributed import Client

    logs.mkdir(parents=True, exist_ok=True)
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes = [_start(["scheduler", "--host", "127.0.0.1", "--port", str(port),
                         "--no-dashboard"], logs / "scheduler.log")]
    try:
        for index in range(workers):
            processes.append(_start(["worker", address, "--nworkers", "1", "--nthreads", "1",
                                     "--host", "127.0.0.1", "--no-dashboard",
                                     "--name", f"veille-{index}"], logs / f"worker-{index}.log"))
        with Client(address, timeout=120) as client:
            client.wait_for_workers(workers, timeout=180)
        yield address
    finally:
        for process in reversed(processes):
            _stop(process)
