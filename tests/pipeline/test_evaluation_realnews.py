"""The real-news gold set: facts in the project, page texts rebuilt from ../shared at run time;
optional and ORG|LOC entities in the document-level scoring."""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from evaluation.realnews import REALNEWS_GOLD, SharedPagesMissing, load_realnews
from evaluation.scoring import GoldArticle, GoldEntity, PredictedArticle, PredictedEntity, evaluate

ROWS = [json.loads(line) for line in REALNEWS_GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_gold_holds_facts_only_and_a_fixed_split() -> None:
    assert len(ROWS) >= 40
    assert Counter(row["split"] for row in ROWS) == {"dev": 29, "heldout": 19}
    for row in ROWS:
        assert "text" not in row and row["chars"] > 0 and len(row["sha1"]) == 40
        for entity in row["entities"]:
            assert entity["type"] in ("ORG", "PER", "LOC", "ORG|LOC", "MISC"), entity
            assert entity["type"] != "MISC" or entity.get("optional"), entity  # MISC is never scored


def test_pages_are_rebuilt_from_shared(shared_dir: Path) -> None:
    articles = load_realnews(shared_dir / "benchmarks", "dev")
    assert len(articles) == 29
    for article, row in zip(articles, [r for r in ROWS if r["split"] == "dev"], strict=True):
        assert len(article.text) == row["chars"]
        # every required name is written in its page (aliases may be the only written form)
        for entity in article.entities:
            forms = (entity.name, *entity.aliases)
            if not entity.optional:
                assert any(f.replace("'", "’") in article.text or f in article.text for f in forms), (
                    article.id, entity.name)


def test_a_changed_page_or_a_missing_folder_stops_the_load(tmp_path: Path) -> None:
    with pytest.raises(SharedPagesMissing):
        load_realnews(tmp_path / "absent")
    row = dict(ROWS[0], sha1="0" * 40)
    (tmp_path / "gold.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    page = tmp_path / row["page"]
    page.parent.mkdir(parents=True)
    page.write_bytes(b"<html><body><p>autre page</p></body></html>")
    with pytest.raises(ValueError, match="sha1"):
        load_realnews(tmp_path, path=tmp_path / "gold.jsonl")


def _article(*entities: GoldEntity) -> GoldArticle:
    return GoldArticle("a", "dev", "t", date(2020, 1, 1), "", "", entities, (), ())


def test_optional_entities_are_neither_missed_nor_spurious() -> None:
    gold = _article(
        GoldEntity("Vernolles", "LOC", (), "loc"),
        GoldEntity("Salon Agri Expo", "MISC", (), "misc", optional=True),
        GoldEntity("Tanaviel", "ORG", (), "org", optional=True),
    )
    predicted = PredictedArticle(
        "a", [PredictedEntity("p1", "LOC", "Vernolles"), PredictedEntity("p2", "ORG", "Salon Agri Expo")]
    )
    report = evaluate([gold], [predicted])
    assert (report.entities["LOC"].tp, report.entities["ORG"].fp, report.entities["ORG"].fn) == (1, 0, 0)


def test_org_or_loc_takes_the_type_it_was_found_as() -> None:
    gold = _article(GoldEntity("Ville de Vernolles", "ORG|LOC", ("Ville",), "v"))
    for label in ("ORG", "LOC"):
        report = evaluate([gold], [PredictedArticle("a", [PredictedEntity("p", label, "Ville de Vernolles")])])
        assert (report.entities[label].tp, report.entities["ORG"].fp + report.entities["LOC"].fp) == (1, 0)
    missed = evaluate([gold], [PredictedArticle("a", [])])
    assert missed.entities["ORG"].fn == 1 and missed.entities["LOC"].fn == 0
