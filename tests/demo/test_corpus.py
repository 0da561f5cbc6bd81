"""The demo corpus and its manifest: realistic, self-consistent, and what the build renders."""
from __future__ import annotations

import filecmp
import json
import re
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from demo.build import CORPUS_DIR, SITES_DIR, build, load_manifest, load_pages
from pipeline.records import Outcome

MANIFEST = load_manifest()
PAGES = load_pages(MANIFEST)
ACCEPTED = [page for page in PAGES if page.spec["accepted"]]
ISO_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def text_of(page) -> str:
    return "\n".join(text for _, text in page.paragraphs)


def test_ids_and_paths_are_unique_and_every_text_exists() -> None:
    entries = MANIFEST["pages"] + MANIFEST["links"]
    assert len({e["id"] for e in entries}) == len(entries)
    assert len({(e["outlet"], e["path"]) for e in entries}) == len(entries)
    for spec in MANIFEST["pages"]:
        assert (CORPUS_DIR / f"{spec.get('copy_of', spec['id'])}.md").is_file(), spec["id"]


def test_corpus_is_big_enough_and_spread_over_several_weeks() -> None:
    assert len(ACCEPTED) >= 18
    weeks = Counter(page.published.isocalendar()[1] for page in ACCEPTED)
    assert len(weeks) >= 6
    latest = max(weeks)
    assert weeks[latest] == max(weeks.values()) and weeks[latest] > 2
    assert {page.outlet for page in ACCEPTED} == set(MANIFEST["outlets"])


@pytest.mark.parametrize("page", ACCEPTED, ids=lambda page: page.id)
def test_accepted_article_length_is_news_like(page) -> None:
    assert 350 <= page.word_count <= 700


def test_rejected_pages_name_a_real_outcome() -> None:
    for spec in MANIFEST["pages"] + MANIFEST["links"]:
        if not spec.get("accepted", False):
            assert Outcome(spec["outcome"]), spec["id"]
            assert spec.get("trap"), f"{spec['id']}: a trap must say what it tests"
    entries = MANIFEST["pages"] + MANIFEST["links"]
    covered = {spec["outcome"] for spec in entries if "outcome" in spec}
    assert covered >= {"duplicate", "off-topic", "not-french", "robots", "http-error", "not-html"}


def test_published_at_carry_a_time_zone() -> None:
    for spec in MANIFEST["pages"] + MANIFEST["links"]:
        assert datetime.fromisoformat(spec["published_at"]).tzinfo is not None, spec["id"]


@pytest.mark.parametrize("page", [p for p in ACCEPTED if "entities" in p.spec], ids=lambda p: p.id)
def test_expected_entities_and_dates_are_written_in_the_text(page) -> None:
    text = text_of(page)
    for entity in page.spec["entities"]:
        assert entity["type"] in {"ORG", "PER", "LOC", "MISC"}
        assert entity.get("surface", entity["name"]) in text, entity
    for mention in page.spec.get("dates", []):
        assert mention["surface"] in text, mention
        assert ISO_VALUE.match(mention["value"]), mention
    for surface in page.spec.get("not_dates", []):
        assert surface in text, surface


def test_enough_articles_carry_entity_and_date_expectations() -> None:
    annotated = [p for p in ACCEPTED if p.spec.get("entities") and p.spec.get("dates")]
    assert len(annotated) >= 5
    assert any("/" in d["value"] for p in annotated for d in p.spec["dates"])


def test_weekday_dates_fall_on_that_weekday() -> None:
    for page in ACCEPTED:
        for mention in page.spec.get("dates", []):
            weekday = next((w for w in WEEKDAYS if mention["surface"].startswith(w)), None)
            if weekday:
                value = date.fromisoformat(mention["value"])
                assert WEEKDAYS[value.weekday()] == weekday, mention
                assert abs((value - page.published.date()).days) < 60, mention


def test_boilerplate_strings_are_on_the_pages_but_never_in_article_texts() -> None:
    rendered = "".join(p.read_text(encoding="utf-8") for p in SITES_DIR.rglob("*.html"))
    for needle in MANIFEST["must_not_contain"]:
        assert needle in rendered, f"{needle!r} is not on any page: the trap tests nothing"
        for page in PAGES:
            assert needle not in text_of(page), (needle, page.id)


def test_stories_and_duplicates_refer_to_accepted_pages() -> None:
    accepted_ids = {page.id for page in ACCEPTED}
    for story in MANIFEST["stories"]:
        assert len(story) >= 2 and set(story) <= accepted_ids
    for spec in MANIFEST["pages"]:
        if spec.get("outcome") == "duplicate":
            assert spec["same_as"] in accepted_ids
    for duplicate in MANIFEST["tracking_duplicates"]:
        assert duplicate["same_as"] in accepted_ids and "?" in duplicate["url"]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.id)
def test_article_pages_carry_valid_news_article_json_ld(page) -> None:
    path = SITES_DIR / page.outlet / page.spec["path"].lstrip("/")
    if page.spec["path"].endswith("/"):
        path = path / "index.html"
    html = path.read_text(encoding="utf-8")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block, page.id
    data = json.loads(block.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == page.spec["title"]
    assert datetime.fromisoformat(data["datePublished"]).tzinfo is not None
    assert data["author"]["name"] == page.spec["author"]
    assert 'property="og:title"' in html and 'rel="canonical"' in html


def test_committed_sites_are_what_the_build_renders(tmp_path: Path) -> None:
    fresh = build(tmp_path / "sites")
    comparison = filecmp.dircmp(fresh, SITES_DIR)
    mismatches: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        mismatches.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        _, differ, _ = filecmp.cmpfiles(cmp.left, cmp.right, cmp.common_files, shallow=False)
        mismatches.extend(prefix + name for name in differ)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    walk(comparison, "")
    assert not mismatches, f"run `python -m demo.build`: stale files {mismatches}"


@pytest.mark.parametrize("page", [p for p in ACCEPTED if p.spec.get("dates")], ids=lambda p: p.id)
def test_expected_dates_are_what_the_date_rules_resolve(page) -> None:
    """The manifest's ISO values agree with `pipeline.dates` on the real article text."""
    from pipeline.dates.find import find_dates

    found = find_dates(text_of(page), page.published)
    for expected in page.spec["dates"]:
        assert any(
            mention.value == expected["value"]
            and (mention.surface in expected["surface"] or expected["surface"] in mention.surface)
            for mention in found
        ), (expected, [(m.surface, m.value) for m in found])
    for surface in page.spec.get("not_dates", []):
        assert not any(surface in mention.surface for mention in found), surface
