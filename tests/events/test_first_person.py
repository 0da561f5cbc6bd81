"""A quotation in the first person (« Nous avons … ») speaks for the organisation the article is about."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.events import EventType, find_events, load_lexicon
from tests.nlp_models import shared_analyzer

MODELS = Path(__file__).resolve().parents[2] / "models"
PUBLISHED = date(2031, 4, 9)


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(MODELS)


def events(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    found = find_events(shared_analyzer().annotate_text(text, PUBLISHED), lexicon)
    return [{(p.mention.surface, p.role.value) for p in e.participants} for e in found if e.type is kind]


def test_we_received_a_label_in_a_quotation(lexicon):
    text = ("Hélène Marchal, directrice générale de la start-up lyonnaise Solvane Technologies, fait le point.\n\n"
            "« Nous avons obtenu la semaine dernière le label French Tech Green20, ce qui change tout », "
            "affirme-t-elle.")
    assert events(text, lexicon, EventType.LABEL) == [{("Solvane Technologies", "labelled")}]


def test_we_raised_money_in_a_quotation(lexicon):
    text = ("Yann Le Goff dirige Maréol, une PME de Lorient. « Nous avons levé 3 millions d'euros auprès "
            "du fonds Ouest Croissance », précise-t-il.")
    assert events(text, lexicon, EventType.FUNDING) == [{("Maréol", "recipient"), ("Ouest Croissance", "funder")}]


def test_we_without_a_named_organisation_names_nobody(lexicon):
    text = "« Nous avons obtenu le label French Tech 2030 », se réjouit la dirigeante."
    assert events(text, lexicon, EventType.LABEL) == []


def test_we_speaks_for_the_organisation_named_after_the_quotation(lexicon):
    text = ("« Nous avons signé un accord avec le groupe Airbus », indique Paul Morin, président de la "
            "société Aérolis.")
    assert events(text, lexicon, EventType.PARTNERSHIP) == [{("Aérolis", "partner"), ("Airbus", "partner")}]


def test_we_after_a_short_opening_phrase_in_a_quotation(lexicon):
    # round 2 session 10: "« Depuis lundi, nous avons signé …" was not read as the company speaking
    text = ("Awa Ndiaye dirige Sahel Graines, une PME de Thiès. « Depuis lundi, nous avons signé une convention "
            "avec l'Institut sénégalais de recherches agricoles », précise-t-elle.")
    assert events(text, lexicon, EventType.PARTNERSHIP) == [
        {("Sahel Graines", "partner"), ("Institut sénégalais de recherches agricoles", "partner")}]


def test_a_certifier_in_the_future_is_no_label(lexicon):
    text = "La PME Sahel Graines a signé une convention avec le laboratoire Qualisen, qui certifiera ses semences."
    assert events(text, lexicon, EventType.LABEL) == []


def test_a_name_whose_head_the_next_sentence_names_is_the_company_that_speaks(lexicon):
    # round 2 session 10: "X aide … Sa cofondatrice, Y, fait le point": X, typed MISC by the model, speaks as "nous"
    text = ("Irrigo Data aide les exploitations agricoles à piloter leur irrigation. Sa cofondatrice, Salma Idrissi, "
            "fait le point.\n\n« Nous venons de finaliser une levée de 20 millions de dirhams auprès d'Atlas Seed Fund. »")
    assert events(text, lexicon, EventType.FUNDING) == [{("Irrigo Data", "recipient"), ("Atlas Seed Fund", "funder")}]


def test_we_in_a_post_that_opens_on_a_symbol(lexicon):
    text = ("Le cluster Oriental Digital recrute des formateurs. 🤝 Et hier, nous avons signé une convention avec "
            "l'Université Mohammed Premier.")
    assert events(text, lexicon, EventType.PARTNERSHIP) == [
        {("Oriental Digital", "partner"), ("Université Mohammed Premier", "partner")}]


def test_an_interview_answer_after_the_speakers_name(lexicon):
    # round 2 session 10: "Nom : …" made the speaker the subject and the colon a clause start
    text = ("Le Quotidien : Qu'avez-vous signé cette semaine ?\n"
            "Awa Diop : Le 5 mars, Agropôle Casamance a signé une convention avec l'Institut sénégalais de "
            "recherches agricoles.")
    assert events(text, lexicon, EventType.PARTNERSHIP) == [
        {("Agropôle Casamance", "partner"), ("Institut sénégalais de recherches agricoles", "partner")}]


def test_we_in_an_interview_answer_and_dinars_of_the_country_spoken_of(lexicon):
    # round 2 session 10: "nous" after a speaker's tag (no quotation marks); a bare "dinars" in an
    # article about Algeria is the Algerian dinar
    text = ("El Moudjahid : Numidia Capital a-t-il financé de nouvelles start-up à Alger ce mois-ci ?\n"
            "Le directeur général : Oui. Le 2 mars, nous avons accordé 45 millions de dinars à la start-up Dzair Agritech.")
    found = [e for e in find_events(shared_analyzer().annotate_text(text, PUBLISHED), lexicon)
             if e.type is EventType.FUNDING]
    assert [({(p.mention.surface, p.role.value) for p in e.participants}, e.amount.currency if e.amount else None)
            for e in found] == [({("Numidia Capital", "funder"), ("Dzair Agritech", "recipient")}, "DZD")]
