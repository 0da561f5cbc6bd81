"""What the pipeline reads back from the warehouse: entities, stories, and lookups of known URLs and content hashes for the batch at hand.

The SQL lives in `warehouse/sql/read/`; these functions only shape the rows into records.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.records import Entity, Outcome, RawPage
from warehouse.sql_files import read_sql, run_sql, settle_results, sql_file

RAW_PAGE_BATCH = 256
# Candidates sent per lookup query: a lake's key tables are read only where the batch's keys are
# while a join side holds at most `dynamic_or_filter_threshold` (1000, set by the read files)
# rows, and each key then costs about one 4,096-row group. Above LOOKUP_SCAN_ABOVE candidates
# (a sitemap's links) one query scanning the key tables costs less than the chunks' row groups
# (measured at 10 M: docs/warehouse.md, *The lookup key tables*).
LOOKUP_CHUNK = 1000
LOOKUP_SCAN_ABOVE = 4000


def _rows(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple[Any, ...]]:
    return con.execute(sql_file(f"read/{name}.sql")).fetchall()


def _outcome(value: str | None) -> Outcome | str | None:
    """An `Outcome` where the stored value is one; the raw text otherwise (never lose it)."""
    if value is None:
        return None
    try:
        return Outcome(value)
    except ValueError:
        return value


def known_urls_of(
    con: duckdb.DuckDBPyConnection, urls: Iterable[str],
) -> list[tuple[str, datetime, datetime | None, Outcome | str | None]]:
    """(url, first_seen_at, last_fetched_at, last_outcome) of those of `urls` the warehouse has
    seen: a lookup of the batch at hand (`read/known_urls_of.sql`), never every URL."""
    rows = _rows_of(con, "known_urls_of", "candidate_urls", pa.table({"url": pa.array(
        sorted(set(urls)), pa.string())}))
    return [(u, first, last, _outcome(o)) for u, first, last, o in rows]


def validators(
    con: duckdb.DuckDBPyConnection,
) -> list[tuple[str, str | None, str | None, datetime]]:
    """(url, etag, last_modified, checked_at) of every feed/sitemap checked before."""
    return _rows(con, "validators")


def dead_links(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int, int, datetime]]:
    """(url, status, failures, last_checked_at) of every URL remembered as dead (404/410)."""
    return _rows(con, "dead_links")


def holds_articles(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether any article is stored (a first run's warehouse holds none)."""
    return bool(_rows(con, "holds_articles")[0][0])


def holds_url_sightings(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the crawl's known-URL lookups could find anything (`known_urls_of` reads url_sightings)."""
    return bool(_rows(con, "holds_url_sightings")[0][0])


def holds_article_keys(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the duplicate check's lookup keys hold anything (`article_hashes_of` reads them)."""
    return bool(_rows(con, "holds_article_keys")[0][0])


def existing_entities(con: duckdb.DuckDBPyConnection) -> list[Entity]:
    """The canonical entities resolution matches new mentions against."""
    return [Entity(entity_id=i, name=n, type=t, country=c) for i, n, t, c in _rows(con, "entities")]


def existing_aliases(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(entity_id, alias) pairs already known."""
    return _rows(con, "aliases")


def story_signatures(
    con: duckdb.DuckDBPyConnection, since: datetime | None = None,
) -> list[tuple[str, str, bytes]]:
    """(article_id, story_id, signature) so a new copy joins an old story: of the articles first
    seen at or after `since` (the story window), of every article when None."""
    rows = run_sql(con, read_sql("read/story_signatures.sql"), {"since": since})[1]
    return [(a, s, bytes(sig)) for a, s, sig in rows]


def article_hashes_of(
    con: duckdb.DuckDBPyConnection, urls: Iterable[str], hashes: Iterable[str],
) -> tuple[dict[str, str], dict[str, str]]:
    """For the duplicate check of a batch: (canonical URL -> stored content_hash, of those of
    `urls` stored; content_hash -> the stored URL holding it, of those of `hashes` stored)."""
    candidates = pa.table({"url": pa.array(sorted(set(urls)), pa.string()),
                           "content_hash": pa.array([None] * len(set(urls)), pa.string())})
    candidates = pa.concat_tables([candidates, pa.table({
        "url": pa.array([None] * len(set(hashes)), pa.string()),
        "content_hash": pa.array(sorted(set(hashes)), pa.string())})])
    hash_by_url: dict[str, str] = {}
    url_by_hash: dict[str, str] = {}
    for by, url, digest in _rows_of(con, "article_hashes_of", "candidate_articles", candidates):
        if by == "url":
            hash_by_url[url] = digest
        else:
            url_by_hash[digest] = url
    return hash_by_url, url_by_hash


def _rows_of(con: duckdb.DuckDBPyConnection, name: str, view: str, candidates: pa.Table
             ) -> list[tuple[Any, ...]]:
    """The rows of `read/<name>.sql` for the candidates registered as `view`, `LOOKUP_CHUNK`
    candidates per query (all in one above `LOOKUP_SCAN_ABOVE`), in order (nothing to look up:
    no query)."""
    chunk = LOOKUP_CHUNK if candidates.num_rows <= LOOKUP_SCAN_ABOVE else candidates.num_rows
    rows: list[tuple[Any, ...]] = []
    for start in range(0, candidates.num_rows, chunk):
        settle_results(con)
        con.register(view, candidates.slice(start, chunk))
        try:
            rows += run_sql(con, f"read/{name}.sql")[1]
        finally:
            con.unregister(view)
    return rows


def raw_pages(
    con: duckdb.DuckDBPyConnection, batch_size: int = RAW_PAGE_BATCH
) -> Iterator[RawPage]:
    """Every stored raw page, decompressed, streamed in batches (bodies can be large).

    Reads on its own cursor so the caller may keep using `con` while iterating.
    """
    database = con.execute("SELECT current_database()").fetchall()[0][0]
    cursor = con.cursor()
    try:
        cursor.execute(f'USE "{database}"')  # a lake is attached: not a new cursor's default
        result = cursor.execute(sql_file("read/raw_pages.sql"))
        while batch := result.fetchmany(batch_size):
            for row in batch:
                yield _raw_page(row)
    finally:
        cursor.close()


def _raw_page(row: tuple[Any, ...]) -> RawPage:
    (url, requested_url, source, fetched_at, status, headers, body_zlib, encoding,
     discovered_via, hint_published_at, hint_title) = row
    return RawPage(
        url=url,
        requested_url=requested_url,
        source=source,
        fetched_at=fetched_at,
        status=status,
        headers=json.loads(headers) if headers else {},
        body=zlib.decompress(body_zlib),
        encoding=encoding,
        discovered_via=discovered_via or "",
        hint_published_at=hint_published_at,
        hint_title=hint_title,
    )
