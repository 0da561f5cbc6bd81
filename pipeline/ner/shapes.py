"""`veille_shapes`: organisation names recognised by their shape, not by a list.

"Cluster des Matériaux Composites du Souss", "Pôle de compétitivité de Sfax", "Groupement des
Industries Navales et Portuaires" (a leading head word, then capitalised words joined by
connectors), "Tanger Tech Hub" (capitalised words closed by a trailing head word), "InnovSud",
"C3MT", "Hub500" (internal capitals or digits) and unknown acronyms. The model cuts the first
kind at "et" and misses the others. Head words, connectors and stop lists are data in
`models/rules/shapes.json` and `models/rules/acronym_stoplist.txt`.
Phrase matches go to `doc.spans["veille_rules"]`; single-token guesses, weaker, to
`doc.spans["veille_weak"]`.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.gazetteer import fold
from pipeline.ner.rules_data import exact_list, json_rules, word_list

RULES_KEY = "veille_rules"
WEAK_KEY = "veille_weak"
_INNER_CAPS = re.compile(r"^(?=\w*[A-Z])(?=\w*(?:[a-z][A-Z]|\d))(?=(?:\w*[A-Za-z]){2})\w{3,}$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")


def is_name_token(text: str) -> bool:
    """A capitalised word, an acronym or a word with internal capitals ("iD4CAR")."""
    return text[:1].isupper() or (any(ch.isupper() for ch in text) and text[:1].isalnum())


class ShapeRules:
    """Scans from head words: leading heads forward, trailing heads backward."""

    def __init__(self, rules_dir: Path) -> None:
        rules = json_rules(rules_dir / "shapes.json")
        self.leading = frozenset(fold(w) for w in rules["leading_heads"])
        self.lowercase_heads = frozenset(fold(w) for w in rules["lowercase_heads"])
        self.trailing = frozenset(rules["trailing_heads"])
        self.connectors = frozenset(fold(w) for w in rules["connectors"])
        self.inner_lowercase = frozenset(fold(w) for w in rules["inner_lowercase"])
        self.max_tokens = int(rules["max_tokens"])
        self.edge_words = word_list(rules_dir / "strip_words.txt")
        self.acronym_stop = exact_list(rules_dir / "acronym_stoplist.txt")
        self._other_starts: set[int] = set()

    def __call__(self, doc: Doc) -> Doc:
        norms = [t.norm_ for t in doc]
        texts = [t.text for t in doc]
        spans: list[Span] = []
        weak: list[Span] = []
        for i, text in enumerate(texts):
            if text in self.trailing:
                start = self._backward(texts, norms, i)
                if start is not None:
                    spans.append(Span(doc, start, i + 1, label="ORG"))
            if self._single_token_name(texts, i):
                weak.append(Span(doc, i, i + 1, label="ORG"))
        # Where another name starts, a head-led name cannot run on through "et".
        self._other_starts = {s.start for s in spans} | {s.start for s in doc.spans.get("veille_gazetteer", [])}
        self._other_starts |= {e.start for e in doc.ents if len(e) > 1}
        for i, (norm, text) in enumerate(zip(norms, texts)):
            if norm in self.leading and (text[:1].isupper() or norm in self.lowercase_heads):
                end = self._forward(texts, norms, i)
                if end:
                    spans.append(Span(doc, i, end, label="ORG"))
        doc.spans[RULES_KEY] = filter_spans(spans)
        doc.spans[WEAK_KEY] = weak
        return doc

    def _forward(self, texts: list[str], norms: list[str], head: int) -> int | None:
        """End (exclusive) of the name opened by `head`, or None when no capitalised word follows."""
        last_name: int | None = None
        limit = min(len(texts), head + self.max_tokens)
        i = head + 1
        while i < limit:
            text, norm = texts[i], norms[i]
            if is_name_token(text) and norm not in self.edge_words:
                last_name = i
            elif norm == "et" and self._starts_other_name(texts, norms, i + 1, limit):
                break
            elif norm not in self.connectors and norm not in self.inner_lowercase:
                break
            i += 1
        return None if last_name is None else last_name + 1

    def _starts_other_name(self, texts: list[str], norms: list[str], i: int, limit: int) -> bool:
        """After "et": does a new head-led name start ("le Pôle Mer et le Cluster Solaire")?"""
        while i < limit and norms[i] in self.connectors:
            i += 1
        return i < limit and (
            (norms[i] in self.leading and texts[i][:1].isupper()) or i in self._other_starts
        )

    def _backward(self, texts: list[str], norms: list[str], tail: int) -> int | None:
        """Start of the capitalised run closed by a trailing head ("Tanger Tech Hub")."""
        start = tail
        while start > 0 and tail - start < self.max_tokens:
            text, norm = texts[start - 1], norms[start - 1]
            if not is_name_token(text) or norm in self.edge_words or text in self.trailing:
                break
            start -= 1
        return None if start == tail else start

    def _single_token_name(self, texts: list[str], i: int) -> bool:
        text = texts[i]
        if _INNER_CAPS.match(text):
            return True
        if not _ACRONYM.match(text) or text in self.acronym_stop:
            return False
        # An all-capital heading ("APPEL À PROJETS") is not a run of acronyms.
        near = texts[max(0, i - 1) : i] + texts[i + 1 : i + 2]
        return not any(len(t) > 1 and t.isupper() and t.isalpha() for t in near)


@Language.factory("veille_shapes", default_config={"rules_dir": ""})
def make_shape_rules(nlp: Language, name: str, rules_dir: str) -> ShapeRules:
    return ShapeRules(Path(rules_dir))
