"""Names that events depend on (round 2, session 7, "spans2"): an event needs every participant
whole and typed ORG/PER, so a name that keeps a lower-case adjective, is missed after a company
noun and its domain, or is a sentence-case facility or programme name cut short breaks the event.
One case per fix and its counter-cases; invented text only, every expected entity and nothing
else (`parse_example` markup)."""
from __future__ import annotations

import pytest

from tests.pipeline.ner.conftest import parse_example

pytestmark = pytest.mark.slow

CASES = {
    # A lower-case adjective of origin before a name is no part of it; "jeune pousse" is a company noun.
    "a demonym between a company noun and the name stays out": (
        "La jeune pousse rennaise <ent label=ORG>Talvéo</ent> a été primée."
    ),
    "a Maghrebi demonym in -ie stays out": (
        "La jeune entreprise fassie <ent label=ORG>Medilys</ent> a levé 5 MDH."
    ),
    # A company noun, its domain ("de robotique agricole") and the name.
    "a company noun with a domain and its adjectives": (
        "Le fabricant de matériel agricole <ent label=ORG>Korvel</ent> ouvre une usine."
    ),
    "a place after a plural noun and 'à' is still a place": (
        "Les adhérents à <ent label=LOC>Besançon</ent> se réunissent mardi."
    ),
    # Sentence-case names: a head, one complement and its adjective, after an article.
    "a facility named by one complement and its adjective": (
        "L'atelier s'installe dans les locaux de la <ent label=ORG>Cité des sciences marines</ent>, près du port."
    ),
    "a bare 'de' complement stays a common phrase": (
        "Il a rejoint le Centre de formation professionnelle en mars."
    ),
    "a programme or exchange named 'Bourse des X de Y'": (
        "Elle prend la tête de la <ent label=ORG>Bourse des jeunes talents de Rabat</ent>."
    ),
    "a hyphenated noun inside a sentence-case name": (
        "Il dirige la <ent label=ORG>Bourse des start-up de Fès</ent> depuis mars."
    ),
    # Sector words that close company names.
    "a place and a sector word name a company": (
        "<ent label=ORG>Vendée Composites</ent> a levé 3 millions d'euros auprès de "
        "<ent label=ORG>Bpifrance</ent>."
    ),
    # Cues that type the model's place or "thing" as a company.
    "a new kind of company noun": (
        "La medtech brestoise <ent label=ORG>Cardiolys</ent> recrute vingt ingénieurs."
    ),
    "a 'specialist' in apposition after a name the model took for a place": (
        "<ent label=ORG>Thermalis</ent>, spécialiste angevin des serres connectées, a levé 2 millions d'euros."
    ),
    "a known place with a company verb stays a place": (
        "Depuis dix ans, <ent label=LOC>Agadir</ent> développe des zones d'activités."
    ),
    "a person in a relative clause with a company verb stays a person": (
        "Selon <ent label=PER>Martin</ent>, qui conçoit des jardins, la saison est bonne."
    ),
    "a list in apposition after a plural company noun": (
        "Le <ent label=ORG>Technoparc de Rabat</ent> a présenté deux de ses start-up, <ent label=ORG>Zellija</ent> "
        "et <ent label=ORG>Oudaya Labs</ent>, au salon."
    ),
    "capitalised words closed by an abstract noun name a body": (
        "La présidence de <ent label=ORG>Loire Atlantique Innovation</ent> revient à "
        "<ent label=PER>Paul Martin</ent>."
    ),
    "an unknown word before a country is its national subsidiary": (
        "La fintech <ent label=ORG>Kora Pay</ent> a signé un accord avec <ent label=ORG>Sahelbank Côte d'Ivoire</ent>."
    ),
    "a country after a known word stays a country": (
        "Il a visité la <ent label=LOC>Côte d'Ivoire</ent> et le <ent label=LOC>Sénégal</ent> en mai."
    ),
    "sector words 'Énergie', 'Fibres' close company names in a pair": (
        "<ent label=ORG>Kervalis Énergie</ent> et <ent label=ORG>Morlaix Fibres</ent> ont signé un partenariat."
    ),
    # events7: capitalised words joined by "&" before a head the rules read the name from are the name's too.
    "words joined by & before a head noun and its place": (
        "Le <ent label=ORG>Business & Innovation Centre de Nîmes</ent> accueille dix jeunes pousses."
    ),
    # events7: "X et de la Y", Y read alone by another source: two names, each a complement of one word.
    "two funders as complements joined by et de la": (
        "Elle a obtenu un prêt de la <ent label=ORG>Banque des Territoires</ent> et de la <ent label=ORG>BPI</ent>."
    ),
    "a company name with & stays whole": (
        "La société <ent label=ORG>Marchal & Fils</ent> a levé 2 millions d'euros."
    ),
    # A university's number is part of its name (round 2, session 12); a quantity after it is not.
    "a university's number": (
        "Une convention lie l'<ent label=ORG>ANPT</ent> et l'<ent label=ORG>Université Sétif 2</ent> pour l'incubation."
    ),
    "a quantity after a university's name": (
        "À l'<ent label=ORG>Université de Sétif</ent> 3 laboratoires ont ouvert en mars."
    ),
    # "Village" heads official names in sentence case, up to their acronym (round 2, session 12).
    "a village of technologies named in sentence case": (
        "Le <ent label=ORG>Village des technologies de l'information et de la biotechnologie</ent> "
        "(<ent label=ORG>VITIB</ent>) accueille les start-up."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_event_participant_spans(entities_of, markup: str) -> None:
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


def test_known_pole_named_after_its_lower_case_head(analyzer) -> None:  # type: ignore[no-untyped-def]
    """"le pôle de compétitivité Mer Bretagne Atlantique": the known "Pôle Mer Bretagne Atlantique",
    its head written apart in lower case with its qualifiers; the event names the pôle."""
    text = "Le pôle de compétitivité Mer Bretagne Atlantique labellise trois projets de drones sous-marins."
    mentions = analyzer.annotate_text(text).mentions
    assert [(m.surface, m.label, m.canonical_hint) for m in mentions] == [
        ("Mer Bretagne Atlantique", "ORG", "Pôle Mer Bretagne Atlantique")
    ]


def test_a_demonym_in_ote_before_a_name_is_no_part_of_it():
    """"L'accélérateur cairote Flat6Labs", "le fonds cypriote X": the adjective describes, the name follows."""
    from datetime import date

    from tests.nlp_models import shared_analyzer
    for text, name in [("L'accélérateur cairote Nilewave a ouvert lundi ses bureaux à Lyon.", "Nilewave"),
                       ("Le fonds cypriote Aphelion Capital a investi 2 millions d'euros dans Kelvo.", "Aphelion Capital")]:
        surfaces = {m.surface for m in shared_analyzer().annotate_text(text, date(2026, 3, 11)).mentions}
        assert name in surfaces, surfaces
