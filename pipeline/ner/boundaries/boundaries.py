"""`veille_boundaries`: repairs the edges of the statistical model's entities.

fr_core_news_md keeps articles and prepositions ("l'Europe", "Selon Karim Alaoui"), trailing
punctuation, and splits head-led names at a connector ("Groupement des Industries Navales" +
"et" + "Portuaires"). Edge words and heads come from the shared lexicon; the administrative
nouns a place never opens on are this component's data (`models/rules/place_generics.txt`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.ner.lexicon import FrenchLexicon
from pipeline.text import fold

_TRADE_ENDINGS = ("ier", "eur", "iste")
# "de la Banque européenne d'investissement l'an dernier": a time phrase the model ran into the name
_TRAILING_TIME = re.compile(r"(?:l[’']\s*an|l[’']\s*annee|le mois|la semaine)\s+(?:dernier|derniere|passe|passee|prochain|prochaine)"
                            r"|cette annee|ce mois-ci|hier|aujourd[’']hui")
_SEPARATORS = frozenset({"|", "•", "·", "/", "\\", "»", "«", ":", ";", "(", ")", "[", "]"})


class Boundaries:
    """Strips edge words and joins a head-led name cut at a connector."""

    def __init__(self, lexicon: FrenchLexicon, place_generics: frozenset[str]) -> None:
        self.lexicon = lexicon
        self.edge_words = lexicon.edge_words
        self.place_generics = place_generics
        self.heads = lexicon.leading_heads
        # "toulousain", "nantaise", "oujdie", "fassi": adjectives of origin, Maghrebi ones in -i/-ie
        self._demonym_endings = (*lexicon.demonym_endings, "i", "ie")

    def __call__(self, doc: Doc) -> Doc:
        pieces = [piece for ent in doc.ents for line in _split_at_line_breaks(ent) for wired in _split_after_agency(line)
                  for dated in _split_at_dateline(wired, self.lexicon.first_names) for held in _split_at_venue(dated, self.lexicon.gathering_kinds)
                  for cut in _split_at_sentence_end(held, self.lexicon.capitalised_articles)
                  for piece in self._split_column_item(cut)]
        stripped = [_dateline_place(s) for s in (self._strip(ent) for ent in pieces) if s is not None]
        doc.ents = self._with_cardinal_points(doc, self._join(doc, stripped))
        return doc

    def _with_cardinal_points(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Europe du Sud", "Afrique de l'Ouest", "Nord de l'Afrique": one place."""
        out: list[Span] = []
        for ent in ents:
            if ent.label_ == "LOC":
                start, end = ent.start, ent.end
                after = self._cardinal_after(doc, end)
                before = self._cardinal_before(doc, start)
                if after or before:
                    ent = Span(doc, before or start, after or end, label="LOC")
            if out and ent.start < out[-1].end:
                if len(ent) > len(out[-1]):
                    out[-1] = ent
                continue
            out.append(ent)
        if not _any_overlap(out):
            return out  # (the usual case, checked in n log n: no span can hold another)
        return [e for e in out if not any(o is not e and o.start <= e.start and e.end <= o.end and o.label_ == "LOC" for o in out)]

    def _cardinal_after(self, doc: Doc, end: int) -> int | None:
        if end < len(doc) and doc[end].text in self.lexicon.area_adjectives and doc[end - 1].is_title:
            return end + 1  # "Afrique subsaharienne", "Amérique latine": one area
        if doc[end - 1].text in self.lexicon.cardinal_points and end - 1 >= 0:
            j = end + (2 if doc[end : end + 2].text in ("de l'", "de l’", "de la") else 1)
            if doc[end : end + 1].text in ("du", "de") or j == end + 2:
                k = j
                while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
                    k += 1
                if k > j:
                    return k  # "Nord de l'Afrique", "Sud du Maroc"
        words = [t.text for t in doc[end : end + 3]]
        if len(words) >= 2 and words[0] == "du" and words[1] in self.lexicon.cardinal_points:
            return end + 2
        if len(words) == 3 and words[0] == "de" and words[1] in ("l'", "l’") and words[2] in self.lexicon.cardinal_points:
            return end + 3
        return None

    def _cardinal_before(self, doc: Doc, start: int) -> int | None:
        if start >= 3 and doc[start - 1].text in ("l'", "l’") and doc[start - 2].text == "de":
            if doc[start - 3].text in self.lexicon.cardinal_points:
                return start - 3
        if start >= 2 and doc[start - 1].text == "du" and doc[start - 2].text in self.lexicon.cardinal_points:
            return start - 2
        return None

    def _strip(self, ent: Span) -> Span | None:
        start, end = ent.start, ent.end
        # "Samira El Fassi | Enfin": a separator ends a name (comment and byline layouts).
        cut = next((t.i for t in ent[1:] if t.text in _SEPARATORS or self._spaced_dash(t)), None)
        if cut is not None:
            end = cut
        while start < end and (self._is_edge(ent.doc[start], leading=True) or _bullet(ent.doc[start])):
            start += 1  # (and "▪ Mehdi Lahlou": a list's bullet opens no name)
        # "région Grand Est", "ville de Rabat": a place never opens on an administrative noun.
        while ent.label_ == "LOC" and start < end and (
            (ent.doc[start].is_lower and ent.doc[start].norm_ in self.place_generics)
            or self._is_edge(ent.doc[start], leading=True)
        ):
            start += 1
        # "Cité des arts pour ses": a lower-case determiner, then the edge words before it, close no name
        while end > start and (self._is_edge(ent.doc[end - 1], leading=False)
                               or (ent.doc[end - 1].is_lower and ent.doc[end - 1].norm_ in self.lexicon.closing_determiners)):
            end -= 1
        end = _before_trailing_time(ent.doc, start, end)
        # "la jeune pousse nantaise Ondalys", "l'entreprise oujdie Solarka": a lower-case adjective
        # of origin before the name is no part of it.
        while start < end - 1 and self._leading_descriptor(ent.doc[start]) and ent.doc[start + 1].text[:1].isupper():
            start += 1
        # "le câblier Tunicab", "l'équipementier Kromberg": a lower-case trade noun is no part of a
        # firm's name (a person's title stays: "docteur Funck")
        while ent.label_ != "PER" and start < end - 1 and self._leading_trade_noun(ent.doc[start]) \
                and ent.doc[start + 1].text[:1].isupper():
            start += 1
        if start == end:
            return None
        if (start, end) == (ent.start, ent.end):
            return ent
        return Span(ent.doc, start, end, label=ent.label, kb_id=ent.kb_id)

    def _leading_descriptor(self, token: Token) -> bool:
        text, norm = token.text, token.norm_
        if not (token.is_lower and token.is_alpha) or norm in self.heads or norm in self.lexicon.particles:
            return False
        if norm in self.lexicon.name_links or norm in self.lexicon.clause_words or len(text) < 4:
            return False
        if norm in self.lexicon.role_heads or not text.endswith(self._demonym_endings):
            return False  # "capitaine Sadoul", "madame Thomas", "canal X": titles and nouns stay
        classes = self.lexicon.classes(text)
        return not classes or bool({"adj", "adj-form"} & classes)

    def _leading_trade_noun(self, token: Token) -> bool:
        """An agent noun of a trade (-ier, -eur, -iste) that is neither a head of names ("groupe",
        "incubateur") nor a role ("directeur", "trésorier")."""
        norm = token.norm_
        if not (token.is_lower and token.is_alpha) or norm in self.heads or norm in self.lexicon.particles \
                or norm in self.lexicon.role_heads or norm in self.lexicon.name_links:
            return False
        return token.text.endswith(_TRADE_ENDINGS) and "adj-form" not in self.lexicon.classes(token.text)

    def _spaced_dash(self, token: Token) -> bool:
        """"Leila Ben Salah - Publié le …": a dash with spaces around it, then a common word,
        separates; a glued hyphen ("Aix-Marseille") or an OCR-spaced one before a name joins."""
        doc, i = token.doc, token.i
        if token.text not in ("-", "–", "—") or not token.whitespace_ or i == 0 or not doc[i - 1].whitespace_:
            return False
        after = doc[i + 1].text if i + 1 < len(doc) else ""
        # "Tunis - La start-up …": a dateline's dash, then an article and a common word
        if after.lower() in ("le", "la", "les", "l'", "l’", "un", "une") and i + 2 < len(doc) and doc[i + 2].is_lower:
            return True
        # "Cotonou - Trois incubateurs …", "Abidjan - Deux PME …": a counted kind, not the name's next word
        if after.lower() in _COUNT_WORDS and i + 2 < len(doc) and (doc[i + 2].is_lower or doc[i + 2].is_upper):
            return True
        return not after[:1].isupper() or self.lexicon.is_common_word(after)

    def _split_column_item(self, ent: Span) -> list[Span]:
        """"Cosmetic Valley - Hélène Marchal est nommée …": a nominations column's item opens its
        paragraph on the organisation, a spaced dash, then the person (a known given name)."""
        doc = ent.doc
        if len(ent) < 4 or (ent.start != 0 and not (doc[ent.start - 1].is_space or "\n" in doc[ent.start - 1].whitespace_)):
            return [ent]
        for t in ent[1:-2]:
            given, surname = doc[t.i + 1], doc[t.i + 2]
            if t.text in ("-", "–", "—") and t.whitespace_ and doc[t.i - 1].whitespace_ \
                    and given.norm_ in self.lexicon.first_names and given.is_title and surname.text[:1].isupper():
                return [Span(doc, ent.start, t.i, label="ORG"), Span(doc, t.i + 1, ent.end, label="PER")]
        return [ent]

    def _is_edge(self, token: Token, *, leading: bool) -> bool:
        text, norm = token.text, token.norm_
        if norm not in self.edge_words:
            return False
        # Capitalised "Le"/"La"/"Les" open place names (Le Havre, La Rochelle): keep them.
        return not (leading and text[:1].isupper() and norm in self.lexicon.place_articles)

    def _join(self, doc: Doc, ents: list[Span]) -> list[Span]:
        joined: list[Span] = []
        for ent in ents:
            prev = joined[-1] if joined else None
            if (
                prev is not None
                and ent.start - prev.end == 1
                and doc[prev.end].norm_ in self.lexicon.joiners
                and prev[0].norm_ in self.heads
                and prev.label_ == "ORG"
            ):
                joined[-1] = Span(doc, prev.start, ent.end, label="ORG")
            elif prev is not None and self._and_of_gap(doc, prev, ent.start) and ent.label_ in ("ORG", "MISC") \
                    and doc[ent.start].text[:1].isupper() and len(ent) <= 3 and ent[0].norm_ not in self.heads:
                # "Ministère de l'Économie de la connaissance et des Start-up": the model cut the name
                # at "et des" and took its last word for another entity (not "… Côte d'Ivoire et de la
                # Société financière internationale": a head opens another organisation)
                joined[-1] = Span(doc, prev.start, ent.end, label="ORG")
            elif prev is not None and ent.start == prev.end and ent.label_ == "PER" and self._sentence_case_org(prev):
                # "Université des sciences et de la technologie Houari-Boumediene": named after a person
                joined[-1] = Span(doc, prev.start, ent.end, label="ORG")
            elif prev is not None and ent.start == prev.end and len(prev) == 1 and prev.label_ == "LOC" \
                    and prev[0].text in _COUNTRIES and ent.label_ in ("ORG", "MISC") and prev[0].whitespace_ == " " \
                    and prev.start > 0 and doc[prev.start - 1].is_lower:
                # "… à Sénégal Céréales Transformation, qui …": a country's name opening a company's,
                # right after a lower-case word (never a sentence's start: "Maroc : X lance …")
                joined[-1] = Span(doc, prev.start, ent.end, label="ORG")
            else:
                joined.append(ent)
        return [self._with_lowercase_conjunct(doc, ent, joined[k + 1].start if k + 1 < len(joined) else len(doc))
                for k, ent in enumerate(joined)] if any(t.norm_ == "et" for t in doc) else joined

    def _sentence_case_org(self, ent: Span) -> bool:
        """A head-led organisation whose name goes on in lower case: "Bourse algérienne de sous-traitance"."""
        return ent.label_ == "ORG" and len(ent) > 2 and ent[0].norm_ in self.heads and ent[-1].is_lower \
            and any(t.norm_ in self.lexicon.de_forms for t in ent[1:])

    def _and_of_gap(self, doc: Doc, prev: Span, start: int) -> bool:
        """Between a head-led "X de Y" organisation and `start`: "et des", "et de la", "et du"."""
        gap = [t.norm_ for t in doc[prev.end:start]]
        return prev.label_ == "ORG" and prev[0].norm_ in self.heads and any(t.norm_ in self.lexicon.de_forms for t in prev[1:]) \
            and len(gap) in (2, 3) and gap[0] == "et" and gap[1] in ("de", "des", "du", "d'") \
            and (len(gap) == 2 or (gap[1] == "de" and gap[2] in ("la", "l'")))

    def _with_lowercase_conjunct(self, doc: Doc, ent: Span, limit: int) -> Span:
        """"Bourse algérienne de sous-traitance et de partenariat": a sentence-case name that the
        model closed before "et de" + one lower-case noun (and its adjective), where punctuation
        or an acronym in parentheses closes the whole."""
        if not self._sentence_case_org(ent):
            return ent
        i = ent.end
        if not (i + 2 < limit and doc[i].norm_ == "et" and doc[i + 1].norm_ in ("de", "des", "du", "d'")):
            return ent
        i += 2 + (doc[i + 2].norm_ in ("la", "l'") and doc[i + 1].norm_ == "de")
        words = 0
        while i < limit and words < 2 and doc[i].is_lower and (doc[i].is_alpha or "-" in doc[i].text) \
                and doc[i].norm_ not in self.lexicon.clause_words and doc[i].norm_ not in self.edge_words:
            i, words = i + 1, words + 1
        closes = i == len(doc) or doc[i].text in (",", ".", ";", ":", "(", ")", "»")
        return Span(doc, ent.start, i, label="ORG") if words and closes else ent


# a column's or a release's rubric before a dateline's dash ("Communiqué - Caen, le 13 février 2029")
_RUBRICS = frozenset({"communique", "agenda", "carnet", "nomination", "nominations", "exclusif", "flash", "breve", "breves",
                      "portrait", "entretien", "tribune", "interview", "annonce", "depeche", "actualite", "actualites"})
# countries whose names open company names ("Maroc Telecom", "Sénégal Céréales Transformation")
_COUNTRIES = frozenset({"Maroc", "Tunisie", "Algérie", "Sénégal", "Mali", "Niger", "Bénin", "Togo", "Cameroun", "Gabon",
                        "Mauritanie", "Égypte", "Egypte", "Libye", "Liban", "France", "Afrique", "Guinée", "Congo"})
_COUNT_WORDS = frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "quinze",
                          "vingt", "trente", "cent", "plusieurs", "quelques", "nombre", "certains", "certaines"})


def _before_trailing_time(doc: Doc, start: int, end: int) -> int:
    """Where the name ends once a lower-case time phrase closing it is cut off ("… l'an dernier")."""
    for cut in range(max(start + 1, end - 4), end):
        tail = doc[cut:end]
        if all(t.is_lower or not t.is_alpha for t in tail) and _TRAILING_TIME.fullmatch(
                tail.text.lower().replace("é", "e")):
            return cut
    return end


def _bullet(token: Token) -> bool:
    """A list's bullet or a symbol ("▪", "►", "✅"): one non-alphanumeric character that is no punctuation of a name."""
    return len(token.text) == 1 and not token.text.isalnum() and token.text not in "&'’.-"


def _split_after_agency(ent: Span) -> list[Span]:
    """"Rabat, 16 juin (MAP) - Omar Benjelloun a été nommé": the model ran a wire's agency, its closing
    bracket and dash into the name after them; the agency and the name are two names."""
    doc = ent.doc
    for t in ent[1:-2]:
        dash, name = doc[t.i + 1], doc[t.i + 2]
        if t.text == ")" and dash.text in ("-", "–", "—") and dash.whitespace_ and name.text[:1].isupper():
            agency = Span(doc, ent.start, t.i, label=ent.label)
            if name.lower_ in _ARTICLES and (name.i + 1 >= ent.end or doc[name.i + 1].is_lower):
                return [agency]  # "(MAP) - La start-up X": an article and a common noun open the story, no name
            return [agency, Span(doc, t.i + 2, ent.end, label=ent.label)]
    return [ent]


_ARTICLES = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des"})


def _dateline_place(ent: Span) -> Span:
    """"Tunis - Le comité de labellisation a attribué …": a short name opening a line before a spaced
    dash and an article is a wire's dateline, a place, whatever type the model gave it (a column's
    organisation is followed by a person: "Vitagora - Lucie Garnier est nommée …")."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "MISC") or len(ent) > 2 or not (ent.start == 0 or "\n" in doc[ent.start - 1].whitespace_
                                                               or doc[ent.start - 1].is_space):
        return ent
    if ent.end + 2 >= len(doc) or doc[ent.end].text not in ("-", "–", "—") or not doc[ent.end].whitespace_ \
            or doc[ent.end + 1].lower_ not in _ARTICLES or not doc[ent.end + 2].is_lower:
        return ent
    return Span(doc, ent.start, ent.end, label="LOC")


def _split_at_venue(ent: Span, gathering_kinds: frozenset[str]) -> list[Span]:
    """"l'Orange Fab Festival à la Maison de l'entreprise", "ses Journées de l'industrie à l'Office des
    foires": the model ran a gathering's name on into the venue after « à la »; a gathering's name
    closes on its kind (or opens on it), the venue is a name of its own."""
    doc = ent.doc
    opens_on_kind = fold(ent[0].lower_) in gathering_kinds  # "Journées de l'industrie électronique à l'Office …"
    for t in ent[1:-1]:
        if t.lower_ not in ("à", "au") or not (opens_on_kind or fold(doc[t.i - 1].lower_) in gathering_kinds):
            continue
        start = t.i + 1 + (doc[t.i + 1].lower_ in ("la", "l'", "l’") and t.lower_ == "à")
        if start < ent.end and doc[start].text[:1].isupper():
            return [Span(doc, ent.start, t.i, label=ent.label), Span(doc, start, ent.end, label="ORG")]
    return [ent]



def _split_at_dateline(ent: Span, first_names: frozenset[str]) -> list[Span]:
    """"Casablanca - La Société d'investissement énergétique (SIE) a pris …": a wire's dateline, a
    spaced dash, then a capitalised article and name: the place, and an organisation's name after it."""
    doc = ent.doc
    if ent.start != 0 and not (doc[ent.start - 1].is_space or "\n" in doc[ent.start - 1].whitespace_
                               or doc[ent.start - 1].is_sent_end):
        return [ent]  # a dateline opens its paragraph
    for t in ent[1:-2]:
        after, name = doc[t.i + 1], doc[t.i + 2]
        if t.text in ("-", "–", "—") and t.whitespace_ and doc[t.i - 1].whitespace_ \
                and after.text in ("La", "Le", "L'", "L’", "Les") and name.text[:1].isupper():
            return [Span(doc, ent.start, t.i, label="LOC"), Span(doc, t.i + 2, ent.end, label="ORG")]
    # "Alger - Sonatrach et l'Agence X ont signé": one capitalised word, the dash, then the name itself
    dash = ent[1] if len(ent) >= 3 else None
    if dash is not None and dash.text in ("-", "–", "—") and fold(ent[0].text).lower() in _RUBRICS:
        return [Span(doc, ent.start + 2, ent.end, label="LOC")]  # "Communiqué - Caen, le 13 février": the rubric, the place
    if dash is not None and dash.text in ("-", "–", "—") and dash.whitespace_ and ent[0].whitespace_ \
            and ent[0].text.istitle() and ent[0].text.replace("-", "").isalpha() and ent[2].text[:1].isupper():
        if ent.label_ == "ORG":
            return [Span(doc, ent.start, ent.start + 1, label="LOC"), Span(doc, ent.start + 2, ent.end, label="ORG")]
        if len(ent) >= 4 and ent[2].norm_ in first_names and all(t.text[:1].isupper() for t in ent[3:]):
            # "Lille - Maud Desrousseaux a été nommée": the dateline's town, then a person
            return [Span(doc, ent.start, ent.start + 1, label="LOC"), Span(doc, ent.start + 2, ent.end, label="PER")]
        if ent.label_ == "LOC" and (len(ent) >= 4 or _one_name_acting(ent)) \
                and all(t.text[:1].isupper() or t.is_digit or t.lower_ in ("d'", "d’") for t in ent[2:]):
            # "Sénégal - Jokkolabs Dakar a obtenu le label": the dateline's place, then the one it tells of
            # ("Grand-Bassam - Orange Côte d'Ivoire a ouvert"; "Casablanca - Souqly, la place de marché …, a levé")
            return [Span(doc, ent.start, ent.start + 1, label="LOC"), Span(doc, ent.start + 2, ent.end, label="ORG")]
    return [ent]


def _one_name_acting(ent: Span) -> bool:
    """"Sousse - Bionoor, qui …" or "Sousse - Bionoor a levé": one word after the dateline's dash,
    then a comma or a lower-case word (a place's two halves, "Casablanca - Settat", run on capitalised
    or end the line)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return len(ent) == 3 and after is not None and (after.text == "," or after.text[:1].islower()) \
        and not ent[2].is_stop and not ent[2].like_num  # "Rabat - Deux jeunes pousses …": no name


def _split_at_sentence_end(ent: Span, capitalised_articles: frozenset[str]) -> list[Span]:
    """"Série B. La start-up": a rubric's word closed by its period and the next sentence's article
    are two pieces (a person's initial stays: "J. Martin"), each judged by the junk filter."""
    if ent.label_ == "PER":
        return [ent]
    cut = next((t.i + 1 for t in ent[:-1] if t.text.endswith(".") and len(t.text) > 1
                and ent.doc[t.i + 1].text in capitalised_articles), None)
    if cut is None:
        return [ent]
    # (the next sentence's piece from its first capitalised word after the article: "La start-up" is none)
    named = next((t.i for t in ent[cut + 1 - ent.start:] if t.text[:1].isupper()), None)
    # (a lone letter before the period is a series' or a rubric's, "Série B.", not a name's end)
    end = cut - 1 if len(ent.doc[cut - 1].text) == 2 and cut - 1 > ent.start else cut
    pieces = [Span(ent.doc, ent.start, end, label=ent.label)]
    return pieces if named is None else [*pieces, Span(ent.doc, named, ent.end, label=ent.label)]


def _split_at_line_breaks(ent: Span) -> list[Span]:
    """"Lions Bleus\nInvaincus", "Tunisie\n\nSfax": a name never runs over a line break; each
    line keeps its piece (the junk filter then judges each one)."""
    breaks = [t.i for t in ent if t.is_space or "\n" in t.whitespace_]
    if not breaks:
        return [ent]
    pieces: list[Span] = []
    start = ent.start
    for b in breaks:
        end = b if ent.doc[b].is_space else b + 1
        if end > start:
            pieces.append(Span(ent.doc, start, end, label=ent.label))
        start = b + 1
    if start < ent.end:
        pieces.append(Span(ent.doc, start, ent.end, label=ent.label))
    return pieces


def _any_overlap(spans: list[Span]) -> bool:
    """Do two of the spans share a token? (a list of thousands of names must not be compared pair by pair)"""
    ordered = sorted((span.start, span.end) for span in spans)
    return any(later_start < end for (_, end), (later_start, _) in zip(ordered, ordered[1:]))
