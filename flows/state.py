"""Build the crawler's `CrawlState` from the warehouse: validators, dead links, and where the
crawler looks known URLs up (per response, `CrawlState.look_up`), never every URL ever seen."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import duckdb

from crawlers.state import CrawlState, DeadLink, HttpValidator
from warehouse import read
from warehouse.lookups import current_snapshot


def crawl_state_from_warehouse(con: duckdb.DuckDBPyConnection, as_of: datetime,
                               db_path: Path | str | None) -> CrawlState:
    """Conditional-GET validators and dead links as of the run's start (naive UTC), and the
    warehouse the crawl asks about its links: `db_path` (the live one: a run writes a copy of
    a DuckDB file; None: nothing is known), at the snapshot `con` reads (a lake). A warehouse
    whose url_sightings is empty at that snapshot (a first run) is not given: every lookup of the
    crawl would find nothing, and the crawler would open a connection to learn it."""
    validators = {
        url: HttpValidator(url, etag, last_modified, checked_at)
        for url, etag, last_modified, checked_at in read.validators(con)
    }
    dead = {url: DeadLink(status, failures, checked)
            for url, status, failures, checked in read.dead_links(con)}
    return CrawlState({}, validators, as_of, dead,
                      str(db_path) if db_path is not None and read.holds_url_sightings(con) else None,
                      current_snapshot(con)).canonicalised()
