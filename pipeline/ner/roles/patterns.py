"""What only `veille_roles` reads: participles that name a role, and the words allowed around one."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ner.rules_data import json_rules
from pipeline.text import fold


@dataclass(frozen=True)
class RolePatterns:
    verbs: dict[str, str]  # "présidé" -> "président" (`role_verbs.json`)
    modifiers: frozenset[str]  # "nouveau", "ancienne" (`role_context.json`)
    appointment_verbs: frozenset[str]  # "nommée", "élu"
    window: int  # tokens between an appointment verb and the role

    @classmethod
    def load(cls, rules_dir: Path) -> RolePatterns:
        verbs = json_rules(rules_dir / "role_verbs.json")
        context = json_rules(rules_dir / "role_context.json")
        return cls(
            verbs={fold(k): str(v) for k, v in verbs.items() if not k.startswith("_")},
            modifiers=frozenset(fold(w) for w in context["modifiers"]),
            appointment_verbs=frozenset(fold(w) for w in context["appointment_verbs"]),
            window=int(context["window"]),
        )
