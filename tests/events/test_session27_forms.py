"""Forms the reader missed until round 2, session 27: a label given « le 30 septembre » before its
name (more words between the verb and « à »), « a conventionné avec », a one-word name the model typed
MISC that obtains a label or organises a gathering, and a name right after a gathering noun in lower
case, which is the gathering and not its organiser. Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import roles_in

PUBLISHED = date(2029, 10, 2)


def test_a_label_given_on_a_stated_day_before_its_name_reaches_its_holder(event_lexicon):
    text = "Le ministère a attribué le 30 septembre le label « Startup » à Oliveo Tech."
    assert roles_in(text, event_lexicon, EventType.LABEL, PUBLISHED) == [{("Oliveo Tech", "labelled")}]


def test_conventionner_avec_is_an_agreement(event_lexicon):
    text = ("Le Technopark d'Agadir ouvrira le 1er mars un troisième plateau de bureaux. Le technopark a par "
            "ailleurs conventionné lundi avec l'Office de la formation professionnelle et de la promotion du travail.")
    assert roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED) == [
        {("Technopark d'Agadir", "partner"), ("Office de la formation professionnelle et de la promotion du travail", "partner")}]


def test_a_one_word_name_typed_misc_that_obtains_a_label_is_its_holder(event_lexicon):
    text = "Medtrace a obtenu mardi le label « Innov Idea »."
    assert roles_in(text, event_lexicon, EventType.LABEL, PUBLISHED) == [{("Medtrace", "labelled")}]


def test_a_name_typed_misc_that_organises_is_the_organiser(event_lexicon):
    text = "Medtrace organisera le 30 octobre le Forum Energie au Palais du Pharo."
    assert ("Medtrace", "organisation") in roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)[0]


def test_the_name_after_a_lower_case_gathering_noun_is_the_gathering(event_lexicon):
    text = ("Casablanca - Le salon Pollutec Maroc se déroulera du 2 au 5 février à l'Office des foires et "
            "expositions de Casablanca (OFEC).")
    found = roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert found and all(("Pollutec Maroc", "organisation") not in roles for roles in found)


def test_a_capitalised_gathering_noun_keeps_the_organiser_it_names(event_lexicon):
    text = "Les lauréats du concours seront présentés aux Journées Valorial, le 2 avril à Rennes."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [{("Valorial", "organisation")}]


def test_a_trade_noun_with_what_it_makes_names_a_firm(event_lexicon):
    # the firm, typed a place by the model, is then « l'entreprise » of the next sentence
    text = ("Le transformateur de cacao Cacao Plus a ouvert vendredi une unité pilote dans la zone industrielle "
            "de Yamoussoukro. À cette occasion, l'entreprise a noué une alliance avec l'Institut national "
            "polytechnique Félix Houphouët-Boigny.")
    assert roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED) == [
        {("Cacao Plus", "partner"), ("Institut national polytechnique Félix Houphouët-Boigny", "partner")}]


def test_le_port_stands_for_the_port_named_before(event_lexicon):
    text = ("Le Port autonome de San-Pédro organisera du 11 au 13 juin un salon de l'économie portuaire. "
            "À cette occasion, le port et la Chambre de commerce et d'industrie de Côte d'Ivoire ont signé "
            "une convention de partenariat.")
    assert {("Port autonome de San-Pédro", "partner"), ("Chambre de commerce et d'industrie de Côte d'Ivoire", "partner")} \
        in roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)


def test_open_days_are_a_gathering(event_lexicon):
    text = "Pour faire découvrir sa ligne pilote, la société Volterre organisera des portes ouvertes samedi 18 octobre."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [{("Volterre", "organisation")}]
