"""Forms the reader missed until round 2, session 32: a gathering announced for the month under way
(« que le hub organise fin novembre » in a November article) was moved a year on or dropped, and a
rubric's word read as a weekday (« Mer. Le 3 juillet ») moved the gathering to a year where that day
is a Wednesday. Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import dated_roles_in


def test_a_gathering_at_the_end_of_the_month_under_way(event_lexicon):
    text = ("Dakar - La fintech Wari Pay a été labellisée jeudi. Elle présentera sa solution à l'Africa Fintech Days, "
            "que le Côte d'Ivoire Tech Hub organise fin novembre à Abidjan.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 11, 12)) == [
        ("2029-11", {("Côte d'Ivoire Tech Hub", "organisation")})]


def test_a_gathering_held_earlier_in_the_month_is_no_agenda(event_lexicon):
    text = "Le pôle Mer Bretagne a organisé en novembre ses Rencontres de la filière à Brest."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 11, 20)) == []


def test_a_rubric_word_is_no_weekday(event_lexicon):
    text = ("Mer. Le 3 juillet, la CCI Nice Côte d'Azur accueillera le Forum des start-up de la mer, organisé par le "
            "pôle Mer Méditerranée.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 5, 28)) == [
        ("2029-07-03", {("pôle Mer Méditerranée", "organisation"), ("CCI Nice Côte d'Azur", "host")})]


def test_the_name_after_edition_du_is_the_gathering(event_lexicon):
    text = "L'Agence de développement du digital organise du 28 au 30 mai, à Marrakech, une nouvelle édition du Gitex Africa."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 3, 2)) == [
        ("2029-05-28/2029-05-30", {("Agence de développement du digital", "organisation")})]


def test_an_exhibitor_at_a_gathering_organised_by_another(event_lexicon):
    text = ("La start-up Sfax Solar Tech conçoit des onduleurs. "
            "La jeune entreprise présentera ses produits au Tunisia Startup Summit, organisé par Smart Capital les 15 et 16 "
            "décembre au Palais des congrès de Tunis.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 10, 2)) == [
        ("2029-12-15/2029-12-16", {("Smart Capital", "organisation"), ("Palais des congrès de Tunis", "host")})]


def test_a_name_holding_an_organisation_noun_takes_up_no_one(event_lexicon):
    text = "Le pôle Cosmetic Valley signe un accord. Eurobiomed tiendra le 20 juin, à Marseille, son Biotech Day."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 5, 2)) == [
        ("2029-06-20", {("Eurobiomed", "organisation")})]


def test_a_gathering_named_before_its_organiser_is_none(event_lexicon):
    text = ("SEPEM Industries Nord-Ouest, organisé par Infopro Digital, se tiendra du 1er au 3 octobre au Parc des "
            "expositions de Rouen.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 5, 2)) == [
        ("2029-10-01/2029-10-03", {("Infopro Digital", "organisation"), ("Parc des expositions de Rouen", "host")})]


def test_doors_opened_to_us_and_a_dreamt_office_open_nothing(event_lexicon):
    text = ("La fintech Kora Pay a levé 2 M€ lundi. Merci à toutes celles et ceux qui nous ont ouvert leurs portes à "
            "Dakar. Un jour, peut-être, nous ouvrirons un bureau à Abidjan : ce n'est qu'un rêve.")
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 5, 2)) == []


def test_a_community_of_labelled_start_ups_is_no_label(event_lexicon):
    text = ("Rabat - L'Agence de développement du digital indique que le réseau des start-up labellisées compte "
            "désormais plus de 240 membres.")
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 5, 2)) == []


INTERVIEW = (
    "L'Orient-Le Jour : Votre start-up, Phoenicia Data, vient de boucler un tour de table. Qui vous a suivis ?\n"
    "Rami Khoury, fondateur : « Nous avons levé 2 millions de dollars le 20 mars auprès de Cedar Seed Fund. »\n\n"
    "OLJ : Vous avez aussi signé avec une université ?\n"
    "R. K. : « Oui, jeudi dernier, nous avons signé un accord de recherche avec l'Université américaine de Beyrouth. »")


def test_we_after_a_speaker_and_his_title_is_the_interviewee_firm(event_lexicon):
    assert dated_roles_in(INTERVIEW, event_lexicon, EventType.FUNDING, date(2029, 3, 26)) == [
        ("2029-03-20", {("Phoenicia Data", "recipient"), ("Cedar Seed Fund", "funder")})]


def test_initials_tagging_an_answer_are_no_partner(event_lexicon):
    assert dated_roles_in(INTERVIEW, event_lexicon, EventType.PARTNERSHIP, date(2029, 3, 26)) == [
        ("2029-03-22", {("Phoenicia Data", "partner"), ("Université américaine de Beyrouth", "partner")})]


def test_a_venue_after_a_gathering_named_after_its_organiser(event_lexicon):
    text = "Le pôle Minalogic organise ses Rencontres Minalogic le 11 octobre au World Trade Center Grenoble."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 9, 20)) == [
        ("2029-10-11", {("Minalogic", "organisation"), ("World Trade Center Grenoble", "host")})]


def test_a_hall_named_on_by_its_town_after_a_bare_a(event_lexicon):
    text = "Du 16 au 18 octobre, RX France organise le salon Pollutec à Eurexpo Lyon, avec 2 000 exposants attendus."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 9, 20)) == [
        ("2029-10-16/2029-10-18", {("RX France", "organisation"), ("Eurexpo Lyon", "host")})]


def test_a_budget_shown_and_a_country_not_left_give_no_event(event_lexicon):
    text = ("Le Cluster Agro-industriel de Meknès regroupe 75 entreprises et affiche un budget de 3 millions de dirhams. "
            "Sa directrice générale, Maya Saad, assure que le cluster ne compte pas quitter le Maroc.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 9, 20)) == []
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, date(2029, 9, 20)) == []


def test_a_park_opened_by_its_operator_is_the_operators_opening(event_lexicon):
    text = ("Agadir - La Moroccan Information Technopark Company (MITC) a ouvert lundi le Technopark d'Agadir, le "
            "cinquième de son réseau.")
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 5, 2)) == [
        ("2029-04-30", {("Moroccan Information Technopark Company", "organisation")})]


def test_a_park_a_minister_inaugurates_still_opens_itself(event_lexicon):
    text = "Le ministre de l'Industrie a inauguré lundi le Technopark de Salé Nord."
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 5, 2)) == [
        ("2029-04-30", {("Technopark de Salé Nord", "organisation")})]


def test_a_departure_denied_in_the_negative_is_none(event_lexicon):
    text = ("Contrairement à ce qu'avançait une lettre confidentielle, Jacques Monnier ne quittera pas la présidence de "
            "Lyonbiopôle, a démenti le pôle.")
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, date(2029, 5, 2)) == []


def test_a_performance_certified_is_no_label(event_lexicon):
    text = ("Kaay Cloud a ouvert mercredi son centre de données. L'infrastructure, certifiée pour un haut niveau de "
            "disponibilité, proposera des services aux banques.")
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 9, 14)) == []
