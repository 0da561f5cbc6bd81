"""The gazetteer as data: loading, merging a watch list, matching on a light pipeline."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import pipeline.ner  # noqa: F401  (registers the factories)
from pipeline.gazetteer import GazetteerError, all_surface_forms, load_gazetteer
from pipeline.text import fold
from veille.settings import MODELS_DIR

HEADER = "name,type,acronym,aliases,country,kind,source\n"


def test_bundled_gazetteer_has_poles_clusters_and_institutions() -> None:
    by_name = {e.name: e for e in load_gazetteer(MODELS_DIR)}
    assert by_name["Aerospace Valley"].kind == "pole"
    assert by_name["Cluster Electronique Mécatronique et Mécanique du Maroc"].acronym == "CE3M"
    assert by_name["Pôle de compétitivité de Sfax"].country == "TN"
    assert "CGEM" in all_surface_forms(list(by_name.values()))
    assert len(by_name) > 250


def test_watchlist_adds_entries_and_aliases(tmp_path: Path) -> None:
    watch = tmp_path / "watch.csv"
    watch.write_text(
        HEADER
        + "Cluster Oléicole du Saïss,ORG,COS,Oléopôle Saïss,MA,cluster,analyst\n"
        + "aerospace valley,ORG,,AESE,FR,pole,analyst\n",
        encoding="utf-8",
    )
    entries = {e.name: e for e in load_gazetteer(MODELS_DIR, watch)}
    assert entries["Cluster Oléicole du Saïss"].aliases == ("Oléopôle Saïss",)
    assert "AESE" in entries["Aerospace Valley"].aliases  # merged by folded name


def test_malformed_watchlist_is_a_clear_error(tmp_path: Path) -> None:
    watch = tmp_path / "watch.csv"
    watch.write_text("nom,genre\nX,ORG\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="missing column"):
        load_gazetteer(MODELS_DIR, watch)
    watch.write_text(HEADER + "Cluster X,COMPANY,,,,,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"watch\.csv:2"):
        load_gazetteer(MODELS_DIR, watch)
    with pytest.raises(GazetteerError, match="does not exist"):
        load_gazetteer(MODELS_DIR, tmp_path / "absent.csv")


def test_fold_ignores_case_accents_and_typographic_apostrophes() -> None:
    assert fold("Pôle Européen de l’Énergie") == "pole europeen de l'energie"


@pytest.fixture(scope="module")
def light_nlp(tmp_path_factory: pytest.TempPathFactory) -> spacy.language.Language:
    """Tokenizer + normalizer + gazetteer only: no statistical model needed."""
    watch = tmp_path_factory.mktemp("watch") / "watch.csv"
    watch.write_text(HEADER + "Cluster Oléicole du Saïss,ORG,COS,,MA,cluster,analyst\n", encoding="utf-8")
    nlp = spacy.blank("fr")
    nlp.add_pipe("veille_normalizer")
    nlp.add_pipe("veille_gazetteer", config={"models_dir": str(MODELS_DIR), "watchlist": str(watch)})
    return nlp


@pytest.mark.parametrize(
    "text, surface, canonical",
    [
        ("Le CLUSTER OLEICOLE DU SAISS recrute.", "CLUSTER OLEICOLE DU SAISS", "Cluster Oléicole du Saïss"),
        ("Le COS recrute.", "COS", "Cluster Oléicole du Saïss"),
        ("Vegepolys Valley signe.", "Vegepolys Valley", "Vegepolys Valley"),
        ("Capenergies et Bpifrance.", "Capenergies", "Capénergies"),
        ("L’Agence française de développement prête.", "Agence française de développement",
         "Agence française de développement"),
    ],
)
def test_folded_and_exact_matching(light_nlp, text: str, surface: str, canonical: str) -> None:
    doc = light_nlp(text)
    spans = doc.spans["veille_gazetteer"]
    assert (spans[0].text, spans[0].kb_id_) == (surface, canonical)


@pytest.mark.parametrize(
    "text",
    [
        "un cluster solaire de plus",  # all lower case: a common phrase, not the Cluster Solaire
        "La cara de la moneda",        # an acronym matches with its case only (CARA)
        "la région Bretagne investit",  # institutional names led by a generic word: exact case
    ],
)
def test_no_match_on_common_phrases(light_nlp, text: str) -> None:
    doc = light_nlp(text)
    assert list(doc.spans["veille_gazetteer"]) == []
