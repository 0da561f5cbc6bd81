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


def test_a_day_word_after_a_posts_emoji_is_no_signatory(event_lexicon):
    text = "✍️ Hier, le Technopôle de Monastir et la Deutsche Gesellschaft für Internationale Zusammenarbeit ont signé une convention."
    assert dated_roles_in(text, event_lexicon, EventType.PARTNERSHIP, date(2029, 7, 3)) == [
        ("2029-07-02", {("Technopôle de Monastir", "partner"), ("Deutsche Gesellschaft für Internationale Zusammenarbeit", "partner")})]


def test_a_count_of_labelled_projects_is_no_label(event_lexicon):
    text = "Le pôle Aerospace Valley compte 800 adhérents et revendique 420 projets labellisés depuis sa création."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 7, 3)) == []


def test_a_hotel_after_a_gathering_named_after_its_town(event_lexicon):
    text = "Berytech tiendra le 12 octobre le Beirut Fintech Summit au Hilton Beirut Habtoor Grand, avec trente start-up."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 9, 1)) == [
        ("2029-10-12", {("Berytech", "organisation"), ("Hilton Beirut Habtoor Grand", "host")})]


def test_a_test_workshop_is_a_site_not_a_gathering(event_lexicon):
    text = "La jeune pousse ouvrira en juin un bureau et un atelier d'essais au Technopark de Tanger."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 3, 1)) == []


def test_an_opening_studied_by_the_way_is_none(event_lexicon):
    text = "Le pôle BioValley France étudie par ailleurs l'ouverture d'un bureau à Bâle, « sans calendrier arrêté »."
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 3, 1)) == []


def test_a_coined_firm_opening_its_sentence_before_its_description(event_lexicon):
    text = ("ANGERS. Hydrovéga, qui mesure l'humidité des sols par satellite, a été labellisée le 8 septembre par le pôle. "
            "La start-up angevine ouvrira en janvier un laboratoire à Beaucouzé.")
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 9, 10)) == [
        ("2030-01", {("Hydrovéga", "organisation")})]


def test_a_project_carried_by_a_firm_gets_the_label(event_lexicon):
    text = "#Label ✅ Le projet de fonderie numérique porté par Metallica Lab a reçu hier le label du pôle Mont-Blanc Industries."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 5, 20)) == [
        ("2029-05-19", {("Metallica Lab", "labelled")})]


def test_projects_carried_by_two_firms_labelled_by_a_committee(event_lexicon):
    text = "Le 20 mars, le comité du pôle Valorial a labellisé deux projets portés par Oceanik Foods et Breizh Algues."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 3, 25)) == [
        ("2029-03-20", {("Oceanik Foods", "labelled")}), ("2029-03-20", {("Breizh Algues", "labelled")})]


def test_a_funded_project_carried_by_a_firm_keeps_its_recipient(event_lexicon):
    text = "Le Fonds européen de développement régional apporte 900 000 euros au projet de recyclage porté par la société Recycomp."
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 2, 12)) == [
        ("2029-02-12", {("Fonds européen de développement régional", "funder"), ("Recycomp", "recipient")})]


def test_a_label_only_intended_is_none(event_lexicon):
    text = "Le pôle Vitagora, dont elle est membre, envisage de lui attribuer son label l'an prochain."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 9, 15)) == []


def test_a_label_held_for_years_is_none(event_lexicon):
    text = "Sahel Agritech : Nous sommes labellisés Startup Act depuis 2026 et exportons vers le Mali."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 4, 29)) == []


def test_a_pole_named_with_an_ampersand_is_whole(event_lexicon):
    text = "Le même jour, le pôle ALPHA - Route des Lasers & des Hyperfréquences a signé avec l'Université de Bordeaux une convention."
    assert dated_roles_in(text, event_lexicon, EventType.PARTNERSHIP, date(2029, 3, 21)) == [
        ("2029-03-21", {("ALPHA - Route des Lasers & des Hyperfréquences", "partner"), ("Université de Bordeaux", "partner")})]
