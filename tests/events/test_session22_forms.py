"""Names read whole in events (round 2, session 22): the NER stage cut names the model had read
whole, and the events named the piece; invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 3, 15)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_funders_named_in_three_words_are_read_whole(event_lexicon):
    text = ("Ivoire Hub Numérique a levé le 12 mars 500 millions de FCFA auprès de Provence Capital Innovation et "
            "d'Irdi Capital Investissement.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Ivoire Hub Numérique", "recipient"), ("Provence Capital Innovation", "funder"),
         ("Irdi Capital Investissement", "funder")}]


def test_a_cluster_named_after_its_town_appoints(event_lexicon):
    text = "Le Tech Cluster Oran a nommé le 10 mars Karim Saadi directeur général."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Karim Saadi", "appointee"), ("Tech Cluster Oran", "organisation")}]


def test_a_company_named_after_its_region_opens_a_workshop(event_lexicon):
    text = "Protolab Souss a ouvert samedi son atelier de prototypage au Technopark d'Agadir."
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Protolab Souss", "organisation"), ("Technopark d'Agadir", "host")}]


def test_a_subcontractor_after_its_nationality_opens_a_plant(event_lexicon):
    text = "Le sous-traitant japonais Kowa Seimitsu a inauguré lundi sa première usine africaine à Tanger Automotive City."
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Kowa Seimitsu", "organisation"), ("Tanger Automotive City", "host")}]


def test_a_cluster_named_with_a_complement_is_labelled(event_lexicon):
    text = "Label : le cluster Vallée de la Chimie a été reconnu « Grappe d'excellence » le 3 mars."
    assert found(text, event_lexicon, EventType.LABEL) == [{("Vallée de la Chimie", "labelled")}]


def test_two_names_the_model_typed_apart_are_one_funder(event_lexicon):
    text = ("CleanMat a obtenu le 14 mars 2 millions d'euros auprès de Savoie Angels et de Rhône-Alpes Création pour "
            "industrialiser ses bétons bas carbone.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("CleanMat", "recipient"), ("Savoie Angels", "funder"), ("Rhône-Alpes Création", "funder")}]


def test_the_second_holder_after_a_described_first_holds_the_label(event_lexicon):
    text = ("Minalogic salue la réussite de deux de ses adhérents : la start-up Orbis Vision, qui conçoit des capteurs "
            "infrarouges, et la PME Lumitex, spécialiste des textiles lumineux, ont obtenu le 12 mars le label "
            "« Deeptech » de Bpifrance.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Orbis Vision", "labelled")}, {("Lumitex", "labelled")}]


def test_a_label_given_to_two_described_firms_after_a_colon(event_lexicon):
    text = ("La fondation Solar Impulse a attribué le 12 mars son label « Efficient Solution » à deux entreprises "
            "membres du pôle Capenergies : la start-up Aquaponia, qui couple élevage de poissons et maraîchage, et la "
            "coopérative Oléa Sud, qui presse des olives.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Aquaponia", "labelled")}, {("Oléa Sud", "labelled")}]


def test_the_park_hosting_a_labelled_firm_holds_no_label(event_lexicon):
    text = ("Le fabricant Tissalux, implanté au technopôle de Monastir, a reçu le 12 mars le label « Origine Tunisie ».")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Tissalux", "labelled")}]


def test_the_ministry_announcing_three_holders_holds_no_label(event_lexicon):
    text = ("Le label « Incubateur » a été attribué le 11 mars à Sétif Innov Hub, à Tlemcen Tech et à Oran Startup "
            "House, a annoncé le ministère de l'Économie de la connaissance.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Sétif Innov Hub", "labelled")}, {("Tlemcen Tech", "labelled")}, {("Oran Startup House", "labelled")}]


def test_a_label_given_during_the_ceremony_told_before_takes_its_day(event_lexicon):
    text = ("Le pôle a réuni ses adhérents le 13 mars à Constantine. Lors de la cérémonie, deux jeunes pousses, "
            "Tadawi Health et Sahara Agritech, se sont vu remettre le label « Startup ».")
    events = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert [(e.date, {p.mention.surface for p in e.participants}) for e in events] == [
        ("2037-03-13", {"Tadawi Health"}), ("2037-03-13", {"Sahara Agritech"})]


def test_a_ceremony_with_its_own_day_keeps_it(event_lexicon):
    text = ("Le pôle a réuni ses adhérents le 13 mars à Constantine. Lors de la cérémonie du 14 mars, la jeune pousse "
            "Tadawi Health a reçu le label « Startup ».")
    assert [e.date for e in events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)] == ["2037-03-14"]


def test_a_partner_described_in_four_words_signs(event_lexicon):
    text = ("MONASTIR (TAP) - Le Technopôle de Monastir-El Fejja et le pôle de compétitivité français Plastipolis ont "
            "signé jeudi un accord de jumelage dans le domaine de la plasturgie.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Technopôle de Monastir-El Fejja", "partner"), ("Plastipolis", "partner")}]


def test_the_park_hosting_a_signatory_signs_nothing(event_lexicon):
    text = ("Sousse Composites, installée au technopôle Novation City, a conclu jeudi avec le groupe français "
            "Aerofibre un accord de transfert de technologie.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Sousse Composites", "partner"), ("Aerofibre", "partner")}]
