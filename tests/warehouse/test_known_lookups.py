"""Known URLs and content hashes are looked up for the batch at hand, never read whole.

On both storages, through the real loaders and `writing()`: the crawl state built at a run's
start holds no URL (the whole read it replaced held every URL ever seen); the crawler's own
read-only connection (`SnapshotReader`, what the Scrapy child opens) answers per batch, one
query each, from the snapshot the run started from, while the run's writer goes on and
commits; the duplicate check asks per batch and decides as the whole read did.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from crawlers.state import CrawlState
from flows.knowledge import warehouse_knowledge
from flows.state import crawl_state_from_warehouse
from pipeline.batch import KnownContent
from pipeline.records import CrawlEvent, Outcome
from tests.warehouse.conftest import aid, make_article
from warehouse import load, read
from warehouse.db import connect, writing
from warehouse.transactions import batch

T0 = datetime(2026, 3, 2, 9, 0)
URLS = [f"https://site.fr/article-{i}.html" for i in range(40)]
ROOT = Path(__file__).resolve().parents[2]


def crawled(db: Path, urls: list[str], at: datetime, outcome: Outcome = Outcome.STORED) -> None:
    with writing(db) as con, batch(con):
        load.load_crawl_events(con, f"r-{at:%d%H}", [CrawlEvent(u, "site", at, 200, outcome, "") for u in urls])


@pytest.fixture(params=["veille.duckdb", "veille.ducklake"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / request.param
    crawled(path, URLS, T0)
    crawled(path, URLS[:5], T0 + timedelta(days=1), Outcome.HTTP_ERROR)  # latest outcome wins
    return path


def in_child(state_file: Path, urls: list[str]) -> list[str]:
    """What a crawler child (another process) finds known, asking once for `urls`."""
    code = ("import sys, json; from pathlib import Path; from crawlers.state import CrawlState\n"
            "s = CrawlState.load(Path(sys.argv[1])); s.look_up(sys.argv[2:])\n"
            "print(json.dumps([s.lookups, sorted(s.known)])); s.close()")
    done = subprocess.run([sys.executable, "-c", code, str(state_file), *urls], cwd=ROOT, check=False,
                          capture_output=True, text=True, env=os.environ | {"PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    out = done.stdout
    lookups, known = json.loads(out)
    assert lookups == 1
    return known


def test_the_crawl_asks_per_batch_from_the_snapshot_the_run_started_from(db: Path, tmp_path: Path) -> None:
    late = "https://site.fr/written-by-the-run.html"
    with writing(db) as con:
        state = crawl_state_from_warehouse(con, T0 + timedelta(days=2), db)
        assert state.known == {} and state.warehouse == str(db)  # the whole read held 40 URLs
        state.dump(tmp_path / "state.json")
        with batch(con):  # the run writes while the crawl reads: neither waits for the other
            load.load_crawl_events(con, "r-run", [CrawlEvent(late, "site", T0, 200, Outcome.STORED, "")])
        asked = [URLS[0], URLS[10], "https://site.fr/never-seen.html", late]
        assert in_child(tmp_path / "state.json", asked) == sorted([URLS[0], URLS[10]])
        child = CrawlState.load(tmp_path / "state.json")
        child.look_up(asked)
        assert child.lookups == 1 and sorted(child.known) == sorted([URLS[0], URLS[10]])
        assert child.known[URLS[0]].last_outcome is Outcome.HTTP_ERROR  # retried: not skipped
        assert child.skip(URLS[0], T0 + timedelta(days=2), 48) is None
        skip = child.skip(URLS[10], T0 + timedelta(days=2), 48)
        assert skip is not None and skip.outcome is Outcome.UNCHANGED and child.lookups == 1
        assert child.skip(URLS[20] + "?utm_source=rss", T0 + timedelta(days=2), 48) is not None
        assert child.lookups == 2 and len(child.known) == 3  # one more query, one more URL
    # The run committed; the crawl's reader still answers from the run's start (a lake: pinned
    # snapshot; a DuckDB file: the live file it opened, swapped since).
    child.looked_up.discard(late)
    child.look_up([late])
    assert late not in child.known
    child.close()
    with connect(db, read_only=True) as con:
        later = crawl_state_from_warehouse(con, T0 + timedelta(days=3), db)
    later.look_up([late])
    assert late in later.known
    later.close()


@pytest.mark.parametrize("name", ["veille.duckdb", "veille.ducklake"])
def test_a_crawl_on_a_warehouse_without_sightings_asks_nothing(name: str, tmp_path: Path) -> None:
    """A first run: no url_sightings at its snapshot, so the crawl is given no warehouse to ask
    (every lookup would find nothing); once a crawl is logged, it is."""
    db = tmp_path / name
    with writing(db) as con:
        state = crawl_state_from_warehouse(con, T0, db)
    assert state.warehouse is None
    state.look_up(URLS[:3])
    assert state.lookups == 0 and state.known == {}
    crawled(db, URLS[:1], T0)
    with connect(db, read_only=True) as con:
        assert crawl_state_from_warehouse(con, T0, db).warehouse == str(db)


def test_the_duplicate_check_asks_per_batch_and_decides_as_the_whole_read(db: Path) -> None:
    stored = {name: make_article(name, "site", T0, [], content_hash=digest)[0]
              for name, digest in [("A", "h1"), ("B", "h2"), ("C", "h2"), ("D", "h3")]}
    with writing(db) as con, batch(con):
        load.load_articles(con, "r-a", [(aid(n), a, f"s-{n}") for n, a in stored.items()])
    incoming = [make_article(n, "site", T0, [], content_hash=h)[0] for n, h in
                [("A", "h1"), ("B", "h9"), ("E", "h2"), ("F", "h3"), ("G", "h7"), ("H", "h7"), ("D", "h1")]]
    with writing(db) as con:
        whole = KnownContent.from_hashes(dict(con.execute("SELECT url, content_hash FROM articles").fetchall()))
        _, known, _ = warehouse_knowledge(con)
        assert known.hash_by_url == {} and known.url_by_hash == {}
        known.look_up(incoming[:4])
        verdicts = []
        for article in incoming:
            verdicts.append(known.classify(article))
            assert verdicts[-1] == whole.classify(article)
            if verdicts[-1] is None:
                known.remember(article)
                whole.remember(article)
    assert [v.outcome if v else None for v in verdicts] == [
        Outcome.UNCHANGED, None, Outcome.DUPLICATE, Outcome.DUPLICATE, None, Outcome.DUPLICATE, Outcome.DUPLICATE]
    assert known.lookups == 4  # the batch of four, then G, H, D (D's new hash) one by one
    # Only the batch's keys are held, never every stored URL or hash (C's URL is not asked).
    assert set(known.hash_by_url) <= {a.url for a in incoming} and stored["C"].url not in known.hash_by_url
    assert set(known.url_by_hash) <= {a.content_hash for a in incoming}


def test_a_warehouse_without_lookup_keys_is_never_asked(db: Path) -> None:
    """A first run's warehouse (crawl outcomes at most, no article): a lookup could only find the
    run's own articles, asked before it writes them, so the run asks nothing and decides alike."""
    with writing(db) as con:
        _, known, _ = warehouse_knowledge(con)
        assert known.lookup is None
        asked = KnownContent(lookup=lambda urls, hashes: read.article_hashes_of(con, urls, hashes))
        incoming = [make_article(n, "site", T0, [], content_hash=h)[0] for n, h in [("A", "h1"), ("B", "h1"), ("A", "h2")]]
        for article in incoming:
            verdict = known.classify(article)
            assert verdict == asked.classify(article)
            if verdict is None:
                known.remember(article)
                asked.remember(article)
        with batch(con):
            load.load_articles(con, "r-a", [(aid("A"), incoming[0], "s-A")])
        _, later, _ = warehouse_knowledge(con)
        assert later.lookup is not None, "the run's own article: keys now held"
        assert known.lookups == 0 and asked.lookups == 3  # one per article
