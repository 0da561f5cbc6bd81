"""Appointments told with a date inside the verb, roles held since a recent date, and events whose
actor is named by a noun or a pronoun: invented sentences (round 2, session 11)."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in

PUBLISHED = date(2031, 3, 11)  # a Tuesday


@pytest.fixture
def lexicon(event_lexicon):
    return event_lexicon


def found(text: str, lexicon, event_type: EventType) -> list[tuple[set[tuple[str, str]], str | None]]:
    """(participants as (surface, role), date) of the events of one type in an invented article."""
    return [({(p.mention.surface, p.role.value) for p in e.participants}, e.date)
            for e in events_in(text, lexicon, event_type, PUBLISHED)]


@pytest.mark.parametrize("between", ["le 2 mars", "officiellement", "lundi dernier"])
def test_taking_up_office_with_words_between_the_verb_and_its_object(lexicon, between):
    text = f"Salma Berrada a pris {between} ses fonctions de directrice générale du Cluster Solaire Atlas."
    ((people, _),) = found(text, lexicon, EventType.APPOINTMENT)
    assert people == {("Salma Berrada", "appointee"), ("Cluster Solaire Atlas", "organisation")}


def test_taking_up_office_is_dated_by_the_date_inside_the_verb(lexicon):
    text = "Salma Berrada a pris le 2 mars ses fonctions de directrice générale du Cluster Solaire Atlas."
    assert [d for _, d in found(text, lexicon, EventType.APPOINTMENT)] == ["2031-03-02"]


def test_a_role_held_since_a_recent_day_is_the_news_of_its_start(lexicon):
    text = "Carnet. Leila Mansouri est directrice générale par intérim du Réseau Atlas Numérique depuis lundi."
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Leila Mansouri", "appointee"), ("Réseau Atlas Numérique", "organisation")}, "2031-03-10")]


def test_a_body_chaired_since_a_recent_month_names_its_new_chair(lexicon):
    text = ("Le Cluster Oléicole de Sfax a obtenu mardi la certification ISO 9001. Le cluster, présidé depuis "
            "janvier par Anis Trabelsi, ancien directeur d'une huilerie, fédère quarante entreprises.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Anis Trabelsi", "appointee"), ("Cluster Oléicole de Sfax", "organisation")}, "2031-01")]


@pytest.mark.parametrize("since", ["depuis 2019", "depuis mars 2028", "depuis sa création"])
def test_a_role_held_for_years_is_background(lexicon, since):
    text = f"Leila Mansouri est directrice générale du Réseau Atlas Numérique {since}."
    assert found(text, lexicon, EventType.APPOINTMENT) == []


@pytest.mark.parametrize("dateline", ["", "Rabat - "])
def test_a_counted_kind_announcing_the_list_of_holders_labels_each_one(lexicon, dateline):
    text = (f"{dateline}Trois incubateurs marocains, Startup Maroc, Nexus Lab et Atlas Garage, ont reçu le "
            "12 février le label « Incubateur agréé ».")
    assert sorted(found(text, lexicon, EventType.LABEL), key=str) == sorted(
        [({(name, "labelled")}, "2031-02-12") for name in ("Startup Maroc", "Nexus Lab", "Atlas Garage")], key=str)


def test_a_counted_kind_announcing_the_list_of_signatories(lexicon):
    text = "Deux pôles bretons, Valorial et Images & Réseaux, ont signé lundi une convention de coopération."
    assert found(text, lexicon, EventType.PARTNERSHIP) == [
        ({("Valorial", "partner"), ("Images & Réseaux", "partner")}, "2031-03-10")]


@pytest.mark.parametrize("noun", ["la société", "la start-up"])
def test_a_noun_taken_up_stands_for_the_one_it_introduced_not_for_the_host(lexicon, noun):
    text = (f"L'Agropole de Berkane accueille depuis jeudi la nouvelle conserverie de {noun} Dattéa, inaugurée "
            f"en présence du wali. {noun.capitalize()}, labellisée « Made in Morocco » le mois dernier, exporte "
            "vers dix pays.")
    assert found(text, lexicon, EventType.LABEL) == [({("Dattéa", "labelled")}, "2031-02")]


def test_a_noun_not_introduced_before_still_stands_for_the_articles_subject(lexicon):
    text = ("La société Dattéa a ouvert mardi un atelier au Technopôle de Fès. "
            "La société, certifiée ISO 22000 en janvier, emploie quarante personnes.")
    assert found(text, lexicon, EventType.LABEL) == [({("Dattéa", "labelled")}, "2031-01")]


def test_the_one_whose_successor_is_awaited_is_the_predecessor(lexicon):
    text = ("Nommée le 2 mars, Inès Garnier devient directrice générale par intérim du pôle Mecanov, en attendant "
            "le recrutement d'un successeur à Paul Verdier, parti chez un industriel.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Inès Garnier", "appointee"), ("Mecanov", "organisation"), ("Paul Verdier", "predecessor")}, "2031-03-02")]


def test_a_successor_to_be_named_dates_the_departure_told_after_the_name(lexicon):
    text = ("Le conseil du Cluster Agrotech Souss devra désigner un successeur à Driss Amrani, qui a quitté le "
            "mois dernier la direction du cluster.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Cluster Agrotech Souss", "organisation"), ("Driss Amrani", "predecessor")}, "2031-02")]


@pytest.mark.parametrize("opening", ["🤝 Et hier, nous", "Hier, nous", "Nous"])
def test_we_in_a_post_an_organisation_writes_about_itself_is_that_organisation(lexicon, opening):
    text = ("🎉 Le Cluster Solaire de l'Oriental a reçu le 2 mars le label « Green Hub » !\n\n"
            f"{opening} avons signé une convention avec l'Université Ibn Zohr pour former 200 techniciens. #solaire")
    ((partners, _),) = found(text, lexicon, EventType.PARTNERSHIP)
    assert partners == {("Cluster Solaire de l'Oriental", "partner"), ("Université Ibn Zohr", "partner")}


def test_a_replacement_since_a_recent_day_names_the_predecessor_and_dates_the_change(lexicon):
    text = "Sarah Lévy remplace depuis lundi Jean Martin à la présidence de Systematic Paris-Region."
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Sarah Lévy", "appointee"), ("Jean Martin", "predecessor"), ("Systematic Paris-Region", "organisation")},
         "2031-03-10")]


def test_a_general_assembly_held_at_a_named_park_names_it_host(lexicon):
    text = "Le Cluster Eau Maroc tiendra son assemblée générale le 20 mai au Technopark de Rabat."
    assert found(text, lexicon, EventType.AGENDA) == [
        ({("Cluster Eau Maroc", "organisation"), ("Technopark de Rabat", "host")}, "2031-05-20")]


def test_who_leads_a_delegation_to_a_fair_organises_the_mission(lexicon):
    text = "Business France emmènera en octobre une délégation d'entreprises françaises au salon Gitex Africa."
    assert found(text, lexicon, EventType.AGENDA) == [({("Business France", "organisation")}, "2031-10")]


@pytest.mark.parametrize("verb", ["ont officialisé", "ont formalisé"])
def test_two_organisations_making_their_collaboration_official(lexicon, verb):
    text = f"Tanger Med Zones et Renault Maroc {verb} mardi leur collaboration en matière de formation."
    assert found(text, lexicon, EventType.PARTNERSHIP) == [
        ({("Tanger Med Zones", "partner"), ("Renault Maroc", "partner")}, "2031-03-11")]


def test_a_park_run_since_a_recent_day_names_its_new_head(lexicon):
    text = "Tarik Benjelloun dirige depuis le 2 mars le Technopark de Tanger."
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Tarik Benjelloun", "appointee"), ("Technopark de Tanger", "organisation")}, "2031-03-02")]


def test_installed_or_relieved_with_a_day_between_verb_and_office(lexicon):
    installed = "Karim Ouali a été installé samedi dans ses fonctions de directeur général d'Algeria Venture."
    relieved = "Lyes Merabet a été relevé dimanche de ses fonctions de directeur général d'Algeria Venture."
    assert found(installed, lexicon, EventType.APPOINTMENT) == [
        ({("Karim Ouali", "appointee"), ("Algeria Venture", "organisation")}, "2031-03-08")]
    assert found(relieved, lexicon, EventType.APPOINTMENT) == [
        ({("Lyes Merabet", "predecessor"), ("Algeria Venture", "organisation")}, "2031-03-09")]


def test_a_gathering_named_like_an_organisation_does_not_organise_itself(lexicon):
    text = ("L'Agence marocaine de développement des investissements organise du 10 au 12 juin la 3e édition de "
            "l'Africa Investment Forum.")
    assert found(text, lexicon, EventType.AGENDA) == [
        ({("Agence marocaine de développement des investissements", "organisation")}, "2031-06-10/2031-06-12")]


def test_who_will_take_charge_from_a_date_is_appointed_from_it(lexicon):
    text = "À compter du 1er avril, Nora Benali assurera la direction de l'Agence de développement du digital."
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Nora Benali", "appointee"), ("Agence de développement du digital", "organisation")}, "2031-04-01")]


def test_a_board_electing_a_chair_named_like_a_holiday_is_dated_by_its_meeting(lexicon):
    text = "Le conseil d'administration du Pôle Céramis, réuni lundi, a porté Claire Noël à sa présidence."
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Claire Noël", "appointee"), ("Pôle Céramis", "organisation")}, "2031-03-10")]


def test_an_election_told_after_the_dated_meeting_takes_its_day(lexicon):
    text = ("Le Cluster Menara Tech a renouvelé ses instances jeudi. Salma Idrissi, fondatrice de l'éditeur "
            "Datalia, a été élue à la présidence. Elle succède à Hassan Bennis.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Salma Idrissi", "appointee"), ("Cluster Menara Tech", "organisation"), ("Hassan Bennis", "predecessor")},
         "2031-03-06")]


def test_a_meeting_in_another_paragraph_does_not_date_an_election(lexicon):
    text = ("Le Cluster Menara Tech a tenu son assemblée générale jeudi.\n\n"
            "Par ailleurs, Salma Idrissi a été élue à la présidence du Réseau Atlas Numérique.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Salma Idrissi", "appointee"), ("Réseau Atlas Numérique", "organisation")}, "2031-03-11")]


@pytest.mark.parametrize("then", ["Elles se tiendront les 21 et 22 mai à Marrakech.",
                                  "L'événement aura lieu les 21 et 22 mai à Marrakech."])
def test_a_gathering_announced_then_dated_in_the_next_sentence(lexicon, then):
    text = f"Le Cluster Menara Tech prépare la troisième édition de ses Rencontres du numérique. {then}"
    assert found(text, lexicon, EventType.AGENDA) == [({("Cluster Menara Tech", "organisation")}, "2031-05-21/2031-05-22")]


def test_a_gathering_without_dates_and_an_unrelated_next_sentence_is_no_event(lexicon):
    text = ("Le Cluster Menara Tech prépare la troisième édition de ses Rencontres du numérique. "
            "Il compte 80 adhérents depuis 2029.")
    assert found(text, lexicon, EventType.AGENDA) == []


def test_propelled_to_the_head_with_a_day_between(lexicon):
    text = "Sana Ghorbel a été propulsée lundi à la direction générale du Technopole de Sfax."
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Sana Ghorbel", "appointee"), ("Technopole de Sfax", "organisation")}, "2031-03-10")]


def test_resigning_from_an_office_is_a_departure(lexicon):
    text = "Rachid Amrani a démissionné lundi de la direction du Cluster Solaire."
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Rachid Amrani", "predecessor"), ("Cluster Solaire", "organisation")}, "2031-03-10")]


def test_resigning_without_an_office_is_no_event(lexicon):
    text = "Rachid Amrani, qui a démissionné en 2024, conseille désormais des start-up."
    assert found(text, lexicon, EventType.APPOINTMENT) == []


def test_an_agreement_ratified_with_a_partner(lexicon):
    text = "Lundi, le Cluster Solaire a ratifié avec Engie Maroc un accord de coopération technique."
    assert found(text, lexicon, EventType.PARTNERSHIP) == [
        ({("Cluster Solaire", "partner"), ("Engie Maroc", "partner")}, "2031-03-10")]


@pytest.mark.parametrize("dateline", ["", "Alger, 11 mars 2031 (APS) - "])
def test_a_site_opened_in_the_passive_names_its_owner_and_the_park_after_a_day(lexicon, dateline):
    text = (f"{dateline}Un nouvel incubateur de l'Agence nationale de promotion et de développement des parcs "
            "technologiques (ANPT) a été inauguré lundi au Cyberparc de Sidi Abdellah.")
    assert found(text, lexicon, EventType.OPENING) == [
        ({("Agence nationale de promotion et de développement des parcs technologiques", "organisation"),
          ("Cyberparc de Sidi Abdellah", "host")}, "2031-03-10")]


def test_a_gathering_organised_at_a_cyberpark_names_it_host(lexicon):
    text = "L'ANPT organisera du 12 au 14 mai, au Cyberparc de Sidi Abdellah, le salon Algeria Startup Expo."
    assert found(text, lexicon, EventType.AGENDA) == [({("ANPT", "organisation"), ("Cyberparc de Sidi Abdellah", "host")},
                                                       "2031-05-12/2031-05-14")]


def test_the_investor_leading_the_round_in_the_next_sentence(lexicon):
    text = ("La fintech béninoise Zemi Pay a finalisé une levée de 1,5 million de dollars. "
            "Launch Africa mène l'opération.")
    assert found(text, lexicon, EventType.FUNDING) == [
        ({("Zemi Pay", "recipient"), ("Launch Africa", "funder")}, "2031-03-11")]


@pytest.mark.parametrize("text", [
    "La Société d'investissement énergétique a pris jeudi une participation de 150 millions de dirhams dans Green Atlas.",
    "Bpifrance accorde un prêt d'amorçage de 300 000 euros à Datalia.",
])
def test_who_receives_a_stake_or_a_loan_is_a_company_whatever_its_name_looks_like(lexicon, text):
    ((participants, _),) = found(text, lexicon, EventType.FUNDING)
    assert {role for _, role in participants} == {"funder", "recipient"}
    assert any(name in {"Green Atlas", "Datalia"} for name, role in participants if role == "recipient")


CARNET = ("CARNET\n\nMinalogic. Clara Vidal a été élue le 2 mars à la présidence du pôle. La fondatrice de l'éditeur "
          "Datalis succède à Paul Morin, qui reste administrateur.\n\nTechnopole Brest-Iroise. Sa directrice, "
          "Anne Kervella, a quitté ses fonctions le 28 février ; le recrutement de son successeur est en cours.")


def test_a_round_up_item_is_about_the_organisation_heading_its_paragraph(lexicon):
    assert sorted(found(CARNET, lexicon, EventType.APPOINTMENT), key=lambda e: e[1]) == [
        ({("Technopole Brest-Iroise", "organisation"), ("Anne Kervella", "predecessor")}, "2031-02-28"),
        ({("Clara Vidal", "appointee"), ("Minalogic", "organisation"), ("Paul Morin", "predecessor")}, "2031-03-02"),
    ]


def test_a_rubric_alone_on_its_line_is_no_organisation(lexicon):
    participants = {name for people, _ in found(CARNET, lexicon, EventType.APPOINTMENT) for name, _ in people}
    assert "CARNET" not in participants


def test_a_wire_dateline_with_a_numeric_date_is_neither_the_day_nor_the_subject(lexicon):
    text = ("Agadir, 11/03/2031 (MAP) - La start-up Agrosky, installée à l'Agropole du Souss et qui pilote des drones, "
            "a sécurisé jeudi un financement de 25 millions de dirhams auprès de Tamwilcom.")
    ((participants, day),) = found(text, lexicon, EventType.FUNDING)
    assert (participants, day) == ({("Agrosky", "recipient"), ("Tamwilcom", "funder")}, "2031-03-06")


INTERVIEW = ("Leila Haddad, cofondatrice de Dattéa Tech, ancienne ingénieure chez Thales.\n\n"
             "Vous venez de lever des fonds ?\n"
             "Oui, 2 MDT, apportés par AfricInvest et Flat6Labs ; nous l'avons annoncé le 2 mars.\n\n"
             "Et vos partenaires ?\n"
             "Nous avons signé en février un partenariat avec Tunisie Telecom. Nous aimerions exporter l'an prochain.")


def test_an_interview_without_speakers_names_answers_for_the_interviewees_organisation(lexicon):
    assert found(INTERVIEW, lexicon, EventType.FUNDING) == [
        ({("Dattéa Tech", "recipient"), ("AfricInvest", "funder"), ("Flat6Labs", "funder")}, "2031-03-02")]
    assert found(INTERVIEW, lexicon, EventType.PARTNERSHIP) == [
        ({("Dattéa Tech", "partner"), ("Tunisie Telecom", "partner")}, "2031-02")]


def test_a_demonstrative_subject_continues_the_appointment_just_told(lexicon):
    text = ("Le conseil d'administration du pôle Aerospace Valley a désigné jeudi Gaëlle Morvan à sa présidence. "
            "Cette ingénieure de 54 ans, passée par la direction technique de Lannion Optics, succède à Hervé Le Goff.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Gaëlle Morvan", "appointee"), ("Aerospace Valley", "organisation"), ("Hervé Le Goff", "predecessor")},
         "2031-03-06")]


def test_a_departure_announced_for_a_day_to_come_is_dated_by_it(lexicon):
    text = ("Le Cluster Agrotech Souss annonce le départ de son président, Hicham Ouazzani, qui quittera ses fonctions "
            "le 31 mars au terme de son mandat.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Cluster Agrotech Souss", "organisation"), ("Hicham Ouazzani", "predecessor")}, "2031-03-31")]


def test_a_bulleted_agenda_item_keeps_its_subject(lexicon):
    text = ("Agenda\n\n• Le pôle Vitagora tiendra les 14 et 15 mai, au Palais des congrès de Dijon, la 9e édition de "
            "ses Rencontres, qui avaient réuni 650 participants l'an dernier.")
    # its named venue is its host (evaluation/gold/events/README.md, since round 2 session 16)
    assert found(text, lexicon, EventType.AGENDA) == [
        ({("Vitagora", "organisation"), ("Palais des congrès de Dijon", "host")}, "2031-05-14/2031-05-15")]


def test_a_resignation_taking_effect_on_a_day_to_come(lexicon):
    text = ("Paris, 11 mars 2031 (AFP) - Le délégué général de Cap Digital, Nicolas Verdier, a annoncé lundi sa "
            "démission, effective le 30 juin, a indiqué le pôle.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Nicolas Verdier", "predecessor"), ("Cap Digital", "organisation")}, "2031-06-30")]


def test_the_chair_of_a_bodys_board_is_appointed_to_that_body(lexicon):
    text = ("Aïcha Koné a été portée vendredi à la présidence du conseil d'administration du Technopark de Rabat, "
            "en remplacement de Jean-Marc Yao.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Aïcha Koné", "appointee"), ("Jean-Marc Yao", "predecessor"), ("Technopark de Rabat", "organisation")},
         "2031-03-07")]


def test_a_successor_found_in_the_person_of_fills_the_departure_just_told(lexicon):
    text = ("Après douze ans à la présidence du pôle Derbi, Michel Pons passe la main. Le conseil d'administration, "
            "réuni lundi à Perpignan, lui a trouvé un successeur en la personne de Francis Arnaud, 52 ans.")
    assert found(text, lexicon, EventType.APPOINTMENT) == [
        ({("Francis Arnaud", "appointee"), ("pôle Derbi", "organisation"), ("Michel Pons", "predecessor")}, "2031-03-10")]


def test_a_co_organiser_with_words_before_avec(lexicon):
    text = ("Minalogic organisera les 8 et 9 juin, à Grenoble, la 12e édition de ses Rencontres de l'innovation, "
            "co-organisées cette année avec le CEA-Leti.")
    assert found(text, lexicon, EventType.AGENDA) == [
        ({("Minalogic", "organisation"), ("CEA-Leti", "organisation")}, "2031-06-08/2031-06-09")]


def test_a_label_first_given_years_ago_is_background(lexicon):
    text = ("« C'est une reconnaissance », se félicite le directeur d'Agri Sud-Ouest Innovation, qui avait été "
            "labellisé pour la première fois en 2007.")
    assert found(text, lexicon, EventType.LABEL) == []


def test_the_two_parties_of_the_agreement_just_signed_organise_together(lexicon):
    text = ("Le Centre de recherche en technologies industrielles (CRTI) et l'Université d'Oran ont signé dimanche un "
            "accord-cadre. Aux termes de ce document, les deux parties co-organiseront, le 25 novembre prochain, un "
            "salon régional de la sous-traitance.")
    assert found(text, lexicon, EventType.AGENDA) == [
        ({("Centre de recherche en technologies industrielles", "organisation"), ("Université d'Oran", "organisation")},
         "2031-11-25")]


@pytest.mark.parametrize(("heading", "day"), [("Jeudi 12 juin - ", "2031-06-12"), ("22-24 juin - ", "2031-06-22/2031-06-24")])
def test_an_agenda_line_opening_on_its_dates(lexicon, heading, day):
    text = f"{heading}La French Tech Méditerranée réunit ses start-up à Montpellier pour un afterwork."
    assert found(text, lexicon, EventType.AGENDA) == [({("French Tech Méditerranée", "organisation")}, day)]


def test_an_agenda_item_dated_by_its_heading_line(lexicon):
    text = ("Abidjan, 6-8 avril. Le Réseau Ivoire Tech organise la 5e édition du Salon africain de l'innovation, "
            "à Grand-Bassam.\n\nTunis. Le Forum des technopôles est reporté à une date ultérieure.")
    assert found(text, lexicon, EventType.AGENDA) == [({("Réseau Ivoire Tech", "organisation")}, "2031-04-06/2031-04-08")]


def test_a_label_dated_by_the_next_sentence_retelling_it(lexicon):
    text = ("Le cluster Mecanic Vallée vient de se voir décerner le label Gold de l'ECEI. Attribuée le 9 mars à l'issue "
            "d'un audit de deux jours, cette distinction récompense la qualité de sa gouvernance.")
    assert found(text, lexicon, EventType.LABEL) == [({("Mecanic Vallée", "labelled")}, "2031-03-09")]


def test_a_rapprochement_once_led_years_ago_is_background(lexicon):
    text = "Arrivé en 2027, il avait piloté le rapprochement entre Cap Digital et le pôle Systematic, finalement abandonné."
    assert found(text, lexicon, EventType.PARTNERSHIP) == []
