"""Forms the reader missed until round 2, session 36: sums in Egyptian or Lebanese pounds and in ouguiyas
(each with its rate to the euro in models/events/rates.yaml); « de prêts à X » between a sum and whom it goes
to; « a encaissé … auprès de Y »; a funder that « a participé à hauteur de … au chantier » of the company told
before, while « dont le coût total atteint … » after it is the whole cost, not a second gift; « Y a soutenu le
projet à hauteur de … » told after its company's inauguration; a second sum given in an absolute participle
(« , la Région X apportant 1,2 M€ »); « la Région de l'Oriental », a regional council (gazetteer); « au hub X »
as a recipient; a « FabLab » opened somewhere, a « filature » whose production starts; a call its launcher « a
ouvert », its deadline told after a semicolon; a post filled « dans la même séance » as the one before. Invented
texts."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from pipeline.events.amounts import AmountFinder, load_rates
from tests.events.reading import MODELS, dated_roles_in, events_in


@pytest.mark.parametrize("text, value, currency", [
    ("25 millions de livres égyptiennes", 25_000_000, "EGP"),
    ("800 millions de livres libanaises", 800_000_000, "LBP"),
    ("40 millions d'ouguiyas", 40_000_000, "MRU"),
])
def test_pounds_and_ouguiyas_are_amounts(text, value, currency):
    found = AmountFinder(MODELS / "events" / "amounts.yaml").find(f"une levée de {text} cette année")
    assert [(a.value, a.currency, a.surface) for a in found] == [(value, currency, text)]


def test_every_currency_read_has_a_rate_to_the_euro():
    currencies = AmountFinder(MODELS / "events" / "amounts.yaml")
    rates = load_rates(MODELS / "events" / "rates.yaml")
    for text in ("1 000 livres égyptiennes", "1 000 livres libanaises", "1 000 ouguiyas"):
        amount = currencies.find(f"un don de {text}.")[0]
        eur = rates.to_eur(amount.value, amount.currency)
        assert eur is not None and 0 < eur < amount.value, (text, eur)


def test_a_fund_invests_egyptian_pounds_in_a_medtech(event_lexicon):
    text = ("Le Caire - Le fonds public Egypt Ventures a investi mardi 25 millions de livres égyptiennes dans la "
            "medtech Nile Diagnostics, installée au parc technologique d'Assiout.")
    events = events_in(text, event_lexicon, EventType.FUNDING, date(2029, 3, 9))
    assert [({(p.mention.surface, p.role.value) for p in e.participants}, e.amount and e.amount.currency)
            for e in events] == [({("Egypt Ventures", "funder"), ("Nile Diagnostics", "recipient")}, "EGP")]


def test_loans_granted_to_a_subcontractor(event_lexicon):
    text = ("SAINT-ÉTIENNE. Le Crédit Agricole Loire Haute-Loire et Bpifrance ont accordé vendredi 1,8 million "
            "d'euros de prêts à Meca Forez, sous-traitant en usinage installé à Andrézieux.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 9, 3)) == [
        ("2029-08-31", {("Crédit Agricole Loire Haute-Loire", "funder"), ("Bpifrance", "funder"),
                        ("Meca Forez", "recipient")})]


def test_a_start_up_cashes_a_round_from_a_fund(event_lexicon):
    text = ("Casablanca - Argania Bio, start-up du Technopark de Casablanca, a encaissé mardi 8 millions de "
            "dirhams auprès d'Azur Innovation Fund.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 1, 10)) == [
        ("2029-01-09", {("Argania Bio", "recipient"), ("Azur Innovation Fund", "funder")})]


def test_a_region_takes_part_in_a_site_whose_whole_cost_follows(event_lexicon):
    text = ("LORIENT. Naval Group a ouvert lundi un centre d'essais de drones sous-marins à Ploemeur. "
            "La Région Bretagne a participé à hauteur de 2,5 M€ au chantier, dont le coût total atteint 11 M€.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 10, 17)) == [
        ("2029-10-17", {("Naval Group", "recipient"), ("Région Bretagne", "funder")})]


def test_a_second_sum_given_in_an_absolute_participle(event_lexicon):
    text = ("AMIENS. Le pôle Industries & Agro-Ressources a inauguré vendredi sa plateforme de bioraffinerie. "
            "Bpifrance a soutenu le projet à hauteur de 2,5 M€, la Région Hauts-de-France apportant 1,2 M€.")
    events = events_in(text, event_lexicon, EventType.FUNDING, date(2029, 6, 4))
    assert [({(p.mention.surface, p.role.value) for p in e.participants}, e.amount and e.amount.value)
            for e in events] == [
        ({("Industries & Agro-Ressources", "recipient"), ("Bpifrance", "funder")}, 2_500_000),
        ({("Industries & Agro-Ressources", "recipient"), ("Région Hauts-de-France", "funder")}, 1_200_000)]


def test_the_regional_council_of_the_oriental_funds_a_centre(event_lexicon):
    text = ("OUJDA. La Technopole d'Oujda a reçu jeudi une enveloppe de 30 MDH de la Région de l'Oriental "
            "pour aménager une deuxième tranche.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 7, 21)) == [
        ("2029-07-19", {("Technopole d'Oujda", "recipient"), ("Région de l'Oriental", "funder")})]


def test_a_grant_to_a_hub(event_lexicon):
    text = ("Dakar - La Délégation générale à l'entrepreneuriat rapide a octroyé lundi 120 millions de FCFA "
            "au hub Jokkolabs pour son programme d'incubation.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 5, 16)) == [
        ("2029-05-14", {("Délégation générale à l'entrepreneuriat rapide", "funder"), ("Jokkolabs", "recipient")})]


def test_an_amount_in_pounds_sterling_is_not_an_egyptian_one():
    # (guard: « livres » alone, or sterling, keeps its old reading)
    found = AmountFinder(MODELS / "events" / "amounts.yaml").find("un contrat de 3 millions de livres sterling")
    assert [(a.value, a.currency) for a in found] == [(3_000_000, "GBP")]


def test_a_fablab_opened_at_a_university(event_lexicon):
    text = "Orange Côte d'Ivoire a inauguré le 3 juillet un FabLab à l'Université Alassane Ouattara de Bouaké."
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 7, 10)) == [
        ("2029-07-03", {("Orange Côte d'Ivoire", "organisation"), ("Université Alassane Ouattara de Bouaké", "host")})]


def test_a_spinning_mill_starts_production_in_an_industrial_platform(event_lexicon):
    text = ("Lomé - Le groupe Kanvo Textiles a lancé lundi la production de sa filature dans la Plateforme "
            "industrielle d'Adétikopé, au nord de la capitale.")
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 10, 31)) == [
        ("2029-10-29", {("Kanvo Textiles", "organisation"), ("Plateforme industrielle d'Adétikopé", "host")})]



def test_a_call_opened_by_a_region_with_its_deadline_after_a_semicolon(event_lexicon):
    text = "La Région Occitanie a ouvert le 2 mars un appel à projets ; les dossiers sont à déposer avant le 15 avril."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 3, 26)) == [
        ("2029-04-15", {("Région Occitanie", "organisation")})]


def test_a_second_post_filled_in_the_same_session_takes_its_day(event_lexicon):
    text = ("TOULOUSE. Les adhérents du pôle Agri Sud-Ouest Innovation, réunis lundi en assemblée générale, ont élu "
            "Bernard Pujol à la présidence. Le conseil a, dans la même séance, nommé Thomas Lacroix directeur général.")
    assert [d for d, _ in dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, date(2029, 11, 14))] == [
        "2029-11-12", "2029-11-12"]
