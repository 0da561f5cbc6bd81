"""Public API of the crawler: `crawl(...)` runs one Scrapy crawl in a child process.

Why a child process: the Twisted reactor cannot restart, and the Prefect flow calling us may
run several times in one process.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
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
    command = [sys.executable, "-m", "crawlers.process", str(spool_dir)]
    if not politeness:
        command.append("--no-politeness")
    command = lifeline_command(command)  # killed with us: a dead run leaves no crawler behind
    log_path = spool_dir / "crawl.log"
    with log_path.open("wb") as log:
        try:
            result = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT,
                                    timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise CrawlError(f"crawler overran {timeout}s; log tail:\n{_tail(log_path)}",
                             transient=True) from None
    if result.returncode != 0:
        raise CrawlError(f"crawler exited with code {result.returncode}; log tail:\n"
                         f"{_tail(log_path)}", transient=result.returncode < 0)
    return CrawlSpool(spool_dir / OUTPUT_DIR)


def _tail(path: Path) -> str:
    data = path.read_bytes()[-STDERR_TAIL:]
    return data.decode("utf-8", errors="replace")
