"""The lookup key tables (migration 009: `url_sightings`, `article_hash_keys`) answer the run's
lookups as the string reads they replaced, on both storages, through the real loaders and
`writing()`; they follow rewrites and resets; the migration fills them on an existing
warehouse; and on a lake a lookup reads only the row groups holding the batch's keys.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pytest

from pipeline.records import Article, CrawlEvent, Outcome, RawPage
from tests.warehouse.conftest import aid, make_article
from warehouse import load, read
from warehouse.checks import run_checks
from warehouse.db import connect, writing
from warehouse.lookups import SnapshotReader, current_snapshot
from warehouse.maintenance import maintain_lake, reset_derived
from warehouse.sql_files import read_sql
from warehouse.transactions import batch

T0 = datetime(2026, 3, 2, 9, 0)
REFERENCE = Path(__file__).resolve().parent / "reference"
URLS = [f"https://site.fr/article-{i}.html" for i in range(30)]
NAMES = ["A", "B", "C", "D", "E", "F"]  # articles at https://news.example/<name>


def article(name: str, digest: str, fetched: datetime, title: str | None = None) -> tuple[str, Article, str]:
    found = make_article(name, "site", T0, [], content_hash=digest)[0]
    return aid(name), dataclasses.replace(found, fetched_at=fetched, title=title or found.title), f"s-{name}"


def page(url: str, at: datetime) -> RawPage:
    return RawPage(url, url, "site", at, 200, {}, b"<html></html>")


def events(urls: list[str], at: datetime, outcome: Outcome) -> list[CrawlEvent]:
    return [CrawlEvent(u, "site", at, 200, outcome, "") for u in urls]


def build(db: Path) -> None:
    """Two runs and a reprocess: every way a loader changes what the lookups answer."""
    with writing(db) as con, batch(con):
        load.load_crawl_events(con, "r1", events(URLS, T0, Outcome.STORED))
        load.load_crawl_events(con, "r1", events(URLS[:3], T0, Outcome.HTTP_ERROR))  # re-loaded: replaces
        load.load_raw_pages(con, [page(u, T0) for u in URLS[:10]])
        load.load_articles(con, "r1", [article("A", "h1", T0), article("B", "h2", T0), article("C", "h2", T0),
                                       article("D", "h3", T0), article("E", "h4", T0)])
    later = T0 + timedelta(days=1)
    with writing(db) as con, batch(con):
        load.load_crawl_events(con, "r2", events(URLS[:5], later, Outcome.UNCHANGED))
        load.load_raw_pages(con, [page(u, later) for u in URLS[:4]])  # refetched: the latest wins
        load.load_articles(con, "r2", [
            article("A", "h9", later),                 # rewritten: new hash, new fetch
            article("B", "h2", later),                 # fetched again, same text
            article("C", "h2", T0),                    # the same row again
            article("D", "h3", T0, title="Nouveau"),   # rewritten, same hash and fetch time
            article("F", "h1", later)])                # takes A's old hash
    with writing(db) as con:  # a reprocess: the articles go, then some come back
        reset_derived(con)
        with batch(con):
            load.load_articles(con, "r3", [article("A", "h9", later), article("B", "h2", later),
                                           article("F", "h1", later)])


def by_reference(con: duckdb.DuckDBPyConnection, name: str, view: str, table: pa.Table) -> list[tuple[Any, ...]]:
    """The rows of the former string read `reference/<name>_by_string.sql`."""
    con.register(view, table)
    try:
        return con.execute((REFERENCE / f"{name}_by_string.sql").read_text(encoding="utf-8")).fetchall()
    finally:
        con.unregister(view)


def answers(con: duckdb.DuckDBPyConnection, urls: list[str], hashes: list[str]) -> tuple[Any, ...]:
    return read.known_urls_of(con, urls), read.article_hashes_of(con, urls, hashes)


def reference_answers(con: duckdb.DuckDBPyConnection, urls: list[str], hashes: list[str]) -> tuple[Any, ...]:
    known = by_reference(con, "known_urls_of", "candidate_urls", pa.table({"url": pa.array(sorted(set(urls)))}))
    candidates = pa.table({"url": pa.array(sorted(set(urls)) + [None] * len(set(hashes)), pa.string()),
                           "content_hash": pa.array([None] * len(set(urls)) + sorted(set(hashes)), pa.string())})
    hashes_by_url: dict[str, str] = {}
    urls_by_hash: dict[str, str] = {}
    for by, url, digest in by_reference(con, "article_hashes_of", "candidate_articles", candidates):
        if by == "url":
            hashes_by_url[url] = digest
        else:
            urls_by_hash[digest] = url
    return ([(u, first, last, read._outcome(o)) for u, first, last, o in known],
            (hashes_by_url, urls_by_hash))


ASKED_URLS = URLS + [f"https://news.example/{n.lower()}" for n in NAMES] + ["https://site.fr/never-seen.html"]
ASKED_HASHES = ["h1", "h2", "h3", "h4", "h9", "h-never"]


@pytest.fixture(params=["veille.duckdb", "veille.ducklake"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path: Path = tmp_path / request.param
    build(path)
    return path


def test_the_key_tables_answer_as_the_string_reads_they_replaced(db: Path) -> None:
    with connect(db, read_only=True) as con:
        got = answers(con, ASKED_URLS, ASKED_HASHES)
        assert got == reference_answers(con, ASKED_URLS, ASKED_HASHES)
        assert run_checks(con) == []  # every key row mirrors a row, every row has its keys
        for unknown in (read.LOOKUP_CHUNK + 10, read.LOOKUP_SCAN_ABOVE):  # in chunks; in one scan
            urls = ASKED_URLS + [f"https://site.fr/unknown-{i}" for i in range(unknown)]
            hashes = ASKED_HASHES + [f"h-unknown-{i}" for i in range(unknown)]
            assert answers(con, urls, hashes) == got
    known = {url: (first, last, outcome) for url, first, last, outcome in got[0]}
    assert known[URLS[0]] == (T0, T0 + timedelta(days=1), Outcome.UNCHANGED)
    assert known[URLS[2]][2] is Outcome.UNCHANGED and known[URLS[7]][2] is Outcome.STORED
    assert "https://news.example/c" not in known  # reprocessed away: neither crawled nor stored since
    hash_by_url, url_by_hash = got[1]
    assert hash_by_url == {"https://news.example/a": "h9", "https://news.example/b": "h2",
                           "https://news.example/f": "h1"}
    # A's old hash h1 is F's now; D's h3, E's h4 and C's h2 went with the reprocess.
    assert url_by_hash == {"h9": "https://news.example/a", "h2": "https://news.example/b",
                           "h1": "https://news.example/f"}


def test_a_rewritten_articles_old_hash_is_not_found(tmp_path: Path) -> None:
    for name in ("veille.duckdb", "veille.ducklake"):
        db = tmp_path / name
        with writing(db) as con, batch(con):
            load.load_articles(con, "r1", [article("A", "h-old", T0)])
        with writing(db) as con, batch(con):
            load.load_articles(con, "r2", [article("A", "h-new", T0 + timedelta(hours=2))])
        with connect(db, read_only=True) as con:
            assert read.article_hashes_of(con, ["https://news.example/a"], ["h-old", "h-new"]) == (
                {"https://news.example/a": "h-new"}, {"h-new": "https://news.example/a"})
            assert con.execute("SELECT content_hash FROM article_hash_keys").fetchall() == [("h-new",)]
            assert read.known_urls_of(con, ["https://news.example/a"]) == [
                ("https://news.example/a", T0, T0 + timedelta(hours=2), Outcome.STORED)]


def key_rows(con: duckdb.DuckDBPyConnection) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    return (con.execute("SELECT * FROM url_sightings ORDER BY ALL").fetchall(),
            con.execute("SELECT * FROM article_hash_keys ORDER BY ALL").fetchall())


def forget_migration_9(db: Path) -> None:
    """The warehouse as the code before migration 009 left it (its rows, no key tables)."""
    con = connect(db)
    con.execute("DROP TABLE url_sightings")
    con.execute("DROP TABLE article_hash_keys")
    con.execute("DELETE FROM schema_migrations WHERE version = 9")
    con.close()


def test_the_migration_fills_the_key_tables_of_an_existing_warehouse(db: Path) -> None:
    with connect(db, read_only=True) as con:
        written = key_rows(con)
        before = answers(con, ASKED_URLS, ASKED_HASHES)
    assert len(written[0]) > 40 and len(written[1]) == 3
    forget_migration_9(db)
    con = connect(db)  # a writer applies what is missing: 009 again, from the stored rows
    try:
        assert con.execute("SELECT max(version) FROM schema_migrations").fetchall() == [(9,)]
        assert key_rows(con) == written  # the same rows the loaders wrote
        assert answers(con, ASKED_URLS, ASKED_HASHES) == before
        assert run_checks(con) == []
    finally:
        con.close()


def test_the_check_refuses_a_key_row_out_of_step(db: Path) -> None:
    with pytest.raises(Exception) as refused, writing(db) as con:
        con.execute("UPDATE url_sightings SET fetched_at = fetched_at + INTERVAL 1 HOUR WHERE kind = 'raw_page'")
    assert "lookup_keys_match_rows" in str(refused.value)


# On a lake: the scan of a key table reads only the row groups holding the batch's keys.

ROWS = 400_000


def rows_read(con: duckdb.DuckDBPyConnection, name: str, view: str, candidates: pa.Table) -> int:
    """The rows the read file's scans produced (EXPLAIN ANALYZE: the largest operator count)."""
    statements = con.extract_statements(read_sql(f"read/{name}.sql").text)
    con.register(view, candidates)
    try:
        for statement in statements[:-1]:
            con.execute(statement)
        plan = con.execute("EXPLAIN ANALYZE " + statements[-1].query).fetchall()[0][1]
    finally:
        con.unregister(view)
    return max(int(n.replace(",", "")) for n in re.findall(r"([\d,]+) rows", plan))


@pytest.fixture(scope="module")
def big_lake(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A lake whose crawl_log and articles hold ROWS rows, keyed by the migration (sorted)."""
    db = tmp_path_factory.mktemp("keys") / "veille.ducklake"
    con = connect(db)
    con.execute(f"INSERT INTO crawl_log SELECT 'r1', 'https://site.fr/a-' || i, 's', TIMESTAMP '2026-03-02' "
                f"+ INTERVAL (i) SECOND, 200, 'stored', '' FROM range({ROWS}) t(i)")
    con.execute(f"INSERT INTO articles SELECT 'a' || i, 'https://site.fr/a-' || i, 's', NULL, NULL, 'fr', 't', "
                f"'s' || i, NULL, NULL, NULL, md5('text ' || i), NULL, NULL, TIMESTAMP '2026-03-02', "
                f"TIMESTAMP '2026-03-02', 'r1' FROM range({ROWS}) t(i)")
    con.close()
    forget_migration_9(db)
    connect(db).close()
    for day in range(2):  # daily runs append their keys after the fill: one more file each
        with writing(db) as con, batch(con):
            load.load_crawl_events(con, f"r{day + 2}", events(
                [f"https://site.fr/new-{day}-{i}" for i in range(250)], T0, Outcome.STORED))
    return db


def test_a_lake_lookup_reads_only_the_row_groups_of_the_batch_keys(big_lake: Path) -> None:
    asked = [f"https://site.fr/a-{i}" for i in range(0, ROWS, ROWS // 40)] + [f"https://new.fr/{i}" for i in range(40)]
    hashes = [f"{i:032x}" for i in range(40)]
    with connect(big_lake, read_only=True) as con:
        total = con.execute("SELECT count(*) FROM url_sightings").fetchall()[0][0]
        snapshot = current_snapshot(con)
        found = read.known_urls_of(con, asked)
        assert [url for url, *_ in found] == sorted(u for u in asked if "site.fr" in u)
        assert read.article_hashes_of(con, asked[:40], hashes)[0] == {u: con.execute(
            "SELECT content_hash FROM articles WHERE url = ?", [u]).fetchall()[0][0] for u in asked[:40]}
        plain = rows_read(con, "known_urls_of", "candidate_urls", pa.table({"url": asked}))
        hashed = rows_read(con, "article_hashes_of", "candidate_articles", pa.table(
            {"url": pa.array(asked[:40] + [None] * 40, pa.string()), "content_hash": pa.array([None] * 40 + hashes)}))
    reader = SnapshotReader(big_lake, snapshot)  # the crawler's pinned connection
    try:
        pinned_con = reader.connection()
        assert pinned_con is not None
        pinned = rows_read(pinned_con, "known_urls_of", "candidate_urls", pa.table({"url": asked}))
    finally:
        reader.close()
    assert total == 2 * ROWS + 500
    for scanned in (plain, hashed, pinned):  # at most about one 4,096-row group per key
        assert scanned <= (len(asked) + 2) * 4096 < total / 2, (plain, hashed, pinned)
    # `veille maintain` merges the key table's files: the merged file is written sorted too.
    with connect(big_lake, read_only=True) as con:
        files = con.execute("SELECT count(*) FROM ducklake_list_files('lake', 'url_sightings')").fetchall()[0][0]
    maintain_lake(big_lake, now=T0 + timedelta(days=1), keep_days=30)
    with connect(big_lake, read_only=True) as con:
        assert con.execute("SELECT count(*) FROM ducklake_list_files('lake', 'url_sightings')").fetchall()[0][0] < files
        assert [url for url, *_ in read.known_urls_of(con, asked)] == [url for url, *_ in found]
        merged = rows_read(con, "known_urls_of", "candidate_urls", pa.table({"url": asked}))
    assert merged <= (len(asked) + 2) * 4096 < total / 2


def test_migrations_run_under_their_own_memory_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """009 sorts every URL and hash of a warehouse (4 GB at 10 M articles unbounded). It runs
    under `MIGRATION_MEMORY_LIMIT`: a limit too small for it stops it whole (nothing half
    written), the default lets it through, and the connection gets its own limit back."""
    db = tmp_path / "veille.ducklake"
    rows = 200_000
    con = connect(db)
    default_limit = con.execute("SELECT current_setting('memory_limit')").fetchone()
    con.execute(f"INSERT INTO articles SELECT 'a' || i, 'https://site.fr/a-' || i || '.html', 's', NULL, NULL, "
                f"'fr', 't', 's' || i, NULL, NULL, NULL, md5('text ' || i), NULL, NULL, "
                f"TIMESTAMP '2026-03-02', TIMESTAMP '2026-03-02', 'r1' FROM range({rows}) t(i)")
    con.close()
    forget_migration_9(db)
    with monkeypatch.context() as patched:
        patched.setattr("warehouse.db.MIGRATION_MEMORY_LIMIT", "16MB")
        with pytest.raises(duckdb.OutOfMemoryException):
            connect(db)
    with connect(db, read_only=True) as con:
        assert con.execute("SELECT max(version) FROM schema_migrations").fetchall() == [(8,)]
    con = connect(db)
    try:
        assert con.execute("SELECT max(version) FROM schema_migrations").fetchall() == [(9,)]
        assert con.execute("SELECT count(*), count(DISTINCT hash_key) FROM article_hash_keys").fetchall() == [(rows, rows)]
        assert con.execute("SELECT current_setting('memory_limit')").fetchone() == default_limit
        assert run_checks(con) == []
    finally:
        con.close()
