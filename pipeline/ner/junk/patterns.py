"""What only `veille_junk` reads: non-names (`junk_entities.txt`) and event heads (`event_heads.txt`)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ner.rules_data import word_list


@dataclass(frozen=True)
class JunkPatterns:
    junk_entities: frozenset[str]  # folded surfaces that are never names: "Région", "Est"
    event_heads: frozenset[str]  # "Salon", "Forum": a name opening on one is an event (MISC)

    @classmethod
    def load(cls, rules_dir: Path) -> JunkPatterns:
        return cls(word_list(rules_dir / "junk_entities.txt"), word_list(rules_dir / "event_heads.txt"))
