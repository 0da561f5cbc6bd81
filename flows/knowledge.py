"""What a run's de-duplication, story grouping and resolution start from: the warehouse's knowledge.

Shared by the flows that settle batches (ingest here or on a cluster, backfill): seeded once per
run from the warehouse, grown by the run as it loads.
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
    all), content hashes (none when `force`), entities and aliases."""
    stories = StoryGrouper()
    for article_id, story_id, signature in read.story_signatures(con, stories_since):
        stories.add_existing(article_id, story_id, signature)
    known = KnownContent.from_hashes({} if force else read.article_hashes(con))
    catalog = EntityCatalog.from_rows(read.existing_entities(con), read.existing_aliases(con))
    return stories, known, catalog
