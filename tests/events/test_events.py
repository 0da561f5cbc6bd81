"""Event extraction on texts through the real NLP stage (spaCy + Veille's rules + resolution)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.events import EventType, Role, find_events, load_lexicon
from pipeline.events.amounts import AmountFinder, load_rates
from pipeline.events.batch import EventReader
from pipeline.events.dates import past_weekdays
from pipeline.events.leadership import RoleForms
from pipeline.events.text import sentences
from pipeline.records import DateMention, article_id_for
from pipeline.resolve.corpus import resolve
from pipeline.text import fold_keep_offsets
from tests.nlp_models import shared_analyzer

MODELS = Path(__file__).resolve().parents[2] / "models"


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon(MODELS)


def events_of(text: str, published: date, lexicon):
    return find_events(shared_analyzer().annotate_text(text, published), lexicon)


def roles(event) -> set[tuple[str, str]]:
    return {(p.mention.surface, p.role.value) for p in event.participants}


@pytest.mark.parametrize("text, value, currency", [
    ("2,5 M€", 2_500_000, "EUR"),
    ("12 millions de dirhams", 12_000_000, "MAD"),
    ("1,2 milliard de FCFA", 1_200_000_000, "XOF"),
    ("30 MDH", 30_000_000, "MAD"),
    ("4 MDT", 4_000_000, "TND"),
    ("800 k€", 800_000, "EUR"),
    ("600 000 dinars", 600_000, "TND"),
    ("4,5 millions d'euros", 4_500_000, "EUR"),
    # numbers written in words, before a multiplier
    ("sept millions d'euros", 7_000_000, "EUR"),
    ("Trente-cinq millions de dirhams", 35_000_000, "MAD"),
    ("un demi-milliard de FCFA", 500_000_000, "XOF"),
    ("deux millions et demi de dinars", 2_500_000, "TND"),
    ("6 millions et demi d'euros", 6_500_000, "EUR"),
    ("quatre-vingts millions de dirhams", 80_000_000, "MAD"),
    ("trois cent mille euros", 300_000, "EUR"),
    # a multiplier inside the words closes a group
    ("un million huit cent mille euros", 1_800_000, "EUR"),
    ("deux millions cinq cent mille dirhams", 2_500_000, "MAD"),
    ("trois milliards deux cents millions de FCFA", 3_200_000_000, "XOF"),
    ("quatre millions deux cent cinquante mille euros", 4_250_000, "EUR"),
    # the currency's abbreviation in brackets belongs to the amount (round 2, session 10)
    ("15 millions de dinars (MDT)", 15_000_000, "TND"),
    ("30 millions de dirhams ( MDH )", 30_000_000, "MAD"),
])
def test_amounts_in_every_written_form(text, value, currency):
    found = AmountFinder(MODELS / "events" / "amounts.yaml").find(f"une levée de {text} cette année")
    assert [(a.value, a.currency, a.surface) for a in found] == [(value, currency, text)]


def test_figures_that_are_not_money_are_not_amounts():
    finder = AmountFinder(MODELS / "events" / "amounts.yaml")
    assert finder.find("160 membres, 12 % de hausse, en 2023, Industrie 4.0, ISO 9001") == []
    assert finder.find("trois entreprises, un million de visiteurs, deux euros le ticket") == []


def test_a_retelling_sentence_dates_the_event_before_it(lexicon):
    text = ("Le cluster Granit Bretagne et l'école Polytech Vannes ont conclu une convention sur l'usinage. "
            "La signature s'est déroulée mercredi dernier à Vannes.")
    found = events_of(text, date(2027, 11, 19), lexicon)
    deal = next(e for e in found if e.type is EventType.PARTNERSHIP)
    assert deal.date == "2027-11-17"


def test_a_retelling_of_another_act_does_not_date_a_funding(lexicon):
    text = ("Le pôle Lin Avenir a reçu 2 M€ de la Région Normandie pour son banc d'essai. "
            "La convention a été signée lundi dernier à Rouen.")
    found = events_of(text, date(2027, 11, 19), lexicon)
    money = next(e for e in found if e.type is EventType.FUNDING)
    assert money.date == "2027-11-19"


def test_a_weekday_told_in_the_past_is_not_next_week(lexicon):
    # the article is of a Friday: « vendredi » with a past verb is that day, not the next Friday
    text = "La société Cerelia Foods a inauguré vendredi sa nouvelle usine dans la zone industrielle de Settat."
    found = events_of(text, date(2027, 11, 19), lexicon)
    opening = next(e for e in found if e.type is EventType.OPENING)
    assert opening.date == "2027-11-19"
    friday = [DateMention("vendredi", "2027-11-26", 10, 18)]
    read = [(past_weekdays(friday, fold_keep_offsets(s).lower(), "2027-11-19", lexicon.weekdays, lexicon.past_verb,
                           lexicon.future_marker)[0].value) for s in
            ("elle a inaugure vendredi son usine", "elle inaugurera vendredi son usine", "elle a annonce qu'elle ouvrira vendredi")]
    assert read == ["2027-11-19", "2027-11-26", "2027-11-26"]


def test_signatories_listed_with_their_trade_nouns_are_all_partners(lexicon):
    text = ("Le pôle Terralia Sud, l'incubateur Agrilab Nîmes et le laboratoire Hydrosol ont signé "
            "un accord de coopération sur l'irrigation.")
    deal = next(e for e in events_of(text, date(2027, 11, 19), lexicon) if e.type is EventType.PARTNERSHIP)
    assert {n for n, _ in roles(deal)} == {"Terralia Sud", "Agrilab Nîmes", "Hydrosol"}


def test_rates_are_dated_and_convert_to_euros():
    rates = load_rates(MODELS / "events" / "rates.yaml")
    assert rates.as_of.isoformat() == "2024-12-31"
    assert rates.to_eur(1_000_000, "EUR") == 1_000_000
    assert rates.to_eur(655_957, "XOF") == pytest.approx(1000, abs=0.5)
    assert rates.to_eur(10, "XYZ") is None


def test_fold_keeps_offsets_and_sentences_skip_abbreviations():
    text = "M. Alaoui l’a dit. Elle succède à K. A. Martin ; fin…\nSuite"
    assert len(fold_keep_offsets(text)) == len(text)
    parts = sentences(text)
    assert [s.text for s in parts] == ["M. Alaoui l’a dit.", "Elle succède à K. A. Martin ; fin…", "Suite"]
    assert all(text[s.start:s.end] == s.text for s in parts)


def test_role_words_compare_gender_and_number_folded():
    forms = RoleForms.load(MODELS / "events" / "role_forms.yaml")
    assert forms.key("présidente") == forms.key("Président") == forms.key("présidents") == "president"
    assert forms.key("directrice générale") == forms.key("directeur général")
    assert forms.key("déléguée générale") == "delegue general"
    assert forms.key("vice-présidente") == "vice-president" != forms.key("présidente")


def test_funding_with_recipient_funder_and_amount(lexicon):
    [event] = events_of(
        "La start-up Qoradix a levé 3 millions de dirhams auprès du fonds Sahel Ventures pour "
        "recruter des ingénieurs.", date(2026, 2, 2), lexicon)
    assert event.type is EventType.FUNDING
    assert roles(event) == {("Qoradix", "recipient"), ("Sahel Ventures", "funder")}
    assert (event.amount.value, event.amount.currency, event.date) == (3_000_000, "MAD", "2026-02-02")
    assert event.evidence.startswith("La start-up Qoradix") and event.start_char == 0


def test_turnover_is_not_funding(lexicon):
    text = "Le chiffre d'affaires du Cluster Menara atteint 2,1 milliards d'euros."
    assert [e for e in events_of(text, date(2026, 2, 2), lexicon) if e.type is EventType.FUNDING] == []


def test_appointment_with_predecessor_in_the_next_sentence(lexicon):
    found = events_of(
        "Le Cluster Eau Occitanie a annoncé la nomination de Salma Berrada au poste de directrice "
        "générale. Elle succède à Omar Tazi, qui part à la retraite.", date(2026, 2, 2), lexicon)
    [event] = [e for e in found if e.type is EventType.APPOINTMENT]
    assert roles(event) == {("Salma Berrada", "appointee"), ("Cluster Eau Occitanie", "organisation"),
                            ("Omar Tazi", "predecessor")}
    assert event.detail == "directrice generale"


def test_an_intention_is_no_opening_but_an_inauguration_is(lexicon):
    found = events_of(
        "Le groupe Nordika a inauguré lundi son usine au sein de Tanger Automotive City. "
        "Nordika prévoit d'ouvrir un second site à Kénitra.", date(2026, 2, 4), lexicon)
    openings = [e for e in found if e.type is EventType.OPENING]
    assert len(openings) == 1
    assert ("Tanger Automotive City", Role.HOST.value) in roles(openings[0])
    assert openings[0].date == "2026-02-02"


def test_agenda_needs_a_future_date(lexicon):
    found = events_of(
        "Le Forum des clusters se tiendra le 14 mai 2026 à Rabat, à l'initiative de Maroc Cluster. "
        "Le forum de 2024 avait réuni 300 personnes.", date(2026, 3, 1), lexicon)
    [event] = [e for e in found if e.type is EventType.AGENDA]
    assert event.date == "2026-05-14" and roles(event) == {("Maroc Cluster", "organisation")}


def test_copies_of_a_story_give_one_event_with_entity_ids(lexicon):
    text = ("Le Technopark Agadir et la Fondation Atlas ont signé une convention de partenariat. "
            "Le pôle Végétal Ouest a été labellisé pôle de compétitivité.")
    analyzer = shared_analyzer()
    batch = [(article_id_for(u), analyzer.annotate_text(text, date(2026, 2, 2))) for u in ("u1", "u2")]
    resolution = resolve(batch, [], [])
    reader = EventReader.load(MODELS)
    out = reader([(aid, "story-1", ann, None) for aid, ann in batch], resolution)
    assert sorted(e.type for e in out.events) == ["label", "partnership"]
    assert {e.article_id for e in out.events} == {batch[0][0]}
    known = {m.entity_id for m in resolution.mentions}
    assert all(entity in known for e in out.events for entity, _ in e.participants)
    assert all(e.amount_eur is None for e in out.events)
    again = reader([(aid, "story-2", ann, reader.read(ann)) for aid, ann in batch], resolution)
    assert {e.event_id for e in again.events}.isdisjoint({e.event_id for e in out.events})


def test_role_spells_past_roles_end_and_appointments_start():
    text = ("Salma Berrada a été nommée au poste de directrice générale du Cluster Eau Occitanie. "
            "Nadia Alami, ancienne directrice du Cluster Eau Occitanie, rejoint Aqua Valley.")
    analyzer = shared_analyzer()
    batch = [(article_id_for("u-roles"), analyzer.annotate_text(text, date(2026, 2, 2)))]
    resolution = resolve(batch, [], [])
    spells = EventReader.load(MODELS)([(batch[0][0], "s", batch[0][1], None)], resolution).spells
    names = {e.entity_id: e.name for e in resolution.entities}
    got = {(names[s.person_entity_id], s.role_key, s.started, s.ended, s.source) for s in spells}
    assert ("Salma Berrada", "directeur general", "2026-02-02", None, "appointment") in got
    assert ("Nadia Alami", "directeur", None, "2026-02-02", "past") in got
    assert not any(person == "Nadia Alami" and started for person, _, started, _, _ in got)


def test_a_giving_subject_names_its_recipient_after_the_verb_or_the_amount(lexicon):
    found = events_of(
        "Le Conseil départemental du Var accorde au Cluster Azur Robotique une subvention de 250 k€. "
        "La Banque des Territoires verse 1,2 M€ à la start-up Seaborne Labs pour son prototype.",
        date(2027, 3, 1), lexicon)
    funding = [roles(e) for e in found if e.type is EventType.FUNDING]
    assert {("Cluster Azur Robotique", "recipient"), ("Conseil départemental du Var", "funder")} in funding
    assert {("Seaborne Labs", "recipient"), ("Banque des Territoires", "funder")} in funding


def test_lui_alloue_gives_to_the_organisation_spoken_of(lexicon):
    found = events_of(
        "Le Cluster Alpha Drones a été officiellement lancé jeudi 25 février 2027 à Bordeaux. "
        "La Région Nouvelle-Aquitaine lui alloue 120 000 euros pour sa première année.",
        date(2027, 3, 1), lexicon)
    [opening] = [e for e in found if e.type is EventType.OPENING]
    assert roles(opening) == {("Cluster Alpha Drones", "organisation")} and opening.date == "2027-02-25"
    [funding] = [e for e in found if e.type is EventType.FUNDING]
    assert ("Cluster Alpha Drones", "recipient") in roles(funding)


def test_funder_through_a_loan_of_a_bank_and_the_investment_as_recipient(lexicon):
    [event] = [e for e in events_of(
        "La société Ferronor a mis en service une ligne de découpe laser. L'investissement de 9 millions "
        "de dirhams a été financé par un crédit de la Banque Atlantique du Nord.", date(2027, 3, 1), lexicon)
        if e.type is EventType.FUNDING]
    assert roles(event) == {("Ferronor", "recipient"), ("Banque Atlantique du Nord", "funder")}


def test_every_structure_listed_after_a_label_is_labelled(lexicon):
    found = events_of(
        "Le jury a rendu son verdict : le label « Cluster d'avenir » revient cette année à trois "
        "réseaux : Lorraine Bois Énergie, Grand Est Textiles et Alsace Biovalley.", date(2027, 3, 1), lexicon)
    labelled = {p.mention.surface for e in found if e.type is EventType.LABEL for p in e.participants}
    assert {"Lorraine Bois Énergie", "Alsace Biovalley"} <= labelled


def test_a_departure_then_the_interim_is_one_change_dated_by_its_clause(lexicon):
    found = events_of(
        "Au Cluster Textile du Sahel, sa directrice, Hajer Maalej, quitte ses fonctions fin avril ; son "
        "successeur sera connu en septembre. L'intérim sera assuré par Walid Ghannouchi.",
        date(2027, 3, 1), lexicon)
    [event] = [e for e in found if e.type is EventType.APPOINTMENT]
    assert roles(event) == {("Walid Ghannouchi", "appointee"), ("Cluster Textile du Sahel", "organisation"),
                            ("Hajer Maalej", "predecessor")}
    assert event.date == "2027-04"


def test_a_name_the_ner_calls_misc_is_an_organisation_after_a_company_noun(lexicon):
    found = events_of("La medtech Cardiomind a obtenu la certification ISO 13485 pour son holter connecté.",
                      date(2027, 3, 1), lexicon)
    [event] = [e for e in found if e.type is EventType.LABEL]
    assert roles(event) == {("Cardiomind", "labelled")}


def test_le_cluster_and_a_named_partner_sign(lexicon):
    found = events_of(
        "Le Cluster Logistique de l'Est a élu son bureau. Le cluster et la société Rhin Fret Services ont "
        "signé une convention pour former des caristes.", date(2027, 3, 1), lexicon)
    [event] = [e for e in found if e.type is EventType.PARTNERSHIP]
    assert roles(event) == {("Cluster Logistique de l'Est", "partner"), ("Rhin Fret Services", "partner")}


def test_an_opening_phrase_before_the_subject_names_no_participant(lexicon):
    found = events_of(
        "Adhérente du pôle Véga Numérique, la société Orvane Systems a inauguré mardi un atelier de "
        "prototypage à Valence. L'équipement a été financé à hauteur de 600 k€ par la Banque des Territoires. "
        "Elle a aussi obtenu la certification ISO 9001.", date(2027, 3, 25), lexicon)
    by_type = {e.type: roles(e) for e in found}
    assert by_type[EventType.OPENING] == {("Orvane Systems", "organisation")}
    assert by_type[EventType.FUNDING] == {("Orvane Systems", "recipient"), ("Banque des Territoires", "funder")}
    assert by_type[EventType.LABEL] == {("Orvane Systems", "labelled")}


def test_porte_a_la_vice_presidence_with_the_name_between(lexicon):
    [event] = [e for e in events_of(
        "Le Cluster Textile de Monastir a porté Rania Ben Amor à la vice-présidence.", date(2027, 3, 25), lexicon)
        if e.type is EventType.APPOINTMENT]
    assert roles(event) == {("Rania Ben Amor", "appointee"), ("Cluster Textile de Monastir", "organisation")}


def test_a_relative_clause_names_the_funder(lexicon):
    [event] = [e for e in events_of(
        "Le Cluster Céramique de Safi a reçu le label « Grappe d'avenir » de l'Agence nationale des PME, "
        "qui le soutiendra avec une enveloppe de 3 MDH.", date(2027, 6, 9), lexicon) if e.type is EventType.FUNDING]
    assert roles(event) == {("Cluster Céramique de Safi", "recipient"), ("Agence nationale des PME", "funder")}


def test_the_project_carried_by_an_organisation_receives(lexicon):
    [event] = [e for e in events_of(
        "La Fondation Sahel Savoirs apporte 150 millions de FCFA au projet, porté par le Technopôle de Ségou.",
        date(2027, 6, 9), lexicon) if e.type is EventType.FUNDING]
    assert roles(event) == {("Fondation Sahel Savoirs", "funder"), ("Technopôle de Ségou", "recipient")}


def test_a_name_taken_up_as_la_pme_is_the_recipient_and_a_foreign_fund_a_funder(lexicon):
    [event] = [e for e in events_of(
        "Nerva Bio change d'échelle. La PME grenobloise, qui produit des enzymes, lève 5 M€ auprès d'Alpes "
        "Amorçage et du fonds suisse Léman Capital.", date(2027, 6, 9), lexicon) if e.type is EventType.FUNDING]
    assert ("Nerva Bio", "recipient") in roles(event) and ("Léman Capital", "funder") in roles(event)


def test_a_workshop_that_opens_is_no_gathering(lexicon):
    found = events_of("La start-up Kelvina Cold ouvrira un atelier à Agadir en 2028.", date(2027, 6, 9), lexicon)
    assert [e.type for e in found] == [EventType.OPENING]


def test_openings_told_in_other_ways_with_their_host(lexicon):
    found = events_of(
        "La nouvelle usine d'Atlas Pièces Auto a été inaugurée jeudi à Tétouan. Le fabricant de drones Sahara "
        "Aero s'est installé le mois dernier dans la zone d'activités de Technopolis Salé. Le cluster "
        "Énergies Marines Nord a lancé mardi son antenne à Tanger, hébergée par l'Université Abdelmalek Essaâdi.",
        date(2027, 6, 9), lexicon)
    got = {(frozenset(roles(e)), e.date) for e in found if e.type is EventType.OPENING}
    assert (frozenset({("Atlas Pièces Auto", "organisation")}), "2027-06-03") in got
    assert any(("Technopolis Salé", "host") in r for r, _ in got)
    assert any(("Université Abdelmalek Essaâdi", "host") in r for r, _ in got)


def test_two_organisers_of_a_gathering_and_a_call_of_a_programme(lexicon):
    found = events_of(
        "Le pôle Nucléaire Bourgogne et la Chambre de commerce de Dijon organiseront conjointement les "
        "Rencontres de la sous-traitance le 5 novembre 2027. Les candidatures au programme d'accélération du "
        "Cluster Digital de Fès sont ouvertes jusqu'au 30 juillet 2027.", date(2027, 6, 9), lexicon)
    agenda = {e.date: roles(e) for e in found if e.type is EventType.AGENDA}
    assert ("Chambre de commerce de Dijon", "organisation") in agenda["2027-11-05"]
    assert agenda["2027-07-30"] == {("Cluster Digital de Fès", "organisation")}


def test_handing_over_and_a_tenure_date_that_is_not_the_change(lexicon):
    [event] = [e for e in events_of(
        "À la tête du pôle Céréales Vallée depuis 2019, Marc Delorme passe le relais à Claire Bonnet, "
        "jusqu'ici directrice adjointe.", date(2027, 6, 9), lexicon) if e.type is EventType.APPOINTMENT]
    assert roles(event) == {("Claire Bonnet", "appointee"), ("Céréales Vallée", "organisation"),
                            ("Marc Delorme", "predecessor")}
    assert event.date == "2027-06-09"


def test_the_retelling_dates_the_appointment_and_desormais_preside_par(lexicon):
    found = events_of(
        "Youssef Berrada est le nouveau président du Cluster Agroalimentaire du Saïss. Il a été élu mardi à "
        "l'unanimité. Désormais présidé par Karim Tazi, le Cluster Solaire du Sud veut doubler ses adhérents.",
        date(2027, 6, 9), lexicon)
    got = {(frozenset(roles(e)), e.date) for e in found if e.type is EventType.APPOINTMENT}
    assert (frozenset({("Youssef Berrada", "appointee"), ("Cluster Agroalimentaire du Saïss", "organisation")}),
            "2027-06-08") in got
    assert any(("Karim Tazi", "appointee") in r and ("Cluster Solaire du Sud", "organisation") in r for r, _ in got)


def test_a_memorandum_signed_between_two_organisations(lexicon):
    [event] = [e for e in events_of(
        "Un mémorandum d'entente a été signé lundi entre l'Agence de développement du Souss et le Cluster "
        "Argan Bio.", date(2027, 6, 9), lexicon) if e.type is EventType.PARTNERSHIP]
    assert roles(event) == {("Agence de développement du Souss", "partner"), ("Cluster Argan Bio", "partner")}
    assert event.date == "2027-06-07"


def test_labels_by_relative_clause_passive_and_renewal(lexicon):
    found = events_of(
        "Bonne nouvelle pour le Cluster Cuir de Mohammedia, qui décroche la certification ISO 9001. "
        "Le label « Entreprise innovante » a été attribué mardi à la société Medtronika par l'Agence nationale "
        "de la recherche. Le pôle Agri Sud Innovation a été relabellisé pôle de compétitivité pour la période "
        "2027-2030.", date(2027, 6, 9), lexicon)
    labels = {(frozenset(roles(e)), e.date) for e in found if e.type is EventType.LABEL}
    assert labels == {(frozenset({("Cluster Cuir de Mohammedia", "labelled")}), "2027-06-09"),
                      (frozenset({("Medtronika", "labelled")}), "2027-06-08"),
                      (frozenset({("Agri Sud Innovation", "labelled")}), "2027-06-09")}


def test_funding_told_as_capital_entry_loan_participle_and_beneficiary(lexicon):
    found = events_of(
        "Le Fonds Sahel Impact entre au capital de la start-up Irrigo à hauteur de 1,5 million d'euros. "
        "La Banque européenne d'investissement a signé un prêt de 40 millions d'euros avec la société Tunisie "
        "Câbles. Le Conseil régional de l'Oriental a débloqué 15 MDH pour la construction de la Technopole "
        "d'Oujda II. Soutenue par Bpifrance à hauteur de 800 000 euros, la jeune pousse Océlia poursuit son "
        "développement.", date(2027, 6, 9), lexicon)
    funding = [roles(e) for e in found if e.type is EventType.FUNDING]
    assert {("Fonds Sahel Impact", "funder"), ("Irrigo", "recipient")} in funding
    assert {("Banque européenne d'investissement", "funder"), ("Tunisie Câbles", "recipient")} in funding
    assert {("Conseil régional de l'Oriental", "funder"), ("Technopole d'Oujda II", "recipient")} in funding
    assert {("Bpifrance", "funder"), ("Océlia", "recipient")} in funding


def test_gatherings_of_a_named_pair_an_officer_and_a_business_convention(lexicon):
    found = events_of(
        "Les pôles Nova Santé et Bio Est ont signé lundi une convention. Les deux pôles lanceront un appel à "
        "projets commun, ouvert jusqu'au 15 décembre 2027. La présidente du pôle Granit Ouest, Claire Morvan, "
        "annonce une mission d'entreprises au Sénégal du 6 au 10 décembre 2027. Le Cluster Lumière Sud tiendra "
        "sa convention d'affaires le 3 décembre 2027 à Lyon.", date(2027, 9, 20), lexicon)
    agenda = {e.date: roles(e) for e in found if e.type is EventType.AGENDA}
    assert agenda["2027-12-15"] == {("Nova Santé", "organisation"), ("Bio Est", "organisation")}
    assert agenda["2027-12-06/2027-12-10"] == {("Granit Ouest", "organisation")}
    assert agenda["2027-12-03"] == {("Cluster Lumière Sud", "organisation")}
    assert [roles(e) for e in found if e.type is EventType.PARTNERSHIP] == [
        {("Nova Santé", "partner"), ("Bio Est", "partner")}]


def test_an_installed_line_an_apposed_company_and_a_contest_final(lexicon):
    found = events_of(
        "Kelvio Santé change d'échelle. La medtech lyonnaise installera d'ici fin 2027 une ligne pilote à "
        "Villeurbanne. Opérateur de centres d'appels, Dar Sawt a inauguré hier ses nouveaux bureaux au sein du "
        "Technopark de Fès. Le Technopark de Fès accueillera le 4 novembre 2027 la finale du concours Fès "
        "Startup Challenge, organisée par l'Association des jeunes entrepreneurs de Fès.",
        date(2027, 9, 20), lexicon)
    openings = {(frozenset(roles(e)), e.date) for e in found if e.type is EventType.OPENING}
    assert (frozenset({("Kelvio Santé", "organisation")}), "2027") in openings
    assert (frozenset({("Dar Sawt", "organisation"), ("Technopark de Fès", "host")}), "2027-09-19") in openings
    [final] = [e for e in found if e.type is EventType.AGENDA]
    assert roles(final) == {("Association des jeunes entrepreneurs de Fès", "organisation"),
                            ("Technopark de Fès", "host")}


def test_installed_in_an_opening_phrase_is_no_opening(lexicon):
    found = events_of("Installé dans les locaux du Technopôle de Sfax, le Cluster Oléicole de Sfax a signé une "
                      "convention avec l'Office national de l'huile.", date(2027, 9, 20), lexicon)
    assert [e.type for e in found] == [EventType.PARTNERSHIP]


def test_partnerships_told_as_joined_forces_a_rapprochement_a_framework_contract_or_after_a_headline(lexicon):
    found = events_of(
        "Le Cluster Eau Maroc et l'Office régional de mise en valeur agricole du Tadla unissent leurs forces "
        "pour économiser l'eau. Rapprochement entre le pôle Mer Sud et le cluster tunisien Blue Sfax, qui ont "
        "paraphé jeudi une charte de coopération. Accord stratégique : la société Alumed et le Cluster Aluminium "
        "du Maghreb vont collaborer, selon une convention signée mardi. La start-up Siraj Solar a conclu un "
        "contrat-cadre avec l'Office national de l'électricité.", date(2027, 9, 20), lexicon)
    pairs = [frozenset(p.mention.surface for p in e.participants) for e in found if e.type is EventType.PARTNERSHIP]
    assert frozenset({"Mer Sud", "Blue Sfax"}) in pairs
    assert frozenset({"Alumed", "Cluster Aluminium du Maghreb"}) in pairs
    assert frozenset({"Siraj Solar", "Office national de l'électricité"}) in pairs
    assert len(pairs) == 4


def test_an_earlier_round_does_not_date_the_new_one_and_a_cost_taken_in_charge(lexicon):
    found = events_of(
        "Après une première levée en 2025, la start-up Smartlab Nord boucle un nouveau tour de 2,4 millions "
        "d'euros. Le budget du programme, 6 millions de dinars, est intégralement pris en charge par la Banque "
        "africaine de développement.", date(2027, 9, 20), lexicon)
    funding = {e.amount.value: (e.date, roles(e)) for e in found if e.type is EventType.FUNDING}
    assert funding[2_400_000][0] == "2027-09-20"
    assert ("Banque africaine de développement", "funder") in funding[6_000_000][1]


def test_ceding_the_chair_and_taking_up_a_post_on_a_date(lexicon):
    found = events_of(
        "Hatim Lahlou cède la présidence du pôle Textile Sud à Yasmine Haddad. Nadia Chraïbi prendra ses "
        "fonctions de directrice générale du Technopark d'Agadir le 1er novembre 2027.", date(2027, 9, 20), lexicon)
    got = {(frozenset(roles(e)), e.date) for e in found if e.type is EventType.APPOINTMENT}
    assert got == {
        (frozenset({("Yasmine Haddad", "appointee"), ("Textile Sud", "organisation"), ("Hatim Lahlou", "predecessor")}),
         "2027-09-20"),
        (frozenset({("Nadia Chraïbi", "appointee"), ("Technopark d'Agadir", "organisation")}), "2027-11-01")}


def test_one_round_told_twice_is_one_event_and_a_part_of_a_sum_is_none(lexicon):
    found = events_of(
        "La start-up Nuvia Agri lève 5 M€. Ce tour de table de 5 millions d'euros, mené par le fonds Terra "
        "Capital, doit financer son expansion. Le groupe Ocemar investira 1,2 milliard de dirhams dans ses usines, "
        "dont 300 MDH à Jorf Lasfar.", date(2027, 9, 20), lexicon)
    funding = [(e.amount.value, roles(e)) for e in found if e.type is EventType.FUNDING]
    assert (5_000_000, {("Nuvia Agri", "recipient"), ("Terra Capital", "funder")}) in funding
    assert sorted(value for value, _ in funding) == [5_000_000, 1_200_000_000]


# events2 helper: general mechanisms, each on invented text -------------------------------------

def _only(events, kind):
    return [e for e in events if e.type is kind]


def test_round_led_by_in_the_next_sentence_adds_funders(lexicon):
    text = ("Deux ans après son arrivée au Technopark d'Agadir, la jeune pousse Irrigo, qui conçoit des vannes "
            "connectées, a levé 9 millions de dirhams. Le tour de table a été mené par Souss Capital, avec la "
            "participation du fonds Oasis Seed.")
    [event] = _only(events_of(text, date(2027, 2, 3), lexicon), EventType.FUNDING)
    assert roles(event) == {("Irrigo", "recipient"), ("Souss Capital", "funder"), ("Oasis Seed", "funder")}


def test_a_passive_grant_names_recipient_then_giver(lexicon):
    text = "Un prêt de 3 MDT a été accordé au Pôle de compétitivité de Gabès par la Banque africaine de développement."
    [event] = _only(events_of(text, date(2027, 2, 3), lexicon), EventType.FUNDING)
    assert roles(event) == {("Pôle de compétitivité de Gabès", "recipient"),
                            ("Banque africaine de développement", "funder")}


def test_companies_listed_after_a_signatory_are_partners_whatever_their_ner_type(lexicon):
    text = "Le cluster Alsace Mécanique a signé mardi une convention avec Vosgia Usinage, Rhenatec et Kolbtec."
    [event] = _only(events_of(text, date(2027, 2, 3), lexicon), EventType.PARTNERSHIP)
    assert {name for name, _ in roles(event)} >= {"Alsace Mécanique", "Rhenatec", "Kolbtec"}
    assert len(event.participants) == 4


def test_a_label_given_by_a_ministry_goes_to_the_one_who_receives_it(lexicon):
    text = "Le ministère de l'Économie a remis jeudi le label « Grappe d'avenir » au Cluster Cuir de Mohammedia."
    [event] = _only(events_of(text, date(2027, 2, 5), lexicon), EventType.LABEL)
    assert roles(event) == {("Cluster Cuir de Mohammedia", "labelled")}


def test_a_label_participle_opening_the_sentence_labels_its_subject(lexicon):
    text = "Labellisé « Cluster performant » au terme d'un audit de six mois, le Cluster Bois du Rif accueillera 40 nouveaux membres."
    [event] = _only(events_of(text, date(2027, 2, 5), lexicon), EventType.LABEL)
    assert roles(event) == {("Cluster Bois du Rif", "labelled")}


def test_an_interim_entrusted_to_someone_completes_the_departure(lexicon):
    text = ("Directrice de Tunis Digital Park depuis 2021, Sonia Mrad a quitté ses fonctions fin janvier. "
            "Le conseil a confié l'intérim à Walid Chebbi.")
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.APPOINTMENT)
    assert ("Walid Chebbi", "appointee") in roles(event) and ("Sonia Mrad", "predecessor") in roles(event)


def test_generic_plural_is_not_the_articles_organisation(lexicon):
    text = ("Le Cluster Céramique de Safi lance son concours annuel. Les entreprises se partageront une dotation "
            "de 2 MDH apportée par la Fondation Safi Avenir.")
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.FUNDING)
    assert roles(event) == {("Fondation Safi Avenir", "funder")}


def test_a_weekday_after_generale_and_a_name_ending_like_a_future_are_read_right():
    from pipeline.dates.find import find_dates
    found = find_dates("Réunis en assemblée générale jeudi, les membres de Kemira Parts ont inauguré vendredi le site.",
                       date(2027, 5, 17))
    assert [(d.surface, d.value) for d in found] == [("jeudi", "2027-05-13"), ("vendredi", "2027-05-14")]


def test_an_amount_told_first_then_who_raised_it(lexicon):
    text = "3 millions d'euros : c'est le montant levé par la start-up Agrolys auprès de Demeter Partners."
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.FUNDING)
    assert roles(event) == {("Agrolys", "recipient"), ("Demeter Partners", "funder")}


def test_signed_between_the_two_bodies_just_named(lexicon):
    text = ("Le Cluster Cuir de Marrakech recevra 5 MDH de l'Agence de développement du Sud. "
            "La convention a été signée mardi entre les deux organismes.")
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.PARTNERSHIP)
    assert roles(event) == {("Cluster Cuir de Marrakech", "partner"), ("Agence de développement du Sud", "partner")}


def test_what_a_new_site_cost_is_no_funding_but_an_investment_is_paid_by_who_opened_it(lexicon):
    # since round 2 session 17: a bare cost ("a coûté") is no funding, as the independent annotators and
    # the gold README's cost rule have it; an investment the opener makes is still its funding
    cost = ("Le groupe Textimed a inauguré mardi une usine à Monastir. L'usine, qui a coûté 9 millions de dinars, "
            "emploiera 200 personnes.")
    assert _only(events_of(cost, date(2027, 2, 10), lexicon), EventType.FUNDING) == []
    invested = ("Le groupe Textimed a inauguré mardi une usine à Monastir. Le site, qui a nécessité un "
                "investissement de 9 millions de dinars, emploiera 200 personnes.")
    [event] = _only(events_of(invested, date(2027, 2, 10), lexicon), EventType.FUNDING)
    assert roles(event) == {("Textimed", "funder")}


def test_his_president_after_a_label_is_the_labelled_clusters(lexicon):
    text = ("L'Agence nationale des PME a attribué vendredi le label « Cluster performant » au Cluster Argan du Souss. "
            "« Une belle reconnaissance », a réagi sa présidente, Naima Ait Lahcen, réélue le même jour.")
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.APPOINTMENT)
    assert roles(event) == {("Naima Ait Lahcen", "appointee"), ("Cluster Argan du Souss", "organisation")}


def test_the_predecessor_named_to_another_post_is_a_second_appointment(lexicon):
    text = ("Julien Marchal prend la direction générale du pôle Hydreos. Il remplace Claire Vautrin, nommée à la "
            "tête de l'agence AD Normandie.")
    found = {frozenset(roles(e)) for e in _only(events_of(text, date(2027, 2, 10), lexicon), EventType.APPOINTMENT)}
    assert frozenset({("Claire Vautrin", "appointee"), ("AD Normandie", "organisation")}) in found
    assert frozenset({("Julien Marchal", "appointee"), ("Hydreos", "organisation"),
                      ("Claire Vautrin", "predecessor")}) in found


def test_a_funder_named_between_the_verb_and_the_sum(lexicon):
    text = "Le fabricant Atlas Forge a obtenu de la Banque africaine de développement un prêt d'un montant de 60 MDH."
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.FUNDING)
    assert roles(event) == {("Atlas Forge", "recipient"), ("Banque africaine de développement", "funder")}


def test_a_convention_signed_by_two_named_parties_in_the_passive(lexicon):
    text = "Une convention a été signée mardi par le groupe Sotumag et l'Université de Sfax."
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.PARTNERSHIP)
    assert roles(event) == {("Sotumag", "partner"), ("Université de Sfax", "partner")}


def test_a_gathering_that_an_organisation_will_organise(lexicon):
    text = "Quelque 200 exposants sont attendus au salon Agritech Expo, que le cluster Agrinova organisera le 3 mars 2027."
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.AGENDA)
    assert roles(event) == {("Agrinova", "organisation")} and event.date == "2027-03-03"


def test_a_grant_to_a_named_beneficiary_is_given_by_the_subject(lexicon):
    text = "La Fondation Attijari a annoncé une dotation de 4 MDH au profit du Cluster Halieutique de Dakhla."
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.FUNDING)
    assert roles(event) == {("Fondation Attijari", "funder"), ("Cluster Halieutique de Dakhla", "recipient")}


def test_she_after_an_opening_phrase_is_the_last_subject_named(lexicon):
    text = ("Le Technopark de Rabat accueille une nouvelle venue : la start-up Dataroute, qui y a installé ses équipes. "
            "Créée en 2023, elle a levé 6 MDH auprès du fonds Sahara Seed.")
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.FUNDING)
    assert roles(event) == {("Dataroute", "recipient"), ("Sahara Seed", "funder")}


def test_a_counterpart_in_apposition_is_the_second_partner(lexicon):
    text = "Le Cluster Agrumes du Souss et son homologue espagnol, le Cluster Cítricos de Valencia, ont signé lundi un accord."
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.PARTNERSHIP)
    assert len(event.participants) == 2


def test_a_round_closed_with_the_support_of_named_funders(lexicon):
    text = "La start-up Algomar annonce un tour de table de 900 k€ bouclé avec le soutien de la Région Bretagne et du fonds Breizh Up."
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.FUNDING)
    assert roles(event) == {("Algomar", "recipient"), ("Région Bretagne", "funder"), ("Breizh Up", "funder")}


def test_a_forum_held_at_a_technopark_and_organised_in_the_next_sentence(lexicon):
    text = ("Le Salon de l'innovation se tiendra le 5 octobre 2027 au Technopark de Casablanca. Il est organisé par "
            "le Cluster Digital Maroc avec l'appui de la Fondation Attijari.")
    [event] = _only(events_of(text, date(2027, 2, 10), lexicon), EventType.AGENDA)
    assert roles(event) == {("Technopark de Casablanca", "host"), ("Cluster Digital Maroc", "organisation")}


def test_two_organisations_that_join_forces_open_together(lexicon):
    text = ("Ooredoo Tunisie et le Technopôle de Sousse ont uni leurs forces pour créer un laboratoire, qui ouvrira "
            "ses portes en mars 2028.")
    events = events_of(text, date(2027, 2, 10), lexicon)
    [opening] = _only(events, EventType.OPENING)
    assert {name for name, _ in roles(opening)} == {"Ooredoo Tunisie", "Technopôle de Sousse"}
    assert len(_only(events, EventType.PARTNERSHIP)) == 1


def test_a_sum_in_apposition_to_an_opening_keeps_the_articles_date(lexicon):
    text = "Le groupe Cablex a inauguré mardi son usine de Kénitra, un investissement de 40 MDH."
    [event] = _only(events_of(text, date(2027, 2, 12), lexicon), EventType.FUNDING)
    assert roles(event) == {("Cablex", "funder")} and event.date == "2027-02-12"


def test_where_it_opened_is_the_organisation_y_stands_for(lexicon):
    text = "Le Technopark d'Agadir compte un nouveau résident : la start-up Hydrolink, qui y a ouvert lundi ses bureaux."
    [event] = _only(events_of(text, date(2027, 2, 12), lexicon), EventType.OPENING)
    assert roles(event) == {("Hydrolink", "organisation"), ("Technopark d'Agadir", "host")}


def test_the_one_funded_to_build_a_site_is_who_opens_it(lexicon):
    text = ("La Banque islamique de développement a accordé 2 milliards de FCFA au Technopôle de Kaolack pour construire "
            "un incubateur, dont l'ouverture est prévue en mai 2028.")
    [event] = _only(events_of(text, date(2027, 2, 12), lexicon), EventType.OPENING)
    assert roles(event) == {("Technopôle de Kaolack", "organisation")} and event.date == "2028-05"


@pytest.mark.parametrize("text, expected", [
    # a giving verb with its object before the sum
    ("La Région Grand Est accompagne la PME Verrerie Moselle à hauteur de 600 000 euros pour son four électrique.",
     {("Verrerie Moselle", "recipient"), ("Région Grand Est", "funder")}),
    # a stake taken in a company described by a trade noun and an adjective
    ("Le fonds Rhône Seed a pris une participation de 2 M€ dans la start-up lyonnaise Photonika.",
     {("Photonika", "recipient"), ("Rhône Seed", "funder")}),
    # funders after a participle of subscription
    ("La société Agrovia a bouclé une levée de fonds de 3 MDT, souscrite par le fonds Medina Capital.",
     {("Agrovia", "recipient"), ("Medina Capital", "funder")}),
    # a verbless round names its recipient
    ("Tour de table de huit millions d'euros pour Thermiq.", {("Thermiq", "recipient")}),
    # the sum told first, then who raised it and where it came from
    ("Les 4 millions d'euros levés par Nanofil proviennent de Quadrix Capital et de la Banque des Territoires.",
     {("Nanofil", "recipient"), ("Quadrix Capital", "funder"), ("Banque des Territoires", "funder")}),
])
def test_funding_phrasings_of_the_fourth_round(lexicon, text, expected):
    found = [e for e in events_of(text, date(2028, 6, 20), lexicon) if e.type is EventType.FUNDING]
    assert [roles(e) for e in found] == [expected]


def test_a_fund_joining_the_capital_funds_the_round_told_before(lexicon):
    text = ("Tour de table de 3 M€ pour Aquaviva. La jeune pousse nantaise, qui traite les eaux grises, "
            "accueille à son capital le fonds Erdre Capital.")
    money = next(e for e in events_of(text, date(2028, 6, 20), lexicon) if e.type is EventType.FUNDING)
    assert roles(money) == {("Aquaviva", "recipient"), ("Erdre Capital", "funder")}


def test_partners_after_a_reconciliation_and_a_signing_with_a_list(lexicon):
    text = "Le Technopark d'Oujda s'est rapproché de l'ENSAO : les deux partenaires ont signé une convention."
    deal = next(e for e in events_of(text, date(2028, 6, 20), lexicon) if e.type is EventType.PARTNERSHIP)
    assert {n for n, _ in roles(deal)} == {"Technopark d'Oujda", "ENSAO"}
    text = "Hydroloire signe avec Chaudronnerie Vendéenne et Usinage Mauges Services un accord de fourniture."
    deal = next(e for e in events_of(text, date(2028, 6, 20), lexicon) if e.type is EventType.PARTNERSHIP)
    assert {n for n, _ in roles(deal)} == {"Hydroloire", "Chaudronnerie Vendéenne", "Usinage Mauges Services"}


def test_a_label_given_by_an_agent_goes_to_its_holder(lexicon):
    text = "Décerné par la Région Occitanie, le label « Entreprise engagée » revient à la coopérative Barriques du Sud."
    award = next(e for e in events_of(text, date(2028, 6, 20), lexicon) if e.type is EventType.LABEL)
    assert roles(award) == {("Barriques du Sud", "labelled")}


def test_chosen_to_lead_is_an_appointment(lexicon):
    text = "C'est Nadia Chraibi qui a été choisie pour diriger le Technopark de Settat."
    appointed = next(e for e in events_of(text, date(2028, 6, 20), lexicon) if e.type is EventType.APPOINTMENT)
    assert roles(appointed) == {("Nadia Chraibi", "appointee"), ("Technopark de Settat", "organisation")}


def test_a_site_paid_by_its_owner_and_a_bank_loan(lexicon):
    text = ("La société Loire Forge a inauguré lundi sa nouvelle usine. Le site a coûté 9 millions d'euros, "
            "financés par l'entreprise et par un prêt de la Banque Populaire Atlantique.")
    money = next(e for e in events_of(text, date(2028, 7, 4), lexicon) if e.type is EventType.FUNDING)
    assert roles(money) == {("Loire Forge", "funder"), ("Banque Populaire Atlantique", "funder")}


def test_an_appointment_to_the_post_announced_before(lexicon):
    text = ("La technopole Brest Océan a une nouvelle directrice. Maud Kervella, jusqu'ici responsable commerciale "
            "chez Armor Cables, a été nommée lundi à ce poste.")
    appointed = next(e for e in events_of(text, date(2028, 7, 11), lexicon) if e.type is EventType.APPOINTMENT)
    assert ("Armor Cables", "organisation") not in roles(appointed)
    assert ("Maud Kervella", "appointee") in roles(appointed)


def test_members_named_in_apposition_are_each_labelled(lexicon):
    text = "Deux de ses adhérents, Sorbal et Tissaline, ont été labellisés « Entreprise du patrimoine vivant »."
    labelled = {n for e in events_of(text, date(2028, 7, 11), lexicon) if e.type is EventType.LABEL for n, _ in roles(e)}
    assert labelled == {"Sorbal", "Tissaline"}


@pytest.mark.parametrize("text, expected", [
    ("Trois millions d'euros : c'est ce que vient de lever Ostréa Tech auprès de Charente Croissance.",
     {("Ostréa Tech", "recipient"), ("Charente Croissance", "funder")}),
    ("Atlas Emballages a obtenu un prêt de 12 MDH auprès de la Banque Centrale Populaire pour son usine.",
     {("Atlas Emballages", "recipient"), ("Banque Centrale Populaire", "funder")}),
    (("Le Fonds européen de développement régional apporte 800 000 euros au projet de recyclage des filets "
      "porté par la société Filmer."), {("Filmer", "recipient"), ("Fonds européen de développement régional", "funder")}),
])
def test_funding_phrasings_after_the_unseen12_first_look(lexicon, text, expected):
    found = [e for e in events_of(text, date(2029, 2, 20), lexicon) if e.type is EventType.FUNDING]
    assert [roles(e) for e in found] == [expected]


def test_funds_that_come_from_investors_named_after_the_round(lexicon):
    text = "Kelpia boucle un tour d'amorçage de 700 000 euros. Les fonds proviennent de Iroise Capital et de business angels."
    money = next(e for e in events_of(text, date(2029, 2, 20), lexicon) if e.type is EventType.FUNDING)
    assert roles(money) == {("Kelpia", "recipient"), ("Iroise Capital", "funder")}


def test_an_opening_told_from_its_host_needs_the_site_to_be_new(lexicon):
    found = events_of("Le technopôle Rabat Technopolis accueille désormais le nouveau centre de données de la "
                      "société Datalink Maroc. Le Technopark de Casablanca accueille le siège de la société Nexa.",
                      date(2027, 9, 20), lexicon)
    openings = [{(p.mention.surface, p.role.value) for p in e.participants}
                for e in found if e.type is EventType.OPENING]
    assert openings == [{("Datalink Maroc", "organisation"), ("Rabat Technopolis", "host")}]


def test_an_agreement_that_binds_two_organisations(lexicon):
    found = events_of("Un protocole d'accord lie désormais le pôle Mov'eo et l'Université de Rouen.", date(2027, 9, 20), lexicon)
    assert [roles(e) for e in found if e.type is EventType.PARTNERSHIP] == [
        {("Mov'eo", "partner"), ("Université de Rouen", "partner")}]
