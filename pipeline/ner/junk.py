"""`veille_junk`: drops model entities and rule guesses that are not names.

Lone common words the model takes for places ("Maisons", "Région", "Est"), e-mails, URLs,
"Industrie 4.0", all-lower-case words, bare numbers. The word list is data
(`models/rules/junk_entities.txt`). Gazetteer matches are trusted and never filtered.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.gazetteer import fold
from pipeline.ner.rules_data import word_list
from pipeline.ner.shapes import RULES_KEY, WEAK_KEY


class JunkFilter:
    """Keeps only spans that look like names."""

    def __init__(self, rules_dir: Path) -> None:
        self.junk = word_list(rules_dir / "junk_entities.txt")
        self.particles = word_list(rules_dir / "name_particles.txt")

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [ent for ent in doc.ents if not self.is_junk(ent)]
        for key in (RULES_KEY, WEAK_KEY):
            if key in doc.spans:
                doc.spans[key] = [s for s in doc.spans[key] if not self.is_junk(s)]
        return doc

    def is_junk(self, span: Span) -> bool:
        text = span.text
        if len(text) < 2 or not any(ch.isupper() for ch in text):
            return True
        if fold(text) in self.junk:
            return True
        if span.label_ == "PER" and any(t.is_lower and t.norm_ not in self.particles for t in span[1:]):
            return True  # "Ingénieure hydraulicienne": people's names are capitalised
        if len(span) == 1 and text.isupper() and span.end < len(span.doc):
            if span.doc[span.end].text[:1].isdigit():
                return True  # a product or a standard, not an organisation: "TAM 3", "ISO 9001"
        return any(t.like_email or t.like_url for t in span)


@Language.factory("veille_junk", default_config={"rules_dir": ""})
def make_junk_filter(nlp: Language, name: str, rules_dir: str) -> JunkFilter:
    return JunkFilter(Path(rules_dir))
