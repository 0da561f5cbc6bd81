"""`veille_acronyms`: learns "Long Name (ABC)", "ABC (Long Name)" and "Long Name – ABC".

Both forms get the long name as canonical (`Span.kb_id_`, later `EntityMention.canonical_hint`)
and the long form's label; every other "ABC" of the document follows. When the model missed the
long name, it is rebuilt from the acronym's initials ("Cluster des Matériaux Composites du
Souss (CMCS)"), the classic Schwartz-Hearst idea restricted to capitalised words.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.ner.spans import GAZETTEER, RULE, Priority
from pipeline.text import ACRONYM_DEFINED as ACRONYM

_DASHES = frozenset({"-", "–", "—"})


class AcronymLinker:
    """Links acronym definitions, then spreads the link to the acronym's other occurrences."""

    def __init__(self, skipped: frozenset[str]) -> None:
        self.skipped = skipped  # small words an acronym does not spell ("de", "et", "pour")

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        priority = doc._.veille_priority or {}
        links: dict[str, Span] = {}
        text = doc.text  # spaCy joins every token's text at each read
        if "(" not in text and "," not in text and not any(d in text for d in _DASHES):
            return doc
        for i, token in enumerate(doc):
            if token.text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")":
                self._parenthesised(doc, i, ents, links, priority)
            elif token.text == "(" and i > 0 and ACRONYM.match(doc[i - 1].text):
                inner = next((e for e in ents if e.start == i + 1), None)
                if inner is not None and inner.end < len(doc) and doc[inner.end].text == ")":
                    links[doc[i - 1].text] = inner  # "ABC (Long Name)"
            elif token.text in _DASHES and i + 1 < len(doc) and ACRONYM.match(doc[i + 1].text):
                self._define(doc, i, doc[i + 1].text, ents, links, priority)
            elif token.text == "," and i > 0 and ACRONYM.match(doc[i - 1].text):
                apposed = next((e for e in ents if e.start == i + 1), None)
                if apposed is not None and apposed.label_ != "PER" and self._spells(apposed, doc[i - 1].text):
                    links[doc[i - 1].text] = apposed  # "le CNVS, Comité national des vergers du Souss,"
        if links:
            ents = _spread(doc, ents, links, priority)
            doc.ents = ents
        doc._.veille_priority = priority
        return doc

    def _spells(self, span: Span, acronym: str) -> bool:
        """The initials of the name's words, small words left out, are the acronym's letters."""
        words = [t.text for t in span if t.text[:1].isalpha() and t.norm_ not in self.skipped]
        return "".join(w[0] for w in words).upper() == "".join(ch for ch in acronym if ch.isalpha()).upper()

    def _parenthesised(self, doc: Doc, i: int, ents: list[Span], links: dict[str, Span],
                       priority: Priority) -> None:
        if ACRONYM.match(doc[i + 1].text):  # "Long Name (ABC)"
            self._define(doc, i, doc[i + 1].text, ents, links, priority)

    def _define(self, doc: Doc, i: int, acronym: str, ents: list[Span], links: dict[str, Span],
                priority: Priority) -> None:
        """Link `acronym` to the name ending at token i: the entity there if its initials fit,
        or the run of words spelling the acronym, which replaces the fragments it covers."""
        before = _ending_at(ents, i)
        if before is not None and (before.label_ == "PER" or not _initials_fit(before, acronym, self.skipped)):
            before = None  # "Karim Alaoui (CGEM)" is an affiliation, not a definition
        spelled = _from_initials(doc, i, acronym, self.skipped)
        if spelled is not None and (before is None or spelled.start < before.start):
            inside = [e for e in ents if spelled.start <= e.start and e.end <= spelled.end]
            if _overlaps([e for e in ents if e not in inside], spelled):
                spelled = None
            else:
                for e in inside:
                    ents.remove(e)
                ents.append(spelled)
                ents.sort(key=lambda s: s.start)
                priority[(spelled.start, spelled.end)] = RULE
        long_form = spelled or before
        if long_form is not None:
            links[acronym] = long_form


def _ending_at(ents: list[Span], end: int) -> Span | None:
    return next((e for e in ents if e.end == end), None)


def _overlaps(ents: list[Span], span: Span) -> bool:
    return any(e.start < span.end and span.start < e.end for e in ents)


def _initials_fit(span: Span, acronym: str, skipped: frozenset[str]) -> bool:
    words = [t.text for t in span if t.text[:1].isalnum() and t.norm_ not in skipped]
    return bool(words) and words[0][:1].upper() == acronym[0]


def _from_initials(doc: Doc, paren: int, acronym: str, skipped: frozenset[str]) -> Span | None:
    """The shortest run of words before "(" whose capitalised initials spell the acronym."""
    letters = [ch for ch in acronym if ch.isalpha()]
    start, matched, lowercase = paren, len(letters), 0
    while start > 0 and matched > 0 and paren - start < 3 * len(acronym):
        token = doc[start - 1]
        if token.norm_ in skipped:
            start -= 1
            continue
        if matched == 1 and token.is_lower and token.is_alpha and lowercase < 3 and start < paren:
            # "le pôle de compétitivité Mer Bretagne Atlantique (PMBA)": the generic head
            # written in lower case gives the first letter; its descriptors are skipped.
            start -= 1
            if token.text[0] == letters[0].lower():
                return _with_generic_head(doc, start, paren)
            lowercase += 1
            continue
        if not token.text[:1].isupper() or token.text[0] != letters[matched - 1].upper():
            return None
        matched -= 1
        start -= 1
    if matched:
        return None
    return Span(doc, start, paren, label="ORG")


def _with_generic_head(doc: Doc, head: int, paren: int) -> Span:
    """The whole phrase, canonical "Head Name" ("Pôle Mer Bretagne Atlantique"): the form a
    gazetteer or another article writes."""
    first_name = next(t.i for t in doc[head + 1 : paren] if t.text[:1].isupper())
    canonical = " ".join([doc[head].text.capitalize(), doc[first_name:paren].text])
    return Span(doc, head, paren, label="ORG", kb_id=canonical)


def _spread(doc: Doc, ents: list[Span], links: dict[str, Span],
            priority: Priority) -> list[Span]:
    """Relabel every occurrence of a defined acronym and its long form; add missed ones."""
    canonical = {a: (s.kb_id_ or s.text, s.label_) for a, s in links.items()}
    long_forms = {s.text: canonical[a] for a, s in links.items()}
    out: list[Span] = []
    for ent in ents:
        hint = canonical.get(ent.text) or long_forms.get(ent.text)
        if hint is not None and priority.get((ent.start, ent.end)) != GAZETTEER:
            ent = Span(doc, ent.start, ent.end, label=hint[1], kb_id=hint[0])
        out.append(ent)
    taken = {i for e in out for i in range(e.start, e.end)}
    for token in doc:
        hint = canonical.get(token.text)
        if hint is not None and token.i not in taken:
            out.append(Span(doc, token.i, token.i + 1, label=hint[1], kb_id=hint[0]))
            priority[(token.i, token.i + 1)] = RULE
    return sorted(out, key=lambda s: s.start)
