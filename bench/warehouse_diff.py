"""Compare two bench warehouses' contents, ports, run ids, timestamps and URL-derived ids normalised.

`python bench/warehouse_diff.py A/bench.ducklake B/bench.ducklake` (e.g. two `bench/ingest.py
--keep DIR` runs, each on its own local site and port): per table, the row counts and how many
normalised rows differ; the last line says IDENTICAL or DIFFERENT (exit code 0 or 1). From the
"e2e2" helper's comparison (round 2, session 10), url_sightings and http_validators added.
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from warehouse.db import connect  # after the path: run as a script

TABLES = ["articles", "entities", "entity_aliases", "mentions", "roles", "role_spells", "article_dates",
          "events", "event_participants", "leadership_changes", "stories", "story_signatures",
          "article_coverage", "crawl_log", "url_sightings", "http_validators", "entity_registry"]
VOLATILE = ("run_id", "event_id", "fetched_at", "loaded_at", "checked_at", "url_key", "etag", "last_modified")
# url_key: a hash of the URL (port included); etag, last_modified: the bench site's file times
PORT = re.compile(r"127\.0\.0\.1:\d+")


def _value(value: object, ids: dict[str, str]) -> str:
    if isinstance(value, str):
        value = PORT.sub("HOST", ids.get(value, value))
    elif isinstance(value, (bytes, bytearray)):
        value = hashlib.sha1(value).hexdigest()
    elif isinstance(value, list):
        value = tuple(PORT.sub("HOST", ids.get(x, x)) if isinstance(x, str) else x for x in value)
    return repr(value)


def dump(path: str) -> dict[str, list[str] | None]:
    con = connect(Path(path), read_only=True)
    ids = {}  # article and story ids derive from URLs, which carry the site's port
    for article_id, url in con.execute("select article_id, url from articles").fetchall():
        key = PORT.sub("HOST", url)
        ids[article_id] = "A:" + key
        ids["s" + article_id[1:]] = "S:" + key
    out: dict[str, list[str] | None] = {}
    for table in TABLES:
        try:
            columns = con.execute(f"describe {table}").fetchall()
        except Exception:  # noqa: BLE001  a table this warehouse's version does not have
            out[table] = None
            continue
        keep = [c[0] for c in columns if not c[1].startswith("TIMESTAMP") and c[0] not in VOLATILE]
        rows = con.execute(f"select {', '.join(keep)} from {table}").fetchall()
        out[table] = sorted("|".join(_value(v, ids) for v in row) for row in rows)
    return out


def main() -> int:
    a, b = dump(sys.argv[1]), dump(sys.argv[2])
    same = True
    for table in TABLES:
        ra, rb = a[table], b[table]
        if ra is None or rb is None:
            print(f"{table:22s} missing in one")
            continue
        differing = len(set(ra) ^ set(rb))
        same &= differing == 0 and len(ra) == len(rb)
        print(f"{table:22s} rows {len(ra):6d} vs {len(rb):6d}  differing {differing}")
    print("IDENTICAL" if same else "DIFFERENT")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
