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


def test_dates_and_roles_cross_worker_processes() -> None:
    """With nlp_processes=2, dates and roles come back from the workers with the entities."""
    from datetime import datetime

    from pipeline.nlp import Analyzer
    from pipeline.records import Article
    from tests.nlp_models import shared_settings

    settings = shared_settings().model_copy(update={"nlp_processes": 2, "nlp_batch_size": 2})
    text = "Karim Alaoui, président du Réseau InnovSud, signera le 16 décembre prochain à Agadir."
    articles = [
        Article(url=f"u{i}", source="s", title="", text=text, published_at=datetime(2019, 9, 5),
                language="fr")
        for i in range(4)
    ]
    annotated = list(Analyzer(settings).annotate(articles))
    assert [a.article.url for a in annotated] == ["u0", "u1", "u2", "u3"]
    for item in annotated:
        assert [d.value for d in item.dates] == ["2019-12-16"]
        assert [(r.person.surface, r.role, r.org.surface if r.org else None) for r in item.roles] == [
            ("Karim Alaoui", "président", "Réseau InnovSud")
        ]
        assert ("Agadir", "LOC") in [(m.surface, m.label) for m in item.mentions]
