"""Phrasings read on invented texts (round 2, session 20): a company noun never stands for the park
an article opens on (the dev sets dev105-dev110 showed them)."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 18)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_the_company_after_a_village_of_firms_is_the_tenant(event_lexicon):
    text = ("Le Village numérique de Tanger compte un nouveau locataire. Sunatlas, coentreprise franco-marocaine, y "
            "installera en mars une ligne de câblage. La société a obtenu un prêt de 40 millions de dirhams de la "
            "Banque marocaine du commerce extérieur, signé jeudi.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Sunatlas", "recipient"), ("Banque marocaine du commerce extérieur", "funder")}]


def test_a_post_signed_on_its_last_line_is_its_writers(event_lexicon):
    text = ("Nouveau chapitre !\n\nAprès six ans dans l'industrie navale, je rejoins le pôle Mer Bretagne Atlantique "
            "à compter du 1er mars, en tant que directeur des projets. Je succéderai à Hélène Caradec, qui part à la "
            "retraite.\n\nMerci à toutes celles et ceux qui m'ont accompagné.\n\nYann Le Goff\n\n#nouveauposte #mer")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Yann Le Goff", "appointee"), ("pôle Mer Bretagne Atlantique", "organisation"), ("Hélène Caradec", "predecessor")}]


def test_a_park_that_hosts_a_commissioning_is_its_host(event_lexicon):
    text = ("Le Technopôle de Borj Cédria a accueilli lundi la mise en service de l'atelier de câblage de Tunicâble, "
            "filiale d'un groupe allemand, qui emploiera 180 personnes.")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Tunicâble", "organisation"), ("Technopôle de Borj Cédria", "host")}]


def test_a_surname_with_an_elided_capital_is_a_persons(event_lexicon):
    text = ("La cérémonie s'est tenue en présence de Koffi N'Guessan, nommé la semaine dernière directeur de "
            "l'Agropole de Yamoussoukro.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Koffi N'Guessan", "appointee"), ("Agropole de Yamoussoukro", "organisation")}]


def test_who_takes_a_direction_from_a_stated_day_is_appointed_that_day(event_lexicon):
    text = "Omar Fassi-Fihri prendra à compter du 1er mars la direction du Technopark de Tanger."
    appointments = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [{(p.mention.surface, p.role.value) for p in e.participants} for e in appointments] == [
        {("Omar Fassi-Fihri", "appointee"), ("Technopark de Tanger", "organisation")}]
    assert [e.date for e in appointments] == ["2037-03-01"]


def test_the_direction_of_a_site_entrusted_to_someone_appoints_them(event_lexicon):
    text = ("Le pôle Vitagora a confié la direction de son futur centre d'essais à Mehdi Berrada, jusqu'ici "
            "responsable industriel.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Mehdi Berrada", "appointee"), ("Vitagora", "organisation")}]


def test_we_in_a_post_is_the_organisation_on_its_signature_line(event_lexicon):
    text = ("Hier, nous avons inauguré nos nouveaux locaux au Technopôle Brest-Iroise !\n\nMerci à toute l'équipe, "
            "qui a tenu les délais.\n\n#Brest #capteurs\n\nGwenaël Le Bihan, président de la start-up Marisonde")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Marisonde", "organisation"), ("Technopôle Brest-Iroise", "host")}]


def test_who_will_become_director_from_a_stated_day_is_appointed_that_day(event_lexicon):
    text = ("Hélène Castaing deviendra, à compter du 1er mars, directrice générale du pôle Systematic Paris-Region. "
            "Elle succède à Pierre Dumas, qui prend sa retraite.")
    appointments = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [{(p.mention.surface, p.role.value) for p in e.participants} for e in appointments] == [
        {("Hélène Castaing", "appointee"), ("Systematic Paris-Region", "organisation"), ("Pierre Dumas", "predecessor")}]
    assert [e.date for e in appointments] == ["2037-03-01"]


def test_a_direction_entrusted_in_a_gerund_appoints(event_lexicon):
    text = ("En confiant jeudi dernier la direction générale de l'Agence de gestion et de développement des "
            "infrastructures industrielles (AGEDI) à Mariam Cissé, le gouvernement a fait le choix d'une gestionnaire.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Mariam Cissé", "appointee"),
         ("Agence de gestion et de développement des infrastructures industrielles", "organisation")}]


def test_a_firm_then_its_town_then_who_got_the_label(event_lexicon):
    text = ("Parmi les adhérents qui pourraient en profiter figure Tissages Verdier, à Villeurbanne, qui a obtenu "
            "la semaine dernière le label « French Fab » pour sa ligne de tissus techniques.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Tissages Verdier", "labelled")}]


def test_an_assembly_held_in_a_house_is_hosted_there(event_lexicon):
    text = ("Mardi 13 juin : le pôle Axelera tient son Assemblée générale à la Maison de la chimie de Lyon, suivie "
            "d'une table ronde sur le recyclage des solvants.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Axelera", "organisation"), ("Maison de la chimie de Lyon", "host")}]


def test_a_hall_its_town_follows_is_the_host(event_lexicon):
    text = "Jeudi 22 juin : le club Normandie Hydrogène organise un colloque au Dôme, à Caen, sur les usages du gaz."
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Normandie Hydrogène", "organisation"), ("Dôme", "host")}]


def test_an_opening_not_ruled_out_is_none(event_lexicon):
    text = ("La société Atlas Call Services emploie 250 téléconseillers à Fès. Son directeur général, Mehdi Berrada, "
            "n'a pas exclu l'ouverture d'un second site à Meknès « si les recrutements suivent ».")
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_projects_total_budget_is_no_funding(event_lexicon):
    text = ("Le projet de la société Ceramitec, qui avait été labellisé en février par le Pôle Européen de la "
            "Céramique, représente un budget total de 3,4 M€.")
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_a_name_after_aupres_de_is_no_subject_for_the_pole_taken_up_next(event_lexicon):
    text = ("Eurobiomed se réjouit de la levée de fonds de 9 millions d'euros réalisée le 25 novembre par Neuralis "
            "Bio, membre du pôle depuis 2031, auprès de Calanques Capital. Le pôle annonce également la signature, "
            "le 28 novembre, d'une convention de coopération avec le Moroccan Biotech Cluster.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Eurobiomed", "partner"), ("Moroccan Biotech Cluster", "partner")}]


def test_a_label_of_a_foundation_given_to_two_firms_is_theirs(event_lexicon):
    text = ("Le label « Solution efficiente » de la Fondation Solar Impulse a été attribué lundi à la biscuiterie "
            "Maison Pernot, pour son four à récupération de chaleur, ainsi qu'à la société Agroval, qui transforme "
            "les drêches.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Maison Pernot", "labelled")}, {("Agroval", "labelled")}]
