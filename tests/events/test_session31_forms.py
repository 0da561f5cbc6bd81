"""Forms the reader missed until round 2, session 31: a label given to a list of holders described by
their trade (« dont la plateforme de logistique A, la fintech B »), separated by semicolons, or under
a label whose name ends in « Label » (« le Startup Label a été attribué à … »). Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import roles_in

PUBLISHED = date(2030, 1, 10)


def labelled(text: str, lexicon) -> list[str]:
    found = roles_in(text, lexicon, EventType.LABEL, PUBLISHED)
    return sorted(name for roles in found for name, role in roles if role == "labelled")


def test_holders_described_by_their_trade_after_dont(event_lexicon):
    text = ("Oran - Le comité national de labellisation a attribué mardi le label « Start-up » à trente jeunes "
            "entreprises, dont la plateforme de covoiturage Wassla Go, la fintech Dinarak et l'éditeur Kodix Soft.")
    assert labelled(text, event_lexicon) == ["Dinarak", "Kodix Soft", "Wassla Go"]


def test_a_parent_after_dont_is_no_holder(event_lexicon):
    text = ("Oran - Le comité national de labellisation a attribué mardi le label « Start-up » à trente jeunes "
            "entreprises, dont la filiale de Sonatrach.")
    assert "Sonatrach" not in labelled(text, event_lexicon)


def test_holders_separated_by_semicolons(event_lexicon):
    text = ("Sousse - Le comité du programme Startup Act a attribué jeudi son label à trois jeunes pousses : Olivia "
            "Tech, qui trie les olives par caméra ; Sahel Maps, éditeur de cartes agricoles ; et Nour Robotics, qui "
            "conçoit des bras articulés.")
    assert labelled(text, event_lexicon) == ["Nour Robotics", "Olivia Tech", "Sahel Maps"]


def test_a_label_named_label_is_no_party(event_lexicon):
    text = ("Tunis - Le Startup Label a été attribué le 3 janvier à deux jeunes pousses : Olivia Tech et Sahel Maps, "
            "installées à Sousse.")
    assert labelled(text, event_lexicon) == ["Olivia Tech", "Sahel Maps"]


def test_a_count_of_labelled_ones_gives_no_label(event_lexicon):
    text = "Selon le ministère des Technologies, le nombre total de start-up labellisées dépasse désormais 1 200."
    assert labelled(text, event_lexicon) == []


def test_a_unit_named_by_its_brand_is_the_site_opened(event_lexicon):
    text = "Orange Mali a ouvert mardi un Orange Digital Center au sein de la Technopole de Bamako."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Orange Mali", "organisation"), ("Technopole de Bamako", "host")}]


def test_a_brand_named_unit_in_a_town_has_no_host(event_lexicon):
    text = "Sonatel a inauguré lundi un Orange Fab à Thiès, le deuxième du pays."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [{("Sonatel", "organisation")}]


def test_meeting_a_brand_named_unit_opens_nothing(event_lexicon):
    text = "Le ministre a rencontré lundi les équipes de l'Orange Digital Center de Bamako."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == []


def test_a_biorefinery_is_a_site(event_lexicon):
    text = "La start-up Fermalis a inauguré mardi une bioraffinerie pilote au sein du technopôle Alimentec."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Fermalis", "organisation"), ("Alimentec", "host")}]


def test_holders_after_parmi_lesquelles_and_the_source_after_aupres(event_lexicon):
    text = ("Oran - Le Comité national de labellisation a attribué lundi le label « Start-up » à onze jeunes entreprises, "
            "parmi lesquelles la plateforme de livraison Wassla Go et le fabricant de drones Kodix Soft, a-t-on appris "
            "auprès du ministère de l'Économie de la connaissance.")
    assert labelled(text, event_lexicon) == ["Kodix Soft", "Wassla Go"]


def test_a_day_for_labelled_start_ups_gives_no_label(event_lexicon):
    text = "Smart Capital organise le 20 mars à Tunis une journée consacrée aux start-up labellisées."
    assert labelled(text, event_lexicon) == []


def test_a_denied_rumour_of_a_departure_is_no_appointment(event_lexicon):
    text = ("Sétif - Le groupe Tell Agro a démenti mercredi les rumeurs selon lesquelles son président, Rachid "
            "Benhamou, s'apprêterait à quitter ses fonctions.")
    assert roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == []


def test_doors_a_label_opened_are_no_site(event_lexicon):
    text = "La start-up Mer Vivante Bio a été labellisée en décembre. « Le label nous a ouvert des portes », dit-elle."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == []


def test_an_opening_not_planned_or_only_studied_is_none(event_lexicon):
    text = ("La société Vayu Motors ne prévoit pas d'ouverture de nouveau site avant 2031. Le pôle Capenergies étudie "
            "aussi la possibilité d'ouvrir un centre d'essais mutualisé.")
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == []


def test_an_opening_no_decision_was_taken_on_is_none(event_lexicon):
    text = "Le pôle Minalogic rappelle qu'il n'a pris aucune décision quant à l'ouverture d'une antenne à Clermont-Ferrand."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == []


def test_a_quotation_launched_by_its_speaker_opens_nothing(event_lexicon):
    text = "« Diamniadio sera le cœur numérique du pays », a lancé le directeur général du parc, Cheikh Ndiaye."
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == []


def test_a_label_only_thought_of_or_its_next_session_is_none(event_lexicon):
    text = ("Le Cluster Solaire étudie également l'idée d'un label de qualité pour les installateurs. Il rappelle que les "
            "dossiers pour la prochaine session de labellisation seront examinés à l'automne.")
    assert labelled(text, event_lexicon) == []


def test_a_gathering_still_under_study_is_no_agenda(event_lexicon):
    text = "Un salon de la fintech serait à l'étude pour 2030, mais ni ses organisateurs ni son lieu ne sont encore connus."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == []


def test_money_committed_since_a_fund_began_is_no_funding(event_lexicon):
    text = "Smart Capital indique avoir engagé depuis sa création plus de 90 millions de dinars dans une quinzaine de fonds."
    assert roles_in(text, event_lexicon, EventType.FUNDING, PUBLISHED) == []


def test_a_venue_typed_a_place_hosts_what_it_welcomes(event_lexicon):
    text = "Du 4 au 6 juin, le Palais des congrès accueille le salon Vinitech, organisé par le pôle Inno'vin."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Inno'vin", "organisation"), ("Palais des congrès", "host")}]


def test_a_town_that_welcomes_a_gathering_is_no_host(event_lexicon):
    text = "Du 10 au 12 avril, Casablanca accueillera la Morocco Startup Week, organisée par le cluster Maroc Numeric."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [{("Maroc Numeric", "organisation")}]


def test_a_second_organiser_named_by_its_kind(event_lexicon):
    text = "Le salon Medinnov, organisé par le pôle Eurobiomed et le cluster Medicen, se tiendra du 4 au 6 juin au Parc Chanot."
    assert roles_in(text, event_lexicon, EventType.AGENDA, PUBLISHED) == [
        {("Eurobiomed", "organisation"), ("Medicen", "organisation"), ("Parc Chanot", "host")}]


def test_the_newspaper_asking_is_not_who_answers(event_lexicon):
    text = ("Le Soleil : Le CTIC Dakar multiplie les annonces. Quelle est la dernière ?\n"
            "Awa Ndiaye, directrice : Nous avons signé le 6 janvier une convention avec Orange Sénégal.\n"
            "Le Soleil : Et ensuite ?\nA. N. : Un Demo Day, en juin.")
    assert roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED) == [
        {("CTIC Dakar", "partner"), ("Orange Sénégal", "partner")}]
