"""Registers `veille_roles` with spaCy: the shared lexicon (role words) and this component's patterns."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.lexicon import load_lexicon
from pipeline.ner.roles.patterns import RolePatterns
from pipeline.ner.roles.roles import RoleFinder


@Language.factory("veille_roles", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> RoleFinder:
    return RoleFinder(nlp, load_lexicon(Path(rules_dir)), RolePatterns.load(Path(rules_dir)))
