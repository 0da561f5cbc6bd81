"""Sentences with offsets; cues are matched on `pipeline.text.fold_keep_offsets` (same length).

Why length-preserving: every cue found in the folded text must map back to the same character
offsets of the article (evidence start_char/end_char, the entities around a cue).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.text import fold_keep_offsets

_ABBREVIATIONS = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "etc", "env", "no", "art"})
# Abbreviated months: "6 nov. 2029" is one date, not a sentence end before the year.
_MONTHS = frozenset({"janv", "fevr", "fev", "avr", "juil", "sept", "oct", "nov", "dec"})
# what opens a sentence and never follows an initial: an elided or plain article, a pronoun
_OPENS_SENTENCE = re.compile(r"\s+(?:[LD]['’]|(?:Le|La|Les|Un|Une|Ce|Cette|Ces|Il|Elle|Ils|Elles|Son|Sa|Ses)\s)")
# (a column's items in one paragraph, each after a spaced dash: "… en juin. — Le cluster X a recruté …")
_END = re.compile(r"[.!?](?:[»”\"')\]]*)(?=\s+[«\"“(A-ZÀ-ÖØ-Ý0-9]|\s+[—–-]\s+[«\"“A-ZÀ-ÖØ-Ý])|\n+")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def sentences(text: str) -> list[Sentence]:
    """Split on sentence ends and line breaks, not after "M." or an initial ("K. Alaoui")."""
    return list(_sentences(text))  # the reader and the article walk both split the same text


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[Sentence, ...]:
    found: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("."):
            word = fold_keep_offsets(_last_word(text, start, match.start()))  # same length: `len` as before
            if word and (word in _ABBREVIATIONS or (len(word) == 1 and not _OPENS_SENTENCE.match(text, match.end()))):
                continue  # "K. Alaoui"; but "l'aéroport Mohammed V. L'unité …" ends there
            if word and word.lower() in _MONTHS and text[match.end():].lstrip()[:1].isdigit():
                continue
        end = match.end() if not match.group().startswith("\n") else match.start()
        _add(found, text, start, end)
        start = match.end()
    _add(found, text, start, len(text))
    return tuple(found)


def _last_word(text: str, start: int, end: int) -> str:
    """The word (`\\w+`) that ends `text[start:end]`, or before its one final line break, as
    `re.search(r"(\\w+)$", text[start:end])` finds it, without scanning the whole stretch."""
    if end > start and text[end - 1] == "\n":
        end -= 1
    first = end
    while first > start and (text[first - 1].isalnum() or text[first - 1] == "_"):
        first -= 1
    return text[first:end]


def _add(found: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        found.append(Sentence(start, end, text[start:end]))
