"""Names the entity layer cut or missed until round 2, session 32: the team's gazetteer now knows the
incubators, venues and fair organisers the news names most (a coined name at a sentence's start the
model does not tag, « Euratechnologies »; a lower-case word of a firm's name cut off, « GL events »;
a venue the model read as its first word, « Fira de Barcelona »); a known incubator's name read on by
the model into its branch (« Flat6Labs Beirut ») is that branch, an organisation; a country-led hub
with its article (« le Côte d'Ivoire Tech Hub ») is read whole. Invented text only, every expected
entity and nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a coined incubator's name at a sentence's start": (
        "<ent label=LOC>Lille</ent>. <ent label=ORG>Euratechnologies</ent> organise du 5 au 7 novembre son "
        "sommet annuel au <ent label=LOC>Lille Grand Palais</ent>."
    ),
    "a firm's name with a lower-case word": (
        "Le salon, organisé par <ent label=ORG>GL events</ent>, se tiendra du 14 au 17 mars."
    ),
    "a fair organiser named with its town": (
        "Du 4 au 6 juin, <ent label=ORG>Fira de Barcelona</ent> organise un salon consacré à la robotique."
    ),
    "a known incubator read on into its branch": (
        "L'accélérateur <ent label=ORG>Flat6Labs Beirut</ent> a nommé lundi <ent label=PER>Rami Saad</ent> au poste "
        "de directeur général."
    ),
    "a country-led hub after its article": (
        "Elle présentera sa solution au salon que le <ent label=ORG>Côte d'Ivoire Tech Hub</ent> organise fin "
        "novembre à <ent label=LOC>Abidjan</ent>."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_session32_names(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]
