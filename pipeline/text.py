"""The project's one text vocabulary: how a string is folded for matching, what an acronym is.

Why one module: folding existed four times (gazetteer, resolution, topic screen, story shingles)
and the copies had drifted on dashes and apostrophes, so a name could match in one stage and
not in the next. Every stage now folds with `fold`.

The decision, once: lower case; accents removed (NFKD, combining marks dropped, so ligatures
such as "ﬁ" become "fi"); every typographic apostrophe (’ ‘ ʼ ` ´) becomes "'", every dash
(‐ ‑ ‒ – — ―) becomes "-" and no-break spaces become spaces. Apostrophes and dashes are kept as characters, not dropped: "l'Oréal"
and "Rhône-Alpes" keep their word boundaries, and callers that ignore punctuation (shingles)
still ignore them. The length of a folded string may differ from the original (NFKD): fold a
copy for matching (`token.norm_`), never the text whose offsets are stored; where a match must
map back to offsets (the events reader), `fold_keep_offsets` folds character by character.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

APOSTROPHES = "’‘ʼ`´"
DASHES = "‐‑‒–—―"
_PLAIN = str.maketrans({**dict.fromkeys(APOSTROPHES, "'"), **dict.fromkeys(DASHES, "-")})

# Acronym shapes. Three stages ask "is this an acronym?" with different evidence at hand, so the
# three answers differ on purpose; they live here side by side so that a change to one is a
# visible decision about the others.
ACRONYM_TOKEN = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
"""A token written all in capitals ("CMCS", "R&D"): the NER shape rules, which see one token."""
ACRONYM_DEFINED = re.compile(r"^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9&]{1,11}$")
"""An acronym beside its definition ("Long Name (MedZ)"): looser, since the definition is there."""


class _FoldKeepCase(dict[int, str]):
    """A `str.translate` table: each code point to its NFKD decomposition (after `_PLAIN`) without
    combining marks, filled on first sight; `fold` is this table's translation, lower-cased.

    Why per character: NFKD only decomposes (each character on its own) and then reorders runs
    of combining marks, which are all dropped, so decomposing and dropping character by character
    gives the same string in one C pass instead of three (0.40 -> 0.13 core-s per 1,000 bench
    texts). `lower` stays on the whole string (a final capital sigma depends on what follows).
    """

    def __missing__(self, code_point: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code_point).translate(_PLAIN))
        kept = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[code_point] = kept
        return kept


_FOLD_EACH_CHAR_KEEP_CASE = _FoldKeepCase()


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """The match key of a string: "Pôle d’Excellence – Sud" -> "pole d'excellence - sud".

    Cached: an article's text is folded by the topic screen, the story signature and the
    press-release check in turn (three passes over every text, 5 s of a 1,000-article run).
    """
    return text.translate(_FOLD_EACH_CHAR_KEEP_CASE).lower()


def fold_char(ch: str) -> str:
    """One character folded as `fold` does, always one character back."""
    if ch in APOSTROPHES:
        return "'"
    if ch in DASHES:
        return "-"
    if ch in "\u00a0\u202f":
        return " "
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base[:1].lower() if base else ch


class _FoldEachChar(dict[int, str]):
    """A `str.translate` table mapping each code point to `fold_char` of it, filled on first sight.

    Why: the events reader folds whole articles; a Python loop over every character made the
    event stage cost seven times the NLP stage (`bench/ingest.py`). `translate` stays in C.
    """

    def __missing__(self, code_point: int) -> str:
        folded = fold_char(chr(code_point))
        self[code_point] = folded
        return folded


_FOLD_EACH_CHAR = _FoldEachChar()


def fold_keep_offsets(text: str) -> str:
    """`text` folded character by character: same length, so offsets stay valid."""
    return text.translate(_FOLD_EACH_CHAR)


def is_acronym(surface: str) -> bool:
    """ "CMCS", "C3MT", "IRESEN" (not "Medef"): one token, mostly capitals, 2 to 8 characters.

    The resolution stage's test, on a whole mention surface: one lower-case letter is allowed
    ("CEEMa") because names are matched across articles written by different hands.
    """
    text = surface.strip()
    if not 2 <= len(text) <= 8 or " " in text:  # most names: no letter need be looked at
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return (
        len(letters) >= 2
        and sum(ch.isupper() for ch in letters) >= len(letters) - 1
        and text[0].isupper()
    )
