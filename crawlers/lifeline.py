"""Child processes that die with their parent, and telling a live process from a reused pid.

Why: `veille run` starts Scrapy children and (without PREFECT_API_URL) a temporary Prefect API
server. When `veille run` is killed with SIGKILL it cannot clean up, so each child asks the kernel
to signal it when its parent dies (Linux `prctl(PR_SET_PDEATHSIG)`). A third-party command cannot
make that call itself, so children start through this module:

    python -m crawlers.lifeline PARENT_PID SIGNAL -- COMMAND ARGS...

which sets the parent-death signal, checks that the parent is still the expected one (it may
have died between fork and prctl), then `exec`s COMMAND: same pid, the setting survives exec.
On other systems the wrapper only execs; the next run then cleans up what was left (see
`flows/prefect_api.py` and `flows/runs.py`).

Caveat (kernel semantics): the signal is sent when the *thread* that started the child ends.
Veille starts children from threads that wait for them (a crawl task waits for its crawler).
"""
from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline.workers import set_parent_death_signal

__all__ = ["lifeline_command", "process_identity", "set_parent_death_signal", "this_host"]


def lifeline_command(command: Sequence[str], signum: int = signal.SIGKILL) -> list[str]:
    """`command` wrapped so that it receives `signum` when this process dies."""
    return [sys.executable, "-m", "crawlers.lifeline", str(os.getpid()), str(int(signum)), "--",
            *command]


def process_identity(pid: int) -> str | None:
    """A token that changes when a pid is reused: the process start time (Linux /proc), or None."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # Field 22 (starttime) counts after the command name, which may hold spaces: split after ')'.
    return stat.rsplit(")", 1)[1].split()[19]


def this_host() -> str:
    return socket.gethostname()


def is_alive(pid: int, identity: str | None, host: str | None = None) -> bool:
    """True when process `pid` still runs here and is the one recorded (not a reused pid).

    A process on another host cannot be checked: it is assumed alive.
    """
    if host is not None and host != this_host():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    if identity is None:
        return True
    current = process_identity(pid)
    if current is None:  # no /proc: the kill(0) answer is all we have
        return not Path("/proc/self/stat").exists()
    return current == identity and not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except OSError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 4 or args[2] != "--":
        print("usage: python -m crawlers.lifeline PARENT_PID SIGNAL -- COMMAND...", file=sys.stderr)
        return 2
    parent, signum, command = int(args[0]), int(args[1]), args[3:]
    set_parent_death_signal(signum)
    if os.getppid() != parent:  # the parent died before the signal was armed
        return 1
    os.execvp(command[0], command)  # replaces this process: never returns


if __name__ == "__main__":
    sys.exit(main())
