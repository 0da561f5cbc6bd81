"""`veille_merge`: one set of entities from three sources, with a precedence.

Gazetteer matches (known names) beat shape rules, which beat the statistical model; among the
first two the longer span wins ("Cluster Solaire de Rabat" over "Cluster Solaire"), except that
a generic prefix before a known name is dropped ("le Pôle Azur Valley" -> "Azur
Valley") unless the prefix names a body of its own ("Fondation OCP" is not OCP). Model entities
fill the remaining gaps; single-token shape guesses come last. Every candidate is first grown to
whole hyphenated words (`compound_bounds`), and a known place that only opens or closes the
model's organisation name ("Gabès Agri-Tech") gives way to it. Each entity's source is kept in
`doc._.veille_priority` for the type-consistency step.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from pipeline.ner.lexicon import FrenchLexicon
from pipeline.ner.spans import (
    GAZETTEER,
    GAZETTEER_KEY,
    MODEL,
    RULE,
    RULES_KEY,
    WEAK,
    WEAK_KEY,
    compound_bounds,
    is_name_token,
)
from pipeline.text import fold


class Merge:
    """Writes `doc.ents` from the candidate span groups and the model's entities."""

    def __init__(self, lexicon: FrenchLexicon, branch_acronyms: frozenset[str] = frozenset()) -> None:
        self.branch_acronyms = branch_acronyms
        self.generic = lexicon.leading_heads | lexicon.connectors | lexicon.inner_lowercase
        self.body_heads = lexicon.body_heads
        self.lexicon = lexicon

    def _lowercase_head(self, span: Span) -> bool:
        first = span[0]
        return len(span) > 1 and first.text.islower() and first.norm_ in self.lexicon.leading_heads

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans.get(GAZETTEER_KEY, []))
        model = _branches([self._place_led_company(_whole_words(e), found) for e in doc.ents])
        others = model + list(doc.spans.get(RULES_KEY, []))
        bodies = [e for e in model if self._body_of_known(e, found)]  # "Fondation Attijariwafa bank"
        gazetteer: list[Span] = []
        grown: list[Span] = list(bodies)  # a known name grown or read on is a shape-rule name now
        for g in found:
            if _place_in_name(g, model, self._no_adjective) or any(b.start < g.start and g.end == b.end for b in bodies):
                continue
            g = self._extended(g, model, self.lexicon.trailing_heads)
            if g.label_ == "MISC" and any(r.label_ == "ORG" and (r.start, r.end) == (g.start, g.end)
                                          for r in doc.spans.get(RULES_KEY, [])):
                # "Flat6Labs Beirut" (the model's MISC read on from a known one): a shape rule reads the same
                # words as an organisation, the known one's branch
                g = Span(doc, g.start, g.end, label="ORG")
            complemented = self._complemented(g, model, others)
            if complemented is not None:
                grown.append(complemented)
                continue
            longer = _whole_words(_continued(g, others, found))
            if (longer.start, longer.end) == (g.start, g.end):
                gazetteer.append(g)
            elif longer.start == g.start and self._lowercase_head(g):
                # "le cluster Menara Digital" where "Cluster Menara" is known: another name after a
                # generic noun, the lower-case head is a cue, not part of it
                grown.append(Span(doc, g.start + 1, longer.end, label=longer.label_))
            else:
                grown.append(longer)
        rule_spans = list(doc.spans.get(RULES_KEY, []))
        rules = [
            self._head_opens(_read_back(self._read_on(self._from_place(_whole_words(r), found), model, found, rule_spans),
                                        model), model)
            for r in rule_spans
            if not self._generic_prefix(r, gazetteer) and not _two_complements(r, [*model, *found, *rule_spans])
            and not _named_before_head(r, model)
        ]
        strong = sorted(
            [(s, GAZETTEER) for s in gazetteer] + [(s, RULE) for s in rules + grown],
            key=lambda item: (len(item[0]), item[1]),
            reverse=True,
        )
        taken = [0] * len(doc)
        chosen: list[tuple[Span, int]] = []
        for span, priority in strong:
            if not any(taken[span.start : span.end]):
                self._take(span, priority, taken, chosen)
        for ent in model:
            if not any(taken[ent.start : ent.end]):
                self._take(ent, MODEL, taken, chosen)
        self._add_weak(doc, taken, chosen)
        chosen.sort(key=lambda item: item[0].start)
        chosen = self._with_branch_places(doc, chosen, model)
        chosen = _with_site_place(doc, chosen, self.lexicon.site_nouns)
        chosen = _with_vintage(doc, chosen)
        doc.ents = [span for span, _ in chosen]
        doc._.veille_priority = {(s.start, s.end): p for s, p in chosen}
        return doc

    def _with_branch_places(self, doc: Doc, chosen: list[tuple[Span, int]],
                            model: Sequence[Span]) -> list[tuple[Span, int]]:
        """"CCI de Sfax", "CRI de la Région de l'Oriental", "CCI Nice Côte d'Azur": a network's local
        body is one organisation, its acronym and the place right after it (`branch_acronyms`,
        `models/rules/branch_acronyms.txt`), whichever source named the acronym alone."""
        out: list[tuple[Span, int]] = []
        index = 0
        while index < len(chosen):
            span, priority = chosen[index]
            following = chosen[index + 1][0] if index + 1 < len(chosen) else None
            if span.text in self.branch_acronyms:
                if following is not None and following.label_ == "LOC" and following.start == _place_start(doc, span.end):
                    out.append((Span(doc, span.start, following.end, label="ORG"), priority))
                    index += 2
                    continue
                whole = next((m for m in model if m.start == span.start and m.end > span.end
                              and all(t.is_title or not t.is_alpha or t.is_punct or t.norm_ in self.lexicon.de_forms
                                      or t.norm_ in ("la", "l'") for t in doc[span.end:m.end])
                              and doc[m.end - 1].is_title
                              and (following is None or m.end <= following.start)), None)
                if whole is not None:  # the model read "CCI Nice Côte d'Azur", "CCI de Lyon" whole, as a place
                    out.append((Span(doc, whole.start, whole.end, label="ORG"), priority))
                    index += 1
                    continue
            out.append((span, priority))
            index += 1
        return out

    def _complemented(self, known: Span, model: Sequence[Span], others: Sequence[Span]) -> Span | None:
        """"Ministère de l'Économie de la connaissance et des Start-up" where "Ministère de
        l'Économie" is known: the model's organisation reads a head-led known name on through a
        connector ("de", "et des"), and that longer institution is the one named."""
        doc = known.doc
        if known.label_ == "ORG" and known.end < len(doc) and self._nationality(doc[known.end]):
            # "la Caisse des dépôts et consignations tunisienne": the country's own institution, not the known one
            return next((m for m in model if m.label_ == "ORG" and m.start == known.start and m.end == known.end + 1), None)
        if known.label_ != "ORG" or known[0].norm_ not in self.lexicon.leading_heads \
                or known.end >= len(doc) or doc[known.end].norm_ not in self.lexicon.joiners:
            return None
        # (not over another name: "la Caisse des Dépôts et du fonds Vendée Angels")
        return next((m for m in model if m.label_ == "ORG" and m.start == known.start and m.end > known.end + 1
                     and not doc[m.end - 1].is_punct
                     and not any(t.norm_ in self.lexicon.leading_heads for t in doc[known.end:m.end])
                     and not any(known.end < s.start < m.end for s in others)), None)

    def _nationality(self, token: Token) -> bool:
        """"tunisienne", "marocain": a lower-case adjective of a country right after a name."""
        return token.is_lower and token.is_alpha and len(token.text) > 4 and token.text.endswith(self.lexicon.demonym_endings) \
            and bool({"adj", "adj-form"} & self.lexicon.classes(token.text))

    @staticmethod
    def _extended(known: Span, ents: Sequence[Span], trailing_heads: frozenset[str] = frozenset()) -> Span:
        """"Vexia News", "Norvia Capital": the model's name that opens on a known single-word
        organisation and goes on with capitalised words is another organisation (a product, a
        subsidiary), not the known one; an acronym and a place ("CCI Aix-Marseille-Provence",
        typed a place by the model) is the local branch, an organisation."""
        if len(known) != 1 or known.label_ != "ORG":
            return known
        for ent in ents:
            if ent.start == known.start and ent.end > known.end and ent.label_ in ("ORG", "MISC", "LOC") and all(
                t.text[:1].isupper() or t.text == "-" for t in ent[1:]
            ) and (ent.label_ != "LOC" or known.text.isupper()):  # "CCI Aix-Marseille-Provence": a branch
                # "UM6P Ventures", "Berytech Fund III" typed MISC: a fund's or a firm's trailing head names a body
                body = ent.label_ == "LOC" or any(t.text in trailing_heads for t in ent[1:])
                return Span(known.doc, ent.start, ent.end, label="ORG" if body else ent.label_)
        return known

    def _read_on(self, rule: Span, model: Sequence[Span], known: Sequence[Span], rules: Sequence[Span]) -> Span:
        """A span is decided once, by the longest reading of the same name: when the model's
        organisation opens where the rule's does and reads it on over name material ("Stucki
        & Favre", "… économique, social et environnemental", "… des industries du béton"), the
        model's end stands. Not over another name the rules or the gazetteer start there ("le
        Cluster A et B": two names), nor over "en"/"à" ("… de Sfax en Tunisie")."""
        doc = rule.doc
        for ent in model:
            if rule.start < ent.start < rule.end < ent.end and ent.label_ == "ORG" and rule.label_ == "ORG" \
                    and self._name_material(doc[rule.end : ent.end]):
                # "le ministère des Technologies de la communication": the rule stopped at the capitalised
                # word the model's organisation opens on; the model read the name on
                return Span(doc, rule.start, ent.end, label="ORG")
            if ent.start != rule.start or ent.end <= rule.end:
                continue
            extra = doc[rule.end : ent.end]
            if ent.label_ != "ORG":
                if rule.label_ == "ORG" and self._name_goes_on(extra):
                    return Span(doc, rule.start, ent.end, label="ORG")
                continue
            starts = {s.start for s in rules} | {
                k.start for k in known if k.label_ != "LOC" or doc[k.start - 1].norm_ not in self.lexicon.de_forms
            }
            if any(rule.end <= s < ent.end for s in starts):
                continue
            if not self._name_material(extra) and not _defined_after(ent) and not self._name_goes_on(extra):
                continue
            return Span(doc, rule.start, ent.end, label="ORG")
        return rule

    def _name_goes_on(self, words: Span) -> bool:
        """"Provence Capital Innovation", "Tech Cluster Oran", "Vallée de l'Hydrogène": the model read
        one name on over capitalised words (and the links inside names) where the rule stopped; not
        over a person ("… Karim Saadi") or a title ("… Président")."""
        # not "pour", "sur": "… Château-Gombert pour la Journée X"; "del": "Parc Tecnològic del Vallès"
        links = self.lexicon.de_forms | {"la", "l'", "l’"} | self.lexicon.foreign_name_links
        if not (is_name_token(words[0].text) or words[0].norm_ in links) or not is_name_token(words[-1].text):
            return False
        return all((is_name_token(t.text) and t.norm_ not in self.lexicon.first_names and t.norm_ not in self.lexicon.role_heads)
                   or t.norm_ in links or (t.text == "-" and not t.whitespace_) for t in words)

    def _name_material(self, words: Span) -> bool:
        """Words a name may go on with, opening on a link or a lower-case word (the rule stopped
        before a capitalised word on purpose: a person, a title): name words, the links inside
        names, lower-case nouns and adjectives (no verb, no clause word); "et" never before a
        proper word ("Solidaires et Attac": two names); never ending on a link or a comma."""
        links = self.lexicon.connectors - {"en"}
        if is_name_token(words[0].text):
            return False
        for t in words:
            if t.norm_ == "et" and t.i + 1 < len(t.doc) and self._proper_word(t.doc[t.i + 1].text):
                return False
            if is_name_token(t.text) or t.norm_ in links or t.text == "," or (t.text == "-" and not t.whitespace_):
                continue  # a glued hyphen: "café-cacao"
            classes = self.lexicon.classes(t.text) if t.is_lower and t.is_alpha else frozenset()
            word = bool(classes & {"noun", "noun-form"}) or self.lexicon.is_known_adjective(t.text)
            if not word or "verb-form" in classes or t.norm_ in self.lexicon.clause_words:
                return False  # "financera": a verb the tables file as an adjective form
        last = words[-1]
        return last.norm_ not in links and last.text != ","

    def _no_adjective(self, text: str) -> bool:
        """"Eddahab", "Oued": a name word or a noun, not an adjective or a participle ("Unifiée")."""
        return not self.lexicon.classes(text) & {"adj", "adj-form", "verb-form"}

    def _proper_word(self, text: str) -> bool:
        """A capitalised word the lexicon does not know: a name of its own."""
        return text[:1].isupper() and text.isalpha() and not self.lexicon.classes(text)

    def _place_led_company(self, ent: Span, known: Sequence[Span]) -> Span:
        """"Berrechid Emballages", "Tozeur Carrelages": a known place followed by capitalised
        common nouns is a company named after its town, whatever the model's type; so is a brand
        before a country ("Orange Côte d'Ivoire") and an acronym before its town ("CTIC Dakar")."""
        if ent.label_ not in ("PER", "MISC", "LOC") or ent[0].norm_ in self.lexicon.first_names:
            return ent  # "Florence Martin" is a person
        if ent.label_ == "LOC" and len(ent) == 2 and len(ent[0].text) >= 3 and ent[0].text.isupper() and ent[0].is_alpha \
                and ent[1].text.istitle() and ent[1].is_alpha:
            return Span(ent.doc, ent.start, ent.end, label="ORG")  # "CTIC Dakar": an acronym and its town, a body
        for place in known:
            if place.label_ == "LOC" and place.start == ent.start and place.end < ent.end and (all(
                self._common_noun(t.text) for t in ent[place.end - ent.start :]
            ) or all(t.text in self.lexicon.trailing_sector_words for t in ent[place.end - ent.start :])):
                # (or a sector word: "Côte d'Ivoire Tech", "Souss Fresh" read as the place and a word)
                return Span(ent.doc, ent.start, ent.end, label="ORG")
            if (ent.label_ != "LOC" or _brand_before_country(ent, place)) and place.label_ == "LOC" and place.end == ent.end \
                    and place.start > ent.start and all(
                is_name_token(t.text) and t.norm_ not in self.lexicon.first_names for t in ent[: place.start - ent.start]
            ):
                # "Protolab Souss", "Agrinova Souss" (typed a person or a thing): a company's name that
                # ends on its region, not a place after a name
                return Span(ent.doc, ent.start, ent.end, label="ORG")
        return ent

    def _from_place(self, rule: Span, known: Sequence[Span]) -> Span:
        """"Côte d'Ivoire Tech": the rule read the name back from its sector word to the elision,
        inside a known place; the place opens the name (and "Côte d'Ivoire Tech Hub", a head after
        the sector word)."""
        for place in known:
            if place.label_ == "LOC" and place.start < rule.start < place.end < rule.end \
                    and rule.doc[place.end].text in self.lexicon.trailing_sector_words and all(
                    t.text in self.lexicon.trailing_heads for t in rule[place.end - rule.start:]):
                return Span(rule.doc, place.start, rule.end, label=rule.label_)
        return rule

    def _head_opens(self, rule: Span, model: Sequence[Span]) -> Span:
        """"Capital Tounsi Venture": the rule read the name back from its last head and stopped at a
        word that usually closes one ("Capital"); where the model's name ends with the rule's and
        opens on that word, capitalised words all through, the name opens there."""
        doc = rule.doc
        for ent in model:
            if ent.end == rule.end and ent.start < rule.start and doc[ent.start].text in self.lexicon.trailing_heads \
                    and all(t.is_alpha and t.text[:1].isupper() for t in doc[ent.start:rule.start]):
                return Span(doc, ent.start, rule.end, label=rule.label_)
        return rule

    def _body_of_known(self, ent: Span, known: Sequence[Span]) -> bool:
        """"Fondation Attijariwafa bank", "Académie Bpifrance": the model's organisation is a body
        head and a known organisation; it names the body, not the known one. So does "Société du
        pôle de compétitivité de Gafsa", its complement in lower case between."""
        return ent.label_ == "ORG" and len(ent) > 1 and ent[0].norm_ in self.body_heads and ent[0].text[:1].isupper() and any(
            g.label_ == "ORG" and g.end == ent.end and g.start > ent.start
            and all(t.is_lower or t.norm_ in self.lexicon.complements for t in ent[1 : g.start - ent.start]) for g in known
        )

    def _common_noun(self, text: str) -> bool:
        """"Emballages", "Carrelages": a capitalised noun that is no adjective ("Unifiée",
        "Extérieure" after a country name a bond or a region, not a company)."""
        return text[:1].isupper() and text.isalpha() and bool({"noun", "noun-form"} & self.lexicon.classes(text)) and (
            not self.lexicon.is_known_adjective(text.lower())
        )

    def _generic_prefix(self, rule: Span, gazetteer: list[Span]) -> bool:
        """The rule span is generic words + a known organisation ending at the same token."""
        for known in gazetteer:
            # Only before a known organisation: "Agence de l'Oriental" is named after a place.
            if known.label_ == "ORG" and known.end == rule.end and rule.start < known.start:
                prefix = rule.doc[rule.start : known.start]
                if prefix[0].norm_ in self.body_heads:
                    return False  # "Fondation OCP", "Institut Renault": another body, named after the known one
                if all(t.norm_ in self.generic for t in prefix):
                    return True
        return False

    def _add_weak(self, doc: Doc, taken: list[int], chosen: list[tuple[Span, int]]) -> None:
        """A single-token shape guess ("C3MT") relabels the model's entity on that token as ORG."""
        by_token = {s.start: i for i, (s, p) in enumerate(chosen) if len(s) == 1 and p == MODEL}
        for span in doc.spans.get(WEAK_KEY, []):
            index = by_token.get(span.start)
            if index is not None and _relabel_as_org(chosen[index][0]):
                chosen[index] = (Span(doc, span.start, span.end, label="ORG"), WEAK)
            elif not taken[span.start]:
                self._take(span, WEAK, taken, chosen)

    @staticmethod
    def _take(span: Span, priority: int, taken: list[int], chosen: list[tuple[Span, int]]) -> None:
        taken[span.start : span.end] = [1] * len(span)
        chosen.append((span, priority))


_DE_FORMS = frozenset({"de", "du", "des", "d'", "d’"})
# a fund's vintage: "Ouest Ventures III", "Atlas Capital II" (a Roman numeral after a fund's name word)
_FUND_WORDS = frozenset({"ventures", "capital", "partners", "fund", "fonds", "invest", "investissement", "croissance",
                         "amorçage", "amorcage", "seed", "equity", "growth", "innovation", "impact", "private"})
_VINTAGE = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"})


def _defined_after(ent: Span) -> bool:
    """"l'Automotive Cluster Ostdeutschland (ACOD)": the model's name is defined by the acronym in
    brackets right after it, so the whole of it is the name, capitalised words included."""
    doc, end = ent.doc, ent.end
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" \
        and doc[end + 1].text.isupper() and doc[end + 1].is_alpha and len(doc[end + 1].text) >= 2 \
        and all(t.text[:1].isupper() for t in ent)


def _branches(model: list[Span]) -> list[Span]:
    """"UGFS North Africa", "AFD Maroc": an acronym the model calls an organisation, then right after
    it a capitalised name it typed apart (often a place) is one organisation, the branch of a region;
    and any two capitalised names it typed apart with one space between ("Savoie" + "Angels") are one."""
    out: list[Span] = []
    for ent in model:
        last = out[-1] if out else None
        if last is not None and len(last) == 1 and last.label_ == "ORG" and last.text.isupper() and len(last.text) > 1 \
                and last.end == ent.start and ent.label_ in ("LOC", "ORG") and all(t.text[:1].isupper() for t in ent):
            out[-1] = Span(last.doc, last.start, ent.end, label="ORG")
            continue
        if last is not None and last.end == ent.start and "PER" not in (last.label_, ent.label_) \
                and last[-1].whitespace_ == " " and all(is_name_token(t.text) for t in (*last, *ent)):
            # "Savoie" + "Angels", "Yasmine" + "IoT": two capitalised names the model typed apart with
            # nothing between them are one name
            label = "ORG" if "ORG" in (last.label_, ent.label_) else last.label_
            out[-1] = Span(last.doc, last.start, ent.end, label=label)
            continue
        out.append(ent)
    return out


_PLACE_LINKS = ("de", "d'", "d’", "du")


def _with_site_place(doc: Doc, chosen: list[tuple[Span, int]], site_nouns: frozenset[str]) -> list[tuple[Span, int]]:
    """"Société d'aménagement de la zone franche de Bizerte", "Société de gestion du parc agro-industriel
    de Bouaké": an organisation's name the model closed on a site noun goes on over the site's
    adjectives and the place right after them; the place is no entity of its own."""
    out: list[tuple[Span, int]] = []
    index = 0
    while index < len(chosen):
        span, priority = chosen[index]
        following = chosen[index + 1][0] if index + 1 < len(chosen) else None
        if span.label_ == "ORG" and len(span) > 1 and fold(span[-1].text) in site_nouns and following is not None \
                and following.label_ == "LOC":
            k = span.end
            while k < following.start and k - span.end < 4 and doc[k].lower_ not in _PLACE_LINKS \
                    and ((doc[k].is_lower and doc[k].text.replace("-", "").isalpha()) or doc[k].text == "-"):
                k += 1
            if k > span.end and k + 1 == following.start and doc[k].lower_ in _PLACE_LINKS:
                out.append((Span(doc, span.start, following.end, label="ORG", kb_id=span.kb_id), priority))
                index += 2
                continue
        out.append((span, priority))
        index += 1
    return out


def _with_vintage(doc: Doc, chosen: list[tuple[Span, int]]) -> list[tuple[Span, int]]:
    """"Ouest Ventures III": a fund's name goes on over its vintage numeral when a shorter reading
    (a shape rule's) stopped before it and nothing else takes the numeral."""
    starts = {s.start for s, _ in chosen}
    out: list[tuple[Span, int]] = []
    for span, priority in chosen:
        end = span.end
        if span.label_ == "ORG" and end < len(doc) and doc[end].text in _VINTAGE and end not in starts \
                and span[-1].lower_ in _FUND_WORDS and span[-1].whitespace_:
            span = Span(doc, span.start, end + 1, label="ORG", kb_id=span.kb_id)
        elif span.label_ == "ORG" and end < len(doc) and end not in starts and span[0].lower_ in _NUMBERED_HEADS \
                and _numbered(doc, end) and span[-1].whitespace_:
            # "Université Constantine 2", "Université Paris 8": the numeral is part of the name
            span = Span(doc, span.start, end + 1, label="ORG", kb_id=span.kb_id)
        out.append((span, priority))
    return out


_NUMBERED_HEADS = frozenset({"université", "universite", "faculté", "faculte"})
# words after a university's number that are no unit of a quantity ("Lyon 2 afin de", "Paris 8 pour")
_NOT_A_UNIT = frozenset({"pour", "et", "de", "a", "à", "avec", "afin", "dans", "sur", "en", "qui", "au", "aux", "ou",
                         "par", "le", "la", "les", "des", "du", "portant", "visant"})


def _numbered(doc: Doc, i: int) -> bool:
    """A university's number (1 to 13) right after its name, not a quantity ("2 000", "2 millions")."""
    token = doc[i]
    if not token.text.isdigit() or not 1 <= int(token.text) <= 13:
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    if following is None or following.is_punct:
        return True
    quantity = following.is_lower and following.is_alpha and following.lower_ not in _NOT_A_UNIT
    return not (following.like_num or quantity)


_ARTICLES = frozenset({"la", "l'", "l’"})


def _two_complements(rule: Span, others: Sequence[Span]) -> bool:
    """"la Banque des Territoires et de la BPI": "et de la" then a name another source reads
    alone up to the rule's end, the first name read alone up to "et" too: two organisations,
    each a complement of the same word."""
    doc = rule.doc
    for t in rule[1:-1]:
        if t.norm_ != "et":
            continue
        j = t.i + 1
        if j < rule.end and doc[j].norm_ in _DE_FORMS:
            j += 1
            if j < rule.end and doc[j].norm_ in _ARTICLES:
                j += 1
            if j < rule.end and doc[j].text[:1].isupper() and any(o.start == j and o.end == rule.end and (o.label_ == "ORG" or o.text.isupper()) for o in others) \
                    and any(o.start == rule.start and o.end == t.i for o in others):
                return True  # and the first name is read alone too, up to "et"
    return False


def _named_before_head(rule: Span, model: Sequence[Span]) -> bool:
    """"l'Ester Technopole de Limoges": the rule read a park from its capitalised head and the place
    after it, the model read the park's own name up to that head; the name is the model's, the
    place a place (not with "&": "Business & Innovation Centre de Montpellier" is read back whole)."""
    doc = rule.doc
    return rule[0].text[:1].isupper() and any(
        ent.label_ == "ORG" and ent.end == rule.start + 1 and ent.start < rule.start
        and all(t.is_alpha and t.text[:1].isupper() for t in doc[ent.start:rule.start]) for ent in model)


def _read_back(rule: Span, model: Sequence[Span]) -> Span:
    """"Business & Innovation Centre de Montpellier": the rule read the name from its head noun
    ("Centre de Montpellier"), the model from its first word to that head ("Business & Innovation
    Centre"); when the words before the head are capitalised and joined by "&", they are the
    name's too."""
    doc = rule.doc
    for ent in model:
        if ent.label_ == "ORG" and ent.start < rule.start and ent.end == rule.end \
                and any(t.text == "&" for t in doc[ent.start:rule.start]) \
                and all(t.text == "&" or (t.is_alpha and t.text[:1].isupper()) for t in doc[ent.start:rule.start]):
            return Span(doc, ent.start, rule.end, label=rule.label_)  # "Kromberg & Schubert Tunisie", read whole
        if ent.label_ != "ORG" or ent.end != rule.start + 1 or ent.start >= rule.start:
            continue
        before = doc[ent.start : rule.start]
        if any(t.text == "&" for t in before) and all(t.text == "&" or (t.is_alpha and t.text[:1].isupper()) for t in before):
            return Span(doc, ent.start, rule.end, label=rule.label_)
    return rule


def _place_start(doc: Doc, end: int) -> int:
    """Where a place right after token `end` would start: after "de", "du", "de la", "de l'"."""
    position = end
    if position < len(doc) and doc[position].lower_ in ("de", "du", "d'", "d’"):
        position += 1
        if position < len(doc) and doc[position].lower_ in ("la", "l'", "l’"):
            position += 1
    return position


# words that make a longer place of the one after them ("Basse Côte d'Ivoire", "Nouvelle Calédonie")
_PLACE_PREFIXES = frozenset({"haute", "haut", "basse", "bas", "grand", "grande", "petit", "petite", "nouvelle", "nouveau",
                             "moyen", "moyenne", "ile", "île", "saint", "sainte", "république", "royaume", "golfe"})


def _brand_before_country(ent: Span, place: Span) -> bool:
    """"Orange Côte d'Ivoire", "Ecobank Burkina Faso" typed a place: one capitalised word before a
    known place of several words is a firm's local branch (not "Basse Côte d'Ivoire"; an acronym
    and its one-word town, "CTIC Dakar", is read before, whether the town is known or not)."""
    return len(place) > 1 and place.start - ent.start == 1 and ent[0].lower_ not in _PLACE_PREFIXES


def _whole_words(span: Span) -> Span:
    """The span grown to whole hyphenated words; a grown known name loses its canonical name."""
    start, end = compound_bounds(span.doc, span.start, span.end)
    return span if (start, end) == (span.start, span.end) else Span(span.doc, start, end, label=span.label_)


def _continued(known: Span, others: Sequence[Span], found: Sequence[Span]) -> Span:
    """"Région Sud Investissement", "cluster Menara Tech": when the model or a shape rule reads a
    known organisation's last word on into more capitalised words, the known name was only the
    start of a longer one (not when those words are a known place: "… Menara Marrakech")."""
    if known.label_ != "ORG":
        return known
    doc = known.doc
    for other in others:
        if known.start <= other.start < known.end < other.end and all(
            (is_name_token(t.text) and t.is_alpha) or t.text == "-" for t in doc[known.end : other.end]
        ) and not any(f.label_ == "LOC" and known.end <= f.start < other.end for f in found):
            return Span(doc, known.start, other.end, label="ORG")
    return known


def _place_in_name(known: Span, model: Sequence[Span], no_adjective: Callable[[str], bool]) -> bool:
    """"Gabès Agri-Tech", "Agadir Fresh Foods": a known place that opens or closes the model's
    organisation, the rest being name words, is part of that name, not a place of its own; so
    is one that opens or closes a longer place the model read, adjectives aside ("Dakhla-Oued
    Eddahab"; not "Egypte Unifiée")."""
    if known.label_ != "LOC":
        return False
    for ent in model:
        if ent.label_ in ("ORG", "LOC") and ent.start <= known.start and known.end <= ent.end and len(ent) > len(known) and (
            ent.start == known.start or ent.end == known.end
        ):
            rest = [t for t in ent if t.i < known.start or t.i >= known.end]
            if all((is_name_token(t.text) and (ent.label_ == "ORG" or no_adjective(t.text))) or t.text == "-" for t in rest):
                return True
    return False


def _relabel_as_org(span: Span) -> bool:
    """"C3MT"/"Hub500" tagged MISC, LOC or PER is an organisation; "JeanneTissot" stays a person."""
    text = span.text
    return span.label_ in ("LOC", "MISC") or any(ch.isdigit() for ch in text) or text.isupper()
