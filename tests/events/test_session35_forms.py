"""Forms the reader missed until round 2, session 35: a call for projects its launcher closes on a day
(« clôturera le 30 juin l'appel à projets »), and « nous » in an interview's answer when the interviewee is
introduced without an organisation (« Sophie Laval, présidente : … »): the organisation the questions speak
of; two organisations taken up by their nouns before « organiseront » (« Le pôle et la chambre »); labels
renewed « pour » a list in the passive, confirmed « de A et de B », given to start-ups named after a day, or
to a counted group named after a colon (« en leur attribuant son label « X » : A et B »); a round « conduite
par » a fund; a company described with its town's adjective; a call whose deadline is told to its candidates
(« Les porteurs de projets ont jusqu'au … pour déposer ») or « Clôture des candidatures : … »; « Notre » never
a name; co-funders before « lui ont apporté »; the one elected « après le départ de Y »; agenda lines opened
by two full dates or by « Jusqu'au … - »; a gathering's name then whose it is (« Forum X du pôle Y »); an
incubator that opens « dans le Parc technologique Y » (and, as a guard, an operator opening the named park
itself). Seventeen of the twenty-two cases fail on the session's start code (987875c); the other five (a door
closed, exhibitors' registration, « Notre », a project labelled, an operator opening its park) are guards on
forms that already read right in these words. Invented texts."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import dated_roles_in


def test_a_call_its_launcher_closes_on_a_day_is_on_the_agenda(event_lexicon):
    text = "L'Ademe clôturera le 12 septembre l'appel à projets « Chaleur renouvelable industrielle »."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 7, 3)) == [
        ("2029-09-12", {("Ademe", "organisation")})]


def test_a_call_closed_now_by_its_launcher_in_the_present_tense(event_lexicon):
    text = "Appel à projets. La Région Occitanie clôt le 4 novembre 2029 la deuxième vague de son concours « Usine agile »."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 10, 1)) == [
        ("2029-11-04", {("Région Occitanie", "organisation")})]


def test_a_door_closed_is_no_call(event_lexicon):
    # (guard: « ferme » alone, without a call's cue, tells no agenda)
    text = "Le cluster Mecanic Vallée ferme le 20 décembre son antenne de Figeac."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 11, 2)) == []


def test_us_in_an_answer_is_the_cluster_the_questions_speak_of(event_lexicon):
    text = ("Le Journal : Quoi de neuf au cluster Mecanic Vallée ?\n"
            "Sophie Laval, présidente : Nous avons recruté deux ingénieurs.\n\n"
            "Le Journal : Avec quels moyens ?\n"
            "S. L. : En mars, la Région Occitanie nous a accordé 400 000 euros pour ce programme.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 5, 14)) == [
        ("2029-03", {("Région Occitanie", "funder"), ("Mecanic Vallée", "recipient")})]


def test_two_organisations_taken_up_by_their_nouns_organise_together(event_lexicon):
    text = ("Le pôle Aquimer a signé jeudi une convention avec la Chambre de commerce de Sfax. "
            "Le pôle et la chambre organiseront du 3 au 5 juin une mission d'entreprises à Boulogne-sur-Mer.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 3, 12)) == [
        ("2029-06-03/2029-06-05", {("Aquimer", "organisation"), ("Chambre de commerce de Sfax", "organisation")})]


def test_a_label_renewed_in_the_passive_for_three_poles(event_lexicon):
    text = "PARIS. Le label « Pôle de compétitivité » a été renouvelé le 3 juillet pour Valorial, Aquimer et Hippolia."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 7, 5)) == [
        ("2029-07-03", {("Valorial", "labelled")}), ("2029-07-03", {("Aquimer", "labelled")}),
        ("2029-07-03", {("Hippolia", "labelled")})]


def test_a_label_the_state_confirms_for_two_poles(event_lexicon):
    text = "L'État a confirmé le 21 mai le label « pôle de compétitivité » de Valorial et de Hippolia pour la phase 2030-2033."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 5, 24)) == [
        ("2029-05-21", {("Valorial", "labelled")}), ("2029-05-21", {("Hippolia", "labelled")})]


def test_start_ups_labelled_on_a_day_told_before_them(event_lexicon):
    text = "Tunis - Le collège Startup Act a labellisé le 14 février les start-up Datalive et Oliviatech."
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 2, 16)) == [
        ("2029-02-14", {("Datalive", "labelled")}), ("2029-02-14", {("Oliviatech", "labelled")})]


def test_a_label_given_to_a_group_named_after_a_colon(event_lexicon):
    text = ("Le pôle Viameca a distingué mardi 6 mars deux entreprises de la Loire en leur attribuant son label "
            "« Usine agile » : la fonderie Ondaine Métal et la société Cornillon Mécanique.")
    assert dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 3, 8)) == [
        ("2029-03-06", {("Ondaine Métal", "labelled")}), ("2029-03-06", {("Cornillon Mécanique", "labelled")})]


def test_a_project_labelled_is_not_its_holder(event_lexicon):
    # (guard: the project's name after « le projet » holds no label; its carriers are read elsewhere)
    text = "Le pôle Valorial a labellisé le 2 avril le projet collaboratif Algomer, qui associe des pêcheurs bretons."
    assert not any(("Algomer", "labelled") in roles
                   for _, roles in dated_roles_in(text, event_lexicon, EventType.LABEL, date(2029, 4, 4)))


def test_a_round_conduite_par_a_fund_has_that_fund_as_funder(event_lexicon):
    text = "Dakar - La fintech Wari Pay a bouclé le 3 mars une série A de 2 milliards de francs CFA, conduite par Sahel Capital Partners."
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 3, 5)) == [
        ("2029-03-03", {("Wari Pay", "recipient"), ("Sahel Capital Partners", "funder")})]


def test_a_company_described_by_its_town_adjective_raises(event_lexicon):
    text = ("Le Caire - La plateforme cairote de livraison Bosta Logistics a finalisé dimanche 4 mars une levée "
            "de 3 millions de dollars menée par Algebra Ventures.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 3, 6)) == [
        ("2029-03-04", {("Bosta Logistics", "recipient"), ("Algebra Ventures", "funder")})]


def test_project_holders_given_a_deadline_answer_the_call_told_before(event_lexicon):
    text = ("Le CTIC Dakar ouvre son programme d'incubation aux entreprises agricoles. "
            "Les porteurs de projets ont jusqu'au 30 septembre 2029 pour déposer leur dossier.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 7, 2)) == [
        ("2029-09-30", {("CTIC Dakar", "organisation")})]


def test_exhibitors_given_a_deadline_to_register_tell_no_call(event_lexicon):
    # (guard: a fair's registration deadline is no call of its own; annotators leave it out)
    text = ("Le cluster Hydrogène Souss tiendra son salon les 4 et 5 juin 2029 à Agadir. "
            "Les exposants ont jusqu'au 30 avril pour s'inscrire.")
    assert [d for d, _ in dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 2, 2))] == ["2029-06-04/2029-06-05"]


def test_our_call_in_a_post_is_not_a_name(event_lexicon):
    text = ("Le Technopark de Tanger accompagne 120 start-up. "
            "Notre appel à projets « Tanger Boost » reste ouvert jusqu'au 30 juin 2029.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 5, 2)) == [
        ("2029-06-30", {("Technopark de Tanger", "organisation")})]


def test_two_co_funders_give_to_the_company_told_before(event_lexicon):
    text = ("La start-up Vitisense, qui cartographie les vignes par drone, a emménagé en mars au parc technologique du Canal. "
            "Pour financer cette croissance, la Région Occitanie et Bpifrance lui ont apporté ensemble 900 000 euros.")
    assert dated_roles_in(text, event_lexicon, EventType.FUNDING, date(2029, 4, 3)) == [
        ("2029-04-03", {("Région Occitanie", "funder"), ("Bpifrance", "funder"), ("Vitisense", "recipient")})]


def test_the_one_elected_after_anothers_departure_is_the_appointee(event_lexicon):
    text = "Le pôle Valorial a élu hier Jeanne Le Goff au poste de présidente, après le départ de Marc Tanguy."
    assert dated_roles_in(text, event_lexicon, EventType.APPOINTMENT, date(2029, 6, 13)) == [
        ("2029-06-12", {("Jeanne Le Goff", "appointee"), ("Valorial", "organisation"), ("Marc Tanguy", "predecessor")})]


def test_an_agenda_line_opened_by_two_full_dates_has_its_subject(event_lexicon):
    text = ("AGENDA\n9 septembre - Bpifrance consacre une journée à l'industrie du futur à la Maison de la Chimie, à Paris.\n"
            "Du 30 septembre au 2 octobre - Le cluster Mont-Blanc Industries réunit ses adhérents pour ses Rencontres "
            "du décolletage à l'Espace des Allobroges de Cluses.")
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 9, 1))[1] == (
        "2029-09-30/2029-10-02", {("Mont-Blanc Industries", "organisation"), ("Espace des Allobroges", "host")})


def test_an_agenda_line_opened_by_its_deadline_has_its_subject(event_lexicon):
    text = "Jusqu'au 15 septembre - La Région Occitanie reçoit les candidatures à son appel à projets Usine sobre."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 8, 1)) == [
        ("2029-09-15", {("Région Occitanie", "organisation")})]


def test_a_gathering_named_then_whose_it_is(event_lexicon):
    text = "- 14 octobre, Nice : Forum Smart City du pôle SCS, au Palais Acropolis."
    assert dated_roles_in(text, event_lexicon, EventType.AGENDA, date(2029, 9, 1)) == [
        ("2029-10-14", {("pôle SCS", "organisation"), ("Palais Acropolis", "host")})]


def test_an_incubator_opens_in_a_named_park(event_lexicon):
    text = "Sétif - L'incubateur Hub Djemila Innov a ouvert dimanche dans le Parc technologique de Sétif."
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 8, 7)) == [
        ("2029-08-05", {("Hub Djemila Innov", "organisation"), ("Parc technologique de Sétif", "host")})]


def test_an_operator_opening_a_named_park_hosts_nothing(event_lexicon):
    # (guard: « a ouvert lundi le Technopark X » opens the park itself)
    text = "La Moroccan Information Technopark Company a ouvert lundi le Technopark de Meknès."
    assert dated_roles_in(text, event_lexicon, EventType.OPENING, date(2029, 8, 7)) == [
        ("2029-08-06", {("Moroccan Information Technopark Company", "organisation")})]
