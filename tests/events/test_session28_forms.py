"""Forms the reader missed until round 2, session 28: label holders listed after a counted group
(« à deux jeunes pousses : A, qui …, et B, spécialiste … »), each with its own description, a place
or a name inside it; the same group before the verb (« Deux jeunes entreprises, A, qui …, et B, … ,
ont reçu »); and a group named by the next sentence (« Il s'agit de A, de B et de C »). Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import roles_in

PUBLISHED = date(2029, 10, 2)


def _holders(text: str, lexicon) -> list[set[tuple[str, str]]]:  # type: ignore[no-untyped-def]
    return roles_in(text, lexicon, EventType.LABEL, PUBLISHED)


def test_holders_described_after_a_counted_group_and_a_colon(event_lexicon):
    text = ("Le pôle Mecaloire a décerné mardi son label « Atelier du futur » à deux jeunes pousses stéphanoises : "
            "Forgetech Loire, qui conçoit des presses connectées, et Usinova Systèmes, spécialiste de la maintenance prédictive.")
    assert _holders(text, event_lexicon) == [{("Forgetech Loire", "labelled")}, {("Usinova Systèmes", "labelled")}]


def test_a_name_inside_a_holder_description_is_no_holder(event_lexicon):
    text = ("Oran - Le Comité national de labellisation a attribué lundi le label « Incubateur » à deux structures : "
            "Wahran Innov, l'incubateur de l'Université des sciences et de la technologie d'Oran, et Sidi Lab, "
            "un incubateur privé installé à Mostaganem.")
    assert _holders(text, event_lexicon) == [{("Wahran Innov", "labelled")}, {("Sidi Lab", "labelled")}]


def test_the_town_after_each_holder_is_no_holder(event_lexicon):
    text = ("Rabat - L'agence Maroc PME a accordé mardi le label « Innov Idea » à trois jeunes entreprises : "
            "Saiss Robotics, à Meknès, Atlas Argan Tech, à Agadir, et Rif Data Services, à Tétouan.")
    assert _holders(text, event_lexicon) == [
        {("Saiss Robotics", "labelled")}, {("Atlas Argan Tech", "labelled")}, {("Rif Data Services", "labelled")}]


def test_a_counted_group_with_a_comma_lists_its_holders(event_lexicon):
    text = ("Le ministère a attribué jeudi le label « Incubateur » à deux structures d'accompagnement, "
            "Setif Innov Hub et Batna Start Center, a indiqué vendredi un communiqué.")
    assert _holders(text, event_lexicon) == [{("Setif Innov Hub", "labelled")}, {("Batna Start Center", "labelled")}]


def test_a_counted_group_before_the_verb_holds_the_label_not_its_host(event_lexicon):
    text = ("Trois jeunes entreprises hébergées au Technopark de Tanger, Tanja Mobility, Detroit Logistics et "
            "Rif Solar Systems, ont reçu vendredi le label « Morocco Tech ».")
    assert _holders(text, event_lexicon) == [
        {("Tanja Mobility", "labelled")}, {("Detroit Logistics", "labelled")}, {("Rif Solar Systems", "labelled")}]


def test_members_announced_by_their_cluster_hold_the_label_not_the_cluster(event_lexicon):
    text = ("Le cluster Aquavalley annonce que deux de ses membres, la société Hydronov Garrigues et le bureau "
            "d'études Irrisens Conseil, ont reçu le 1er septembre le label « Solar Impulse Efficient Solution ».")
    assert _holders(text, event_lexicon) == [{("Hydronov Garrigues", "labelled")}, {("Irrisens Conseil", "labelled")}]


def test_a_counted_group_named_by_the_next_sentence(event_lexicon):
    text = ("Dakar - Trois jeunes entreprises sénégalaises ont reçu mardi le label « Startup Act ». Il s'agit de "
            "Teranga Pay Solutions, qui gère les paiements des transporteurs, de Niayes Agritech, qui vend des kits "
            "d'irrigation, et de Casamance Bio Energies, spécialiste du biogaz.")
    assert _holders(text, event_lexicon) == [
        {("Teranga Pay Solutions", "labelled")}, {("Niayes Agritech", "labelled")}, {("Casamance Bio Energies", "labelled")}]


def test_a_counted_group_with_no_names_after_it_invents_no_holder(event_lexicon):
    text = ("Le ministère a attribué jeudi le label « Incubateur » à deux structures d'accompagnement, ce qui porte "
            "à quatorze le nombre d'incubateurs labellisés dans la wilaya.")
    assert _holders(text, event_lexicon) == []


def test_a_label_obtained_by_counted_members_goes_to_them_not_to_who_salutes_it(event_lexicon):
    text = ("Le pôle Vegepolys Valley salue l'obtention, mardi, du label « Entreprise à mission » par deux de ses "
            "adhérents : la semencière Semences Bocage et l'entreprise de biocontrôle Phytonova Solutions.")
    found = _holders(text, event_lexicon)
    assert {("Phytonova Solutions", "labelled")} in found
    assert all(("Vegepolys Valley", "labelled") not in roles for roles in found)


def test_a_competitiveness_cluster_label_renewed_for_two_clusters(event_lexicon):
    text = ("L'État a reconduit mercredi le label de pôle de compétitivité de Vitagora et de Valorial "
            "pour quatre ans. Mardi, l'État a aussi renouvelé le label de pôle de compétitivité du pôle "
            "Fibres-Energivie et celui de Cosmetic Valley.")
    assert _holders(text, event_lexicon) == [
        {("Vitagora", "labelled")}, {("Valorial", "labelled")},
        {("Fibres-Energivie", "labelled")}, {("Cosmetic Valley", "labelled")}]


def test_members_distinguished_by_a_label_in_apposition(event_lexicon):
    text = "Bravo à nos adhérents Aromalys et Natéa Labs, distingués ce lundi par le label « Cosmétique durable » !"
    assert sorted(map(sorted, _holders(text, event_lexicon))) == [[("Aromalys", "labelled")], [("Natéa Labs", "labelled")]]


def test_a_noun_after_a_determiner_closes_no_clause_before_the_subject(event_lexicon):
    text = ("Le Cluster Plastiques Hauts-Plateaux organisera en janvier un salon à Sétif. À la veille de cette "
            "annonce, mardi, le cluster a signé un accord avec l'entreprise publique Sonatrach Pétrochimie.")
    assert roles_in(text, event_lexicon, EventType.PARTNERSHIP, PUBLISHED) == [
        {("Cluster Plastiques Hauts-Plateaux", "partner"), ("Sonatrach Pétrochimie", "partner")}]


def test_an_abbreviated_month_in_a_dateline_ends_no_sentence(event_lexicon):
    text = ("BARCELONE, 17 jan. 2031 (AFP) - Le cluster catalan de l'automobile CIAC et le pôle de compétitivité "
            "Véhicule du Futur ont signé jeudi un accord de coopération.")
    assert roles_in(text, event_lexicon, EventType.PARTNERSHIP, date(2031, 1, 17)) == [
        {("CIAC", "partner"), ("Véhicule du Futur", "partner")}]


def test_a_unit_that_entered_production_is_an_opening(event_lexicon):
    text = ("Jijel - Une unité de fabrication de tubes, réalisée par la société Medsteel Tubes, est entrée en "
            "production dimanche. La société Hydro Sahel a entamé lundi l'exploitation de son unité de dessalement.")
    found = roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED)
    assert {("Hydro Sahel", "organisation")} in found


def test_a_fab_lab_and_a_second_building_are_sites(event_lexicon):
    text = ("L'Institut national polytechnique Félix Houphouët-Boigny a ouvert mardi un fab lab. Le Beirut Digital "
            "District a ouvert la semaine dernière un deuxième immeuble dédié aux entreprises technologiques.")
    assert roles_in(text, event_lexicon, EventType.OPENING, PUBLISHED) == [
        {("Institut national polytechnique Félix Houphouët-Boigny", "organisation")},
        {("Beirut Digital District", "organisation")}]


def test_a_person_after_a_datelines_town_is_the_appointee(event_lexicon):
    text = "Lille - Maud Desrousseaux a été nommée lundi directrice du pôle Nutrition Santé Longévité."
    assert roles_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED) == [
        {("Maud Desrousseaux", "appointee"), ("Nutrition Santé Longévité", "organisation")}]


def test_a_challenge_and_a_rassemblement_are_gatherings(event_lexicon):
    text = ("Algeria Venture organise le 26 mai l'Algeria Startup Challenge au Centre international de conférences "
            "Abdelatif Rahal. Les 22 et 23 juin, Bpifrance tient son rassemblement annuel à l'Accor Arena.")
    found = roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 1, 10))
    assert {("Algeria Venture", "organisation"), ("Centre international de conférences Abdelatif Rahal", "host")} in found
    assert {("Bpifrance", "organisation"), ("Accor Arena", "host")} in found  # (an arena is a venue)


def test_an_appointment_told_by_its_participle_is_dated_in_the_past_whatever_the_sentence_s_tense(event_lexicon):
    from pipeline.events import find_events
    from tests.nlp_models import shared_analyzer

    text = ("Ce sera le premier grand rendez-vous de Mathieu Castan, arrivé le 2 juin au poste de directeur "
            "général du pôle Agri Sud-Ouest Innovation.")
    events = find_events(shared_analyzer().annotate_text(text, date(2029, 10, 2)), event_lexicon)
    assert [e.date for e in events if e.type is EventType.APPOINTMENT] == ["2029-06-02"]


def test_an_agreement_concluded_during_the_ceremony_is_dated_by_it(event_lexicon):
    from pipeline.events import find_events
    from tests.nlp_models import shared_analyzer

    text = ("Le groupe Sen Textile a inauguré samedi 28 juin son usine de Diamniadio. Sen Textile a également conclu, "
            "lors de la cérémonie, un accord de formation avec l'École supérieure polytechnique de Dakar.")
    events = find_events(shared_analyzer().annotate_text(text, date(2036, 7, 1)), event_lexicon)
    assert [e.date for e in events if e.type is EventType.PARTNERSHIP] == ["2036-06-28"]
