"""`veille_gazetteer`: finds every gazetteer name, alias and acronym in the text.

Names and aliases match on the folded NORM (case and accents ignored) because news writes
"Pôle de Compétitivité" and "pole de competitivite" alike. Acronyms, all-capital names and
institutional names led by a generic word ("Région Bretagne") match case-sensitively: "cara" or
"la région Bretagne" is not the entity. Matches land in `doc.spans["veille_gazetteer"]`, the
canonical name in `Span.kb_id_`.
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

    def __init__(self, nlp: Language, entries: list[GazetteerEntry]) -> None:
        self.folded = PhraseMatcher(nlp.vocab, attr="NORM")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._add(nlp, entries)

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
        doc.spans[SPAN_KEY] = filter_spans(spans)
        return doc


def _case_sensitive(entry: GazetteerEntry, form: str) -> bool:
    """Acronyms, forms with no lower-case letter, and generic-word-led institutional names."""
    return form == entry.acronym or not any(ch.islower() for ch in form) or (
        entry.kind in _CASE_SENSITIVE_KINDS
    )
