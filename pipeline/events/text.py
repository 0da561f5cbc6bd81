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
_MONTHS = frozenset({"jan", "janv", "fevr", "fev", "avr", "juil", "juill", "sep", "sept", "oct", "nov", "dec"})
# what opens a sentence and never follows an initial: an elided or plain article, a pronoun
_OPENS_SENTENCE = re.compile(r"\s+(?:[LD]['’]|(?:Le|La|Les|Un|Une|Ce|Cette|Ces|Il|Elle|Ils|Elles|Son|Sa|Ses)\s)")
# (a column's items in one paragraph, each after a spaced dash: "… en juin. — Le cluster X a recruté …")
# (a run of three blanks or more is a break too: crawled text never holds one, extraction collapses
# them, but a text handed in raw must not feed the cues' "\s*…\s*" runs of hundreds of spaces)
_END = re.compile(r"[.!?](?:[»”\"')\]]*)(?=\s+[«\"“(A-ZÀ-ÖØ-Ý0-9]|\s+[—–-]\s+[«\"“A-ZÀ-ÖØ-Ý])|\n+|\s{3,}")
# Emoji of a post. One after « ! » ends no sentence (« 800 k€ ! 🙌 Merci au réseau X, qui a mené
# l'opération »: the funder is still told there), but it opens a clause (the reader's
# `_CLAUSE_START`) and is no word of a sentence it opens.
EMOJI = "\u2190-\u2bff\u2700-\u27bf\ufe0f\u200d\U0001f000-\U0001faff"
_OPENING_EMOJI = re.compile("[" + EMOJI + "]")
# A longer sentence is read in pieces cut after a semicolon or comma (else a space): the cues weigh
# every name of a sentence against every amount, date and cue in it, a cost that grows with the
# square of its length. No gold sentence is longer than 406 characters, none of the real pages of
# ../shared/benchmarks/extraction-fr longer than 755; a 30,000-character list run into one
# "sentence" (« 1 M€ pour A, 2 M€ pour B, … ») took 14 s to read, its pieces take a second
# (bench/reader_worst_case.py).
MAX_SENTENCE_CHARS = 1500
_CUT = re.compile(r"[;,]\s|\s")


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
    while start < end and (text[start].isspace() or _OPENING_EMOJI.match(text, start)):
        start += 1  # (an emoji that opens a post's sentence is no word of it: "🎈 X inaugure …")
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = _cut(text, start)
        _add(found, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        found.append(Sentence(start, end, text[start:end]))


def _cut(text: str, start: int) -> int:
    """Where a piece of an overlong sentence ends: after its last "; " or ", " (else its last blank)
    in the second half of `MAX_SENTENCE_CHARS`, else at the limit itself (one unbroken word)."""
    limit, half = start + MAX_SENTENCE_CHARS, start + MAX_SENTENCE_CHARS // 2
    last_punct = last_blank = None
    for match in _CUT.finditer(text, half, limit):
        if match.group()[0] in ";,":
            last_punct = match.start() + 1
        else:
            last_blank = match.start()
    return last_punct or last_blank or limit
