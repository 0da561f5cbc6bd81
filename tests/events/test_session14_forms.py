"""Phrasings read on invented texts (round 2, session 14): wire datelines before the subject, a
carnet's next item, parks the gazetteer knows as places, a pluperfect after an apposition, a short
time adverb after "que"."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2027, 6, 9)  # a Wednesday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


# A wire's dateline, its day and its agency, is no subject: the company after it is

@pytest.mark.parametrize("text", [
    ("Tanger, 8 juin (MAP) - La start-up Zelija Foods, installée à la zone franche de Tanger, a levé lundi "
    "3 millions de dirhams auprès de Maroc Numeric Fund."),
    ("Tanger, 8 juin 2027 (MAP) - La start-up Zelija Foods, hébergée par le Technopark de Tanger, a levé "
    "lundi 3 millions de dirhams auprès de Maroc Numeric Fund."),
])
def test_the_company_after_a_wire_dateline_receives(text, event_lexicon):
    [event] = found(text, event_lexicon, EventType.FUNDING)
    assert ("Zelija Foods", "recipient") in event and not any(name == "Tanger" for name, _ in event)


def test_a_carnet_line_about_another_organisation_is_its_own_departure(event_lexicon):
    text = ("Carnet de la semaine\n"
            "Aerospace Valley. Hélène Marchal a été élue présidente du pôle le 3 juin.\n"
            "Technopark de Tanger. Driss Alami a quitté la direction du technopark le 1er juin.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Hélène Marchal", "appointee"), ("Aerospace Valley", "organisation")},
        {("Driss Alami", "predecessor"), ("Technopark de Tanger", "organisation")},
    ]


def test_a_successor_in_the_next_sentence_of_the_same_item_is_still_joined(event_lexicon):
    """The carnet rule leaves a succession told over two sentences alone."""
    text = ("Mireille Castan a été nommée lundi directrice générale du pôle Derbi. "
            "Elle succède à Paul Ferrand.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Mireille Castan", "appointee"), ("pôle Derbi", "organisation"), ("Paul Ferrand", "predecessor")}]


def test_a_technopole_the_gazetteer_knows_as_a_place_hosts_a_site(event_lexicon):
    text = "Le groupe Thales a inauguré mardi un nouveau laboratoire à Sophia Antipolis."
    assert found(text, event_lexicon, EventType.OPENING) == [{("Thales", "organisation"), ("Sophia Antipolis", "host")}]


def test_a_town_is_still_no_host(event_lexicon):
    text = "Le groupe Thales a inauguré mardi un nouveau laboratoire à Toulouse."
    assert found(text, event_lexicon, EventType.OPENING) == [{("Thales", "organisation")}]


def test_a_pluperfect_after_an_apposition_keeps_the_subject(event_lexicon):
    text = ("Lundi, la société Kerlann Energie a bouclé un tour de table de 4 M€ mené par Breizh Up. "
            "En avril, la société, membre du pôle Images et Réseaux, avait obtenu le label Greentech Innovation.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Kerlann Energie", "labelled")}]


@pytest.mark.parametrize(("opening", "day"), [
    ("qu'hier", date(2027, 6, 8)), ("que ce matin", PUBLISHED), ("que lundi dernier", date(2027, 6, 7)),
])
def test_a_short_time_adverb_after_que_leaves_the_signatories_subjects(opening, day, event_lexicon):
    text = (f"Heureuse d'annoncer {opening}, la start-up Ecomotion et la Banque Populaire du Sud ont signé "
            "un accord pour accompagner 30 start-ups.")
    [event] = events_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Ecomotion", "partner"), ("Banque Populaire du Sud", "partner")}
    assert event.date == day.isoformat()


def test_an_english_gathering_name_is_an_agenda_item(event_lexicon):
    text = "Du 12 au 14 octobre, le Technopark de Tanger accueille les Maghreb Startup Days."
    [event] = events_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {("Technopark de Tanger", "host")}
    assert event.date == "2027-10-12/2027-10-14"


@pytest.mark.parametrize("participle", ["Distinguée", "Récompensée"])
def test_a_fronted_participle_distinguished_by_a_label_gives_it_to_the_subject(participle, event_lexicon):
    text = (f"{participle} lundi par le label Solar Impulse, la start-up Neoflore a signé un partenariat avec "
            "le pôle Axelera.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Neoflore", "labelled")}]


def test_a_round_closed_with_its_sum_a_few_words_after_the_verb(event_lexicon):
    text = ("Aminata Diallo a fondé Teranga Solar.\nOù en est votre financement ?\n"
            "« Nous avons bouclé en mars 800 millions de FCFA auprès de Partech Africa. »")
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Teranga Solar", "recipient"), ("Partech Africa", "funder")}]



@pytest.mark.parametrize("text", [
    "Un nouvel incubateur dédié à la santé a été inauguré lundi au Technopark de Tanger par la société Medilink.",
    ("Le ministre de l'Industrie a inauguré lundi, au sein du Technopark de Tanger, le nouveau centre de "
    "formation de la société Medilink."),
    "Le Technopark de Tanger a accueilli lundi l'inauguration du nouvel incubateur de Medilink.",
])
def test_an_opening_told_around_its_host_names_who_opens_and_where(text, event_lexicon):
    [event] = events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Medilink", "organisation"), ("Technopark de Tanger", "host")}
    assert event.date == "2027-06-07"


@pytest.mark.parametrize("text", [
    ("La start-up Neoflore a levé 2 M€ lors d'un tour de table mené par Breizh Up et auquel ont participé "
    "Bpifrance et le Crédit Mutuel Arkéa."),
    "La société Neoflore a reçu 2 M€ de Breizh Up, de Bpifrance et du Crédit Mutuel Arkéa.",
])
def test_every_investor_of_a_round_told_after_its_sum(text, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == [{
        ("Neoflore", "recipient"), ("Breizh Up", "funder"), ("Bpifrance", "funder"), ("Crédit Mutuel Arkéa", "funder")}]


def test_two_backers_that_support_a_named_company_fund_it(event_lexicon):
    text = "Bpifrance et la Région Bretagne soutiennent Neoflore à hauteur de 800 000 euros."
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Bpifrance", "funder"), ("Région Bretagne", "funder"), ("Neoflore", "recipient")}]


@pytest.mark.parametrize(("text", "holder"), [
    ("L'État a attribué mardi le label French Tech Tremplin à 15 start-up, dont Neoflore.", "Neoflore"),
    ("Le label Entreprise du patrimoine vivant a été décerné mardi à la biscuiterie Belle-Île.", "Belle-Île"),
])
def test_a_label_given_to_one_of_several_or_to_a_trade_named_firm(text, holder, event_lexicon):
    [event] = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {(holder, "labelled")}
    assert event.date == "2027-06-08"


def test_an_alliance_with_one_partner(event_lexicon):
    assert found("Neoflore s'allie au géant Bayer pour distribuer ses capteurs en Afrique.", event_lexicon,
                 EventType.PARTNERSHIP) == [{("Neoflore", "partner"), ("Bayer", "partner")}]


@pytest.mark.parametrize("text", [
    "Élu à l'unanimité lundi, Ahmed Kettani présidera le Cluster Solaire pour trois ans.",
    "Le conseil d'administration du Cluster Solaire a porté lundi Ahmed Kettani à sa tête.",
])
def test_an_election_told_with_its_weekday_is_dated_that_past_day(text, event_lexicon):
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Ahmed Kettani", "appointee"), ("Cluster Solaire", "organisation")}
    assert event.date == "2027-06-07"


# dev28 (gold15), round 2 session 14

def test_a_city_dateline_before_a_bare_name_is_split_off(event_lexicon):
    text = "Alger - Sonelgaz et l'Agence nationale des déchets ont signé lundi une convention pour le recyclage."
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Sonelgaz", "partner"), ("Agence nationale des déchets", "partner")}]


def test_an_opening_par_ailleurs_is_still_an_opening(event_lexicon):
    text = ("Sonelgaz et l'Agence nationale des déchets ont signé lundi une convention.\n\n"
            "Le groupe ouvrira par ailleurs en septembre un incubateur à Ouargla.")
    [event] = events_in(text, event_lexicon, EventType.OPENING, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {("Sonelgaz", "organisation")}
    assert event.date == "2027-09"


def test_a_country_opening_a_company_name_is_part_of_it(event_lexicon):
    text = ("La BNDA a octroyé lundi un crédit de 2 milliards de francs CFA à Mali Céréales Industrie, qui produit "
            "des farines.")
    assert found(text, event_lexicon, EventType.FUNDING) == [{("BNDA", "funder"), ("Mali Céréales Industrie", "recipient")}]


def test_the_place_after_a_defined_name_does_not_break_the_list_of_signatories(event_lexicon):
    text = ("Le Parc des technologies numériques (PTN) de Diamniadio et l'Agence française de développement (AFD) "
            "ont signé vendredi un accord d'assistance technique.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Parc des technologies numériques", "partner"), ("Agence française de développement", "partner")}]


def test_a_handover_with_its_day_between_the_verb_and_the_post(event_lexicon):
    text = "Nathalie Verdier cédera le 1er juillet la direction générale du pôle Derbi à Inès Moreau."
    [event] = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert {(p.mention.surface, p.role.value) for p in event.participants} == {
        ("Inès Moreau", "appointee"), ("pôle Derbi", "organisation"), ("Nathalie Verdier", "predecessor")}
    assert event.date == "2027-07-01"


def test_a_post_writer_who_joins_an_organisation_after_years_elsewhere(event_lexicon):
    text = ("Salma Idrissi · Directrice des programmes, Tanger Tech Hub\n\n"
            "Nouveau chapitre ! Après six belles années chez Capgemini, je rejoins aujourd'hui Tanger Tech Hub "
            "en tant que directrice des programmes.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Salma Idrissi", "appointee"), ("Tanger Tech Hub", "organisation")}]


def test_a_site_opened_within_a_platform_is_hosted_by_it(event_lexicon):
    text = ("Le centre d'innovation ghanéen Kumasi Hive a ouvert lundi son premier bureau en Afrique francophone, "
            "dans l'enceinte de la Plateforme industrielle d'Adétikopé (PIA), au nord de Lomé.")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Kumasi Hive", "organisation"), ("Plateforme industrielle d'Adétikopé", "host")}]


def test_the_maker_of_a_labelled_product_holds_the_label(event_lexicon):
    text = ("La solution de séchage solaire de la start-up nantaise Helioseche a reçu lundi le label "
            "« Solar Impulse Efficient Solution ».")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Helioseche", "labelled")}]


def test_an_interviewee_answering_after_a_speaker_tag_speaks_for_its_organisation(event_lexicon):
    text = ("Entretien avec Claire Morel, directrice de la technopole Savoie Technolac.\n\n"
            "Le Dauphiné : Avec quels partenaires ?\n"
            "C. M. : Nous avons signé le 3 juin une convention de mécénat de compétences avec Schneider Electric.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Savoie Technolac", "partner"), ("Schneider Electric", "partner")}]


def test_a_name_typed_as_a_person_that_obtains_a_certification_is_a_firm(event_lexicon):
    text = "Tafsut Bio obtient la certification ISO 27001 pour sa plateforme de traduction."
    [event] = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert [(p.mention.surface, p.role.value) for p in event.participants] == [("Tafsut Bio", "labelled")]


@pytest.mark.parametrize("text", [
    "Douze start-up ont été labellisées Startup Act lundi, dont Dar Tech et Kalima Drones.",
    "Le jury du label Startup Act a retenu lundi douze entreprises, parmi lesquelles Dar Tech et Kalima Drones.",
])
def test_labelled_firms_named_after_dont_or_parmi_lesquelles(text, event_lexicon):
    assert found(text, event_lexicon, EventType.LABEL) == [{("Dar Tech", "labelled")}, {("Kalima Drones", "labelled")}]


def test_a_grant_fronted_with_grace_a_goes_to_the_subject_after_it(event_lexicon):
    text = "Grâce à une subvention de 200 000 euros de la Région Sud, la PME marseillaise Ecofil va doubler sa production."
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Ecofil", "recipient"), ("Région Sud", "funder")}]


@pytest.mark.parametrize("text", [
    "La société Ecofil a reçu le soutien de Bpifrance, qui lui a accordé un prêt d'amorçage de 300 000 euros.",
    "Ecofil est soutenue par Bpifrance, qui lui a accordé un prêt de 300 000 euros.",
    "Bpifrance a retenu le projet d'Ecofil et lui a accordé un prêt de 300 000 euros.",
])
def test_lui_names_who_receives_in_a_relative_or_a_coordinated_clause(text, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Bpifrance", "funder"), ("Ecofil", "recipient")}]


# dev29 (gold16), round 2 session 14

def test_a_described_partner_in_apposition_is_no_third_signatory(event_lexicon):
    text = ("Le Technopôle de Sfax a signé lundi un accord de jumelage avec Kista Science City, le parc technologique "
            "de Stockholm.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Technopôle de Sfax", "partner"), ("Kista Science City", "partner")}]


def test_a_first_partner_described_by_a_participle_then_et_the_second(event_lexicon):
    text = ("Novation City, le pôle de compétitivité de Sousse dédié à la mécatronique, et l'Automotive Cluster "
            "Ostdeutschland (ACOD) ont signé lundi un mémorandum d'entente.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Novation City", "partner"), ("Automotive Cluster Ostdeutschland", "partner")}]


@pytest.mark.parametrize("text", [
    "Le pôle Cosmetic Valley réfléchirait à l'ouverture d'une antenne à Casablanca, selon plusieurs sources.",
    "« Nous voulons maintenant ouvrir une boutique à Paris », confie la gérante de la Ganterie Lescure.",
])
def test_a_rumoured_or_wished_opening_is_no_opening(text, event_lexicon):
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_workshop_named_by_its_trade_and_taken_up_as_l_atelier(event_lexicon):
    text = ("Millau. Fondée en 1921, la Ganterie Lescure a reçu lundi le label « Entreprise du patrimoine vivant ». "
            "L'atelier, qui emploie 23 gantières, avait obtenu en mars un prêt de 200 000 € de la Banque populaire "
            "du Sud.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Ganterie Lescure", "labelled")}]
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Ganterie Lescure", "recipient"), ("Banque populaire du Sud", "funder")}]


def test_an_interim_head_since_a_departure_told_with_its_month(event_lexicon):
    text = ("Biotech Santé Bretagne. Ronan Piriou assure l'intérim de la direction générale du pôle depuis le départ, "
            "fin mai, de Gwenola Le Bihan.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Ronan Piriou", "appointee"), ("Biotech Santé Bretagne", "organisation"), ("Gwenola Le Bihan", "predecessor")}]


def test_a_founders_post_says_we_after_a_colon_and_names_every_investor(event_lexicon):
    text = ("Yanis Haddad\nCEO & cofondateur de Tassili Robotics\n\n"
            "🚀 Grande étape pour Tassili Robotics : nous avons bouclé notre tour d'amorçage de 80 millions de dinars "
            "auprès d'Algerian Startup Fund (ASF) et de CapInvest Maghreb !\n\n"
            "🏅 Cerise sur le gâteau : la semaine dernière, Tassili Robotics a obtenu le label « Start-up ».")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Tassili Robotics", "recipient"), ("Algerian Startup Fund", "funder"), ("CapInvest Maghreb", "funder")}]
    [label] = events_in(text, event_lexicon, EventType.LABEL, PUBLISHED)
    assert label.date == "2027-06"  # the week before 9 June 2027 (31 May-6 June): most of it in June


def test_a_sum_released_a_cette_occasion_is_dated_at_the_signing(event_lexicon):
    text = ("Oran, 9 juin 2027 (APS) - Le groupe Sonatrach et l'Université d'Oran ont signé lundi une convention-cadre. "
            "À cette occasion, la compagnie nationale a débloqué 150 millions de dinars pour équiper un laboratoire.")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert ("Sonatrach", "funder") in {(p.mention.surface, p.role.value) for p in event.participants}
    assert event.date == "2027-06-07"


# dev30 (gold17), round 2 session 14

def test_a_forum_hosted_this_year_by_another_body(event_lexicon):
    text = ("Le Dakar Tech Cluster organise le 1er octobre 2027 son Forum Investisseurs, qui sera accueilli cette année "
            "par la Sonatel Academy.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Dakar Tech Cluster", "organisation"), ("Sonatel Academy", "host")}]


def test_an_investment_agreement_signed_on_a_day_dates_the_stake(event_lexicon):
    text = ("Le Fonds souverain d'investissements stratégiques a injecté 2,5 milliards de francs CFA dans la société "
            "Teranga Aqua. La convention d'investissement a été signée lundi à Dakar.")
    [event] = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert event.date == "2027-06-07"


def test_a_carrefour_named_as_a_gathering(event_lexicon):
    text = "Le pôle Vegepolys Valley tiendra par ailleurs son Carrefour de l'innovation végétale le 19 novembre à Angers."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Vegepolys Valley", "organisation")}]


def test_trainees_certified_are_no_label(event_lexicon):
    text = ("Le groupe Dräxlmaier a signé lundi une convention avec l'Agence tunisienne de la formation "
            "professionnelle pour la certification des 600 stagiaires attendus chaque année.")
    assert found(text, event_lexicon, EventType.LABEL) == []
