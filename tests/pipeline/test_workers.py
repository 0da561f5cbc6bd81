"""spaCy's worker processes (`nlp.pipe(n_process=2)`) die with a parent killed by SIGKILL.

Real processes: a parent Python process runs a real multiprocessing `nlp.pipe`, the test kills
it with SIGKILL and watches its workers. Without the hook they live on (the control case), which
is what `pipeline.workers.children_die_with_us` is for.
"""
from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from crawlers.lifeline import is_alive
from tests.processes import descendants, wait_until_gone

ROOT = Path(__file__).resolve().parents[2]

BLANK_PIPE = textwrap.dedent("""
    import sys, time
    import spacy
    from spacy.language import Language
    from pipeline.workers import children_die_with_us

    @Language.component("slow")
    def slow(doc):
        time.sleep(0.2)
        return doc

    nlp = spacy.blank("fr")
    nlp.add_pipe("slow")
    texts = (f"texte numéro {i}" for i in range(100000))
    if sys.argv[1] == "hook":
        with children_die_with_us():
            for doc in nlp.pipe(texts, batch_size=1, n_process=2):
                print(doc.text, flush=True)
    else:
        for doc in nlp.pipe(texts, batch_size=1, n_process=2):
            print(doc.text, flush=True)
""")

ANALYZER = textwrap.dedent("""
    from datetime import datetime
    from pipeline.nlp import Analyzer
    from pipeline.records import Article
    from veille.settings import Settings

    analyzer = Analyzer(Settings(nlp_processes=2, nlp_batch_size=1))
    articles = (Article(url=f"https://x.example/{i}", source="x", title="t", published_at=datetime(2026, 11, 20),
                        language="fr", text=f"Le pôle Mer Bretagne Atlantique réunit {i} entreprises à Brest.")
                for i in range(1000000))
    for result in analyzer.annotate_each(articles):
        print(result.article.url, flush=True)
""")


def _workers_of_killed_parent(code: str, *args: str, startup: float = 120.0) -> dict[int, str | None]:
    """Start `code`, wait for its first output, SIGKILL it; its workers as they were."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    parent = subprocess.Popen([sys.executable, "-c", code, *args], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + startup
        assert parent.stdout is not None
        first = parent.stdout.readline()  # blocks until the workers have sent a first doc
        assert first, "the parent ended before producing anything"
        assert time.monotonic() < deadline
        workers = descendants(parent.pid)
        assert len(workers) >= 2, workers  # the two spaCy workers (and maybe a resource tracker)
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
    return workers


def _kill_all(processes: dict[int, str | None]) -> None:
    """Clean up survivors (still the same processes: identity checked, pids may be reused)."""
    for pid, identity in processes.items():
        if is_alive(pid, identity):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux only")
def test_spacy_workers_die_with_their_killed_parent() -> None:
    workers = _workers_of_killed_parent(BLANK_PIPE, "hook")
    survivors = wait_until_gone(workers, deadline_seconds=15)
    _kill_all(workers)
    assert survivors == []


def test_without_the_hook_spacy_workers_outlive_their_parent() -> None:
    """The control: what happened before (and still would, without the hook)."""
    workers = _workers_of_killed_parent(BLANK_PIPE, "bare")
    try:
        survivors = wait_until_gone(workers, deadline_seconds=3)
        assert survivors, "spaCy's workers ended by themselves: the hook would not be needed"
    finally:
        _kill_all(workers)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux only")
def test_the_analyzer_workers_die_with_their_killed_parent() -> None:
    """The real NLP stage with VEILLE_NLP_PROCESSES=2 (the French model in each worker)."""
    workers = _workers_of_killed_parent(ANALYZER, startup=300.0)
    survivors = wait_until_gone(workers, deadline_seconds=20)
    _kill_all(workers)
    assert survivors == []
