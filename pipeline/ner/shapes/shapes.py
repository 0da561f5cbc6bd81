"""`veille_shapes`: organisation names recognised by their shape, not by a list.

"Cluster des Matériaux Composites du Souss", "Pôle de compétitivité de Sfax", "Groupement des
Industries Navales et Portuaires" (a leading head word, then capitalised words joined by
connectors), "Tanger Tech Hub" (capitalised words closed by a trailing head word), "InnovSud",
"C3MT", "Hub500" (internal capitals or digits) and unknown acronyms. The model cuts the first
kind at "et" and misses the others. Head words and connectors come from the shared lexicon;
what only this component reads is in `models/rules/shapes.json` (`ShapePatterns`).
Phrase matches go to `doc.spans["veille_rules"]`; single-token guesses, weaker, to
`doc.spans["veille_weak"]`.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.ner.lexicon import FrenchLexicon
from pipeline.ner.shapes.patterns import ShapePatterns
from pipeline.ner.spans import (
    DESCRIBED_VENUE_HEADS,
    GAZETTEER_KEY,
    RULES_KEY,
    WEAK_KEY,
    is_name_token,
    opens_described_venue,
)
from pipeline.text import ACRONYM_TOKEN as _ACRONYM
from pipeline.text import fold

_INNER_CAPS = re.compile(
    r"^(?=\w*[A-Z])(?=\w*(?:[a-z][A-Z]|\d))(?=(?:\w*[A-Za-z]){2})(?=[A-Z0-9]|\w*\d)\w{3,}$"
)
_ROMAN = re.compile(r"^[IVX]+$")  # "Mohammed VI": a king's name inside an institution's name


# the first part of an adjective of two origins: "franco-marocaine", "tuniso-française"
_ORIGIN_PREFIXES = frozenset({"franco", "tuniso", "algero", "maroco", "germano", "italo", "belgo", "sino", "euro",
                              "afro", "anglo", "hispano", "luso", "nippo", "russo", "arabo", "ivoiro", "senegalo",
                              "libano", "helveto", "canado", "americano", "algéro", "sénégalo", "helvéto", "américano"})


_COUNT_WORDS = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "plusieurs",
                          "2", "3", "4", "5", "6", "7", "8", "9", "10"})

class _Tokens:
    """The per-document views the scanners read (Python lists: cheaper than Token access)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.texts = [t.text for t in doc]
        self.norms = [t.norm_ for t in doc]
        self.spaces = [bool(t.whitespace_) for t in doc]
        self.strong_starts: set[int] = set()  # gazetteer and rule names: "et" stops before them
        self.person_starts: set[int] = set()  # the model's multi-word people: "et" stops too
        self.place_starts: set[int] = set()   # the model's places: "en" stops before them

    def coined(self, i: int) -> bool:
        """A capitalised word the model's vocabulary never saw ("Hydrosol", "Kelmatech"): a brand of
        its own, never a domain word of a longer name ("Mécatronique", "Services"). Asked rarely."""
        token = self.doc[i]
        return bool(self.doc.vocab.vectors.shape[0]) and token.is_alpha and token.text[:1].isupper() \
            and not token.is_upper and not token.has_vector

    def glued(self, i: int) -> bool:
        """No space on either side of token i."""
        return i > 0 and not self.spaces[i - 1] and not self.spaces[i]


# What opens a firm's description after its name and a comma ("Plantaflux, qui …", "Oleavia, la start-up …")
_DESCRIPTION_OPENERS = frozenset({"qui", "la", "le", "l'", "l’", "une", "un", "start-up", "spécialiste", "specialiste", "pionnier",
                                  "pionnière", "leader", "filiale", "éditeur", "editeur", "fabricant", "fabricante"})

# Heads an institution's name goes on after with its purpose ("pour le développement économique")
_PURPOSE_HEADS = frozenset({"fonds", "agence", "association", "office", "centre", "fondation", "institut", "conseil",
                            "comite", "comité", "commission", "caisse", "programme", "alliance", "observatoire",
                            "federation", "fédération", "union", "societe", "société", "mouvement", "ligue", "plateforme"})

def _transpositions(heads: frozenset[str], lexicon: FrenchLexicon | None) -> frozenset[str]:
    """"Clustre", "Résaeu": a head word with two neighbouring letters swapped, the commonest typo
    (heads of six letters or more, never a French word)."""
    found = set()
    for head in heads:
        if len(head) < 6:
            continue
        for k in range(len(head) - 1):
            typo = head[:k] + head[k + 1] + head[k] + head[k + 2 :]
            if typo != head and typo not in heads and (lexicon is None or not lexicon.classes(typo)):
                found.add(typo)
    return frozenset(found)


class ShapeRules:
    """Scans from head words: leading heads forward, trailing heads backward."""

    def __init__(self, lexicon: FrenchLexicon, patterns: ShapePatterns) -> None:
        self.lexicon = lexicon
        self.institution_heads = patterns.institution_heads
        self.place_named = patterns.place_named_institutions
        self.facility_heads = patterns.facility_heads
        self.venue_heads = patterns.venue_heads
        self._venue_first = frozenset(p[0] for p in patterns.venue_heads)
        self.leading = lexicon.leading_heads
        self.leading_typos = _transpositions(self.leading, lexicon)
        self.lowercase_heads = patterns.lowercase_heads
        self.trailing = lexicon.trailing_heads
        self.connectors = lexicon.connectors
        self.inner_lowercase = lexicon.inner_lowercase
        self.max_tokens = patterns.max_tokens
        self.edge_words = lexicon.edge_words
        self.acronym_stop = lexicon.acronym_stop
        self.descriptor_suffixes = lexicon.descriptor_suffixes
        self.trailing_lowercase = patterns.trailing_lowercase

    def __call__(self, doc: Doc) -> Doc:
        tokens = _Tokens(doc)
        spans: list[Span] = []
        weak: list[Span] = []
        for i, text in enumerate(tokens.texts):
            if (text in self.trailing or self._hyphenated_trailing(text)) and not (
                text in self.lexicon.trailing_sector_words and i + 1 < len(tokens.texts)
                and (is_name_token(tokens.texts[i + 1]) or tokens.texts[i + 1][:1].isdigit())
            ):  # "French Tech Méditerranée", "French Tech 120", "Casa Fintech Hub": the name runs on
                start = self._backward(tokens, i)
                if start is not None:
                    spans.append(Span(doc, start, i + 1, label="ORG"))
            if self._single_token_name(tokens.texts, i) or self._coined_after_role(tokens, i) \
                    or self._coined_described(tokens, i):
                weak.append(Span(doc, i, i + 1, label="ORG"))
        # Where another name starts, a head-led name cannot run on through "et".
        tokens.strong_starts = {s.start for s in spans} | {
            s.start for s in doc.spans.get(GAZETTEER_KEY, [])
        }
        tokens.person_starts = {
            e.start for e in doc.ents if e.label_ == "PER" and len(e) > 1 and not _ROMAN.match(e[-1].text)
        }
        tokens.place_starts = {e.start for e in doc.ents if e.label_ == "LOC"}
        for i, norm in enumerate(tokens.norms):
            # "Trois coopératives installées à l'Agropole X, A, B et C, ont …": firms, whatever the model thought
            spans.extend(Span(doc, start, end, label="ORG") for start, end in self._counted_firms(tokens, i))
            venue = self._venue(tokens, i) or self._described_venue(tokens, i)
            if venue is not None:  # "au Palais des congrès de Sousse": the venue, not only its town
                spans.append(Span(doc, self._venue_start(tokens, i), venue, label="LOC"))
                continue
            lowercase_head = norm in self.lowercase_heads
            plural = tokens.texts[i].islower() and norm[-1:] in ("s", "x") and norm[:-1] in self.leading
            if (norm in self.leading or plural) and tokens.texts[i].islower() and not lowercase_head and not (
                i > 1 and tokens.norms[i - 1] in ("de", "d'") and tokens.norms[i - 2] in self.lexicon.rank_words
            ):  # "le chef de groupe Jean Dupont": a rank, not an organisation
                named = self._named_after_generic(tokens, i + 1)
                while named:
                    spans.append(Span(doc, *named, label="ORG"))
                    # "les pôles Aqua-Valley et Hydro-Sud", "les clusters A, B et C": one name each
                    named = self._next_in_list(tokens, named[1]) if plural else None
            if norm in self.leading_typos and tokens.texts[i][:1].isupper():
                norm = next(h for h in self.leading if norm in _transpositions(frozenset({h}), None))
            if norm in self.leading and (tokens.texts[i][:1].isupper() or lowercase_head) and not self._compound_word(tokens, i):
                end = self._forward(tokens, i, lowercase_head)
                if end and lowercase_head and end < len(doc) and tokens.texts[end].islower() and (
                    self.lexicon.is_demonym(tokens.texts[end].capitalize())
                ):
                    end += 1  # "le ministère de la Santé palestinien"
                if not end and not lowercase_head and not self._opens_sentence(tokens, i) and not (
                    is_name_token(tokens.texts[i - 1]) and tokens.norms[i - 1] not in self.edge_words
                ):  # "Maroc Cluster, …": a trailing head of the name before it
                    end = self._sentence_case(tokens, i)
                if end:
                    spans.append(Span(doc, i, end, label="ORG"))
                    conjunct = self._conjunct(tokens, end)
                    if conjunct:  # "le Cluster Ardoise Anjou et Agrivalle": the second name of the pair
                        spans.append(Span(doc, *conjunct, label="ORG"))
            elif tokens.texts[i] in self.lexicon.company_heads and not self._compound_word(tokens, i):
                end = self._forward(tokens, i, False)
                if end:  # "Menuiseries Ibarra", "Ciments du Lagunaire": a firm named after its trade
                    spans.append(Span(doc, i, end, label="ORG"))
            elif norm in self.institution_heads and tokens.texts[i].islower():
                end = self._institution(tokens, i)
                if end:
                    spans.append(Span(doc, i, end, label="ORG"))
            elif norm in self.facility_heads and tokens.texts[i].islower():
                end = self._institution(tokens, i, facility=True)
                if end:  # "le parc industriel de Diamniadio": the facility, not only its town
                    spans.append(Span(doc, i, end, label="LOC"))
        doc.spans[RULES_KEY] = filter_spans(spans)
        doc.spans[WEAK_KEY] = weak
        return doc

    def _hyphenated_trailing(self, text: str) -> bool:
        """"Agro-Industries", "Bio-Technologies": a trailing head glued to a prefix closes a name too."""
        prefix, _, last = text.rpartition("-")
        return bool(prefix) and prefix[:1].isupper() and last in self.trailing

    @staticmethod
    def _compound_word(tokens: _Tokens, i: int) -> bool:
        """"Centre-Ouest", "Centre-Val de Loire": a head glued by a hyphen to the next word is part
        of a compound (a region), not the head of a name."""
        return i + 1 < len(tokens.texts) and tokens.texts[i + 1] in ("-", "‐", "‑") and tokens.glued(i + 1)

    def _forward(self, tokens: _Tokens, head: int, lowercase_head: bool) -> int | None:
        """End (exclusive) of the name opened by `head`, or None when no capitalised word follows."""
        texts, norms = tokens.texts, tokens.norms
        last_name: int | None = None
        last_domain: int | None = None  # sentence-case names: "Agence nationale de la recherche"
        limit = min(len(texts), head + self.max_tokens)
        i = head + 1
        while i < limit:
            text, norm = texts[i], norms[i]
            adjective = text.islower() and norm not in self.lexicon.clause_words and (self.lexicon.is_adjective(text) or (
                last_name is None and self.lexicon.is_known_adjective(text)  # "… de développement agricole du Tadla"
            ))
            if text.islower() and (norm in self.inner_lowercase or norm in self.trailing_lowercase or (
                adjective and norms[i - 1] not in self.connectors
            )):
                last_domain = i
            if i in tokens.person_starts and last_name is not None and texts[i - 1][:1].isupper():
                break  # "l'Hôpital universitaire de Liège Marc Dufour": a person follows the name
            if is_name_token(text) and norm not in self.edge_words:
                last_name = i
            elif lowercase_head and norm in self.trailing_lowercase and last_name is not None:
                last_name = i  # "ministère de l'Économie verte et numérique"
            elif lowercase_head and last_name == i - 1 and self.lexicon.is_known_adjective(text):
                last_name = i  # "ministère de la Santé et des Services sociaux"
            elif norm == "et" and self._starts_other_name(tokens, i + 1, limit, head):
                break
            elif text == "," and self._comma_continues(tokens, i, limit, lowercase_head):
                pass
            elif text == "-" and tokens.glued(i):
                pass  # "Aix-Marseille-Provence" split by the tokenizer
            elif norm == "pour" and last_name == i - 1 and i - 1 > head and norms[head] not in _PURPOSE_HEADS:
                break  # "Technopôle de Château-Gombert pour la Journée X": the sentence's purpose after a place
            elif norm == "en" and i + 1 < limit and is_name_token(texts[i + 1]):
                if i + 1 in tokens.place_starts and last_name is not None:
                    break  # "Pôle de compétitivité de Sfax en Tunisie"
            elif norm not in self.connectors and norm not in self.inner_lowercase and not adjective:
                break
            i += 1
        if last_name is None and last_domain is not None and not lowercase_head:
            # French institutions are written in sentence case: only the head is capitalised. Mid-
            # sentence only, and with two words at least after the head (junk drops "Conseil régional").
            # An adjective right after the head marks an official name ("Office fédéral de ...");
            # "Centre de formation" stays a common phrase.
            after = tokens.texts[head + 1]
            official = self.lexicon.is_adjective(after) or tokens.norms[head + 1] in self.trailing_lowercase
            end = self._to_acronym(tokens, last_domain + 1)
            if official and head > 0 and tokens.texts[head - 1] not in (".", "!", "?", ":", "«"):
                # The domain-word reading stops at the first word it does not know ("Fédération
                # française des industries | du béton"); the grammar of `_sentence_case` reads
                # complements and enumerated adjectives on: the longer reading is the name.
                end = max(end, self._sentence_case(tokens, head) or 0)
                if end > head + 2:
                    return end
        if last_name is None:
            return None
        return last_name + 1 if lowercase_head else self._domain_complements(tokens, last_name + 1, tokens.norms[head])

    def _domain_complements(self, tokens: _Tokens, end: int, head: str = "") -> int:
        """A head-led name goes on with complements written in lower case: "Cluster Menara des
        industries culturelles", "Pôle Azur Valley des technologies marines de Provence". A
        complement belongs to the name when it is plural ("des" + noun) or its noun is a domain
        word ("de la mer"), and the next ones qualify it ("des arts du feu", "… de l'Oriental");
        "de la région", "du mois" are the sentence's."""
        limit = min(len(tokens.texts), end + self.max_tokens)
        i, lowered = end, False
        while i < limit:
            if tokens.norms[i] not in self.lexicon.de_forms and head not in _PURPOSE_HEADS:
                # "Cluster Automobile Maroc pour la formation de …": the sentence's purpose; a fund
                # or an agency is named by its purpose ("Fonds Hassan II pour le développement …")
                break
            nxt = self._complement(tokens, i, limit)
            if nxt is None:
                break
            first = i + 1 + (1 if tokens.norms[i + 1] in self.lexicon.articles else 0)
            if nxt < len(tokens.texts) and tokens.texts[nxt][:1].isdigit():
                break  # "des années 2000": a time, not a domain
            if tokens.texts[first].islower():
                if not lowered and tokens.norms[i] != "des" and tokens.norms[first] not in self.inner_lowercase:
                    break  # the first one decides; the next ones qualify it ("des arts du feu")
                lowered = True
            elif not lowered:
                break  # a capitalised complement the name did not take ("… à Agadir") stays out
            i = nxt
        return i

    def _opens_sentence(self, tokens: _Tokens, i: int) -> bool:
        return i == 0 or tokens.texts[i - 1] in self.lexicon.sentence_openers or not tokens.texts[i - 1].strip()

    def _modifier(self, tokens: _Tokens, i: int) -> bool:
        """A lower-case adjective inside a name: "africaine", "fédéral", "vétérinaires"."""
        text, norm = tokens.texts[i], tokens.norms[i]
        parts = text.split("-")
        if len(parts) == 2 and parts[0] in _ORIGIN_PREFIXES and parts[1].isalpha() and parts[1].islower():
            return self.lexicon.is_adjective(parts[1]) or self.lexicon.is_demonym(parts[1].capitalize())  # "franco-marocaine"
        if not (text.isalpha() and text.islower()) or norm in self.lexicon.clause_words:
            return False
        classes = self.lexicon.classes(text)
        if "verb-form" in classes and not self.lexicon.is_adjective(text):
            return False  # a participle opens a clause: "la Caisse de grève initiée par…"
        # an inflected form only when it agrees with its adjective ("financera" is no adjective)
        return self.lexicon.is_adjective(text) or "adj" in classes or self.lexicon.is_known_adjective(text)

    def _split_origin(self, tokens: _Tokens, i: int, limit: int) -> bool:
        """"tuniso - française" as the tokenizer splits it: an adjective of two origins."""
        return (i + 2 < limit and tokens.texts[i] in _ORIGIN_PREFIXES and tokens.texts[i + 1] == "-"
                and tokens.glued(i + 1) and tokens.texts[i + 2].isalpha() and tokens.texts[i + 2].islower()
                and (self.lexicon.is_adjective(tokens.texts[i + 2]) or self.lexicon.is_demonym(tokens.texts[i + 2].capitalize())))

    def _noun(self, tokens: _Tokens, i: int) -> bool:
        """A lower-case common noun inside a name: "football", "sécurité", "affaires"."""
        text, norm = tokens.texts[i], tokens.norms[i]
        if not (text.isalpha() and text.islower()) or norm in self.lexicon.clause_words:
            return False
        return norm in self.inner_lowercase or bool({"noun", "noun-form"} & self.lexicon.classes(text))

    def _participle_before_place(self, tokens: _Tokens, i: int, limit: int) -> bool:
        """"des sciences appliquées de Tétouan": a participle qualifying the noun, the name going
        on with "de" + a capitalised name (not a clause: "créée en 2010", "initiée par")."""
        text = tokens.texts[i]
        return (
            i + 2 < limit
            and text.isalpha()
            and text.islower()
            and tokens.norms[i + 1] in self.lexicon.de_forms
            and is_name_token(tokens.texts[i + 2])
            and tokens.norms[i + 2] not in self.edge_words
            and "verb-form" in self.lexicon.classes(text)
        )

    def _unknown_word(self, tokens: _Tokens, i: int) -> bool:
        """A lower-case word of letters no table knows (no class, not a clause word)."""
        text = tokens.texts[i]
        return text.isalpha() and text.islower() and len(text) > 3 and (
            tokens.norms[i] not in self.lexicon.clause_words and not self.lexicon.classes(text)
        )

    def _complement(self, tokens: _Tokens, i: int, limit: int) -> int | None:
        """End of "de la sécurité alimentaire", "pour le climat", "de Catalogne" starting at i."""
        norms, link = tokens.norms, tokens.texts[i].lower() if i < limit else ""
        if link not in self.lexicon.name_links or link == "et" or norms[i] in self.lexicon.articles:
            return None
        j = i + 1
        if j < limit and norms[j] in self.lexicon.articles:
            j += 1
        if j >= limit:
            return None
        if is_name_token(tokens.texts[j]) and norms[j] not in self.edge_words:
            if norms[i] not in self.lexicon.de_forms:
                return None  # "Cluster à Casablanca": a place after "à", "en", "pour" is not in the name
            while j < limit and (is_name_token(tokens.texts[j]) or (tokens.texts[j] == "-" and tokens.glued(j))):
                j += 1
            return j
        if j + 2 < limit and tokens.texts[j + 1] == "-" and tokens.glued(j + 1) and (
            tokens.texts[j].isalpha() and tokens.texts[j].islower() and tokens.texts[j + 2].isalpha()
            and tokens.texts[j + 2].islower()
        ):
            j += 2  # a hyphenated noun: "des start-up", "des porte-conteneurs"
        elif not self._noun(tokens, j) and not (j > i + 1 and self._unknown_word(tokens, j)):
            # "des oléagineux", "des handicapés": an adjective after an article is a noun; so is a
            # lower-case word the tables do not know ("à l'entrepreneuriat": the article says so)
            if not (self._modifier(tokens, j) and (j > i + 1 or norms[i] in ("des", "du", "aux", "au"))):
                return None
        j += 1
        if j < limit and is_name_token(tokens.texts[j]) and tokens.norms[j] not in self.edge_words and (
            j not in tokens.person_starts and tokens.norms[j] not in self.leading
        ):
            return min(limit, self._name_run(tokens, j))  # "de la région Fès-Meknès": a name in apposition
        while j < limit and (self._modifier(tokens, j) or self._participle_before_place(tokens, j, limit)) and not (
            j + 1 < limit and tokens.norms[j + 1] == "par"
        ):
            j += 1  # "… initiée par": a passive participle opens a clause
        if j > i + 1 and self._modifier(tokens, j - 1):  # "pour le développement économique et social"
            j = self._adjective_enumeration(tokens, j, limit) or j
        return j

    def _sentence_case(self, tokens: _Tokens, head: int) -> int | None:
        """French official names in sentence case, mid-sentence: HEAD adjective* (link noun
        adjective*)+, enumerations on "et"/"," included, ending before a clause word or a second
        noun: "la Confédération africaine de football qui…", "l'Office fédéral de la sécurité
        alimentaire et des affaires vétérinaires est…"."""
        limit = min(len(tokens.texts), head + self.max_tokens)
        i = head + 1
        while i < limit and (self._modifier(tokens, i) or self._split_origin(tokens, i, limit)):
            i += 3 if self._split_origin(tokens, i, limit) else 1
        enumerated = self._adjective_enumeration(tokens, i, limit) if i > head + 1 else None
        if enumerated:  # "Conseil national économique, social et environnemental"
            i = enumerated
        groups, apposition = 0, False
        if i == head + 1 and i + 2 < limit and self._noun(tokens, i) and tokens.norms[i + 1] == "et" and (
            self._noun(tokens, i + 2)
        ):  # "Cluster cuir et maroquinerie (de Fès)": nouns in apposition to the head
            i, groups, apposition = i + 3, 1, True
        while i < limit:
            start = i + 1 if tokens.norms[i] in ("et", ",") else i
            if tokens.texts[i] == "," and (start >= limit or tokens.norms[start] not in self.lexicon.de_forms):
                break  # a comma continues only an enumeration of complements: ", de l'Investissement"
            end = self._complement(tokens, start, limit)
            if end is None:
                break
            i, groups = end, groups + 1
        official = tokens.texts[head + 1 : head + 2] and (
            self._modifier(tokens, head + 1) or self._split_origin(tokens, head + 1, limit))
        # "la Cité du design industriel": one complement closed by its adjective, after an article
        qualified = groups == 1 and i - head >= 4 and self._modifier(tokens, i - 1) and (
            head > 0 and tokens.norms[head - 1] in self.lexicon.articles
        ) and (tokens.norms[head + 1] in ("du", "des") or tokens.norms[head + 2] in self.lexicon.articles)
        if (groups or enumerated) and i - head >= 3 and (official or groups >= 2 or apposition or qualified):
            return self._to_acronym(tokens, i)  # "Centre de formation" alone stays a common phrase
        return head + 2 if self.lexicon.official_pair(tokens.texts, head) else None

    def _adjective_enumeration(self, tokens: _Tokens, i: int, limit: int) -> int | None:
        """End of ", social et environnemental" or "et social" after a head's adjectives: the
        enumeration must close on "et" + an adjective."""
        j = i
        while j + 1 < limit and tokens.texts[j] == "," and self._modifier(tokens, j + 1):
            j += 2
        if j + 1 < limit and tokens.norms[j] == "et" and self._modifier(tokens, j + 1):
            return j + 2
        return None

    def _venue(self, tokens: _Tokens, head: int) -> int | None:
        """End of a venue's name opened at `head` ("Palais des congrès de Sousse", "hôtel El
        Aurassi", "Centre international de conférences Abdou Diouf"), or None: a venue noun, then
        a capitalised name and/or "de" + a capitalised name."""
        norms, texts = tokens.norms, tokens.texts
        if norms[head] not in self._venue_first:
            return None
        phrase = next((p for p in self.venue_heads if tuple(norms[head:head + len(p)]) == p), None)
        if phrase is None:
            return None
        limit = min(len(texts), head + self.max_tokens)
        i = head + len(phrase)
        named = False
        if i + 1 < limit and texts[i] in ("Le", "La", "Les") and is_name_token(texts[i + 1]):
            i += 1  # "l'hôtel Le Phocéen": a capitalised article opens the name
        if i < limit and is_name_token(texts[i]) and norms[i] not in self.edge_words:
            i, named = self._name_run(tokens, i), True
        while i < limit and norms[i] in self.lexicon.de_forms:
            j = i + 1
            if j < limit and norms[j] in self.lexicon.articles:
                j += 1
            if not (j < limit and is_name_token(texts[j]) and norms[j] not in self.edge_words):
                break
            i, named = self._name_run(tokens, j), True
        if named and i < limit and texts[i].islower() and (self.lexicon.is_adjective(texts[i]) or self.lexicon.is_known_adjective(texts[i])):
            i += 1  # "Palais des expositions des Pins maritimes"
        return i if named else None

    def _described_venue(self, tokens: _Tokens, head: int) -> int | None:
        """End of a venue named by a capitalised head and a common noun, right after "au" or "à
        la": "au Musée des civilisations noires", "à la Cité du design", "à la Maison de
        l'entreprise", "au Complexe sportif du 19-Mai"; or None. The model leaves these out."""
        norms, texts = tokens.norms, tokens.texts
        if norms[head] not in DESCRIBED_VENUE_HEADS or head < 1 or not opens_described_venue(tokens.doc, head) \
                or any(e.start <= head < e.end for e in tokens.doc.ents):
            return None  # (a name the model found whole stays the model's: "Cité de l'innovation Souss Massa")
        limit = min(len(texts), head + self.max_tokens)
        i = head + 1
        if i < limit and (self.lexicon.is_adjective(texts[i]) or self.lexicon.is_known_adjective(texts[i])):
            i += 1  # "Complexe sportif"
        end = None
        while i < limit and norms[i] in self.lexicon.de_forms:
            j = i + 1
            if j < limit and norms[j] in self.lexicon.articles:
                j += 1
            if j < limit and texts[j].isalpha() and texts[j].islower() and len(texts[j]) > 2:
                i = end = j + 1  # "des civilisations", "du design", "de l'entreprise"
            elif j < limit and is_name_token(texts[j]):
                i = end = self._name_run(tokens, j)  # "du 19-Mai", "de la Mer"
            else:
                break
            if i < limit and (self.lexicon.is_adjective(texts[i]) or self.lexicon.is_known_adjective(texts[i])):
                i = end = i + 1  # "des civilisations noires"
            if i + 1 < limit and norms[i] == "et" and norms[i + 1] in self.lexicon.de_forms:
                i += 1  # "Cité des sciences et de l'industrie"
        return end

    def _venue_start(self, tokens: _Tokens, head: int) -> int:
        """Where a venue's name starts when capitalised words come before its head, right after
        "au" or "à la": "au Grand Palais de Lille", "à la Grande Halle de la Villette", "au Sofitel
        Abidjan Hôtel Ivoire", "à Lille Grand Palais"."""
        texts, norms = tokens.texts, tokens.norms
        start = head
        while start > 0 and is_name_token(texts[start - 1]) and norms[start - 1] not in self.edge_words \
                and start - 1 not in tokens.person_starts:
            start -= 1
        if start < head and start > 0 and norms[start - 1] in ("au", "a", "la", "l'") \
                and (texts[head][:1].isupper() or texts[head - 1] in ("Grand", "Grande")):
            return start
        return head

    def _institution(self, tokens: _Tokens, head: int, *, facility: bool = False) -> int | None:
        """"université Ouverte de Catalogne", "tribunal correctionnel de Nîmes", "lycée Jean
        Zay": a lower-case institution noun, adjectives, then a capitalised name."""
        limit = min(len(tokens.texts), head + self.max_tokens)
        i = head + 1
        while i < limit and self._modifier(tokens, i):
            i += 1
        named = False
        if facility and (i == head + 1 or (i < limit and is_name_token(tokens.texts[i]))):
            return None  # "le parc de Bercy" names a place, "le parc scientifique Riviera Tech" is "Riviera Tech"
        if i < limit and is_name_token(tokens.texts[i]) and tokens.norms[i] not in self.edge_words:
            while i < limit and (is_name_token(tokens.texts[i]) or (tokens.texts[i] == "-" and tokens.glued(i))):
                i += 1
            named = True
        if not named and i == head + 1 and tokens.norms[head] not in self.place_named:
            return None  # "le centre de Rabat" is a place; "le centre hospitalier de …" is not
        while i < limit and tokens.norms[i] in self.lexicon.de_forms:
            j = i + 1
            if j < limit and tokens.norms[j] in self.lexicon.articles:
                j += 1
            if not (j < limit and is_name_token(tokens.texts[j]) and tokens.norms[j] not in self.edge_words):
                break
            first = j
            while j < limit and (is_name_token(tokens.texts[j]) or (tokens.texts[j] == "-" and tokens.glued(j))) and not (
                j > first and tokens.spaces[j - 1] and self.lexicon.is_common_word(tokens.texts[j])
            ):  # "l'université de Harvard Misinformation review": a common word starts a title
                j += 1
            i, named = j, True
        return i if named else None

    def _named_after_generic(self, tokens: _Tokens, start: int) -> tuple[int, int] | None:
        """"le pôle Végétalia", "le cluster Hydrovia": the capitalised run after a generic noun
        is an organisation, whatever the model thought it was."""
        skipped, norms = 0, tokens.norms
        while start < len(norms) and skipped < 4 and self._descriptor(tokens, start):
            start, skipped = start + 1, skipped + 1
        end = self._name_run(tokens, start)
        return (start, end) if end > start else None

    def _name_run(self, tokens: _Tokens, start: int) -> int:
        """End of the capitalised words from `start`, glued hyphens included ("Hydro-Sud"), and
        an ampersand between two of them ("Stucki & Favre")."""
        end = start
        while end < len(tokens.texts) and end - start < self.max_tokens and (
            (is_name_token(tokens.texts[end]) and tokens.norms[end] not in self.edge_words)
            or (end > start and tokens.texts[end] == "-" and tokens.glued(end))
            or (end > start and tokens.texts[end] == "&" and end + 1 < len(tokens.texts) and is_name_token(tokens.texts[end + 1]))
        ):
            end += 1
        return end - 1 if end > start and tokens.texts[end - 1] == "-" else end

    def _counted_firms(self, tokens: _Tokens, i: int) -> list[tuple[int, int]]:
        """The names listed in apposition after a counted group of firms ("Trois équipementiers
        installés à X, A, B et C, se sont vu …"): two or more, the last after "et", closed by a comma."""
        texts, norms = tokens.texts, tokens.norms
        if norms[i] not in _COUNT_WORDS or i + 1 >= len(texts) or texts[i + 1] not in self.lexicon.firm_plurals:
            return []
        j = i + 2
        while j < min(len(texts), i + 14) and texts[j] not in (",", ".", ";", ":", "(", "«"):
            j += 1
        if j >= len(texts) or texts[j] != ",":
            return []
        names: list[tuple[int, int]] = []
        k, after_et = j + 1, False
        while k < len(texts):
            run = self._name_run(tokens, k)
            if run == k:
                return []
            names.append((k, run))
            if after_et:
                return names if run < len(texts) and texts[run] == "," and len(names) >= 2 else []
            if run + 1 < len(texts) and texts[run] == "," and norms[run + 1] == "et":
                k, after_et = run + 2, True
            elif run < len(texts) and norms[run] == "et":
                k, after_et = run + 1, True
            elif run < len(texts) and texts[run] == ",":
                k = run + 1
            else:
                return []
        return []

    def _next_in_list(self, tokens: _Tokens, end: int) -> tuple[int, int] | None:
        """The next name of a list after a plural generic noun: ", B" or "et C"."""
        i = end
        if i < len(tokens.texts) and tokens.texts[i] == ",":
            i += 1
        if i < len(tokens.texts) and tokens.norms[i] == "et":
            i += 1
        if i == end or i in tokens.person_starts:
            return None
        run = self._name_run(tokens, i)
        return (i, run) if run > i else None

    def _proper_word(self, tokens: _Tokens, i: int) -> bool:
        """A capitalised word that is no French word, no demonym and no head: a name of its own
        ("Agrivalle", "Finéa"), where "Portuaires", "Carrières" or "Habillement" go on a name."""
        text = tokens.texts[i]
        return (
            text[:1].isupper() and text.replace("-", "").isalpha() and tokens.norms[i] not in self.leading
            and tokens.norms[i] not in self.edge_words and not self.lexicon.is_common_word(text)
            and not self.lexicon.is_demonym(text) and not self.lexicon.classes(text)
        )

    def _opened_by_de(self, tokens: _Tokens, head: int) -> bool:
        """"du Cluster …", "de la Fédération …": the name is the complement of a "de"."""
        i = head - 1
        if i >= 0 and tokens.norms[i] in self.lexicon.articles:
            i -= 1
        return i >= 0 and tokens.norms[i] in self.lexicon.de_forms

    def _after_de(self, tokens: _Tokens, last: int) -> bool:
        """The capitalised words ending at `last` follow a "de": "… de Fès"."""
        i = last
        while i > 0 and is_name_token(tokens.texts[i]):
            i -= 1
        return tokens.norms[i] in self.lexicon.de_forms

    def _conjunct(self, tokens: _Tokens, end: int) -> tuple[int, int] | None:
        """After a head-led name, "et" + a proper word opens a second name ("et Agrivalle")."""
        i = end + 1
        if not (i < len(tokens.texts) and tokens.norms[end] == "et") or i in tokens.person_starts:
            return None
        if not self._proper_word(tokens, i) or tokens.norms[i] in self.lexicon.first_names:
            return None
        return i, self._name_run(tokens, i)

    def _descriptor(self, tokens: _Tokens, i: int) -> bool:
        """"de compétitivité", "angevin": lower-case words between a generic noun and a name.
        A bare "de" is not one: in "le port de Tanger" the name is a place."""
        norms, text = tokens.norms, tokens.texts[i]
        if norms[i] in ("de", "d'"):
            return i + 1 < len(norms) and norms[i + 1] in self.inner_lowercase
        return text.isalpha() and text.islower() and (
            norms[i] in self.inner_lowercase or text.endswith(self.descriptor_suffixes)
        )

    def _comma_continues(self, tokens: _Tokens, comma: int, limit: int, lowercase_head: bool) -> bool:
        """Commas inside official names: "ministère de l'Industrie, du Commerce et ...",
        "Cluster Marocain de Mécatronique, Microélectronique et Technologies"."""
        texts, norms = tokens.texts, tokens.norms
        nxt = comma + 1
        if nxt >= limit:
            return False
        if lowercase_head:  # "ministère de l'Industrie, du Commerce …", not "…, le label X"
            return norms[nxt] in self.lexicon.de_forms
        # An enumeration closed by "et": "de Mécatronique, Microélectronique et Technologies",
        # "de Commerce, d'Industrie et de Services". Each item may open on a connector.
        i = nxt
        while i + 1 < limit:
            while i < limit and norms[i] in self.lexicon.complements:
                i += 1
            if i + 1 >= limit or not self._item(texts[i], norms[i]) or i in tokens.strong_starts or tokens.coined(i):
                return False  # "Technopôle de Borj Cédria, Hydrosol et GreenOlive Tech": names listed
            if texts[i + 1] == ",":
                i += 2
            elif norms[i + 1] == "et":
                j = i + 2
                while j < limit and norms[j] in self.lexicon.complements:
                    j += 1
                return j < limit and self._item(texts[j], norms[j]) and j not in tokens.strong_starts \
                    and not tokens.coined(j)
            else:
                return False
        return False

    def _to_acronym(self, tokens: _Tokens, end: int) -> int:
        """A sentence-case name defined by an acronym runs up to it: "Centre européen des textiles
        innovants (CETI)", even when its last words are not domain words."""
        j = end
        while j < len(tokens.texts) and j - end < 3 and tokens.texts[j].isalpha() and tokens.texts[j].islower():
            j += 1
        if j > end and j + 1 < len(tokens.texts) and tokens.texts[j] == "(" and _ACRONYM.match(tokens.texts[j + 1]):
            return j
        return end

    def _item(self, text: str, norm: str) -> bool:
        """An enumerated item of a name: capitalised, or a lower-case domain word ("Chambre de
        commerce, d'industrie et de services de ...")."""
        return is_name_token(text) or norm in self.inner_lowercase

    def _starts_other_name(self, tokens: _Tokens, i: int, limit: int, head: int) -> bool:
        """After "et": does a new name start? "et le Cluster Solaire", "et Finaxia" (known),
        "et Nadia Bennani" (a person) do; "et Portuaires", "et de la Promotion du Travail" do not.
        "du Cluster Automobile et de l'Amica": "et de" repeats the "du" that opened the name, whose
        words so far hold no complement, and a proper word follows: two names."""
        if i < limit and tokens.norms[i] in self.lexicon.new_phrase:
            return True
        if i < limit and self._proper_word(tokens, i) and is_name_token(tokens.texts[i - 2]) and not (
            i in tokens.place_starts and self._after_de(tokens, i - 2)
        ):  # "Cluster Ardoise Anjou et Agrivalle": a proper word right after "et" is another name;
            return True  # "Chambre de Commerce de Fès et Meknès": places after "de" go on the name
        et = i - 1
        while i < limit and tokens.norms[i] in self.connectors:
            i += 1
        if i < limit and tokens.norms[et + 1] in self.lexicon.de_forms and self._proper_word(tokens, i) and (
            self._opened_by_de(tokens, head) and not any(n in self.lexicon.de_forms for n in tokens.norms[head + 1 : et])
        ):
            return True
        return i < limit and (
            (tokens.norms[i] in self.leading and tokens.texts[i][:1].isupper())
            or i in tokens.strong_starts
            or i in tokens.person_starts
        )

    def _backward(self, tokens: _Tokens, tail: int) -> int | None:
        """Start of the capitalised run closed by a trailing head ("Tanger Tech Hub",
        "Ottawa-Carleton School Board": a glued hyphen joins two name words)."""
        texts, norms = tokens.texts, tokens.norms
        start = tail
        while start > 0 and tail - start < self.max_tokens:
            text, norm = texts[start - 1], norms[start - 1]
            if text == "-" and tokens.glued(start - 1) and start > 1 and is_name_token(texts[start - 2]):
                start -= 1
                continue
            if norm in self.lexicon.english_connectors and text.islower() and start > 1 and start < tail and (
                is_name_token(texts[start - 2]) and norms[start - 2] not in self.edge_words
            ):  # "Atlas Textile and Leather Cluster": an English name keeps its connectors
                start -= 1
                continue
            if not is_name_token(text) or norm in self.edge_words or (
                text in self.trailing and text not in self.lexicon.trailing_sector_words
            ):  # "Maroc Cluster Tanger Hub" is two names; "Usinage Mauges Services" one
                break
            start -= 1
        if start < tail and texts[start].islower():
            start += 1  # never open on a connector
        if start + 1 < tail and texts[start] in self.lexicon.kind_acronyms:
            start += 1  # "la PME Atlas Robotics": the firm's kind, not its name
        return None if start == tail else start

    def _coined_after_role(self, tokens: _Tokens, i: int) -> bool:
        """"directrice générale de Fesbot", "président d'Hydrolia": a word the model's vocabulary never
        saw, alone after a role and its "de", names the organisation the role is held in, where the
        model found no name at all."""
        texts, norms = tokens.texts, tokens.norms
        if i < 2 or norms[i - 1] not in self.lexicon.complements or not texts[i][:1].isupper() \
                or (i + 1 < len(texts) and is_name_token(texts[i + 1])) or not tokens.coined(i):
            return False
        return any(fold(" ".join(texts[i - 1 - size:i - 1])) in self.lexicon.role_words
                   for size in (1, 2, 3) if i - 1 - size >= 0)

    def _coined_described(self, tokens: _Tokens, i: int) -> bool:
        """"ANGERS. Plantaflux, qui mesure le stress hydrique …", "Sousse - Oleavia, la start-up …": a word
        the model's vocabulary never saw opens the sentence and a relative clause or a description
        follows its comma: the firm the article tells of, where the model found no name at all."""
        texts, norms = tokens.texts, tokens.norms
        if i + 2 >= len(texts) or texts[i + 1] != "," or norms[i + 2] not in _DESCRIPTION_OPENERS:
            return False
        opens = self._opens_sentence(tokens, i) or texts[i - 1] in ("-", "–", "—", ".")
        word = texts[i]  # (a participle or a common word opening the sentence is none: "Surpeuplé, le site …")
        return opens and tokens.coined(i) and not self.lexicon.is_common_word(word) and not self.lexicon.is_participle(word)

    def _single_token_name(self, texts: list[str], i: int) -> bool:
        text = texts[i]
        if _INNER_CAPS.match(text):
            return True
        if not _ACRONYM.match(text) or text in self.acronym_stop:
            return False
        if i + 1 < len(texts) and texts[i + 1][:1].isdigit():
            return False  # a product or a standard: "TAM 3", "EN 9100"
        if self.lexicon.follows_amount(texts, i):
            return False  # a unit or a currency: "305 FCFA", "12 MW"
        # An all-capital heading ("APPEL À PROJETS") is not a run of acronyms.
        near = texts[max(0, i - 1) : i] + texts[i + 1 : i + 2]
        return not any(len(t) > 1 and t.isupper() and t.isalpha() for t in near)
