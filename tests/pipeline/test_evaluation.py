"""Evaluation scoring on tiny hand-made gold/prediction pairs (exact figures); gold set sanity."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from evaluation.scoring import (
    GoldArticle,
    GoldEntity,
    PredictedArticle,
    PredictedEntity,
    evaluate,
    gold_date_spans,
    load_gold,
    merge_score,
)
from pipeline.records import DateMention

GOLD_PATH = Path(__file__).resolve().parents[2] / "evaluation" / "gold" / "articles.jsonl"
FRESH_PATH = GOLD_PATH.with_name("fresh.jsonl")
BLIND_PATH = GOLD_PATH.with_name("blind.jsonl")

TEXT = (
    "Karim Alaoui, président du Réseau InnovSud, était à Agadir le 24 juin 2018. M. Alaoui a signé."
)


def gold_article(article_id: str = "g1", entities=None, dates=(), roles=()) -> GoldArticle:
    return GoldArticle(
        article_id,
        "dev",
        "t",
        date(2018, 6, 12),
        "",
        TEXT,
        tuple(entities or ()),
        tuple(dates),
        tuple(roles),
    )


ALAOUI = GoldEntity("Karim Alaoui", "PER", ("M. Alaoui",), "karim")
INNOVSUD = GoldEntity("Réseau InnovSud", "ORG", (), "innovsud")
AGADIR = GoldEntity("Agadir", "LOC", (), "agadir")


def test_document_level_entity_scores_are_exact() -> None:
    gold = [gold_article(entities=[ALAOUI, INNOVSUD, AGADIR])]
    predicted = [
        PredictedArticle(
            "g1",
            [
                PredictedEntity("p1", "PER", "Karim Alaoui", ("Karim Alaoui",)),
                PredictedEntity(
                    "p2", "PER", "Alaoui", ("M. Alaoui",)
                ),  # same gold entity again: neutral
                PredictedEntity(
                    "p3", "LOC", "Réseau InnovSud", ("Réseau InnovSud",)
                ),  # wrong type: FP LOC, FN ORG
                PredictedEntity("p4", "LOC", "Agadir", ("Agadir",)),
                PredictedEntity("p5", "ORG", "Est", ("Est",)),  # spurious
            ],
        )
    ]
    report = evaluate(gold, predicted)
    assert (report.entities["PER"].tp, report.entities["PER"].fp, report.entities["PER"].fn) == (
        1,
        0,
        0,
    )
    assert (report.entities["ORG"].tp, report.entities["ORG"].fp, report.entities["ORG"].fn) == (
        0,
        1,
        1,
    )
    assert (report.entities["LOC"].tp, report.entities["LOC"].fp, report.entities["LOC"].fn) == (
        1,
        1,
        0,
    )
    assert report.entities["LOC"].precision == 0.5 and report.entities["LOC"].f1 == pytest.approx(
        2 / 3
    )
    assert {
        "article": "g1",
        "kind": "missed",
        "type": "ORG",
        "name": "Réseau InnovSud",
    } in report.errors


def test_a_canonical_name_alone_matches_through_normalisation() -> None:
    gold = [gold_article(entities=[INNOVSUD])]
    predicted = [PredictedArticle("g1", [PredictedEntity("p", "ORG", "reseau innovsud")])]
    assert evaluate(gold, predicted).entities["ORG"].f1 == 1.0


def test_merge_score_counts_pairs_and_names_violations() -> None:
    solaire = GoldEntity("Cluster Solaire", "ORG", (), "cs")
    nord = GoldEntity("Cluster Solaire du Nord", "ORG", (), "csn")
    occurrences = [
        (solaire, PredictedEntity("x", "ORG", "Cluster Solaire")),
        (solaire, PredictedEntity("x", "ORG", "Cluster Solaire")),
        (nord, PredictedEntity("x", "ORG", "Cluster Solaire")),  # wrongly merged with Solaire
        (INNOVSUD, PredictedEntity("i1", "ORG", "Réseau InnovSud")),
        (INNOVSUD, PredictedEntity("i2", "ORG", "Réseau InovSud")),  # variant left apart
    ]
    score = merge_score(occurrences)
    # same predicted id: 3 pairs (x), of which 1 also same gold -> precision 1/3
    # same gold id: cs 1 pair + innovsud 1 pair = 2, of which 1 also same id -> recall 1/2
    assert score.precision == pytest.approx(1 / 3)
    assert score.recall == pytest.approx(1 / 2)
    assert score.wrong_merges == [["Cluster Solaire", "Cluster Solaire du Nord"]]
    assert score.split_entities == [["Réseau InnovSud", "Réseau InnovSud", "Réseau InovSud"]]


def test_dates_need_overlap_for_spans_and_the_exact_value_for_values() -> None:
    gold = [gold_article(dates=[("24 juin 2018", "2018-06-24")])]
    start = TEXT.index("24 juin")
    predictions = [
        PredictedArticle(
            "g1",
            dates=[
                DateMention("24 juin", "2018-06", start, start + 7),  # overlaps, wrong value
                DateMention("Karim", "2018", 0, 5),  # spurious
            ],
        )
    ]
    report = evaluate(gold, predictions)
    assert (report.date_spans.tp, report.date_spans.fp, report.date_spans.fn) == (1, 1, 0)
    assert (report.date_values.tp, report.date_values.fp, report.date_values.fn) == (0, 2, 1)


def test_roles_need_person_role_and_organisation() -> None:
    gold = [
        gold_article(
            entities=[ALAOUI, INNOVSUD], roles=[("Karim Alaoui", "président", "Réseau InnovSud")]
        )
    ]
    person = PredictedEntity("p", "PER", "Karim Alaoui", ("M. Alaoui",))
    org = PredictedEntity("o", "ORG", "Réseau InnovSud")
    right = PredictedArticle("g1", roles=[(person, "Président", org)])
    wrong = PredictedArticle("g1", roles=[(person, "président", None), (person, "directeur", org)])
    assert evaluate(gold, [right]).roles.f1 == 1.0
    report = evaluate(gold, [wrong])
    assert (report.roles.tp, report.roles.fp, report.roles.fn) == (0, 2, 1)


def test_gold_set_splits() -> None:
    assert len(load_gold(GOLD_PATH)) >= 20
    assert {a.split for a in load_gold(GOLD_PATH)} == {"dev", "test"}
    assert len(load_gold(GOLD_PATH, "test")) == 5
    assert {a.split for a in load_gold(FRESH_PATH)} == {"fresh"}


@pytest.mark.parametrize(
    "path", [GOLD_PATH, FRESH_PATH, BLIND_PATH], ids=["articles", "fresh", "blind"]
)
def test_gold_set_is_consistent(path: Path) -> None:
    """Every alias and date surface occurs in its text; one id = one name and type; roles named."""
    articles = load_gold(path)
    names_of_id: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for article in articles:
        assert 150 <= len(article.text.split()) <= 400, article.id
        for entity in article.entities:
            names_of_id[entity.id].add((entity.name, entity.type))
            assert all(alias in article.text for alias in entity.aliases), (article.id, entity)
            assert entity.name in article.text or entity.aliases, (article.id, entity)
        assert len(gold_date_spans(article)) == len(article.dates), article.id
        names = {e.name for e in article.entities}
        assert all(p in names and (o is None or o in names) for p, _, o in article.roles), (
            article.id
        )
    assert all(len(pairs) == 1 for pairs in names_of_id.values())


def test_load_gold_rejects_a_bad_line_and_an_unknown_split(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "t"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="gold.jsonl:1"):
        load_gold(path)
    with pytest.raises(ValueError, match="unknown split"):
        load_gold(GOLD_PATH, "train")
