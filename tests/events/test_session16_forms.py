"""Phrasings read on invented texts (round 2, session 16): a gathering's named venue is its host
(evaluation/gold/events/README.md, "A gathering's venue is its `host`"), whatever type the NER gives it."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from tests.events.reading import roles_in

PUBLISHED = date(2037, 1, 14)  # a Wednesday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


@pytest.mark.parametrize(("text", "expected"), [
    ("Le pôle Vitagora tiendra les 14 et 15 mai, au Palais des congrès de Dijon, ses Rencontres annuelles.",
     {("Vitagora", "organisation"), ("Palais des congrès de Dijon", "host")}),
    ("Organisé par le pôle Inno'Vin, le salon Vinitech Sud se tiendra du 17 au 19 novembre au parc des "
     "expositions de Bordeaux.",
     {("Inno'Vin", "organisation"), ("parc des expositions de Bordeaux", "host")}),
    ("Alger - Le cluster Algeria Digital tiendra le 2 octobre son Demo Day à l'hôtel El Aurassi.",
     {("Algeria Digital", "organisation"), ("hôtel El Aurassi", "host")}),
    ("Le cluster Lumière rassemble ses adhérents le 19 mars au Grand Hôtel-Dieu, à Lyon, pour une journée "
     "consacrée à l'éclairage public.",
     {("Lumière", "organisation"), ("Grand Hôtel-Dieu", "host")}),
    ("L'incubateur CTIC Dakar organisera le 14 février un forum de l'entrepreneuriat féminin au Centre "
     "international de conférences Abdou Diouf.",
     {("CTIC Dakar", "organisation"), ("Centre international de conférences Abdou Diouf", "host")}),
])
def test_a_named_venue_is_the_host_of_a_gathering_held_there(text, expected, event_lexicon):
    assert found(text, event_lexicon, EventType.AGENDA) == [expected]


def test_a_town_alone_is_no_host(event_lexicon):
    text = "Le pôle Vitagora tiendra les 14 et 15 mai, à Dijon, ses Rencontres annuelles."
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Vitagora", "organisation")}]


def test_a_venue_named_in_another_clause_is_not_the_host(event_lexicon):
    text = ("Le pôle Vitagora tiendra ses Rencontres le 14 mai à Dijon ; le Palais des congrès de Dijon "
            "rouvre ses portes après travaux.")
    assert found(text, event_lexicon, EventType.AGENDA) == [{("Vitagora", "organisation")}]
