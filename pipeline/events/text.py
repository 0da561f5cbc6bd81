"""Sentences with offsets and a length-preserving folded form to match cues on.

Why length-preserving: every cue found in the folded text must map back to the same character
offsets of the article (evidence start_char/end_char, the entities around a cue).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "etc", "env", "no", "art"})
_END = re.compile(r"[.!?](?:[»”\"')\]]*)(?=\s+[«\"“(A-ZÀ-ÖØ-Ý0-9])|\n+")


def fold_char(ch: str) -> str:
    """One character, lower-cased and without accent; always one character back."""
    if ch in "’‘`´":
        return "'"
    if ch in "–—‑":
        return "-"
    if ch in "\u00a0\u202f":
        return " "
    base = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in base if not unicodedata.combining(c))
    return base[:1].lower() if base else ch


def fold_text(text: str) -> str:
    """`text` folded character by character: same length, same offsets."""
    return "".join(fold_char(ch) for ch in text)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split on sentence ends and line breaks, not after "M." or an initial ("K. Alaoui")."""
    found: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("."):
            word = re.search(r"(\w+)$", text[start:match.start()])
            if word and (fold_text(word.group(1)) in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _add(found, text, start, end)
        start = match.end()
    _add(found, text, start, len(text))
    return found


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Sentence(start, end, text[start:end]))
