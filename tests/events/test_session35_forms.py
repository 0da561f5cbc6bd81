"""Forms the reader missed until round 2, session 35: a call for projects its launcher closes on a
day (« clôturera le 30 juin l'appel à projets »), and « nous » in an interview's answer when the
interviewee is introduced without an organisation (« Sophie Laval, présidente : … »): the
organisation the questions speak of; two organisations taken up by their nouns before « organiseront »
(« Le pôle et la chambre »). Invented texts."""
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
