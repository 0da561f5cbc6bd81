"""Phrasings read on invented texts (round 2, session 21): the dev sets dev127-dev130 showed them."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 18)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_a_pronoun_after_two_opening_phrases_is_the_last_subject(event_lexicon):
    text = ("La start-up Dhokkar Energy a obtenu le 3 janvier un prêt de 1,9 million de dinars. Deux jours plus tard, "
            "le 5 janvier, elle a signé un accord de distribution avec la Société tunisienne de l'électricité et du gaz.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Dhokkar Energy", "partner"), ("Société tunisienne de l'électricité et du gaz", "partner")}]


def test_a_label_given_to_a_firm_described_in_three_words(event_lexicon):
    text = "Le label French Tech a été attribué le 12 janvier à la jeune pousse oranaise Nabta Agritech."
    assert found(text, event_lexicon, EventType.LABEL) == [{("Nabta Agritech", "labelled")}]


def test_an_aid_cofinanced_by_two_funders_names_both(event_lexicon):
    text = ("La PME Solarys a décroché le 11 janvier une aide de 2,3 millions d'euros cofinancée par la Région "
            "Occitanie et Bpifrance.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Solarys", "recipient"), ("Région Occitanie", "funder"), ("Bpifrance", "funder")}]


def test_two_people_promoted_to_their_respective_roles_are_two_appointments(event_lexicon):
    text = ("Le Technopark de Casablanca a promu le 12 janvier Youssef Amrani et Salma Kettani, respectivement "
            "directeur des opérations et directrice administrative et financière.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Youssef Amrani", "appointee"), ("Technopark de Casablanca", "organisation")},
        {("Salma Kettani", "appointee"), ("Technopark de Casablanca", "organisation")}]


def test_a_label_given_at_the_ceremony_told_before_takes_its_day(event_lexicon):
    text = ("Rafik Zerrouki a été installé jeudi dans ses fonctions de directeur général de l'Agence nationale de "
            "valorisation de la recherche.\n\nLa cérémonie a été l'occasion de remettre le label « Projet innovant » "
            "à la jeune pousse Numidia Robotics.")
    labels = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert [e.date for e in labels] == ["2037-01-15"]


def test_the_signatories_in_the_agreements_relative_clause_are_partners(event_lexicon):
    text = ("L'accord que le Technopôle de Sousse et le Technopôle de Monastir ont signé jeudi, qui permet à leurs "
            "entreprises de partager leurs équipements, montre qu'un autre chemin est possible.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Technopôle de Sousse", "partner"), ("Technopôle de Monastir", "partner")}]


def test_two_members_who_were_given_a_label_each_hold_it(event_lexicon):
    text = ("Le Cluster Agro Souss félicite deux de ses membres, Argania Bio et Les Vergers de Taroudant, qui se sont "
            "vu décerner le 2 janvier le label « Origine et Qualité » par le ministère de l'Agriculture.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Vergers de Taroudant", "labelled")}, {("Argania Bio", "labelled")}]


def test_a_described_subject_and_the_second_signatory_are_partners(event_lexicon):
    text = ("Le pôle de compétitivité S2E2, dédié aux technologies de l'énergie électrique, et l'Université de Tours "
            "ont signé le 14 janvier un accord-cadre de collaboration.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("S2E2", "partner"), ("Université de Tours", "partner")}]


def test_moving_into_a_new_building_in_a_park_is_an_opening(event_lexicon):
    text = "L'entreprise Armor Drones a emménagé lundi dans un bâtiment neuf de 1 800 m² au Technopôle Brest-Iroise."
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Armor Drones", "organisation"), ("Technopôle Brest-Iroise", "host")}]


def test_a_board_that_puts_someone_in_a_post_appoints_them(event_lexicon):
    text = ("Le conseil d'administration du Cluster Mécatronique de Tunisie a ensuite porté Rim Mejri au poste de "
            "secrétaire générale.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Rim Mejri", "appointee"), ("Cluster Mécatronique de Tunisie", "organisation")}]


def test_an_agreement_presented_at_a_gathering_does_not_organise_it(event_lexicon):
    text = ("Le pôle de compétitivité S2E2, dédié aux technologies de l'énergie électrique, et l'Université de Tours "
            "ont signé le 14 janvier un accord-cadre. L'accord sera présenté aux adhérents lors des Rencontres S2E2, "
            "que le pôle organisera le 23 février au Vinci, le centre de congrès de Tours.")
    assert found(text, event_lexicon, EventType.AGENDA) == [{("S2E2", "organisation"), ("Vinci", "host")}]
