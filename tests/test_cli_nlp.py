"""`veille annotate` and `veille eval` through Typer's CliRunner, on the real models.

The commands load their models themselves; here they get the ones this test process already
loaded (same classes, same data), so the suite pays for fr_core_news_md once.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pipeline.nlp
from tests.nlp_models import shared_analyzer, shared_bare_model
from veille.cli import app

GOLD = Path(__file__).resolve().parents[1] / "evaluation" / "gold" / "articles.jsonl"
runner = CliRunner()


@pytest.fixture
def loaded_models(monkeypatch: pytest.MonkeyPatch) -> None:
    analyzer = shared_analyzer()
    monkeypatch.setattr(pipeline.nlp, "Analyzer", lambda settings, **_: analyzer)
    monkeypatch.setattr(pipeline.nlp, "load_bare_ner", lambda settings: shared_bare_model())


def test_annotate_prints_entities_dates_and_roles(loaded_models: None) -> None:
    text = (
        "Karim Alaoui, président du Réseau InnovSud, ouvrira le 16 décembre prochain une antenne "
        "à Rabat. M. Alaoui a rappelé que le réseau compte 160 membres."
    )
    result = runner.invoke(app, ["annotate", "--published", "2019-11-20"], input=text)
    assert result.exit_code == 0, result.output
    for expected in ("Karim Alaoui", "Réseau InnovSud", "Rabat", "2019-12-16", "président"):
        assert expected in result.output
    assert "160" not in result.output.split("Dates")[1].split("Roles")[0]  # a count, not a date


def test_annotate_jsonl_resolves_across_lines_and_reports_a_bad_line(loaded_models: None) -> None:
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "Le Reseau Innovsud lance un appel à projets à Agadir.",
                "published": "2018-06-18",
            }
        ),
        "{not json",
        json.dumps(
            {
                "id": "b",
                "text": "Le Réseau InnovSud signe lundi 25 juin.",
                "published": "2018-06-18",
            }
        ),
    ]
    result = runner.invoke(app, ["annotate", "--jsonl", "-"], input="\n".join(lines))
    assert result.exit_code == 1  # one line skipped, the others written
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [row["id"] for row in rows] == ["a", "b"]
    innovsud = [e for row in rows for e in row["entities"] if e["type"] == "ORG"]
    assert {e["entity_id"] for e in innovsud} == {innovsud[0]["entity_id"]}
    assert innovsud[0]["name"] == "Réseau InnovSud"
    assert rows[1]["dates"][0]["value"] == "2018-06-25"


def test_annotate_rejects_a_bad_date_and_a_missing_file(tmp_path: Path) -> None:
    assert runner.invoke(app, ["annotate", "--published", "25/06/2018"], input="x").exit_code == 2
    missing = runner.invoke(app, ["annotate", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "cannot read" in missing.output


def test_eval_json_has_both_systems(loaded_models: None) -> None:
    result = runner.invoke(app, ["eval", "--split", "test", "--json"])
    assert result.exit_code == 0, result.output
    reports = json.loads(result.stdout)
    assert set(reports) == {"veille", "fr_core_news_md"}
    assert reports["veille"]["articles"] == 5
    assert (
        reports["veille"]["entities"]["ORG"]["f1"]
        > reports["fr_core_news_md"]["entities"]["ORG"]["f1"]
    )


def test_eval_table_and_bad_split(loaded_models: None) -> None:
    table = runner.invoke(app, ["eval", "--split", "dev", "--no-baseline", "--errors"])
    assert table.exit_code == 0 and "ORG F1" in table.output and "17 articles" in table.output
    assert "Veille's entity errors" in table.output
    assert runner.invoke(app, ["eval", "--split", "train"]).exit_code == 2
    missing = runner.invoke(app, ["eval", "--gold", "no/such/gold.jsonl"])
    assert missing.exit_code == 2 and "gold set not found" in missing.output


def test_eval_events_says_why_events_were_missed(loaded_models: None) -> None:
    """Counts only: a held-out split gets them too, its errors are never listed."""
    table = runner.invoke(app, ["eval", "--events", "--split", "unseen8", "--errors"])
    assert table.exit_code == 0, table.output
    assert "Missed events, over the splits shown" in table.output
    assert "unseen8 missed" not in table.output
    as_json = json.loads(runner.invoke(app, ["eval", "--events", "--split", "unseen8", "--json"]).stdout)
    causes, overall = as_json["unseen8"]["miss_causes"], as_json["unseen8"]["overall"]
    assert sum(causes.values()) == overall["fn"]
