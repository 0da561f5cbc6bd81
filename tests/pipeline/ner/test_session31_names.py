"""Names the entity layer cut at a known place until round 2, session 31: a firm or network named
after a country or a region and a sector word (« Côte d'Ivoire Tech », « Souss Fresh ») was read as
the place alone, the model's longer name lost to the gazetteer, or the shape rule read back from the
sector word only to the elision (« Ivoire Tech »). The counter-case: a place followed by a plain
verb stays a place. A rubric's word and its period (« Série B. La start-up ») are no name with the
next sentence's article; a firm named by a common word at a sentence's start (« Hydrosol, start-up
spécialisée … ») is kept where the apposition says it is a firm. A capitalised word elided onto a
lower-case tail (« Cap'tronic », « Inno'vin ») is one name, not the word and its apostrophe; a fund's
name opening on a word that usually closes one (« Capital Tounsi Venture ») is read whole. Invented text only, every expected entity and nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a network named after a country and a sector word": (
        "Pour l'occasion, <ent label=ORG>Côte d'Ivoire Tech</ent> a signé lundi un accord avec la "
        "<ent label=ORG>Banque Atlantique</ent>."
    ),
    "a firm named after a region and a sector word": (
        "L'exportateur d'agrumes <ent label=ORG>Souss Fresh</ent> a inauguré lundi une station de conditionnement."
    ),
    "a rubric's word closed by its period is cut from the next sentence's article": (
        "Série B. La start-up bordelaise <ent label=ORG>Quantix</ent>, qui développe des logiciels, a annoncé mercredi "
        "une levée de 25 M€ auprès d'<ent label=ORG>Eurazeo</ent>."
    ),
    "a firm named by a common word and described as a start-up": (
        "<ent label=ORG>Hydrosol</ent>, start-up spécialisée dans le dessalement solaire, annonce ce mercredi une levée "
        "de fonds."
    ),
    "a common word opening a sentence before the firm's subject is no name": (
        "Hier, l'entreprise a inauguré son laboratoire au <ent label=ORG>Parc technologique de Constantine</ent>."
    ),
    "a brand before a country is the firm's branch": (
        "<ent label=LOC>Korhogo</ent> - <ent label=ORG>Orange Côte d'Ivoire</ent> a ouvert jeudi un centre de "
        "formation."
    ),
    "a word that makes a longer place before a country stays a place": (
        "Les planteurs de la <ent label=LOC>Basse Côte d'Ivoire</ent> récoltent le cacao."
    ),
    "a capitalised word elided onto a lower-case tail is one name": (
        "L'association <ent label=ORG>Cap'tronic</ent> et le pôle <ent label=ORG>Inno'vin</ent> ont signé une "
        "convention."
    ),
    "a fund's name that opens on a word that usually closes one": (
        "La levée a été menée auprès de <ent label=ORG>Capital Tounsi Venture</ent>."
    ),
    "an acronym and its town is a body": (
        "Le <ent label=ORG>CTIC Dakar</ent> multiplie les annonces."
    ),
    "a country and no sector word stays a place": (
        "La <ent label=LOC>Côte d'Ivoire</ent> a signé lundi un accord avec la <ent label=ORG>Banque Atlantique</ent>."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_session31_names(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]
