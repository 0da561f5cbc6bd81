"""Who holds which position where: "Karim Alaoui, président du Réseau InnovSud".

Patterns over the entities already found (no parser needed):
  PER , ROLE [de] [ORG]          "Karim Alaoui, président du Réseau InnovSud"
  ROLE [de ORG] [,] PER          "la directrice du C3MT, Nadia Bennani"
  ORG , <participle> par PER     "le Réseau InnovSud, présidé par Karim Alaoui"
Role words and participles are data (`models/rules/role_words.txt`, `role_verbs.json`).
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.gazetteer import fold
from pipeline.ner.rules_data import json_rules, word_list
from pipeline.records import EntityMention, RoleMention

_LINKS = frozenset({"de", "du", "des", "d'", "d’", "la", "l'", "l’", "of", "at", "chez", "au", "a"})
_ORG_WINDOW = 8


class RoleFinder:
    """Finds roles in a Doc whose entities are final (after `veille_consistency`)."""

    def __init__(self, nlp: Language, rules_dir: Path) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        patterns = []
        for phrase in sorted(word_list(rules_dir / "role_words.txt")):
            doc = nlp.make_doc(phrase)
            for token in doc:
                token.norm_ = fold(token.text)
            patterns.append(doc)
        self.matcher.add("ROLE", patterns)
        verbs = json_rules(rules_dir / "role_verbs.json")
        self.verbs = {fold(k): v for k, v in verbs.items() if not k.startswith("_")}

    def find(self, doc: Doc) -> list[RoleMention]:
        """Every role stated in the document, in text order."""
        starts = {e.start: e for e in doc.ents}
        ends = {e.end: e for e in doc.ents}
        roles = [
            r for span in filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
            if (r := self._around_role(doc, span, starts, ends)) is not None
        ]
        roles.extend(self._participles(doc, starts, ends))
        return roles

    def _around_role(self, doc: Doc, role: Span, starts: dict[int, Span],
                     ends: dict[int, Span]) -> RoleMention | None:
        org = _org_after(doc, role.end, starts)
        after = org.end if org is not None else role.end
        person = ends.get(role.start - 1) if role.start > 0 and doc[role.start - 1].text == "," else None
        if person is None:
            comma = 1 if after < len(doc) and doc[after].text == "," else 0
            person = starts.get(after + comma)
        if person is None or person.label_ != "PER":
            return None
        return RoleMention(person=mention(person), role=role.text, org=mention(org) if org else None)

    def _participles(self, doc: Doc, starts: dict[int, Span],
                     ends: dict[int, Span]) -> list[RoleMention]:
        found = []
        for token in doc:
            role = self.verbs.get(token.norm_)
            if role is None or token.i + 2 >= len(doc) or doc[token.i + 1].norm_ != "par":
                continue
            person = starts.get(token.i + 2)
            org = _org_before(token.i, ends)
            if person is not None and person.label_ == "PER":
                found.append(RoleMention(person=mention(person), role=role, org=mention(org) if org else None))
        return found


def _org_after(doc: Doc, i: int, starts: dict[int, Span]) -> Span | None:
    while i < len(doc) and doc[i].norm_ in _LINKS:
        i += 1
    span = starts.get(i)
    return span if span is not None and span.label_ == "ORG" else None


def _org_before(i: int, ends: dict[int, Span]) -> Span | None:
    for end in range(i, max(0, i - _ORG_WINDOW), -1):
        span = ends.get(end)
        if span is not None and span.label_ == "ORG":
            return span
    return None


def mention(span: Span) -> EntityMention:
    """An `EntityMention` from a final entity span (offsets into the analysed text)."""
    return EntityMention(
        surface=span.text,
        label=span.label_,
        start_char=span.start_char,
        end_char=span.end_char,
        canonical_hint=span.kb_id_ or None,
    )
