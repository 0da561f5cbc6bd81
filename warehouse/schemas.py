"""Arrow schemas of the `incoming_*` batches the load SQL reads (`warehouse/sql/load/`).

Why explicit: an empty batch or an all-NULL column must still have the right types.
"""
from __future__ import annotations

import pyarrow as pa

_TS = pa.timestamp("us")

CRAWL_EVENTS = pa.schema([
    ("run_id", pa.string()), ("url", pa.string()), ("source", pa.string()),
    ("fetched_at", _TS), ("status", pa.int32()), ("outcome", pa.string()),
    ("reason", pa.string()),
])

RAW_PAGES = pa.schema([
    ("url", pa.string()), ("requested_url", pa.string()), ("source", pa.string()),
    ("fetched_at", _TS), ("status", pa.int32()), ("headers", pa.string()),
    ("body_zlib", pa.binary()), ("encoding", pa.string()), ("discovered_via", pa.string()),
    ("hint_published_at", _TS), ("hint_title", pa.string()),
])

VALIDATORS = pa.schema([
    ("url", pa.string()), ("etag", pa.string()), ("last_modified", pa.string()),
    ("checked_at", _TS),
])

ARTICLES = pa.schema([
    ("article_id", pa.string()), ("url", pa.string()), ("source", pa.string()),
    ("title", pa.string()), ("published_at", _TS), ("language", pa.string()),
    ("text", pa.string()), ("story_id", pa.string()), ("author", pa.string()),
    ("sitename", pa.string()), ("description", pa.string()), ("content_hash", pa.string()),
    ("topic_score", pa.float64()), ("fetched_at", _TS), ("run_id", pa.string()),
    ("seen_at", _TS),
])

DATES = pa.schema([
    ("article_id", pa.string()), ("surface", pa.string()), ("value", pa.string()),
    ("start_char", pa.int32()), ("end_char", pa.int32()),
])

ENTITIES = pa.schema([
    ("entity_id", pa.string()), ("name", pa.string()), ("type", pa.string()),
    ("country", pa.string()), ("seen_at", _TS),
])

ALIASES = pa.schema([("entity_id", pa.string()), ("alias", pa.string())])

MENTIONS = pa.schema([
    ("article_id", pa.string()), ("entity_id", pa.string()), ("surface", pa.string()),
    ("start_char", pa.int32()), ("end_char", pa.int32()),
])

ROLES = pa.schema([
    ("article_id", pa.string()), ("person_entity_id", pa.string()), ("role", pa.string()),
    ("org_entity_id", pa.string()),
])

STORY_SIGNATURES = pa.schema([
    ("article_id", pa.string()), ("story_id", pa.string()), ("signature", pa.binary()),
])

EVENTS = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("story_id", pa.string()),
    ("type", pa.string()), ("date", pa.string()), ("amount", pa.float64()),
    ("currency", pa.string()), ("amount_eur", pa.float64()), ("detail", pa.string()),
    ("evidence", pa.string()), ("start_char", pa.int32()), ("end_char", pa.int32()),
    ("confidence", pa.float64()),
])

EVENT_PARTICIPANTS = pa.schema([
    ("event_id", pa.string()), ("entity_id", pa.string()), ("role", pa.string()),
])

ROLE_SPELLS = pa.schema([
    ("article_id", pa.string()), ("person_entity_id", pa.string()), ("org_entity_id", pa.string()),
    ("role", pa.string()), ("role_key", pa.string()), ("started", pa.string()),
    ("ended", pa.string()), ("source", pa.string()),
])

ARTICLE_COVERAGE = pa.schema([
    ("article_id", pa.string()), ("story_id", pa.string()), ("copy_similarity", pa.float64()),
    ("press_release", pa.bool_()),
])

ENTITY_REGISTRY = pa.schema([("entity_id", pa.string()), ("kind", pa.string()), ("watched", pa.bool_())])

SOURCE_REGISTRY = pa.schema([
    ("source", pa.string()), ("title", pa.string()), ("kind", pa.string()), ("country", pa.string()),
])
