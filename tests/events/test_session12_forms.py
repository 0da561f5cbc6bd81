"""Phrasings read on invented texts (round 2, session 12): the writer of a post in the first person."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in

PUBLISHED = date(2027, 6, 9)  # a Wednesday


@pytest.fixture
def lexicon(event_lexicon):
    return event_lexicon


def found(text: str, lexicon, kind: EventType) -> list[tuple[str | None, set[tuple[str, str]]]]:
    return [(e.date, {(p.mention.surface, p.role.value) for p in e.participants})
            for e in events_in(text, lexicon, kind, PUBLISHED)]


# A post's writer says "je": the name heading the post or signing it is the appointee

def test_the_name_heading_a_post_is_who_takes_up_the_post(lexicon):
    text = ("Sophie Marchand • Directrice générale chez Technowest\n\n"
            "Après dix ans chez Thales, je prends aujourd'hui mes fonctions de directrice générale de "
            "Technowest, où je succède à Paul Garnier. Merci à toute l'équipe ! #innovation")
    [(day, participants)] = found(text, lexicon, EventType.APPOINTMENT)
    assert day == "2027-06-09"
    assert participants == {("Sophie Marchand", "appointee"), ("Technowest", "organisation"),
                            ("Paul Garnier", "predecessor")}


def test_the_name_signing_a_post_is_who_took_up_the_post(lexicon):
    text = ("Une nouvelle étape ! J'ai pris hier mes fonctions de directeur de l'innovation du pôle "
            "Aerospace Valley, à Toulouse. Hâte de retrouver les adhérents. — Julien Moreau")
    [(day, participants)] = found(text, lexicon, EventType.APPOINTMENT)
    assert day == "2027-06-08"
    assert ("Julien Moreau", "appointee") in participants


def test_a_reporter_quoting_someone_in_the_first_person_gives_no_writer(lexicon):
    """Without a heading or a signing name, "je" is no one the extractor can name: no appointee invented."""
    text = ("Le pôle Aerospace Valley a un nouveau directeur de l'innovation. « Je prends mes fonctions "
            "avec enthousiasme », confie Julien Moreau, qui succède à Anne Roux. Le pôle compte 900 adhérents.")
    for _, participants in found(text, lexicon, EventType.APPOINTMENT):
        assert ("Anne Roux", "appointee") not in participants


# An investment or a stake "dans" a named company: the subject gives, whatever verb closes the deal

@pytest.mark.parametrize("text", [
    "Le fonds Sahel Capital a bouclé lundi un investissement de 3 milliards de FCFA dans Baobab Logistique.",
    ("Le fonds Sahel Capital a finalisé lundi une prise de participation de 500 millions de FCFA dans la "
     "start-up Baobab Logistique."),
])
def test_who_invests_in_a_company_is_its_funder(text, lexicon):
    [(day, participants)] = found(text, lexicon, EventType.FUNDING)
    assert day == "2027-06-07"
    assert participants == {("Sahel Capital", "funder"), ("Baobab Logistique", "recipient")}


def test_a_round_closed_by_the_company_itself_is_still_received(lexicon):
    [(_, participants)] = found("La start-up Baobab Logistique a bouclé lundi une levée de 3 M€ auprès de Sahel Capital.",
                                lexicon, EventType.FUNDING)
    assert ("Baobab Logistique", "recipient") in participants


# A call for applications with its closing day, no launcher named: the article's organisation runs it

def test_a_call_in_a_press_release_is_its_organisations(lexicon):
    text = ("Minalogic organisera les 8 et 9 septembre prochains, à Grenoble, la 12e édition de ses Rencontres. "
            "Les candidatures pour le concours de start-up associé sont ouvertes jusqu'au 15 juillet.")
    agenda = found(text, lexicon, EventType.AGENDA)
    assert ("2027-07-15", {("Minalogic", "organisation")}) in agenda


def test_who_launches_a_call_is_an_organisation_whatever_its_type(lexicon):
    """"lancé par le CTIC Dakar": the NER stage may type the name as a place; launching makes it an actor."""
    text = ("Dakar, jusqu'au 31 juillet. Dernière ligne droite pour l'appel à candidatures du programme "
            "« Sahel Agritech », lancé par le CTIC Dakar : les dossiers sont reçus jusqu'à minuit.")
    agenda = found(text, lexicon, EventType.AGENDA)
    assert agenda == [("2027-07-31", {("CTIC Dakar", "organisation")})]


# Two subjects, each with its description, before a plural verb: both act

def test_two_described_holders_both_get_the_label(lexicon):
    text = ("Verdia, qui conçoit des capteurs pour les serres, et Aquanova, spécialiste du dessalement solaire, "
            "ont obtenu lundi le label « Greentech Innovation ».")
    holders = {frozenset(participants) for _, participants in found(text, lexicon, EventType.LABEL)}
    assert holders == {frozenset({("Verdia", "labelled")}), frozenset({("Aquanova", "labelled")})}


def test_two_described_signatories_are_both_partners(lexicon):
    text = ("Les pôles Capenergies, basé à Aix-en-Provence, et Tenerrdis, son homologue grenoblois, "
            "ont scellé lundi une alliance sur l'hydrogène.")
    [(day, participants)] = found(text, lexicon, EventType.PARTNERSHIP)
    assert day == "2027-06-07"
    assert participants == {("Capenergies", "partner"), ("Tenerrdis", "partner")}


def test_a_description_naming_another_organisation_is_not_a_second_subject(lexicon):
    """"A, filiale du groupe X, et B": X is inside A's description; A and B are what the verb has."""
    text = "Verdia, filiale du groupe Sorelis, et Aquanova ont obtenu lundi le label « Greentech Innovation »."
    holders = {p for _, participants in found(text, lexicon, EventType.LABEL) for p in participants}
    assert ("Sorelis", "labelled") not in holders


# A single word the NER stage types as a person or a place, doing what firms do

@pytest.mark.parametrize("text, kind, expected", [
    ("Biotech. Cellavix a été labellisée « Deeptech » mercredi par Bpifrance.", EventType.LABEL, ("Cellavix", "labelled")),
    ("Orbalis a décroché mardi la certification ISO 27001.", EventType.LABEL, ("Orbalis", "labelled")),
])
def test_a_single_word_that_gets_a_label_is_a_firm(text, kind, expected, lexicon):
    assert any(expected in participants for _, participants in found(text, lexicon, kind))


# A gathering's name cut by the NER stage, and who organises it told after the announcement

def test_a_name_cut_before_summit_is_the_gathering_and_its_announcer_organises(lexicon):
    text = ("Rabat (MAP) - La 3e édition de l'Atlas Cluster Summit se tiendra du 12 au 14 octobre prochain à "
            "Marrakech, a annoncé lundi la Fédération des clusters du Maroc, qui l'organise en partenariat avec TCI Network.")
    [(day, participants)] = found(text, lexicon, EventType.AGENDA)
    assert day == "2027-10-12/2027-10-14"
    assert participants == {("Fédération des clusters du Maroc", "organisation"), ("TCI Network", "organisation")}


def test_an_agreement_on_the_side_of_a_press_conference_takes_its_day(lexicon):
    text = ("Le Salon des clusters se tiendra en octobre à Fès, a annoncé lundi la Fédération des clusters du Maroc. "
            "En marge de la conférence de presse, la fédération a formalisé un accord de coopération avec "
            "l'Agence marocaine de développement des investissements et des exportations (AMDIE).")
    [(day, _)] = found(text, lexicon, EventType.PARTNERSHIP)
    assert day == "2027-06-07"


# A second sum that completes the first, with its own funder named after it

def test_a_loan_completed_by_another_lenders_loan_is_two_fundings(lexicon):
    text = ("Kaptis, qui conçoit des pansements connectés, passe à l'échelle. Réseau Entreprendre Rhône lui a accordé "
            "un prêt d'honneur de 90 000 euros, complété par un prêt d'amorçage de 300 000 euros de Bpifrance.")
    fundings = {(e.amount.value if e.amount else None, frozenset((p.mention.surface, p.role.value) for p in e.participants))
                for e in events_in(text, lexicon, EventType.FUNDING, PUBLISHED)}
    assert fundings == {(90000.0, frozenset({("Kaptis", "recipient"), ("Réseau Entreprendre Rhône", "funder")})),
                        (300000.0, frozenset({("Kaptis", "recipient"), ("Bpifrance", "funder")}))}


# Renewals: the giver renews the label "de" each holder

def test_a_label_renewed_for_three_structures_is_three_label_events(lexicon):
    text = ("L'État a reconduit mardi, pour quatre ans, le label « pôle de compétitivité » d'Agri Sud-Ouest "
            "Innovation, de Derbi et d'Aerospace Valley.")
    holders = {(day, frozenset(participants)) for day, participants in found(text, lexicon, EventType.LABEL)}
    assert holders == {("2027-06-08", frozenset({(name, "labelled")}))
                       for name in ("Agri Sud-Ouest Innovation", "Derbi", "Aerospace Valley")}


def test_a_holder_renewing_its_own_certification_still_holds_it(lexicon):
    [(_, participants)] = found("Le cluster Solarem a renouvelé mardi sa certification ISO 9001.", lexicon, EventType.LABEL)
    assert participants == {("Solarem", "labelled")}


# A board's later decision, told after the meeting's sentence and another between

def test_the_boards_later_decision_takes_the_meetings_day(lexicon):
    text = ("Réuni lundi à Rennes, le conseil d'administration du pôle Images & Réseaux a désigné Gaëlle Le Bihan "
            "pour en prendre la présidence. Cette ingénieure de 54 ans succède à Hervé Quéméner. Le conseil a "
            "également confié la vice-présidence à Soizic Guérin, fondatrice de la start-up Abyss Data.")
    appointments = found(text, lexicon, EventType.APPOINTMENT)
    assert ("2027-06-07", {("Soizic Guérin", "appointee"), ("Images & Réseaux", "organisation")}) in appointments


def test_a_hire_to_a_post_is_an_appointment(lexicon):
    text = ("La fintech Kubo Pay a ouvert un bureau à Dakar. La société a par ailleurs recruté Aminata Ba, "
            "ancienne de la Banque atlantique, au poste de directrice financière.")
    [(day, participants)] = found(text, lexicon, EventType.APPOINTMENT)
    assert day == "2027-06-09"
    assert participants == {("Aminata Ba", "appointee"), ("Kubo Pay", "organisation")}


def test_an_intention_told_with_par_ailleurs_is_no_opening(lexicon):
    text = "Sa directrice générale, Fatou Sy, envisagerait par ailleurs d'ouvrir un bureau à Lomé."
    assert found(text, lexicon, EventType.OPENING) == []


def test_the_month_of_the_audit_before_a_certification_is_not_its_date(lexicon):
    text = ("La certification ISO 14001 vient d'être accordée au Technopark de Casablanca par Bureau Veritas, "
            "au terme d'un audit mené en avril.")
    [(day, participants)] = found(text, lexicon, EventType.LABEL)
    assert day == "2027-06-09"
    assert participants == {("Technopark de Casablanca", "labelled")}


def test_a_gathering_whose_only_agenda_word_is_in_its_name(lexicon):
    """"le Med Startup Summit": the NER stage names the gathering, and its name holds the cue."""
    text = "• Les 5 et 6 novembre, Marseille Innovation accueille le Med Startup Summit, organisé par le cluster Medinsoft."
    [(day, participants)] = found(text, lexicon, EventType.AGENDA)
    assert day == "2027-11-05/2027-11-06"
    assert participants == {("Marseille Innovation", "host"), ("Medinsoft", "organisation")}


def test_a_cyberpark_inaugurated_is_an_opening(lexicon):
    text = "L'Agence nationale des parcs technologiques (ANPT) a inauguré mardi un cyberparc à Ouargla."
    [(day, participants)] = found(text, lexicon, EventType.OPENING)
    assert day == "2027-06-08"
    assert participants == {("Agence nationale des parcs technologiques", "organisation")}


def test_a_place_typed_name_made_of_techno_is_a_park(lexicon):
    """"Savoie Technolac", typed a place: a name with a techno- word is a park, so it can host."""
    text = "Le groupe Ferrand & Aubry a inauguré jeudi son nouveau laboratoire à Savoie Technolac."
    [(_, participants)] = found(text, lexicon, EventType.OPENING)
    assert ("Ferrand & Aubry", "organisation") in participants
    assert any(name == "Savoie Technolac" and role == "host" for name, role in participants)


# Invented probes of common funding forms (round 2, session 12)

def test_a_fund_entering_the_capital_of_a_described_company(lexicon):
    text = "Le fonds Azur Capital entre au capital de la PME niçoise Optimec à hauteur de 1,5 M€."
    [(_, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Azur Capital", "funder"), ("Optimec", "recipient")}


def test_a_bank_signing_a_loan_with_a_company_lends_to_it(lexicon):
    text = ("Tunis - La Banque européenne d'investissement (BEI) a signé lundi avec la société Sfax Olive "
            "un prêt de 12 millions d'euros.")
    [(day, participants)] = found(text, lexicon, EventType.FUNDING)
    assert day == "2027-06-07"
    assert participants == {("Banque européenne d'investissement", "funder"), ("Sfax Olive", "recipient")}


def test_a_construction_financed_goes_to_the_park_built(lexicon):
    text = "Le Conseil régional de Souss-Massa financera à hauteur de 20 MDH la construction du Technopark d'Agadir."
    [(_, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Conseil régional de Souss-Massa", "funder"), ("Technopark d'Agadir", "recipient")}


def test_an_agreement_named_in_an_opening_phrase_binds_the_subjects_after_it(lexicon):
    text = ("Dans le cadre d'un accord signé jeudi, Orange Maroc et l'Université Mohammed VI Polytechnique "
            "vont créer un laboratoire commun.")
    [(day, participants)] = found(text, lexicon, EventType.PARTNERSHIP)
    assert day == "2027-06-03"
    assert participants == {("Orange Maroc", "partner"), ("Université Mohammed VI Polytechnique", "partner")}


def test_a_mission_of_the_clusters_companies_is_the_clusters(lexicon):
    text = "Une délégation de 20 entreprises du cluster Automotive conduira une mission à Stuttgart du 5 au 8 juillet."
    [(day, participants)] = found(text, lexicon, EventType.AGENDA)
    assert day == "2027-07-05/2027-07-08"
    assert participants == {("Automotive", "organisation")}


def test_where_the_appointee_came_from_is_not_the_organisation(lexicon):
    text = ("Nouveau directeur pour le cluster Eskal Eureka. Ancien de Dassault Systèmes, Thomas Lafitte a pris "
            "ses fonctions lundi. Il remplace Marie Etcheverry, partie à la retraite.")
    [(day, participants)] = found(text, lexicon, EventType.APPOINTMENT)
    assert day == "2027-06-07"
    assert participants == {("Thomas Lafitte", "appointee"), ("Eskal Eureka", "organisation"),
                            ("Marie Etcheverry", "predecessor")}


@pytest.mark.parametrize("text, expected", [
    # eight months ahead of a June article: the dates stage read last January, the gathering is next January's
    ("Le pôle Cosmetic Valley organise du 12 au 14 février à Chartres la cinquième édition de Cosmetic 360.",
     "2028-02-12/2028-02-14"),
    ("Le pôle Cosmetic Valley avait organisé du 12 au 14 février à Chartres la quatrième édition de Cosmetic 360.",
     None),
])
def test_a_gathering_announced_in_the_present_is_the_next_one(text, expected, lexicon):
    days = [day for day, _ in found(text, lexicon, EventType.AGENDA)]
    assert days == ([expected] if expected else [])


def test_a_sum_won_is_a_funding(lexicon):
    text = "La medtech montpelliéraine Sysnav vient de décrocher 1,5 M€ auprès du fonds Irdi."
    [(_, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Sysnav", "recipient"), ("Irdi", "funder")}


@pytest.mark.parametrize("round_sentence", [
    "Le tour de table, de 4 M€, a été mené par Elaia Partners.",
    "Une levée de 4 M€ a été réalisée auprès d'Elaia Partners.",
])
def test_a_round_told_as_the_subject_is_the_articles_companys(round_sentence, lexicon):
    text = "La start-up parisienne Scality accélère. " + round_sentence
    [(_, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Scality", "recipient"), ("Elaia Partners", "funder")}


def test_she_who_was_elected_is_the_person_just_named(lexicon):
    text = ("La nouvelle présidente du pôle Mer Méditerranée s'appelle Laure Vidal. Elle a été élue jeudi, "
            "succédant à Marc Rivière.")
    [(day, participants)] = found(text, lexicon, EventType.APPOINTMENT)
    assert day == "2027-06-03"
    assert participants == {("Laure Vidal", "appointee"), ("pôle Mer Méditerranée", "organisation"),
                            ("Marc Rivière", "predecessor")}


def test_he_who_was_elected_is_not_a_person_named_two_sentences_before(lexicon):
    text = "Laure Vidal a quitté la société Nexa. Le cluster Ekinov a un nouveau président. Il a été élu jeudi."
    for _, participants in found(text, lexicon, EventType.APPOINTMENT):
        assert ("Laure Vidal", "appointee") not in participants


@pytest.mark.parametrize("text, expected", [
    ("Le ministère a labellisé mardi le cluster Solarem.", [{("Solarem", "labelled")}]),
    ("Bureau Veritas a certifié ISO 9001 la société Agrimatic.", [{("Agrimatic", "labelled")}]),
    # the giver is never the holder; a project is no organisation to hold it
    ("L'Agence nationale de la recherche a labellisé mercredi le projet Hydromed, porté par le pôle Capenergies.", []),
])
def test_who_labels_in_the_active_voice_gives_the_label(text, expected, lexicon):
    assert [participants for _, participants in found(text, lexicon, EventType.LABEL)] == expected


def test_a_calls_purse_is_no_funding_unless_its_giver_is_named(lexicon):
    purse = "L'Agence de développement du digital lance un appel à projets doté de 10 MDH ; les candidatures sont reçues jusqu'au 15 juillet."
    assert found(purse, lexicon, EventType.FUNDING) == []
    given = "L'appel à projets « Ports intelligents », doté de 2,5 M€ par la Région Sud, est ouvert jusqu'au 30 juillet."
    assert [participants for _, participants in found(given, lexicon, EventType.FUNDING)] == [{("Région Sud", "funder")}]


def test_a_gatherings_quoted_name_is_no_organiser(lexicon):
    text = ("Les inscriptions pour le hackathon « Smart City » organisé par l'incubateur Flat6Labs "
            "sont ouvertes jusqu'au 30 juin.")
    assert found(text, lexicon, EventType.AGENDA) == [("2027-06-30", {("Flat6Labs", "organisation")})]


def test_a_wire_dateline_without_its_year_is_not_the_events_day(lexicon):
    text = ("Tunis, 9 juin (TAP) - La start-up Medika Vision a levé 1,8 million de dinars auprès de Flat6Labs Tunis, "
            "a-t-elle annoncé lundi.")
    [(day, _)] = found(text, lexicon, EventType.FUNDING)
    assert day == "2027-06-07"


def test_a_company_noun_after_a_funds_sentence_is_the_company_funded(lexicon):
    text = ("Dakar - Teranga Capital et Partech Africa ont investi mardi 2,5 milliards de FCFA dans la fintech "
            "sénégalaise Jàngal Pay. La jeune pousse avait été labellisée « Startup numérique » en janvier.")
    assert [participants for _, participants in found(text, lexicon, EventType.LABEL)] == [{("Jàngal Pay", "labelled")}]


def test_a_scale_up_is_a_company(lexicon):
    text = "Installée à EuraTechnologies depuis 2032, la scale-up Datalys a inauguré jeudi un second plateau sur le même site."
    [(day, participants)] = found(text, lexicon, EventType.OPENING)
    assert day == "2027-06-03"
    assert ("Datalys", "organisation") in participants


def test_a_park_named_by_its_last_word_hosts_a_gathering(lexicon):
    text = "Le Cluster Solaire organise le 17 juillet la 3e édition de son Solar Business Day au Green Energy Park, à Ben Guerir."
    [(day, participants)] = found(text, lexicon, EventType.AGENDA)
    assert day == "2027-07-17"
    assert participants == {("Cluster Solaire", "organisation"), ("Green Energy Park", "host")}


def test_a_membership_apposition_is_not_a_second_recipient(lexicon):
    text = ("Le pôle Systematic Paris-Region a signé vendredi un protocole avec Silicon Saxony. Le même jour, la start-up "
            "Quantyx, membre du pôle, a annoncé une levée de 12 millions d'euros menée par le fonds Quantonation.")
    [(_, participants)] = found(text, lexicon, EventType.FUNDING)
    assert participants == {("Quantyx", "recipient"), ("Quantonation", "funder")}


@pytest.mark.parametrize("text", [
    "Le rapprochement entre le pôle Viaméca et le cluster Mécaloire, évoqué depuis l'automne, n'a toujours pas été acté.",
    "La convention entre le Technopark de Tanger et l'Université Abdelmalek Essaadi n'est pas encore signée.",
])
def test_an_agreement_not_yet_made_is_no_partnership(text, lexicon):
    assert found(text, lexicon, EventType.PARTNERSHIP) == []


def test_an_industrial_zone_hosts_the_plant_opened_in_it(lexicon):
    """The entity layer names the zone by its place (a LOC): that entity is the host."""
    text = ("L'équipementier Elmetec Tunisie a démarré jeudi l'exploitation de sa deuxième usine dans la zone "
            "industrielle de Menzel Bourguiba.")
    [(day, participants)] = found(text, lexicon, EventType.OPENING)
    assert day == "2027-06-03"
    assert participants == {("Elmetec Tunisie", "organisation"), ("Menzel Bourguiba", "host")}


def test_who_founded_the_company_is_not_its_new_head(lexicon):
    text = ("Le groupe Souss Agrumes, fondé en 1998 par Ahmed El Idrissi, a confié sa direction générale, à compter "
            "du 1er juillet, à Samir El Idrissi.")
    appointments = found(text, lexicon, EventType.APPOINTMENT)
    assert appointments
    assert all(("Ahmed El Idrissi", "appointee") not in participants for _, participants in appointments)
    assert any(("Samir El Idrissi", "appointee") in participants for _, participants in appointments)
