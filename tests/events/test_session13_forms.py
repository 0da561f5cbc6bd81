"""Phrasings read on invented texts (round 2, session 13): coined company names the model types as
people or places, lenders described by their noun, rounds told by their owner's name."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in
from tests.nlp_models import shared_analyzer

PUBLISHED = date(2027, 6, 9)  # a Wednesday


@pytest.fixture
def lexicon(event_lexicon):
    return event_lexicon


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return [{(p.mention.surface, p.role.value) for p in e.participants}
            for e in events_in(text, lexicon, kind, PUBLISHED)]


# A word the model's vocabulary never saw is a coined name: no place, no surname

@pytest.mark.parametrize(("word", "coined"), [
    ("Sotipapier", True), ("Genbiotix", True),
    ("Bizerte", False), ("Trabelsi", False), ("Kouadio", False),
])
def test_a_word_the_vocabulary_never_saw_is_coined(word, coined):
    text = f"Selon nos informations, {word} sera présent au salon de Tunis."
    [mention] = [m for m in shared_analyzer().annotate_text(text, PUBLISHED).mentions if m.surface == word]
    assert mention.coined is coined


@pytest.mark.parametrize(("text", "expected"), [
    ("Tunisie Valeurs et Africinvest ont injecté 15 MDT dans le capital de Sotipapier.",
     {("Tunisie Valeurs", "funder"), ("Africinvest", "funder"), ("Sotipapier", "recipient")}),
    ("Le Crédit Agricole accompagne Terravia avec un prêt de 1 M€.",
     {("Crédit Agricole", "funder"), ("Terravia", "recipient")}),
])
def test_a_coined_name_typed_as_a_person_or_a_place_is_a_firm(text, expected, lexicon):
    assert found(text, lexicon, EventType.FUNDING) == [expected]


def test_the_surname_of_a_person_named_in_full_stays_a_person(lexicon):
    """A surname alone, after its full name, is that person: an appointee, not a firm."""
    text = ("Nadia Zerroukia a été nommée lundi directrice générale de la société Medipack. "
            "Zerroukia succède à Karim Tazi.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        {("Nadia Zerroukia", "appointee"), ("Medipack", "organisation"), ("Karim Tazi", "predecessor")}]


# Who lends: a bank or a fund by the noun before its name, by its name, or by its acronym

@pytest.mark.parametrize("text", [
    "La banque ouest-africaine BOAD a signé avec Ivoire Cacao un prêt de 5 milliards de FCFA.",
    "La BOAD a signé avec la société Ivoire Cacao un prêt de 5 milliards de FCFA.",
])
def test_a_bank_described_or_known_by_its_acronym_lends(text, lexicon):
    assert found(text, lexicon, EventType.FUNDING) == [{("BOAD", "funder"), ("Ivoire Cacao", "recipient")}]


def test_cofinancers_of_a_companys_project(lexicon):
    text = "Bpifrance et la Région Sud ont cofinancé, à hauteur de 3 M€, le projet de la société Marinov."
    assert found(text, lexicon, EventType.FUNDING) == [
        {("Bpifrance", "funder"), ("Région Sud", "funder"), ("Marinov", "recipient")}]


# A round told by its owner's name, its investors in a participle

@pytest.mark.parametrize("text", [
    "Portée par le fonds Siparex, la série A de 6 M€ de Lumeo permet de recruter.",
    "La série A de 6 M€ de Lumeo, menée par le fonds Siparex, servira à recruter.",
])
def test_the_round_of_a_company_led_by_a_fund(text, lexicon):
    assert found(text, lexicon, EventType.FUNDING) == [{("Lumeo", "recipient"), ("Siparex", "funder")}]


def test_a_project_carried_by_an_association_is_not_funded_by_it(lexicon):
    text = "Porté par l'association Medinnov, le projet a reçu 2 M€ de la Région Sud."
    assert found(text, lexicon, EventType.FUNDING) == [{("Medinnov", "recipient"), ("Région Sud", "funder")}]


@pytest.mark.parametrize("text", [
    "Avec 2,5 M€ apportés par Sofinnova, Genbiotix prépare ses essais cliniques.",
    "Grâce aux 2,5 M€ apportés par Sofinnova, Genbiotix prépare ses essais cliniques.",
])
def test_the_subject_after_a_fronted_sum_receives_it(text, lexicon):
    assert found(text, lexicon, EventType.FUNDING) == [{("Genbiotix", "recipient"), ("Sofinnova", "funder")}]


def test_a_round_the_company_prepares_is_still_no_event(lexicon):
    assert found("La start-up Genbiotix prépare une série A de 5 M€.", lexicon, EventType.FUNDING) == []


# Openings: a trade noun before the name, a fronted phrase before the site, the host who tells it

def test_a_trade_noun_before_the_name_is_no_part_of_it(lexicon):
    text = "Le câblier Tunicab a mis en service mardi une seconde unité de production à Bizerte."
    assert found(text, lexicon, EventType.OPENING) == [{("Tunicab", "organisation")}]


def test_a_site_subject_after_a_fronted_phrase(lexicon):
    text = ("Après deux ans de travaux, la nouvelle unité de production de la société Cevital a été inaugurée "
            "samedi à Béjaïa.")
    [event] = events_in(text, lexicon, EventType.OPENING, PUBLISHED)
    assert event.date == "2027-06-05"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {("Cevital", "organisation")}


@pytest.mark.parametrize(("text", "expected"), [
    ("La technopole de Sfax a accueilli l'inauguration du nouveau data center de Tunisie Telecom.",
     {("Tunisie Telecom", "organisation"), ("technopole de Sfax", "host")}),
    ("Dakar accueille depuis lundi le premier hub régional de la start-up Wave.", {("Wave", "organisation")}),
])
def test_an_opening_told_by_its_host(text, expected, lexicon):
    assert found(text, lexicon, EventType.OPENING) == [expected]


def test_a_host_of_an_old_seat_tells_no_opening(lexicon):
    assert found("Le technopark accueille le siège de la société Kalys.", lexicon, EventType.OPENING) == []


def test_a_cluster_launched_with_an_adverb_between(lexicon):
    text = "Le pôle Mer Méditerranée a lancé officiellement le 12 mars un nouveau cluster dédié à l'éolien flottant."
    [event] = events_in(text, lexicon, EventType.OPENING, PUBLISHED)
    assert event.date == "2027-03-12"


# Lists of investors: asides between items, a group named first, a round led by one

@pytest.mark.parametrize("text", [
    "La start-up Agrisense a levé 3 MDH auprès d'Azur Innovation Fund, le fonds de la région, et de CIH Bank.",
    "La start-up Agrisense a levé 3 MDH auprès d'Azur Innovation Fund (Maroc) et de CIH Bank.",
    "La start-up Agrisense a levé 3 MDH auprès de ses actionnaires historiques, Azur Innovation Fund et CIH Bank.",
    "La start-up Agrisense a levé 3 MDH auprès d'investisseurs dont Azur Innovation Fund et CIH Bank.",
    "La start-up Agrisense a levé 3 MDH, un tour mené par Azur Innovation Fund avec la participation de CIH Bank.",
    "La start-up Agrisense a bouclé un tour de table de 3 MDH avec Azur Innovation Fund et CIH Bank.",
    "La start-up Agrisense a levé 3 MDH auprès d'Azur Innovation Fund, rejoint par CIH Bank.",
    ("La start-up Agrisense a levé 3 MDH auprès du fonds marocain Azur Innovation Fund et de l'établissement "
     "bancaire CIH Bank."),
    "Agrisense a réuni 3 MDH auprès de deux investisseurs, Azur Innovation Fund et CIH Bank.",
    "Agrisense a levé 3 MDH auprès d'Azur Innovation Fund, qui mène le tour, et de CIH Bank.",
])
def test_every_investor_of_a_list_funds(text, lexicon):
    assert found(text, lexicon, EventType.FUNDING) == [
        {("Agrisense", "recipient"), ("Azur Innovation Fund", "funder"), ("CIH Bank", "funder")}]


def test_a_list_of_investors_ends_before_another_clause(lexicon):
    text = ("La start-up Agrisense a levé 3 MDH auprès d'Azur Innovation Fund, et compte ouvrir un bureau "
            "avec CIH Bank.")
    assert found(text, lexicon, EventType.FUNDING) == [{("Agrisense", "recipient"), ("Azur Innovation Fund", "funder")}]


# Appointments: who is joined is an organisation

def test_who_joins_an_organisation_typed_misc_is_appointed_there(lexicon):
    text = "Moussa Diop, ex-directeur financier d'Orange Sénégal, a rejoint Wave comme directeur général adjoint."
    assert found(text, lexicon, EventType.APPOINTMENT) == [{("Moussa Diop", "appointee"), ("Wave", "organisation")}]


# Labels

def test_a_ministrys_name_does_not_run_over_a_comma_into_the_next_phrase():
    text = "Décerné par le ministère de l'Industrie, le label Cluster performant récompense le cluster Menara."
    names = [m.surface for m in shared_analyzer().annotate_text(text, PUBLISHED).mentions]
    assert "ministère de l'Industrie" in names


def test_a_label_that_rewards_a_cluster(lexicon):
    text = "Décerné par le ministère de l'Industrie, le label Cluster performant récompense le cluster Menara."
    assert found(text, lexicon, EventType.LABEL) == [{("cluster Menara", "labelled")}]


def test_recognised_as_a_pole_de_competitivite_is_a_label(lexicon):
    text = "Le pôle Vitagora a été reconnu pôle de compétitivité pour la période 2037-2040."
    assert found(text, lexicon, EventType.LABEL) == [{("Vitagora", "labelled")}]


def test_a_label_granted_to_two_holders_is_two_label_events(lexicon):
    text = "Le label Startup Act a été octroyé à Kelmatech et à Agrisense."
    assert found(text, lexicon, EventType.LABEL) == [{("Kelmatech", "labelled")}, {("Agrisense", "labelled")}]


def test_an_agreement_signed_on_a_day_by_two_organisations(lexicon):
    text = "L'accord, signé le 3 mai par Tunisie Telecom et Huawei, porte sur la 5G."
    [event] = events_in(text, lexicon, EventType.PARTNERSHIP, PUBLISHED)
    assert event.date == "2027-05-03"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Tunisie Telecom", "partner"), ("Huawei", "partner")}


# Agenda

def test_a_gathering_named_after_an_edition_is_not_its_own_organiser(lexicon):
    text = ("La 5e édition du Forum Afrique Innovation se tiendra du 3 au 5 juin à Abidjan, à l'initiative "
            "de la CGECI.")
    assert found(text, lexicon, EventType.AGENDA) == [{("CGECI", "organisation")}]


def test_every_co_organiser_of_a_list_whatever_its_type(lexicon):
    text = ("Le hackathon Smart City, coorganisé par la Ville de Tunis et Orange Tunisie, est prévu les 3 et "
            "4 février.")
    assert found(text, lexicon, EventType.AGENDA) == [
        {("Ville de Tunis", "organisation"), ("Orange Tunisie", "organisation")}]


def test_a_cluster_gathering_its_members_months_ahead_is_next_ones(lexicon):
    """In a June article, "réunit … le 9 février" is next February's, not last February's."""
    text = "Le pôle Capenergies réunit ses adhérents le 9 février à Aix-en-Provence."
    [event] = events_in(text, lexicon, EventType.AGENDA, PUBLISHED)
    assert event.date == "2028-02-09"


@pytest.mark.parametrize("text", [
    "Agrisense a décroché 3 MDH grâce à Azur Innovation Fund et à CIH Bank.",
    "Agrisense a levé 3 MDH auprès d'un consortium formé d'Azur Innovation Fund et de CIH Bank.",
    "Agrisense a levé 3 MDH auprès d'investisseurs, notamment Azur Innovation Fund et CIH Bank.",
    "Agrisense reçoit 3 MDH d'Azur Innovation Fund et de CIH Bank.",
])
def test_more_ways_to_name_the_investors(text, lexicon):
    assert found(text, lexicon, EventType.FUNDING) == [
        {("Agrisense", "recipient"), ("Azur Innovation Fund", "funder"), ("CIH Bank", "funder")}]


def test_an_investor_after_business_angels(lexicon):
    text = "Agrisense a levé 3 MDH auprès de business angels et du fonds Azur Innovation Fund."
    assert found(text, lexicon, EventType.FUNDING) == [{("Agrisense", "recipient"), ("Azur Innovation Fund", "funder")}]


def test_three_investors_heading_the_sentence(lexicon):
    text = "Azur Innovation Fund, CIH Bank et Maroc Numeric Fund ont investi 3 MDH dans Agrisense."
    assert found(text, lexicon, EventType.FUNDING) == [{("Agrisense", "recipient"), ("Azur Innovation Fund", "funder"),
                                                        ("CIH Bank", "funder"), ("Maroc Numeric Fund", "funder")}]


def test_receiving_a_visit_is_no_funding(lexicon):
    text = "Agrisense reçoit la visite du ministre, dix ans après sa création avec 3 MDH de capital."
    assert found(text, lexicon, EventType.FUNDING) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bouclée en juillet, la levée de 3 MDH d'Agrisense a été menée par Azur Innovation Fund.",
     {("Agrisense", "recipient"), ("Azur Innovation Fund", "funder")}),
    ("La levée de 3 MDH d'Agrisense a été réalisée auprès d'Azur Innovation Fund et de CIH Bank.",
     {("Agrisense", "recipient"), ("Azur Innovation Fund", "funder"), ("CIH Bank", "funder")}),
    ("Un prêt de 3 MDH de la BNA permettra à Agrisense de s'agrandir.",
     {("Agrisense", "recipient"), ("BNA", "funder")}),
])
def test_whose_round_and_whose_loan(text, expected, lexicon):
    """"la levée de N d'X" is X's round; "un prêt de N de la BNA" is the bank's money."""
    assert found(text, lexicon, EventType.FUNDING) == [expected]


def test_installed_at_the_head_of_an_organisation(lexicon):
    text = "Karim Benjelloun a été officiellement installé lundi à la tête du cluster Menara."
    [event] = events_in(text, lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert event.date == "2027-06-07"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Karim Benjelloun", "appointee"), ("cluster Menara", "organisation")}


def test_a_one_word_place_typed_name_beside_an_organisation_signs(lexicon):
    text = "Kedge Business School et Euroméditerranée ont formalisé mercredi un partenariat pour créer une chaire."
    assert found(text, lexicon, EventType.PARTNERSHIP) == [
        {("Kedge Business School", "partner"), ("Euroméditerranée", "partner")}]


def test_two_towns_signing_stay_places(lexicon):
    assert found("Lyon et Marseille ont signé mardi une convention.", lexicon, EventType.PARTNERSHIP) == []


def test_a_label_given_to_us_in_a_post_is_the_posts_organisation(lexicon):
    text = ("Nouvelle étape pour Medinskin ! Nos laboratoires ouvrent aujourd'hui à Montpellier. Et nous avons "
            "appris lundi que Bpifrance nous attribuait le label Deeptech. Merci à toute l'équipe !")
    [event] = events_in(text, lexicon, EventType.LABEL, PUBLISHED)
    assert event.date == "2027-06-07"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {("Medinskin", "labelled")}


def test_a_lower_case_park_defined_by_its_acronym_is_an_organisation(lexicon):
    text = ("Sénégal. Ibrahima Ndiaye, jusqu'ici directeur technique, devient directeur général du Parc des "
            "technologies numériques (PTN) de Diamniadio.")
    mentions = {(m.surface, m.label) for m in shared_analyzer().annotate_text(text, PUBLISHED).mentions}
    assert ("Parc des technologies numériques", "ORG") in mentions
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        {("Ibrahima Ndiaye", "appointee"), ("Parc des technologies numériques", "organisation")}]


def test_the_operator_is_the_company_the_article_speaks_of(lexicon):
    text = ("Orange Sénégal a inauguré samedi un centre de formation à Dakar. L'opérateur a obtenu le label "
            "Qualiopi pour ses formations.")
    assert found(text, lexicon, EventType.LABEL) == [{("Orange Sénégal", "labelled")}]


def test_a_name_typed_misc_that_signs_with_an_organisation(lexicon):
    text = "Filaha Tech a signé hier un contrat-cadre avec le Crédit Agricole du Maroc."
    assert found(text, lexicon, EventType.PARTNERSHIP) == [
        {("Filaha Tech", "partner"), ("Crédit Agricole du Maroc", "partner")}]


def test_a_projects_grant_goes_to_the_member_that_carries_it(lexicon):
    text = ("Le pôle Mer Bretagne Atlantique compte 395 membres. Porté par notre adhérent Seabot Marine avec deux "
            "laboratoires brestois, le projet Ocean Twin s'est vu attribuer par l'Agence nationale de la recherche "
            "une aide de 1,1 M€.")
    assert found(text, lexicon, EventType.FUNDING) == [
        {("Seabot Marine", "recipient"), ("Agence nationale de la recherche", "funder")}]


@pytest.mark.parametrize("text", [
    ("Lille. Installée à EuraTechnologies depuis 2032, la scale-up Datalys a inauguré jeudi un second plateau "
     "de 800 m² sur le même site."),
    "La scale-up Datalys a inauguré jeudi un second plateau de 800 m² à EuraTechnologies.",
])
def test_a_floor_opened_on_the_same_site_is_hosted_there(text, lexicon):
    assert found(text, lexicon, EventType.OPENING) == [{("Datalys", "organisation"), ("EuraTechnologies", "host")}]


def test_a_wire_dateline_before_an_organisations_name_is_split_off():
    text = ("Casablanca - La Société d'investissement énergétique (SIE) a pris jeudi une participation de "
            "150 millions de dirhams dans Green Atlas Hydrogen.")
    mentions = [(m.surface, m.label) for m in shared_analyzer().annotate_text(text, PUBLISHED).mentions]
    assert ("Société d'investissement énergétique", "ORG") in mentions
    assert not any(surface.startswith("Casablanca -") for surface, _ in mentions)


def test_a_dash_inside_a_sentence_splits_nothing():
    text = "Le salon Tunis - La Marsa Expo ouvre ses portes."
    surfaces = [m.surface for m in shared_analyzer().annotate_text(text, PUBLISHED).mentions]
    assert "Marsa Expo" not in surfaces


def test_an_official_inaugurating_a_companys_site_is_not_its_opener(lexicon):
    text = ("La présidente de la Région Sud, accompagnée du directeur de Bpifrance, a inauguré le nouveau site de "
            "la société Kalys.")
    assert found(text, lexicon, EventType.OPENING) == [{("Kalys", "organisation")}]


def test_an_apposition_after_the_subject_names_no_subject(lexicon):
    text = "La société Kalys, accompagnée par l'incubateur Marseille Innovation, a ouvert un bureau à Marseille."
    assert found(text, lexicon, EventType.OPENING) == [{("Kalys", "organisation")}]


def test_a_deal_signed_on_a_weekday_in_a_sentence_about_the_future(lexicon):
    """"signé lundi" is last Monday even when the sentence goes on in the future."""
    text = ("Kelmatech et Datanova collaboreront désormais sur la maintenance prédictive, selon un accord "
            "signé lundi.")
    [event] = events_in(text, lexicon, EventType.PARTNERSHIP, PUBLISHED)
    assert event.date == "2027-06-07"


def test_a_gathering_on_a_weekday_to_come_stays_ahead(lexicon):
    text = "Le cluster Menara organisera lundi une journée portes ouvertes, selon le programme annoncé hier."
    [event] = events_in(text, lexicon, EventType.AGENDA, PUBLISHED)
    assert event.date == "2027-06-14"


@pytest.mark.parametrize("text", [
    "La labellisation de Kelmatech par le Collège Startup Act a été annoncée lundi.",
    "Le Collège Startup Act a accordé son label à Kelmatech.",
    "La certification ISO 9001 obtenue par Kelmatech couvre ses trois sites.",
    "Le label Startup Act a été renouvelé pour Kelmatech.",
])
def test_more_ways_to_say_who_holds_a_label(text, lexicon):
    assert found(text, lexicon, EventType.LABEL) == [{("Kelmatech", "labelled")}]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kelmatech et Datanova signent un MoU pour développer l'IA agricole.",
     {("Kelmatech", "partner"), ("Datanova", "partner")}),
    ("Datanova devient partenaire officiel du cluster Menara.",
     {("Datanova", "partner"), ("cluster Menara", "partner")}),
    ("Une convention lie désormais Kelmatech, Datanova et l'Université Cadi Ayyad.",
     {("Kelmatech", "partner"), ("Datanova", "partner"), ("Université Cadi Ayyad", "partner")}),
])
def test_more_ways_to_tell_a_partnership(text, expected, lexicon):
    assert found(text, lexicon, EventType.PARTNERSHIP) == [expected]


def test_a_memorandum_is_no_organisation():
    text = "Kelmatech et Datanova signent un MoU."
    assert "MoU" not in [m.surface for m in shared_analyzer().annotate_text(text, PUBLISHED).mentions]


@pytest.mark.parametrize(("text", "names"), [
    ("Deux start-up installées au Technopôle de Borj Cédria, Hydrosol et GreenOlive Tech, ont été labellisées.",
     {"Technopôle de Borj Cédria", "Hydrosol"}),
    ("Une convention lie désormais l'Université Cadi Ayyad, Kelmatech et Datanova.",
     {"Université Cadi Ayyad", "Kelmatech", "Datanova"}),
    ("Le Cluster Marocain de Mécatronique, Microélectronique et Technologies a signé.",
     {"Cluster Marocain de Mécatronique, Microélectronique et Technologies"}),
])
def test_coined_names_listed_after_a_name_are_not_its_enumeration(text, names):
    """A name's enumeration of domain words runs over commas; a coined brand after the comma is the
    next name of a list."""
    assert names <= {m.surface for m in shared_analyzer().annotate_text(text, PUBLISHED).mentions}
