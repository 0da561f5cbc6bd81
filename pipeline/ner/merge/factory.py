"""Registers `veille_merge` with spaCy: the shared lexicon and the networks whose local bodies
are named with their place, passed in."""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from pipeline.ner.lexicon import load_lexicon
from pipeline.ner.merge.merge import Merge
from pipeline.ner.rules_data import exact_list


@Language.factory("veille_merge", default_config={"rules_dir": ""})
def create_component(nlp: Language, name: str, rules_dir: str) -> Merge:
    return Merge(load_lexicon(Path(rules_dir)), exact_list(Path(rules_dir) / "branch_acronyms.txt"))
