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
    all), content hashes looked up per batch on `con` (none when `force`), entities and aliases.

    The lookups run on `con`, the writer's connection, in the thread that loads (the pipeline
    pulls pages there): they see the warehouse as the run found it plus what the run wrote.
    """
    stories = StoryGrouper()
    for article_id, story_id, signature in read.story_signatures(con, stories_since):
        stories.add_existing(article_id, story_id, signature)
    known = KnownContent() if force else KnownContent(
        lookup=lambda urls, hashes: read.article_hashes_of(con, urls, hashes))
    catalog = EntityCatalog.from_rows(read.existing_entities(con), read.existing_aliases(con))
    return stories, known, catalog
