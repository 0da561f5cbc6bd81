"""The ingest's per-source work on a Dask cluster: crawl and analyse on a worker, commit here.

Why crawl and analyse together: a worker's spool is on the worker's disk, so the coarse unit is
"one source, crawled into a local spool and run through the crawl's `BatchProcessor.stream`";
the worker returns records (events, validators, analysed batches), and the flow's process, the
one writer, settles them against the run's knowledge and loads them, source by source.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from time import perf_counter

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from crawlers.run import crawl
from crawlers.sources import Source
from crawlers.state import CrawlState, HttpValidator
from flows.knowledge import warehouse_knowledge
from flows.resources import Lookups, Resources
from flows.scaleout import task_runner, unit_settings, worker_processor
from pipeline.batch import BatchProcessor, BatchResult
from pipeline.clock import naive_utc
from pipeline.extract import extract_article
from pipeline.records import CrawlEvent
from pipeline.resolve.corpus import resolve
from pipeline.run_summary import RunSummary
from veille.settings import Settings
from warehouse import load


@dataclass(slots=True)
class SourceAnalysis:
    """What a worker returns for one source."""

    source: str
    events: list[CrawlEvent] = field(default_factory=list)
    validators: list[HttpValidator] = field(default_factory=list)
    batches: list[BatchResult] = field(default_factory=list)
    seconds: float = 0.0


@task(name="crawl-and-analyse-source", retries=2, retry_delay_seconds=[20, 120],
      cache_policy=NO_CACHE, persist_result=False)
def crawl_and_analyse(
    source: Source, settings: Settings, state: CrawlState, politeness: bool,
    source_topics: dict[str, str],
) -> SourceAnalysis:
    """Per-unit task on a worker: one source's crawl (its own Scrapy child) and its analysis."""
    started = perf_counter()
    settings = unit_settings(settings)
    analysis = SourceAnalysis(source.name)
    with tempfile.TemporaryDirectory(prefix="veille-crawl-") as spool_dir:
        spool = crawl([source], settings, state, Path(spool_dir), politeness=politeness)
        analysis.events = list(spool.events())
        analysis.validators = spool.validators()
        if spool.stats().get("pages", 0):
            processor = worker_processor(Resources.for_this_process(settings), source_topics)
            analysis.batches = list(processor.stream(spool.pages(), 200))
    analysis.seconds = perf_counter() - started
    get_run_logger().info("crawled and analysed %s in %.1f s", source.name, analysis.seconds)
    return analysis


def ingest_on_cluster(
    con: duckdb.DuckDBPyConnection, run_id: str, sources: list[Source], settings: Settings, state: CrawlState,
    politeness: bool, summary: RunSummary, now: datetime,
) -> None:
    """Every source as one task on the cluster; results settled and loaded in source order."""
    logger = get_run_logger()
    stories, known, catalog = warehouse_knowledge(
        con, stories_since=naive_utc(now) - timedelta(days=settings.story_window_days))
    topics: dict[str, str] = {source.name: source.topic for source in sources}
    lookups = Lookups.load(settings)
    settler = BatchProcessor(
        extract=extract_article, screen=lambda article, topic: None, annotate=lambda articles: [],
        resolve=resolve, stories=stories, known=known, catalog=catalog, source_topics=topics,
        countries=lookups.countries, find_events=lookups.events, registry=lookups.registry,
    )
    runner = task_runner(settings)
    assert runner is not None, "ingest_on_cluster needs VEILLE_DASK_ADDRESS"
    with runner:
        futures = {
            source.name: runner.submit(crawl_and_analyse, parameters={
                "source": source, "settings": settings, "state": state,
                "politeness": politeness, "source_topics": topics})
            for source in sources
        }
        for source in sources:
            try:
                analysis: SourceAnalysis = futures[source.name].result()
            except Exception as error:  # noqa: BLE001  a failed source never fails the run: recorded, shown
                summary.failed_sources[source.name] = f"{type(error).__name__}: {error}"
                logger.error("source %s failed: %s", source.name, error)
                continue
            load.load_crawl_events(con, run_id, analysis.events)
            load.load_validators(con, [(v.url, v.etag, v.last_modified, v.checked_at)
                                       for v in analysis.validators])
            summary.count(analysis.events)
            summary.seconds["crawl_and_analyse"] += analysis.seconds
            for batch in analysis.batches:
                result = settler.settle(batch, keep_pages=True)
                load.load_batch(con, run_id, result, now, keep_raw_pages=settings.keep_raw_pages)
                summary.count_batch(result)
            logger.info("source %s: %s", source.name, dict(summary.outcomes_by_source.get(source.name, {})))
