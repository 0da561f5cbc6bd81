"""Event gold splits come from the files; sealed held-out sets stay out of the default run."""
from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.events import default_splits, event_splits, load_event_gold, sealed_splits
from tests.events.test_event_quality import FLOORS

ARTICLE = """articles:
- id: {id}
  published: "2026-03-03"
  source: s
  title: t
  text: Texte.
  events: []
"""


def gold_dir(tmp_path: Path, names: list[str], sealed: str | None = None) -> Path:
    for name in names:
        (tmp_path / f"{name}.yaml").write_text(ARTICLE.format(id=name), encoding="utf-8")
    if sealed is not None:
        (tmp_path / "sealed.txt").write_text(sealed, encoding="utf-8")
    return tmp_path


def test_every_file_is_a_split_dev_first_in_natural_order(tmp_path: Path) -> None:
    gold = gold_dir(tmp_path, ["unseen10", "dev", "unseen2", "dev10", "heldout", "dev2", "unseen"])
    assert list(event_splits(gold)) == ["dev", "dev2", "dev10", "heldout", "unseen", "unseen2", "unseen10", "all"]
    assert default_splits(gold) == ["dev", "dev2", "dev10", "heldout", "unseen", "unseen2", "unseen10"]
    assert [a.id for a in load_event_gold("all", gold)] == ["dev", "dev2", "dev10", "heldout", "unseen",
                                                            "unseen2", "unseen10"]


def test_a_sealed_set_is_out_of_all_and_of_the_default_run_but_can_be_named(tmp_path: Path) -> None:
    gold = gold_dir(tmp_path, ["dev", "unseen", "unseen2"], sealed="# frozen, unscored\nunseen2  # since today\n\n")
    assert sealed_splits(gold) == {"unseen2"}
    assert default_splits(gold) == ["dev", "unseen"]
    assert [a.id for a in load_event_gold("all", gold)] == ["dev", "unseen"]
    assert [a.id for a in load_event_gold("unseen2", gold)] == ["unseen2"]  # the first look


def test_a_sealed_set_written_as_its_file_name_is_sealed_too(tmp_path: Path) -> None:
    gold = gold_dir(tmp_path, ["dev", "unseen", "unseen2"], sealed="unseen2.yaml\n")
    assert sealed_splits(gold) == {"unseen2"}
    assert "unseen2" not in default_splits(gold) and "unseen2.yaml" not in event_splits(gold)["all"]


def test_every_scored_set_has_a_floor_and_no_sealed_set_has_one() -> None:
    """A new set gets its floor when it is first scored; a sealed set with a floor was looked at."""
    assert set(FLOORS) == set(default_splits())
    assert not set(FLOORS) & sealed_splits()


def test_a_participant_name_cut_by_an_unquoted_comma_is_refused_with_its_place(tmp_path: Path) -> None:
    """YAML reads `{name: Ministère de X, des Y, role: partner}` as three keys: the name would be
    scored as "Ministère de X" and nobody would know."""
    event = ("  events:\n  - type: partnership\n    participants:\n"
             "    - {{name: {name}, role: partner}}\n    - {{name: Sonatel, role: partner}}\n")
    for stem, name in (("dev", "Ministère de la Communication, des Postes"),
                       ("dev2", '"Ministère de la Communication, des Postes"')):
        (tmp_path / f"{stem}.yaml").write_text(ARTICLE.format(id=stem).replace("  events: []\n", "")
                                               + event.format(name=name), encoding="utf-8")
    with pytest.raises(ValueError, match=r"dev\.yaml, dev: participant .*quote a name"):
        load_event_gold("dev", tmp_path)
    (quoted,) = load_event_gold("dev2", tmp_path)
    assert quoted.events[0].participants == (("ministere de la communication des postes", "partner"),
                                              ("sonatel", "partner"))


def test_every_gold_file_loads() -> None:
    for split in event_splits():
        assert load_event_gold(split), split
