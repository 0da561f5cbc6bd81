"""The ingest flow: crawl every source, process the pages, load the warehouse, report.

Thin by design: the work lives in `crawlers/`, `pipeline/` and `warehouse/`; this module only
composes it into Prefect tasks (network tasks retried apart from parsing); the run's accounting
is `pipeline.run_summary`, each batch's load transaction `warehouse.load.load_batch`.

The page-processing side (extraction, spaCy, story hashing: seconds of imports) is imported
when a source's crawl brings pages, so a run that finds nothing new never loads it.
"""
from __future__ import annotations

import importlib
import itertools
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from time import perf_counter
from typing import TYPE_CHECKING

import duckdb
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from crawlers.run import CrawlError, cool_down, crawl
from crawlers.run import warm_up as warm_crawler
from crawlers.sources import Source, enabled_sources
from crawlers.spool import OUTPUT_DIR, CrawlSpool, follow_pages
from crawlers.state import CrawlState
from flows.preload import Preload, await_crawl, crawl_ended
from flows.runs import recorded_run
from flows.state import crawl_state_from_warehouse
from pipeline.clock import naive_utc, utcnow
from pipeline.records import RawPage
from pipeline.run_summary import RunSummary
from veille.settings import Settings, available_cores
from warehouse import load, read
from warehouse.db import threads_at_most

if TYPE_CHECKING:
    from flows.resources import Resources
    from pipeline.batch import BatchProcessor

BATCH_SIZE = 200


# Imported by a run only once it has started: Prefect's engines, FastAPI's encoder (Prefect's
# parameters), pyarrow.dataset (DuckDB scanning the Arrow tables the loaders register).
RUN_TIME_IMPORTS = ("prefect.flow_engine", "prefect.task_engine", "fastapi.encoders", "pyarrow.dataset")


@contextmanager
def warmed_up(settings: Settings) -> Iterator[None]:
    """Do now what the run would do first, while the command waits for the Prefect server.

    Imports what the run imports only once started, and starts the first crawler child
    (`crawlers.run.warm_up`), stopped on the way out if no crawl took it. Not with a Dask
    cluster: the crawls run on its workers.
    """
    for name in RUN_TIME_IMPORTS:
        importlib.import_module(name)
    if settings.dask_address:
        yield
        return
    warm_crawler()
    try:
        yield
    finally:
        cool_down()


def _transient_crawl_failure(task, task_run, state) -> bool:  # type: ignore[no-untyped-def]
    """Retry a crawler child killed or overrunning, never one that failed on its own error."""
    try:
        state.result()
    except CrawlError as error:
        return error.transient
    except Exception:  # noqa: BLE001  (the predicate sees any failure) a bug or a configuration error: the same inputs fail the same way
        return False
    return False


@task(
    name="crawl-source",
    retries=2,
    retry_delay_seconds=[20, 120],
    retry_condition_fn=_transient_crawl_failure,
    cache_policy=NO_CACHE,
)
def crawl_source(
    source: Source, settings: Settings, state: CrawlState, spool_dir: Path, politeness: bool
) -> CrawlSpool:
    """Network task: one source per Scrapy child process, so one broken source fails alone."""
    started = perf_counter()
    spool = crawl([source], settings, state, spool_dir, politeness=politeness)
    get_run_logger().info("crawled %s in %.1f s", source.name, perf_counter() - started)
    return spool


@task(name="load-resources", cache_policy=NO_CACHE)
def load_resources(preload: Preload) -> Resources:
    """Topic profile, gazetteer, rules and the NLP model: loaded here, or taken from the load
    started while the crawl was fetching (`flows.preload`)."""
    return preload.resources()


def build_processor(
    con: duckdb.DuckDBPyConnection, resources: Resources, sources: Sequence[Source], *,
    stories_since: datetime | None = None, force: bool = False,
) -> BatchProcessor:
    """The run's processor, seeded with what the warehouse already holds (story signatures of
    the articles first seen since `stories_since`, the story window; None: all)."""
    from flows.knowledge import warehouse_knowledge
    from pipeline.batch import BatchProcessor
    from pipeline.extract import extract_article
    from pipeline.resolve.corpus import resolve

    stories, known, catalog = warehouse_knowledge(con, stories_since=stories_since, force=force)
    return BatchProcessor(
        extract=extract_article,
        screen=resources.screener(),
        annotate=resources.annotate_each,  # the model loads when a first article reaches it
        resolve=resolve,
        stories=stories,
        known=known,
        catalog=catalog,
        source_topics={source.name: source.topic for source in sources},
        force=force,
        countries=resources.countries,
        find_events=resources.events,
        read_events=resources.events.read,  # per article, while the NLP workers annotate the next ones
        registry=resources.registry,
    )


@task(name="process-and-load", cache_policy=NO_CACHE)
def process_pages(
    con: duckdb.DuckDBPyConnection, run_id: str, processor: BatchProcessor, pages: Iterable[RawPage], summary: RunSummary,
    *, store_pages: bool = True, keep_raw_pages: str = "stored", handled: set[str] | None = None,
    nlp_workers: int = 0,
) -> None:
    """Parsing task: pages stream through extraction and NLP; each batch is loaded as it is ready.

    `store_pages=False` when the pages come from the warehouse itself (reprocess). `handled`
    collects the URLs whose outcome the batches loaded. `nlp_workers`: the NLP worker processes
    (`Settings.nlp_workers`); DuckDB keeps to the cores they leave while the pages stream.
    """
    with threads_at_most(con, available_cores() - nlp_workers):
        for result in processor.stream(pages, BATCH_SIZE):
            started = perf_counter()
            load.load_batch(con, run_id, result, utcnow(), store_pages=store_pages,
                            keep_raw_pages=keep_raw_pages)
            result.timed("load", started)
            summary.count_batch(result)
            if handled is not None:
                handled.update(event.url for event in result.events)


@flow(name="veille-ingest")
def ingest(
    sources_path: str | None = None,
    db_path: str | None = None,
    politeness: bool = True,
    now: datetime | None = None,
) -> dict[str, object]:
    """One full ingest: crawl every source, process and load, and account for every URL.

    `now` is the run's start (default: the clock, read once here); the refetch window, the run's
    id and its start time all derive from it.
    """
    logger = get_run_logger()
    started_at = naive_utc(now) if now else utcnow()
    settings = Settings()
    sources = enabled_sources(Path(sources_path) if sources_path else settings.sources_path)
    database = Path(db_path) if db_path else settings.db_path
    run_id = f"{started_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    summary = RunSummary(run_id)
    spool_root = settings.spool_dir(database) / run_id
    processor: BatchProcessor | None = None  # the NLP model loads only if a page needs it
    with recorded_run(database, run_id, started_at, clock=utcnow, spool=spool_root) as run, \
            Preload(settings) as preload:  # the model's load, started by a crawl's first page
        con = run.con
        load.load_source_registry(con, [(s.name, s.title, s.kind, s.country) for s in sources])
        state = crawl_state_from_warehouse(con, started_at, database)
        here = sources
        if sources and not settings.dask_address and not read.holds_articles(con):
            # A first run (an empty warehouse) will bring pages: the model's load starts now,
            # during the crawler's start, rather than at the first spooled page (~1-2 s later).
            preload.start()
        if settings.dask_address:  # each source crawled and analysed on the cluster's workers
            from flows.ingest_cluster import ingest_on_cluster

            ingest_on_cluster(con, run_id, sources, settings, state, politeness, summary, started_at)
            here = []
        futures = {
            source.name: crawl_source.submit(source, settings, state, spool_root / source.name, politeness)
            for source in here
        }
        crawl_started = perf_counter()
        for source in here:
            future, spool_dir = futures[source.name], spool_root / source.name
            handled: set[str] = set()  # URLs whose outcome the processed pages' batches loaded
            await_crawl(future, spool_dir, preload)  # until its first page, or its end
            # Its pages are processed chunk by chunk while the crawl goes on (`follow_pages`): a
            # crawl that fails later keeps the pages it had handed over.
            pages = follow_pages(spool_dir / OUTPUT_DIR, crawl_ended(future))
            first = next(pages, None)
            if first is not None:
                processor = processor or build_processor(
                    con, load_resources(preload), sources,
                    stories_since=started_at - timedelta(days=settings.story_window_days))
                process_pages(con, run_id, processor, itertools.chain((first,), pages), summary,
                              keep_raw_pages=settings.keep_raw_pages, handled=handled,
                              nlp_workers=settings.nlp_workers)
            try:
                spool: CrawlSpool = future.result()
            except Exception as error:  # noqa: BLE001  a failed source never fails the run: recorded, shown
                summary.failed_sources[source.name] = f"{type(error).__name__}: {error}"
                logger.error("source %s failed: %s", source.name, error)
                continue
            summary.seconds["crawl"] = perf_counter() - crawl_started  # wall time until this source's crawl had ended
            # The crawl's own outcomes (errors, redirects, not modified...), loaded once it has
            # ended; a URL whose page a batch already accounted for keeps that outcome, as when
            # they were loaded before the pages (`load_crawl_events` replaces by run and URL).
            events = list(spool.events())
            load.load_crawl_events(con, run_id, [event for event in events if event.url not in handled])
            load.load_validators(
                con, [(v.url, v.etag, v.last_modified, v.checked_at) for v in spool.validators()]
            )
            summary.count(events)
            logger.info("source %s: %s", source.name, dict(summary.outcomes_by_source.get(source.name, {})))
            run.stats = summary.as_stats()  # counts so far, journaled if the run dies later
        load.record_dead_links(con, run_id)
        load.prune_validators(con, started_at, settings.validators_keep_days)  # "now": the run's start
        status = "completed" if len(summary.failed_sources) < len(sources) or not sources else "failed"
        run.finish(utcnow(), status, summary.as_stats())
    create_markdown_artifact(summary.as_markdown(), key="veille-ingest-summary", description="Ingest run summary")
    logger.info("run %s %s: %s", run_id, status, summary.as_stats())
    return summary.as_stats() | {"run_id": run_id, "status": status}
