"""Phrasings read on invented texts (round 2, session 16): a gathering's named venue is its host
(evaluation/gold/events/README.md, "A gathering's venue is its `host`"), whatever type the NER gives it."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 14)  # a Wednesday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le pôle Vitagora tiendra les 14 et 15 mai, au Palais des congrès de Dijon, ses Rencontres annuelles.",
     {("Vitagora", "organisation"), ("Palais des congrès de Dijon", "host")}),
    (("Organisé par le pôle Inno'Vin, le salon Vinitech Sud se tiendra du 17 au 19 novembre au parc des "
      "expositions de Bordeaux."),
     {("Inno'Vin", "organisation"), ("parc des expositions de Bordeaux", "host")}),
    ("Alger - Le cluster Algeria Digital tiendra le 2 octobre son Demo Day à l'hôtel El Aurassi.",
     {("Algeria Digital", "organisation"), ("hôtel El Aurassi", "host")}),
    (("Le cluster Lumière rassemble ses adhérents le 19 mars au Grand Hôtel-Dieu, à Lyon, pour une journée "
      "consacrée à l'éclairage public."),
     {("Lumière", "organisation"), ("Grand Hôtel-Dieu", "host")}),
    (("L'incubateur CTIC Dakar organisera le 14 février un forum de l'entrepreneuriat féminin au Centre "
      "international de conférences Abdou Diouf."),
     {("CTIC Dakar", "organisation"), ("Centre international de conférences Abdou Diouf", "host")}),
])
def test_a_named_venue_is_the_host_of_a_gathering_held_there(text, expected, event_lexicon):
    assert found(text, event_lexicon, EventType.AGENDA) == [expected]


def test_a_town_alone_is_no_host(event_lexicon):
    text = "Le pôle Vitagora tiendra les 14 et 15 mai, à Dijon, ses Rencontres annuelles."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Vitagora", "organisation")}]


def test_a_venue_named_in_another_clause_is_not_the_host(event_lexicon):
    text = ("Le pôle Vitagora tiendra ses Rencontres le 14 mai à Dijon ; le Palais des congrès de Dijon "
            "rouvre ses portes après travaux.")
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Vitagora", "organisation")}]


def test_an_organisation_after_a_verb_of_taking_place_is_the_host(event_lexicon):
    text = ("Casablanca - Le salon Pollutec Maroc se déroulera du 2 au 5 février à l'Office des foires et "
            "expositions de Casablanca (OFEC).")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Office des foires et expositions de Casablanca", "host")}]


def test_an_agenda_lines_venue_after_au_is_its_host(event_lexicon):
    text = ("AGENDA\n3-5 février. Cosmetic 360, le salon de l'innovation cosmétique organisé par Cosmetic "
            "Valley, au Carrousel du Louvre (Paris).")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Cosmetic Valley", "organisation"), ("Carrousel du Louvre", "host")}]


def test_the_organiser_in_apposition_after_the_announcement_organises(event_lexicon):
    text = ("ALGER - Le Salon international de l'industrie pharmaceutique se tiendra du 4 au 7 février au "
            "Palais des expositions des Pins Maritimes, a annoncé lundi le Groupement des producteurs "
            "pharmaceutiques algériens, organisateur de l'événement.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Groupement des producteurs pharmaceutiques algériens", "organisation"),
         ("Palais des expositions des Pins Maritimes", "host")}]


def test_a_gathering_postponed_to_a_season_has_no_new_day(event_lexicon):
    text = ("Le salon Méditerranée Industrie, prévu les 10 et 11 mars au Parc des expositions de Toulon, "
            "est reporté à l'automne, a annoncé lundi son organisateur.")
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_open_registrations_are_no_opening(event_lexicon):
    text = "Prochain rendez-vous du cluster Digital Tunisie : le 2 février.\nInscriptions ouvertes sur notre site."
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_weekday_after_installed_is_past_in_a_sentence_told_in_the_future(event_lexicon):
    text = ("Le salon sera le premier grand rendez-vous du nouveau directeur général de la Société "
            "algérienne des foires et exportations, Rachid Khelifi, installé mardi dans ses fonctions.")
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert event.date == "2037-01-13"  # the Tuesday before the article's Wednesday


def test_a_column_items_organisation_is_the_pole_its_item_speaks_of(event_lexicon):
    text = ("Cosmetic Valley - Hélène Marchal est nommée directrice générale du pôle de la parfumerie.\n\n"
            "Vitagora - Lucie Garnier a été élue mardi présidente du pôle dijonnais, en remplacement de "
            "Pierre Lenoir.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Hélène Marchal", "appointee"), ("Cosmetic Valley", "organisation")},
        {("Lucie Garnier", "appointee"), ("Vitagora", "organisation"), ("Pierre Lenoir", "predecessor")}]


def test_a_delegation_generale_entrusted_to_someone_is_an_appointment(event_lexicon):
    text = "Toulon - Le Pôle Mer Méditerranée a confié sa délégation générale à Antoine Ferri, à compter du 15 février."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Antoine Ferri", "appointee"), ("Pôle Mer Méditerranée", "organisation")}]


def test_a_venue_is_never_the_article_subject_an_anaphor_falls_back_to(event_lexicon):
    text = ("Le salon Méditerranée Industrie, prévu les 10 et 11 mars au Parc des expositions de Toulon, "
            "est reporté à l'automne.\nLes Rendez-vous de Toulon Var Technologies se tiendront le 12 mars à "
            "La Seyne-sur-Mer. L'association technopolitaine, qui vient d'être labellisée « Accélérateur "
            "territorial » par la Région, y présentera ses programmes.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Toulon Var Technologies", "labelled")}]


def test_the_founder_named_after_a_comma_is_the_predecessor(event_lexicon):
    text = ("La jeune entreprise Altivol a confié sa direction générale à Pierre-Yves Le Goff, qui succède à la "
            "fondatrice, Maëlle Quéré, désormais présidente du conseil de surveillance.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Pierre-Yves Le Goff", "appointee"), ("Altivol", "organisation"), ("Maëlle Quéré", "predecessor")}]


def test_the_kick_off_of_a_plants_production_is_an_opening_and_a_horizon_dates_nothing(event_lexicon):
    text = ("L'équipementier Kirofil Automotive a donné mardi le coup d'envoi de la production de son usine "
            "implantée à Tanger Automotive City, un investissement qui devrait créer 2 400 emplois à l'horizon 2030.")
    [event] = events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Kirofil Automotive", "organisation"), ("Tanger Automotive City", "host")}
    assert event.date != "2030"


def test_a_weekday_right_after_a_past_tense_is_past_whatever_the_sentence_says_of_the_future(event_lexicon):
    text = ("Le pôle Aquimer a signé lundi avec le cluster Nutrisud un accord qui devrait permettre la "
            "création de 40 emplois.")
    [event] = events_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)
    assert event.date == "2037-01-12"


def test_an_agency_dateline_cut_from_its_day_still_opens_the_clause(event_lexicon):
    text = ("Gafsa, 21 janv. (TAP) - Le pôle de compétitivité de Gafsa a reçu une dotation de 4 millions de "
            "dinars du ministère de l'Industrie pour aménager un espace d'incubation.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("pôle de compétitivité de Gafsa", "recipient"), ("ministère de l'Industrie", "funder")}]


def test_each_amount_of_a_list_takes_the_funder_after_it(event_lexicon):
    text = ("La start-up Ostréa Lab a obtenu fin décembre 750 k€ de la Région Nouvelle-Aquitaine et 250 k€ de "
            "Bpifrance sous forme d'avance remboursable.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Ostréa Lab", "recipient"), ("Région Nouvelle-Aquitaine", "funder")},
        {("Ostréa Lab", "recipient"), ("Bpifrance", "funder")}]


def test_a_supply_contract_with_a_cooperative_is_a_partnership(event_lexicon):
    text = "Olea Maroc a conclu un contrat d'approvisionnement pluriannuel avec la coopérative Zitoun Saïss."
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [{("Olea Maroc", "partner"), ("Zitoun Saïss", "partner")}]


def test_a_sum_a_company_obtains_in_the_present_is_a_funding_dated_apart_from_a_relative_clause(event_lexicon):
    text = ("La start-up lyonnaise Biomimetix obtient 350 k€ de la Région Auvergne-Rhône-Alpes pour sa ligne "
            "pilote, qu'elle a inaugurée lundi dans la pépinière Axel'One.")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Biomimetix", "recipient"), ("Région Auvergne-Rhône-Alpes", "funder")}
    assert event.date == PUBLISHED.isoformat()


def test_who_announces_that_a_fair_will_be_held_organises_it_at_its_venue(event_lexicon):
    text = ("Sur un autre plan, la Société algérienne des foires et exportations (SAFEX) a annoncé que la Foire "
            "internationale d'Alger se tiendra du 20 au 25 mai au Palais des expositions des Pins maritimes.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Société algérienne des foires et exportations", "organisation"),
         ("Palais des expositions des Pins maritimes", "host")}]


def test_the_three_signatories_organise_the_gathering_they_announce(event_lexicon):
    text = ("Marseille Innovation, Flat6Labs Tunis et Ouahat Innov ont signé vendredi un accord de coopération. "
            "Les trois signataires organiseront ensemble le premier Sommet des incubateurs, les 19 et 20 mars, au "
            "Palais du Pharo.")
    [agenda] = found(text, event_lexicon, EventType.AGENDA)
    assert {("Flat6Labs Tunis", "organisation"), ("Ouahat Innov", "organisation"), ("Palais du Pharo", "host")} <= agenda


def test_an_institution_named_after_its_country_keeps_it(event_lexicon):
    text = ("Le Centre de promotion des investissements en Côte d'Ivoire (CEPICI) et la Confédération générale des "
            "entreprises de Côte d'Ivoire (CGECI) ont paraphé lundi un accord-cadre.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Centre de promotion des investissements en Côte d'Ivoire", "partner"),
         ("Confédération générale des entreprises de Côte d'Ivoire", "partner")}]


def test_the_beneficiary_after_the_funders_acronym_receives(event_lexicon):
    text = ("SÉTIF - Un financement de 1,2 milliard de dinars a été débloqué dimanche par la Banque de "
            "développement local (BDL) au profit de l'entreprise Setifis Composites.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Banque de développement local", "funder"), ("Setifis Composites", "recipient")}]


def test_us_dollars_are_one_currency_and_the_loan_goes_to_whom_it_favours(event_lexicon):
    text = ("La Banque africaine de développement (BAD) a approuvé le 14 janvier un prêt de 40 millions de dollars "
            "US en faveur de l'Agropole Sud, à Ziguinchor.")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert event.amount.currency == "USD" and event.amount.surface == "40 millions de dollars US"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Banque africaine de développement", "funder"), ("Agropole Sud", "recipient")}


def test_an_estimated_budget_is_no_funding(event_lexicon):
    text = "La plateforme du Technopôle de Borj Cédria, dont le budget est estimé à 8 MDT, comptera vingt laboratoires."
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_an_agenda_lines_day_and_town_in_capitals_are_no_actor(event_lexicon):
    text = ("AGENDA\n4-6 MARS, ABIDJAN - L'Agence Côte d'Ivoire PME organise le Salon de l'agro-industrie au Parc "
            "des expositions d'Abidjan.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Agence Côte d'Ivoire PME", "organisation"), ("Parc des expositions d'Abidjan", "host")}]


@pytest.mark.parametrize("given", ["Lamine Bouzid", "Nassima Cherif", "Kouadio Yao"])
def test_a_common_given_name_keeps_a_person_a_person(given, event_lexicon):
    text = f"{given} a été installé jeudi dans ses fonctions de directeur général de l'Agence nationale des parcs (ANPT)."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {(given, "appointee"), ("Agence nationale des parcs", "organisation")}]


def test_someone_who_will_join_an_organisation_as_director_is_appointed(event_lexicon):
    text = "▪ Khadija Amrani rejoindra le Technopark d'Agadir comme directrice à compter du 1er septembre."
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Khadija Amrani", "appointee"), ("Technopark d'Agadir", "organisation")}
    assert event.date == "2037-09-01"


def test_a_fund_that_announces_having_committed_a_sum_funds(event_lexicon):
    text = ("Le Fonds souverain d'investissements stratégiques (FONSIS) annonce avoir engagé, le 12 janvier, 4,5 "
            "milliards de FCFA dans la Société de gestion de l'Agropole Sud.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Fonds souverain d'investissements stratégiques", "funder"), ("Société de gestion de l'Agropole Sud", "recipient")}]


def test_a_candidacy_for_a_label_is_no_label(event_lexicon):
    text = "Heliosmart a par ailleurs candidaté au label « Greentech innovation », dont les résultats seront connus au printemps."
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_a_cancelled_gathering_is_no_agenda_event(event_lexicon):
    text = ("Annulé - Le petit-déjeuner de l'Adira consacré à l'export, prévu le 16 février à Strasbourg, est annulé "
            "en raison d'un conflit de calendrier.")
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_a_label_given_to_two_holders_the_second_after_an_apposition(event_lexicon):
    text = ("Béni Mellal, 14 janvier 2037 (MAP) - Le label « Green Industry » a été attribué lundi à la société "
            "Argania Cosmetics, locataire de l'Agropole de Béni Mellal, ainsi qu'à la coopérative féminine "
            "Tighanimine, a-t-on appris auprès des organisateurs.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Argania Cosmetics", "labelled")}, {("Tighanimine", "labelled")}]


def test_a_label_awarded_to_a_described_start_up(event_lexicon):
    text = ("Le pôle Mer Bretagne Atlantique a attribué lundi son label « Ocean Tech » à la start-up brestoise "
            "Marinéo, qui développe des bouées autonomes.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Marinéo", "labelled")}]


def test_the_two_organisers_renew_their_convention(event_lexicon):
    text = ("Les Rencontres Méditerranée Industrie, organisées par le pôle Capenergies et la CCI Aix-Marseille-"
            "Provence, auront lieu du 12 au 14 juin. Les deux organisateurs ont renouvelé vendredi leur convention "
            "de coopération.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Capenergies", "partner"), ("CCI Aix-Marseille-Provence", "partner")}]


def test_a_person_right_after_a_wire_agency_and_its_dash_is_named(event_lexicon):
    text = ("Rabat, 16 janv. (MAP) - Omar Benjelloun a été nommé mardi directeur général de Technopolis Rabat-Salé, "
            "en remplacement de Hanane Alaoui.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Omar Benjelloun", "appointee"), ("Technopolis Rabat-Salé", "organisation"), ("Hanane Alaoui", "predecessor")}]


def test_an_organisation_right_after_where_a_fair_is_organised_hosts_it(event_lexicon):
    text = ("Dakar, 22 jan (APS) - La Chambre de commerce, d'industrie et d'agriculture de Dakar (CCIAD) organisera du "
            "4 au 7 mars la Foire internationale de Dakar au Centre international du commerce extérieur du Sénégal (CICES).")
    [agenda] = found(text, event_lexicon, EventType.AGENDA)
    assert ("Centre international du commerce extérieur du Sénégal", "host") in agenda


def test_a_plant_opened_in_a_named_business_park_has_its_place_as_host(event_lexicon):
    text = ("Tunis, 14 janv. 2037 (TAP) - Le groupe français Aerotek Composites ouvrira en décembre une usine de pièces "
            "en matériaux composites dans le parc d'activités économiques d'El Fejja.")
    [event] = events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Aerotek Composites", "organisation"), ("El Fejja", "host")}


def test_a_declined_post_is_no_appointment(event_lexicon):
    text = ("Ancien préfet maritime, Loïc Kervella n'a pas souhaité, contrairement à ce qu'indiquaient plusieurs "
            "médias, prendre la présidence du cluster Maritime Français.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == []


def test_an_estimated_project_is_no_funding(event_lexicon):
    text = ("Le CMT souhaiterait installer à la technopole une plateforme de prototypage, un projet estimé à 4 MDT "
            "qui reste à financer.")
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_someone_installed_in_office_is_a_person_whatever_their_given_name(event_lexicon):
    text = ("Kamilou Zerrouki a été installé jeudi dans ses fonctions de directeur général de l'Agence nationale de "
            "valorisation (ANVREDET), en remplacement de Nabil Saadi.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Kamilou Zerrouki", "appointee"), ("Agence nationale de valorisation", "organisation"),
         ("Nabil Saadi", "predecessor")}]


def test_a_label_lost_is_no_label(event_lexicon):
    text = "Le pôle Aquimer, en revanche, perd son label, faute d'un nombre suffisant de projets collaboratifs."
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_an_exhibitor_at_a_fair_another_organises_is_no_organiser(event_lexicon):
    text = ("La start-up Souss Aquaculture présentera ses résultats au salon Halieutis, que le Département de la pêche "
            "maritime organise du 14 au 18 février au Parc des expositions d'Agadir.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Département de la pêche maritime", "organisation"), ("Parc des expositions d'Agadir", "host")}]


def test_a_project_costed_but_unfunded_is_no_funding(event_lexicon):
    text = "Le projet de port sec de Guercif, chiffré à 800 MDH, attend toujours son financement."
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_a_school_named_as_a_place_after_a_l_hosts_the_hackathon_a_town_does_not(event_lexicon):
    text = ("Du 22 au 24 avril — Le Cluster Robotique Nouvelle-Aquitaine organise un hackathon consacré à la robotique "
            "agricole à l'ENSEIRB-MATMECA, à Talence.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Cluster Robotique Nouvelle-Aquitaine", "organisation"), ("ENSEIRB-MATMECA", "host")}]


def test_the_start_ups_before_their_incubator_in_apposition_are_labelled(event_lexicon):
    text = ("ALGER - Les start-up Dzair Agritech et Sahel Drones, incubées au Cyberparc de Sidi Abdellah, ont été "
            "labellisées jeudi par le comité national.")
    labelled = found(text, event_lexicon, EventType.LABEL)
    assert {("Dzair Agritech", "labelled")} in labelled and {("Sahel Drones", "labelled")} in labelled


def test_a_park_after_a_bare_a_where_days_take_place_hosts_them(event_lexicon):
    text = ("Les Journées de la sous-traitance automobile auront lieu le 15 avril à Tanger Automotive City, a annoncé "
            "l'Association marocaine pour l'industrie et la construction automobile (AMICA), qui les organise.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Association marocaine pour l'industrie et la construction automobile", "organisation"),
         ("Tanger Automotive City", "host")}]


def test_a_company_described_as_set_up_in_a_free_zone_opens_nothing(event_lexicon):
    text = ("Tunis, 15 janv. 2037 (TAP) - L'institution financière Proparco a octroyé le 9 janvier un prêt de 3 millions "
            "d'euros à Tunisie Composites Aéro, sous-traitant aéronautique implanté à la zone franche d'El Mghira.")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_label_given_to_a_list_after_a_colon_is_one_event_per_holder(event_lexicon):
    text = ("BARCELONE, 14 janv. 2037 (AFP) - L'Union pour la Méditerranée (UpM) a décerné mercredi son label à deux "
            "initiatives régionales : le réseau d'incubateurs MedIncub, basé à Tunis, et le cluster maltais Ocean Tech Malta.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("MedIncub", "labelled")}, {("Ocean Tech Malta", "labelled")}]


def test_a_centre_that_will_be_able_to_certify_holds_no_label(event_lexicon):
    text = "Le centre de Borj Cédria, financé par la GIZ, pourra certifier 5 000 modules par an."
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_the_same_label_given_to_another_holder_takes_the_first_ones_day(event_lexicon):
    text = ("Le label « Incubateur d'excellence » a été attribué lundi à l'incubateur Teranga Hub. Le même label a été "
            "accordé à l'incubateur Jokkolabs.")
    events = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert [e.date for e in events] == ["2037-01-12", "2037-01-12"]


def test_a_fair_that_will_not_take_place_is_no_agenda_event(event_lexicon):
    text = "Annulé - Le salon des sous-traitants de l'Est, prévu du 2 au 4 février à Metz, n'aura pas lieu cette année."
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_a_credit_line_opened_is_no_opening(event_lexicon):
    text = "La SIB a ouvert une ligne de financement de 2 milliards de FCFA au profit du cluster Cacao."
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_pole_gathering_its_members_at_a_park_holds_its_meeting_there(event_lexicon):
    text = ("28 janvier - Le pôle Capenergies réunit ses adhérents pour ses Rencontres annuelles au Parc Chanot, à "
            "Marseille.")
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Capenergies", "organisation"), ("Parc Chanot", "host")}]


def test_a_gathering_put_off_to_an_unknown_day_is_no_agenda_event(event_lexicon):
    text = ("Fin mars – Les Journées de la plasturgie d'Oyonnax, d'ordinaire organisées par Plastipolis, sont "
            "reportées à une date inconnue.")
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_a_budget_a_cluster_ran_is_no_funding(event_lexicon):
    text = ("Fondé en 2015, le cluster Maritime Marocain compte 130 membres et a réalisé l'an dernier un budget de "
            "fonctionnement de 6 MDH.")
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_a_projects_cost_beside_the_financing_it_receives_is_no_funding(event_lexicon):
    text = ("Le projet de Sahel Moto Industries, d'un coût de 4 milliards de FCFA, bénéficie d'un financement de 2,2 "
            "milliards de FCFA accordé le 9 janvier par le Fonds souverain d'investissements stratégiques (FONSIS).")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert event.amount.value == 2_200_000_000


def test_a_sum_the_press_reports_unconfirmed_is_no_funding(event_lexicon):
    text = ("L'entreprise Hikari Wiring Maroc n'a pas communiqué le montant de son investissement ; la presse locale "
            "évoque 50 millions de dollars, un chiffre non confirmé.")
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_the_organisation_of_an_opening_within_phrase_is_the_appointments(event_lexicon):
    text = "Au sein du pôle Capenergies, Cécile Rouvier devient directrice de l'innovation ; elle dirigeait l'antenne de Nice."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Cécile Rouvier", "appointee"), ("Capenergies", "organisation")}]


def test_a_count_of_labelled_start_ups_a_park_hosts_is_no_label(event_lexicon):
    text = "Le parc technologique de Sidi Abdellah héberge actuellement 110 start-up labellisées."
    assert found(text, event_lexicon, EventType.LABEL) == []
