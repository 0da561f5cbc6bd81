"""`veille_junk`: drops model entities and rule guesses that are not names.

Lone common words the model takes for places ("Maisons", "Région", "Est"), e-mails, URLs,
"Industrie 4.0", all-lower-case words, bare numbers, generic noun phrases ("Conseil régional").
Events ("Salon des Vergers") are kept but relabelled MISC. Its own words are data
(`models/rules/junk_entities.txt`, `event_heads.txt`: `JunkPatterns`); titles, given names and
heads come from the shared lexicon. Gazetteer matches are trusted and never filtered.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.ner.junk.patterns import JunkPatterns
from pipeline.ner.lexicon import FrenchLexicon
from pipeline.ner.spans import RULES_KEY, WEAK_KEY, opens_described_venue
from pipeline.text import fold

# what follows the place of a wire's dateline: a dash, or its day and agency before the dash
_DATELINE_AFTER = re.compile(r"\s+[—–-]\s|,\s*(?:le\s+)?\d{1,2}(?:er)?\s+\w+\.?(?:\s+\d{4})?\s*(?:\([^)]{1,20}\)\s*)?[—–-]\s")
# ", start-up spécialisée …", ", une jeune pousse …": what follows describes a firm (not ", l'entreprise a …")
_FIRM_APPOSED = re.compile(r",\s+(?:une\s+)?(?:start-?up|jeune pousse|soci[ée]t[ée]|entreprise|PME|fintech|healthtech|"
                           r"medtech|agritech|biotech|greentech|edtech|foodtech|cleantech)\b")


class JunkFilter:
    """Keeps only spans that look like names."""

    def __init__(self, lexicon: FrenchLexicon, patterns: JunkPatterns) -> None:
        self.lexicon = lexicon
        self.junk = patterns.junk_entities
        self.event_heads = patterns.event_heads
        self.particles = lexicon.particles
        self.acronym_stop = lexicon.acronym_stop
        self.heads = lexicon.leading_heads
        self.role_heads = lexicon.role_heads
        self.first_names = lexicon.first_names

    def __call__(self, doc: Doc) -> Doc:
        ents = [e for ent in doc.ents for e in self._without_titles(ent)]
        ents = [self._institution(self._defined_body(self._person_after_role(ent))) for ent in ents]
        common = {t.text for t in doc if t.is_lower and t.is_alpha}
        named_inside = {t.text for t in doc if t.text[:1].isupper() and not self._opens_sentence(t)}
        text = doc.text  # spaCy joins every token's text at each read: once per document
        doc.ents = [
            self._event_as_misc(ent)
            for ent in ents
            if not self.is_junk(ent)
            and not _common_word(ent, common)
            and not self._capitalised_by_position(ent, named_inside, text)
            and not (ent.label_ in ("LOC", "PER") and len(ent) == 1 and self.lexicon.is_demonym(ent.text) and not (
                ent.start > 0 and doc[ent.start - 1].lower_ in ("en", "à")  # "en Lorraine": a region
            ))
        ]
        for key in (RULES_KEY, WEAK_KEY):
            if key in doc.spans:
                doc.spans[key] = [s for s in doc.spans[key] if not self.is_junk(s)]
        return doc

    def _institution(self, span: Span) -> Span:
        """"la Chambre franco-espagnole de commerce et d'industrie": a sentence-case name on an
        institution's head, typed a place by the model, is an organisation (not a generic phrase)."""
        if span.label_ != "LOC" or len(span) < 3 or not span[0].is_title or fold(span[0].lower_) not in self.lexicon.institution_heads \
                or any(t.text[:1].isupper() for t in span[1:]):
            return span
        return Span(span.doc, span.start, span.end, label="ORG", kb_id=span.kb_id)

    def _defined_body(self, span: Span) -> Span:
        """"le Parc des technologies numériques (PTN)": a head-led name in lower case that an acronym
        in brackets defines is an organisation, whatever place the model saw in it."""
        doc = span.doc
        if span.label_ != "LOC" or span[0].norm_ not in self.heads or span.end + 2 >= len(doc):
            return span
        opening, acronym, closing = doc[span.end], doc[span.end + 1], doc[span.end + 2]
        if opening.text == "(" and closing.text == ")" and acronym.is_upper and acronym.is_alpha and len(acronym.text) >= 2:
            return Span(doc, span.start, span.end, label="ORG", kb_id=span.kb_id)
        return span

    def official_pair(self, span: Span) -> bool:
        """"le Conseil fédéral" names one body (see `FrenchLexicon.official_pair`)."""
        doc = span.doc
        texts = [t.text for t in doc[max(0, span.start - 1) : span.end + 1]]
        return span.start > 0 and self.lexicon.official_pair(texts, 1)

    def _opens_sentence(self, token: Token) -> bool:
        """First word of a sentence, a line, a heading or a quotation."""
        i, doc = token.i, token.doc
        if i == 0:
            return True
        before = doc[i - 1]
        return before.is_space or "\n" in before.whitespace_ or before.text in self.lexicon.sentence_openers

    def _capitalised_by_position(self, span: Span, named_inside: set[str], text: str) -> bool:
        """"Décision prise mardi…", "Cliquez ici", "Normalement, …": a common French word
        capitalised only because it opens a sentence or a line, never written capitalised
        elsewhere in the text. Glued page numbers ("219Cette") are read past."""
        first = span[0]
        word = first.text.lstrip("0123456789")
        if not word[:1].isupper() or word.isupper() or not (self._opens_sentence(first) or word != first.text):
            return False
        if first.text in named_inside or first.norm_ in self.first_names or first.norm_ in self.heads:
            return False
        if span.label_ == "LOC" and len(span) == 1 and _DATELINE_AFTER.match(text, span.end_char):
            return False  # "Casablanca - La Société …", "Rabat, 20 janv (MAP) -": a wire's dateline, a place
        if _FIRM_APPOSED.match(text, span.end_char):
            return False  # "Hydrosol, start-up spécialisée dans …": a firm named by a common word
        if any(t.text[:1].isupper() for t in span[1:]):
            return False  # "Place Beauvau", "Cap Ferret": a capitalised word follows
        if self.lexicon.is_common_word(word) or self.lexicon.is_participle(word):
            return True  # "Surpeuplé, le site…"
        after = span.doc[span.end] if span.end < len(span.doc) else None
        # "Poubelles brûlées, vitrines cassées": a plural noun and the participle agreeing with it
        return len(span) == 1 and after is not None and after.is_lower and "noun-form" in self.lexicon.classes(word) and (
            self.lexicon.is_participle(after.text) or self.lexicon.is_known_adjective(after.text)
        )

    def _event_as_misc(self, span: Span) -> Span:
        """"Salon des Vergers", "Forum Atlas Industrie": events are MISC, never organisations."""
        if span.label_ != "MISC" and span[0].norm_ in self.event_heads:
            return Span(span.doc, span.start, span.end, label="MISC", kb_id=span.kb_id)
        return span

    def _without_titles(self, span: Span) -> list[Span]:
        """Titles are a class, not part of a name: "Karim Tazi Ministre de l'Industrie" -> the
        person before the title; "Président de Valmont Agglomération" -> the organisation after
        it; "Secrétaire d'Etat" -> nothing."""
        if span.label_ not in ("PER", "LOC", "ORG"):
            return [span]
        title = next((t.i for t in span if t.text[:1].isupper() and t.norm_ in self.role_heads), None)
        if title is None:
            return [span]
        doc, out = span.doc, []
        if title > span.start and span.label_ == "PER":
            out.append(Span(doc, span.start, title, label="PER"))  # the person before the title
        phrase_end = title + self.lexicon.title_end([fold(t.text_with_ws) for t in doc[title : span.end]])
        if phrase_end < span.end and doc[phrase_end].lower_ in ("au", "aux", "à"):
            return out  # "Secrétaire d'Etat au Commerce extérieur": a portfolio, not a body
        rest = phrase_end
        while rest < span.end and doc[rest].norm_ in self.lexicon.complements | self.lexicon.articles:
            rest += 1
        if rest < span.end and (rest > phrase_end or title == span.start):
            tail = doc[rest : span.end]
            words = [t for t in tail if t.is_alpha]
            if words and not (len(words) == 1 and self.lexicon.is_common_word(words[0].text)):
                label = "ORG" if rest > phrase_end else span.label_  # "Président de X": X is a body
                out.append(Span(doc, rest, span.end, label=label))
        return out

    def _person_after_role(self, span: Span) -> Span:
        """"ministre des Finances Nadia Berrada": the model's span opens on a role; the person
        named at its end is kept ("Nadia Berrada"), the rest is dropped by `is_junk`."""
        if not (span[0].is_lower and span[0].norm_ in self.role_heads):
            return span
        for k in range(1, len(span) - 1):
            tail = span[k:]
            if tail[0].norm_ in self.first_names and all(t.text[:1].isupper() for t in tail):
                return Span(span.doc, tail.start, tail.end, label="PER")
        return span

    def is_junk(self, span: Span) -> bool:
        text = span.text
        if len(text) < 2 or not any(ch.isupper() for ch in text):
            return True
        if fold(text) in self.junk:
            return True
        if len(span) == 1 and text in self.acronym_stop:
            return True  # "AG", "PMA": common French abbreviations, not organisations
        if text[:1].isdigit() and len(span) == 1 and any(ch.islower() for ch in text) and text.lstrip("0123456789")[:1].isupper():
            return True  # "219Cette": a page number glued to a word
        if sum(t.is_lower and t.is_alpha and t.norm_ not in self.particles and not self.lexicon.classes(t.text)
               and t.text not in self.lexicon.name_links and t.norm_ not in self.lexicon.connectors
               and not _in_hyphenated_word(t) for t in span) >= 2:  # "des start-up" is one French noun
            return True  # "The agency has moved mountains": a sentence in another language, not a name
        if span[0].norm_ in _SUBJECT_PRONOUNS and len(span) > 1 and span[1].is_lower:
            return True  # "Nous avons", "Elle annonce" opening a line: a pronoun and its verb
        if span[0].is_lower and span[0].norm_ in self.role_heads:
            return True  # a title, not a name: "ministre de l'Industrie", "président de la République"
        if self._portfolio(span):
            return True  # "le ministre des Finances": a portfolio, not an organisation
        if len(span) == 1 and self._plural_people(span):
            return True  # "les Tchèques", "de nombreux Français": peoples, not places
        head = span[0].norm_
        if len(span) == 2 and (head in self.heads or head[:-1] in self.heads) and self.lexicon.is_adjective(span[1].text):
            if not self.official_pair(span):
                return True  # a generic noun phrase: "Conseil régional", "Clusters marocains"
        if span.label_ == "LOC" and head in self.heads and not any(t.text[:1].isupper() for t in span[1:]) \
                and not opens_described_venue(span.doc, span.start):  # (but "au Musée des civilisations noires")
            return True  # not a place: "Zone de libre-échange continentale africaine"
        if span.label_ == "PER" and any(
            t.is_lower and t.norm_ not in self.particles and not _after_inner_apostrophe(t) for t in span[1:]
        ):
            return True  # "Ingénieure hydraulicienne": people's names are capitalised ("Kerl'han" is one word)
        if len(span) == 1 and text.isupper() and span.end < len(span.doc):
            if span.doc[span.end].text[:1].isdigit():
                return True  # a product or a standard, not an organisation: "TAM 3", "ISO 9001"
        if len(span) == 1 and text.isupper() and self.lexicon.follows_amount(
            [t.text for t in span.doc[max(0, span.start - 2) : span.start + 1]], min(2, span.start)
        ):
            return True  # a unit or a currency: "305 FCFA", "40 millions DH"
        return any(t.like_email or t.like_url for t in span)

    def _portfolio(self, span: Span) -> bool:
        """The capitalised words after "ministre de" ("le ministre de l'Industrie et du Commerce"):
        the ministry itself is "ministère de ..."."""
        doc, i, links = span.doc, span.start - 1, self.lexicon.portfolio_links
        if i < 0 or doc[i].lower_ not in links - {"et", ","}:
            return False  # "le ministre de l'Industrie, Jean Dupont": the person after the portfolio
        while i >= 0 and span.start - i < 15:
            token = doc[i]
            if token.lower_ in self.lexicon.portfolio_roles:
                return doc[i + 1].lower_ in links
            if token.lower_ not in links and not (token.text[:1].isupper() and token.is_alpha):
                return False
            i -= 1
        return False

    def _plural_people(self, span: Span) -> bool:
        """A capitalised plural demonym after a plural determiner ("les Marocains")."""
        text, doc = span.text, span.doc
        return (
            span.start > 0
            and doc[span.start - 1].lower_ in self.lexicon.people_determiners
            and text[:1].isupper()
            and text.isalpha()
            and text.endswith(self.lexicon.people_endings)
        )


def _common_word(span: Span, common: set[str]) -> bool:
    """"Glyphosate : ..." opening a line while the text also writes "le glyphosate": a common
    word capitalised by its position, not a name."""
    text = span.text
    return (
        len(span) == 1
        and text[:1].isupper()
        and not text.isupper()
        and text[1:].islower()
        and text.lower() in common
    )


_SUBJECT_PRONOUNS = frozenset({"je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"})
_INVERTED_PRONOUNS = frozenset({"je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "t", "ce"})


def _in_hyphenated_word(token: Token) -> bool:
    """"start-up", "porte-conteneurs": a part of a word the tokenizer cut at a glued hyphen."""
    doc, i = token.doc, token.i
    if token.norm_ in _INVERTED_PRONOUNS or len(token.text) < 2:
        return False  # "as-tu", "peut-il": a question, not a compound noun
    after = i + 1 < len(doc) and doc[i + 1].text == "-" and not token.whitespace_ and not doc[i + 1].whitespace_
    before = i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    return after or before


def _after_inner_apostrophe(token: Token) -> bool:
    """"han" in "Kerl'han": the tokenizer cut a name at an inner apostrophe (Breton "c'h", Irish
    "O'"); an elision ("l'", "d'", "L'") is not one."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.text[-1:] in ("'", "’") and len(before.text) > 2 and before.text[:1].isupper() and not before.whitespace_
