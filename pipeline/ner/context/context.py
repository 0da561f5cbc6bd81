"""`veille_context`: the words around a name settle a type the model got wrong.

fr_core_news_md types an unknown one-word company by its sound: "Brossard" a person, "Farnelle"
a place, "Youssef Tahiri" a place. The text usually says what the name is: a company noun before
it ("l'armateur Navimar", "des PME comme Corvane ou Halbrit"), a role of an organisation ("le
directeur général de Farnelle"), the other members of its list ("Corvane, Safran et Brossard")
or a given name ("Youssef ..."). The cases are tests in `tests/pipeline/ner/test_context.py`. Only the model's guesses are changed; gazetteer names and shape rules
stand. Its own words are data (`models/rules/context.json`: `ContextPatterns`); given names,
titles and heads come from the shared lexicon.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_SPACE
from spacy.tokens import Doc, Span, Token

from pipeline.ner.context.patterns import ContextPatterns
from pipeline.ner.lexicon import FrenchLexicon
from pipeline.ner.spans import MODEL, RULE, Priority, compound_bounds, is_name_token
from pipeline.text import fold

# "Koffi N'Guessan", "Aya N’Dri": an elided capital the tokenizer splits from the rest of the surname
_ELIDED_INITIAL = re.compile(r"[A-Z][’']")


class Context:
    """Relabels or adds the model's entities from the words around them."""

    def __init__(self, lexicon: FrenchLexicon, patterns: ContextPatterns) -> None:
        self.lexicon = lexicon
        self.org_roles = patterns.org_role_words
        self.org_nouns_after = patterns.org_nouns_after
        self.org_nouns = patterns.org_nouns | frozenset(patterns.org_nouns_after)
        self.markers = patterns.list_markers
        self.marker_starts = frozenset(m[0] for m in self.markers)
        self.compound_starts = frozenset(n.split("-")[0] for n in self.org_nouns if "-" in n)
        self.country_suffixes = patterns.country_suffixes
        self.event_nouns = patterns.event_nouns
        self.sport_cues = patterns.sport_cues
        self.team_cues = patterns.team_cues
        self.opponent_markers = patterns.opponent_markers
        self.winner_markers = patterns.winner_markers
        self.first_names = lexicon.first_names
        self.role_heads = lexicon.role_heads
        self.particles = lexicon.particles
        self.edge_words = lexicon.edge_words
        self.heads = lexicon.leading_heads | frozenset(fold(w) for w in lexicon.trailing_heads)
        self.descriptor_suffixes = lexicon.descriptor_suffixes
        self.inner_lowercase = lexicon.inner_lowercase
        self.complements = lexicon.complements
        self.articles = lexicon.articles
        self.run_connectors = lexicon.english_connectors | lexicon.complements
        self.apposition_nouns = patterns.apposition_nouns
        self.place_prepositions = patterns.place_prepositions
        self.apposition_nouns_not_person = patterns.apposition_nouns_not_person
        self.company_verbs = patterns.company_verbs
        self.demonym_endings = tuple({fold(e) for e in lexicon.demonym_endings})

    def __call__(self, doc: Doc) -> Doc:
        priority = dict(doc._.veille_priority or {})
        ents = {(e.start, e.end): e for e in doc.ents}
        for key, ent in list(ents.items()):
            if priority.get(key, MODEL) <= MODEL and ent.label_ != "PER" and (
                self.person_shaped(ent) or self._named_after_role(ent) or self._lone_given_name(ent)
            ):
                ents[key] = _relabel(ent, "PER", priority)
        for start, end in self._named_after_org_nouns(doc):
            _add_org(doc, start, end, ents, priority)
        for key, ent in list(ents.items()):
            if priority.get(key, MODEL) <= MODEL:  # an ORG guess is confirmed, and outranks the others
                if (
                    self._after_org_role(ent) or self._company_apposition(ent) or self._company_subject(ent)
                    or self._abstract_tail(ent)
                ) and not self.person_shaped(ent):
                    ents[key] = _relabel(ent, "ORG", priority)
        self._untagged_after_org_role(doc, ents, priority)
        self._enumerations(doc, ents, priority)
        self._events(doc, ents, priority)
        self._clubs(doc, ents, priority)
        self._national_subsidiaries(doc, ents, priority)
        self._post_headers(doc, ents, priority)
        self._carnet_headings(doc, ents, priority)
        self._datelines(doc, ents, priority)
        doc.ents = sorted(ents.values(), key=lambda s: s.start)
        doc._.veille_priority = priority
        return doc

    def person_shaped(self, span: Span) -> bool:
        """"Youssef Tahiri", "Khadija El Amrani": a known given name and two to four name words."""
        if not 2 <= len(span) <= 4 or span[0].norm_ not in self.first_names:
            return False
        return all(
            (((t.text[:1].isupper() and t.is_alpha) or "-" in t.text) and t.norm_ not in self.heads)
            or t.norm_ in self.particles or _ELIDED_INITIAL.fullmatch(t.text) is not None
            for t in span[1:]
        )

    def _lone_given_name(self, ent: Span) -> bool:
        """"raconte Nadia, étudiante": a known given name alone is a person, whatever the model
        guessed (the list leaves out given names that are also places or common words: "Noël")."""
        doc = ent.doc
        return len(ent) == 1 and ent[0].is_title and ent[0].norm_ in self.first_names and not (
            ent.end < len(doc) and is_name_token(doc[ent.end].text)
        )

    def _named_after_role(self, ent: Span) -> bool:
        """"le gouverneur de la province, Brahim Oulkadi, a inauguré": two to four name words in apposition
        right after a role phrase are a person, whatever their sound."""
        doc = ent.doc
        if not 2 <= len(ent) <= 4 or ent.start < 2 or doc[ent.start - 1].text != ",":
            return False
        if ent.end < len(doc) and doc[ent.end].text not in (",", ".", ";", "a", "qui"):
            return False
        if not all((t.is_alpha and t.text[:1].isupper()) or t.norm_ in self.particles for t in ent):
            return False
        if any(t.norm_ in self.heads for t in ent):
            return False
        for token in reversed(doc[max(0, ent.start - 12) : ent.start - 1]):
            if token.text in (",", ".", ";", ":", "«", "»") or token.is_sent_start:
                return False
            if token.is_lower and token.norm_ in self.role_heads:
                return True
        return False

    def _after_org_role(self, ent: Span) -> bool:
        """"le directeur général de Farnelle", "la présidente de la Corvane": a role in an organisation."""
        doc, i = ent.doc, ent.start - 1
        if i >= 0 and doc[i].norm_ in self.articles:
            i -= 1
        if i < 1 or doc[i].norm_ not in self.complements:
            return False
        role = doc[i - 1]
        if role.norm_ not in self.org_roles:
            return False
        # "PDG de", and a title glued after a name ("Nadia Roux Directrice de X", a photo caption)
        return role.is_lower or role.is_upper or (role.is_title and i >= 2 and doc[i - 2].is_title and doc[i - 2].is_alpha)

    def _company_apposition(self, ent: Span) -> bool:
        """"Valmont, une PME de Lorient", "Corvane, filiale de …": a company noun in apposition
        right after the name (a determiner and two adjectives at most between)."""
        doc, i = ent.doc, ent.end
        if i + 1 >= len(doc) or doc[i].text != ",":
            return False
        if ent.label_ == "LOC" and ent.start > 0 and doc[ent.start - 1].norm_ in self.place_prepositions:
            return False  # "Installée à Casablanca, la filiale …": the subject follows a place
        i += 1
        if doc[i].norm_ in self.articles or doc[i].norm_ in ("un", "une", "son", "sa", "notre"):
            i += 1
        for _ in range(3):
            if i >= len(doc) or not (doc[i].is_lower or doc[i].is_upper):
                return False  # "une PME", "une jeune pousse"
            noun = _compound_noun(doc, i)
            if noun in self.apposition_nouns or (ent.label_ != "PER" and noun in self.apposition_nouns_not_person):
                return True  # "Xylowatt, spécialiste bordelais des chaudières": not said of a person here
            if not (doc[i].is_alpha and self.lexicon.is_known_adjective(doc[i].text)):
                return False
            i += 1
        return False

    def _company_subject(self, ent: Span) -> bool:
        """"Olivia Tech, qui conçoit des capteurs", "Ostrava Labs développe des capteurs": the
        subject of a company verb with its object is a company. Only the model's guesses that are
        no known name: a place in a relative clause ("Vierzon développe des zones d'activités" is
        the town), a "thing" (MISC) also as a plain subject; never a person ("Martin, qui conçoit
        des jardins")."""
        if ent.label_ not in ("LOC", "MISC") or ent.kb_id_:
            return False
        doc, i = ent.doc, ent.end
        if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].norm_ == "qui":
            i += 2
        elif ent.label_ == "LOC":
            return False
        return i + 1 < len(doc) and doc[i].norm_ in self.company_verbs and doc[i].is_lower and (
            doc[i + 1].norm_ in _OBJECT_OPENERS
        )

    def _abstract_tail(self, ent: Span) -> bool:
        """"Mer Atlantique Innovation", "Loire Transition": capitalised words closed by an abstract
        noun ("-tion", "-ité", "-ment") name a body, not a place ("Place de la Libération", with its
        links, stays a place)."""
        if ent.label_ not in ("LOC", "MISC") or len(ent) < 2:
            return False
        if not all(t.is_alpha and t.is_title for t in ent) or ent[0].norm_ in self.articles:
            return False  # "Radie-Cité", "La Grande Illusion": a compound or a title, not this shape
        last = ent[-1].text
        return last.lower().endswith(self.lexicon.common_endings) and "noun" in self.lexicon.classes(last) and not (
            self.lexicon.is_known_adjective(last.lower())
        )

    def _untagged_after_org_role(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """"le fondateur de Kovalis" where the model skipped "Kovalis" but tagged it elsewhere in the
        text: this occurrence is added as an organisation (and the consistency step follows it)."""
        seen = {fold(s.text) for s in ents.values()}
        covered = {i for start, end in ents for i in range(start, end)}
        norms = [t.norm_ for t in doc]
        for i in range(2, len(doc)):
            if norms[i - 1] not in self.complements and norms[i - 1] not in self.articles:
                continue  # cheap test first: most tokens follow no "de"
            if i in covered or not is_name_token(doc[i].text):
                continue
            end = self._name_run_end(doc, i)
            if end == i or fold(doc[i:end].text) not in seen or any(j in covered for j in range(i, end)):
                continue
            span = doc[i:end]
            if self._after_org_role(span) and not self.person_shaped(span):
                _add_org(doc, i, end, ents, priority)
                covered.update(range(i, end))

    def _named_after_org_nouns(self, doc: Doc) -> list[tuple[int, int]]:
        """Name runs right after a company noun, or after one and a list marker ("dont", "comme")."""
        found: list[tuple[int, int]] = []
        norms = [t.norm_ for t in doc]
        for i, norm in enumerate(norms):
            if i and norms[i - 1] in self.articles and norm.endswith(self.demonym_endings) and (
                self._nationality_noun(doc, i) and not self._sports_report(doc)
            ):
                found.extend(self._name_list(doc, i + 1, False))  # "l'américain General Electric"
                continue
            if norm not in self.org_nouns and norm not in self.compound_starts:
                continue  # cheap test first
            token, noun = doc[i], _compound_noun(doc, i)
            if noun not in self.org_nouns or not (token.is_lower or token.is_upper):
                continue
            if noun in self.org_nouns_after and not (i and norms[i - 1] in self.org_nouns_after[noun]):
                continue  # "il pousse X à …" is a verb; "la jeune pousse X" a company
            if i > 1 and norms[i - 1] in self.complements and norms[i - 2] in self.role_heads:
                continue  # "le chef de groupe Jean Dupont": a rank, not a company
            first = i
            if noun != token.norm_:
                i += 2  # "start - up" is three tokens ("sous-traitant" is one: its name starts right after)
            j = self._skip_descriptors(doc, i + 1)
            if j + 1 < len(doc) and norms[j] in ("de", "d'") and doc[j + 1].is_lower and doc[j + 1].is_alpha:
                # "le site d'information Les Jours", "l'agence de presse Reuters", "la société de
                # robotique agricole Vignatek": a domain and its adjectives
                j = self._skip_descriptors(doc, j + 2)
            after_marker = self._marker_end(doc, j)
            if after_marker is None and noun.endswith(("s", "x", "-up")) and j + 1 < len(doc) and doc[j].text == "," and (
                first > 0 and norms[first - 1] not in self.articles and is_name_token(doc[j + 1].text)
            ):  # "deux de ses start-up, Fesnova et Medinalab": the list in apposition
                after_marker = j + 1
            if after_marker is None:  # "des entreprises membres, dont": a few words, then a marker
                k = j
                while k < len(doc) and k - i <= 5 and (doc[k].is_lower or doc[k].text == ","):
                    after_marker = self._marker_end(doc, k)
                    if after_marker is not None:
                        break
                    k += 1
            plural = after_marker is not None or noun.endswith(("s", "x"))
            found.extend(self._name_list(doc, after_marker if after_marker is not None else j, plural))
        return found

    def _sports_report(self, doc: Doc) -> bool:
        """Three different match words: a sports report (its clubs are named by their city)."""
        return len({t.norm_ for t in doc if t.norm_ in self.sport_cues}) >= 3

    def _nationality_noun(self, doc: Doc, i: int) -> bool:
        """"l'américain X", "le chinois X": in the press a lower-case nationality used as a noun
        names a company ("le Français X", capitalised, is a person). Not in a sports report,
        where "le gardien X" (a word of the same shape) names a player."""
        token = doc[i]
        return (
            token.is_lower and token.is_alpha and 0 < i < len(doc) - 1
            and doc[i - 1].norm_ in self.articles and is_name_token(doc[i + 1].text)
            and self.lexicon.is_demonym(token.text.capitalize())
        )

    def _skip_descriptors(self, doc: Doc, j: int) -> int:
        """Past up to three lower-case adjectives ("l'équipementier toulousain X"); an unknown
        lower-case word right before a name is a rare demonym too ("l'entreprise oujdie X")."""
        for _ in range(3):
            if j >= len(doc):
                break
            token = doc[j]
            if not (self._descriptor(token) or (
                token.is_alpha and token.is_lower and j + 1 < len(doc) and is_name_token(doc[j + 1].text)
                and len(token.text) > 3 and token.norm_ not in self.lexicon.clause_words
                and token.text not in self.lexicon.name_links and not self.lexicon.is_common_word(token.text)
            )):
                break
            j += 1
        return j

    def _descriptor(self, token: Token) -> bool:
        text, norm = token.text, token.norm_
        return text.isalpha() and text.islower() and (
            norm in self.inner_lowercase or text.endswith(self.descriptor_suffixes)
            or self.lexicon.is_known_adjective(text)  # "les compagnies pétrolières X, Y et Z"
        )

    def _marker_end(self, doc: Doc, i: int) -> int | None:
        """Index after a list marker starting at i ("parmi lesquels"), skipping a comma before it."""
        if i < len(doc) and doc[i].text == ",":
            i += 1
        if i >= len(doc) or doc[i].norm_ not in self.marker_starts:
            return None
        for marker in self.markers:
            if tuple(t.norm_ for t in doc[i : i + len(marker)]) == marker:
                return i + len(marker)
        return None

    def _name_list(self, doc: Doc, i: int, plural: bool) -> list[tuple[int, int]]:
        runs: list[tuple[int, int]] = []
        while True:
            end = self._name_run_end(doc, i)
            if end == i:
                return runs
            if not self.person_shaped(doc[i:end]):
                runs.append((i, end))
            if not plural:
                return runs
            i = end
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i < len(doc) and doc[i].norm_ in ("et", "ou"):
                i += 1
            elif i == end or i >= len(doc) or doc[i - 1].text != ",":
                return runs

    def _name_run_end(self, doc: Doc, i: int) -> int:
        end = i
        if i + 1 < len(doc) and doc[i].text in self.lexicon.capitalised_articles and is_name_token(doc[i + 1].text):
            end = i + 1  # a title after a media noun keeps its article: "le site Les Jours"
        while end < len(doc) and end - i < 6:
            token = doc[end]
            if is_name_token(token.text) and token.norm_ not in self.edge_words:
                end += 1
            elif end > i and token.norm_ in self.run_connectors:
                k = end + 1
                if k < len(doc) and token.norm_ in self.lexicon.de_forms and doc[k].norm_ in self.articles:
                    k += 1  # "La Voix de l'Est"
                if not (k < len(doc) and is_name_token(doc[k].text) and doc[k].norm_ not in self.edge_words):
                    break
                end = k  # "Crédit of Atlas", "Sardines du Nord"
            else:
                break
        return end

    def _enumerations(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """"Corvane, Halbrit et Brossard": in a list of three or more names where organisations are
        the majority, the model's people and places are organisations too."""
        ordered = sorted(ents.values(), key=lambda s: s.start)
        lists: list[list[Span]] = [[ordered[0]]] if ordered else []
        for prev, ent in zip(ordered, ordered[1:]):
            between = [t.norm_ for t in doc[prev.end : ent.start]]
            # "de Corvane, de Halbrit et de Brossard", "Corvane, le Cluster Halbrit et Brossard"
            if between and (between[-1] in self.complements or between[-1] in self.articles):
                between = between[:-1]
            if between in ([","], ["et"], ["ou"], [",", "et"], [",", "ou"]):
                lists[-1].append(ent)
            else:
                lists.append([ent])
        for items in lists:
            orgs = sum(1 for s in items if s.label_ == "ORG")
            if len(items) < 3 or orgs < 2 or orgs * 2 <= len(items):
                continue
            for span in items:
                key = (span.start, span.end)
                if span.label_ in ("PER", "LOC") and priority.get(key, MODEL) <= MODEL:
                    if not self.person_shaped(span):
                        ents[key] = _relabel(span, "ORG", priority)

    def _events(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """"au salon BIO Europe", "le forum Africa Industry": the model's name is an event."""
        for key, span in list(ents.items()):
            before = doc[span.start - 1] if span.start > 0 else None
            if before is not None and before.is_lower and before.norm_ in self.event_nouns:
                if priority.get(key, MODEL) <= MODEL and span.label_ != "MISC":
                    ents[key] = _relabel(span, "MISC", priority)

    def _clubs(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """A sports report names its clubs by their city ("contre Valmont", "à trois points de
        Brenne", "Valmont s'impose"): there, the model's place or person is the club (ORG)."""
        if not self._sports_report(doc):
            return
        norms = [t.norm_ for t in doc]
        team_sport = len({norm for norm in norms if norm in self.team_cues}) >= 2  # two different cues
        for key, span in list(ents.items()):
            if priority.get(key, MODEL) > MODEL or self.person_shaped(span):
                continue
            if span.label_ != "LOC" and not (span.label_ == "PER" and len(span) == 1 and team_sport):
                continue
            before = any(tuple(norms[max(0, span.start - len(m)) : span.start]) == m for m in self.opponent_markers)
            after = any(tuple(norms[span.end : span.end + len(m)]) == m for m in self.winner_markers)
            if before or (after and span.label_ == "LOC"):  # "X a battu": a boxer too
                ents[key] = _relabel(span, "ORG", priority)

    def _national_subsidiaries(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """"Valtronic Maroc": an organisation then a country, with nothing between, is one name;
        the model's "person" ending on a country and opening on no given name is one too."""
        for key, span in list(ents.items()):
            if span.label_ in ("PER", "LOC") and len(span) >= 2 and priority.get(key, MODEL) <= MODEL and (
                span[0].norm_ not in self.first_names
                and any(fold(span[k:].text) in self.country_suffixes and (
                    # "Orabank Côte d'Ivoire": a place only after name words the lexicon does not know
                    span.label_ == "PER" or self._proper_opening(span[:k])
                ) for k in range(1, len(span)))
            ):
                ents[key] = _relabel(span, "ORG", priority)
        covered = {i for start, end in ents for i in range(start, end)}
        for key, place in list(ents.items()):
            i = key[0] - 1  # "un accord avec Ivobank Côte d'Ivoire": the model saw only the country
            if place.label_ != "LOC" or i < 1 or i in covered or fold(place.text) not in self.country_suffixes:
                continue
            word = doc[i]
            classes = self.lexicon.classes(word.text)
            # a common noun may name a firm ("Orange Côte d'Ivoire"); an adjective or a verb, no ("Haute …")
            if not (word.is_alpha and word.is_title and len(word) > 2) or (classes and "noun" not in classes):
                continue
            before = doc[i - 1]
            if before.text in self.lexicon.sentence_openers or before.is_space or before.is_title or (
                word.norm_ in self.first_names or self.lexicon.is_demonym(word.text)
            ):
                continue
            del ents[key]
            priority.pop(key, None)
            ents[(i, key[1])] = Span(doc, i, key[1], label="ORG")
            priority[(i, key[1])] = RULE
        by_start = {key[0]: key for key in ents}
        covered = {i for start, end in ents for i in range(start, end)}
        for key, org in list(ents.items()):
            if org.label_ != "ORG" or key not in ents:
                continue
            nxt = by_start.get(org.end)
            merged: tuple[tuple[int, int], ...]
            if nxt is not None:  # "Valtronic Maroc": the country tagged as a place
                if nxt not in ents or ents[nxt].label_ != "LOC" or fold(ents[nxt].text) not in self.country_suffixes:
                    continue
                end, merged = nxt[1], (key, nxt)
            else:  # "Renault Maroc et l'Université X ont signé": the model tagged the firm, not its country
                length = self._untagged_country_after(doc, org, covered)
                if not length:
                    continue
                end, merged = org.end + length, (key,)
            for old in merged:
                del ents[old]
                priority.pop(old, None)
            ents[(org.start, end)] = Span(doc, org.start, end, label="ORG")
            priority[(org.start, end)] = RULE


    def _untagged_country_after(self, doc: Doc, org: Span, covered: set[int]) -> int:
        """How many tokens right after the organisation spell a country no entity holds (0 if none)."""
        if not doc[org.end - 1].whitespace_ or doc[org.end - 1].is_punct:
            return 0
        for length in (3, 2, 1):
            end = org.end + length
            if end <= len(doc) and not covered & set(range(org.end, end)) and doc[org.end].is_title \
                    and fold(doc[org.end:end].text) in self.country_suffixes:
                return length
        return 0

    def _proper_opening(self, words: Span) -> bool:
        """The words before the country are separate names the lexicon does not know ("Orabank"),
        not "Afrique", "Nord", "Nouvelle", a place word or a hyphenated compound ("Île-de-France")."""
        return bool(words[-1].whitespace_) and all(
            t.is_alpha and t.is_title and len(t) > 2 and not self.lexicon.classes(t.text)
            and fold(t.text) not in self.country_suffixes and t.text not in self.lexicon.cardinal_points
            for t in words
        )

    def _post_headers(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """"Thésame · Réseau d'entreprises · 4 100 abonnés": a social post's header names the
        organisation that writes it (a person's header opens on a given name and is left alone)."""
        text = doc.text  # spaCy joins every token's text at each read: once per document
        for i in _line_starts(doc):
            if i >= len(doc):
                continue
            line_end = text.find("\n", doc[i].idx)
            header = _POST_HEADER.match(text, doc[i].idx, line_end if line_end >= 0 else len(text))
            if header is None or doc[i].norm_ in self.first_names:
                continue
            span = doc.char_span(header.start(1), header.end(1), label="ORG")
            if span is None or any(priority.get(k, MODEL) > MODEL for k in ents if k[0] < span.end and span.start < k[1]):
                continue
            for key in [k for k in ents if k[0] < span.end and span.start < k[1]]:
                del ents[key]
                priority.pop(key, None)
            ents[(span.start, span.end)] = span
            priority[(span.start, span.end)] = RULE

    def _carnet_headings(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """"TECHNOPARK DE RABAT - Hassan Naciri a quitté …": a nominations column's item opens on its
        organisation in capitals and a dash, then the person; the model runs them into one name, or
        misses the person. The capitals holding an organisation's head word are that organisation."""
        for i in _line_starts(doc):
            if i >= len(doc) or not (doc[i].is_upper and _capital_word(doc[i].text)):
                continue
            end = i
            while end < len(doc) and end - i < 8 and (
                (doc[end].is_upper and _capital_word(doc[end].text.replace("'", "").replace("’", "")))
                or (doc[end].text == "-" and end > i and not doc[end - 1].whitespace_)
            ):
                end += 1
            if end + 2 >= len(doc) or doc[end].text not in ("–", "—", "-") or not doc[end - 1].whitespace_:
                continue
            run_in = any(k[0] <= i and end < k[1] for k in ents)  # the model read "MEDZ - Meryem Ouazzani" as one
            if not (any(t.norm_ in self.heads for t in doc[i:end]) or (run_in and end - i == 1)):
                continue
            person = end + 1
            if not (doc[person].is_title and doc[person + 1].is_title and doc[person].norm_ not in self.heads
                    and not self.lexicon.is_common_word(doc[person].text)):
                continue
            person_end = person + 2
            while person_end < len(doc) and person_end - person < 4 and doc[person_end].is_title \
                    and not doc[person_end - 1].text.endswith(","):
                person_end += 1
            overlapping = [k for k in ents if k[0] < person_end and i < k[1]]
            # a rule's name inside the capitals stays (it is the organisation); one over the person wins
            if any(priority.get(k, MODEL) > MODEL and not (k[0] <= i and end < k[1]) and not (i <= k[0] and k[1] <= end)
                   for k in overlapping):
                continue
            for key in overlapping:
                del ents[key]
                priority.pop(key, None)
            if not (end - i == 1 and self.lexicon.is_common_word(doc[i].text.lower())):
                ents[(i, end)] = Span(doc, i, end, label="ORG")  # (not a round-up's rubric: "SUBVENTION - Nautic Green …")
                priority[(i, end)] = RULE
            ents[(person, person_end)] = Span(doc, person, person_end, label="PER")
            priority[(person, person_end)] = RULE

    def _datelines(self, doc: Doc, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
        """"GENÈVE – L'office …", "SAINT-LOUIS (AFP) -", "GRENOBLE. Douze …", "TANGER, 20 FÉVRIER.": a
        paragraph opening on a name in capitals and a dash, a bracket, a full stop or a comma and a day
        is a dateline, the place the story is filed from ("EXCLUSIF –", "VIDÉO -", common words, are not)."""
        for i in _line_starts(doc):
            if i >= len(doc) or not (doc[i].is_upper and _capital_word(doc[i].text)):
                continue
            end = i
            while end < len(doc) and end - i < 5 and (
                (doc[end].is_upper and _capital_word(doc[end].text))
                or (doc[end].text == "-" and end > i and not doc[end - 1].whitespace_)
            ):
                end += 1
            if end >= len(doc) or doc[end].text not in ("–", "—", "-", "(", ".", ",") or doc[end - 1].text == "-":
                continue
            if doc[end].text == "," and not (end + 1 < len(doc) and doc[end + 1].text[:1].isdigit()):
                continue  # "TANGER, 20 FÉVRIER.": an agenda item's place and day
            words = [w for t in doc[i:end] for w in t.text.split("-") if w.isalpha()]
            if sum(len(w) for w in words) < 3:
                continue
            if doc[end].text == "." and not (  # "GRENOBLE. Douze millions …": a town's name, not an acronym
                    end + 1 < len(doc) and doc[end + 1].is_title and (
                        (sum(len(w) for w in words) >= 5 and (i, end) in ents and priority.get((i, end), MODEL) <= MODEL)
                        # the article's first words: "LYON. La start-up …", "LE BOURGET-DU-LAC. Solaïs …" (the model
                        # may have cut the town in two, or typed it an organisation)
                        or (i == 0 and sum(len(w) for w in words) >= 4
                            and all(priority.get(k, MODEL) <= MODEL for k in ents if k[0] < end and i < k[1])))):
                continue
            overlapping = [k for k in ents if k[0] < end and i < k[1]]
            if all(self.lexicon.is_common_word(w.capitalize()) or w in self.lexicon.acronym_stop for w in words):
                for key in overlapping:  # a heading word ("EXCLUSIF –") is no name either
                    if key == (i, end) and priority.get(key, MODEL) <= MODEL:
                        del ents[key]
                    elif key[0] == i and key[1] > end + 1 and priority.get(key, MODEL) <= MODEL:
                        # "COMMUNIQUÉ - Thiès, le 14 janvier": the model ran the heading into the place after it
                        span = ents.pop(key)
                        priority.pop(key, None)
                        place = key[1] < len(doc) and doc[key[1]].text == ","
                        ents[(end + 1, key[1])] = Span(doc, end + 1, key[1], label="LOC" if place else span.label_)
                        priority[(end + 1, key[1])] = RULE
                continue
            if any(priority.get(k, MODEL) > MODEL for k in overlapping):
                continue
            for key in overlapping:
                del ents[key]
                priority.pop(key, None)
            ents[(i, end)] = Span(doc, i, end, label="LOC")
            priority[(i, end)] = RULE


# What opens the object of a company verb ("développe des peintures", "conçoit un capteur").
_OBJECT_OPENERS = frozenset({"des", "de", "d'", "du", "un", "une", "la", "le", "les", "l'", "ses", "son", "sa", "leurs"})


# a post's header: its writer's name, a bullet, its kind, a bullet, its followers
_POST_HEADER = re.compile(r"([A-ZÀ-Ý][\w'’&.-]*(?: [\w'’&.-]+){0,5}?)\s*[·•|]\s*[^\n]{0,80}?\babonné(?:e)?s\b")


def _line_starts(doc: Doc) -> list[int]:
    """The first token and those after a space token holding a line break (spaCy keeps any
    whitespace but one space as a token); found in C, not token by token."""
    starts = [0]
    if len(doc):
        starts += [int(j) + 1 for j in numpy.flatnonzero(doc.to_array(IS_SPACE)) if "\n" in doc[int(j)].text]
    return starts


def _capital_word(text: str) -> bool:
    """"GENÈVE", "SAINT-ÉTIENNE", "LE": letters, hyphens inside."""
    return text.replace("-", "").isalpha() and not text.startswith("-")


def _compound_noun(doc: Doc, i: int) -> str:
    """"start-up" is tokenised "start", "-", "up": the noun is read whole."""
    if i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        return f"{doc[i].norm_}-{doc[i + 2].norm_}"
    return doc[i].norm_


def _relabel(span: Span, label: str, priority: Priority) -> Span:
    priority[(span.start, span.end)] = RULE
    return Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id)


def _add_org(doc: Doc, start: int, end: int, ents: dict[tuple[int, int], Span], priority: Priority) -> None:
    """The run, grown to whole hyphenated words, becomes an organisation unless a trusted name overlaps it."""
    start, end = compound_bounds(doc, start, end)
    overlapping = [k for k in ents if k[0] < end and start < k[1]]
    for key in overlapping:
        inner_place = ents[key].label_ == "LOC" and start <= key[0] and key[1] <= end and key != (start, end)
        if priority.get(key, MODEL) > MODEL and not inner_place:
            return  # a trusted name stands; a known place inside the run does not ("Agadir Fresh Foods")
    for key in overlapping:
        del ents[key]
        priority.pop(key, None)
    ents[(start, end)] = Span(doc, start, end, label="ORG")
    priority[(start, end)] = RULE
