"""The ingest flow: crawl every source, process the pages, load the warehouse, report.

Thin by design: the work lives in `crawlers/`, `pipeline/` and `warehouse/`; this module only
composes it into Prefect tasks (network tasks retried apart from parsing) and accounts for it.
"""
from __future__ import annotations

import shutil
import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from time import perf_counter

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from crawlers.run import CrawlSpool, crawl
from crawlers.sources import Source, load_sources
from flows.resources import Resources
from flows.state import crawl_state_from_warehouse
from pipeline.batch import BatchProcessor, BatchResult, EntityCatalog, KnownContent
from pipeline.extract import extract_article
from pipeline.records import CrawlEvent, RawPage
from pipeline.resolve import resolve
from pipeline.stories import StoryGrouper
from veille.settings import Settings
from warehouse import load, read
from warehouse.db import writing

BATCH_SIZE = 200


def utcnow() -> datetime:
    """Naive UTC, the convention of every TIMESTAMP column in the warehouse."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass(slots=True)
class RunSummary:
    """What a run did, printed by the CLI, stored in `runs.stats`, shown as a Prefect artifact."""

    run_id: str
    pages_fetched: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    outcomes_by_source: dict[str, Counter[str]] = field(default_factory=dict)
    failed_sources: dict[str, str] = field(default_factory=dict)
    articles_new: int = 0
    articles_updated: int = 0
    entities_new: int = 0
    mentions: int = 0
    dates: int = 0
    roles: int = 0
    seconds: Counter[str] = field(default_factory=Counter)  # wall time per stage

    def count(self, events: Iterable[CrawlEvent], *, fetched: bool = False) -> None:
        """Count outcomes; `fetched` events are pages already counted as fetched."""
        for event in events:
            if not fetched and event.status is not None and event.status != 304:
                self.pages_fetched += 1
            self.outcomes[event.outcome.value] += 1
            self.outcomes_by_source.setdefault(event.source, Counter())[event.outcome.value] += 1
            if event.outcome.value == "stored":
                if event.reason == "updated":
                    self.articles_updated += 1
                else:
                    self.articles_new += 1

    def account(self, result: BatchResult) -> None:
        """Count what a loaded batch added (its pages are counted by the caller)."""
        self.count(result.events, fetched=True)
        self.entities_new += len(result.resolution.entities)
        self.mentions += len(result.resolution.mentions)
        self.roles += len(result.resolution.roles)
        self.dates += sum(len(annotation.dates) for _, annotation in result.annotated)
        self.seconds.update(result.seconds)

    def as_stats(self) -> dict[str, object]:
        return {
            "pages_fetched": self.pages_fetched,
            "outcomes": dict(self.outcomes),
            "outcomes_by_source": {s: dict(c) for s, c in self.outcomes_by_source.items()},
            "failed_sources": self.failed_sources,
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "entities_new": self.entities_new,
            "mentions": self.mentions,
            "dates": self.dates,
            "roles": self.roles,
            "seconds": {stage: round(value, 3) for stage, value in self.seconds.items()},
        }

    def as_markdown(self) -> str:
        lines = [
            f"# Veille ingest run `{self.run_id}`",
            "",
            f"- pages fetched: **{self.pages_fetched}**",
            f"- articles new: **{self.articles_new}**, updated: **{self.articles_updated}**",
            f"- new entities: **{self.entities_new}**, mentions: {self.mentions}, "
            f"dates: {self.dates}, roles: {self.roles}",
            "",
            "| source | " + " | ".join(sorted(self.outcomes)) + " |",
            "|---|" + "---|" * len(self.outcomes),
        ]
        for source, counts in sorted(self.outcomes_by_source.items()):
            cells = " | ".join(str(counts.get(outcome, 0)) for outcome in sorted(self.outcomes))
            lines.append(f"| {source} | {cells} |")
        for source, error in sorted(self.failed_sources.items()):
            lines.append(f"\n**Source `{source}` failed:** {error}")
        return "\n".join(lines)


@task(name="crawl-source", retries=2, retry_delay_seconds=[20, 120], cache_policy=NO_CACHE)
def crawl_source(
    source: Source, settings: Settings, state: object, spool_dir: Path, politeness: bool
) -> CrawlSpool:
    """Network task: one source per Scrapy child process, so one broken source fails alone."""
    started = perf_counter()
    spool = crawl([source], settings, state, spool_dir, politeness=politeness)  # type: ignore[arg-type]
    get_run_logger().info("crawled %s in %.1f s", source.name, perf_counter() - started)
    return spool


@task(name="load-resources", cache_policy=NO_CACHE)
def load_resources(settings: Settings) -> Resources:
    return Resources.load(settings)


def load_batch(con, run_id: str, result: BatchResult, *, store_pages: bool = True) -> None:  # type: ignore[no-untyped-def]
    """One batch, one transaction: raw pages, articles, dates, entities, stories, outcomes."""
    started = perf_counter()
    con.begin()
    try:
        if store_pages:
            load.load_raw_pages(con, result.pages)
        load.load_articles(con, run_id, result.articles)
        load.load_dates(con, [(aid, d) for aid, ann in result.annotated for d in ann.dates])
        load.load_resolution(con, result.resolution, utcnow())
        load.load_story_signatures(con, result.signatures)
        load.load_crawl_events(con, run_id, result.events)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    result.timed("load", started)


def build_processor(con, resources: Resources, sources: Sequence[Source], *, force: bool = False) -> BatchProcessor:  # type: ignore[no-untyped-def]
    """The run's processor, seeded with what the warehouse already holds."""
    stories, known, catalog = warehouse_knowledge(con, force=force)
    return BatchProcessor(
        extract=extract_article,
        screen=resources.screener(),
        annotate=lambda articles: resources.analyzer.annotate(articles),
        resolve=resolve,
        stories=stories,
        known=known,
        catalog=catalog,
        source_topics={source.name: source.topic for source in sources},
        force=force,
        countries=resources.countries,
    )


def warehouse_knowledge(con, *, force: bool = False) -> tuple[StoryGrouper, KnownContent, EntityCatalog]:  # type: ignore[no-untyped-def]
    """What a run's de-duplication, story grouping and resolution start from."""
    stories = StoryGrouper()
    for article_id, story_id, signature in read.story_signatures(con):
        stories.add_existing(article_id, story_id, signature)
    known = KnownContent.from_hashes({} if force else read.article_hashes(con))
    catalog = EntityCatalog.from_rows(read.existing_entities(con), read.existing_aliases(con))
    return stories, known, catalog


@task(name="process-and-load", cache_policy=NO_CACHE)
def process_pages(  # type: ignore[no-untyped-def]
    con, run_id: str, processor: BatchProcessor, pages: Iterable[RawPage], summary: RunSummary,
    *, store_pages: bool = True,
) -> None:
    """Parsing task: pages stream through extraction and NLP; each batch is loaded as it is ready.

    `store_pages=False` when the pages come from the warehouse itself (reprocess).
    """
    for result in processor.stream(pages, BATCH_SIZE):
        load_batch(con, run_id, result, store_pages=store_pages)
        summary.pages_fetched += len(result.pages)
        summary.account(result)


@flow(name="veille-ingest")
def ingest(
    sources_path: str | None = None,
    db_path: str | None = None,
    politeness: bool = True,
) -> dict[str, object]:
    """One full ingest: crawl every source, process and load, and account for every URL."""
    logger = get_run_logger()
    settings = Settings()
    sources = load_sources(Path(sources_path) if sources_path else settings.sources_path)
    sources = [source for source in sources if source.enabled]
    database = Path(db_path) if db_path else settings.db_path
    run_id = f"{utcnow():%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    summary = RunSummary(run_id)
    spool_root = settings.work_dir / run_id
    processor: BatchProcessor | None = None  # the NLP model loads only if a page needs it
    with writing(database) as con:
        load.start_run(con, run_id, utcnow())
        state = crawl_state_from_warehouse(con)
        here = sources
        if settings.dask_address:  # each source crawled and analysed on the cluster's workers
            from flows.ingest_cluster import ingest_on_cluster

            ingest_on_cluster(con, run_id, sources, settings, state, politeness, summary)
            here = []
        futures = {
            source.name: crawl_source.submit(source, settings, state, spool_root / source.name, politeness)
            for source in here
        }
        crawl_started = perf_counter()
        for source in here:
            try:
                spool: CrawlSpool = futures[source.name].result()
            except Exception as error:  # a failed source never fails the run: recorded, shown
                summary.failed_sources[source.name] = f"{type(error).__name__}: {error}"
                logger.error("source %s failed: %s", source.name, error)
                continue
            summary.seconds["crawl"] = perf_counter() - crawl_started  # wall time until this source's pages were ready
            events = list(spool.events())
            load.load_crawl_events(con, run_id, events)
            load.load_validators(
                con, [(v.url, v.etag, v.last_modified, v.checked_at) for v in spool.validators()]
            )
            summary.count(events)
            if spool.stats().get("pages", 0):
                processor = processor or build_processor(con, load_resources(settings), sources)
                process_pages(con, run_id, processor, spool.pages(), summary)
            logger.info("source %s: %s", source.name, dict(summary.outcomes_by_source.get(source.name, {})))
        status = "completed" if len(summary.failed_sources) < len(sources) or not sources else "failed"
        load.finish_run(con, run_id, utcnow(), status, summary.as_stats())
    shutil.rmtree(spool_root, ignore_errors=True)  # raw pages are in the warehouse now
    create_markdown_artifact(summary.as_markdown(), key="veille-ingest-summary", description="Ingest run summary")
    logger.info("run %s %s: %s", run_id, status, summary.as_stats())
    return summary.as_stats() | {"run_id": run_id, "status": status}
