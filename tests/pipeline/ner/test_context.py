"""The words around a name settle the type the model guessed (`pipeline/ner/context.py`) and
titles or peoples are not names (`pipeline/ner/junk.py`). Every expected entity, nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "company noun before a name": (
        "Le fonds entre au capital de la start-up rennaise <ent label=ORG>Vortelis Data</ent>."
    ),
    "singular company noun, one name only": (
        "L'armateur <ent label=ORG>Navimar</ent> commande deux navires."
    ),
    "list after a company noun and a marker": (
        "Une dizaine de sociétés adhérentes, dont <ent label=ORG>Corvane</ent>, "
        "<ent label=ORG>Halbrit</ent> et <ent label=ORG>Menuiseries Tadlaoui</ent>, exportent."
    ),
    "plural company noun, list without marker": (
        "Les équipementiers <ent label=ORG>Sarvel</ent> et <ent label=ORG>Odrima</ent> recrutent."
    ),
    "role in an organisation": (
        "Le directeur général de <ent label=ORG>Farnelle</ent> a confirmé la commande."
    ),
    "organisations are the majority of a list": (
        "<ent label=ORG>Renault</ent>, <ent label=ORG>Safran</ent> et "
        "<ent label=ORG>Brossard</ent> financent le campus."
    ),
    "given name makes a person": (
        "La convention a été signée par <ent label=PER>Youssef Tahiri</ent> en fin de matinée."
    ),
    "name in apposition after a role": (
        "Le gouverneur de la province, <ent label=PER>Brahim Oulkadi</ent>, a inauguré l'unité."
    ),
    "a title is not an organisation": (
        "Le ministre de l'Agriculture a reçu le président de la République à "
        "<ent label=LOC>Meknès</ent>."
    ),
    "a title before a person keeps the person": (
        "Selon le ministre des Finances <ent label=PER>Nadia Berrada</ent>, la dette baisse."
    ),
    "plural peoples are not places": (
        "Les Marocains et de nombreux Européens visitent <ent label=LOC>Essaouira</ent>."
    ),
    "weekday after an acronym": (
        "La <ent label=ORG>BMCI</ent> mardi a publié ses comptes."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_context(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


def test_person_with_company_noun_stays_person(entities_of) -> None:
    """A given name after a company noun is the person, not a company ("l'entreprise de ...")."""
    found = dict(entities_of("Parmi les entreprises présentes, dont Karim Bennis, fondateur de Dakir."))
    assert found.get("Karim Bennis") == "PER"
