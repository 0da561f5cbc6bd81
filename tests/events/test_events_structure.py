"""Event participants read from the sentence's structure (third events round), on invented text."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.events import EventType, find_events, load_lexicon
from tests.nlp_models import shared_analyzer

MODELS = Path(__file__).resolve().parents[2] / "models"
PUBLISHED = date(2026, 3, 11)   # a Wednesday


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(MODELS)


def events_of(text: str, lexicon, kind: EventType):
    found = find_events(shared_analyzer().annotate_text(text, PUBLISHED), lexicon)
    return [e for e in found if e.type is kind]


def partners(event) -> set[str]:
    return {p.mention.surface for p in event.participants}


def test_a_name_in_parentheses_after_its_long_form_is_one_partner(lexicon):
    text = ("Le cluster Agrisud a signé mardi une convention avec la Fédération française des fibres "
            "naturelles (Fibrana).")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert len(event.participants) == 2
    assert "Fédération française des fibres naturelles" in partners(event)


def test_signatories_listed_after_a_colon(lexicon):
    text = ("Trois acteurs de la filière bois ont paraphé lundi un protocole d'accord : le pôle Forestia Grand Est, "
            "l'École nationale du bois d'Épinal et la scierie Vosges Massif.")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Forestia Grand Est", "École nationale du bois d'Épinal", "Vosges Massif"}
    assert event.date == "2026-03-09"


def test_the_partner_between_the_verb_and_the_agreement(lexicon):
    [event] = events_of("La société Lumitex a signé lundi avec le cluster Optique Vallée une convention de recherche.",
                        lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Lumitex", "Optique Vallée"}


def test_passive_signature_between_a_pole_de_competitivite_and_a_university(lexicon):
    [event] = events_of("Une convention a été signée lundi entre le pôle de compétitivité Agrimer Sud et "
                        "l'Université de Nîmes.", lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Agrimer Sud", "Université de Nîmes"}


def test_the_antecedent_of_avec_lequel_is_a_partner(lexicon):
    text = ("Le Technoparc de Valence a inauguré lundi un atelier de prototypage. L'atelier sera géré avec "
            "l'Institut technique de la Drôme, avec lequel le Technoparc de Valence a signé une convention le même jour.")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert partners(event) == {"Technoparc de Valence", "Institut technique de la Drôme"}
    assert event.date == "2026-03-09"


def roles(event) -> set[tuple[str, str]]:
    return {(p.mention.surface, p.role.value) for p in event.participants}


def test_en_a_ete_elu_president_of_the_cluster_told_before(lexicon):
    text = ("Le cluster Céramix Limousin a été lancé lundi à Limoges par une trentaine de PME. "
            "Paul Garrigue, dirigeant de la société Kerafor, en a été élu président.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Paul Garrigue", "appointee"), ("Céramix Limousin", "organisation")}


def test_a_rubric_in_capitals_is_no_actor_and_chez_names_the_organisation(lexicon):
    text = ("CARNET — Changement de gouvernance chez Alpinov Santé : Claire Meunier en devient la présidente "
            "à compter du 1er avril 2026. Elle succède à Marc Poirel.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Claire Meunier", "appointee"), ("Alpinov Santé", "organisation"),
                            ("Marc Poirel", "predecessor")}
    assert event.date == "2026-04-01"


def test_the_departure_of_a_named_director_then_an_interim(lexicon):
    text = ("Le pôle Vegepolys Sud a annoncé le départ de sa directrice, Lucie Barral, qui rejoint le secteur privé. "
            "L'intérim est assuré par Hugo Tessier.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Hugo Tessier", "appointee"), ("Vegepolys Sud", "organisation"),
                            ("Lucie Barral", "predecessor")}


def test_coordinated_funders_and_whose_programme_is_funded(lexicon):
    text = ("L'Agence Normande d'Innovation et la Banque des Territoires apportent 12 millions d'euros au programme "
            "de modernisation du Technopôle du Madrillet.")
    [event] = events_of(text, lexicon, EventType.FUNDING)
    assert roles(event) == {("Agence Normande d'Innovation", "funder"), ("Banque des Territoires", "funder"),
                            ("Technopôle du Madrillet", "recipient")}


def test_investors_whatever_their_type_and_a_one_word_raiser(lexicon):
    # NER types the start-up a place and the fund MISC: the slots say both are organisations
    [event] = events_of("Nephrolis a levé 2 M€ auprès de Sud Transition Fund.", lexicon, EventType.FUNDING)
    assert roles(event) == {("Nephrolis", "recipient"), ("Sud Transition Fund", "funder")}


def test_a_partnership_in_the_margin_of_a_ceremony_is_dated_by_it(lexicon):
    text = ("Le Cluster Solaire du Sahel a inauguré lundi un centre de formation à Thiès. En marge de la cérémonie, "
            "le cluster a conclu un protocole d'accord avec l'Institut polytechnique de Kaolack.")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert event.date == "2026-03-09"


def test_a_mission_led_by_a_cluster_and_received_by_a_technopark_in_the_next_sentence(lexicon):
    text = ("Le Cluster Agroalimentaire d'Armor conduira une mission d'affaires au Sénégal du 9 au 12 mai 2026. "
            "La délégation sera reçue au Technopark de Dakar.")
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Cluster Agroalimentaire d'Armor", "organisation"), ("Technopark de Dakar", "host")}
    assert event.date == "2026-05-09/2026-05-12"


def test_a_network_that_gathers_its_members_for_its_annual_assembly(lexicon):
    text = "Le Réseau des Pépinières Atlantiques réunira ses membres à Nantes le 19 mai 2026 pour son assemblée annuelle."
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Réseau des Pépinières Atlantiques", "organisation")}


def test_la_jeune_entreprise_is_labelled_and_the_funder_after_de(lexicon):
    text = ("Lauréate du concours régional, la start-up nantaise Hydromer recevra une subvention de 300 k€ de Bpifrance. "
            "La jeune entreprise, hébergée par le pôle Mer Atlantique, a aussi décroché le label Deeptech.")
    found = find_events(shared_analyzer().annotate_text(text, PUBLISHED), lexicon)
    assert {(e.type, frozenset(roles(e))) for e in found} == {
        (EventType.FUNDING, frozenset({("Hydromer", "recipient"), ("Bpifrance", "funder")})),
        (EventType.LABEL, frozenset({("Hydromer", "labelled")})),
    }


def test_a_list_of_labelled_clusters_in_the_next_sentence_not_who_unveils_it(lexicon):
    text = ("Le ministère de l'Industrie a dévoilé lundi la liste des clusters retenus pour le label « Cluster "
            "performant ». Parmi les lauréats figurent le Cluster Rif Textiles et Souss Cosmetica, le cluster de la "
            "cosmétique d'Agadir.")
    found = events_of(text, lexicon, EventType.LABEL)
    assert {frozenset(roles(e)) for e in found} == {frozenset({("Cluster Rif Textiles", "labelled")}),
                                                   frozenset({("Souss Cosmetica", "labelled")})}
    assert {e.date for e in found} == {"2026-03-09"}


def test_the_host_named_before_and_taken_up_as_le_technopark(lexicon):
    text = ("Le Technopark de Larache accueille désormais une quarantaine d'entreprises. Par ailleurs, la société "
            "Nordica Services a inauguré hier ses nouveaux bureaux au sein du technopark.")
    [event] = events_of(text, lexicon, EventType.OPENING)
    assert roles(event) == {("Nordica Services", "organisation"), ("Technopark de Larache", "host")}


def test_an_opening_announced_in_a_clause_of_its_own_keeps_the_articles_date(lexicon):
    text = ("Le cluster Numéria Loire et l'association Dakar Tech Hub ont signé lundi une convention de coopération, "
            "tandis que Numéria Loire annonçait l'ouverture d'un bureau de représentation à Dakar.")
    [event] = events_of(text, lexicon, EventType.OPENING)
    assert event.date == "2026-03-11"


def test_a_region_that_finances_the_pole_directly(lexicon):
    [event] = events_of("La Région Bretagne finance le pôle Mer Iroise à hauteur de 850 k€ pour équiper sa plateforme.",
                        lexicon, EventType.FUNDING)
    assert roles(event) == {("Région Bretagne", "funder"), ("Mer Iroise", "recipient")}


def test_a_bank_that_opens_a_credit_line_to_the_cluster_opens_no_site(lexicon):
    text = "Le Crédit Agricole du Sahel ouvre au cluster une ligne de crédit de 2 milliards de FCFA."
    assert events_of(text, lexicon, EventType.OPENING) == []


def test_a_handover_then_the_successor_named_on_a_stated_day(lexicon):
    text = ("Après six années à la présidence du Cluster Textile de Sousse, Karim Gharsalli a passé le relais. "
            "Réuni le 7 mars en assemblée générale élective, le cluster a porté à sa tête Nour Trabelsi, directrice de "
            "l'équipementier Cablex.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Nour Trabelsi", "appointee"), ("Cluster Textile de Sousse", "organisation"),
                            ("Karim Gharsalli", "predecessor")}
    assert event.date == "2026-03-07"


def test_il_remplacera_a_partir_du_names_the_predecessor(lexicon):
    text = ("Le pôle Mobilité Alsace a confié sa direction générale à Thomas Lebrun. Il remplacera à partir du "
            "1er avril 2026 Sandrine Kessler, qui prend sa retraite.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert ("Sandrine Kessler", "predecessor") in roles(event)


def test_the_deadline_of_a_call_for_projects_told_in_the_next_sentence(lexicon):
    text = ("Le Technopark de Safi et la Caisse régionale d'innovation lancent un appel à projets pour les start-up "
            "de la logistique. Les dossiers sont à déposer avant le 15 mai 2026.")
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Technopark de Safi", "organisation"), ("Caisse régionale d'innovation", "organisation")}
    assert event.date == "2026-05-15"


def test_son_usine_de_names_the_park_that_hosts_it(lexicon):
    text = "Le fabricant de câbles Nordkabel a inauguré vendredi son usine de Tanger Tech, un investissement de 120 MDH."
    [event] = events_of(text, lexicon, EventType.OPENING)
    assert roles(event) == {("Nordkabel", "organisation"), ("Tanger Tech", "host")}


def test_a_dateline_does_not_hide_the_subject(lexicon):
    text = ("Casablanca — La jeune pousse Karya Logistics, qui développe une plateforme de gestion d'entrepôts, "
            "annonce une levée de fonds de 18 MDH. L'opération est conduite par Rif Seed Partners, aux côtés du "
            "fonds Amwal Croissance.")
    [event] = events_of(text, lexicon, EventType.FUNDING)
    assert roles(event) == {("Karya Logistics", "recipient"), ("Rif Seed Partners", "funder"),
                            ("Amwal Croissance", "funder")}


def test_a_funder_after_a_duration_without_comma(lexicon):
    [event] = events_of("Le programme sera doté de 300 k€ sur trois ans par l'Institut français du Liban.",
                        lexicon, EventType.FUNDING)
    assert roles(event) == {("Institut français du Liban", "funder")}


def test_a_place_in_apposition_is_not_the_subject_elle_is_the_company(lexicon):
    text = ("Armor Biotech, PME de Lannion spécialisée dans les algues, a reçu une subvention de 600 000 euros de la "
            "Région Bretagne. Elle a également obtenu le label Entreprise innovante des pôles.")
    found = find_events(shared_analyzer().annotate_text(text, PUBLISHED), lexicon)
    assert {(e.type, frozenset(roles(e))) for e in found} == {
        (EventType.FUNDING, frozenset({("Armor Biotech", "recipient"), ("Région Bretagne", "funder")})),
        (EventType.LABEL, frozenset({("Armor Biotech", "labelled")})),
    }


def test_ils_after_a_partnership_are_the_partners(lexicon):
    text = ("Les pôles Agrivia et Aquaterra ont signé mardi une convention de coopération sur l'eau agricole. "
            "Ils organiseront ensemble un colloque à Montpellier le 8 juin 2026.")
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Agrivia", "organisation"), ("Aquaterra", "organisation")}


def test_l_a_relabellise_labels_the_organisation_named_before(lexicon):
    text = ("Bonne nouvelle pour le pôle Métallia : l'État l'a relabellisé pôle de compétitivité pour quatre ans, "
            "a annoncé mardi sa directrice, Anne Schaller.")
    [event] = events_of(text, lexicon, EventType.LABEL)
    assert roles(event) == {("Métallia", "labelled")}


def test_an_opening_the_money_should_allow_is_no_opening_a_launch_a_few_words_before_its_site_is(lexicon):
    assert events_of("La jeune pousse Solarka a levé 14 MDH. L'opération doit lui permettre d'ouvrir un atelier à "
                     "Berkane.", lexicon, EventType.OPENING) == []
    [event] = events_of("Le cluster Mécanord a lancé lundi à Tétouan un incubateur dédié à la mécanique de précision.",
                        lexicon, EventType.OPENING)
    assert roles(event) == {("Mécanord", "organisation")}


def test_its_general_assembly_is_held_by_the_organisation_spoken_of(lexicon):
    text = ("Le président de l'Association Rabat Mobilité, Driss Alaoui, quittera ses fonctions le 31 mars 2026. "
            "Son successeur sera élu lors de l'assemblée générale du 15 avril.")
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Association Rabat Mobilité", "organisation")}
    assert event.date == "2026-04-15"


def test_prend_les_renes_of_the_cluster_not_of_the_company_in_apposition(lexicon):
    text = ("Youssef Benslimane, fondateur de la tannerie Cuirtech, prend les rênes du Cluster Fès Maroquinerie. "
            "Il a été désigné samedi par le bureau, à l'unanimité, pour succéder à Hind Lazrak.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Youssef Benslimane", "appointee"), ("Cluster Fès Maroquinerie", "organisation"),
                            ("Hind Lazrak", "predecessor")}
    assert event.date == "2026-03-07"


def test_thanks_to_a_loan_granted_by_x_the_company_after_the_phrase_receives(lexicon):
    text = ("Grâce à un financement de 2,2 millions d'euros accordé par la Banque régionale d'Occitanie, "
            "l'équipementier aéronautique Aerolumen va agrandir son site de Colomiers.")
    [event] = events_of(text, lexicon, EventType.FUNDING)
    assert roles(event) == {("Banque régionale d'Occitanie", "funder"), ("Aerolumen", "recipient")}


def test_l_evenement_est_organise_par_in_the_next_sentence(lexicon):
    text = ("Les Rencontres de la robotique agricole auront lieu le 20 mai 2026 à Angers. L'événement est organisé "
            "par le pôle Végétalis avec l'Université d'Angers.")
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Végétalis", "organisation"), ("Université d'Angers", "organisation")}


def test_a_passive_envelope_for_the_start_ups_of_a_cluster(lexicon):
    text = ("Une enveloppe de 1,2 million d'euros a été mobilisée par la Métropole de Rennes pour soutenir les "
            "start-up du cluster Breizh Textile.")
    [event] = events_of(text, lexicon, EventType.FUNDING)
    assert roles(event) == {("Métropole de Rennes", "funder"), ("Breizh Textile", "recipient")}


def test_a_raise_realisee_aupres_de_two_investors(lexicon):
    text = ("La start-up sénégalaise Sunu Pay a annoncé mardi une levée de 800 millions de FCFA, réalisée auprès de "
            "Teranga Capital et de la Société financière du Cayor.")
    [event] = events_of(text, lexicon, EventType.FUNDING)
    assert roles(event) == {("Sunu Pay", "recipient"), ("Teranga Capital", "funder"),
                            ("Société financière du Cayor", "funder")}


def test_a_company_typed_as_a_person_opens_its_plant(lexicon):
    text = "Ivoire Emballages a démarré vendredi la production dans sa nouvelle usine de la zone industrielle de Yopougon."
    [event] = events_of(text, lexicon, EventType.OPENING)
    assert ("Ivoire Emballages", "organisation") in roles(event)


def test_what_one_heads_is_an_organisation_and_a_known_person_stays_one(lexicon):
    text = ("Changement à la présidence de Mer Atlantique Innovation : Éric Le Goff, armateur à Lorient, a été élu "
            "mardi pour trois ans. Il prend la suite de Catherine Morvan.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Éric Le Goff", "appointee"), ("Mer Atlantique Innovation", "organisation"),
                            ("Catherine Morvan", "predecessor")}


def test_a_contrat_d_implantation_signed_by_the_group_named_before(lexicon):
    text = ("Le câblier Lamaison Cables va créer 300 emplois à Tanger. Le groupe a signé lundi avec l'Agence "
            "spéciale Tanger Méditerranée un contrat d'implantation pour une usine de 25 000 m².")
    [event] = events_of(text, lexicon, EventType.PARTNERSHIP)
    assert roles(event) == {("Lamaison Cables", "partner"), ("Agence spéciale Tanger Méditerranée", "partner")}


def test_an_inaugurated_park_named_after_the_cue_opens(lexicon):
    text = "Le chef du gouvernement a inauguré le 8 mars le Technopark de Salé Nord, qui accueillera 150 start-up."
    [event] = events_of(text, lexicon, EventType.OPENING)
    assert roles(event) == {("Technopark de Salé Nord", "organisation")}
    assert event.date == "2026-03-08"


def test_a_biennale_is_a_gathering(lexicon):
    text = ("Les 18 et 19 novembre 2026, Montpellier accueillera la Biennale de l'agroécologie, à l'initiative du "
            "pôle Agrosud Innovation.")
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Agrosud Innovation", "organisation")}


# Appointments and agenda, "events6" round (invented text; PUBLISHED is Wednesday 2026-03-11) ------------------

def test_a_day_between_the_verb_and_the_post_keeps_the_appointee(lexicon):
    text = ("Chronique. Inès Morvan a pris jeudi la direction du cluster Bois Énergie Vosges, en remplacement de "
            "Paul Grosjean, qui part à la retraite.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Inès Morvan", "appointee"), ("Bois Énergie Vosges", "organisation"),
                            ("Paul Grosjean", "predecessor")}
    assert event.date == "2026-03-05"


def test_a_departure_with_a_day_then_an_interim_named_by_the_board(lexicon):
    text = ("Après sept ans à la tête du pôle Hydrovia, Marc Lefort a quitté mardi ses fonctions de directeur. "
            "Le bureau, réuni le même jour, a nommé Claire Aubert directrice par intérim.")
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Claire Aubert", "appointee"), ("Hydrovia", "organisation"), ("Marc Lefort", "predecessor")}
    assert event.date == "2026-03-10"


def test_cede_son_fauteuil_and_prend_la_succession(lexicon):
    [ceded] = events_of("Après dix ans de mandat, Paul Renaud cède son fauteuil de président du cluster Lumière Nord "
                        "à Inès Carvalho.", lexicon, EventType.APPOINTMENT)
    assert roles(ceded) == {("Inès Carvalho", "appointee"), ("Lumière Nord", "organisation"), ("Paul Renaud", "predecessor")}
    [taken] = events_of("Hugo Blanc prend la succession de Marie Roux à la direction du cluster Eskal Sud.",
                        lexicon, EventType.APPOINTMENT)
    assert ("Marie Roux", "predecessor") in roles(taken) and ("Hugo Blanc", "appointee") in roles(taken)


def test_the_one_replaced_by_someone_leaves(lexicon):
    text = "Présidente du Réseau Entreprendre Agadir, Nadia Idrissi sera remplacée en juin par Youssef Alami."
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert roles(event) == {("Youssef Alami", "appointee"), ("Réseau Entreprendre Agadir", "organisation"),
                            ("Nadia Idrissi", "predecessor")}
    assert event.date == "2026-06"


def test_succedera_with_a_date_before_the_predecessor(lexicon):
    text = "Yassine Berrada succédera le 1er mai à Driss Kettani à la présidence du Technopark de Dakhla."
    [event] = events_of(text, lexicon, EventType.APPOINTMENT)
    assert ("Driss Kettani", "predecessor") in roles(event)
    assert event.date == "2026-05-01"


def test_ce_dernier_is_the_last_person_named_and_takes_a_new_post(lexicon):
    text = ("Awa Diop a été nommée lundi directrice du Cluster Halieutique de Mbour, où elle succède à Moussa Sarr. "
            "Ce dernier a été nommé le même jour président de l'Agence de promotion des exportations du Sénégal.")
    events = events_of(text, lexicon, EventType.APPOINTMENT)
    assert {("Moussa Sarr", "appointee"), ("Agence de promotion des exportations du Sénégal", "organisation")} in [
        roles(e) for e in events]
    assert all(e.date == "2026-03-09" for e in events)


def test_the_predecessor_who_joins_a_fund_in_a_capacity_gets_his_post(lexicon):
    text = ("Julie Marchand devient directrice du pôle Nova Santé à compter du 2 avril. Elle succède à Luc Besson, "
            "qui rejoindra à la même date le fonds Auriga Ventures en qualité d'associé.")
    events = events_of(text, lexicon, EventType.APPOINTMENT)
    joined = [e for e in events if ("Luc Besson", "appointee") in roles(e)]
    assert [roles(e) for e in joined] == [{("Luc Besson", "appointee"), ("Auriga Ventures", "organisation")}]
    assert joined[0].date == "2026-04-02"


def test_more_ways_to_take_a_post(lexicon):
    for text, person in (("Claire Vidal accède à la présidence du pôle Mer Occitanie.", "Claire Vidal"),
                         ("Karim Bennis hérite de la direction du cluster Automotive Settat.", "Karim Bennis"),
                         ("Nadia Berrada a été appelée à diriger le Technopark de Tétouan.", "Nadia Berrada"),
                         ("Karim Mansouri a officiellement pris les commandes du Technopark de Fès.", "Karim Mansouri"),
                         ("Karim Berrada est entré en fonction comme directeur général du cluster Agrumes Souss.",
                          "Karim Berrada"),
                         ("Sophie Lenoir assurera l'intérim de la direction du cluster Novabio Est.", "Sophie Lenoir")):
        [event] = events_of(text, lexicon, EventType.APPOINTMENT)
        assert (person, "appointee") in roles(event), text


def test_a_rumour_and_background_are_no_appointment(lexicon):
    assert events_of("Karim Alaoui pourrait être nommé à la tête du cluster Atlas Solaire, selon nos informations.",
                     lexicon, EventType.APPOINTMENT) == []
    assert events_of("Élu en 2022, Jean Petit préside le cluster Eskal Nord.", lexicon, EventType.APPOINTMENT) == []
    [left] = events_of("Nommé directeur du cluster Atlas Solaire en 2021, Karim Bensouda a quitté ses fonctions vendredi.",
                       lexicon, EventType.APPOINTMENT)
    assert left.date == "2026-03-06"


def test_a_board_meeting_to_be_held_is_on_the_agenda(lexicon):
    text = "Le Pôle de compétitivité de Monastir tiendra son conseil d'administration lundi prochain."
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Pôle de compétitivité de Monastir", "organisation")}
    assert event.date == "2026-03-16"


def test_an_agenda_item_with_a_weekday_head(lexicon):
    text = "Jeudi 19 mars : le pôle Derbi tient à Perpignan ses Journées de l'énergie."
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert event.date == "2026-03-19" and {r for _, r in roles(event)} == {"organisation"}


def test_calls_and_deadlines_of_the_cluster_named_after_the_call(lexicon):
    [call] = events_of("Les candidatures à l'appel à projets du cluster Greenwin Sud sont ouvertes jusqu'au 15 mai.",
                       lexicon, EventType.AGENDA)
    assert roles(call) == {("Greenwin Sud", "organisation")} and call.date == "2026-05-15"
    [deadline] = events_of("La date limite de candidature à l'appel à projets du pôle Aquimer Nord est fixée au 20 avril.",
                           lexicon, EventType.AGENDA)
    assert roles(deadline) == {("Aquimer Nord", "organisation")} and deadline.date == "2026-04-20"


def test_host_and_co_organiser_in_the_sentence_after_the_gathering(lexicon):
    text = ("Les Assises de la chimie verte auront lieu le 5 octobre 2026 à Lyon. La Métropole de Lyon en sera "
            "l'hôte, aux côtés du pôle Axelera qui co-organise l'événement.")
    [event] = events_of(text, lexicon, EventType.AGENDA)
    assert roles(event) == {("Métropole de Lyon", "host"), ("Axelera", "organisation")}


def test_members_gathered_announced_by_and_intentions(lexicon):
    [members] = events_of("Rendez-vous est donné le 20 avril aux adhérents du cluster Mecabourg pour son assemblée "
                          "générale.", lexicon, EventType.AGENDA)
    assert roles(members) == {("Mecabourg", "organisation")}
    [announced] = events_of("La prochaine édition du salon aura lieu en octobre 2027, a annoncé le cluster Agrotech "
                            "Maroc.", lexicon, EventType.AGENDA)
    assert roles(announced) == {("Agrotech Maroc", "organisation")} and announced.date == "2027-10"
    assert events_of("Le pôle Axelera envisage d'organiser un forum l'an prochain.", lexicon, EventType.AGENDA) == []


def test_an_organiser_after_a_colon_and_a_morning_of_exchanges(lexicon):
    [listed] = events_of("Le 24 mars, à Rabat : Forum de l'emballage (organisateur : Association marocaine de "
                         "l'emballage).", lexicon, EventType.AGENDA)
    assert roles(listed) == {("Association marocaine de l'emballage", "organisation")} and listed.date == "2026-03-24"
    [morning] = events_of("Le cluster Menara convie ses adhérents à une matinée d'échanges le 2 avril.",
                          lexicon, EventType.AGENDA)
    assert roles(morning) == {("cluster Menara", "organisation")} and morning.date == "2026-04-02"
