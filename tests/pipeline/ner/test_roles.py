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
    ],
)
def test_role_patterns(analyzer, text: str, person: str, role: str, org: str) -> None:
    roles = analyzer.annotate_text(text).roles
    assert [(r.person.surface, r.role, r.org.surface if r.org else None) for r in roles] == [
        (person, role, org)
    ]


def test_no_role_without_person(analyzer) -> None:
    assert analyzer.annotate_text("Le président du Réseau InnovSud sera élu en juin.").roles == []
