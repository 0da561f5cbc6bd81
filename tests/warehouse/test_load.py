"""Each loader on a real DuckDB file: what lands, re-loading adds nothing, an update replaces."""
from __future__ import annotations

import zlib
from datetime import datetime, timedelta, timezone

import pytest

from pipeline.records import (
    CrawlEvent,
    DateMention,
    Entity,
    Outcome,
    RawPage,
    Resolution,
    ResolvedRole,
)
from tests.warehouse.conftest import ENTITIES, aid, make_article
from warehouse import load, read
from warehouse.db import connect
from warehouse.maintenance import reset_derived

T0 = datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def con(tmp_path):
    connection = connect(tmp_path / "veille.duckdb")
    yield connection
    connection.close()


def count(con, table):
    return con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]


def in_transaction(con, *loads):
    con.begin()
    for step in loads:
        step()
    con.commit()


def test_runs_start_and_finish(con):
    load.start_run(con, "r1", datetime(2026, 3, 2, 10, tzinfo=timezone(timedelta(hours=1))))
    load.finish_run(con, "r1", T0 + timedelta(hours=1), "completed", {"stored": 3, "by_source": {"a": 1}})
    row = con.execute("SELECT started_at, finished_at, status, stats->>'$.by_source.a' FROM runs").fetchone()
    assert row == (datetime(2026, 3, 2, 9, 0), T0 + timedelta(hours=1), "completed", "1")


def test_loaders_do_not_commit_on_their_own(con):
    article, _ = make_article("A1", "lemonde", T0, ["e_av"])
    con.begin()
    load.start_run(con, "r1", T0)
    load.load_articles(con, "r1", [(aid("A1"), article, "s1")])
    con.rollback()
    assert count(con, "runs") == 0 and count(con, "articles") == 0


def test_crawl_events_one_outcome_per_url_per_run(con):
    events = [
        CrawlEvent("https://x/1", "lemonde", T0, 200, Outcome.STORED),
        CrawlEvent("https://x/2", "lemonde", T0, 404, Outcome.HTTP_ERROR, "404 Not Found"),
    ]
    assert load.load_crawl_events(con, "r1", events) == 2
    load.load_crawl_events(con, "r1", events)
    assert count(con, "crawl_log") == 2
    load.load_crawl_events(con, "r2", events[:1])
    assert count(con, "crawl_log") == 3
    assert con.execute("SELECT reason FROM crawl_log WHERE url = 'https://x/2'").fetchone() == ("404 Not Found",)


def test_raw_pages_upsert_and_round_trip(con):
    page = RawPage("https://x/1", "https://x/1?utm=a", "lemonde", T0, 200,
                   {"Content-Type": "text/html; charset=utf-8"}, "<p>Pôle</p>".encode(), "utf-8",
                   "feed", T0 - timedelta(hours=2), "Titre")
    load.load_raw_pages(con, [page])
    newer = RawPage("https://x/1", "https://x/1", "lemonde", T0 + timedelta(days=1), 200, {}, b"<p>v2</p>")
    load.load_raw_pages(con, [newer])
    load.load_raw_pages(con, [newer])
    assert count(con, "raw_pages") == 1
    assert list(read.raw_pages(con)) == [newer]
    load.load_raw_pages(con, [page, RawPage("https://x/2", "https://x/2", "s", T0, 200, {}, b"")])
    assert list(read.raw_pages(con, batch_size=1)) == [page, RawPage("https://x/2", "https://x/2", "s", T0, 200, {}, b"")]
    stored = con.execute("SELECT body_zlib FROM raw_pages WHERE url = 'https://x/1'").fetchall()[0][0]
    assert zlib.decompress(stored) == page.body  # stored compressed, not raw


def test_validators_upsert(con):
    load.load_validators(con, [("https://x/feed", '"abc"', None, T0)])
    load.load_validators(con, [("https://x/feed", None, "Mon, 02 Mar 2026 09:00:00 GMT", T0 + timedelta(hours=1))])
    assert read.validators(con) == [("https://x/feed", None, "Mon, 02 Mar 2026 09:00:00 GMT", T0 + timedelta(hours=1))]


def test_articles_reload_is_idempotent(con):
    article, mentions = make_article("A1", "lemonde", T0, ["e_av", "e_tls"])
    resolution = Resolution(entities=[ENTITIES["e_av"], ENTITIES["e_tls"]], mentions=mentions,
                            aliases=[("e_av", "AV"), ("e_av", "Aerospace Valley")])
    date = DateMention("mars 2026", "2026-03", 0, 9)
    for _ in range(2):
        in_transaction(
            con,
            lambda: load.load_articles(con, "r1", [(aid("A1"), article, "s1")] * 2),
            lambda: load.load_dates(con, [(aid("A1"), date)] * 2),
            lambda: load.load_resolution(con, resolution, T0),
            lambda: load.load_story_signatures(con, [(aid("A1"), "s1", b"sig")]),
        )
    assert [count(con, t) for t in ("articles", "article_dates", "entities", "entity_aliases", "mentions",
                                    "story_signatures")] == [1, 1, 2, 1, 2, 1]
    assert read.existing_aliases(con) == [("e_av", "AV")]  # never the canonical name


def test_article_update_replaces_text_and_drops_old_annotations(con):
    old, old_mentions = make_article("A1", "lemonde", T0, ["e_av", "e_tls"])
    role = ResolvedRole(aid("A1"), "e_karim", "président", "e_av")
    in_transaction(
        con,
        lambda: load.load_articles(con, "r1", [(aid("A1"), old, "s1")]),
        lambda: load.load_dates(con, [(aid("A1"), DateMention("mars", "2026-03", 0, 4))]),
        lambda: load.load_resolution(con, Resolution(
            entities=[ENTITIES["e_av"], ENTITIES["e_tls"], ENTITIES["e_karim"]],
            mentions=old_mentions, roles=[role]), T0),
    )
    new, new_mentions = make_article("A1", "lemonde", T0 + timedelta(days=1), ["e_cap"], content_hash="h-v2")
    in_transaction(
        con,
        lambda: load.load_articles(con, "r2", [(aid("A1"), new, "s9")]),
        lambda: load.load_resolution(con, Resolution(entities=[ENTITIES["e_cap"]], mentions=new_mentions), T0),
    )
    row = con.execute("SELECT text, content_hash, story_id, run_id, first_seen_at, updated_at FROM articles").fetchone()
    assert row == (new.text, "h-v2", "s9", "r2", T0 + timedelta(hours=1), T0 + timedelta(days=1, hours=1))
    assert con.execute("SELECT entity_id FROM mentions").fetchall() == [("e_cap",)]
    assert count(con, "article_dates") == 0 and count(con, "roles") == 0
    assert read.article_hashes_of(con, [new.url, "https://x/other"], ["h-v2", "h-v1"]) == (
        {new.url: "h-v2"}, {"h-v2": new.url})


def test_same_content_refetched_keeps_annotations_and_dates(con):
    article, mentions = make_article("A1", "lemonde", T0, ["e_av"])
    load.load_articles(con, "r1", [(aid("A1"), article, "s1")])
    load.load_resolution(con, Resolution(entities=[ENTITIES["e_av"]], mentions=mentions), T0)
    again, _ = make_article("A1", "lemonde", T0 + timedelta(days=3), ["e_av"])
    load.load_articles(con, "r2", [(aid("A1"), again, "s1")])
    assert con.execute("SELECT run_id, updated_at FROM articles").fetchone() == ("r1", T0 + timedelta(hours=1))
    assert count(con, "mentions") == 1


def test_entity_rename_retype_and_alias_rules(con):
    load.load_resolution(con, Resolution(
        entities=[Entity("e1", "InnovSud", "ORG", "MA")],
        aliases=[("e1", "Réseau InnovSud"), ("e1", "RIS")]), T0)
    load.load_resolution(con, Resolution(
        entities=[Entity("e1", "Réseau InnovSud", "ORG", None)],
        aliases=[("e1", "InnovSud"), ("e1", "RIS"), ("e1", "Réseau InnovSud")]), T0 + timedelta(days=7))
    assert read.existing_entities(con) == [Entity("e1", "Réseau InnovSud", "ORG", "MA")]
    assert read.existing_aliases(con) == [("e1", "InnovSud"), ("e1", "RIS")]
    assert con.execute("SELECT first_seen_at FROM entities").fetchone() == (T0,)


def test_roles_and_signatures_upsert(con):
    roles = [ResolvedRole("a1", "p1", "président", None), ResolvedRole("a1", "p1", "président", "o1")]
    load.load_resolution(con, Resolution(roles=roles), T0)
    load.load_resolution(con, Resolution(roles=roles), T0)
    assert count(con, "roles") == 2
    load.load_story_signatures(con, [("a1", "s1", b"\x00\x01")])
    load.load_story_signatures(con, [("a1", "s2", b"\x02")])
    assert read.story_signatures(con) == [("a1", "s2", b"\x02")]


def test_known_urls_latest_outcome(con):
    article, _ = make_article("A1", "lemonde", T0, [])
    load.load_crawl_events(con, "r1", [CrawlEvent(article.url, "lemonde", T0, 200, Outcome.STORED),
                                        CrawlEvent("https://x/feed", "lemonde", T0, 200, Outcome.FOLLOWED)])
    load.load_articles(con, "r1", [(aid("A1"), article, "s1")])
    load.load_crawl_events(con, "r2", [CrawlEvent(article.url, "lemonde", T0 + timedelta(days=1), 304, Outcome.UNCHANGED)])
    assert read.known_urls_of(con, [article.url, "https://x/feed", "https://x/never-seen"]) == [
        (article.url, T0, T0 + timedelta(days=1), Outcome.UNCHANGED),
        ("https://x/feed", T0, T0, Outcome.FOLLOWED),
    ]
    assert read.known_urls_of(con, ["https://x/feed"]) == [("https://x/feed", T0, T0, Outcome.FOLLOWED)]
    assert read.known_urls_of(con, []) == []


def test_reset_derived_keeps_raw_pages_and_crawl_log(con):
    article, mentions = make_article("A1", "lemonde", T0, ["e_av"])
    load.load_raw_pages(con, [RawPage(article.url, article.url, "lemonde", T0, 200, {}, b"x")])
    load.load_crawl_events(con, "r1", [CrawlEvent(article.url, "lemonde", T0, 200, Outcome.STORED)])
    load.load_articles(con, "r1", [(aid("A1"), article, "s1")])
    load.load_resolution(con, Resolution(entities=[ENTITIES["e_av"]], mentions=mentions), T0)
    reset_derived(con)
    assert [count(con, t) for t in ("raw_pages", "crawl_log", "articles", "mentions", "entities",
                                    "entity_weeks", "rollup_state")] == [1, 1, 0, 0, 0, 0, 0]


def test_validators_of_urls_not_seen_for_n_days_are_pruned(con):
    """Seen = the validator stored (a 200) or any crawl_log row (a 304 stores no validator)."""
    now = T0 + timedelta(days=100)
    load.load_validators(con, [
        ("https://x/fresh", '"a"', None, T0 + timedelta(days=80)),       # stored 20 days ago
        ("https://x/revalidated", '"b"', None, T0),                      # 304s since: in crawl_log
        ("https://x/gone", '"c"', None, T0),                             # left the registry
        ("https://x/seen-long-ago", '"d"', None, T0),                    # crawl_log, but old
        ("https://x/at-cutoff", '"e"', None, T0 + timedelta(days=10)),   # exactly 90 days: kept
    ])
    load.load_crawl_events(con, "r1", [
        CrawlEvent("https://x/revalidated", "s", T0 + timedelta(days=95), 304, Outcome.UNCHANGED),
        CrawlEvent("https://x/seen-long-ago", "s", T0 + timedelta(days=5), 304, Outcome.UNCHANGED),
    ])
    assert load.prune_validators(con, now, keep_days=90) == 2
    assert [row[0] for row in read.validators(con)] == [
        "https://x/at-cutoff", "https://x/fresh", "https://x/revalidated"]
    assert load.prune_validators(con, now, keep_days=90) == 0  # nothing left to prune
    assert load.prune_validators(con, now + timedelta(days=200), keep_days=90) == 3


def test_story_signatures_of_the_story_window_only(con):
    """A run loads the signatures of articles first seen in its story window, not every one."""
    old, _ = make_article("OLD", "lemonde", T0, [])
    new, _ = make_article("NEW", "lemonde", T0 + timedelta(days=100), [])
    load.load_articles(con, "r1", [(aid("OLD"), old, "s-old"), (aid("NEW"), new, "s-new")])
    load.load_story_signatures(con, [(aid("OLD"), "s-old", b"\x01"), (aid("NEW"), "s-new", b"\x02")])
    assert read.story_signatures(con, T0 + timedelta(days=10)) == [(aid("NEW"), "s-new", b"\x02")]
    assert read.story_signatures(con, T0 - timedelta(days=1)) == sorted(
        [(aid("OLD"), "s-old", b"\x01"), (aid("NEW"), "s-new", b"\x02")])
    assert len(read.story_signatures(con)) == 2  # no window: all
