"""Entity resolution on hand-built articles: variants merged, look-alikes apart, stable ids."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.records import AnnotatedArticle, Article, Entity, EntityMention, RoleMention
from pipeline.resolve.corpus import resolve
from pipeline.resolve.names import canonical_rank, match_key, person_shape
from pipeline.text import is_acronym


def annotated(text: str, *spans: tuple[str, str] | tuple[str, str, str]) -> AnnotatedArticle:
    """Mentions of `text` as (surface, label[, canonical_hint]), every occurrence of each."""
    mentions = []
    for span in spans:
        surface, label, hint = (*span, None)[:3]
        start = text.find(surface)
        assert start >= 0, surface
        while start >= 0:
            mentions.append(EntityMention(surface, label, start, start + len(surface), hint))
            start = text.find(surface, start + len(surface))
    article = Article(
        url="http://x", source="t", title="", text=text, published_at=None, language="fr"
    )
    return AnnotatedArticle(article=article, mentions=mentions)


def groups(resolution) -> dict[str, set[str]]:
    """entity name -> the surfaces resolved to it."""
    names = {entity.entity_id: entity.name for entity in resolution.entities}
    out: dict[str, set[str]] = defaultdict(set)
    for mention in resolution.mentions:
        out[names[mention.entity_id]].add(mention.surface)
    return dict(out)


def test_match_key_folds_accents_case_determiners_titles() -> None:
    assert match_key("Réseau InnovSud") == match_key("Reseau Innovsud") == "reseau innovsud"
    assert match_key("l'Europe") == match_key("L’Europe") == "europe"
    assert match_key("M. Alaoui") == match_key("Mme Alaoui") == "alaoui"
    assert match_key("Groupement des Industries Navales et Portuaires – GINP") == (
        "groupement des industries navales et portuaires ginp"
    )


def test_name_variants_are_one_entity_with_the_well_formed_canonical() -> None:
    batch = [
        (
            "a1",
            annotated(
                "Le Réseau InnovSud et le Cluster Atlas.",
                ("Réseau InnovSud", "ORG"),
                ("Cluster Atlas", "ORG"),
            ),
        ),
        (
            "a2",
            annotated(
                "Le Reseau Innovsud et le Cluster ATLAS.",
                ("Reseau Innovsud", "ORG"),
                ("Cluster ATLAS", "ORG"),
            ),
        ),
        ("a3", annotated("Le Réseau InovSud signe.", ("Réseau InovSud", "ORG"))),
    ]
    result = groups(resolve(batch, [], []))
    assert result == {
        "Réseau InnovSud": {"Réseau InnovSud", "Reseau Innovsud", "Réseau InovSud"},
        "Cluster Atlas": {"Cluster Atlas", "Cluster ATLAS"},
    }


def test_similar_but_distinct_organisations_stay_apart() -> None:
    pairs = [
        ("Cluster Solaire", "Cluster Solaire du Nord"),
        ("Maroc Cluster", "Maroc Numeric Cluster"),
        ("Réseau Entreprendre", "Réseau Entreprendre Normandie"),
        ("Pôle Mer Méditerranée", "Pôle Mer Bretagne Atlantique"),
        # 92 % alike as strings: only the word alignment keeps them apart
        (
            "Groupement des Industries Navales et Portuaires",
            "Groupement des Industries Navales et Portuaires du Nord",
        ),
        ("Technopark Agadir 1", "Technopark Agadir 2"),
    ]
    batch = [
        (f"a{i}", annotated(f"Le {a} et le {b} se réunissent.", (b, "ORG"), (a, "ORG")))
        for i, (a, b) in enumerate(pairs)
    ]
    resolution = resolve(batch, [], [])
    assert len(resolution.entities) == 2 * len(pairs)
    assert len({m.entity_id for m in resolution.mentions}) == 2 * len(pairs)


def test_acronym_joins_its_long_form_through_hints_and_learned_definitions() -> None:
    text = "Le Cluster des Matériaux Composites du Souss (CMCS) ouvre. Le CMCS grandit."
    long_name = "Cluster des Matériaux Composites du Souss"
    batch = [
        ("a1", annotated(text, (long_name, "ORG"), ("CMCS", "ORG", long_name))),
        (
            "a2",
            annotated("Le CMCS inaugure sa plateforme.", ("CMCS", "ORG")),
        ),  # acronym alone elsewhere
    ]
    resolution = resolve(batch, [], [])
    assert groups(resolution) == {long_name: {long_name, "CMCS"}}
    entity_id = resolution.entities[0].entity_id
    assert (entity_id, "CMCS") in resolution.aliases


def test_a_long_form_the_text_defines_joins_the_acronym_a_gazetteer_names_otherwise() -> None:
    text = ("L'Agence allemande de coopération internationale (GIZ) soutient le pôle. "
            "Son directeur, Karim Alaoui (CGEM), salue la GIZ.")
    german = "Deutsche Gesellschaft für Internationale Zusammenarbeit"
    resolution = resolve([("a1", annotated(text, ("Agence allemande de coopération internationale", "ORG"),
                                           ("GIZ", "ORG", german), ("Karim Alaoui", "PER"), ("CGEM", "ORG")))], [], [])
    found = groups(resolution)
    assert found[german] == {"Agence allemande de coopération internationale", "GIZ"}
    assert found["Karim Alaoui"] == {"Karim Alaoui"}, "a person then an acronym in parentheses: an affiliation"
    assert found["CGEM"] == {"CGEM"}


def test_person_short_forms_join_the_full_name() -> None:
    batch = [
        (
            "a1",
            annotated(
                "Karim Alaoui, président du réseau. K. A. a pris la tête. M. Alaoui sourit.",
                ("Karim Alaoui", "PER"),
                ("K. A.", "PER"),
                ("M. Alaoui", "PER"),
            ),
        ),
        (
            "a2",
            annotated("Selon Alaoui, le réseau grandit.", ("Alaoui", "PER")),
        ),  # unique Alaoui of the corpus
        (
            "a3",
            annotated(
                "Amine Benjelloun préside. Selon A. Benjelloun, tout va bien.",
                ("Amine Benjelloun", "PER"),
                ("A. Benjelloun", "PER"),
            ),
        ),
    ]
    assert groups(resolve(batch, [], [])) == {
        "Karim Alaoui": {"Karim Alaoui", "K. A.", "M. Alaoui", "Alaoui"},
        "Amine Benjelloun": {"Amine Benjelloun", "A. Benjelloun"},
    }


def test_same_surname_same_article_wins_and_ambiguous_surname_stays_apart() -> None:
    batch = [
        ("a1", annotated("Karim Alaoui parle.", ("Karim Alaoui", "PER"))),
        (
            "a2",
            annotated(
                "Salma Alaoui est nommée. Mme Alaoui arrive.",
                ("Salma Alaoui", "PER"),
                ("Mme Alaoui", "PER"),
            ),
        ),
        ("a3", annotated("Alaoui répond.", ("Alaoui", "PER"))),
        ("a4", annotated("M. Alaoui répond.", ("M. Alaoui", "PER"))),
    ]
    result = groups(resolve(batch, [], []))
    assert result["Salma Alaoui"] == {"Salma Alaoui", "Mme Alaoui"}
    # "M." rules out the Alaoui only ever called "Mme"; a bare surname stays ambiguous, not guessed
    assert result["Karim Alaoui"] == {"Karim Alaoui", "M. Alaoui"}
    assert result["Alaoui"] == {"Alaoui"}


def test_existing_entities_keep_ids_and_new_ids_are_deterministic() -> None:
    first = [
        (
            "a1",
            annotated(
                "Le Reseau Innovsud et Tanger Tech Hub.",
                ("Reseau Innovsud", "ORG"),
                ("Tanger Tech Hub", "ORG"),
            ),
        )
    ]
    one = resolve(first, [], [])
    again = resolve(first, [], [])
    assert sorted(e.entity_id for e in one.entities) == sorted(e.entity_id for e in again.entities)
    existing = [
        Entity("e-kept", "Reseau Innovsud", "ORG"),
        *[e for e in one.entities if e.name == "Tanger Tech Hub"],
    ]
    second = [
        (
            "a2",
            annotated(
                "Le Réseau InnovSud à Tanger Tech Hub.",
                ("Réseau InnovSud", "ORG"),
                ("Tanger Tech Hub", "ORG"),
            ),
        )
    ]
    resolution = resolve(second, existing, [("e-kept", "Reseau Innovsud")])
    ids = {m.surface: m.entity_id for m in resolution.mentions}
    assert ids["Réseau InnovSud"] == "e-kept"
    assert ids["Tanger Tech Hub"] == existing[1].entity_id
    # the better-formed spelling becomes canonical; the unchanged entity is not re-emitted
    assert resolution.entities == [Entity("e-kept", "Réseau InnovSud", "ORG")]
    assert ("e-kept", "Reseau Innovsud") in resolution.aliases


def test_gazetteer_name_wins_and_determiner_is_dropped() -> None:
    batch = [
        (
            "a1",
            annotated(
                "L'AMDIE invite l'Europe.",
                (
                    "L'AMDIE",
                    "ORG",
                    "Agence Marocaine de Développement des Investissements et des Exportations",
                ),
                ("l'Europe", "LOC"),
            ),
        )
    ]
    names = {e.name for e in resolve(batch, [], []).entities}
    assert names == {
        "Agence Marocaine de Développement des Investissements et des Exportations",
        "Europe",
    }


def test_roles_point_at_resolved_entities() -> None:
    text = "Karim Alaoui, président du Réseau InnovSud, parle."
    article = annotated(text, ("Karim Alaoui", "PER"), ("Réseau InnovSud", "ORG"))
    article.roles.append(RoleMention(article.mentions[0], "président", article.mentions[1]))
    resolution = resolve([("a1", article)], [], [])
    ids = {m.surface: m.entity_id for m in resolution.mentions}
    assert [(r.person_entity_id, r.role, r.org_entity_id) for r in resolution.roles] == [
        (ids["Karim Alaoui"], "président", ids["Réseau InnovSud"])
    ]


def test_large_batch_resolves_quickly_without_pairwise_python_loops() -> None:
    """3 000 distinct organisations sharing "Cluster": blocked cdist, not 9M Python calls."""
    batch = [
        (
            f"a{i}",
            annotated(f"Le Cluster Filière{i:04d} grandit.", (f"Cluster Filière{i:04d}", "ORG")),
        )
        for i in range(3000)
    ]
    resolution = resolve(batch, [], [])
    assert len(resolution.mentions) == 3000
    assert len(resolution.entities) == 3000  # numbered names are distinct organisations


def test_a_frequent_typo_does_not_rename_a_stored_entity_and_stored_acronyms_attach() -> None:
    existing = [
        Entity("e-innov", "Réseau InnovSud", "ORG"),
        Entity("e-cmcs", "Cluster des Matériaux Composites du Souss", "ORG", country="MA"),
    ]
    aliases = [("e-cmcs", "CMCS")]
    text = "Le Réseau InovSud et le CMCS. Le Réseau InovSud encore. Le Réseau InovSud toujours."
    batch = [("a9", annotated(text, ("Réseau InovSud", "ORG"), ("CMCS", "ORG")))]
    resolution = resolve(batch, existing, aliases)
    assert {m.entity_id for m in resolution.mentions} == {"e-innov", "e-cmcs"}
    assert resolution.entities == []  # nothing new, no name changed
    assert ("e-innov", "Réseau InovSud") in resolution.aliases


def gold_mentions_batch() -> tuple[list, dict[tuple[str, int], str]]:
    """The gold sets' own surfaces as mentions (no NER in the way): resolution judged alone.

    An ORG alias whose full name is written in the same article gets that name as its hint, as
    the recogniser's acronym-definition rule would give it; nothing else is hinted.
    """
    from evaluation.scoring import load_gold

    gold_dir = Path(__file__).resolve().parents[2] / "evaluation" / "gold"
    articles = [
        article
        for name in ("articles", "fresh", "blind")
        for article in load_gold(gold_dir / f"{name}.jsonl")
    ]
    batch, gold_of = [], {}
    for article in articles:
        mentions, taken = [], []
        forms = [
            (form, e) for e in article.entities for form in dict.fromkeys((e.name, *e.aliases))
        ]
        for form, entity in sorted(
            forms, key=lambda pair: -len(pair[0])
        ):  # "Tanger Tech Hub" first
            for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", article.text):
                start, end = found.span()
                if any(start < e and s < end for s, e in taken):
                    continue  # "Tanger" inside "Tanger Tech Hub"
                taken.append((start, end))
                hinted = (
                    entity.type == "ORG" and form != entity.name and entity.name in article.text
                )
                hint = entity.name if hinted else None
                mentions.append(EntityMention(form, entity.type, start, end, hint))
                gold_of[(article.id, start)] = entity.id
        text = Article(
            url="", source="", title="", text=article.text, published_at=None, language="fr"
        )
        batch.append((article.id, AnnotatedArticle(article=text, mentions=mentions)))
    return batch, gold_of


def test_resolution_alone_on_the_gold_mentions_merges_every_variant_and_nothing_else() -> None:
    batch, gold_of = gold_mentions_batch()
    resolution = resolve(batch, [], [])
    ids_of_gold: dict[str, set[str]] = defaultdict(set)
    golds_of_id: dict[str, set[str]] = defaultdict(set)
    for mention in resolution.mentions:
        gold_id = gold_of[(mention.article_id, mention.start_char)]
        ids_of_gold[gold_id].add(mention.entity_id)
        golds_of_id[mention.entity_id].add(gold_id)
    wrong_merges = {eid: golds for eid, golds in golds_of_id.items() if len(golds) > 1}
    not_merged = {gold: ids for gold, ids in ids_of_gold.items() if len(ids) > 1}
    assert wrong_merges == {}
    assert not_merged == {}


@pytest.mark.parametrize(
    ("surface", "shape"),
    [
        ("Karim Alaoui", ("full", (), "")),
        ("K. A.", ("initials", ("k", "a"), "")),
        ("K. Alaoui", ("initial_surname", ("k",), "alaoui")),
        ("J.-P. Morel", ("initial_surname", ("j",), "morel")),
        ("M. Alaoui", ("surname", (), "alaoui")),
        ("Mme Ben Salah", ("surname", (), "ben salah")),
        ("Alaoui", ("surname", (), "alaoui")),
    ],
)
def test_person_shapes(surface: str, shape: tuple) -> None:
    assert person_shape(surface) == shape


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("CMCS", True),
        ("C3MT", True),
        ("IRESEN", True),
        ("Medef", False),
        ("Atlas", False),
        ("Cluster ATLAS", False),
        ("A", False),
    ],
)
def test_acronym_shape(surface: str, expected: bool) -> None:
    assert is_acronym(surface) is expected


def test_canonical_rank_prefers_gazetteer_then_well_formed_complete_names() -> None:
    def best(*forms: str, gazetteer: str = "") -> str:
        return max(forms, key=lambda form: canonical_rank(form, 1, form == gazetteer))

    assert best("Cluster ATLAS", "Cluster Atlas") == "Cluster Atlas"
    assert best("Reseau Innovsud", "Réseau InnovSud") == "Réseau InnovSud"
    assert best("CMCS", "Cluster des Matériaux Composites du Souss") != "CMCS"
    assert best("CLUSTER SOLAIRE", "cluster solaire", "Cluster Solaire") == "Cluster Solaire"
    assert best("Agri SOI", "Agri Sud-Ouest Innovation", gazetteer="Agri SOI") == "Agri SOI"
