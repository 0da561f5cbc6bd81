"""Phrasings read on invented texts (round 2, session 17): costs, shares of a cost, the dinar of an
Algerian wire, and the other forms the session's dev sets (dev65-dev73) showed."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 14)  # a Wednesday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


@pytest.mark.parametrize("text", [
    "Le groupe Alpha Industrie a inauguré lundi son usine de Tanger. Le site a coûté 8 millions d'euros.",
    ("Le groupe Alpha Industrie a inauguré lundi son usine de Tanger. Le centre de données, dont le chantier "
     "a coûté 45 millions d'euros, ouvrira en avril."),
])
def test_what_a_site_cost_is_no_funding(text, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == []


def test_a_cost_financed_by_a_named_funder_stays_a_funding(event_lexicon):
    text = ("Le groupe Alpha Industrie a inauguré lundi son usine de Tanger. Le site a coûté 14 millions d'euros, "
            "financés par un prêt de la Banque Populaire du Nord.")
    assert [e.amount.value for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == [14_000_000]


def test_the_share_a_named_funder_gives_of_a_cost_is_the_funding(event_lexicon):
    text = ("Le laboratoire Sahel Pharma a mis en service samedi son usine de Diamniadio. Le site a coûté "
            "18 milliards de FCFA, dont 10 milliards apportés sous forme de prêt par la Banque africaine de "
            "développement.")
    events = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert [(e.amount.value, e.amount.currency) for e in events] == [(10_000_000_000, "XOF")]
    assert {(p.mention.surface, p.role.value) for p in events[0].participants} == {
        ("Sahel Pharma", "recipient"), ("Banque africaine de développement", "funder")}


def test_a_share_without_a_funder_is_still_no_event(event_lexicon):
    text = ("Le groupe Alpha Industrie investit 300 millions de dirhams dans son usine de Kénitra, dont "
            "100 millions dès cette année.")
    assert [e.amount.value for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == [300_000_000]


@pytest.mark.parametrize(("text", "currency"), [
    (("Bordj Bou Arréridj, 1er décembre (APS) - Le groupe Condor Électronique a mis en service jeudi une "
      "usine de climatiseurs. L'investissement, de 4,8 milliards de dinars, a été porté sur fonds propres."), "DZD"),
    (("Les faits de la semaine.\nTunisie - La start-up Medicalis a levé 2 millions de dinars auprès de "
      "Tunisie Innovation Capital.\nAlgérie - La start-up Yassir Logistics a levé 300 millions de dinars "
      "auprès d'Algeria Startup Fund."), "TND DZD"),
])
def test_a_bare_dinar_takes_the_country_of_its_wire_or_line(text, currency, event_lexicon):
    events = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert " ".join(e.amount.currency for e in events) == currency


def test_certified_goods_are_no_label(event_lexicon):
    text = ("Ivoire Cacao Process a scellé un partenariat avec la coopérative Ecookim, qui lui livrera "
            "20.000 tonnes de fèves certifiées par an.")
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_a_workshop_of_production_one_thinks_of_is_no_gathering(event_lexicon):
    text = ("La start-up Azurlift a obtenu 750 000 euros de la Région Sud. La société prépare une levée de fonds "
            "pour 2037 et songe à installer un atelier d'assemblage dans la vallée du Var.")
    assert found(text, event_lexicon, EventType.AGENDA) == []


def test_installations_shown_to_the_public_are_no_opening(event_lexicon):
    text = "Pour faire découvrir ses installations au grand public, Volterre organisera des portes ouvertes samedi 18 octobre."
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_a_first_agreement_years_before_is_background(event_lexicon):
    text = ("La Fondation Sophia Antipolis, l'Université Côte d'Azur et le pôle SCS ont signé lundi une charte "
            "commune. Le texte prolonge et élargit un premier accord, conclu en 2031 entre la fondation et "
            "l'université seules.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)] == ["2037-01-12"]


@pytest.mark.parametrize(("text", "expected"), [
    (("La Caisse des dépôts et consignations (CDC) a souscrit jeudi dernier pour 5 millions de dinars au capital "
      "d'Olivia Biotech, start-up installée à la technopole de Sidi Thabet."),
     {("Caisse des dépôts et consignations", "funder"), ("Olivia Biotech", "recipient")}),
    (("La biotech Biomim Lab a vu mardi le fonds régional Occitanie Innovation souscrire pour 1,5 million d'euros "
      "d'obligations convertibles."),
     {("Biomim Lab", "recipient"), ("Occitanie Innovation", "funder")}),
])
def test_who_subscribes_for_a_sum_gives_it(text, expected, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == [expected]


def test_a_loan_to_a_trade_noun_and_its_goods_goes_to_the_name_after(event_lexicon):
    text = ("Abidjan, 6 fév. 2036 (AFP) - La Société financière internationale (SFI), filiale de la Banque mondiale "
            "dédiée au secteur privé, a octroyé mardi un prêt de 25 millions de dollars au transformateur de noix "
            "de cajou Ivoire Cajou Industries, a annoncé l'institution.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Société financière internationale", "funder"), ("Ivoire Cajou Industries", "recipient")}]


@pytest.mark.parametrize(("text", "expected"), [
    ("En marge de la cérémonie, la start-up Dronalys, résidente de Technopolis, a indiqué avoir obtenu 6 millions de dirhams du Fonds Innov Invest.",
     {("Dronalys", "recipient"), ("Innov Invest", "funder")}),
    ("Nous sommes ravis d'annoncer que MedTrace, start-up du Technopark de Casablanca, a réuni 1,5 million de dollars auprès d'Azur Ventures !",
     {("MedTrace", "recipient"), ("Azur Ventures", "funder")}),
])
def test_the_park_in_an_apposition_receives_nothing(text, expected, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == [expected]


def test_no_successor_named_yet_leaves_only_the_departure(event_lexicon):
    text = ("Isabelle Marchand quitte la présidence de Cosmetic Valley. Elle n'a pas fait connaître sa future "
            "orientation et aucun successeur n'a été désigné.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Cosmetic Valley", "organisation"), ("Isabelle Marchand", "predecessor")}]


def test_an_appointment_takes_the_day_its_nomination_takes_effect(event_lexicon):
    text = ("Le Cluster Agropole Nord change de direction. Youssef El Idrissi en devient le délégué général ; "
            "sa nomination prendra effet le 1er juillet.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)] == ["2037-07-01"]


def test_nothing_decided_is_no_event(event_lexicon):
    text = "Hydrovia ouvrira sans doute un bureau commercial à Valence, mais rien n'est décidé."
    assert found(text, event_lexicon, EventType.OPENING) == []


@pytest.mark.parametrize("text", [
    "À SUIVRE - Un grand constructeur automobile asiatique négocierait son implantation dans la zone franche de Tanger Automotive City.",
    "L'accord prévoit l'ouverture des laboratoires de l'UIR aux PME du parc Technopolis.",
])
def test_a_rumoured_or_provided_for_opening_is_none(text, event_lexicon):
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_an_interview_introduced_by_a_verb_of_leading_speaks_for_that_organisation(event_lexicon):
    text = ("Awa Ndiaye dirige Kër Innov, l'incubateur du parc technologique de Diamniadio.\n\n"
            "Le Fonds de garantie des investissements prioritaires vient de vous soutenir. De quoi s'agit-il ?\n\n"
            "Le Fongip nous a accordé le mois dernier une dotation de 400 millions de FCFA pour financer les "
            "bourses d'amorçage de nos start-up.")
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Fongip", "funder"), ("Kër Innov", "recipient")}]


def test_a_sum_told_again_after_soit_in_another_currency_is_one_amount(event_lexicon):
    text = ("Casablanca - La start-up Argan Labs a bouclé le 12 janvier un tour de 2 millions d'euros, soit environ "
            "21 millions de dirhams, auprès du fonds Atlas Capital.")
    events = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert [(e.amount.value, e.amount.currency) for e in events] == [(2_000_000, "EUR")]


def test_il_remplace_a_ce_poste_names_the_predecessor(event_lexicon):
    text = ("Tunis, 7 juin (TAP) - Samir Jaziri a été nommé hier directeur général du Pôle de compétitivité de "
            "Monastir-El Fejja. Il remplace à ce poste Khaled Amri, qui avait dirigé la structure pendant six ans.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Samir Jaziri", "appointee"), ("Pôle de compétitivité de Monastir-El Fejja", "organisation"),
         ("Khaled Amri", "predecessor")}]


def test_a_gathering_organised_by_x_at_a_park_is_hosted_by_the_park(event_lexicon):
    text = ("AGENDA\n2-4 avril. Forum Africa Tech, organisé par la Fédération marocaine des technologies de "
            "l'information (Apebi) au Technopark de Casablanca.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Fédération marocaine des technologies de l'information", "organisation"),
         ("Technopark de Casablanca", "host")}]


@pytest.mark.parametrize("text", [
    "Son président, Adil Cherkaoui, a indiqué que l'organisation Digital Atlas « réfléchit » à l'ouverture d'une antenne à Fès.",
    "Une réflexion sur l'ouverture d'une antenne d'Atlanpole Biotherapies à Angers a été évoquée, sans décision.",
    ("Blocfret, qui compte 30 salariés, envisage de recruter une vingtaine de personnes d'ici l'été prochain et "
     "d'ouvrir, à terme, un bureau à Anvers."),
    "Dans la zone de Sandiara, les promesses d'implantation se sont succédé, les usines beaucoup moins.",
])
def test_a_reflection_a_promise_or_a_second_intention_is_no_opening(text, event_lexicon):
    assert found(text, event_lexicon, EventType.OPENING) == []


def test_an_agreement_signed_at_the_inauguration_takes_its_day(event_lexicon):
    text = ("L'Agropole de Berkane a inauguré lundi sa plateforme logistique. À l'occasion de l'inauguration, "
            "l'Agropole de Berkane et l'Office national de sécurité sanitaire des produits alimentaires (ONSSA) "
            "ont signé une convention de contrôle.")
    assert [e.date for e in events_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED)] == ["2037-01-12"]


def test_portee_then_a_date_in_commas_then_the_presidency_is_an_appointment(event_lexicon):
    text = ("Nadia Lahlou a été portée, le 14 avril, à la présidence du Cluster Marocain des Industries "
            "Agroalimentaires. Cette dirigeante d'une conserverie d'Agadir succède à Driss Benjelloun.")
    events = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [({(p.mention.surface, p.role.value) for p in e.participants}, e.date) for e in events] == [
        ({("Nadia Lahlou", "appointee"), ("Cluster Marocain des Industries Agroalimentaires", "organisation"),
          ("Driss Benjelloun", "predecessor")}, "2036-04-14")]


@pytest.mark.parametrize(("text", "expected"), [
    ("La Banque X a accordé un prêt au pôle. Julien Ferrandi dirige le Pôle Mer Méditerranée depuis le 1er janvier.",
     {("Julien Ferrandi", "appointee"), ("Pôle Mer Méditerranée", "organisation")}),
    ("Mardi, le ministère de l'Industrie a nommé Ousmane Faye coordonnateur de l'Agropole Centre, un poste resté vacant depuis l'été.",
     {("Ousmane Faye", "appointee"), ("Agropole Centre", "organisation")}),
])
def test_the_organisation_led_is_the_one_after_the_verb_or_the_role(text, expected, event_lexicon):
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Les brèves du jour.\n• Cap Digital a obtenu de Bpifrance une subvention de 2 millions d'euros pour déployer son programme.",
     {("Cap Digital", "recipient"), ("Bpifrance", "funder")}),
    (("Grenoble, 8 sept. 2036 (AFP) - Le fabricant grenoblois Lumiwave a levé 22 millions d'euros auprès d'un "
      "consortium mené par Supernova Invest et le Fonds européen d'investissement."),
     {("Lumiwave", "recipient"), ("Supernova Invest", "funder"), ("Fonds européen d'investissement", "funder")}),
])
def test_who_gives_after_obtenu_de_or_a_consortium_led_by(text, expected, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == [expected]


@pytest.mark.parametrize("text", [
    "Le pôle Atlanpole Biotherapies revendique 190 membres et un budget annuel de 2,3 millions d'euros.",
    ("Le projet du pôle Valorial, d'un budget total de 2,3 millions d'euros sur quatre ans, vise à améliorer "
     "le goût des légumineuses."),
])
def test_a_budget_told_as_a_figure_is_no_funding(text, event_lexicon):
    assert found(text, event_lexicon, EventType.FUNDING) == []


@pytest.mark.parametrize("text", [
    ("Monastir, 7 mai (TAP) - Le pôle de compétitivité de Monastir-El Fejja et le Centre technique du textile ont "
     "conclu lundi un accord visant à mutualiser leurs laboratoires et à proposer une offre certifiée."),
    ("Les deux entreprises labellisées présenteront leur savoir-faire lors des Rencontres d'affaires du pôle "
     "Nucléaire Bourgogne, les 7 et 8 mars."),
])
def test_an_aim_or_a_taking_up_is_no_label(text, event_lexicon):
    assert found(text, event_lexicon, EventType.LABEL) == []


def test_a_loan_agreement_is_a_funding_not_a_partnership(event_lexicon):
    text = ("Dakar - Le Centre de formation Kër Agro a signé le 2 avril avec la Banque islamique de développement "
            "un accord de financement de 18 milliards de FCFA pour ses équipements.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == []
    assert [e.amount.value for e in events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)] == [18_000_000_000]
