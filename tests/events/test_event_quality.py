"""Event quality floors on the event gold: the scores must not fall below the pinned figures.

Floors are the scores when they were set, rounded down by 0.01 (docs/events.md, *Quality*). The
held-out floors (heldout, unseen, unseen2, unseen3, unseen4, unseen5) guard against regressions only: their honest
figures are the first looks recorded in docs/events.md.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.events import evaluate_events, load_event_gold
from pipeline.events import load_lexicon
from tests.nlp_models import shared_analyzer

MODELS = Path(__file__).resolve().parents[2] / "models"
FLOORS = {"dev": (0.97, 0.97), "dev2": (0.99, 0.99), "dev3": (0.94, 0.89), "heldout": (0.74, 0.64),
          "fresh": (0.93, 0.93), "unseen": (0.63, 0.51), "unseen2": (0.66, 0.63), "unseen3": (0.75, 0.67),
          "unseen4": (0.75, 0.75), "unseen5": (0.66, 0.54)}


def test_gold_covers_every_type_with_sixty_events_split_before_the_extractor():
    dev, heldout = load_event_gold("dev"), load_event_gold("heldout")
    events = [e for a in dev + heldout for e in a.events]
    assert len(events) >= 60
    assert {e.type for a in heldout for e in a.events} == {e.type for a in dev for e in a.events} == {
        "funding", "label", "partnership", "opening", "appointment", "agenda"}
    assert not {a.id for a in dev} & {a.id for a in heldout}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_event_scores_hold_their_floor(split):
    report = evaluate_events(shared_analyzer(), load_lexicon(MODELS), split)
    precision, recall = FLOORS[split]
    assert report.overall.precision >= precision, report.as_dict()
    assert report.overall.recall >= recall, report.as_dict()
