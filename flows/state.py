"""Build the crawler's `CrawlState` from the warehouse: what is known, and feed validators."""
from __future__ import annotations

from datetime import datetime

import duckdb

from crawlers.state import CrawlState, DeadLink, HttpValidator, KnownUrl
from pipeline.records import Outcome
from warehouse import read


def crawl_state_from_warehouse(con: duckdb.DuckDBPyConnection, as_of: datetime) -> CrawlState:
    """Known canonical URLs with their last outcome, conditional-GET validators and dead links,
    as of the run's start (naive UTC)."""
    known = {
        url: KnownUrl(first_seen_at, last_fetched_at, outcome)
        for url, first_seen_at, last_fetched_at, outcome in read.known_urls(con)
        if isinstance(outcome, Outcome)
    }
    validators = {
        url: HttpValidator(url, etag, last_modified, checked_at)
        for url, etag, last_modified, checked_at in read.validators(con)
    }
    dead = {url: DeadLink(status, failures, checked)
            for url, status, failures, checked in read.dead_links(con)}
    return CrawlState(known, validators, as_of, dead).canonicalised()
