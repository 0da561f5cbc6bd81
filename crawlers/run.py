"""Public API of the crawler: `crawl(...)` runs one Scrapy crawl in a child process.

Why a child process: the Twisted reactor cannot restart, and the Prefect flow calling us may
run several times in one process.

A child spends most of a crawl that finds nothing new importing Scrapy (~0.7 s of CPU). A
command that knows a crawl will follow calls `warm_up()` while it would otherwise wait (for the
Prefect server): that child imports at once, then waits for its spool on stdin, and the next
`crawl` of this process hands it one instead of starting a child. `cool_down()` stops it if no
crawl came.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from crawlers.lifeline import lifeline_command
from crawlers.sources import Source
from crawlers.spool import OUTPUT_DIR, SETTINGS_FILE, SOURCES_FILE, STATE_FILE, CrawlSpool
from crawlers.state import CrawlState
from veille.settings import Settings

STDERR_TAIL = 4000


class CrawlError(RuntimeError):
    """The crawler process crashed; the message carries the tail of its stderr.

    `transient` when another attempt may succeed: the child was killed by a signal (e.g. out of
    memory) or overran its time. An exit with an error code is a Python error in the child (a
    bug, a bad setting): the same inputs fail the same way, so it is not retried.
    """

    def __init__(self, message: str, *, transient: bool = False) -> None:
        super().__init__(message)
        self.transient = transient

    def __reduce__(self) -> tuple[type[CrawlError], tuple[str], dict[str, bool]]:
        """Keep `transient` through pickling (Prefect may persist a failed task's exception)."""
        return (type(self), (str(self),), {"transient": self.transient})


def write_inputs(sources: list[Source], settings: Settings, state: CrawlState,
                 spool_dir: Path) -> None:
    """Serialise the crawl's inputs for the child (secrets left out: it does not need them)."""
    (spool_dir / SOURCES_FILE).write_text(
        json.dumps([s.model_dump(mode="json") for s in sources]), encoding="utf-8")
    (spool_dir / SETTINGS_FILE).write_text(
        settings.model_dump_json(exclude={"smtp_password"}), encoding="utf-8")
    state.dump(spool_dir / STATE_FILE)


def crawl(sources: list[Source], settings: Settings, state: CrawlState, spool_dir: Path, *,
          politeness: bool = True, timeout: float | None = None) -> CrawlSpool:
    """Crawl `sources` in a child process; pages, events and validators land in `spool_dir`.

    `state.as_of` is the run's moment: the re-fetch window and the dead-link intervals are
    measured from it. Raises `CrawlError` with the child's stderr tail if it exits with an error (or overruns
    `timeout` seconds). A previous spool in `spool_dir` is replaced.
    """
    spool_dir = Path(spool_dir)
    spool_dir.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(spool_dir / OUTPUT_DIR, ignore_errors=True)
    write_inputs(sources, settings, state, spool_dir)
    arguments = [str(spool_dir)] + ([] if politeness else ["--no-politeness"])
    log_path = spool_dir / "crawl.log"
    log_path.unlink(missing_ok=True)
    warm = _take_warm()
    returncode = _run_warm(warm, arguments, log_path, timeout) if warm is not None else None
    if returncode is None:  # no warm child, or one that died before it got its spool
        command = lifeline_command([sys.executable, "-m", "crawlers.process", *arguments])
        with log_path.open("wb") as log:  # killed with us: a dead run leaves no crawler behind
            try:
                returncode = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT,
                                            timeout=timeout, check=False).returncode
            except subprocess.TimeoutExpired:
                raise _overran(timeout, log_path) from None
    if returncode != 0:
        raise CrawlError(f"crawler exited with code {returncode}; log tail:\n"
                         f"{_tail(log_path)}", transient=returncode < 0)
    return CrawlSpool(spool_dir / OUTPUT_DIR)


_warm_lock = threading.Lock()
_warm: subprocess.Popen[bytes] | None = None


def warm_up() -> None:
    """Start a crawler child now (it imports Scrapy, then waits): the next `crawl` uses it.

    Call it from the thread that lives as long as the process (the parent-death signal follows
    the starting thread, see `crawlers.lifeline`), e.g. a command's main thread.
    """
    global _warm
    with _warm_lock:
        if _warm is not None and _warm.poll() is None:
            return
        _warm = subprocess.Popen(
            lifeline_command([sys.executable, "-m", "crawlers.process", "--wait"]),
            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cool_down() -> None:
    """Stop the child of `warm_up` if no crawl used it (it exits on end of input)."""
    warm = _take_warm(alive=False)
    if warm is not None:
        _close(warm)


def _take_warm(*, alive: bool = True) -> subprocess.Popen[bytes] | None:
    """The waiting child, now this caller's; None if there is none (or, `alive`, it died)."""
    global _warm
    with _warm_lock:
        warm, _warm = _warm, None
    if warm is not None and alive and warm.poll() is not None:
        _close(warm)  # died while waiting (its error, if any, shows in a cold start)
        return None
    return warm


def _close(process: subprocess.Popen[bytes]) -> None:
    try:
        process.communicate(timeout=10)  # closes stdin: a waiting child exits
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _run_warm(warm: subprocess.Popen[bytes], arguments: list[str], log_path: Path,
              timeout: float | None) -> int | None:
    """Hand the warm child its crawl; its exit code, or None if it died before reading it."""
    request = json.dumps({"argv": arguments, "log": str(log_path)}) + "\n"
    try:
        warm.communicate(request.encode("utf-8"), timeout=timeout)
    except subprocess.TimeoutExpired:
        warm.kill()
        warm.wait()
        raise _overran(timeout, log_path) from None
    if warm.returncode != 0 and not log_path.exists():
        return None  # it never opened its log: it died before taking the crawl
    return warm.returncode


def _overran(timeout: float | None, log_path: Path) -> CrawlError:
    return CrawlError(f"crawler overran {timeout}s; log tail:\n{_tail(log_path)}", transient=True)


def _tail(path: Path) -> str:
    if not path.exists():
        return ""
    data = path.read_bytes()[-STDERR_TAIL:]
    return data.decode("utf-8", errors="replace")
