"""Gatherings' own names (round 2, session 26): a name that opens its clause alone or after a
gathering's noun, with « se tiendra », « aura lieu » right after it, is the gathering, never its
organiser; a name after « du », « de la » (« Les Rencontres du Pôle X se tiendront ») still is.
Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import roles_in

PUBLISHED = date(2037, 3, 15)  # a Sunday


def organisers(text: str, lexicon) -> list[set[str]]:
    return [{name for name, role in event if role == "organisation"}
            for event in roles_in(text, lexicon, EventType.AGENDA, PUBLISHED)]


def test_a_gathering_named_alone_before_se_tiendra_organises_nothing(event_lexicon):
    text = "Robotika se tiendra du 13 au 16 juin à Paris Expo Porte de Versailles."
    assert all("Robotika" not in names for names in organisers(text, event_lexicon))


def test_a_gathering_named_after_its_noun_organises_nothing(event_lexicon):
    text = "La convention d'affaires Medinnov se tiendra les 5 et 6 décembre au Palais des congrès de Lille."
    assert organisers(text, event_lexicon) == [set()]


def test_the_article_organisation_is_not_the_gathering_it_names(event_lexicon):
    text = ("Le pôle Eurobiomed prépare la rentrée.\n"
            "Le salon Pharmatek se tiendra les 5 et 6 octobre au Palais des congrès de Nice.")
    assert organisers(text, event_lexicon) == [{"Eurobiomed"}]


def test_a_name_after_du_before_se_tiendront_still_organises(event_lexicon):
    text = "Les Rencontres du Pôle Nucléaire Bourgogne se tiendront le 17 juin au Palais des congrès de Dijon."
    assert organisers(text, event_lexicon) == [{"Pôle Nucléaire Bourgogne"}]


def test_the_general_assembly_of_a_cluster_is_the_cluster_s(event_lexicon):
    text = "L'assemblée générale du cluster Mecaloire se tiendra le 5 juin au Palais des congrès de Nantes."
    assert organisers(text, event_lexicon) == [{"Mecaloire"}]


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_a_firm_described_at_length_before_its_name_receives_the_round(event_lexicon):
    text = ("Casablanca - La start-up de livraison du dernier kilomètre Tawsil Express a bouclé lundi un tour de table "
            "de 30 millions de dirhams auprès d'Outlierz Ventures.")
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Tawsil Express", "recipient"), ("Outlierz Ventures", "funder")}]


def test_a_person_after_a_firm_founded_by_them_stays_a_person(event_lexicon):
    text = "La start-up fondée par Karim Bennani a levé 2 M€ auprès de Bpifrance."
    assert all(("Karim Bennani", "recipient") not in event for event in found(text, event_lexicon, EventType.FUNDING))


def test_the_site_a_round_paid_for_opens_as_its_recipient_s(event_lexicon):
    text = ("Alger - Le Fonds national d'investissement a accordé mardi un financement de 1,5 milliard de dinars "
            "à la société pharmaceutique Numidia Pharma pour la construction d'une usine. "
            "L'usine ouvrira en mars 2038 dans la zone industrielle d'El Eulma.")
    (opening,) = found(text, event_lexicon, EventType.OPENING)
    assert ("Numidia Pharma", "organisation") in opening
    assert ("Fonds national d'investissement", "organisation") not in opening
