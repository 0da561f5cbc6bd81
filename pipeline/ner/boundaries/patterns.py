"""What only `veille_boundaries` reads: administrative nouns a place never opens on."""
from __future__ import annotations

from pathlib import Path

from pipeline.ner.rules_data import word_list


def place_generics(rules_dir: Path) -> frozenset[str]:
    """"région", "ville", "commune" (`models/rules/place_generics.txt`, folded)."""
    return word_list(rules_dir / "place_generics.txt")
