"""What the entity components hand each other: span-group keys, source priorities, the name-token test.

Components share no data files and no classes; they pass candidates through `doc.spans` (keys
below) and the source of each entity through `doc._.veille_priority` (gazetteer > rule > model
> weak guess), read by `veille_merge`, `veille_context`, `veille_acronyms` and `veille_consistency`.
"""
from __future__ import annotations

from spacy.tokens import Doc

GAZETTEER_KEY = "veille_gazetteer"  # known names (canonical name in `Span.kb_id_`)
RULES_KEY = "veille_rules"  # shape-rule phrases
WEAK_KEY = "veille_weak"  # single-token shape guesses ("C3MT")
GAZETTEER, RULE, MODEL, WEAK = 3, 2, 1, 0

Priority = dict[tuple[int, int], int]  # (start, end) of an entity -> the priority of its source

if not Doc.has_extension("veille_priority"):
    Doc.set_extension("veille_priority", default=None)


def is_name_token(text: str) -> bool:
    """A capitalised word, an acronym or a word with internal capitals ("iD4CAR")."""
    return text[:1].isupper() or (text.isalnum() and any(ch.isupper() for ch in text))
