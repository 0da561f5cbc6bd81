"""The one French lexicon of the entity components (`pipeline/ner/lexicon.py`): loaded once,
shared, and the single definitions of the adjective test and of the complement words."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ner.lexicon import load_lexicon
from tests.pipeline.ner.conftest import parse_example

RULES = Path(__file__).resolve().parents[3] / "models" / "rules"


def test_loaded_once_per_process() -> None:
    assert load_lexicon(RULES) is load_lexicon(RULES)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("halieutique", True),
        ("régional", True),
        ("culturel", True),  # "-el": was only the junk filter's ending
        ("universitaire", True),  # "-aire": was only the shape rules' ending
        ("sportif", True),
        ("bal", False),  # too short to tell
        ("Rabat", False),  # capitalised: a name
        ("commerce", False),
    ],
)
def test_one_adjective_test(word: str, expected: bool) -> None:
    assert load_lexicon(RULES).is_adjective(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("agricole", True),  # a base form
        ("sociaux", True),  # social, masculine plural
        ("pétrolières", True),  # pétrolier, feminine plural
        ("financent", False),  # a verb the tables also file under an adjective lemma
        ("initiée", False),  # a participle opens a clause
        ("maladie", False),  # a noun
        ("Rabat", False),
    ],
)
def test_known_adjective_agrees_with_its_lemma(word: str, expected: bool) -> None:
    assert load_lexicon(RULES).is_known_adjective(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Surpeuplé", True), ("installées", True), ("André", False), ("Café", False), ("Tours", False)],
)
def test_participle_of_a_known_verb(word: str, expected: bool) -> None:
    assert load_lexicon(RULES).is_participle(word) is expected


def test_complements_include_an_elided_article_and_de_forms_do_not() -> None:
    lexicon = load_lexicon(RULES)
    assert {"de", "du", "des", "d'", "l'"} <= lexicon.complements
    assert lexicon.de_forms == {"de", "du", "des", "d'"}


CASES = {
    "an unknown adjective in '-el' after a singular head names one body": (
        "La loi part au <ent label=ORG>Conseil consitutionnel</ent>."
    ),
    "a generic head and an adjective in '-aire' is a common phrase": (
        "Le Pôle universitaire ouvre ses portes à <ent label=LOC>Safi</ent>."
    ),
    "an enumeration of complements with an elided article": (
        "La <ent label=ORG>Fédération de Commerce, de l'Industrie et des Services de Safi</ent> a voté."
    ),
    "a role before 'de l'' and a name: an organisation": (
        "Le fondateur de l'<ent label=ORG>Omnium Farnelle</ent> a confirmé."
    ),
    "an English connector inside a company name after a company noun": (
        "La banque <ent label=ORG>Crédit of Atlas</ent> ouvre une agence."
    ),
}


@pytest.mark.parametrize("markup", CASES.values(), ids=CASES.keys())
def test_lexicon_cases(entities_of, markup: str) -> None:  # type: ignore[no-untyped-def]
    text, expected = parse_example(markup)
    assert entities_of(text) == [(surface, label) for surface, label, _ in expected]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Belges", True),  # an agreement of "belge"
        ("Marocains", True),
        ("Portugais", True),
        ("Limoges", False),  # the tables file "limoges" under the verb "limoger": a town, no demonym
    ],
)
def test_a_demonym_is_an_agreement_of_an_adjective(word: str, expected: bool) -> None:
    assert load_lexicon(RULES).is_demonym(word) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["à", "305", "FCFA"], True),
        (["40", "millions", "DH"], True),
        (["milliards", "de", "DA"], True),
        (["le", "groupe", "OCP"], False),
    ],
)
def test_a_word_after_an_amount_is_a_unit(words: list[str], expected: bool) -> None:
    assert load_lexicon(RULES).follows_amount(words, len(words) - 1) is expected


def test_a_title_takes_its_whole_phrase() -> None:
    lexicon = load_lexicon(RULES)
    assert lexicon.title_end(["secretaire ", "d'", "etat ", "au "]) == 3
    assert lexicon.title_end(["directeur ", "general ", "de "]) == 2
    assert lexicon.title_end(["adjoint ", "parlementaire"]) == 1
    assert "depute" in lexicon.role_heads  # a title that is no role in an organisation
