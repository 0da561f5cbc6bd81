"""Roles: person, role noun and organisation from appositions."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, person, role, org",
    [
        ("Karim Alaoui, président du Réseau InnovSud, a ouvert la séance.",
         "Karim Alaoui", "président", "Réseau InnovSud"),
        ("La directrice du C3MT, Nadia Bennani, présente le bilan.",
         "Nadia Bennani", "directrice", "C3MT"),
        ("Hicham Tazi, directeur général de Tanger Tech Hub, annonce une levée de fonds.",
         "Hicham Tazi", "directeur général", "Tanger Tech Hub"),
        ("Le Cluster Solaire, présidé par Fatima Zahra Berrada, compte 60 membres.",
         "Fatima Zahra Berrada", "président", "Cluster Solaire"),
        ("Rachid Ouazzani, nouveau président de Maroc Cluster, a été désigné pour trois ans.",
         "Rachid Ouazzani", "président", "Maroc Cluster"),
        ("Salma Alaoui a été nommée le 1er octobre directrice du Cluster Eau Occitanie.",
         "Salma Alaoui", "directrice", "Cluster Eau Occitanie"),
    ],
)
def test_role_patterns(analyzer, text: str, person: str, role: str, org: str) -> None:
    roles = analyzer.annotate_text(text).roles
    assert [(r.person.surface, r.role, r.org.surface if r.org else None) for r in roles] == [
        (person, role, org)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le président du Réseau InnovSud sera élu en juin.",        # no person
        "Le hub, dirigé par Hicham Tazi, compte 48 résidents.",    # organisation only implied
        "Karim Alaoui, président, a ouvert la séance.",            # no organisation named
    ],
)
def test_no_role_without_person_and_organisation(analyzer, text: str) -> None:
    assert analyzer.annotate_text(text).roles == []
