"""Venues and dates of gatherings read by shape (round 2, session 24): a venue whose name starts
before its head noun, a gathering told by its organiser in the first person, a town between the
verb and the venue, a gathering moved to a day the dates stage read in the past; invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 3, 15)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_a_venue_opened_by_grand_is_the_host(event_lexicon):
    text = "Le pôle Aquavia tiendra ses Rencontres de l'eau du 4 au 6 juin au Grand Palais de Rennes."
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Aquavia", "organisation"), ("Grand Palais de Rennes", "host")}]


def test_a_hotel_named_before_its_head_is_the_host(event_lexicon):
    text = "Les Journées de la noix de cajou se tiendront les 8 et 9 mai au Radisson Dakar Hôtel Teranga."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Radisson Dakar Hôtel Teranga", "host")}]


def test_a_gathering_told_in_the_first_person_is_the_articles_organisations(event_lexicon):
    text = ("Le cluster Solaris Sud fête ses dix ans. Pour l'occasion, nous organisons une soirée le 12 avril au "
            "Technocampus Orvault : pitchs et démonstrations.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Solaris Sud", "organisation"), ("Technocampus Orvault", "host")}]


def test_a_town_between_the_verb_and_the_venue(event_lexicon):
    text = "Retrouvez-nous le 18 mai à Nantes, à la Maison Atlantica, pour les Rencontres Néopolis de la mer."
    hosts = [{p for p in event if p[1] == "host"} for event in found(text, event_lexicon, EventType.AGENDA)]
    assert hosts == [{("Maison Atlantica", "host")}]


def test_a_fair_ground_named_expo_is_the_host(event_lexicon):
    text = "Le cluster Agrinove tiendra sa journée technique le 21 mai à l'Oise Expo."
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Agrinove", "organisation"), ("Oise Expo", "host")}]


def test_a_gathering_moved_to_a_day_is_dated_ahead(event_lexicon):
    text = "Le forum des sous-traitants a été reporté au 18 novembre et se tiendra au Palais du Pharo."
    assert [e.date for e in events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)] == ["2037-11-18"]


def test_a_gathering_moved_to_an_unknown_day_is_no_event(event_lexicon):
    text = ("La soirée des Trophées de la CCI Ardenne, que l'on annonçait pour fin mars, est repoussée à une date "
            "non communiquée.")
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_a_one_word_name_after_a_bare_a_where_a_gathering_is_held_is_its_venue(event_lexicon):
    text = "Le pôle Aquimer tiendra ses journées de la filière le 9 octobre à Nausicaá, à Boulogne-sur-Mer."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Aquimer", "organisation"), ("Nausicaá", "host")}]


def test_a_venue_named_by_a_common_noun_is_the_host(event_lexicon):
    text = "Le Demo Day de l'incubateur Teranga Lab se tiendra le 30 avril au Musée des arts premiers."
    hosts = [{p for p in event if p[1] == "host"} for event in found(text, event_lexicon, EventType.AGENDA)]
    assert hosts == [{("Musée des arts premiers", "host")}]


def test_a_described_venue_after_a_la_is_the_host(event_lexicon):
    text = "Le pôle Viaméca organisera les 2 et 3 octobre, à la Cité du textile, ses Rencontres de la mécanique."
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Viaméca", "organisation"), ("Cité du textile", "host")}]


def test_signatories_listed_before_ainsi_que_all_sign(event_lexicon):
    text = ("Les pôles de compétitivité Hydréos et Fibres-Énergivie, ainsi que l'Institut Carnot MICA, ont signé "
            "vendredi un accord de coopération sur les matériaux biosourcés.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Hydréos", "partner"), ("Fibres-Énergivie", "partner"), ("Institut Carnot MICA", "partner")}]


def test_signatories_after_ou_sign(event_lexicon):
    text = ("L'annonce a été faite jeudi à Monastir, où le Technopôle de Monastir et la société Sartex ont signé une "
            "convention de formation.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Technopôle de Monastir", "partner"), ("Sartex", "partner")}]


def test_a_town_opening_the_sentence_signs_nothing(event_lexicon):
    text = "À Bizerte, le pôle Bizerte Agro et l'école d'ingénieurs Enib ont paraphé mercredi un accord de recherche."
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [{("Bizerte Agro", "partner"), ("Enib", "partner")}]


def test_two_signatories_the_first_described_with_a_place(event_lexicon):
    text = ("Le Cluster Atlasia, qui fédère les artisans du cuir de la région Fès-Meknès, et le Cluster Cuir Tunisie ont "
            "scellé le 12 mars un partenariat d'échanges.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Cluster Atlasia", "partner"), ("Cluster Cuir Tunisie", "partner")}]


def test_an_agreement_concluded_in_the_imperfect(event_lexicon):
    text = "Le même jour, le pôle Oléa Sud concluait avec l'Office national de l'huile un accord d'échanges d'experts."
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Oléa Sud", "partner"), ("Office national de l'huile", "partner")}]


def test_a_station_and_a_clean_room_are_sites(event_lexicon):
    text = "La PME Gironde Hydrogène a mis en service vendredi sa première station de production, sur la technopole Agrinov."
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Gironde Hydrogène", "organisation"), ("Agrinov", "host")}]


def test_a_firm_the_ner_typed_as_a_place_opens_its_site(event_lexicon):
    text = ("Normandie Biogaz a inauguré lundi une unité de méthanisation au Technopôle du Madrillet, à "
            "Saint-Étienne-du-Rouvray.")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Normandie Biogaz", "organisation"), ("Technopôle du Madrillet", "host")}]


def test_a_town_opening_the_sentence_opens_nothing(event_lexicon):
    text = "À Borj Cédria, plusieurs laboratoires privés ont réduit leurs horaires d'ouverture."
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_holder_the_ner_typed_as_a_place_holds_the_label(event_lexicon):
    text = ("Le Comité national de labellisation a attribué, lors de sa session du 2 mars, le label « Start-up » à "
            "Tassili Data, une jeune entreprise incubée au technoparc de Sétif.")
    holders = found(text, event_lexicon, EventType.LABEL)
    assert {("Tassili Data", "labelled")} in holders


def test_a_known_country_never_holds_a_label(event_lexicon):
    text = "Le label « Destination durable » a été attribué le 2 mars à la Côte d'Ivoire par l'organisation."
    assert all(("Côte d'Ivoire", "labelled") not in event for event in found(text, event_lexicon, EventType.LABEL))


def test_a_recipient_the_ner_typed_as_a_person_is_funded(event_lexicon):
    text = "La fintech Medina Pay a levé mardi 2 millions de dinars auprès du fonds Carthage Capital."
    events = found(text, event_lexicon, EventType.FUNDING)
    assert events and ("Medina Pay", "recipient") in events[0]


def test_a_person_named_with_an_honorific_signs_nothing(event_lexicon):
    text = ("Le directeur, Mehdi Ben Slimane, a présenté le projet. Selon M. Ben Slimane, un accord a été conclu "
            "mardi avec l'Université de Sousse.")
    assert all(("M. Ben Slimane", "partner") not in event for event in found(text, event_lexicon, EventType.PARTNERSHIP))


def test_who_ensures_the_organisation_organises_with_its_partner(event_lexicon):
    text = ("Le Forum des incubateurs du Sahel se tiendra du 4 au 6 mai à l'Université Abdou Moumouni, a indiqué mardi le "
            "réseau Sahel Innov, qui en assure l'organisation avec l'incubateur CIPMEN.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Sahel Innov", "organisation"), ("CIPMEN", "organisation"), ("Université Abdou Moumouni", "host")}]
