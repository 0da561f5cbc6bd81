"""One bad page must never stop the world: a pathological article among good ones, real ingest.

A real local site on 127.0.0.1 serves a feed with two demo articles and one page of 1.4 MB whose
extracted text is 1.3 M characters (the size that made spaCy raise E088 and every run fail).
The real ingest flow (Scrapy, trafilatura, spaCy, DuckDB, Prefect) must store the good articles,
record the bad one as `too-long` with its reason, and succeed again on the next run.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest
import yaml

from demo.server import substitute
from flows.ingest import ingest
from tests.crawlers.localsite import LocalSite, Reply
from tests.crawlers.richsite import rss

DEMO = Path(__file__).resolve().parents[2] / "demo" / "sites" / "ecomaghreb"
GOOD = (
    "/industrie/2026/11/18/cmcs-tanger-tech-hub-formation-techniciens/",
    "/regions/2026/11/05/agadir-haliopole-cmcs-bateaux-composite/",
)
HUGE = "/2026/11/compte-rendu-integral-du-congres/"
NOW = datetime(2026, 11, 20, 7, 0)  # the day after the demo articles, whatever the clock says
PARAGRAPH = (
    "Le cluster Aerospace Valley réunit ses adhérents à Toulouse pour la séance {i} consacrée aux "
    "pôles de compétitivité, aux réseaux d'entreprises et aux technoparcs de la Méditerranée."
)


def huge_page() -> bytes:
    paragraphs = "".join(f"<p>{PARAGRAPH.format(i=i)}</p>\n" for i in range(7000))
    return (
        "<!doctype html><html lang=fr><head><meta charset=utf-8><title>Compte rendu intégral"
        f"</title></head><body><article><h1>Compte rendu intégral</h1>{paragraphs}</article>"
        "</body></html>"
    ).encode("utf-8")


@pytest.fixture
def site() -> LocalSite:
    site = LocalSite({})
    for path in GOOD:
        html = (DEMO / path.strip("/") / "index.html").read_text("utf-8")
        site.routes[path] = Reply(body=substitute(html, site.base, {}).encode("utf-8"))
    site.routes[HUGE] = Reply(body=huge_page())
    date = "Wed, 18 Nov 2026 08:45:00 GMT"
    items = [("Bon 1", site.url(GOOD[0]), date), ("Énorme", site.url(HUGE), date),
             ("Bon 2", site.url(GOOD[1]), date)]
    site.routes["/rss.xml"] = Reply(body=rss(items), content_type="application/rss+xml")
    site.start()
    yield site
    site.stop()


def test_a_huge_page_is_recorded_too_long_and_the_good_articles_land(
    site: LocalSite, tmp_path: Path, prefect_harness, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    assert len(huge_page()) > 1_400_000
    monkeypatch.setenv("VEILLE_WORK_DIR", str(tmp_path / "work"))
    sources = tmp_path / "sources.yaml"
    sources.write_text(yaml.safe_dump({"sources": [{"name": "hostile", "feeds": [site.url("/rss.xml")]}]}))
    db = tmp_path / "w.duckdb"
    first = ingest(str(sources), str(db), politeness=False, now=NOW)
    second = ingest(str(sources), str(db), politeness=False, now=NOW + timedelta(days=1))

    assert first["status"] == "completed" and second["status"] == "completed"
    assert first["outcomes"]["stored"] == 2
    assert first["outcomes"]["too-long"] == 1
    with duckdb.connect(str(db), read_only=True) as con:
        stored = {url for (url,) in con.execute("SELECT url FROM articles").fetchall()}
        logged = con.execute(
            "SELECT outcome, reason FROM crawl_log WHERE url = ? ORDER BY run_id", [site.url(HUGE)]
        ).fetchall()
        mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert stored == {site.url(path) for path in GOOD}
    assert mentions > 0
    assert logged[0][0] == "too-long"
    assert "characters of text, above VEILLE_MAX_TEXT_CHARS=100000" in logged[0][1]
