"""Worker processes that die with the process that forked them (the NLP stage's workers).

Why: the NLP stage (`Analyzer.annotate_each`, like spaCy's `nlp.pipe(..., n_process=N)`) forks
N multiprocessing workers that wait on queues. When the parent is killed with SIGKILL nothing
tells them: each inherited the write ends of the queues, so they wait forever (about 1 GB each
with the French model). While `children_die_with_us()` is active, every multiprocessing child
forked by this process asks the kernel, first thing, to kill it when its parent dies (Linux
`prctl(PR_SET_PDEATHSIG)`, through ctypes), and exits at once if the parent already died between
fork and prctl. Elsewhere (no prctl) it does nothing.

Limits: it acts in children made by `fork` (the NLP stage asks for it; spaCy uses
multiprocessing's default, `fork` on Linux up to Python 3.13); and the kernel sends the signal
when the parent *thread* that forked ends, so the stream must be consumed from the thread that
started it (it is: a run reads its pipeline's output in one thread).
"""
from __future__ import annotations

import ctypes
import multiprocessing.util
import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager

PR_SET_PDEATHSIG = 1


def set_parent_death_signal(signum: int) -> bool:
    """Ask the kernel to send `signum` to this process when its parent dies (Linux only)."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    result: int = libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)
    return result == 0


class _Parent:
    """The forking process and the signal its children ask for (kept alive by the context)."""

    def __init__(self, signum: int) -> None:
        self.pid = os.getpid()
        self.signum = signum


def _after_fork(parent: _Parent) -> None:
    """Runs in each new multiprocessing child (multiprocessing's after-fork hooks)."""
    if os.getpid() == parent.pid:
        return
    if set_parent_death_signal(parent.signum) and os.getppid() != parent.pid:
        os._exit(1)  # the parent died before the request took effect: nobody to work for


@contextmanager
def children_die_with_us(signum: int = signal.SIGKILL) -> Iterator[None]:
    """Multiprocessing children forked inside the block die (`signum`) when this process dies."""
    parent = _Parent(signum)
    multiprocessing.util.register_after_fork(parent, _after_fork)  # held weakly, by `parent`
    try:
        yield
    finally:
        del parent  # the hook goes with its last reference
