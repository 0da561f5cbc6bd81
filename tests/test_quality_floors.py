"""Quality floors held in CI: the gold-set evaluation must not fall below the pinned scores.

The floors (`tests/data/quality_floors.json`) are what Veille achieved when they were set, rounded
down by 0.01. To see the current figures: `.venv/bin/python -m tests.test_quality_floors`.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from evaluation.runs import analyzer_annotator
from evaluation.scoring import Report, evaluate
from evaluation.splits import GOLD_SPLITS, load_split
from tests.nlp_models import shared_analyzer, shared_bare_model

FLOORS_PATH = Path(__file__).resolve().parent / "data" / "quality_floors.json"


def measures(report: Report) -> dict[str, float]:
    """The figures a floor is held on."""
    return {
        **{f"{label} F1": score.f1 for label, score in report.entities.items()},
        "merging precision": report.merging.precision,
        "merging recall": report.merging.recall,
        "DATE span F1": report.date_spans.f1,
        "DATE value F1": report.date_values.f1,
        "roles F1": report.roles.f1,
    }


def achieved(analyzer) -> dict[str, dict[str, float]]:  # type: ignore[no-untyped-def]
    annotate = analyzer_annotator(analyzer)
    out = {}
    for split in GOLD_SPLITS:
        gold = load_split(split)
        out[split] = measures(evaluate(gold, annotate(gold)))
    return out


@pytest.fixture(scope="session")
def scores() -> dict[str, dict[str, float]]:
    return achieved(shared_analyzer())


@pytest.mark.parametrize("split", ["dev", "test", "fresh", "blind"])
def test_gold_scores_hold_their_floors(scores: dict, split: str) -> None:
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))[split]
    below = {
        name: f"{scores[split][name]:.3f} < {floor}"
        for name, floor in floors.items()
        if scores[split][name] < floor
    }
    assert not below, f"{split} split below its quality floors: {below}"


def test_every_measure_has_a_floor(scores: dict) -> None:
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))
    assert {split: set(values) for split, values in floors.items() if split in scores} == {
        split: set(values) for split, values in scores.items()
    }


def newseye_dev_scores(newseye_dir: Path) -> dict[str, float]:
    """Strict micro F1 on NewsEye dev (35 documents), Veille's entity layer and the bare model."""
    from evaluation.hipe import micro, newseye_documents, strict_scores
    from pipeline.records import Article

    docs = list(newseye_documents(newseye_dir / "HIPE-2022-v2.1-newseye-dev-fr.tsv"))
    articles = [Article(f"n:{d}", "newseye", "", text, None, "fr") for d, text, _ in docs]
    ours = [
        {(m.start_char, m.end_char, m.label) for m in a.mentions}
        for a in shared_analyzer().annotate(articles)
    ]
    bare = [
        {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for doc in shared_bare_model().pipe(a.text for a in articles)
    ]
    gold = [spans for _, _, spans in docs]
    return {
        name: micro(strict_scores(zip(gold, predicted, strict=True))).f1
        for name, predicted in (("veille", ours), ("fr_core_news_md", bare))
    }


def test_newseye_entity_layer_never_below_the_bare_model(shared_dir: Path) -> None:
    newseye = shared_dir / "benchmarks" / "ner-newseye-fr"
    if not (newseye / "HIPE-2022-v2.1-newseye-dev-fr.tsv").is_file():
        pytest.skip(f"NewsEye dev file not found under {newseye}")
    scores = newseye_dev_scores(newseye)
    floor = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))["newseye_dev"]["micro F1"]
    assert scores["veille"] >= scores["fr_core_news_md"], scores
    assert scores["veille"] >= floor, scores


REALNEWS_SPLITS = {"realnews_dev": "dev", "realnews_heldout": "heldout"}


def realnews_achieved(benchmarks_dir: Path) -> dict[str, dict[str, float]]:
    """Entity F1 on the real-news pages (evaluation/gold/realnews), both splits."""
    from evaluation.realnews import load_realnews
    from evaluation.runs import entity_f1s

    annotate = analyzer_annotator(shared_analyzer())
    out = {}
    for name, split in REALNEWS_SPLITS.items():
        gold = load_realnews(benchmarks_dir, split)
        f1s = entity_f1s(evaluate(gold, annotate(gold)).entities)
        out[name] = {f"{label} F1": value for label, value in f1s.items()}
    return out


@pytest.fixture(scope="session")
def realnews_scores(shared_dir: Path) -> dict[str, dict[str, float]]:
    return realnews_achieved(shared_dir / "benchmarks")


@pytest.mark.parametrize("split", REALNEWS_SPLITS)
def test_real_news_holds_its_floors(realnews_scores: dict, split: str) -> None:
    """Held-out pages are scored, never read: a fall below the floor says "look at dev"."""
    floors = json.loads(FLOORS_PATH.read_text(encoding="utf-8"))[split]
    assert set(floors) == set(realnews_scores[split])
    below = {
        name: f"{realnews_scores[split][name]:.3f} < {floor}"
        for name, floor in floors.items()
        if realnews_scores[split][name] < floor
    }
    assert not below, f"{split} below its quality floors: {below}"


if __name__ == "__main__":
    from tests.conftest import SHARED_DIR

    current = achieved(shared_analyzer())
    if (SHARED_DIR / "benchmarks").is_dir():
        current.update(realnews_achieved(SHARED_DIR / "benchmarks"))
    newseye_dir = SHARED_DIR / "benchmarks" / "ner-newseye-fr"
    if newseye_dir.is_dir():
        current["newseye_dev"] = {"micro F1": newseye_dev_scores(newseye_dir)["veille"]}
    print(
        json.dumps(
            {
                split: {
                    name: round(max(0.0, math.floor(value * 100) / 100 - 0.01), 2)
                    for name, value in values.items()
                }
                for split, values in current.items()
            },
            indent=2,
        )
    )
