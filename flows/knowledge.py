"""What a run's de-duplication, story grouping and resolution start from: the warehouse's knowledge.

Shared by the flows that settle batches (ingest here or on a cluster, backfill): seeded once per
run from the warehouse, grown by the run as it loads. Content hashes are not read up front: the
duplicate check looks up the URLs and hashes of each batch of articles (`KnownContent.look_up`).
"""
from __future__ import annotations

from datetime import datetime

import duckdb

from pipeline.batch import EntityCatalog, KnownContent
from pipeline.stories import StoryGrouper
from warehouse import read


def warehouse_knowledge(
    con: duckdb.DuckDBPyConnection, *, stories_since: datetime | None = None, force: bool = False
) -> tuple[StoryGrouper, KnownContent, EntityCatalog]:
    """Story signatures (of articles first seen since `stories_since`: the story window; None:
    all), content hashes looked up per batch on `con` (none when `force`, nor when the warehouse
    holds no lookup key), entities and aliases.

    The lookups run on `con`, the writer's connection, in the thread that loads (the pipeline
    pulls pages there): they see the warehouse as the run found it plus what the run wrote.
    """
    stories = StoryGrouper()
    for article_id, story_id, signature in read.story_signatures(con, stories_since):
        stories.add_existing(article_id, story_id, signature)
    # A key is asked before the run first writes it (`KnownContent.look_up`), so a lookup finds
    # only what the warehouse held at the run's start: with empty lookup keys (a first run), it
    # would find nothing, every batch, and the run asks nothing (~16 queries per 1,000 pages).
    asks = not force and read.holds_article_keys(con)
    known = KnownContent(lookup=lambda urls, hashes: read.article_hashes_of(con, urls, hashes)) if asks \
        else KnownContent()
    catalog = EntityCatalog.from_rows(read.existing_entities(con), read.existing_aliases(con))
    return stories, known, catalog
