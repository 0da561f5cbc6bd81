"""Reprocess: re-run extraction, NLP and resolution on every stored raw page, offline.

Why: when rules, gazetteers or the topic profile change, analysts want the warehouse as if every
page had been crawled with today's code, without hitting the outlets again.
"""
from __future__ import annotations

import uuid
from pathlib import Path

from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.logging import get_run_logger

from crawlers.sources import load_sources
from flows.ingest import build_processor, load_resources, process_pages
from flows.preload import Preload
from flows.runs import recorded_run
from pipeline.clock import utcnow
from pipeline.run_summary import RunSummary
from veille.settings import Settings
from warehouse import read
from warehouse.maintenance import reset_derived


@flow(name="veille-reprocess")
def reprocess_flow(db_path: str | None = None, sources_path: str | None = None) -> dict[str, object]:
    logger = get_run_logger()
    settings = Settings()
    database = Path(db_path) if db_path else settings.db_path
    registry = Path(sources_path) if sources_path else settings.sources_path
    sources = load_sources(registry) if registry.exists() else []
    run_id = f"{utcnow():%Y%m%dT%H%M%S}-reprocess-{uuid.uuid4().hex[:4]}"
    summary = RunSummary(run_id)
    resources = load_resources(Preload(settings))  # not started: the model loads with the first page
    with recorded_run(database, run_id, utcnow(), clock=utcnow) as run:
        con = run.con
        reset_derived(con)
        processor = build_processor(con, resources, sources, force=True)
        process_pages(con, run_id, processor, read.raw_pages(con), summary, store_pages=False,
                      nlp_workers=settings.nlp_workers)
        run.finish(utcnow(), "completed", summary.as_stats())
    create_markdown_artifact(summary.as_markdown(), key="veille-reprocess-summary")
    logger.info("reprocessed %d stored pages", summary.pages_fetched)
    return summary.as_stats() | {"run_id": run_id, "status": "completed"}
