"""Phrasings read on invented texts (round 2, session 21): the dev sets dev127-dev130 showed them."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 18)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_a_pronoun_after_two_opening_phrases_is_the_last_subject(event_lexicon):
    text = ("La start-up Dhokkar Energy a obtenu le 3 janvier un prêt de 1,9 million de dinars. Deux jours plus tard, "
            "le 5 janvier, elle a signé un accord de distribution avec la Société tunisienne de l'électricité et du gaz.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Dhokkar Energy", "partner"), ("Société tunisienne de l'électricité et du gaz", "partner")}]


def test_a_label_given_to_a_firm_described_in_three_words(event_lexicon):
    text = "Le label French Tech a été attribué le 12 janvier à la jeune pousse oranaise Nabta Agritech."
    assert found(text, event_lexicon, EventType.LABEL) == [{("Nabta Agritech", "labelled")}]


def test_an_aid_cofinanced_by_two_funders_names_both(event_lexicon):
    text = ("La PME Solarys a décroché le 11 janvier une aide de 2,3 millions d'euros cofinancée par la Région "
            "Occitanie et Bpifrance.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Solarys", "recipient"), ("Région Occitanie", "funder"), ("Bpifrance", "funder")}]


def test_two_people_promoted_to_their_respective_roles_are_two_appointments(event_lexicon):
    text = ("Le Technopark de Casablanca a promu le 12 janvier Youssef Amrani et Salma Kettani, respectivement "
            "directeur des opérations et directrice administrative et financière.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Youssef Amrani", "appointee"), ("Technopark de Casablanca", "organisation")},
        {("Salma Kettani", "appointee"), ("Technopark de Casablanca", "organisation")}]


def test_a_label_given_at_the_ceremony_told_before_takes_its_day(event_lexicon):
    text = ("Rafik Zerrouki a été installé jeudi dans ses fonctions de directeur général de l'Agence nationale de "
            "valorisation de la recherche.\n\nLa cérémonie a été l'occasion de remettre le label « Projet innovant » "
            "à la jeune pousse Numidia Robotics.")
    labels = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert [e.date for e in labels] == ["2037-01-15"]


def test_the_signatories_in_the_agreements_relative_clause_are_partners(event_lexicon):
    text = ("L'accord que le Technopôle de Sousse et le Technopôle de Monastir ont signé jeudi, qui permet à leurs "
            "entreprises de partager leurs équipements, montre qu'un autre chemin est possible.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Technopôle de Sousse", "partner"), ("Technopôle de Monastir", "partner")}]


def test_two_members_who_were_given_a_label_each_hold_it(event_lexicon):
    text = ("Le Cluster Agro Souss félicite deux de ses membres, Argania Bio et Les Vergers de Taroudant, qui se sont "
            "vu décerner le 2 janvier le label « Origine et Qualité » par le ministère de l'Agriculture.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Vergers de Taroudant", "labelled")}, {("Argania Bio", "labelled")}]


def test_a_described_subject_and_the_second_signatory_are_partners(event_lexicon):
    text = ("Le pôle de compétitivité S2E2, dédié aux technologies de l'énergie électrique, et l'Université de Tours "
            "ont signé le 14 janvier un accord-cadre de collaboration.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("S2E2", "partner"), ("Université de Tours", "partner")}]


def test_moving_into_a_new_building_in_a_park_is_an_opening(event_lexicon):
    text = "L'entreprise Armor Drones a emménagé lundi dans un bâtiment neuf de 1 800 m² au Technopôle Brest-Iroise."
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Armor Drones", "organisation"), ("Technopôle Brest-Iroise", "host")}]


def test_a_board_that_puts_someone_in_a_post_appoints_them(event_lexicon):
    text = ("Le conseil d'administration du Cluster Mécatronique de Tunisie a ensuite porté Rim Mejri au poste de "
            "secrétaire générale.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Rim Mejri", "appointee"), ("Cluster Mécatronique de Tunisie", "organisation")}]


def test_an_agreement_presented_at_a_gathering_does_not_organise_it(event_lexicon):
    text = ("Le pôle de compétitivité S2E2, dédié aux technologies de l'énergie électrique, et l'Université de Tours "
            "ont signé le 14 janvier un accord-cadre. L'accord sera présenté aux adhérents lors des Rencontres S2E2, "
            "que le pôle organisera le 23 février au Vinci, le centre de congrès de Tours.")
    assert found(text, event_lexicon, EventType.AGENDA) == [{("S2E2", "organisation"), ("Vinci", "host")}]


def test_a_round_closed_on_a_day_told_after_it_takes_that_day(event_lexicon):
    text = ("La jeune entreprise Semencia a levé 750 k€ auprès du fonds régional Ouest Amorçage. L'opération a été "
            "bouclée le 5 janvier, précise son dirigeant, Olivier Chauvin.")
    funding = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert [e.date for e in funding] == ["2037-01-05"]


def test_an_agreement_announced_at_the_ceremony_takes_its_day(event_lexicon):
    text = ("Deux adhérents du pôle Polyvia ont vu leur démarche récompensée le 16 janvier : Moulages Rhodaniens a "
            "obtenu le label « Vitrine Industrie du Futur ». Polyvia a profité de la cérémonie pour annoncer une "
            "coopération avec le Centre technique industriel de la plasturgie et des composites.")
    deals = events_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)
    assert [e.date for e in deals] == ["2037-01-16"]


def test_a_sum_a_cluster_touched_from_a_funder_is_funding(event_lexicon):
    text = "Le pôle Matikem a touché 220 000 € de la Métropole européenne de Lille pour son programme."
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Matikem", "recipient"), ("Métropole européenne de Lille", "funder")}]


def test_a_grand_palais_named_after_its_town_hosts_a_fair(event_lexicon):
    text = ("Le salon Nord Industrie se déroulera les 4 et 5 décembre à Lille Grand Palais, sous l'égide de la Chambre "
            "de commerce et d'industrie Grand Lille.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Chambre de commerce et d'industrie Grand Lille", "organisation"), ("Lille Grand Palais", "host")}]


def test_a_new_space_inaugurated_is_an_opening(event_lexicon):
    text = "La société Kalima a inauguré le 12 janvier un espace dédié aux start-up de la cybersécurité."
    assert found(text, event_lexicon, EventType.OPENING) == [{("Kalima", "organisation")}]


def test_a_column_item_names_a_person_with_a_maghrebi_given_name(event_lexicon):
    text = ("LA SEMAINE ÉCO\nOran - Djamel Khelifi a été désigné directeur du Technoparc d'Oran ; il prendra son "
            "poste à compter du 1er février.")
    appointments = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [{(p.mention.surface, p.role.value) for p in e.participants} for e in appointments] == [
        {("Djamel Khelifi", "appointee"), ("Technoparc d'Oran", "organisation")}]
    assert [e.date for e in appointments] == ["2037-02-01"]


def test_a_loan_granted_to_an_aggregator_names_it_recipient(event_lexicon):
    text = ("Le Crédit Agricole du Maroc a accordé le 12 janvier un financement de 45 millions de dirhams à "
            "l'agrégateur Souss Primeurs pour une station de conditionnement.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Crédit Agricole du Maroc", "funder"), ("Souss Primeurs", "recipient")}]


def test_a_cluster_glad_of_a_label_given_to_its_member_is_not_labelled(event_lexicon):
    text = ("Le Pôle Risques se félicite également de la labellisation « Solution innovante » attribuée le 12 janvier "
            "à son adhérent Hydrosentinelle pour son système d'alerte de crue.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Hydrosentinelle", "labelled")}]


def test_an_ambition_to_open_is_no_opening(event_lexicon):
    text = ("La start-up Hydreos lève 2 M€. Son président, Olivier Henrion, ne cache pas l'ambition d'ouvrir à terme "
            "une antenne sur la rive sud de la Méditerranée.")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_an_opening_that_was_only_mentioned_is_no_opening(event_lexicon):
    text = ("L'ouverture d'un second incubateur, à l'École nationale polytechnique de Constantine, a été évoquée mais "
            "pas encore décidée.")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_fair_moved_from_the_day_it_was_due_takes_its_new_days(event_lexicon):
    text = ("Reportée : la Semaine de l'industrie tunisienne, qui devait ouvrir le 10 mars, se tiendra du 24 au 27 "
            "mars au Parc des expositions du Kram.")
    agenda = events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert [e.date for e in agenda] == ["2037-03-24/2037-03-27"]


def test_a_label_applied_for_or_aimed_at_is_no_label(event_lexicon):
    text = ("La société Sunu Solar a inauguré son usine. L'entreprise a par ailleurs déposé une demande de label "
            "Origine Sénégal, dont l'issue est attendue au premier trimestre. Son PDG ajoute que l'entreprise vise la "
            "certification EN 9100 d'ici fin 2038.")
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_an_agreement_being_prepared_is_no_partnership(event_lexicon):
    text = ("Polymeris prépare enfin une convention avec la Plastics Valley, dont la signature pourrait intervenir à "
            "l'automne.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == []


def test_a_denied_round_is_no_funding(event_lexicon):
    text = "La jeune pousse Biomimetix, incubée chez Cap Omega, dément avoir levé 900 000 euros."
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_a_forum_planned_first_on_a_day_then_moved_takes_the_new_day(event_lexicon):
    text = ("Le Forum des technopôles tunisiens, prévu initialement le 20 février à Monastir, est repoussé au 12 mars ; "
            "il est organisé par le Réseau des technopôles de Tunisie.")
    agenda = events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert [e.date for e in agenda] == ["2037-03-12"]


def test_who_opened_a_centre_is_named_after_its_host_and_the_day(event_lexicon):
    text = ("ALGER - Un centre de formation en cybersécurité a été ouvert, mardi, au sein du Cyberparc de Sidi "
            "Abdellah, par l'entreprise publique Algérie Numérique Services.")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Algérie Numérique Services", "organisation"), ("Cyberparc de Sidi Abdellah", "host")}]


def test_an_agreement_for_certifying_goods_gives_no_label(event_lexicon):
    text = ("L'entreprise Textima a signé mardi une convention avec le Centre technique du textile (CETTEX) pour la "
            "certification de ses tissus destinés aux hôpitaux.")
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_a_cluster_that_now_aims_at_a_label_has_none(event_lexicon):
    text = "Le cluster Logistique Tanger Med vise désormais le label Gold, « à l'horizon de trois ou quatre ans »."
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_a_firm_inviting_readers_into_its_workshops_opens_nothing(event_lexicon):
    text = ("Nous venons de livrer notre 100e robot ! Pour fêter ça, nous vous ouvrons nos portes le 20 février dans "
            "nos ateliers de Vitrolles.\n\nAtelier Soudure Mistral")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_members_asking_for_an_office_open_nothing(event_lexicon):
    text = ("Le cluster Textile Marocain tient son assemblée. Plusieurs adhérents réclament l'ouverture d'un bureau à "
            "Tanger ; le sujet n'a pas été tranché.")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_unit_whose_opening_is_not_dated_yet_opens_nothing(event_lexicon):
    text = ("La société Akwaba Solar a obtenu 500 millions de FCFA. Ce concours servira à construire une unité "
            "d'assemblage dans la zone industrielle de PK 24, dont l'ouverture n'est pas encore datée.")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_launch_evening_not_yet_scheduled_is_no_agenda(event_lexicon):
    text = ("L'entreprise Nordsec ouvrira en mars un campus. La soirée de lancement du campus, un temps envisagée en "
            "février, n'a pas encore été programmée.")
    assert found(text, event_lexicon, EventType.AGENDA) == []
