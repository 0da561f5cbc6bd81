"""What only `veille_shapes` reads (`models/rules/shapes.json`); shared words are in the lexicon."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ner.rules_data import json_rules
from pipeline.text import fold


@dataclass(frozen=True)
class ShapePatterns:
    lowercase_heads: frozenset[str]  # "ministère": a head written in lower case
    institution_heads: frozenset[str]  # "université", "tribunal": named after a place or a person
    place_named_institutions: frozenset[str]  # of those, named by a bare "de" + place
    facility_heads: frozenset[str]  # "parc": "parc industriel de X" is one place
    venue_heads: tuple[tuple[str, ...], ...]  # "palais des congrès": "Palais des congrès de X" is one venue (longest first)
    trailing_lowercase: frozenset[str]  # "verte", "numérique": a ministry name may end on one
    max_tokens: int

    @classmethod
    def load(cls, rules_dir: Path) -> ShapePatterns:
        rules = json_rules(rules_dir / "shapes.json")
        return cls(
            lowercase_heads=frozenset(fold(w) for w in rules["lowercase_heads"]),
            institution_heads=frozenset(fold(w) for w in rules["institution_heads"]),
            place_named_institutions=frozenset(fold(w) for w in rules["place_named_institutions"]),
            facility_heads=frozenset(fold(w) for w in rules.get("facility_heads", ())),
            venue_heads=tuple(sorted({tuple(fold(w).split()) for w in rules.get("venue_heads", ())}, key=len, reverse=True)),
            trailing_lowercase=frozenset(fold(w) for w in rules["trailing_lowercase"]),
            max_tokens=int(rules["max_tokens"]),
        )
