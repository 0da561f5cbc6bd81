"""Who holds which position where: "Karim Alaoui, président du Réseau InnovSud".

Patterns over the entities already found (no parser needed):
  PER , ROLE [de] [ORG]          "Karim Alaoui, président du Réseau InnovSud"
  ROLE [de ORG] [,] PER          "la directrice du C3MT, Nadia Bennani"
  ORG , <participle> par PER     "le Réseau InnovSud, présidé par Karim Alaoui"
  PER a été nommée [...] ROLE de ORG
Role words come from the shared lexicon (`models/rules/role_words.txt`, titles as a class);
participles and the words allowed in between are this component's data (`role_verbs.json`,
`role_context.json`: `RolePatterns`). A role is kept only with its organisation named.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.ner.lexicon import FrenchLexicon
from pipeline.ner.roles.patterns import RolePatterns
from pipeline.records import EntityMention, RoleMention
from pipeline.text import fold

ROLES_KEY = "veille_roles"  # doc.user_data: plain tuples, so they cross process boundaries
_ORG_WINDOW = 8
MentionFields = tuple[str, str, int, int, str | None]
RoleFields = tuple[MentionFields, str, MentionFields | None]


class RoleFinder:
    """Finds roles in a Doc whose entities are final (after `veille_consistency`)."""

    def __init__(self, nlp: Language, lexicon: FrenchLexicon, patterns: RolePatterns) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="NORM")
        docs = []
        for phrase in sorted(lexicon.role_words):
            doc = nlp.make_doc(phrase)
            for token in doc:
                token.norm_ = fold(token.text)
            docs.append(doc)
        self.matcher.add("ROLE", docs)
        self.links = lexicon.role_links
        self.verbs = patterns.verbs
        self.modifiers = patterns.modifiers
        self.appointments = patterns.appointment_verbs
        self.window = patterns.window
        self.heads = frozenset(fold(h) for h in lexicon.leading_heads)
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        """As a pipeline component: roles stored as plain tuples in `doc.user_data`."""
        doc.user_data[ROLES_KEY] = [_as_tuple(r) for r in self.find(doc)]
        return doc

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
        org = self._org_after(doc, role.end, starts)
        if org is None:
            return None  # a role is kept only with its organisation named in the same clause
        first = role.start
        while first > 0 and doc[first - 1].norm_ in self.modifiers:
            first -= 1
        person = ends.get(first - 1) if first > 0 and doc[first - 1].text == "," else None
        if person is None:
            comma = 1 if org.end < len(doc) and doc[org.end].text == "," else 0
            person = starts.get(org.end + comma)
        if person is None or person.label_ != "PER":
            person = self._appointed(doc, first, ends)
        if person is None:
            return None
        return RoleMention(person=mention(person), role=role.text, org=mention(org))

    def _appointed(self, doc: Doc, role_start: int, ends: dict[int, Span]) -> Span | None:
        """"Salma Alaoui a été nommée le 1er octobre directrice du ...": the person before the verb."""
        lo = max(0, role_start - self.window)
        verb = next((i for i in range(role_start - 1, lo - 1, -1) if doc[i].norm_ in self.appointments), None)
        if verb is None or any(doc[i].text in ".;" for i in range(verb, role_start)):
            return None
        for end in range(verb, max(0, verb - 4), -1):
            span = ends.get(end)
            if span is not None and span.label_ == "PER":
                return span
        return None

    def _org_after(self, doc: Doc, i: int, starts: dict[int, Span]) -> Span | None:
        while i < len(doc) and doc[i].norm_ in self.links:
            i += 1
        if i not in starts and i + 1 < len(doc) and doc[i].is_lower and fold(doc[i].norm_) in self.heads:
            # "directrice de l'incubateur Kaay Tech", "président du cluster marocain X": the kind, then the name
            i += 1
            if i + 1 < len(doc) and i not in starts and doc[i].is_lower and self.lexicon.is_adjective(doc[i].text):
                i += 1
        span = starts.get(i)
        return span if span is not None and span.label_ == "ORG" else None

    def _participles(self, doc: Doc, starts: dict[int, Span],
                     ends: dict[int, Span]) -> list[RoleMention]:
        found: list[RoleMention] = []
        for token in doc:
            role = self.verbs.get(token.norm_)
            if role is None or token.i + 2 >= len(doc) or doc[token.i + 1].norm_ != "par":
                continue
            person = starts.get(token.i + 2)
            org = _org_before(token.i, ends)
            if person is not None and person.label_ == "PER" and org is not None:
                found.append(RoleMention(person=mention(person), role=role, org=mention(org)))
        return found




def _org_before(i: int, ends: dict[int, Span]) -> Span | None:
    for end in range(i, max(0, i - _ORG_WINDOW), -1):
        span = ends.get(end)
        if span is not None and span.label_ == "ORG":
            return span
    return None


def roles_of(doc: Doc) -> list[RoleMention]:
    """The roles `veille_roles` stored on the Doc, as records."""
    return [
        RoleMention(person=EntityMention(*person), role=role, org=EntityMention(*org) if org else None)
        for person, role, org in doc.user_data.get(ROLES_KEY, [])
    ]


def _as_tuple(role: RoleMention) -> RoleFields:
    def fields(m: EntityMention) -> MentionFields:
        return (m.surface, m.label, m.start_char, m.end_char, m.canonical_hint)

    return (fields(role.person), role.role, fields(role.org) if role.org else None)


def mention(span: Span) -> EntityMention:
    """An `EntityMention` from a final entity span (offsets into the analysed text)."""
    return EntityMention(
        surface=span.text,
        label=span.label_,
        start_char=span.start_char,
        end_char=span.end_char,
        canonical_hint=span.kb_id_ or None,
        coined=_coined(span),
    )


def _coined(span: Span) -> bool:
    """One capitalised word that French text has never used: no vector in the model's vocabulary,
    where the press's places and surnames all have one ("Bizerte", "Kouadio", "Trabelsi" do;
    "Sotipapier", "Genbiotix" do not). Said of no word when the pipeline has no vectors."""
    if len(span) != 1 or not span.doc.vocab.vectors.shape[0]:
        return False
    token = span[0]
    return token.is_alpha and len(token.text) >= 4 and token.text[0].isupper() and not token.is_upper \
        and not token.has_vector

