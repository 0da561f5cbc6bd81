"""The fine-tuning experiment's data (issue 10): document-level gold projected onto tokens, and
fine-tuned `ner` weights swapped in by `VEILLE_NER_WEIGHTS`. Invented text only."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from evaluation.ner_finetune import folds_of, gold_tags, load_stock, save_ner
from evaluation.scoring import GoldEntity


@pytest.fixture(scope="module")
def tokenizer_nlp() -> spacy.language.Language:
    return spacy.blank("fr")


def _entities(*rows: tuple[str, str, tuple[str, ...], bool]) -> list[GoldEntity]:
    return [GoldEntity(name, label, aliases, f"{label}:{name}", optional) for name, label, aliases, optional in rows]


def test_every_surface_form_is_projected_longest_first(tokenizer_nlp: spacy.language.Language) -> None:
    text = ("Le Cluster Solaire d'Agadir (CSA) a reçu Nadia Berrada. La Région soutient le CSA ; "
            "la région compte 12 membres. Mme Berrada préside le Salon Vert.")
    doc = tokenizer_nlp.make_doc(text)
    tags = gold_tags(tokenizer_nlp, doc, _entities(
        ("Cluster Solaire d'Agadir", "ORG", ("CSA",), False),
        ("Agadir", "LOC", (), True),  # only inside the name: optional
        ("Nadia Berrada", "PER", ("Berrada",), False),
        ("Région Souss", "ORG|LOC", ("la Région",), False),
        ("Salon Vert", "MISC", (), True),
    ))
    found = {(doc[i].text, t) for i, t in enumerate(tags) if t != "O"}
    assert ("Cluster", "B-ORG") in found and ("Agadir", "L-ORG") in found  # the longer form wins
    assert ("CSA", "U-ORG") in found
    assert ("Nadia", "B-PER") in found and ("Berrada", "U-PER") in found  # "Mme" left out
    assert ("Mme", "O") in {(doc[i].text, t) for i, t in enumerate(tags)}
    assert ("Région", "-") in found  # ORG|LOC: no gradient either way
    assert ("région", "-") not in found and ("région", "B-ORG|LOC") not in found  # lower case: a noun
    assert ("Salon", "-") in found and ("Vert", "-") in found  # optional: missing, not outside
    assert tags[[t.text for t in doc].index("membres")] == "O"


def test_folds_are_a_partition() -> None:
    rows: list[dict[str, object]] = [{"id": str(i)} for i in range(29)]
    folds = folds_of(rows, 3)
    assert sorted(str(r["id"]) for f in folds for r in f) == sorted(str(r["id"]) for r in rows)
    assert [len(f) for f in folds] == [10, 10, 9]


@pytest.mark.slow
def test_ner_weights_are_swapped_in_for_veille_only(tmp_path: Path) -> None:
    """Stock weights written and read back give the stock entities (the loading path works)."""
    from pipeline.nlp import Analyzer
    from tests.nlp_models import shared_analyzer, shared_settings

    weights = tmp_path / "ner"
    save_ner(load_stock(), weights)
    assert not (weights / "vocab").exists()  # the vocabulary and vectors stay the installed model's
    swapped = Analyzer(shared_settings().model_copy(update={"ner_weights": weights}))
    text = "Le Cluster Solaire d'Agadir et Nadia Berrada ont signé à Rabat avec la société Atlas Froid."
    ours = swapped.annotate_text(text)
    theirs = shared_analyzer().annotate_text(text)
    assert [(m.surface, m.label) for m in ours.mentions] == [(m.surface, m.label) for m in theirs.mentions]
