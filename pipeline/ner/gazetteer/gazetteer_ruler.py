"""`veille_gazetteer`: finds every gazetteer name, alias and acronym in the text.

Names and aliases match on the folded NORM (case and accents ignored) because news writes
"Pôle de Compétitivité" and "pole de competitivite" alike. Acronyms, all-capital names and
institutional names led by a generic word ("Région Bretagne") match case-sensitively: "cara" or
"la région Bretagne" is not the entity. Matches land in `doc.spans["veille_gazetteer"]`, the
canonical name in `Span.kb_id_`. A known name led by a generic head ("Pôle Mer Bretagne
Atlantique") is also found without it after that head in lower case and its qualifiers ("le pôle
de compétitivité Mer Bretagne Atlantique", "le pôle breton Mer Bretagne Atlantique"): an event
names the pôle, not "Mer Bretagne Atlantique".
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.gazetteer import GazetteerEntry
from pipeline.ner.spans import GAZETTEER_KEY as SPAN_KEY
from pipeline.text import fold

_CASE_SENSITIVE_KINDS = frozenset({"region", "media"})  # "Le Monde", not "le monde"


class GazetteerRuler:
    """Two phrase matchers (folded and exact) whose match ids carry `label|canonical`."""

    def __init__(self, nlp: Language, entries: list[GazetteerEntry], heads: frozenset[str] = frozenset()) -> None:
        self.folded = PhraseMatcher(nlp.vocab, attr="NORM")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.headless = PhraseMatcher(nlp.vocab, attr="NORM")
        self._add(nlp, entries)
        self._add_headless(nlp, entries, heads)

    def _add_headless(self, nlp: Language, entries: list[GazetteerEntry], heads: frozenset[str]) -> None:
        """"Mer Bretagne Atlantique" for "Pôle Mer Bretagne Atlantique": organisations whose name
        opens on a head word and goes on with two words at least, one capitalised."""
        forms: dict[str, list[Doc]] = {}
        for entry in entries:
            words = entry.name.split()
            if entry.type != "ORG" or len(words) < 3 or fold(words[0]) not in heads:
                continue
            rest = " ".join(words[1:])
            if not rest[:1].isupper():
                continue  # "Pôle de compétitivité de Sfax": the rest is no name of its own
            doc = nlp.make_doc(rest)
            for token in doc:
                token.norm_ = fold(token.text)
            forms.setdefault(f"{entry.type}|{entry.name}|{fold(words[0])}", []).append(doc)
        for key, docs in forms.items():
            self.headless.add(key, docs)

    def _add(self, nlp: Language, entries: list[GazetteerEntry]) -> None:
        folded: dict[str, list[Doc]] = {}
        exact: dict[str, list[Doc]] = {}
        for entry in entries:
            key = f"{entry.type}|{entry.name}"
            for form in entry.surface_forms():
                target = exact if _case_sensitive(entry, form) else folded
                doc = nlp.make_doc(form)
                for token in doc:
                    token.norm_ = fold(token.text)
                target.setdefault(key, []).append(doc)
        for key, docs in folded.items():
            self.folded.add(key, docs)
        for key, docs in exact.items():
            self.exact.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        # A folded match written all in lower case is a common phrase ("un cluster solaire").
        folded = [m for m in self.folded(doc) if not doc[m[1] : m[2]].text.islower()]
        spans = []
        for match_id, start, end in [*folded, *self.exact(doc)]:
            label, canonical = doc.vocab.strings[match_id].split("|", 1)
            spans.append(Span(doc, start, end, label=label, kb_id=canonical))
        for match_id, start, end in self.headless(doc):
            label, canonical, head = doc.vocab.strings[match_id].split("|", 2)
            if not doc[start].text[:1].isupper() or not _after_lower_head(doc, start, head):
                continue
            spans.append(Span(doc, start, end, label=label, kb_id=canonical))
        doc.spans[SPAN_KEY] = filter_spans(spans)
        return doc


def _after_lower_head(doc: Doc, start: int, head: str) -> bool:
    """The head word in lower case right before, or with up to three lower-case qualifiers
    between ("pôle de compétitivité", "pôle breton")."""
    for i in range(start - 1, max(-1, start - 5), -1):
        token = doc[i]
        if not (token.is_lower and token.is_alpha):
            return False
        if token.norm_ == head:
            return True
    return False


def _case_sensitive(entry: GazetteerEntry, form: str) -> bool:
    """Acronyms, forms with no lower-case letter, and generic-word-led institutional names."""
    return form == entry.acronym or not any(ch.islower() for ch in form) or (
        entry.kind in _CASE_SENSITIVE_KINDS
    )
