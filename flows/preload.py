"""Load the run's resources and NLP model while a crawl is still fetching pages.

Why: a run loaded them only once a source's crawl had ended, so on a crawl that brings pages the
model load (about 4 s: imports, the French model, Veille's rules) came after the crawl, with the
run's process idle during the crawl and the NLP workers idle during the load. Now the load starts
in a thread as soon as a crawl has spooled its first page (`crawlers.spool.pages_spooled`); a run
whose crawls bring nothing new still never loads the model. A first run (no warehouse yet: it will
bring pages) starts it even earlier, in `veille run` before its flow starts (`loaded_ahead`).
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect.futures import PrefectFuture

from crawlers.spool import pages_spooled
from veille.settings import Settings

if TYPE_CHECKING:
    from flows.resources import Resources

# How often the run looks for a crawl's first page while waiting for the crawl to end (seconds).
POLL_SECONDS = 0.1

# Loads started by `loaded_ahead`, by the settings they load for (JSON), for a `Preload` to take.
_AHEAD: dict[str, Future[Resources]] = {}


def _resources(settings: Settings) -> Resources:
    from flows.resources import Resources

    return Resources.load(settings)


def _load(settings: Settings) -> Resources:
    # The language screen's model (~0.5 s on the first page screened, in the run's critical path
    # once the NLP model is there) loads beside it: its LZMA decompression runs without the GIL.
    language = threading.Thread(target=_language_model, name="veille-preload-language")
    language.start()
    try:
        resources = _resources(settings)
        _ = resources.analyzer  # the model, loaded in this thread; the NLP workers fork later, in the run's thread
    finally:
        language.join()
    return resources


def _language_model() -> None:
    from pipeline.language import default_detector

    default_detector()  # cached for the process: the screen's `detect_language` takes it


class Preload:
    """The run's `Resources`, loaded at most once: with the model in a thread once started, else
    on demand (the model then loads when a first article reaches it, as before)."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._executor: ThreadPoolExecutor | None = None
        self._future: Future[Resources] | None = None
        self._loaded: Resources | None = None

    @property
    def started(self) -> bool:
        return self._future is not None or self._loaded is not None

    def start(self) -> None:
        """Begin loading in a background thread (idempotent), or take the load `loaded_ahead`
        started for the same settings."""
        if self.started:
            return
        self._future = _AHEAD.pop(self._settings.model_dump_json(), None)
        if self._future is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="veille-preload")
            self._future = self._executor.submit(_load, self._settings)

    def resources(self) -> Resources:
        """The loaded resources: the thread's (waited for, its error raised here) or loaded now."""
        if self._loaded is None:
            if self._future is None:
                self._future = _AHEAD.pop(self._settings.model_dump_json(), None)
            self._loaded = self._future.result() if self._future is not None else _resources(self._settings)
        return self._loaded

    def close(self) -> None:
        """Wait for a load still running (a run never leaves a thread behind it)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)

    def __enter__(self) -> Preload:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextmanager
def loaded_ahead(settings: Settings, *, start: bool) -> Iterator[None]:
    """With `start`, begin the run's load (resources and model, in a thread) now, for the run's
    `Preload` of the same settings to take when its flow starts it.

    Why: `veille run` on a new warehouse (a first run, which will bring pages: its flow starts
    the load at once, `flows.ingest`) spends seconds before its flow starts it (Prefect's flow
    engine and API calls, creating the warehouse); the model's load (~4 core-s, the run's
    critical path before its NLP workers can start) runs meanwhile. If no run took it, it is
    waited for on the way out (a command never leaves a thread behind it).
    """
    if not start:
        yield
        return
    key = settings.model_dump_json()
    executor = ThreadPoolExecutor(1, thread_name_prefix="veille-preload")
    _AHEAD[key] = executor.submit(_load, settings)
    try:
        yield
    finally:
        _AHEAD.pop(key, None)
        executor.shutdown(wait=True)


def crawl_ended(future: PrefectFuture[Any]) -> Callable[[], bool]:
    """A flag telling whether `future` (a crawl) has ended, its retries included."""
    ended = threading.Event()
    future.add_done_callback(lambda _finished: ended.set())
    return ended.is_set


def await_crawl(future: PrefectFuture[Any], spool_dir: Path, preload: Preload) -> None:
    """Return once `future` (a crawl into `spool_dir`) has ended or spooled its first page, which
    starts `preload` if nothing did before; the caller then follows the crawl's pages.

    A load started before (a first run's, at its start; an earlier source's first page) does not
    hold this source's pages until its crawl ends: they are followed from the first one, as when
    the first page starts the load.

    Polls with `time.sleep` and a flag, never a timed wait: a timed wait on a condition does not
    time out under libfaketime (the suite runs under `faketime -f "+400d"`), which would hold this
    loop until the crawl ends.
    """
    ended = threading.Event()
    future.add_done_callback(lambda _finished: ended.set())
    while not ended.is_set():
        if pages_spooled(spool_dir):
            preload.start()  # once: nothing if started before
            return
        time.sleep(POLL_SECONDS)
