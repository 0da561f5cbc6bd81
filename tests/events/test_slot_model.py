"""The learned participant model (`pipeline.events.slots`): data that loads and roles read on
invented sentences (its byte-for-byte rebuild from the dev gold is in test_event_quality.py, on the
floors' annotations)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.events import EventType, find_events, load_lexicon
from pipeline.events.slots import NONE, SlotModel, with_slot_model
from tests.nlp_models import shared_analyzer

MODELS = Path(__file__).resolve().parents[2] / "models"
PUBLISHED = date(2026, 3, 11)


@pytest.fixture(scope="module")
def learned():
    return with_slot_model(load_lexicon(MODELS), MODELS)


def participants(text: str, lexicon, event_type: EventType) -> list[set[tuple[str, str]]]:
    found = find_events(shared_analyzer().annotate_text(text, PUBLISHED), lexicon)
    return [{(p.mention.surface, p.role.value) for p in e.participants} for e in found if e.type is event_type]


def test_the_model_file_loads_with_every_role_and_none(learned):
    model = learned.slots
    assert isinstance(model, SlotModel)
    assert {NONE, "recipient", "funder", "partner", "labelled", "organisation", "host", "appointee",
            "predecessor"} <= set(model.classes)
    assert set(model.allowed) == {t.value for t in EventType}
    assert all(len(row) == len(model.classes) for row in model.weights.values())
    assert load_lexicon(MODELS).slots is None   # off unless asked for


def test_a_round_raised_from_a_fund_names_recipient_and_funder(learned):
    text = "La start-up nantaise Véloria a levé 2 millions d'euros auprès du fonds Aldéra Capital."
    assert participants(text, learned, EventType.FUNDING) == [
        {("Véloria", "recipient"), ("Aldéra Capital", "funder")}]


def test_a_partnership_names_both_signatories(learned):
    text = "Le pôle Aquanova et l'entreprise Brisemer ont signé mardi une convention de partenariat."
    assert participants(text, learned, EventType.PARTNERSHIP) == [
        {("Aquanova", "partner"), ("Brisemer", "partner")}]


def test_the_rules_role_stands_unless_the_model_is_sure_enough():
    model = SlotModel(classes=(NONE, "funder", "recipient"), allowed={"funding": (0, 1, 2)},
                      bias=(0.0, 0.0, 0.0), weights={"p1=par": (0.0, 2.0, 0.0)}, override=0.9)
    # the model prefers funder (p ~0.79) but not at 0.9: the rules' recipient stands
    assert model.role("funding", ("p1=par",), "recipient") == "recipient"
    assert model.role("funding", ("p1=par",), None) == NONE
    sure = SlotModel(model.classes, model.allowed, model.bias, {"p1=par": (0.0, 5.0, 0.0)}, override=0.9)
    assert sure.role("funding", ("p1=par",), "recipient") == "funder"
    assert SlotModel(model.classes, model.allowed, model.bias, model.weights).role("funding", ("p1=par",), "recipient") == "funder"
