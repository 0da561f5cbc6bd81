"""Event participants read from the sentence's structure (third events round), on invented text."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.events import EventType, find_events, load_lexicon
from tests.nlp_models import shared_analyzer

MODELS = Path(__file__).resolve().parents[2] / "models"
PUBLISHED = date(2026, 3, 11)   # a Wednesday


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(MODELS)


def events_of(text: str, lexicon, kind: EventType):
    found = find_events(shared_analyzer().annotate_text(text, PUBLISHED), lexicon)
    return [e for e in found if e.type is kind]


def partners(event) -> set[str]:
    return {p.mention.surface for p in event.participants}


def test_a_name_in_parentheses_after_its_long_form_is_one_partner(lexicon):
    text = ("Le cluster Agrisud a signé mardi une convention avec la Fédération française des fibres "
            "naturelles (Fibrana).")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert len(event.participants) == 2
    assert "Fédération française des fibres naturelles" in partners(event)


def test_signatories_listed_after_a_colon(lexicon):
    text = ("Trois acteurs de la filière bois ont paraphé lundi un protocole d'accord : le pôle Forestia Grand Est, "
            "l'École nationale du bois d'Épinal et la scierie Vosges Massif.")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Forestia Grand Est", "École nationale du bois d'Épinal", "Vosges Massif"}
    assert event.date == "2026-03-09"


def test_the_partner_between_the_verb_and_the_agreement(lexicon):
    [event] = events_of("La société Lumitex a signé lundi avec le cluster Optique Vallée une convention de recherche.",
                        lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Lumitex", "Optique Vallée"}


def test_passive_signature_between_a_pole_de_competitivite_and_a_university(lexicon):
    [event] = events_of("Une convention a été signée lundi entre le pôle de compétitivité Agrimer Sud et "
                        "l'Université de Nîmes.", lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Agrimer Sud", "Université de Nîmes"}


def test_the_antecedent_of_avec_lequel_is_a_partner(lexicon):
    text = ("Le Technoparc de Valence a inauguré lundi un atelier de prototypage. L'atelier sera géré avec "
            "l'Institut technique de la Drôme, avec lequel le Technoparc de Valence a signé une convention le même jour.")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Technoparc de Valence", "Institut technique de la Drôme"}
    assert event.date == "2026-03-09"
