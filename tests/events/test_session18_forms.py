"""Phrasings read on invented texts (round 2, session 18): who gives in an approved or past-tense
financing, fund sizes, openings that are none, an announced opening, labels obtained by members,
a meeting told in the past, officials who are no appointee (the dev sets dev89-dev92 showed them)."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 14)  # a Wednesday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_a_financing_destined_to_a_park_is_given_by_who_approves_it(event_lexicon):
    text = ("Rabat, 13 janvier (MAP) - La Banque européenne d'investissement a approuvé mardi un prêt de "
            "30 millions d'euros destiné à la Technopole de Oujda.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Banque européenne d'investissement", "funder"), ("Technopole de Oujda", "recipient")}]


def test_who_has_supported_a_project_gives(event_lexicon):
    text = "La Région Occitanie a soutenu le projet à hauteur de 450 000 euros."
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Région Occitanie", "funder")}]


@pytest.mark.parametrize("text", [
    "Le fonds Atlas Seed, doté de 25 MDH, a investi depuis 2034 dans sept jeunes pousses marocaines.",
    "Sahel Ventures, dotée de 10 milliards de FCFA, a déjà réalisé huit investissements.",
])
def test_a_fund_s_size_is_no_funding(text, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == []


@pytest.mark.parametrize("text", [
    "Merci à Karim Alaoui, qui a dirigé le Technopark de Tanger depuis son ouverture.",
    "Le cluster Mecanov ouvre les portes de neuf ateliers de ses membres samedi ; entrée libre.",
    "Nous avons signé avec le groupe Alpha Industrie un accord qui l'engage à installer un laboratoire chez nous.",
    "On vous prête l'intention d'ouvrir une antenne à Dakar.",
])
def test_openings_that_are_none(text, event_lexicon):
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_park_announcing_a_firm_s_plant_hosts_it(event_lexicon):
    text = ("COMMUNIQUÉ - Tanger Med Zones a le plaisir d'annoncer la mise en service, lundi 12 janvier, de "
            "l'usine de Nordic Cables Maroc, spécialiste des faisceaux.")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Nordic Cables Maroc", "organisation"), ("Tanger Med Zones", "host")}]


def test_a_label_obtained_by_members_is_theirs(event_lexicon):
    text = ("Le Cluster Bois Lorrain salue la certification « PEFC » obtenue lundi par deux de ses adhérents, "
            "Scieries Hoffmann, à Saverne, et Charpentes Muller, à Épinal.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Scieries Hoffmann", "labelled")}, {("Charpentes Muller", "labelled")}]


def test_a_meeting_told_in_the_past_is_no_agenda_and_dates_the_election(event_lexicon):
    text = ("Réunis lundi en assemblée générale, les adhérents du pôle Aquimer ont élu Claire Lemaire à la "
            "présidence.")
    assert found(text, event_lexicon, EventType.AGENDA) == []
    appointments = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [e.date for e in appointments] == ["2037-01-12"]


def test_elected_officials_are_no_election(event_lexicon):
    text = ("Le groupe Bretagne Meunerie a inauguré mardi son moulin. « Nous avons longtemps hésité », a "
            "souligné le directeur général, Yann Kerbrat, devant les élus.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == []


def test_an_election_after_par_ailleurs_is_one(event_lexicon):
    text = "Le conseil du pôle Optitec a par ailleurs élu lundi Sonia Amrani vice-présidente."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Sonia Amrani", "appointee"), ("Optitec", "organisation")}]


def test_the_start_of_a_named_year_is_that_year(event_lexicon):
    text = ("Le fabricant Oranais Plast ouvrira au début de l'année 2039 une unité de recyclage dans la zone "
            "industrielle d'Es Sénia.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)] == ["2039"]


def test_the_cyberparc_taken_up_hosts_the_opening(event_lexicon):
    text = ("Le Cyberparc de Sidi Abdellah trouve son rythme. L'Agence nationale des parcs technologiques y "
            "multiplie les projets. En janvier, elle a ouvert au sein du cyberparc un nouvel incubateur.")
    assert {("Cyberparc de Sidi Abdellah", "host")} <= found(text, event_lexicon, EventType.OPENING)[0]


def test_a_special_zone_after_the_day_and_the_site_hosts_the_opening(event_lexicon):
    text = ("Le fabricant de modules solaires Senergie a démarré lundi sa ligne d'assemblage au sein de la zone "
            "économique spéciale de Diass, avec 70 salariés.")
    assert found(text, event_lexicon, EventType.OPENING) == [{("Senergie", "organisation"), ("Diass", "host")}]


def test_the_cluster_taken_up_is_the_one_introduced_as_a_cluster(event_lexicon):
    text = ("Le cluster Ecobat Sud a reçu lundi le label « Gold » de l'European Strategic Cluster Partnership. "
            "Le cluster tiendra sa convention annuelle le 14 mars à la Cité des congrès de Nantes.")
    agenda = found(text, event_lexicon, EventType.AGENDA)
    assert agenda and ("Ecobat Sud", "organisation") in agenda[0]


@pytest.mark.parametrize(("text", "host"), [
    ("Le pôle Atlanpole organise les 4 et 5 février ses Assises du numérique à la Cité des congrès de Nantes.",
     "Cité des congrès de Nantes"),
    (("Le pôle Minalogic convie ses membres à ses Rencontres de la photonique le 5 février, à la Maison Minatec "
     "de Grenoble ; inscription obligatoire."), "Maison Minatec de Grenoble"),
])
def test_a_venue_after_the_gathering_hosts_it(text, host, event_lexicon):
    agenda = found(text, event_lexicon, EventType.AGENDA)
    assert agenda and (host, "host") in agenda[0]


def test_a_fund_entering_the_capital_gives_to_the_company_spoken_of(event_lexicon):
    text = ("La start-up Sahara Drones accélère. Le Fonds algérien des start-up est entré lundi à son capital à "
            "hauteur de 60 millions de dinars.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Fonds algérien des start-up", "funder"), ("Sahara Drones", "recipient")}]


@pytest.mark.parametrize(("text", "host"), [
    (("L'usine de confection de Dakar Textiles a été inaugurée lundi dans la Zone économique spéciale de "
     "Diamniadio, en présence du ministre."), "Zone économique spéciale de Diamniadio"),
    (("Le centre d'essais de la société Aerodrone ouvrira fin mars sur le site de la technopole Bordeaux "
     "Technowest, a confirmé la direction."), "Bordeaux Technowest"),
])
def test_a_site_of_a_firm_opens_in_its_host(text, host, event_lexicon):
    openings = found(text, event_lexicon, EventType.OPENING)
    assert len(openings) == 1 and (host, "host") in openings[0]
    assert not any(name == host and role == "organisation" for name, role in openings[0])


def test_a_line_opened_at_a_technopole_is_not_the_technopole_s_opening(event_lexicon):
    text = ("Les fonds serviront à industrialiser la ligne pilote que l'entreprise Hyvolt a ouverte en décembre à "
            "la Technopole de l'Aube en Champagne, près de Troyes.")
    assert not any(("Technopole de l'Aube", "organisation") in event
                   for event in found(text, event_lexicon, EventType.OPENING))


def test_the_interviewee_is_who_the_assembly_elected(event_lexicon):
    text = ("Entretien avec Moussa Sarr, président du Cluster Agro Saloum.\n"
            "Vous avez été élu en décembre. Quelles priorités ?\n"
            "Oui, l'assemblée générale m'a élu le 14 décembre, à la suite d'Awa Diop. Ma priorité, c'est l'export.")
    appointments = found(text, event_lexicon, EventType.APPOINTMENT)
    assert appointments and ("Moussa Sarr", "appointee") in appointments[0]


def test_taking_up_the_duties_on_a_stated_day_dates_the_appointment(event_lexicon):
    text = ("COSMETIC VALLEY. Julien Perrin prendra le 1er février les fonctions de directeur général du pôle. "
            "Il succède à Véronique Lasalle, qui part à la retraite.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)] == ["2037-02-01"]


def test_a_round_up_item_takes_the_day_of_its_heading(event_lexicon):
    text = ("L'essentiel de la semaine.\n\n"
            "Lundi, Dakar. La start-up Sunu Solar a levé 900 millions de FCFA auprès de Teranga Capital.\n\n"
            "Mardi, Rabat. La société Atlas Cloud a mis en service un centre de données au Technopolis de Rabat.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == ["2037-01-12"]
    assert [e.date for e in events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)] == ["2037-01-13"]


def test_a_friday_round_up_s_monday_is_the_one_gone_by(event_lexicon):
    text = ("L'essentiel de la semaine.\n\n"
            "Lundi, Dakar. La start-up Sunu Solar a levé 900 millions de FCFA auprès de Teranga Capital.")
    friday = date(2037, 1, 16)
    assert [e.date for e in events_in(text, event_lexicon, EventType.FUNDING, friday)] == ["2037-01-12"]


def test_holders_listed_after_a_colon_with_their_trades(event_lexicon):
    text = ("Deux entreprises de la Technopole de Monastir ont été récompensées, lundi, du label national "
            "« Entreprise verte » décerné par l'Agence nationale de l'environnement : l'éditeur de logiciels "
            "Carthago Soft et le fabricant d'emballages Ecopli Sud.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Carthago Soft", "labelled")}, {("Ecopli Sud", "labelled")}]


def test_a_counted_list_of_firms_holds_the_label(event_lexicon):
    text = ("Trois équipementiers installés à Kenitra Automotive City, Kaptal Auto, Nordine Câbles et Sahel Sièges, "
            "se sont vu attribuer lundi le label « Usine 4.0 Maroc ».")
    assert sorted(found(text, event_lexicon, EventType.LABEL), key=sorted) == [
        {("Kaptal Auto", "labelled")}, {("Nordine Câbles", "labelled")}, {("Sahel Sièges", "labelled")}]


def test_members_counted_then_listed_hold_the_label_not_their_cluster(event_lexicon):
    text = ("Le cluster Cacao Côte d'Ivoire se réjouit que deux de ses membres, Choco Lagune et Bassam Cacao, aient "
            "obtenu lundi le label « Cacao durable ».")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Choco Lagune", "labelled")}, {("Bassam Cacao", "labelled")}]


def test_a_gathering_meant_without_a_date_is_no_agenda(event_lexicon):
    text = ("Le pôle agroalimentaire de Béjaïa compte organiser une foire de la figue à l'automne, sans date arrêtée "
            "pour l'instant.")
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_a_cost_told_beside_a_subsidy_is_no_funding(event_lexicon):
    text = ("Le projet de la conserverie Souss Atlantique, d'un coût de 65 MDH, a bénéficié d'une subvention de "
            "10 millions de dirhams du Fonds de développement industriel.")
    assert [e.amount.value for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == [10_000_000]


def test_a_subsidy_granted_by_an_agency_names_it(event_lexicon):
    text = ("Rabat, 13 janvier (MAP) - La start-up Sanad Drones s'est vu attribuer lundi une subvention de 4 millions "
            "de dirhams par l'agence Maroc PME.")
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Sanad Drones", "recipient"), ("Maroc PME", "funder")}]


@pytest.mark.parametrize("text", [
    "La start-up Sanad Robotics conçoit des exosquelettes destinés aux ouvriers du bâtiment.",
    "« Ce label nous ouvre des portes chez les armateurs », se réjouit le fondateur de Brest Composites.",
    "La PME Aerosky avait été labellisée en mai par le pôle Aerospace Valley, une distinction qui lui a ouvert un atelier de prototypage partagé.",
    "Une ouverture de bureau à Abidjan est envisagée, « peut-être en 2038 », pour la société Dar Solar.",
])
def test_more_openings_that_are_none(text, event_lexicon):
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_an_agenda_line_s_day_and_town_open_no_clause(event_lexicon):
    text = ("Mardi 13 avril, Belfort – Le pôle Véhicule du Futur organise à l'Université de technologie de "
            "Belfort-Montbéliard ses Rencontres de la mobilité.")
    agenda = found(text, event_lexicon, EventType.AGENDA)
    assert agenda and ("pôle Véhicule du Futur", "organisation") in agenda[0]


def test_a_development_finance_company_is_no_company_taken_up(event_lexicon):
    text = ("Bizerte, 13 janvier (TAP) - La Société financière internationale a accordé lundi un financement de "
            "12 millions de dollars à Elmed Câblage. L'entreprise a également conclu un accord avec le Pôle de "
            "compétitivité de Bizerte.")
    partnerships = found(text, event_lexicon, EventType.PARTNERSHIP)
    assert partnerships and ("Société financière internationale", "partner") not in partnerships[0]


def test_the_investment_a_new_site_represents_is_its_opener_s_money(event_lexicon):
    text = ("Le groupe Bretagne Céréales a inauguré lundi sa nouvelle meunerie à Loudéac. L'outil, qui représente "
            "un investissement de 22 millions d'euros, pourra moudre 90 000 tonnes de blé par an.")
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Bretagne Céréales", "funder")}]
    assert found(text, event_lexicon, EventType.OPENING) == [{("Bretagne Céréales", "organisation")}]


def test_a_gathering_told_with_its_venue_alone_is_the_article_s_organisation_s(event_lexicon):
    text = ("Le cluster Azur Numérique prépare la rentrée. Rendez-vous le jeudi 19 février à la CCI Nice Côte "
            "d'Azur pour une journée d'ateliers sur les jumeaux numériques.")
    agenda = found(text, event_lexicon, EventType.AGENDA)
    assert agenda and ("Azur Numérique", "organisation") in agenda[0]
