"""`veille backfill`: real WARC files (gzip per record) from the demo corpus, real flow runs.

The archive holds the demo outlets' pages under invented hosts, an off-topic page, an English
page, a PDF, a 500, a host outside the list, a rel=canonical copy, an article of an outlet outside
the registry, one corrupt gzip member and a truncated last record. The warehouse is checked
against `demo/expected.yaml`, then re-runs and an interrupted backfill are checked to add nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from flows.backfill import run_backfill
from tests.warcfiles import (
    HOSTS,
    MANIFEST,
    NOT_IN_ARCHIVE,
    OFF_LIST_HOST,
    OTHER_HOST,
    demo_archive,
    warehouse_content,
    write_listing,
    write_sources,
)

pytestmark = pytest.mark.slow

ARCHIVED = [p for p in MANIFEST["pages"] if p.get("outcome") not in NOT_IN_ARCHIVE]
COUNTED = ("articles", "entities", "entity_aliases", "mentions", "article_dates", "roles",
           "raw_pages", "crawl_log", "backfill_files", "backfill_errors", "story_signatures")


def url(page: dict) -> str:
    return f"https://{HOSTS[page['outlet']]}{page['path']}"


@dataclass
class Backfilled:
    tmp: Path
    files: list[Path]
    listing: Path
    sources: Path
    db: Path
    stats: dict

    def rows(self, sql: str) -> list[tuple]:
        with duckdb.connect(str(self.db), read_only=True) as con:
            return con.execute(sql).fetchall()


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


@pytest.fixture(scope="module")
def backfill_env(tmp_path_factory):  # type: ignore[no-untyped-def]
    tmp = tmp_path_factory.mktemp("backfill")
    mp = pytest.MonkeyPatch()
    mp.setenv("VEILLE_BACKFILL_HOSTS", ".example")
    mp.setenv("VEILLE_NLP_PROCESSES", "1")
    mp.setenv("VEILLE_WORK_DIR", str(tmp / "work"))
    files = demo_archive(tmp / "archive")
    yield tmp, files, write_listing(tmp / "archive", files), write_sources(tmp / "sources.yaml")
    mp.undo()


@pytest.fixture(scope="module")
def backfilled(backfill_env, prefect_harness) -> Backfilled:  # type: ignore[no-untyped-def]
    tmp, files, listing, sources = backfill_env
    db = tmp / "veille.duckdb"
    stats = run_backfill([str(listing)], str(db), str(sources))
    return Backfilled(tmp, files, listing, sources, db, stats)


def test_every_accepted_page_of_the_archive_is_stored_once(backfilled: Backfilled) -> None:
    stored = sorted(row[0] for row in backfilled.rows("SELECT url FROM articles"))
    expected = sorted([url(p) for p in ARCHIVED if p.get("accepted")]
                      + [f"https://{OTHER_HOST}/2026/11/18/ocean-valoria-douze-pme"])
    assert stored == expected
    assert backfilled.stats["status"] == "completed"


@pytest.mark.parametrize("page", [p for p in ARCHIVED if not p.get("accepted")], ids=lambda p: p["id"])
def test_each_rejected_page_ends_with_its_outcome(backfilled: Backfilled, page: dict) -> None:
    outcomes = backfilled.rows(f"SELECT outcome FROM crawl_log WHERE url = '{url(page)}'")
    assert outcomes == [(page["outcome"],)]


def test_records_that_are_no_page_are_accounted_for(backfilled: Backfilled) -> None:
    rows = dict(backfilled.rows("SELECT url, outcome FROM crawl_log WHERE status IS DISTINCT FROM 200"))
    assert rows == {f"https://{HOSTS['industrie-hebdo']}/emploi/emploi-industriel-troisieme-trimestre-1262.html": "http-error"}
    pdf = backfilled.rows("SELECT outcome FROM crawl_log WHERE url LIKE '%.pdf'")
    assert pdf == [("not-html",)]
    assert backfilled.rows(f"SELECT count(*) FROM crawl_log WHERE url LIKE '%{OFF_LIST_HOST}%'") == [(0,)]


def test_articles_say_where_they_came_from(backfilled: Backfilled) -> None:
    sources = dict(backfilled.rows("SELECT url, source FROM articles"))
    for page in ARCHIVED:
        if page.get("accepted"):
            assert sources[url(page)] == page["outlet"]
    assert sources[f"https://{OTHER_HOST}/2026/11/18/ocean-valoria-douze-pme"] == f"warc:{OTHER_HOST}"


def test_entities_dates_and_stories_come_through_the_crawl_pipeline(backfilled: Backfilled) -> None:
    """The manifest's entities and dates, found as a crawl finds them (same recall floor)."""
    accepted = [p for p in ARCHIVED if p.get("accepted")]
    found = set(backfilled.rows(
        "SELECT a.url, e.name, e.type FROM mentions m JOIN articles a USING (article_id) "
        "JOIN entities e USING (entity_id) UNION SELECT a.url, x.alias, e.type FROM mentions m "
        "JOIN articles a USING (article_id) JOIN entities e USING (entity_id) "
        "JOIN entity_aliases x USING (entity_id)"))
    expected = [(url(p), e["name"], e["type"]) for p in accepted for e in p.get("entities") or []]
    missing = [e for e in expected if e not in found]
    assert len(missing) <= len(expected) * 0.1, missing
    dates = set(backfilled.rows("SELECT a.url, d.value FROM article_dates d JOIN articles a USING (article_id)"))
    expected_dates = [(url(p), d["value"]) for p in accepted for d in p.get("dates") or []]
    assert len([d for d in expected_dates if d not in dates]) <= len(expected_dates) * 0.1
    story = dict(backfilled.rows("SELECT url, story_id FROM articles"))
    for group in MANIFEST["stories"]:
        assert len({story[url(p)] for p in ARCHIVED if p["id"] in group}) == 1


def test_journal_lists_each_file_and_its_broken_records(backfilled: Backfilled) -> None:
    files = {Path(loc).name: (status, stored, corrupt) for loc, status, stored, corrupt in
             backfilled.rows("SELECT location, status, stored, corrupt FROM backfill_files")}
    assert [files[f.name][0] for f in backfilled.files] == ["done", "done", "done"]
    assert [files[f.name][2] for f in backfilled.files] == [0, 1, 1]
    assert sum(row[1] for row in files.values()) == backfilled.rows("SELECT count(*) FROM articles")[0][0]
    reasons = [r for (r,) in backfilled.rows("SELECT reason FROM backfill_errors ORDER BY location")]
    assert "corrupt gzip member" in reasons[0] and "truncated" in reasons[1]


def test_a_second_backfill_reads_nothing_again(backfilled: Backfilled) -> None:
    before = counts(backfilled.db)
    stats = run_backfill([str(f) for f in backfilled.files], str(backfilled.db), str(backfilled.sources))
    assert stats["skipped_files"] == 3 and stats["warc"]["records"] == 0
    after = counts(backfilled.db)
    assert {t: after[t] for t in COUNTED} == {t: before[t] for t in COUNTED}


def test_an_interrupted_backfill_resumes_to_the_same_warehouse(backfilled: Backfilled) -> None:
    """Stopped after the first file (what a kill between commits leaves), then run again; into a
    DuckLake (one transaction per commit), compared with the DuckDB file of one run."""
    db = backfilled.tmp / "resumed.ducklake"
    first = run_backfill([str(backfilled.files[0])], str(db), str(backfilled.sources))
    assert first["warc"]["files_done"] == 1
    resumed = run_backfill([str(backfilled.listing)], str(db), str(backfilled.sources))
    assert resumed["skipped_files"] == 1 and resumed["warc"]["files_done"] == 2
    mine, reference = warehouse_content(db), warehouse_content(backfilled.db)
    for table in ("articles", "entities", "mentions", "dates", "roles", "stories", "files", "errors",
                  "coverage", "events"):
        assert mine[table] == reference[table], table


def test_a_backfill_on_dask_workers_loads_what_one_process_loads(backfilled: Backfilled, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A real `dask scheduler` and two `dask worker` processes on loopback; this process commits."""
    from distributed import Client

    from flows.scaleout import resources_loaded_here
    from tests.daskcluster import dask_cluster

    db = backfilled.tmp / "dask.duckdb"
    with dask_cluster(2, backfilled.tmp / "dask-logs") as address:
        monkeypatch.setenv("VEILLE_DASK_ADDRESS", address)
        stats = run_backfill([str(backfilled.listing)], str(db), str(backfilled.sources))
        with Client(address) as client:
            loads = client.run(resources_loaded_here)
            analysed_on = client.run(lambda: 1)
    assert stats["status"] == "completed" and stats["warc"]["files_done"] == 3
    assert len(analysed_on) == 2 and all(count <= 1 for count in loads.values()), loads
    assert sum(loads.values()) >= 1  # the files were analysed on the workers, the model loaded once each
    mine, reference = warehouse_content(db), warehouse_content(backfilled.db)
    for table in ("articles", "entities", "aliases", "mentions", "dates", "roles", "stories",
                  "outcomes", "errors", "coverage", "events"):
        assert mine[table] == reference[table], table
