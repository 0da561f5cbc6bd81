"""Phrasings read on invented texts (round 2, session 15): "s'associe à", a loan "consenti à",
"l'arrivée de X au poste de", a label renewed with a possessive or told as a passive after its
holder, and a company named after a French region."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import dated_roles_in, events_in, roles_in

PUBLISHED = date(2037, 3, 4)  # a Wednesday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Innov'Alliance s'associe au cluster sénégalais CTIC Dakar pour accompagner 20 start-up.",
    "Partenariat stratégique : Innov'Alliance s'associe avec le cluster CTIC Dakar pour accompagner 20 start-up.",
])
def test_associating_with_a_named_organisation_is_a_partnership(text, event_lexicon):
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Innov'Alliance", "partner"), ("CTIC Dakar", "partner")}]


def test_associating_with_a_cause_is_no_partnership(event_lexicon):
    text = "Innov'Alliance s'associe à la campagne nationale pour l'emploi des jeunes."
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == []


def test_a_bank_that_grants_a_loan_to_a_company_is_its_funder(event_lexicon):
    text = "Le Crédit Agricole du Maroc a consenti à Agrosem un financement de 60 MDH."
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Crédit Agricole du Maroc", "funder"), ("Agrosem", "recipient")}]


@pytest.mark.parametrize("post", ["au poste de directeur des opérations", "en qualité de directeur des opérations",
                                  "comme directeur des opérations"])
def test_the_arrival_of_someone_in_a_post_is_an_appointment(post, event_lexicon):
    text = f"Le cluster Green H2 Maroc annonce l'arrivée de Karim Lahlou {post}."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Karim Lahlou", "appointee"), ("Green H2 Maroc", "organisation")}]


def test_an_arrival_in_a_town_is_no_appointment(event_lexicon):
    text = "Le cluster Green H2 Maroc annonce l'arrivée de Karim Lahlou à Rabat pour le salon."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == []


def test_a_label_renewed_with_a_possessive_is_held_by_the_structure_named_before(event_lexicon):
    text = ("Bonne nouvelle pour le pôle Aquimer : l'État a renouvelé lundi son label de pôle de "
            "compétitivité pour la période 2037-2040.")
    [event] = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert event.date == "2037-03-02"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {("Aquimer", "labelled")}


def test_a_label_told_as_a_passive_after_its_holder_is_held_by_it(event_lexicon):
    text = "Le label « Cluster performant » du Technopark de Rabat a été renouvelé mardi."
    [event] = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert event.date == "2037-03-03"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {("Technopark de Rabat", "labelled")}


def test_a_label_described_after_its_holder_without_a_change_is_no_event(event_lexicon):
    text = "Le label « Cluster performant » du Technopark de Rabat est une référence au Maroc."
    assert found(text, event_lexicon, EventType.LABEL) == []


@pytest.mark.parametrize("name", ["Eolis Normandie", "Kalyx Bretagne", "Solvéo Provence"])
def test_a_company_named_after_a_region_is_one_organisation(name, event_lexicon):
    text = f"{name} a été labellisée Entreprise du patrimoine vivant en février."
    assert found(text, event_lexicon, EventType.LABEL) == [{(name, "labelled")}]


def test_city_led_tech_names_each_hold_the_label_given_in_a_list(event_lexicon):
    text = ("Alger, 17 janvier 2037 (APS) - Le label « Incubateur » a été attribué mercredi à Sétif Innov Hub, "
            "à Tlemcen Tech et à Oran Startup House, a annoncé le ministère.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Sétif Innov Hub", "labelled")}, {("Tlemcen Tech", "labelled")}, {("Oran Startup House", "labelled")}]


def test_a_meeting_taken_up_in_the_next_paragraph_dates_its_later_decision(event_lexicon):
    text = ("Réuni en assemblée générale samedi à Oujda, le cluster Oriental Agro a élu à sa présidence Samira "
            "Lahlou. Elle succède à Driss Bennani.\n\n"
            "L'assemblée a également porté Hamid Ouazzani, patron d'une minoterie de Taourirt, à la vice-présidence.")
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == [
        ("2037-02-28", {("Samira Lahlou", "appointee"), ("Oriental Agro", "organisation"), ("Driss Bennani", "predecessor")}),
        ("2037-02-28", {("Hamid Ouazzani", "appointee"), ("Oriental Agro", "organisation")}),
    ]


def test_the_amount_of_a_round_closed_by_a_company_is_raised_by_it(event_lexicon):
    text = ("GRENOBLE. Douze millions d'euros : c'est le montant de la levée de fonds finalisée lundi par Solidion "
            "Cells auprès de Supernova Invest et de la Banque des Territoires. La start-up ouvrira en avril une "
            "ligne pilote dans le parc technologique Inovallée.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Solidion Cells", "recipient"), ("Supernova Invest", "funder"), ("Banque des Territoires", "funder")}]
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Solidion Cells", "organisation"), ("Inovallée", "host")}]


def test_a_heading_run_into_the_dateline_place_is_no_partner(event_lexicon):
    text = ("COMMUNIQUÉ - Thiès, le 4 mars 2037\n\n"
            "Le Pôle Agro-industriel de Thiès et l'Institut de technologie alimentaire (ITA) ont paraphé lundi une "
            "convention pour améliorer la conservation des farines de mil.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Pôle Agro-industriel de Thiès", "partner"), ("Institut de technologie alimentaire", "partner")}]


def test_an_interview_answer_names_the_interviewee_organisation_as_our_cluster_and_us(event_lexicon):
    text = ("Entretien avec Nabil Chraibi, président du Cluster Aéro Casablanca.\n\n"
            "Vous vous êtes rapprochés d'un pôle français...\n"
            "Oui, un accord de coopération a été signé en janvier entre notre cluster et Aerospace Valley.\n\n"
            "Et le financement ?\n"
            "La Région Casablanca-Settat nous a alloué le mois dernier 15 millions de dirhams sur trois ans.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Cluster Aéro Casablanca", "partner"), ("Aerospace Valley", "partner")}]
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Région Casablanca-Settat", "funder"), ("Cluster Aéro Casablanca", "recipient")}]


def test_our_cluster_outside_an_interview_is_no_one(event_lexicon):
    text = ("« Un accord de coopération a été signé en janvier entre notre cluster et Aerospace Valley », "
            "a déclaré le président.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) in ([], [{("Aerospace Valley", "partner")}])


def test_agenda_items_headed_by_a_town_and_a_day(event_lexicon):
    text = ("CASABLANCA, 13-15 MARS. La Fédération des industries métallurgiques, mécaniques et électromécaniques "
            "(FIMME) organise son salon annuel de la sous-traitance.\n\n"
            "TANGER, 20 MARS. Le Technopark de Tanger reçoit le Startup Weekend Tanger : 54 heures pour un prototype.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        ("2037-03-13/2037-03-15",
         {("Fédération des industries métallurgiques, mécaniques et électromécaniques", "organisation")}),
        ("2037-03-20", {("Technopark de Tanger", "host")}),
    ]


def test_a_postponed_gathering_is_dated_at_its_new_day(event_lexicon):
    text = ("Initialement prévue le 14 mars, la Nuit de l'industrie du Cluster Automobile du Gharb est reportée "
            "au 28 mars, pour cause de travaux.")
    [event] = events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert event.date == "2037-03-28"


def test_an_appointment_takes_the_day_it_takes_effect_and_a_label_of_the_same_meeting_its_day(event_lexicon):
    text = ("Abidjan - Le conseil d'administration du Village des technologies de l'information et de la "
            "biotechnologie (VITIB) a nommé lundi Aïcha Koné au poste de directrice générale, à compter du 1er "
            "avril. Elle remplacera Bamba Traoré.\n\n"
            "Lors de la même séance, le conseil a attribué le label « Entreprise VITIB Green » à la société Ébène "
            "Recyclage.")
    [appointment] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    [label] = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert appointment.date == "2037-04-01" and label.date == "2037-03-02"
    assert {(p.mention.surface, p.role.value) for p in label.participants} == {("Ébène Recyclage", "labelled")}


def test_a_share_financed_after_a_total_cost_is_the_funding_in_the_cost_currency(event_lexicon):
    text = ("Le projet de Biskra Solar, d'un coût de 6 milliards de dinars, a été financé à hauteur de 4 milliards "
            "par la Banque nationale d'Algérie (BNA), a-t-on appris à Alger.")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert (event.amount.value, event.amount.currency) == (4_000_000_000, "DZD")
    assert ("Banque nationale d'Algérie", "funder") in {(p.mention.surface, p.role.value) for p in event.participants}


def test_an_opening_on_a_technopole_told_between_commas(event_lexicon):
    text = ("Le Pôle Mer Méditerranée a inauguré lundi, sur le Technopôle de Château-Gombert, un démonstrateur "
            "dédié aux drones sous-marins.")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Pôle Mer Méditerranée", "organisation"), ("Technopôle de Château-Gombert", "host")}]


def test_companies_described_as_installed_in_a_park_open_nothing(event_lexicon):
    text = ("Le Pôle de compétitivité de Bizerte a attribué, lundi, son label « Entreprise innovante » à deux "
            "sociétés installées dans le parc d'activités de la ville : Bizerte Marine Tech, qui conçoit des "
            "bouées, et OceanFeed, producteur d'aliments pour l'aquaculture.")
    assert found(text, event_lexicon, EventType.OPENING) == []
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Bizerte Marine Tech", "labelled")}, {("OceanFeed", "labelled")}]


def test_a_certificate_is_no_label_and_a_wished_fair_no_gathering(event_lexicon):
    text = ("Le cluster Logistica et l'École nationale de commerce de Tanger ont signé vendredi une convention "
            "pour la création d'un certificat en gestion portuaire. Le pôle souhaiterait également organiser un "
            "salon international à l'horizon 2039.")
    assert found(text, event_lexicon, EventType.LABEL) == []
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_a_round_led_by_an_investor_in_a_phrase_after_the_amount(event_lexicon):
    text = ("La medtech lyonnaise Cardiolyse a sécurisé jeudi 11,5 millions d'euros lors d'une série B menée par "
            "Sofinnova Partners.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Cardiolyse", "recipient"), ("Sofinnova Partners", "funder")}]


def test_a_company_described_with_a_nationality_adjective_is_the_subject(event_lexicon):
    text = ("LE CAIRE, 1er mars 2037 (AFP) - L'éditeur égyptien de logiciels bancaires NileSoft a ouvert dimanche "
            "un centre de développement au Smart Village. Le projet a été rendu possible par un prêt de 20 "
            "millions de dollars consenti en décembre par la Société financière internationale (SFI).")
    assert found(text, event_lexicon, EventType.OPENING) == [{("NileSoft", "organisation"), ("Smart Village", "host")}]
    [funding] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert funding.date == "2036-12"
    assert {(p.mention.surface, p.role.value) for p in funding.participants} == {
        ("NileSoft", "recipient"), ("Société financière internationale", "funder")}


def test_a_post_welcoming_a_recruit_and_congratulating_two_labelled_members(event_lexicon):
    text = ("👋 Une double bonne nouvelle chez Aqua-Valley cette semaine !\n\n"
            "Nous avons le plaisir d'accueillir Thomas Brun, arrivé lundi dernier au poste de responsable des "
            "projets européens.\n\n"
            "Et bravo à nos adhérents Hydroflux et Aquaprobe, qui ont reçu jeudi le label « Solution innovante "
            "Aqua-Valley ».\n#eau #cluster")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Thomas Brun", "appointee"), ("Aqua-Valley", "organisation")}]
    assert sorted(map(sorted, found(text, event_lexicon, EventType.LABEL))) == [
        [("Aquaprobe", "labelled")], [("Hydroflux", "labelled")]]


def test_a_carnet_item_taking_the_chair_on_a_stated_day(event_lexicon):
    text = ("Mourad Hamdani a été installé mardi dans ses fonctions de directeur général du Cyberparc de Sidi "
            "Abdellah.\n\n"
            "Anne Keller prendra le 1er avril la présidence du Pôle Véhicule du Futur. Elle succède à Bruno Mathis.")
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)[1] == (
        "2037-04-01", {("Anne Keller", "appointee"), ("Pôle Véhicule du Futur", "organisation"),
                       ("Bruno Mathis", "predecessor")})


def test_a_nominations_column_with_organisations_in_capitals(event_lexicon):
    text = ("MEDZ - Meryem Ouazzani a été désignée directrice générale de MedZ par le conseil réuni le 2 mars. "
            "Elle succède à Driss Alami.\n\n"
            "CLUSTER AGRO-INDUSTRIEL DE L'ORIENTAL - Tarik Lahlou, patron d'une conserverie de Berkane, devient "
            "vice-président du Cluster Agro-industriel de l'Oriental à compter du 1er mai.\n\n"
            "TECHNOPARK DE RABAT - Hassan Naciri a quitté mardi la direction du Technopark de Rabat.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Meryem Ouazzani", "appointee"), ("MedZ", "organisation"), ("Driss Alami", "predecessor")},
        {("Tarik Lahlou", "appointee"), ("Cluster Agro-industriel de l'Oriental", "organisation")},
        {("Technopark de Rabat", "organisation"), ("Hassan Naciri", "predecessor")},
    ]


def test_a_post_s_we_is_the_organiser_not_the_venue_after_a_comma(event_lexicon):
    text = ("📣 Save the date !\n\n"
            "Le Cluster Agrotech Souss organise la deuxième édition de son Hackathon AgriData du 13 au 15 juin, au "
            "Technopark d'Agadir.\n\n"
            "Et une autre bonne nouvelle : nous sommes très heureux d'accueillir Youssef Aït Ali, qui nous a "
            "rejoints hier comme directeur des programmes.\n#AgriTech")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Youssef Aït Ali", "appointee"), ("Cluster Agrotech Souss", "organisation")}]


def test_a_fund_of_funds_committing_money_and_a_ticket_range(event_lexicon):
    text = ("Tunis, 4 mars (TAP) - Le fonds des fonds Anava a engagé, mardi, 20 millions de dinars dans Jasmine Seed, "
            "un nouveau fonds d'amorçage. Jasmine Seed réalisera des investissements avec des tickets compris entre "
            "300 000 et 2 millions de dinars.")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert event.amount.value == 20_000_000 and event.date == "2037-03-03"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Anava", "funder"), ("Jasmine Seed", "recipient")}


def test_a_label_handed_over_at_a_congress_and_a_renewed_recognition(event_lexicon):
    text = ("Le congrès a aussi été l'occasion pour France Clusters de remettre jeudi son label « Cluster de "
            "l'année » au cluster BioOccitanie. Quelques jours plus tôt, l'État a reconduit, le 2 février, la "
            "reconnaissance du Pôle Véhicule du Futur en tant que « pôle de compétitivité ».")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("BioOccitanie", "labelled")}, {("Pôle Véhicule du Futur", "labelled")}]


def test_a_site_not_ruled_out_and_an_open_day_are_no_openings(event_lexicon):
    text = ("Huanyu Battery n'exclut pas d'installer ultérieurement une unité de recyclage à Kénitra. "
            "Mardi 8 avril - Le Pôle de compétitivité de Monastir-El Fejja ouvre ses portes aux investisseurs pour "
            "une journée de découverte des ateliers.")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_an_interview_with_dialogue_dashes(event_lexicon):
    text = ("Entretien avec Ines Chaabane, directrice générale du Technopôle de Sidi Thabet.\n\n"
            "— Vous avez obtenu un soutien européen important. De quoi s'agit-il ?\n"
            "— L'Union européenne nous a alloué en janvier une enveloppe de 4 millions d'euros pour moderniser nos "
            "plateformes.\n\n"
            "— Et l'incubateur ?\n"
            "— Il ouvrira le 15 mai. Nous avons déjà reçu quarante candidatures.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Union européenne", "funder"), ("Technopôle de Sidi Thabet", "recipient")}]
    assert found(text, event_lexicon, EventType.AGENDA) == []  # applications received are no call


def test_a_label_given_to_two_clusters_and_a_fair_their_federation_organises(event_lexicon):
    text = ("Le ministère de l'Industrie a accordé lundi le label « Cluster performant » au Cluster Maroc Textile "
            "Technique et au Cluster Agro-industriel de l'Oriental. La nouvelle usine sera présentée lors des "
            "Automotive Meetings Tanger, que l'AMICA organise du 20 au 22 mai.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Cluster Maroc Textile Technique", "labelled")}, {("Cluster Agro-industriel de l'Oriental", "labelled")}]
    assert found(text, event_lexicon, EventType.AGENDA) == [{("AMICA", "organisation")}]


def test_a_departure_told_twice_is_one_event_at_its_stated_month(event_lexicon):
    text = ("Nantes. Marie Lenoir quittera fin avril la direction d'Atlanpole, la technopole nantaise qu'elle "
            "dirigeait depuis 2029. Elle a annoncé son départ lundi aux administrateurs.")
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert event.date == "2037-04"


@pytest.mark.parametrize("text", [
    "Le pôle Aquimer est à nouveau labellisé pôle de compétitivité pour quatre ans.",
    "C'est officiel : le pôle Aquimer a été à nouveau labellisé pôle de compétitivité.",
    "Décrochant le label Qualité Export, le pôle Aquimer pourra désormais vendre en Europe.",
])
def test_a_label_held_again_or_won_in_an_opening_participle(text, event_lexicon):
    assert found(text, event_lexicon, EventType.LABEL) == [{("Aquimer", "labelled")}]


def test_a_ministry_labelling_clusters_listed_after_their_number(event_lexicon):
    text = ("Le ministère a labellisé mardi quatre nouveaux clusters, parmi lesquels le Cluster Solaire et le "
            "Cluster Menara Agri.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Cluster Solaire", "labelled")}, {("Cluster Menara Agri", "labelled")}]


def test_a_fair_opening_its_doors_is_a_gathering_not_a_site(event_lexicon):
    text = ("La 5e édition du Salon de l'aéronautique de Marrakech ouvrira ses portes le 22 octobre, sous l'égide "
            "du GIMAS.")
    assert found(text, event_lexicon, EventType.OPENING) == []
    assert found(text, event_lexicon, EventType.AGENDA) == [{("GIMAS", "organisation")}]


def test_a_park_that_will_shelter_a_final_hosts_it(event_lexicon):
    text = "Le Technopark de Rabat abritera le 18 mars la finale régionale du concours Innov'Maroc."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Technopark de Rabat", "host")}]


def test_a_round_that_gathers_investors_names_them_funders(event_lexicon):
    text = ("Le tour de table de 8 millions d'euros de la medtech Cardiolink réunit Bpifrance, Kurma Partners et "
            "des business angels.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Cardiolink", "recipient"), ("Bpifrance", "funder"), ("Kurma Partners", "funder")}]


def test_a_construction_started_is_no_opening(event_lexicon):
    text = "L'équipementier Lear a lancé la construction de sa troisième usine à Tanger."
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_round_closed_by_a_member_told_after_its_pole_congratulates(event_lexicon):
    text = ("Le pôle de compétitivité SCS se félicite de la levée de fonds réalisée le 2 mars par son adhérent "
            "Sémaphore IoT : 3,5 M€ apportés par Région Sud Investissement.\n\n"
            "Rendez-vous le 18 septembre au Technopôle de Château-Gombert pour la Journée SCS Cybersécurité, "
            "organisée par le pôle.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Sémaphore IoT", "recipient"), ("Région Sud Investissement", "funder")}]
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("SCS", "organisation"), ("Technopôle de Château-Gombert", "host")}]


def test_a_nominations_column_with_a_parting_and_a_board_meeting_of_another_cluster(event_lexicon):
    text = ("Le conseil d'administration du Cluster Maritime Marocain, réuni le 2 mars à Casablanca, a désigné "
            "Youssef Tahiri au poste de vice-président chargé de la formation.\n"
            "Enfin, Cosmetic Valley se sépare de sa directrice de la communication, Sophie Lemaire, arrivée en 2030.")
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == [
        ("2037-03-02", {("Youssef Tahiri", "appointee"), ("Cluster Maritime Marocain", "organisation")}),
        ("2037-03-04", {("Cosmetic Valley", "organisation"), ("Sophie Lemaire", "predecessor")}),
    ]


def test_a_successor_taken_up_by_title_and_surname_is_one_appointment(event_lexicon):
    text = ("Nommé mercredi directeur de la Cité de l'innovation Souss Massa, Omar Idrissi, 44 ans, arrive avec un "
            "chantier avancé. Ingénieur agronome, M. Idrissi a dirigé un incubateur. Il succède à Fatima Zahra "
            "Amrani, qui a rejoint l'université Ibn Zohr comme vice-présidente chargée de la recherche.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Omar Idrissi", "appointee"), ("Cité de l'innovation Souss Massa", "organisation"),
         ("Fatima Zahra Amrani", "predecessor")},
        {("Fatima Zahra Amrani", "appointee"), ("université Ibn Zohr", "organisation")},
    ]


def test_a_cluster_s_post_header_names_who_says_we(event_lexicon):
    text = ("Thésame · Réseau d'entreprises · 4 100 abonnés\n"
            "C'est la rentrée ! ☀️ Quelques nouvelles de notre réseau :\n"
            "👋 Nous accueillons Hugo Lefèvre, qui rejoint l'équipe comme chargé de mission industrie 4.0.\n"
            "📅 Notez la date : notre assemblée générale aura lieu le 24 mars à Annecy.\n#Industrie")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Hugo Lefèvre", "appointee"), ("Thésame", "organisation")}]
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Thésame", "organisation")}]


def test_a_start_up_recognised_with_a_quoted_status_holds_a_label(event_lexicon):
    text = "La start-up Quantix Lab vient d'être reconnue « Deeptech » par Bpifrance."
    assert found(text, event_lexicon, EventType.LABEL) == [{("Quantix Lab", "labelled")}]


def test_a_carnet_with_organisations_in_capitals_and_moves_of_the_predecessor(event_lexicon):
    text = ("CAPENERGIES - Le conseil d'administration a retenu Jean-Baptiste Féraud pour diriger le pôle. Il prendra "
            "ses fonctions de directeur général le 2 avril, en remplacement de Laure Biancardini, partie rejoindre "
            "l'Ademe.\n"
            "EUROBIOMED - Fatou Diallo est promue directrice des opérations du pôle santé.")
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == [
        ("2037-04-02", {("Jean-Baptiste Féraud", "appointee"), ("CAPENERGIES", "organisation"),
                        ("Laure Biancardini", "predecessor")}),
        ("2037-03-04", {("Fatou Diallo", "appointee"), ("EUROBIOMED", "organisation")}),
    ]


def test_dinars_in_an_article_about_a_wilaya_are_algerian(event_lexicon):
    text = ("BÉJAÏA - Pour sa nouvelle unité, la laiterie Djurdjura Lait a injecté 3,5 milliards de dinars, a précisé "
            "son directeur en présence du wali.")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert event.amount.currency == "DZD"


def test_an_agenda_column_with_a_fair_opening_its_doors_and_a_moved_convention(event_lexicon):
    text = ("17-19 MARS, CASABLANCA - Le salon Pollutec Maroc ouvre ses portes à la Foire internationale de "
            "Casablanca.\n"
            "CHANGEMENT DE DATE - La convention annuelle de Minalogic, prévue le 12 mars, est repoussée au 9 octobre.")
    assert found(text, event_lexicon, EventType.OPENING) == []
    [event] = events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert event.date == "2037-10-09"


def test_a_start_up_moved_in_last_week_and_funded_for_its_installation(event_lexicon):
    text = ("La start-up Agriloop a pris possession la semaine dernière de ses nouveaux locaux à la technopole "
            "Agen Garonne. Son installation a été rendue possible par un prêt d'honneur de 50 000 euros accordé "
            "par Initiative Lot-et-Garonne.")
    [opening] = events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)
    assert opening.date == "2037-02"  # the week of 23 February, most of its days in February
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Agriloop", "recipient"), ("Initiative Lot-et-Garonne", "funder")}]


def test_a_rubric_word_is_no_label_cue_and_a_status_renewed_is_a_label(event_lexicon):
    text = ("RELABELLISATION - Vegepolys Valley et Valorial ont vu mardi leur statut de pôle de compétitivité "
            "renouvelé pour la sixième phase.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Vegepolys Valley", "labelled")}, {("Valorial", "labelled")}]


def test_a_wire_agency_is_never_the_article_s_organisation(event_lexicon):
    text = ("DIAMNIADIO, 1er mars (APS) - Le Premier ministre a présidé samedi la cérémonie d'inauguration de l'usine "
            "de modules photovoltaïques de Teranga Solar Industries, implantée dans le Parc industriel intégré de "
            "Diamniadio. L'unité a été financée à hauteur de 18 milliards de francs CFA par la Banque africaine de "
            "développement (BAD).")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Teranga Solar Industries", "recipient"), ("Banque africaine de développement", "funder")}]


def test_an_appointment_dated_two_sentences_later_when_it_took_effect(event_lexicon):
    text = ("Jean-Baptiste Roussel devient délégué général du pôle Cosmetic Valley. Âgé de 47 ans, cet ancien de "
            "L'Oréal était jusqu'ici directeur de l'innovation. Sa nomination a pris effet le 2 mars.")
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert event.date == "2037-03-02"


def test_organisers_named_after_their_title_and_a_day_off_sine_die(event_lexicon):
    text = ("Tunis, 4 mars (TAP) - Le Forum méditerranéen de l'énergie verte se tiendra finalement le 3 décembre, "
            "ont annoncé ses organisateurs, l'Agence nationale pour la maîtrise de l'énergie (ANME) et le cluster "
            "Tunisia Green Energy. Par ailleurs, la journée portes ouvertes du Centre de recherches et des "
            "technologies de l'énergie (CRTEn), prévue le 20 mars, est reportée sine die.")
    events = events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert [e.date for e in events] == ["2037-12-03"]
    assert ("Agence nationale pour la maîtrise de l'énergie", "organisation") in {
        (p.mention.surface, p.role.value) for p in events[0].participants}


def test_a_labelling_committee_retaining_two_projects_labels_their_carriers(event_lexicon):
    text = ("Grenoble, le 4 mars 2037 — Réuni le 2 mars, le comité de labellisation de Minalogic a retenu deux projets "
            "collaboratifs : le capteur infrarouge à bas coût de la PME Siltronix et la plateforme de test optique "
            "d'Optolyon.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Siltronix", "labelled")}, {("Optolyon", "labelled")}]


def test_a_gathering_first_announced_for_another_day_takes_its_heading_day(event_lexicon):
    text = ("AGENDA\n4 avril. Les Rencontres du cluster Lumière, d'abord annoncées pour le 28 mars, se tiendront "
            "finalement à la Cité du design de Saint-Étienne.")
    [event] = events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert event.date == "2037-04-04"


def test_the_technopole_taken_up_is_the_technopole_not_its_director_named_after_it(event_lexicon):
    text = ("La directrice générale de la Technopole de Sousse, Amel Trabelsi, a quitté ses fonctions fin février. "
            "Dans le même temps, la technopole a été certifiée ISO 9001 le 2 mars par le Bureau Veritas.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Technopole de Sousse", "labelled")}]


def test_a_departure_effective_since_a_day_dates_the_carnet_line(event_lexicon):
    text = ("Isabelle Roux quitte la direction de la technopole Bordeaux Technowest, qu'elle occupait depuis 2021. "
            "Son départ est effectif depuis le 28 février ; le conseil n'a pas encore désigné de successeur.")
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert event.date == "2037-02-28"


def test_a_ministry_ending_a_director_s_term_and_a_postponed_opening(event_lexicon):
    text = ("Le ministère de l'Industrie a mis fin mardi aux fonctions du directeur général du Technopôle de "
            "Monastir, Slim Ayadi, en poste depuis 2031. Le technopôle devait inaugurer en avril un centre de "
            "prototypage, dont l'ouverture est désormais « à l'étude ».")
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert event.date == "2037-03-03"
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Technopôle de Monastir", "organisation"), ("Slim Ayadi", "predecessor")}
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_an_agenda_bullet_opening_on_a_day_and_a_town(event_lexicon):
    text = ("• 17 mars, Tunis - Le Technopôle de Borj Cédria organise sa journée « Énergies et eau », consacrée au "
            "dessalement solaire.")
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Technopôle de Borj Cédria", "organisation")}]
