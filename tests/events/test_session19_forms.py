"""Phrasings read on invented texts (round 2, session 19): the board that elects, a weekday opening
its sentence far from its verb, venues (the dev sets dev97-dev100 showed them)."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import events_in, roles_in

PUBLISHED = date(2037, 1, 18)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_the_board_that_elects_is_where_the_role_is(event_lexicon):
    text = ("Le pôle Vitalys a lancé lundi son appel à projets. Mercredi, le conseil d'administration d'Hydrelia a élu "
            "à sa présidence Julien Kessler, directeur d'une régie des eaux, en remplacement d'Anne-Sophie Muller.")
    appointments = events_in(text, event_lexicon, EventType.APPOINTMENT, PUBLISHED)
    assert [{(p.mention.surface, p.role.value) for p in e.participants} for e in appointments] == [
        {("Julien Kessler", "appointee"), ("Hydrelia", "organisation"), ("Anne-Sophie Muller", "predecessor")}]
    # the weekday opens its sentence, its verb is far: the past one of a round-up
    assert [e.date for e in appointments] == ["2037-01-14"]


def test_a_gathering_at_a_culture_centre_is_hosted_there(event_lexicon):
    text = ("Le Port autonome de Kribi organisera, du 11 au 13 juin, la première édition du Salon international de "
            "l'économie portuaire et logistique (SIEPL), au Centre culturel Joseph Ebanda.")
    assert found(text, event_lexicon, EventType.AGENDA) == [
        {("Port autonome de Kribi", "organisation"), ("Centre culturel Joseph Ebanda", "host")}]
