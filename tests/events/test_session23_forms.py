"""Holders, signatories and venues read by shape, not by word list (round 2, session 23): lists
whose items carry a description, names the NER stage typed as places in a signatory's or an
organiser's slot, a venue after « au » that is no country; invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 3, 15)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_each_holder_of_a_described_list_is_labelled(event_lexicon):
    text = ("Quatre sociétés hébergées au Technopark de Rabat ont reçu lundi le label Jeune entreprise innovante : "
            "Portline Maroc, spécialiste des données portuaires, Agrivest, qui produit des biostimulants, et "
            "Kasbah Games, studio de jeux éducatifs.")
    assert found(text, lexicon=event_lexicon, kind=EventType.LABEL) == [
        {("Portline Maroc", "labelled")}, {("Agrivest", "labelled")}, {("Kasbah Games", "labelled")}]


def test_a_label_given_to_a_maker_described_in_four_words(event_lexicon):
    text = "Le Cluster EMC Maroc a décerné jeudi son label « Green Electronics » au fabricant de cartes électroniques Orvatek."
    assert found(text, event_lexicon, EventType.LABEL) == [{("Orvatek", "labelled")}]


def test_a_label_given_to_members_named_after_the_count(event_lexicon):
    text = ("Le pôle Alsace BioValley a attribué mardi son label « Biotech d'avenir » à deux de ses membres, la société "
            "strasbourgeoise Genorhin et la mulhousienne Peptalis.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Genorhin", "labelled")}, {("Peptalis", "labelled")}]


def test_a_holder_described_before_it_is_given_the_label(event_lexicon):
    text = ("Dans le même temps, la coopérative Karité d'Or, installée sur le site, s'est vu attribuer lundi le label "
            "Rainforest Alliance pour ses amandes.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Karité d'Or", "labelled")}]


def test_a_renewed_label_of_two_poles_told_in_the_passive(event_lexicon):
    text = ("Le label « pôle de compétitivité » de Cosmetic Valley et du Pôle Véhicule du Futur a été reconduit le "
            "10 mars par l'État.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Cosmetic Valley", "labelled")}, {("Pôle Véhicule du Futur", "labelled")}]


def test_two_names_typed_as_places_sign_a_partnership(event_lexicon):
    text = ("Le CTIC Dakar et l'Orange Digital Center ont noué mardi un partenariat pour accompagner une vingtaine de "
            "start-up de la tech agricole.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("CTIC Dakar", "partner"), ("Orange Digital Center", "partner")}]


def test_a_letter_of_intent_and_a_joint_declaration_are_agreements(event_lexicon):
    text = ("Le Grand Port Maritime de Marseille et l'Autorité portuaire de Tanger Med ont paraphé vendredi une "
            "déclaration commune sur la décarbonation des escales.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Grand Port Maritime de Marseille", "partner"), ("Autorité portuaire de Tanger Med", "partner")}]
    text = ("Le Pôle Mer Méditerranée et le Pôle de compétitivité de Bizerte ont signé mardi une lettre d'intention "
            "commune pour des démonstrateurs de navires.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Pôle Mer Méditerranée", "partner"), ("Pôle de compétitivité de Bizerte", "partner")}]


def test_a_school_described_by_its_kind_signs(event_lexicon):
    text = ("La technopole Nice Méridia et l'école d'ingénieurs Polytech Nice Sophia ont signé mardi une convention "
            "de trois ans.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Nice Méridia", "partner"), ("Polytech Nice Sophia", "partner")}]


def test_the_place_that_completes_a_name_does_not_sign(event_lexicon):
    text = ("Dakar - Le Parc des technologies numériques (PTN) de Diamniadio et l'Agence française de développement "
            "(AFD) ont signé vendredi un accord d'assistance technique.")
    assert found(text, event_lexicon, EventType.PARTNERSHIP) == [
        {("Parc des technologies numériques", "partner"), ("Agence française de développement", "partner")}]


def test_a_day_is_a_gathering_and_its_venue_after_au_hosts_it(event_lexicon):
    text = "Le cluster Tunisia Smart Cities organisera son Smart City Day le 22 mars au Novotel Tunis Lac."
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Tunisia Smart Cities", "organisation"), ("Novotel Tunis Lac", "host")}]


def test_a_country_after_au_hosts_nothing(event_lexicon):
    text = "Le cluster Tunisia Smart Cities organisera son forum le 22 mars au Maroc."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Tunisia Smart Cities", "organisation")}]


def test_a_district_typed_as_a_place_organises(event_lexicon):
    text = "Par ailleurs, le Cedar Digital District organise du 20 au 22 mars la Cedar Tech Week, trois jours de conférences."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Cedar Digital District", "organisation")}]


def test_access_given_to_a_site_is_no_opening(event_lexicon):
    for text in ("Aux termes de la convention, l'école ouvrira ses laboratoires aux entreprises du technopôle.",
                 "La présidente veut ouvrir davantage le pôle aux start-up de la région.",
                 "Le 9 avril, la technopole Bordeaux Technowest ouvrira son campus de Mérignac au grand public."):
        assert found(text, event_lexicon, EventType.OPENING) == [], text


def test_a_new_nursery_for_young_firms_is_an_opening(event_lexicon):
    text = "Le Technoparc Orvalis ouvrira le 1er avril une pépinière destinée aux jeunes entreprises de la mobilité."
    assert found(text, event_lexicon, EventType.OPENING) == [{("Technoparc Orvalis", "organisation")}]


def test_openings_wished_for_or_given_up_are_none(event_lexicon):
    for text in ("Orbis Vision a été créée en 2030 ; Lumiflex envisage de son côté d'ouvrir un site de production en Isère.",
                 "L'entreprise pourrait, selon son dirigeant Paul Castagnet, ouvrir un site de production en Espagne.",
                 "L'ouverture d'une antenne de Kora Pay à Abidjan, un temps évoquée, n'est plus d'actualité.",
                 "Les inscriptions aux deux premiers rendez-vous sont ouvertes sur le site du pôle Moveo."):
        assert found(text, event_lexicon, EventType.OPENING) == [], text


def test_he_who_succeeds_is_the_one_elected_just_before(event_lexicon):
    text = ("El Jadida. Le transformateur de légumes Doukkala Agro s'est vu remettre mercredi le label RSE de la "
            "Confédération générale des entreprises du Maroc (CGEM). La veille, son directeur général, Hicham "
            "Benjelloun, avait été élu président du Cluster Agrotech Doukkala. Il succède à Mohamed Lahlou.")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Hicham Benjelloun", "appointee"), ("Cluster Agrotech Doukkala", "organisation"), ("Mohamed Lahlou", "predecessor")}]


def test_an_assembly_held_on_a_weekday_that_elected_someone_is_past(event_lexicon):
    text = ("Réuni en assemblée générale vendredi à Alger, le Cluster Énergie Solaire a élu à sa présidence Samia Bouzid, "
            "dirigeante d'un bureau d'études.")
    wednesday = date(2037, 3, 18)
    assert [e.date for e in events_in(text, event_lexicon, EventType.APPOINTMENT, wednesday)] == ["2037-03-13"]


def test_she_who_succeeds_is_the_one_named_after_the_last_appointment(event_lexicon):
    text = ("NOMINATIONS\nNizar Ben Ammar a été élu mardi à la présidence de la Chambre tuniso-française de commerce et "
            "d'industrie (CTFCI). Cet industriel était jusqu'ici trésorier de la chambre.\nLeïla Mabrouk dirigera le Pôle "
            "Elgazala à compter du 15 mai. Elle succède à Faouzi Jaziri, appelé à d'autres fonctions.")
    events = found(text, event_lexicon, EventType.APPOINTMENT)
    assert {("Nizar Ben Ammar", "appointee"), ("Faouzi Jaziri", "predecessor")} not in [
        {p for p in e if p[1] in ("appointee", "predecessor")} for e in events]
    assert any(("Faouzi Jaziri", "predecessor") in e and ("Leïla Mabrouk", "appointee") in e for e in events)


def test_the_person_after_an_opening_participle_phrase_is_appointed(event_lexicon):
    # the article's first sentence: its first letter was lost when the phrase was read
    text = "Élu le 8 mars président de l'incubateur AltCity, Samer Khalil succède à Nour Abou Jaoudé."
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Samer Khalil", "appointee"), ("AltCity", "organisation"), ("Nour Abou Jaoudé", "predecessor")}]


def test_the_body_named_for_labelling_gives_the_label_to_a_listed_group(event_lexicon):
    text = ("Tunis - Le comité de labellisation du Startup Act a attribué mardi son label à trois jeunes pousses : "
            "Solara Tech, qui conçoit des lampadaires solaires, Mizen Care, éditeur d'un logiciel de suivi, et Baya "
            "Robotics, spécialisée dans les robots de désherbage.")
    assert found(text, event_lexicon, EventType.LABEL) == [
        {("Solara Tech", "labelled")}, {("Mizen Care", "labelled")}, {("Baya Robotics", "labelled")}]


def test_a_name_with_its_legal_form_is_a_company(event_lexicon):
    text = ("Kelp & Co, qui produit des bioplastiques à partir d'algues à Cherbourg, a obtenu 350 k€ de la Région "
            "Normandie pour financer son démonstrateur.")
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Kelp & Co", "recipient"), ("Région Normandie", "funder")}]


def test_venues_after_a_la_and_on_a_campus_host(event_lexicon):
    text = "Les deux réseaux tiendront le 18 mars, à la Fiera Milano, leur première convention d'affaires commune."
    assert ("Fiera Milano", "host") in found(text, event_lexicon, EventType.AGENDA)[0]
    text = "Le pôle Minalogic tiendra ses Rencontres Photonique les 18 et 19 mars sur le campus Minatec, à Grenoble."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Minalogic", "organisation"), ("Minatec", "host")}]


def test_a_holder_described_after_it_is_named_holds_the_label(event_lexicon):
    text = ("À cette occasion, le pôle mettra en avant Polyflux, une jeune entreprise de Villeurbanne qui a reçu "
            "mercredi le label « Innovation chimie verte », décerné par un jury de la Région.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Polyflux", "labelled")}]


def test_a_counted_group_then_its_names_without_an_article(event_lexicon):
    text = ("Le Comité national de labellisation a attribué jeudi le label « Incubateur » à deux structures "
            "d'accompagnement, Tlemcen Innov et Bab Ezzouar Hub, a indiqué vendredi le ministère.")
    assert found(text, event_lexicon, EventType.LABEL) == [{("Tlemcen Innov", "labelled")}, {("Bab Ezzouar Hub", "labelled")}]


def test_a_fund_described_by_its_town_is_the_funder(event_lexicon):
    text = "Solaria Drones avait levé en janvier 4 millions d'euros auprès du fonds madrilène Seaya Ventures."
    assert found(text, event_lexicon, EventType.FUNDING) == [{("Solaria Drones", "recipient"), ("Seaya Ventures", "funder")}]


def test_a_gathering_named_like_a_body_organises_nothing(event_lexicon):
    text = "Le Tunisia Investment Forum se tiendra les 20 et 21 mai au Palais des congrès de Tunis."
    assert all(role != "organisation" or name != "Tunisia Investment Forum"
               for event in found(text, event_lexicon, EventType.AGENDA) for name, role in event)


def test_a_departure_ruled_out_is_none(event_lexicon):
    for text in ("Son président, Olivier Bensard, assure qu'il « n'est pas question » de quitter la région.",
                 "Son président, Bertrand Favier, assure que l'entreprise « n'a pas l'intention de quitter la Savoie »."):
        assert found(text, event_lexicon, EventType.APPOINTMENT) == [], text
