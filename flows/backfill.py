"""The backfill flow: load past news from WARC archives (CC-NEWS) through the crawl's own pipeline.

A WARC file is the unit of work. `analyse-warc` (on this machine, or on a Dask worker) reads it,
keeps the pages of allowed hosts, and runs the very `BatchProcessor.stream` of a crawl on them
(extraction, language, topic, NLP) with resolution deferred; the flow's process then settles each
batch against the run's knowledge (duplicates, stories, entities) and is the one writer of the
warehouse. Files commit in input order, their journal rows with them (migration 007): a backfill
interrupted anywhere starts again at the first file without a `done` row. The run itself is in
the run journal and `runs` like an ingest run (`flows.runs.journaled_run`): running, completed,
failed, or interrupted when killed, with its counts after each commit.
"""
from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from time import perf_counter
from typing import Any

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger

from crawlers.sources import Source, load_sources
from crawlers.warc import HostFilter, WarcCounts, read_pages
from crawlers.warc_inputs import is_gzipped, open_location, warc_locations
from flows.ingest import BATCH_SIZE
from flows.knowledge import warehouse_knowledge
from flows.resources import Lookups, Resources
from flows.runs import JournaledRun, journaled_run, settle_previous
from flows.scaleout import cluster_slots, task_runner, unit_settings, worker_processor
from pipeline.batch import BatchProcessor, BatchResult, EntityCatalog, KnownContent
from pipeline.clock import naive_utc, utcnow
from pipeline.extract import extract_article
from pipeline.records import CrawlEvent, Outcome, RawPage
from pipeline.resolve.corpus import resolve
from pipeline.run_summary import RunSummary
from pipeline.stories import StoryGrouper
from veille.settings import Settings
from warehouse import load, read
from warehouse.backfill_journal import FileEntry, done_locations, record_files
from warehouse.db import connect, writing
from warehouse.lookups import SnapshotReader
from warehouse.transactions import batch

# Errors that make a whole file unreadable (network, missing file); the file is tried again later.
FILE_ERRORS = (OSError, EOFError)


@dataclass(slots=True)
class WarcAnalysis:
    """What a worker returns for one WARC file: records, not rows (the flow writes)."""

    location: str
    counts: WarcCounts
    events: list[CrawlEvent] = field(default_factory=list)  # allowed records that are no page
    batches: list[BatchResult] = field(default_factory=list)  # analysed, not yet settled
    error: str | None = None
    seconds: float = 0.0


def analyse_file(
    location: str, settings: Settings, hosts: HostFilter, source_topics: dict[str, str]
) -> WarcAnalysis:
    """Read one WARC file and analyse its pages; never raises for a bad file or record."""
    started = perf_counter()
    settings = unit_settings(settings)
    analysis = WarcAnalysis(location, WarcCounts())
    processor = worker_processor(Resources.for_this_process(settings), source_topics)

    def pages() -> Iterator[RawPage]:
        with open_location(location) as stream:
            for item in read_pages(stream, hosts, analysis.counts, max_bytes=settings.max_page_bytes,
                                   gzipped=is_gzipped(location)):
                if isinstance(item, RawPage):
                    yield item
                else:
                    analysis.events.append(item)

    try:
        for result in processor.stream(pages(), BATCH_SIZE):
            stored = {event.url for event in result.events if event.outcome is Outcome.STORED}
            result.pages = [page for page in result.pages if page.url in stored]  # ship less
            analysis.batches.append(result)
    except FILE_ERRORS as error:
        analysis.error = f"{type(error).__name__}: {error}"
        analysis.batches.clear()
        analysis.events.clear()
    analysis.seconds = perf_counter() - started
    return analysis


@task(name="analyse-warc", cache_policy=NO_CACHE, persist_result=False)
def analyse_warc(
    location: str, settings: Settings, hosts: HostFilter, source_topics: dict[str, str]
) -> WarcAnalysis:
    """Per-unit task: one WARC file, on whichever worker Dask picks."""
    analysis = analyse_file(location, settings, hosts, source_topics)
    get_run_logger().info(
        "%s: %d records, %d pages, %d corrupt in %.1f s", location, analysis.counts.records,
        analysis.counts.pages, analysis.counts.corrupt, analysis.seconds)
    return analysis


@dataclass(slots=True)
class Committer:
    """The one writer: settles analysed files in input order and commits them with their journal."""

    database: Path
    run_id: str
    started_at: datetime
    settler: BatchProcessor
    summary: RunSummary
    commit_every: int
    run: JournaledRun
    pending: list[tuple[WarcAnalysis, list[BatchResult]]] = field(default_factory=list)
    run_recorded: bool = False
    files: dict[str, int] = field(default_factory=lambda: {"done": 0, "failed": 0})
    counts: WarcCounts = field(default_factory=WarcCounts)
    readers: list[SnapshotReader] = field(default_factory=list)  # the settler's lookups

    def add(self, analysis: WarcAnalysis) -> None:
        started = perf_counter()
        settled = [self.settler.settle(batch) for batch in analysis.batches]
        self.summary.seconds["settle"] += perf_counter() - started
        self.pending.append((analysis, settled))
        if len(self.pending) >= self.commit_every:
            self.commit()

    def commit(self, finish: tuple[str, datetime] | None = None) -> None:
        """One copy-and-swap of the warehouse for the pending files (and the run's end)."""
        if not self.pending and finish is None:
            return
        started = perf_counter()
        for reader in self.readers:  # reopened by the next lookup: it reads what this commit wrote
            reader.close()
        with writing(self.database) as con:
            if not self.run_recorded:
                settle_previous(con, self.run.journal, self.run_id)  # runs that died before this one
                load.start_run(con, self.run_id, self.started_at)
                self.run_recorded = True
            entries = [self._load_file(con, analysis, settled) for analysis, settled in self.pending]
            with batch(con):
                record_files(con, self.run_id, entries)
            if finish is not None:
                load.finish_run(con, self.run_id, finish[1], finish[0], self.stats())
        self.pending.clear()
        self.summary.seconds["commit"] += perf_counter() - started
        if finish is None:
            self.run.progress(self.stats())
        else:
            self.run.status, self.run.stats = finish[0], self.stats()

    def _load_file(self, con, analysis: WarcAnalysis, settled: list[BatchResult]) -> FileEntry:  # type: ignore[no-untyped-def]
        load.load_crawl_events(con, self.run_id, analysis.events)
        self.summary.count(analysis.events, fetched=True)
        # pages read, not only the stored ones `count_batch` sees (the others are not kept)
        self.summary.pages_fetched += analysis.counts.pages + analysis.counts.rejected \
            - sum(len(result.pages) for result in settled)
        stored = 0
        for result in settled:
            load.load_batch(con, self.run_id, result, utcnow())
            self.summary.count_batch(result)
            stored += sum(1 for e in result.events if e.outcome is Outcome.STORED)
        counts = analysis.counts
        status = "failed" if analysis.error else "done"
        self.files[status] += 1
        for name in ("records", "responses", "off_host", "rejected", "pages", "corrupt"):
            setattr(self.counts, name, getattr(self.counts, name) + getattr(counts, name))
        return FileEntry(
            location=analysis.location, status=status, records=counts.records,
            responses=counts.responses, off_host=counts.off_host, rejected=counts.rejected,
            pages=counts.pages, stored=stored, corrupt=counts.corrupt, error=analysis.error,
            finished_at=utcnow(), errors=tuple(counts.errors),
        )

    def stats(self) -> dict[str, Any]:
        counts = self.counts
        return self.summary.as_stats() | {"warc": {
            "files_done": self.files["done"], "files_failed": self.files["failed"],
            "records": counts.records, "responses": counts.responses, "off_host": counts.off_host,
            "rejected": counts.rejected, "pages": counts.pages, "corrupt": counts.corrupt,
        }}


def _hashes_of(reader: SnapshotReader, urls: list[str], hashes: list[str]
               ) -> tuple[dict[str, str], dict[str, str]]:
    con = reader.connection()
    return read.article_hashes_of(con, urls, hashes) if con is not None else ({}, {})


def _settler(database: Path, sources: Sequence[Source], settings: Settings,
             known_readers: list[SnapshotReader]) -> BatchProcessor:
    """The committer's processor: the warehouse's knowledge, no NLP model (workers have it).

    Every story signature, not the ingest's story window: an archived article is first seen at
    its WARC date, months or years before the run, and must still join the stories of the files
    an earlier backfill run loaded.
    """
    if database.exists():
        con = connect(database, read_only=True)
        try:
            stories, _, catalog = warehouse_knowledge(con)
        finally:
            con.close()
        # Content hashes looked up per settled batch, on a read-only connection of their own
        # (settling happens between commits, with no writer open); closed by `Committer.commit`.
        reader = SnapshotReader(database, None)
        known = KnownContent(lookup=lambda urls, hashes: _hashes_of(reader, urls, hashes))
        known_readers.append(reader)
    else:
        stories, known, catalog = StoryGrouper(), KnownContent(), EntityCatalog()
    lookups = Lookups.load(settings)
    return BatchProcessor(
        extract=extract_article, screen=lambda article, topic: None, annotate=lambda articles: [],
        resolve=resolve, stories=stories, known=known, catalog=catalog,
        source_topics={source.name: source.topic for source in sources},
        countries=lookups.countries, find_events=lookups.events, registry=lookups.registry,
    )


def _done(database: Path) -> set[str]:
    if not database.exists():
        return set()
    con = connect(database, read_only=True)
    try:
        tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        return done_locations(con) if "backfill_files" in tables else set()
    finally:
        con.close()


@flow(name="veille-backfill")
def backfill(
    warcs: list[str],
    db_path: str | None = None,
    sources_path: str | None = None,
    now: datetime | None = None,
) -> dict[str, object]:
    """Load WARC files into the warehouse; files already loaded are skipped."""
    logger = get_run_logger()
    settings = Settings()
    started_at = now or utcnow()
    database = Path(db_path) if db_path else settings.db_path
    registry = Path(sources_path) if sources_path else settings.sources_path
    sources = [s for s in load_sources(registry) if s.enabled] if registry.exists() else []
    hosts = HostFilter.build(settings.backfill_hosts, sources)
    locations = warc_locations(warcs, settings.warc_base_url)
    done = _done(database)
    todo = [location for location in locations if location not in done]
    logger.info("%d WARC files, %d already loaded, %d to read", len(locations), len(locations) - len(todo), len(todo))
    run_id = f"{started_at:%Y%m%dT%H%M%S}-backfill-{uuid.uuid4().hex[:6]}"
    summary = RunSummary(run_id)
    with journaled_run(database, run_id, naive_utc(started_at), clock=utcnow, kind="backfill") as run:
        readers: list[SnapshotReader] = []
        committer = Committer(database, run_id, started_at, _settler(database, sources, settings, readers),
                              summary, settings.backfill_commit_files, run, readers=readers)
        topics: dict[str, str] = {source.name: source.topic for source in sources}
        files_started = perf_counter()
        for analysis in _analyses(todo, settings, hosts, topics):
            committer.add(analysis)
            summary.seconds["analyse"] += analysis.seconds  # summed over workers
            logger.info("%s: %s", analysis.location, analysis.error or "read")
        summary.seconds["files_wall"] = perf_counter() - files_started  # first submit to last commit
        status = "completed" if committer.files["failed"] < len(todo) or not todo else "failed"
        committer.commit(finish=(status, utcnow()))
    stats = committer.stats()
    create_markdown_artifact(summary.as_markdown(), key="veille-backfill-summary",
                             description="Backfill run summary")
    logger.info("backfill %s %s: %s", run_id, status, stats["warc"])
    return stats | {"run_id": run_id, "status": status, "skipped_files": len(locations) - len(todo)}


def _analyses(
    todo: Sequence[str], settings: Settings, hosts: HostFilter, topics: dict[str, str]
) -> Iterator[WarcAnalysis]:
    """Analysed files in input order: on Dask a window of files in flight, here one at a time."""
    slots = cluster_slots() if settings.dask_address else 0
    if not slots:
        for location in todo:
            yield analyse_warc(location, settings, hosts, topics)
        return
    window: deque[Any] = deque()
    queue = iter(todo)
    for location in queue:
        window.append(analyse_warc.submit(location, settings, hosts, topics))
        if len(window) >= 2 * slots:
            break
    while window:
        analysis = window.popleft().result()
        next_location = next(queue, None)
        if next_location is not None:
            window.append(analyse_warc.submit(next_location, settings, hosts, topics))
        yield analysis


def run_backfill(
    warcs: list[str], db_path: str | None = None, sources_path: str | None = None,
    now: datetime | None = None, settings: Settings | None = None,
) -> dict[str, object]:
    """Entry point (CLI, tests, bench): the flow on Dask when `VEILLE_DASK_ADDRESS` is set."""
    runner = task_runner(settings or Settings())
    chosen = backfill.with_options(task_runner=runner) if runner is not None else backfill
    return chosen(warcs, db_path=db_path, sources_path=sources_path, now=now)
