"""`veille_junk`: drops model entities and rule guesses that are not names.

Lone common words the model takes for places ("Maisons", "Région", "Est"), e-mails, URLs,
"Industrie 4.0", all-lower-case words, bare numbers, generic noun phrases ("Conseil régional").
Events ("Salon du Bourget") are kept but relabelled MISC. The word list is data
(`models/rules/junk_entities.txt`, `event_heads.txt`). Gazetteer matches are trusted and never filtered.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.gazetteer import fold
from pipeline.ner.rules_data import json_rules, word_list
from pipeline.ner.shapes import RULES_KEY, WEAK_KEY


class JunkFilter:
    """Keeps only spans that look like names."""

    def __init__(self, rules_dir: Path) -> None:
        self.junk = word_list(rules_dir / "junk_entities.txt")
        self.particles = word_list(rules_dir / "name_particles.txt")
        self.event_heads = word_list(rules_dir / "event_heads.txt")
        self.heads = frozenset(fold(w) for w in json_rules(rules_dir / "shapes.json")["leading_heads"])

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [self._event_as_misc(ent) for ent in doc.ents if not self.is_junk(ent)]
        for key in (RULES_KEY, WEAK_KEY):
            if key in doc.spans:
                doc.spans[key] = [s for s in doc.spans[key] if not self.is_junk(s)]
        return doc

    def _event_as_misc(self, span: Span) -> Span:
        """"Salon du Bourget", "Forum Africa": events are MISC, never organisations."""
        if span.label_ != "MISC" and span[0].norm_ in self.event_heads:
            return Span(span.doc, span.start, span.end, label="MISC", kb_id=span.kb_id)
        return span

    def is_junk(self, span: Span) -> bool:
        text = span.text
        if len(text) < 2 or not any(ch.isupper() for ch in text):
            return True
        if fold(text) in self.junk:
            return True
        head = span[0].norm_
        if len(span) == 2 and (head in self.heads or head[:-1] in self.heads) and _adjective(span[1].text):
            return True  # a generic noun phrase: "Conseil régional", "Clusters marocains"
        if span.label_ == "LOC" and head in self.heads and not any(t.text[:1].isupper() for t in span[1:]):
            return True  # not a place: "Zone de libre-échange continentale africaine"
        if span.label_ == "PER" and any(t.is_lower and t.norm_ not in self.particles for t in span[1:]):
            return True  # "Ingénieure hydraulicienne": people's names are capitalised
        if len(span) == 1 and text.isupper() and span.end < len(span.doc):
            if span.doc[span.end].text[:1].isdigit():
                return True  # a product or a standard, not an organisation: "TAM 3", "ISO 9001"
        return any(t.like_email or t.like_url for t in span)


_ADJECTIVE_ENDINGS = ("al", "ale", "aux", "ales", "ain", "aine", "ains", "aines", "ien", "ienne",
                      "iens", "iennes", "ique", "iques", "ais", "aise", "aises", "ois", "oise", "oises",
                      "éen", "éenne", "éens", "éennes", "el", "elle", "els", "elles")


def _adjective(text: str) -> bool:
    """A lower-case word with a common French adjective ending ("régional", "marocains")."""
    return text.isalpha() and text.islower() and text.endswith(_ADJECTIVE_ENDINGS)


@Language.factory("veille_junk", default_config={"rules_dir": ""})
def make_junk_filter(nlp: Language, name: str, rules_dir: str) -> JunkFilter:
    return JunkFilter(Path(rules_dir))
