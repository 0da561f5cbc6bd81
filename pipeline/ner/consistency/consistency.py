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
        doc.ents = _with_repeats(doc)
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


_MAX_NAME_TOKENS = 8


def _with_repeats(doc: Doc) -> list[Span]:
    """"La start-up Azur Quantum … ⏎ Azur Quantum avait levé 850 k€": a name the document tags once
    is the same name wherever it is written again whole, and the model may miss it there. An
    untagged repeat of a tagged surface (two letters or more, capitalised) becomes an entity with
    that surface's label, unless a capitalised word right before or after makes it part of a
    longer name ("Quantum" tagged alone says nothing of "Azur Quantum Labs")."""
    ents = list(doc.ents)
    if not ents:
        return ents
    # only the names the text writes more often than they are tagged (most documents have none: no scan)
    tagged = Counter(ent.text for ent in ents)
    text = doc.text
    names: dict[tuple[str, ...], Span] = {}
    for ent in ents:
        if len(ent.text) >= 2 and ent.text[:1].isupper() and len(ent) <= _MAX_NAME_TOKENS \
                and text.count(ent.text) > tagged[ent.text]:
            names.setdefault(tuple(t.text for t in ent), ent)
    if not names:
        return ents
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in names:
        by_first[words[0]].append(words)
    taken = [False] * len(doc)
    for ent in ents:
        for i in range(ent.start, ent.end):
            taken[i] = True
    added: list[Span] = []
    i = 0
    while i < len(doc):
        found = None
        if not taken[i]:
            for words in sorted(by_first.get(doc[i].text, ()), key=len, reverse=True):
                end = i + len(words)
                if end <= len(doc) and not any(taken[i:end]) and tuple(t.text for t in doc[i:end]) == words \
                        and not _name_goes_on(doc, i, end):
                    found = words
                    break
        if found is None:
            i += 1
            continue
        source = names[found]
        added.append(Span(doc, i, i + len(found), label=source.label_, kb_id=source.kb_id))
        i += len(found)
    return sorted(ents + added, key=lambda span: span.start) if added else ents


def _name_goes_on(doc: Doc, start: int, end: int) -> bool:
    """A capitalised word joined to the stretch: it is part of a longer name there."""
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1] if start > 0 else None
    if after is not None and after.text[:1].isupper() and not after.is_sent_start \
            and not after.is_punct:
        return True
    return before is not None and before.text[:1].isupper() and not before.is_punct and not doc[start].is_sent_start
