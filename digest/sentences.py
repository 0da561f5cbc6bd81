"""Cut the sentence around a date mention out of a window of article text (pure)."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…](?=\s+[A-ZÀ-ÖØ-Þ«\"“])|\n")
MAX_SENTENCE = 280


def sentence_around(context: str, start: int, end: int) -> str:
    """The sentence of `context` containing `context[start:end]`, shortened with `…` if long."""
    before = [m.end() for m in _SENTENCE_END.finditer(context, 0, start)]
    sentence_start = before[-1] if before else 0
    after = _SENTENCE_END.search(context, end)
    sentence_end = after.end() if after else len(context)
    sentence = " ".join(context[sentence_start:sentence_end].split())
    if len(sentence) <= MAX_SENTENCE:
        return sentence
    return _shorten_around(sentence, context[start:end])


def _shorten_around(sentence: str, surface: str) -> str:
    """Keep a window of the sentence centred on the date surface."""
    position = max(sentence.find(" ".join(surface.split())), 0)
    half = MAX_SENTENCE // 2
    left = max(position - half, 0)
    right = min(left + MAX_SENTENCE, len(sentence))
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(sentence) else ""
    return prefix + sentence[left:right].strip() + suffix
