"""Company names closed by a sector word or a country, or opened by a singular trade word (round 2,
session 27): the model cut « Souss Data » to the place « Souss », typed « Medina Pay » a person and
« Faïencerie Vidal » a place, and a firm's kind in capitals opened the name (« PME Atlas Robotics »).
Each case with its counter-case; invented text only, every expected entity and nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a sector word closes the name a place opens": (
        "<ent label=ORG>Souss Data</ent> a levé mardi 3 millions d'euros auprès de "
        "<ent label=ORG>Partech Africa</ent>."
    ),
    "a sector word closes the name a given name opens": (
        "<ent label=ORG>Medina Pay</ent> organisera le 30 octobre un forum."
    ),
    "a country after a firm's name is part of it": (
        "Le <ent label=ORG>Cluster Logistique du Maroc</ent> et <ent label=ORG>Orange Tunisie</ent> ont signé "
        "une convention."
    ),
    "a country that opens a name does not close the one before": (
        "<ent label=ORG>Maroc Numeric Fund</ent> a investi dans la start-up."
    ),
    "a firm's kind in capitals is not part of its name": (
        "La PME <ent label=ORG>Atlas Robotics</ent> a levé 2 millions d'euros."
    ),
    "an agency named with the kind at its end keeps it": (
        "<ent label=ORG>Maroc PME</ent> a accordé le label."
    ),
    "a coined word alone after a role and its « de » names the organisation": (
        "<ent label=PER>Claire Martin</ent> a été nommée mardi directrice générale de <ent label=ORG>Hydrolia</ent>."
    ),
    "a capitalised singular trade word opens a firm's name": (
        "La <ent label=ORG>Faïencerie Vidal</ent>, à <ent label=LOC>Salernes</ent>, et la "
        "<ent label=ORG>Fromagerie des Monts Jura</ent> ont reçu le label."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_company_names(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]
