"""Phrasings read on invented texts (round 2, session 20): a company noun never stands for the park
an article opens on (the dev sets dev105-dev110 showed them)."""
from __future__ import annotations

from datetime import date

from pipeline.events import EventType
from tests.events.reading import roles_in

PUBLISHED = date(2037, 1, 18)  # a Sunday


def found(text: str, lexicon, kind: EventType) -> list[set[tuple[str, str]]]:
    return roles_in(text, lexicon, kind, PUBLISHED)


def test_the_company_after_a_village_of_firms_is_the_tenant(event_lexicon):
    text = ("Le Village numérique de Tanger compte un nouveau locataire. Sunatlas, coentreprise franco-marocaine, y "
            "installera en mars une ligne de câblage. La société a obtenu un prêt de 40 millions de dirhams de la "
            "Banque marocaine du commerce extérieur, signé jeudi.")
    assert found(text, event_lexicon, EventType.FUNDING) == [
        {("Sunatlas", "recipient"), ("Banque marocaine du commerce extérieur", "funder")}]


def test_a_post_signed_on_its_last_line_is_its_writers(event_lexicon):
    text = ("Nouveau chapitre !\n\nAprès six ans dans l'industrie navale, je rejoins le pôle Mer Bretagne Atlantique "
            "à compter du 1er mars, en tant que directeur des projets. Je succéderai à Hélène Caradec, qui part à la "
            "retraite.\n\nMerci à toutes celles et ceux qui m'ont accompagné.\n\nYann Le Goff\n\n#nouveauposte #mer")
    assert found(text, event_lexicon, EventType.APPOINTMENT) == [
        {("Yann Le Goff", "appointee"), ("pôle Mer Bretagne Atlantique", "organisation"), ("Hélène Caradec", "predecessor")}]


def test_a_park_that_hosts_a_commissioning_is_its_host(event_lexicon):
    text = ("Le Technopôle de Borj Cédria a accueilli lundi la mise en service de l'atelier de câblage de Tunicâble, "
            "filiale d'un groupe allemand, qui emploiera 180 personnes.")
    assert found(text, event_lexicon, EventType.OPENING) == [
        {("Tunicâble", "organisation"), ("Technopôle de Borj Cédria", "host")}]
