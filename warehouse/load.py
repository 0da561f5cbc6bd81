"""Bulk loading of stage records into the warehouse.

Each `load_*` turns a batch of records into one Arrow table (column-wise) and hands it to its
`load_*_arrow` twin, which registers the table and runs the SQL in `warehouse/sql/load/`:
set-based statements over the whole batch, never a row-by-row insert. Loaders that change what
the trend rollups count also mark the weeks they touched (`rollup_dirty_weeks`). The benchmark calls the `_arrow`
functions directly, so it measures the very SQL the pipeline runs.

None of these commit: the caller wraps one batch in `warehouse.transactions.batch(con)` (a
transaction of its own on a DuckDB file; nothing inside a lake run, which is one transaction).
Timestamps are stored as naive UTC (aware datetimes are converted).
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from pipeline.clock import naive_utc
from pipeline.records import Article, CrawlEvent, DateMention, Outcome, RawPage, Resolution
from warehouse import schemas
from warehouse.sql_files import run_script, settle_results
from warehouse.transactions import batch, holds_run

if TYPE_CHECKING:  # types only: a run that loads no article never imports the NLP stack
    from pipeline.batch import BatchResult
    from pipeline.events.batch import BatchEvents


def _run_with(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table, script: str) -> int:
    """Expose `table` as `incoming_<name>` while `script` runs, then forget it."""
    view = f"incoming_{name}"
    settle_results(con)
    con.register(view, table)
    try:
        return run_script(con, f"load/{script}.sql")
    finally:
        con.unregister(view)


def _table(schema: pa.Schema, columns: Mapping[str, Sequence[object]]) -> pa.Table:
    return pa.table({name: columns[name] for name in schema.names}, schema=schema)


# Runs ---------------------------------------------------------------------------------------

def start_run(con: duckdb.DuckDBPyConnection, run_id: str, started_at: datetime) -> None:
    """Record that a run began (status `running`)."""
    run_script(con, "load/run_start.sql", {"run_id": run_id, "started_at": naive_utc(started_at)})


def finish_run(
    con: duckdb.DuckDBPyConnection, run_id: str, finished_at: datetime, status: str,
    stats: Mapping[str, object],
) -> None:
    """Record how a run ended and what it counted (stats stored as JSON)."""
    run_script(
        con,
        "load/run_finish.sql",
        {
            "run_id": run_id,
            "finished_at": naive_utc(finished_at),
            "status": status,
            "stats": json.dumps(stats, default=str, ensure_ascii=False),
        },
    )


def reconcile_runs_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    """Runs that ended (or died) outside the warehouse copy: insert, or settle a `running` row."""
    return _run_with(con, "runs", table, "runs_reconcile")


# Crawl side ---------------------------------------------------------------------------------

def load_crawl_events_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    return _run_with(con, "crawl_events", table, "crawl_events")


def load_crawl_events(
    con: duckdb.DuckDBPyConnection, run_id: str, events: Sequence[CrawlEvent]
) -> int:
    """Append the run's crawl outcomes; one row per (run, URL), re-loading replaces."""
    columns: dict[str, Sequence[object]] = {
        "run_id": [run_id] * len(events),
        "url": [e.url for e in events],
        "source": [e.source for e in events],
        "fetched_at": [naive_utc(e.fetched_at) for e in events],
        "status": [e.status for e in events],
        "outcome": [str(e.outcome) for e in events],
        "reason": [e.reason for e in events],
    }
    return load_crawl_events_arrow(con, _table(schemas.CRAWL_EVENTS, columns))


def record_dead_links(con: duckdb.DuckDBPyConnection, run_id: str) -> None:
    """Update the dead-link memory from a run's crawl_log (404/410 counted, 2xx/3xx forgotten).

    Called once the run's outcomes are all loaded; safe to call again for the same run.
    """
    run_script(con, "load/dead_links.sql", {"run_id": run_id})


def load_raw_pages_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    return _run_with(con, "raw_pages", table, "raw_pages")


def load_raw_pages(con: duckdb.DuckDBPyConnection, pages: Sequence[RawPage]) -> int:
    """Upsert fetched pages by canonical URL; bodies zlib-compressed, headers as JSON."""
    columns: dict[str, Sequence[object]] = {
        "url": [p.url for p in pages],
        "requested_url": [p.requested_url for p in pages],
        "source": [p.source for p in pages],
        "fetched_at": [naive_utc(p.fetched_at) for p in pages],
        "status": [p.status for p in pages],
        "headers": [json.dumps(p.headers, ensure_ascii=False) for p in pages],
        "body_zlib": [zlib.compress(p.body) for p in pages],
        "encoding": [p.encoding for p in pages],
        "discovered_via": [p.discovered_via for p in pages],
        "hint_published_at": [naive_utc(p.hint_published_at) for p in pages],
        "hint_title": [p.hint_title for p in pages],
    }
    return load_raw_pages_arrow(con, _table(schemas.RAW_PAGES, columns))


def load_validators(
    con: duckdb.DuckDBPyConnection,
    validators: Sequence[tuple[str, str | None, str | None, datetime]],
) -> int:
    """Upsert conditional-GET validators: (url, etag, last_modified, checked_at)."""
    columns: dict[str, Sequence[object]] = {
        "url": [v[0] for v in validators],
        "etag": [v[1] for v in validators],
        "last_modified": [v[2] for v in validators],
        "checked_at": [naive_utc(v[3]) for v in validators],
    }
    table = _table(schemas.VALIDATORS, columns)
    return _run_with(con, "validators", table, "validators")


def prune_validators(con: duckdb.DuckDBPyConnection, now: datetime, keep_days: float) -> int:
    """Forget the validators of URLs no crawl has seen for `keep_days` before `now`; the count.

    Why: feeds and sitemaps leave the registry and articles leave the feeds, and their rows
    would stay for good. A pruned URL seen again is simply fetched without a condition once.
    """
    cutoff = naive_utc(now) - timedelta(days=keep_days)
    return run_script(con, "load/validators_prune.sql", {"cutoff": cutoff})


# Articles and what the NLP found ------------------------------------------------------------

def load_articles_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    changed = _run_with(con, "articles", table, "articles")
    if _lake_run(con):  # what the mentions loader, rollups and checks need not look up
        run_script(con, "load/run_new_articles.sql")
    return changed


def _lake_run(con: duckdb.DuckDBPyConnection) -> bool:
    """Inside a lake run (`warehouse.db.writing`), which noted its new articles from the start."""
    return holds_run(con) and bool(con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE temporary AND table_name = 'run_new_articles'"
    ).fetchall()[0][0])


def load_articles(
    con: duckdb.DuckDBPyConnection, run_id: str, rows: Sequence[tuple[str, Article, str]]
) -> int:
    """Upsert (article_id, article, story_id) rows by article_id.

    A new content_hash replaces the text and deletes the article's mentions, dates and roles
    (reload them right after); first_seen_at is kept.
    """
    now = naive_utc(datetime.now(UTC))
    articles = [row[1] for row in rows]
    columns: dict[str, Sequence[object]] = {
        "article_id": [row[0] for row in rows],
        "url": [a.url for a in articles],
        "source": [a.source for a in articles],
        "title": [a.title for a in articles],
        "published_at": [naive_utc(a.published_at) for a in articles],
        "language": [a.language for a in articles],
        "text": [a.text for a in articles],
        "story_id": [row[2] for row in rows],
        "author": [a.author for a in articles],
        "sitename": [a.sitename for a in articles],
        "description": [a.description for a in articles],
        "content_hash": [a.content_hash for a in articles],
        "topic_score": [a.topic_score for a in articles],
        "fetched_at": [naive_utc(a.fetched_at) for a in articles],
        "run_id": [run_id] * len(rows),
        "seen_at": [naive_utc(a.fetched_at) or now for a in articles],
    }
    return load_articles_arrow(con, _table(schemas.ARTICLES, columns))


def load_dates_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    return _run_with(con, "dates", table, "article_dates")


def load_dates(con: duckdb.DuckDBPyConnection, rows: Sequence[tuple[str, DateMention]]) -> int:
    """Insert (article_id, date mention) rows not already stored."""
    columns: dict[str, Sequence[object]] = {
        "article_id": [row[0] for row in rows],
        "surface": [row[1].surface for row in rows],
        "value": [row[1].value for row in rows],
        "start_char": [row[1].start_char for row in rows],
        "end_char": [row[1].end_char for row in rows],
    }
    return load_dates_arrow(con, _table(schemas.DATES, columns))


def load_entities_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    return _run_with(con, "entities", table, "entities")


def load_aliases_arrow(
    con: duckdb.DuckDBPyConnection, aliases: pa.Table, entities: pa.Table
) -> int:
    settle_results(con)
    con.register("incoming_entities", entities)
    try:
        return _run_with(con, "aliases", aliases, "aliases")
    finally:
        con.unregister("incoming_entities")


def load_mentions_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    return _run_with(con, "mentions", table, "mentions_lake" if _lake_run(con) else "mentions")


def load_roles_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    return _run_with(con, "roles", table, "roles")


def load_resolution(
    con: duckdb.DuckDBPyConnection, resolution: Resolution, seen_at: datetime
) -> None:
    """Store what resolution decided: entities (upsert), new aliases, mentions and roles."""
    seen = naive_utc(seen_at)
    entities = _table(schemas.ENTITIES, {
        "entity_id": [e.entity_id for e in resolution.entities],
        "name": [e.name for e in resolution.entities],
        "type": [e.type for e in resolution.entities],
        "country": [e.country for e in resolution.entities],
        "seen_at": [seen] * len(resolution.entities),
    })
    aliases = _table(schemas.ALIASES, {
        "entity_id": [a[0] for a in resolution.aliases],
        "alias": [a[1] for a in resolution.aliases],
    })
    mentions = _table(schemas.MENTIONS, {
        "article_id": [m.article_id for m in resolution.mentions],
        "entity_id": [m.entity_id for m in resolution.mentions],
        "surface": [m.surface for m in resolution.mentions],
        "start_char": [m.start_char for m in resolution.mentions],
        "end_char": [m.end_char for m in resolution.mentions],
    })
    roles = _table(schemas.ROLES, {
        "article_id": [r.article_id for r in resolution.roles],
        "person_entity_id": [r.person_entity_id for r in resolution.roles],
        "role": [r.role for r in resolution.roles],
        "org_entity_id": [r.org_entity_id for r in resolution.roles],
    })
    load_entities_arrow(con, entities)
    load_aliases_arrow(con, aliases, entities)
    load_mentions_arrow(con, mentions)
    load_roles_arrow(con, roles)


def load_story_signatures_arrow(con: duckdb.DuckDBPyConnection, table: pa.Table) -> int:
    return _run_with(con, "story_signatures", table, "story_signatures")


def load_story_signatures(
    con: duckdb.DuckDBPyConnection, rows: Sequence[tuple[str, str, bytes]]
) -> int:
    """Upsert (article_id, story_id, signature) rows by article_id."""
    columns: dict[str, Sequence[object]] = {
        "article_id": [row[0] for row in rows],
        "story_id": [row[1] for row in rows],
        "signature": [bytes(row[2]) for row in rows],
    }
    return load_story_signatures_arrow(con, _table(schemas.STORY_SIGNATURES, columns))


def pages_to_keep(result: BatchResult, keep: str) -> list[RawPage]:
    """Raw HTML worth keeping: the stored articles' pages only, unless `keep == "all"`
    (VEILLE_KEEP_RAW_PAGES): off-topic or rejected pages are third-party bodies nobody needs."""
    if keep == "all":
        return result.pages
    stored = {e.url for e in result.events if e.outcome is Outcome.STORED}
    return [page for page in result.pages if page.url in stored]


def load_batch(
    con: duckdb.DuckDBPyConnection, run_id: str, result: BatchResult, now: datetime, *,
    store_pages: bool = True, keep_raw_pages: str = "stored",
) -> None:
    """One batch, one transaction: raw pages, articles, dates, entities, stories, outcomes."""
    with batch(con):
        if store_pages:
            load_raw_pages(con, pages_to_keep(result, keep_raw_pages))
        load_articles(con, run_id, result.articles)
        load_dates(con, [(aid, d) for aid, ann in result.annotated for d in ann.dates])
        load_resolution(con, result.resolution, now)
        load_story_signatures(con, result.signatures)
        load_events(con, result.happenings)
        load_coverage(con, result.coverage, result.registry)
        load_crawl_events(con, run_id, result.events)

# Events ---------------------------------------------------------------------------------------

def load_events_arrow(con: duckdb.DuckDBPyConnection, events: pa.Table, participants: pa.Table,
                      spells: pa.Table) -> None:
    _run_with(con, "events", events, "events")
    _run_with(con, "event_participants", participants, "event_participants")
    _run_with(con, "role_spells", spells, "role_spells")


def load_events(con: duckdb.DuckDBPyConnection, happenings: BatchEvents) -> None:
    """Store the batch's typed events (one per story, first article wins), participants, spells."""
    events = happenings.events
    columns = {name: [getattr(e, name) for e in events] for name in schemas.EVENTS.names}
    participants = {
        "event_id": [e.event_id for e in events for _ in e.participants],
        "entity_id": [entity for e in events for entity, _ in e.participants],
        "role": [role for e in events for _, role in e.participants],
    }
    spells = {name: [getattr(s, name) for s in happenings.spells] for name in schemas.ROLE_SPELLS.names}
    load_events_arrow(con, _table(schemas.EVENTS, columns),
                      _table(schemas.EVENT_PARTICIPANTS, participants),
                      _table(schemas.ROLE_SPELLS, spells))


# Coverage and registry ------------------------------------------------------------------------

def load_coverage(con: duckdb.DuckDBPyConnection, coverage: Sequence[tuple[str, str, float | None, bool]],
                  registry: Sequence[tuple[str, str | None, bool]]) -> None:
    """Per-article copy similarity and press-release flag; kind and watch flag of named entities."""
    _run_with(con, "article_coverage", _table(schemas.ARTICLE_COVERAGE, {
        "article_id": [c[0] for c in coverage], "story_id": [c[1] for c in coverage],
        "copy_similarity": [c[2] for c in coverage], "press_release": [c[3] for c in coverage],
    }), "article_coverage")
    _run_with(con, "entity_registry", _table(schemas.ENTITY_REGISTRY, {
        "entity_id": [r[0] for r in registry], "kind": [r[1] for r in registry],
        "watched": [r[2] for r in registry],
    }), "entity_registry")


def load_source_registry(con: duckdb.DuckDBPyConnection,
                         sources: Sequence[tuple[str, str | None, str, str | None]]) -> int:
    """(name, title, kind, country) of every outlet of the registry (upsert by name)."""
    return _run_with(con, "source_registry", _table(schemas.SOURCE_REGISTRY, {
        "source": [s[0] for s in sources], "title": [s[1] for s in sources],
        "kind": [s[2] for s in sources], "country": [s[3] for s in sources],
    }), "source_registry")
