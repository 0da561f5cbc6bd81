"""Process-tree helpers for the operations tests (a /proc scan: Linux, like the lifeline)."""
from __future__ import annotations

import time
from pathlib import Path

from crawlers.lifeline import is_alive, process_identity


def parent_of(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def descendants(root: int) -> dict[int, str | None]:
    """Every live process under `root` (children, grandchildren...), pid -> identity."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = parent_of(int(entry.name))
            if parent is not None:
                parents[int(entry.name)] = parent
    found: dict[int, str | None] = {}
    frontier = [root]
    while frontier:
        current = frontier.pop()
        for pid, parent in parents.items():
            if parent == current and pid not in found:
                found[pid] = process_identity(pid)
                frontier.append(pid)
    return found


def wait_until_gone(processes: dict[int, str | None], deadline_seconds: float) -> list[str]:
    """Wait (bounded) for the processes to end; returns the command lines of the survivors."""
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        alive = [pid for pid, identity in processes.items() if is_alive(pid, identity)]
        if not alive:
            return []
        time.sleep(0.2)
    return [command_line(pid) for pid, identity in processes.items() if is_alive(pid, identity)]
