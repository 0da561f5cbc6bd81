"""The Prefect API a command talks to: PREFECT_API_URL when set, else a server Veille starts.

Why Veille starts it rather than Prefect: Prefect's own temporary server (started when no API is
configured) has no scheduler, so `veille serve` would never fire a schedule, and it outlives a
`veille run` killed with SIGKILL. Here:

- `veille serve` starts `prefect server start` (scheduler and UI, its SQLite under
  VEILLE_DATA_DIR/prefect), waits for `/api/health`, and stops it on exit;
- `veille run` / `veille reprocess` start the same kind of API-only server Prefect would, on a
  free loopback port, and stop it when the run ends.

Both start through `crawlers.lifeline` (SIGTERM when the parent dies) in their own process group
(a Ctrl-C reaches Veille, which records the run's end before stopping the server). Each server
leaves a record in `<PREFECT_HOME>/veille-servers/`; a server whose owner died without stopping it
(only possible where there is no parent-death signal) is stopped by the next one that starts.

Start-up: the server takes seconds to boot (its imports), and so does the command (Prefect's and
the flow's imports). `prefect_api_booting` launches the server first, before Prefect is even
imported here, and waits for it only when the flow is about to run, so the two overlap. Whether an
API is configured is known only once Prefect reads its settings: the server is launched on the
guess "none" when PREFECT_API_URL is not in the environment, and stopped unused if a profile
sets one after all.
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager, suppress
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawlers.lifeline import is_alive, lifeline_command, process_identity

if TYPE_CHECKING:  # the settings (pydantic) load while the server boots, not before
    from veille.settings import Settings

STOP_GRACE_SECONDS = 15.0
HEALTH_POLL_SECONDS = 0.1


class PrefectServerError(RuntimeError):
    """The Prefect server did not come up; the message names its log."""


def configured_api_url() -> str | None:
    """PREFECT_API_URL as Prefect sees it (environment, profile or a test harness)."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class PrefectServer:
    """A Prefect API server in a child process: launched, health-checked, recorded, stopped.

    `home` is the PREFECT_HOME its record goes to; None: Prefect's own, read once the server is
    launched (so that launching needs no Prefect import). `keep_log`: the log stays in
    `<home>/veille-servers/server.log` for the operator; otherwise it is a temporary file,
    removed once a healthy server is stopped (a failed start keeps it and names it).
    """

    def __init__(self, command: Sequence[str], api_url: str, home: Path | None, env: Mapping[str, str],
                 *, keep_log: bool = False, temporary: bool = False):
        self.command = list(command)
        self.keep_log = keep_log
        self.temporary = temporary  # lives only as long as this process's run
        self.api_url = api_url
        self.home = home
        self.env = dict(env)
        self.process: subprocess.Popen[bytes] | None = None
        self.healthy = False
        self.log_path: Path | None = None
        self._record_path: Path | None = None

    @property
    def records(self) -> Path:
        if self.home is None:
            from prefect.settings import PREFECT_HOME

            self.home = Path(PREFECT_HOME.value())
        return self.home / "veille-servers"

    def start(self, timeout: float) -> None:
        """Launch and wait until it answers (`launch` then `wait_ready`)."""
        self.launch()
        self.wait_ready(timeout)

    def launch(self) -> None:
        """Start the process and return at once; `wait_ready` waits for it."""
        if self.keep_log:
            self.records.mkdir(parents=True, exist_ok=True)
            self.log_path = self.records / "server.log"
            log = self.log_path.open("wb")
        else:
            handle, name = tempfile.mkstemp(prefix="veille-prefect-", suffix=".log")
            self.log_path, log = Path(name), os.fdopen(handle, "wb")
        with log:
            self.process = subprocess.Popen(
                lifeline_command(self.command, signal.SIGTERM), stdout=log, stderr=subprocess.STDOUT,
                env={**os.environ, **self.env}, start_new_session=True,
            )

    def wait_ready(self, timeout: float) -> None:
        """Record the server, stop orphans of dead owners, wait for `/health` (stopped if it fails)."""
        assert self.process is not None and self.log_path is not None
        try:
            self.records.mkdir(parents=True, exist_ok=True)
            stop_orphans(self.records)
            self._record(self.log_path)
            self._wait_healthy(timeout, self.log_path)
        except BaseException:
            self.stop()
            raise

    def _record(self, log_path: Path) -> None:
        assert self.process is not None
        record = {
            "server_pid": self.process.pid, "server_process": process_identity(self.process.pid),
            "owner_pid": os.getpid(), "owner_process": process_identity(os.getpid()),
            "api_url": self.api_url, "log": str(log_path),
        }
        self._record_path = self.records / f"{self.process.pid}.json"
        self._record_path.write_text(json.dumps(record), encoding="utf-8")

    def _wait_healthy(self, timeout: float, log_path: Path) -> None:
        import httpx

        assert self.process is not None
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=5.0) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise PrefectServerError(
                        f"the Prefect server exited with code {self.process.returncode} "
                        f"({_last_words(log_path)}); its log: {log_path}")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        self.healthy = True
                        return
                except httpx.TransportError:
                    pass
                time.sleep(HEALTH_POLL_SECONDS)
        raise PrefectServerError(f"the Prefect server at {self.api_url} did not answer /health within "
                                 f"{timeout:.0f} s; its log: {log_path}")

    def stop(self) -> None:
        """SIGTERM to its process group, SIGKILL after a grace period; forget the record."""
        if self.process is None:
            return
        _stop_group(self.process.pid)
        try:
            self.process.wait(timeout=STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            _stop_group(self.process.pid, signal.SIGKILL)
            self.process.wait()
        if self._record_path is not None:
            self._record_path.unlink(missing_ok=True)
        if not self.keep_log and self.healthy and self.log_path is not None:
            self.log_path.unlink(missing_ok=True)  # a failed start keeps its log for the operator
        self.process = None

    def __enter__(self) -> PrefectServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _stop_group(pid: int, signum: int = signal.SIGTERM) -> None:
    with suppress(ProcessLookupError):
        os.killpg(pid, signum)


def _last_words(path: Path) -> str:
    """The log's last paragraph on one line (Prefect's CLI wraps its messages)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return "no log"
    paragraph = text.split("\n\n")[-1] if text else "empty log"
    return " ".join(paragraph.split())[-300:]


def stop_orphans(records: Path) -> list[int]:
    """Stop servers whose owner died without stopping them; returns their pids."""
    stopped = []
    for path in records.glob("*.json"):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            path.unlink(missing_ok=True)
            continue
        if is_alive(record["owner_pid"], record.get("owner_process")):
            continue
        if is_alive(record["server_pid"], record.get("server_process")):
            _stop_group(record["server_pid"])
            stopped.append(record["server_pid"])
        path.unlink(missing_ok=True)
    return stopped


def drain_prefect_workers(timeout: float = 10.0) -> None:
    """Send the logs and events Prefect still queues, before the server they go to stops."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    for worker in (APILogWorker, EventsWorker):
        worker.drain_all(timeout=timeout)


def scheduling_server(settings: Settings) -> PrefectServer:
    """`prefect server start`: API, UI and scheduler, its database under the data directory."""
    home = settings.prefect_home.resolve()
    host, port = settings.prefect_host, settings.prefect_port
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port)]
    env = {"PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return PrefectServer(command, f"http://{host}:{port}/api", home, env, keep_log=True)


def temporary_server() -> PrefectServer:
    """The API-only server Prefect itself would start for one run, but tied to this process.

    Built without importing Prefect (seconds), so that it can boot while this process imports.
    """
    spec = find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        raise PrefectServerError("the prefect package is not installed")
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "--app-dir", str(Path(next(iter(spec.submodule_search_locations))).parent),
        "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
        "--port", str(port), "--log-level", "error", "--lifespan", "on",
    ]
    env = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    return PrefectServer(command, f"http://127.0.0.1:{port}/api", None, env, temporary=True)


@contextmanager
def prefect_api(make_server: Callable[[], PrefectServer], timeout: float) -> Iterator[str]:
    """Use the configured API, or start a server, point Prefect at it, and stop it afterwards.

    Yields the API URL.
    """
    with prefect_api_booting(make_server) as ready:
        yield ready(timeout)


@contextmanager
def prefect_api_booting(make_server: Callable[[], PrefectServer]) -> Iterator[Callable[[float], str]]:
    """`prefect_api`, yielding at once while the server boots: call the yielded function (with
    the start-up timeout; it returns the API URL) before running a flow, after the settings are
    read and the imports that can overlap the boot are done."""
    server = None if os.environ.get("PREFECT_API_URL") else make_server()
    with ExitStack() as stack:
        if server is not None:
            stack.callback(server.stop)  # whatever happens next, a launched server is stopped
            server.launch()

        def ready(timeout: float) -> str:
            nonlocal server
            configured = configured_api_url()  # imports Prefect: seconds, while the server boots
            if configured:
                if server is not None:
                    server.stop()  # launched on the guess that no API was configured
                return configured
            if server is None:
                server = make_server()
                stack.callback(server.stop)
                server.launch()
            server.wait_ready(timeout)
            # left before the server stops
            stack.enter_context(_pointed_at(server.api_url, heartbeats=not server.temporary))
            return server.api_url

        yield ready


@contextmanager
def _pointed_at(api_url: str, *, heartbeats: bool = True) -> Iterator[None]:
    """Prefect (this process and the processes it spawns) talks to `api_url` inside the block.

    `heartbeats=False` for a server that dies with this run: flow-run heartbeats only tell a
    lasting server that a run crashed, and their thread, which sleeps by whole seconds, holds
    the end of every run up to one second.
    """
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
        temporary_settings,
    )

    previous = os.environ.get("PREFECT_API_URL")
    # The environment too: flow runs of `serve` are spawned processes that read it.
    os.environ["PREFECT_API_URL"] = api_url
    try:
        updates: dict[Any, Any] = {PREFECT_API_URL: api_url}
        if not heartbeats:
            updates[PREFECT_FLOWS_HEARTBEAT_FREQUENCY] = None
        with temporary_settings(updates=updates):
            try:
                yield
            finally:
                drain_prefect_workers()  # logs and events still queued reach the server
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
