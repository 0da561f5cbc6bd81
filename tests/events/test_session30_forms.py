"""Forms the reader missed until round 2, session 30: a hall whose name glues its kind (« à Valexpo »,
« au Polydôme ») or names a town's exhibition grounds (« à Paris Expo Porte de Versailles ») hosts the
gathering held there. Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import dated_roles_in, roles_in

PUBLISHED = date(2030, 1, 10)


def test_exhibition_grounds_named_after_their_town_host(event_lexicon):
    text = "Le salon Tech Méditerranée se tiendra du 13 au 16 juin à Paris Expo Porte de Versailles."
    found = roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert found and ("Paris Expo Porte de Versailles", "host") in found[0]


def test_a_hall_whose_name_glues_its_kind_hosts(event_lexicon):
    text = "Le pôle Plastinov tiendra du 3 au 5 avril, à Oyonnax, sa convention d'affaires annuelle, à Valexpo."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Plastinov", "organisation"), ("Valexpo", "host")}]


def test_a_town_after_a_bare_a_is_still_no_host(event_lexicon):
    text = "Le pôle Plastinov tiendra du 3 au 5 avril sa convention d'affaires annuelle à Oyonnax."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [{("Plastinov", "organisation")}]


def test_a_salary_told_in_an_apposition_leaves_the_funding(event_lexicon):
    text = ("La fintech Kaabu Pay, spécialisée dans le paiement des salaires par mobile, a reçu le 5 janvier un "
            "investissement de 1,2 milliard de FCFA d'Orange Ventures.")
    assert roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED) == [
        {("Kaabu Pay", "recipient"), ("Orange Ventures", "funder")}]


def test_a_turnover_before_the_amount_is_still_no_funding(event_lexicon):
    text = "La société Kaabu Pay, qui réalise un chiffre d'affaires de 3 millions d'euros, emploie 40 personnes."
    assert roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED) == []


def test_a_park_taken_up_by_its_kind_hosts(event_lexicon):
    text = ("Meknès - Nadia Berrada a été nommée lundi directrice générale de l'Agropolis de Meknès, l'agropole dédiée à "
            "l'agro-industrie. Le même jour, le groupe laitier Laitalys a inauguré dans l'agropole une unité de "
            "transformation de lait.")
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Laitalys", "organisation"), ("Agropolis de Meknès", "host")}]


def test_a_park_told_before_the_opener_hosts(event_lexicon):
    text = ("Dans la zone franche Midparc, à Nouaceur, près de l'aéroport Mohammed V, Aerostructures Atlas a ouvert "
            "lundi un atelier de pièces en composites.")
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Aerostructures Atlas", "organisation"), ("Midparc", "host")}]


def test_a_town_told_before_the_opener_is_no_host(event_lexicon):
    text = "Dans la région de Nouaceur, Aerostructures Atlas a ouvert lundi un atelier de pièces en composites."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [{("Aerostructures Atlas", "organisation")}]


def test_a_funding_retold_as_concluded_takes_that_day(event_lexicon):
    text = ("La fintech Wari Cash a levé 2 milliards de FCFA auprès du fonds Janngo Capital, a-t-elle annoncé lundi. "
            "L'opération a été conclue fin décembre.")
    assert [d for d, _ in dated_roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == ["2029-12"]


def test_an_investment_decided_at_a_meeting_takes_its_day(event_lexicon):
    text = ("Le Fonds algérien des start-up a investi 120 millions de dinars dans Yassir Agri, a-t-on appris mardi "
            "auprès du fonds. L'investissement a été décidé lors du comité du 3 janvier.")
    assert [d for d, _ in dated_roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == ["2030-01-03"]


def test_a_funding_told_on_its_day_keeps_it(event_lexicon):
    text = ("La fintech Wari Cash a levé le 6 janvier 2 milliards de FCFA auprès du fonds Janngo Capital. "
            "Elle compte recruter vingt ingénieurs.")
    assert [d for d, _ in dated_roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == ["2030-01-06"]


def test_a_second_funder_described_by_its_kind(event_lexicon):
    text = ("La fintech Wari Cash a levé 2 milliards de FCFA auprès du fonds panafricain Janngo Capital et de la "
            "société d'investissement Teranga Capital.")
    assert roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED) == [
        {("Wari Cash", "recipient"), ("Janngo Capital", "funder"), ("Teranga Capital", "funder")}]


def test_a_funders_owner_in_apposition_is_no_funder(event_lexicon):
    text = "La start-up Marine Biotech Ouest a levé 1,5 million d'euros auprès de Breizh Up, le fonds de la Région Bretagne."
    assert roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED) == [
        {("Marine Biotech Ouest", "recipient"), ("Breizh Up", "funder")}]


def test_a_cluster_named_after_two_adjectives_signs(event_lexicon):
    text = ("Le pôle Aerospace Valley et le cluster aéronautique andalou Hélice ont signé jeudi à Séville un accord de "
            "coopération sur les drones.")
    found = roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)
    assert found and ("Hélice", "partner") in found[0]


def test_two_signatories_the_first_attached_to_a_third_organisation(event_lexicon):
    text = ("Beyrouth - L'accélérateur Speed@BDD, rattaché à l'Université Saint-Joseph de Beyrouth, et la BLC Bank ont "
            "signé mardi un protocole de partenariat pour faciliter l'accès au crédit.")
    assert roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED) == [
        {("Speed@BDD", "partner"), ("BLC Bank", "partner")}]


def test_nous_given_money_in_an_interview_is_the_interviewees_organisation(event_lexicon):
    text = ("Senego : Kaay Tech grandit. Qu'avez-vous inauguré cette semaine ?\n"
            "Mariama Sow, directrice de l'incubateur Kaay Tech : Mardi, nous avons ouvert un espace de coworking.\n\n"
            "Senego : Comment le financez-vous ?\n"
            "M. S. : La Banque mondiale nous a accordé en septembre une subvention de 400 000 dollars.")
    assert roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 10, 10)) == [
        {("Banque mondiale", "funder"), ("Kaay Tech", "recipient")}]


def test_a_festival_named_into_its_venue_is_split(event_lexicon):
    text = "Du 15 au 17 mai, Orange Côte d'Ivoire tiendra l'Orange Fab Festival à la Maison de l'entreprise."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Orange Côte d'Ivoire", "organisation"), ("Maison de l'entreprise", "host")}]


def test_a_show_and_an_annual_dinner_are_gatherings(event_lexicon):
    show = "L'Organisation des professionnels des TIC organise les 6 et 7 décembre le Dakar Digital Show au King Fahd Palace."
    dinner = "Le Club des entrepreneurs de Nice tiendra son dîner annuel le 7 mars au Negresco."
    assert roles_in(show, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Organisation des professionnels des TIC", "organisation"), ("King Fahd Palace", "host")}]
    assert roles_in(dinner, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Club des entrepreneurs de Nice", "organisation"), ("Negresco", "host")}]


def test_a_park_after_its_kind_and_an_adjective_hosts(event_lexicon):
    science = ("Le groupe Leonardo ouvrira en juin un centre de cybersécurité au sein du parc scientifique Kilometro Rosso, "
               "près de Bergame.")
    technoparc = "La start-up Algolux Bio ouvrira en avril une unité pilote sur le technoparc Bordeaux Technowest, à Mérignac."
    assert roles_in(science, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Leonardo", "organisation"), ("Kilometro Rosso", "host")}]
    assert roles_in(technoparc, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Algolux Bio", "organisation"), ("Bordeaux Technowest", "host")}]


def test_a_gathering_named_on_its_kind_run_into_its_venue_is_split(event_lexicon):
    text = ("Le cluster Mecatronix organise les 13 et 14 février ses Journées de l'industrie électronique à l'Office des "
            "foires et expositions de Casablanca.")
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Mecatronix", "organisation"), ("Office des foires et expositions de Casablanca", "host")}]


def test_a_gathering_at_an_organisations_headquarters(event_lexicon):
    text = "Le 20 juin, le réseau Tunisian Startups réunira ses membres pour son assemblée annuelle, au siège de l'Utica à Tunis."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Tunisian Startups", "organisation"), ("Utica", "host")}]


def test_replacing_imports_is_no_appointment(event_lexicon):
    quote = "« Nous voulons remplacer une partie des importations », indique son gérant, Lotfi Benamara."
    assert roles_in(quote, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == []
    assert roles_in("Karim Tazi va remplacer Nadia Alami à la présidence du cluster Solaris.", event_lexicon,
                    EventType.APPOINTMENT, PUBLISHED)


def test_a_town_told_first_is_no_electing_organisation(event_lexicon):
    text = "À Grenoble, le cluster Tenerrdis a élu mercredi Paul Chevalier à sa présidence."
    assert roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == [
        {("Paul Chevalier", "appointee"), ("Tenerrdis", "organisation")}]


def test_the_group_is_the_company_not_the_park_the_article_opens_on(event_lexicon):
    text = ("Reportage. Les cheminées fument de nouveau dans le parc industriel de Bellara, près de Jijel. Tosyali Algérie "
            "y a mis en service le 1er janvier une nouvelle aciérie électrique.\n\nLe groupe a investi 1,2 milliard de "
            "dollars dans cette extension.")
    assert roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED) == [{("Tosyali Algérie", "funder")}]


def test_an_opening_denied_is_none(event_lexicon):
    assert roles_in("La société Kivu n'a pas ouvert de bureau à Dakar ce mois-ci.", event_lexicon,
                    EventType.OPENING, PUBLISHED) == []
    assert roles_in("La société Kivu a ouvert lundi un bureau à Dakar.", event_lexicon, EventType.OPENING, PUBLISHED)


def test_a_plural_founding_year_dates_no_label(event_lexicon):
    text = ("Fondés en 1927 dans le Roannais, les Tissages de Charlieu ont reçu en janvier le label « Entreprise du "
            "patrimoine vivant ».")
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, PUBLISHED) == [
        ("2030-01", {("Tissages de Charlieu", "labelled")})]


def test_a_venue_after_a_town_on_the_way_hosts(event_lexicon):
    text = "Le pôle Cosmetiq organisera le 15 mai à Casablanca une première mission d'affaires au Hyatt Regency Casablanca."
    found = roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED)
    assert found and ("Hyatt Regency Casablanca", "host") in found[0]
