"""One spaCy pipeline for every run of a long-lived `veille serve`.

Why a service: Prefect 3's `serve()` runs each scheduled flow run in a fresh *spawned* process
(`prefect.flow_engine.run_flow_in_subprocess`), so nothing loaded in one run survives to the next,
and a module-level cache would not help. `veille serve` therefore holds the pipeline itself in an
`NlpResources` (loaded on the first request, then kept) and answers annotation requests from its
flow runs over a Unix socket in a private (0700) folder; the address reaches the runs through
VEILLE_NLP_SERVICE. A run without that setting (or whose NLP settings differ from the service's)
loads its own pipeline as before.

Changing the gazetteer, the rules or the watch list therefore needs a restart of `veille serve`.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Client, Connection, Listener
from pathlib import Path
from typing import Any

from pipeline.nlp import Analyzer
from pipeline.records import AnnotatedArticle, AnnotationFailed, Article, Rejection
from veille.settings import Settings


def nlp_key(settings: Settings) -> tuple[str, str, str, str]:
    """What makes two pipelines the same: the model, its `ner` weights and the rule data."""
    return (settings.spacy_model, str(settings.ner_weights or ""), str(settings.models_dir.resolve()),
            str(settings.watchlist_path or ""))


class NlpResources:
    """The serve process's pipeline: loaded once, on first use, shared by every run."""

    def __init__(self, settings: Settings, on_load: Callable[[], None] | None = None) -> None:
        self.settings = settings
        self.on_load = on_load  # e.g. tell the operator, once
        self.key = nlp_key(settings)
        self.loads = 0  # how many times the pipeline was loaded (1 for the life of the process)
        self._analyzer: Analyzer | None = None
        self._lock = threading.Lock()  # one run annotates at a time; nlp.pipe is not thread-safe

    def annotate_each(self, articles: list[Article]) -> list[AnnotatedArticle | Rejection]:
        """`Analyzer.annotate_each` on the shared pipeline: a failed article is a `Rejection`."""
        with self._lock:
            if self._analyzer is None:
                self._analyzer = Analyzer(self.settings)
                self.loads += 1
                if self.on_load is not None:
                    self.on_load()
            return list(self._analyzer.annotate_each(articles))


class NlpService:
    """Answers `("annotate_each", key, articles)` requests on a Unix socket, one thread per client."""

    def __init__(self, resources: NlpResources) -> None:
        self.resources = resources
        self._folder = Path(tempfile.mkdtemp(prefix="veille-nlp-"))  # mode 0700: only this user
        self.address = str(self._folder / "nlp.sock")
        self._listener: Listener | None = None

    def start(self) -> str:
        self._listener = Listener(self.address, family="AF_UNIX")
        threading.Thread(target=self._accept, name="veille-nlp-service", daemon=True).start()
        return self.address

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                connection = self._listener.accept()
            except OSError:  # closed by stop()
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: Connection) -> None:
        with connection:
            while True:
                try:
                    request: tuple[Any, ...] = connection.recv()
                except EOFError:
                    return
                _, key, articles = request
                if tuple(key) != self.resources.key:
                    connection.send(("mismatch", self.resources.key))
                    continue
                try:
                    connection.send(("ok", self.resources.annotate_each(articles)))
                except Exception as error:  # noqa: BLE001  the run gets the error text and fails its batch
                    connection.send(("error", f"{type(error).__name__}: {error}"))

    def stop(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> NlpService:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class NlpServiceMismatch(RuntimeError):
    """The service was built from other NLP settings than this run's."""


class RemoteAnalyzer:
    """The `Analyzer.annotate` of a run, answered by the service of `veille serve`."""

    def __init__(self, address: str, settings: Settings) -> None:
        self.address = address
        self.key = nlp_key(settings)
        self.batch_size = settings.nlp_batch_size
        self._connection: Connection = Client(address, family="AF_UNIX")
        self._call([])  # fail now, not mid-run, when the service is gone or built differently

    def _call(self, articles: list[Article]) -> list[AnnotatedArticle | Rejection]:
        self._connection.send(("annotate_each", self.key, articles))
        status, payload = self._connection.recv()
        if status == "mismatch":
            raise NlpServiceMismatch(f"NLP service built for {payload}, this run needs {self.key}")
        if status == "error":
            raise RuntimeError(f"NLP service: {payload}")
        annotated: list[AnnotatedArticle | Rejection] = payload
        return annotated

    def annotate(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """All or nothing, like `Analyzer.annotate`: `AnnotationFailed` on the first failure."""
        for result in self.annotate_each(articles):
            if isinstance(result, Rejection):
                raise AnnotationFailed(result)
            yield result

    def annotate_each(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle | Rejection]:
        """One result per article, in input order (see `Analyzer.annotate_each`)."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._call(batch)
                batch = []
        if batch:
            yield from self._call(batch)


def analyzer_for(settings: Settings) -> Analyzer | RemoteAnalyzer:
    """The service's pipeline when VEILLE_NLP_SERVICE names a live, matching one; else a new one."""
    if settings.nlp_service:
        try:
            return RemoteAnalyzer(settings.nlp_service, settings)
        except (OSError, EOFError, NlpServiceMismatch) as error:
            # The service is gone or differs: this run loads its own (slower, still right).
            logging.getLogger(__name__).warning("NLP service not used (%s): loading the pipeline", error)
    return Analyzer(settings)
