"""Forms the reader missed until round 2, session 33: calls for applications told by their deadline
in other words than « appel à projets » or « candidatures ouvertes » (« Dernier délai pour
candidater au programme X de Y », « X invite les start-up à candidater … avant le 31 mai », « X attend
jusqu'au 30 avril les dossiers des créateurs »), and the body that « reçoit » a call's files read as
the host of a gathering instead of the call's launcher. Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import dated_roles_in


def test_a_last_day_to_apply_to_a_programme_of_an_organisation(event_lexicon):
    text = "12 septembre - Dernier délai pour candidater au programme Elan d'Expertise France, destiné aux chercheurs."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 8, 20)) == [
        ("2029-09-12", {("Expertise France", "organisation")})]


def test_an_organisation_inviting_to_apply_before_a_day(event_lexicon):
    text = "À Monastir, Novation City invite les jeunes pousses de la santé à candidater à son programme d'incubation avant le 15 octobre."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 9, 1)) == [
        ("2029-10-15", {("Novation City", "organisation")})]


def test_an_organisation_awaiting_files_until_a_day(event_lexicon):
    text = "Lyon : le Réseau Entreprendre Rhône attend jusqu'au 20 juin les dossiers des créateurs en quête d'un prêt d'honneur."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 5, 3)) == [
        ("2029-06-20", {("Réseau Entreprendre Rhône", "organisation")})]


def test_who_receives_a_calls_files_launched_it(event_lexicon):
    text = "L'accélérateur Wilco reçoit jusqu'au 9 mars les candidatures pour sa promotion d'automne."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 2, 1)) == [
        ("2029-03-09", {("Wilco", "organisation")})]


def test_a_venue_that_receives_a_gathering_is_still_its_host(event_lexicon):
    text = "Le Palais des congrès d'Agadir accueillera le 12 mai le Forum de l'halieutique."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 3, 1)) == [
        ("2029-05-12", {("Palais des congrès d'Agadir", "host")})]


def test_applying_with_no_deadline_is_no_agenda(event_lexicon):
    text = "Les start-up de la région peuvent candidater au programme d'accélération du Technopark de Tanger."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 3, 1)) == []


def test_funders_after_a_seed_round(event_lexicon):
    text = "Lyon. Cardiosens, start-up accompagnée par le pôle Lyonbiopôle, a levé lundi 4 M€ en amorçage auprès de Rhône Angels et de Crédit Agricole Création."
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 1, 30)) == [
        ("2029-01-29", {("Cardiosens", "recipient"), ("Rhône Angels", "funder"), ("Crédit Agricole Création", "funder")})]


def test_a_numeral_after_a_datelines_dash_is_no_name(event_lexicon):
    text = "Rabat - Deux jeunes pousses, Sahla Health et Bladi Solar, ont obtenu le 11 janvier le label « Innov Invest »."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 1, 15)) == [
        ("2029-01-11", {("Sahla Health", "labelled")}), ("2029-01-11", {("Bladi Solar", "labelled")})]
