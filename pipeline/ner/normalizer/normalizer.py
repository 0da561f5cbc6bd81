"""`veille_normalizer`: a case- and accent-folded `token.norm_` for the matchers that follow.

Why into `norm_` and never the text: character offsets must keep indexing `Article.text`. Why after
`ner`: the statistical model embeds NORM, so folding it earlier would change its features.
"""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.text import fold


class Normalizer:
    """Sets `token.norm_ = fold(token.text)`, memoised per surface (news repeats its words)."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        for token in doc:
            text = token.text
            folded = cache.get(text)
            if folded is None:
                folded = cache[text] = fold(text)
            token.norm_ = folded
        return doc
