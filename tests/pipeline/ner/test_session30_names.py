"""Names the entity layer closed on the wrong word until round 2, session 30: a place the model ran
on into « pour ses » (« la Cité des arts pour ses Trophées »). Its counter-case: a name that opens on
a capitalised possessive keeps it. A known one-word name the model read on into a fund's or a firm's
trailing head (« UM6P Ventures ») and typed MISC is an organisation; read on into other words
(a product) it stays MISC. A ministry the shape rule closed on the capitalised word the model's
organisation opens on (« ministère des Technologies » / « Technologies de la communication ») is the
whole ministry; a known institution followed by a country's adjective (« … consignations
tunisienne ») is that country's own. A sentence-case institution the model typed a place (« Chambre
franco-espagnole de commerce et d'industrie ») is an organisation, a park named with a Catalan
« del » is read whole, a firm named « A & B Tunisie » is not cut at the ampersand. Invented text only, every expected entity and nothing else."""
from __future__ import annotations

from datetime import date as date_cls

import pytest

from tests.nlp_models import shared_analyzer
from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a lower-case possessive and the preposition before it close no name": (
        "Le cluster <ent label=ORG>Pôle des Microtechniques</ent> réunit ses membres à la <ent label=LOC>Cité des "
        "arts</ent> pour ses <ent label=MISC>Trophées</ent> de l'innovation."
    ),
    "a known name read on into a fund's head is an organisation": (
        "Investissement. <ent label=ORG>UM6P Ventures</ent> a investi 20 millions de dirhams dans "
        "<ent label=ORG>Green Phos</ent>."
    ),
    "a ministry read on where the model's organisation goes on": (
        "Le <ent label=ORG>ministère des Technologies de la communication</ent> organisera les 25 et 26 avril un sommet."
    ),
    "a known institution and a country's adjective is that country's": (
        "Nous avons signé un accord avec la <ent label=ORG>Caisse des dépôts et consignations tunisienne</ent> "
        "pour co-investir."
    ),
    "a sentence-case chamber and a park with a Catalan link are two organisations": (
        "Le <ent label=ORG>Parc Tecnològic del Vallès</ent> et la <ent label=ORG>Chambre franco-espagnole de commerce "
        "et d'industrie</ent> ont signé le 30 mai une convention de coopération."
    ),
    "a firm named with an ampersand and its country is one name": (
        "Le pôle <ent label=ORG>Novation City</ent> et l'équipementier automobile <ent label=ORG>Kromberg & Schubert "
        "Tunisie</ent> ont signé lundi une convention de partenariat."
    ),
    "a park named before its capitalised head keeps its name, its town apart": (
        "Le pôle tiendra son congrès annuel à l'<ent label=ORG>Ester Technopole</ent> de <ent label=LOC>Limoges</ent>, "
        "en présence d'une trentaine d'industriels."
    ),
    "a park named by its head and its town is one name": (
        "Le pôle tiendra son congrès annuel à la <ent label=ORG>Technopole de Limoges</ent>."
    ),
    "a firm named after its singular trade word": (
        "Les ingénieurs de la <ent label=ORG>Câblerie Idrissi</ent> prennent possession de leurs bureaux."
    ),
    "a dateline's town the model typed an organisation is a place": (
        "<ent label=LOC>Tunis</ent> - Le comité de labellisation du programme a attribué jeudi son label à trois "
        "jeunes pousses."
    ),
    "a generic zone's sentence-case name is no organisation": (
        "La <ent label=MISC>Zone de libre-échange continentale africaine</ent> ouvre des marchés."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_session30_names(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


def test_a_role_in_an_organisation_named_after_its_kind() -> None:
    annotated = shared_analyzer().annotate_text(
        "Mariama Sow, directrice de l'incubateur Kaay Tech : Mardi, nous avons ouvert un espace.", date_cls(2029, 10, 10))
    assert [(r.person.surface, r.role, r.org.surface if r.org else None) for r in annotated.roles] == [
        ("Mariama Sow", "directrice", "Kaay Tech")]
