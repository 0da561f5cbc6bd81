"""Where per-unit tasks run: this process, or the workers of an existing Dask cluster.

Why Dask through Prefect's task runner (`prefect-dask`): the flows stay the same Prefect flows
(logs, states, retries, UI) and only the executor changes; `VEILLE_DASK_ADDRESS` names a running
scheduler. Tasks are coarse (a WARC file, a source): measured here, fine-grained tasks gained
nothing. The worker never writes the warehouse: it returns records, the flow's process commits.
"""
from __future__ import annotations

from typing import Any

from prefect.context import get_run_context
from prefect.task_runners import TaskRunner

from flows.resources import Resources
from pipeline.batch import BatchProcessor, EntityCatalog, KnownContent, defer_resolution
from pipeline.extract import extract_article
from pipeline.stories import StoryGrouper
from veille.settings import Settings


def task_runner(settings: Settings) -> TaskRunner[Any] | None:
    """A Dask task runner on `settings.dask_address`, or None: the flow's default (this machine)."""
    if not settings.dask_address:
        return None
    from prefect_dask.task_runners import DaskTaskRunner

    return DaskTaskRunner(address=settings.dask_address)


def on_dask_worker() -> bool:
    """True inside a Dask worker process (daemonic: spaCy may not fork processes there)."""
    try:
        from distributed import get_worker
    except ImportError:
        return False
    try:
        get_worker()
    except ValueError:
        return False
    return True


def unit_settings(settings: Settings) -> Settings:
    """Settings for one unit of work where it runs: one NLP process per Dask worker process."""
    if on_dask_worker() and settings.nlp_processes != 1:
        return settings.model_copy(update={"nlp_processes": 1})
    return settings


def cluster_slots() -> int:
    """Threads of the flow's Dask cluster (0 when the flow does not run on Dask)."""
    runner = get_run_context().task_runner  # type: ignore[union-attr]
    client = getattr(runner, "client", None)
    if client is None:
        return 0
    return sum(client.nthreads().values())


def resources_loaded_here() -> int:
    """How many times this process loaded the NLP resources (run on workers: 1 each, once)."""
    from flows.resources import _process_resources

    return _process_resources.cache_info().misses


def worker_processor(resources: Resources, source_topics: dict[str, str]) -> BatchProcessor:
    """A crawl's processor without the run's knowledge: it analyses, `settle` decides the rest."""
    return BatchProcessor(
        extract=extract_article,
        screen=resources.screener(),
        annotate=resources.annotate_each,  # loads the model on the first article; one failure stops no other
        resolve=defer_resolution,
        stories=StoryGrouper(),
        known=KnownContent(),
        catalog=EntityCatalog(),
        source_topics=source_topics,
        read_events=resources.events.read,  # on the worker: the writer only ties them to entities
    )
