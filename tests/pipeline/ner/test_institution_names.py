"""Institution names the model cut at « et de » (round 2, session 29): « Ministère de l'Économie de
la connaissance et des Start-up » (the model read « … et des » + a separate « Start-up », and the
gazetteer's « Ministère de l'Économie » won over both), « Bourse … de sous-traitance et de
partenariat », a university named after a person the model typed apart. Each with its counter-case:
a head word after « et de la » opens a second organisation. Also a dateline's rubric (« Communiqué -
Caen ») and its country before the organisation told of (« Sénégal - Jokkolabs Dakar »). Invented text only, every expected
entity and nothing else."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    "a ministry's name goes on after « et des » and a known shorter name": (
        "Le forum se tiendra sous l'égide du <ent label=ORG>Ministère de l'Économie de la connaissance et des "
        "Start-up</ent>."
    ),
    "a sentence-case name goes on with « et de » and one noun before its acronym": (
        "La <ent label=ORG>Bourse algérienne de sous-traitance et de partenariat</ent> (<ent label=ORG>BASTP</ent>) "
        "organise le salon."
    ),
    "a university named after a person is one organisation": (
        "L'<ent label=ORG>Université des sciences et de la technologie Houari-Boumediene</ent> ouvrira un incubateur."
    ),
    "a head word after « et de la » opens a second organisation": (
        "La société a obtenu un prêt auprès de la <ent label=ORG>Société Générale Côte d'Ivoire</ent> et de la "
        "<ent label=ORG>Société financière internationale</ent>."
    ),
    "a known name and a fund after « et du » stay two": (
        "La levée a réuni la <ent label=ORG>Caisse des Dépôts</ent> et le fonds <ent label=ORG>Vendée Angels</ent>."
    ),
    "a release's rubric before a dateline's dash is no part of the place": (
        "Communiqué - <ent label=LOC>Caen</ent>, le 13 février 2029. Le cluster <ent label=ORG>Cyber Normandie</ent> "
        "a signé une convention."
    ),
    "a dateline's country, its dash, then the organisation it tells of": (
        "<ent label=LOC>Sénégal</ent> - <ent label=ORG>Jokkolabs Dakar</ent> a obtenu le 5 juillet un nouveau label."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_institution_names(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]
