"""Names the entity layer merged until round 2, session 33: a dateline's town, its spaced dash and
a one-word name that acts (« Casablanca - Souqly, la place de marché …, a levé ») were one place;
they are the town and the organisation. A numeral after the dash opens no name (« Rabat - Deux
jeunes pousses … »). Invented text only, every expected entity and nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a dateline's town then a one-word firm and a comma": (
        "<ent label=LOC>Agadir</ent> - <ent label=ORG>Haliotek</ent>, la jeune pousse qui transforme les algues, a levé "
        "lundi 12 millions de dirhams."
    ),
    "a dateline's town then a one-word firm and its verb": (
        "<ent label=LOC>Sousse</ent> - <ent label=ORG>Oleavia</ent> a encaissé vendredi 1,8 million de dinars."
    ),
    "a coined firm opening its sentence before « , qui »": (
        "<ent label=LOC>ANGERS</ent>. <ent label=ORG>Hydrovéga</ent>, qui mesure l'humidité des sols, a été labellisée lundi."
    ),
    "a participle opening its sentence is no firm": (
        "Surpeuplé, le parc d'activités de <ent label=LOC>Beaucouzé</ent> s'étend."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_session33_names(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]
