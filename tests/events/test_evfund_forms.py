"""Funding and opening phrasings read on invented sentences (round 2, session 11, "evfund")."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in

PUBLISHED = date(2026, 3, 11)  # a Wednesday


@pytest.fixture
def lexicon(event_lexicon):
    return event_lexicon


def found(text: str, lexicon, kind: EventType) -> list[tuple[str | None, float | None, set[tuple[str, str]]]]:
    return [(e.date, e.amount.value if e.amount else None, {(p.mention.surface, p.role.value) for p in e.participants})
            for e in events_in(text, lexicon, kind, PUBLISHED)]


# Opening: an intention, whatever its person or an adverbial between, is not an opening

@pytest.mark.parametrize("text", [
    "La société Verdalys envisage, dans un second temps, d'ouvrir une usine au Technopark de Tanger.",
    "« Nous voulons ouvrir un bureau à Dakar avant la fin de l'année », explique la fondatrice de Kerimo.",
    "Le groupe Solvane ambitionne à moyen terme d'ouvrir une usine à Kénitra.",
    "La start-up Ombrelis pense installer son laboratoire à Lille l'an prochain.",
])
def test_an_intention_to_open_is_no_opening(text, lexicon):
    assert found(text, lexicon, EventType.OPENING) == []


def test_an_opening_told_as_done_is_still_found(lexicon):
    [(_, _, participants)] = found("Le groupe Solvane a ouvert lundi une usine au Technopark de Tanger.",
                                   lexicon, EventType.OPENING)
    assert ("Solvane", "organisation") in participants


# Opening: a name typed as a place still hosts when the text says it holds sites

def test_a_campus_named_like_a_place_hosts_the_opening(lexicon):
    [(_, _, participants)] = found("La jeune pousse Dravelis a ouvert mardi un laboratoire sur le campus de "
                                   "Green Valley, près de Rennes.", lexicon, EventType.OPENING)
    assert participants == {("Dravelis", "organisation"), ("Green Valley", "host")}


def test_within_a_named_nursery_hosts_the_opening(lexicon):
    [(_, _, participants)] = found("L'éditeur Lumeo a inauguré jeudi ses bureaux au sein de Cap Nova, la pépinière "
                                   "de la métropole.", lexicon, EventType.OPENING)
    assert ("Cap Nova", "host") in participants


def test_a_city_is_no_host(lexicon):
    [(_, _, participants)] = found("La société Orvane a inauguré lundi ses bureaux à Montpellier.",
                                   lexicon, EventType.OPENING)
    assert participants == {("Orvane", "organisation")}


# Funding: an object pronoun before the giving verb ("l'a accompagnée", "la soutient") is the one spoken of

@pytest.mark.parametrize("text", [
    ("La start-up Novalia a ouvert un atelier à Brest. Le Département du Finistère la soutient avec un prêt "
     "de 40 000 euros."),
    ("La start-up Novalia a ouvert un atelier à Brest. Le fonds Breizh Amorçage l'a aussi financée à hauteur "
     "de 40 000 euros."),
])
def test_an_object_pronoun_before_the_giving_verb_names_the_recipient(text, lexicon):
    [(_, amount, participants)] = found(text, lexicon, EventType.FUNDING)
    assert amount == 40_000
    assert ("Novalia", "recipient") in participants


# Opening: a possible site, or a subscription "ouverte", is no opening

@pytest.mark.parametrize("text", [
    "Un atelier de la société Ferlane pourrait, d'ici deux ans, être implanté sur la technopole.",
    "Les inscriptions au programme du pôle Végépolys sont désormais ouvertes.",
])
def test_a_possible_site_or_an_open_registration_is_no_opening(text, lexicon):
    assert found(text, lexicon, EventType.OPENING) == []


# Funding: a round only prepared or considered in its clause is no funding

@pytest.mark.parametrize("text", [
    "La biotech Orvania, qui a levé l'an dernier, prépare une série B d'environ 12 millions d'euros.",
    "Le groupe Talvex a ouvert un site à Oujda : une levée de 40 MDH est envisagée pour 2027.",
    "La start-up Kelvo compte lever 2 millions d'euros auprès de business angels.",
])
def test_a_planned_round_is_no_funding(text, lexicon):
    assert found(text, lexicon, EventType.FUNDING) == []


def test_a_round_told_beside_a_planned_one_is_kept(lexicon):
    text = ("La biotech Orvania a levé 3 millions d'euros auprès du fonds Rhône Santé ; une série B est "
            "envisagée pour 2028.")
    [(_, amount, participants)] = found(text, lexicon, EventType.FUNDING)
    assert amount == 3_000_000 and ("Orvania", "recipient") in participants


def test_an_aid_operated_by_an_agency_names_the_agency_funder(lexicon):
    text = "La PME Thermivolt bénéficie d'une aide de 2 millions d'euros opérée par l'Ademe."
    [(_, _, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Thermivolt", "recipient"), ("Ademe", "funder")}


# Funding: the members of a network invest beside the lead ("aux côtés de plusieurs membres du réseau Y")

def test_members_of_a_network_beside_the_lead(lexicon):
    text = ("La start-up Velora a levé 2 millions d'euros auprès du fonds Alpes Capital, aux côtés de plusieurs "
            "investisseurs du réseau Savoie Angels.")
    [(_, _, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Velora", "recipient"), ("Alpes Capital", "funder"), ("Savoie Angels", "funder")}


def test_members_of_a_network_in_the_sentence_after_the_round(lexicon):
    text = ("La jeune pousse Orbalis a bouclé une levée de 900 000 euros. Le tour a été mené par le fonds Loire "
            "Amorçage, aux côtés de quelques membres du réseau Anjou Angels.")
    [(_, _, participants)] = found(text, lexicon, EventType.FUNDING)
    assert {("Loire Amorçage", "funder"), ("Anjou Angels", "funder")} <= participants


# Opening: a line or a plant "mise en route", "mise en production"

@pytest.mark.parametrize("verb", ["a mis en route", "a mis en production"])
def test_a_site_put_into_operation_is_an_opening(verb, lexicon):
    text = f"Le fabricant Corvane {verb} mardi sa nouvelle usine de moteurs, à Vierzon."
    [(_, _, participants)] = found(text, lexicon, EventType.OPENING)
    assert ("Corvane", "organisation") in participants


# Funding: a day set between commas after the verb dates the grant ("a débloqué, mardi, une enveloppe de")

def test_a_day_between_commas_dates_the_grant(lexicon):
    text = "La Région Bretagne a débloqué, lundi, une enveloppe de 350 000 euros en faveur de la start-up Kerlys."
    [(day, _, participants)] = found(text, lexicon, EventType.FUNDING)
    assert day == "2026-03-09"
    assert participants == {("Région Bretagne", "funder"), ("Kerlys", "recipient")}


def test_an_apposed_cost_still_takes_the_article_date(lexicon):
    text = "Le groupe Solvane a inauguré lundi son usine de Kénitra, un investissement de 120 MDH."
    [(day, _, _)] = found(text, lexicon, EventType.FUNDING)
    assert day == "2026-03-11"


# Opening: "y" takes up the park the sentence before was about

def test_there_is_the_park_of_the_sentence_before(lexicon):
    text = "Le Technopark de Tanger accueille un nouveau venu. La société Kentra y a ouvert lundi ses bureaux."
    [(_, _, participants)] = found(text, lexicon, EventType.OPENING)
    assert participants == {("Kentra", "organisation"), ("Technopark de Tanger", "host")}


def test_there_is_no_host_when_the_sentence_before_was_about_a_town(lexicon):
    text = "La ville de Kénitra attire les industriels. La société Kentra y a ouvert lundi une usine."
    [(_, _, participants)] = found(text, lexicon, EventType.OPENING)
    assert participants == {("Kentra", "organisation")}


# Opening: a site opened years before the article is background

@pytest.mark.parametrize("text", [
    "Ouvert en 2019, le Technopark de Tanger héberge aujourd'hui 160 entreprises.",
    "La société Kentra, qui a inauguré son usine de Kénitra en 2021, emploie 300 personnes.",
])
def test_a_site_opened_years_ago_is_no_opening(text, lexicon):
    assert found(text, lexicon, EventType.OPENING) == []


def test_a_site_opened_this_year_is_an_opening(lexicon):
    [(day, _, _)] = found("Le groupe Solvane a ouvert en février une usine au Technopark de Tanger.",
                          lexicon, EventType.OPENING)
    assert day == "2026-02"


# Funding: "s'est vu octroyer par X" (the subject receives, X gives)

@pytest.mark.parametrize("text", [
    "La PME Thermivolt s'est vu octroyer par Bpifrance un prêt de 500 000 euros.",
    "La PME Thermivolt s'est vu accorder un prêt de 500 000 euros par Bpifrance.",
])
def test_seen_granted_makes_the_subject_recipient(text, lexicon):
    [(_, _, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Thermivolt", "recipient"), ("Bpifrance", "funder")}


# Funding: "ce dernier" / "celui-ci" is the organisation named last; who subscribes to a capital increase funds it

@pytest.mark.parametrize("latter", ["Ce dernier", "Celui-ci"])
def test_the_latter_subscribes_to_the_capital_increase_of_the_one_before(latter, lexicon):
    text = (f"La start-up Kelvo a ouvert son capital au fonds Alpes Capital. {latter} a souscrit à une augmentation "
            "de capital de 2 millions d'euros.")
    [(_, _, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Alpes Capital", "funder"), ("Kelvo", "recipient")}


# A one-word name the NER may type as a place is a firm when a relative clause says it settled or raised

def test_a_firm_told_in_a_relative_clause_is_the_one_spoken_of(lexicon):
    text = ("Dermalis, qui s'est implantée mardi dans 300 m2 de bureaux à la pépinière Lyon Sud, prépare son essai "
            "clinique. Le réseau Initiative Rhône lui a accordé un prêt d'honneur de 50 000 euros.")
    [(_, amount, participants)] = found(text, lexicon, EventType.FUNDING)
    assert amount == 50_000
    assert ("Dermalis", "recipient") in participants


# Funding: "La convention de prêt a été signée mardi" dates the loan the sentence before told

@pytest.mark.parametrize("noun", ["La convention de financement", "Le contrat de prêt"])
def test_a_signed_loan_agreement_dates_the_loan_told_before(noun, lexicon):
    text = (f"La Banque Atlantique a accordé un prêt de 2 milliards de francs CFA à la société Ivoire Agro. "
            f"{noun} a été signé mardi à Lomé.")
    [(day, _, _)] = found(text, lexicon, EventType.FUNDING)
    assert day == "2026-03-10"


# Opening: production sites in the plural ("ses laboratoires", "des ateliers")

@pytest.mark.parametrize("site", ["des laboratoires", "ses nouveaux ateliers"])
def test_plural_production_sites_open(site, lexicon):
    text = f"La société Corvane a ouvert lundi {site} au Technopark de Tanger."
    [(_, _, participants)] = found(text, lexicon, EventType.OPENING)
    assert participants == {("Corvane", "organisation"), ("Technopark de Tanger", "host")}
