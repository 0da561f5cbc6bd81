"""Regex fragments for French date expressions, built from the vocabulary data.

Each fragment takes a group-name suffix so that one rule can hold two dates ("du 9 au 11 avril").
Boundaries are explicit lookarounds, never `\\b` alone: "A320", "COP22", "4.0" and "3 M€" must
not yield a number that looks like a day or a year.
"""
from __future__ import annotations

from pipeline.dates.vocabulary import APOSTROPHE, Vocabulary, alternation

A = APOSTROPHE
START = r"(?<![\w.,/+-])"          # a number starts here, not inside "A320", "4.0" or "+212"
END_NUMBER = r"(?![\w/]|[.,]\d|-\d)"  # and ends here: not "2019.5", "2019-12" or "17/20"
LOOSE_START = r"(?<![\w.,+])"      # the second number of "13-15 juillet", "2018-2021"
LOOSE_END = r"(?!\w|[.,]\d)"         # the first year of "2018-2021", "saison 2019/2020"


NEXT = r"prochaine?s?|suivante?s?|qui\s+vient"   # "les 24 et 25 juin prochains"
LAST = r"derni[eè]re?s?|pass[ée]e?s?|précédente?s?|precedente?s?"
NEXT_PL = r"prochaine?s?|suivante?s?"
# Where a clause ends: a bare day number ("prévu le 16.") or a two-digit year ("31 octobre 74")
# is a date only there, not before a unit or a noun ("le 16e", "le 20 heures", "mars 40 salariés")
# nor before another number ("le 28, 29 avril": a list the month ends).
CLAUSE_END = r"(?=[^\S\n]*(?:[.;!?)](?!\d)|,(?!\s*\d)|\n|$))"
LAST_PL = LAST


class Fragments:
    """Named-group fragments for one vocabulary; `x` is the suffix for the group names."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self._month = r"(?<!\w)" + alternation(list(vocab.months)) + r"(?!\w)"
        self._weekday_full = r"(?<!\w)" + alternation(list(vocab.weekdays_full)) + r"(?![\w-])"
        self._weekday_any = r"(?<!\w)" + alternation(list(vocab.weekdays)) + r"(?![\w-])"
        self._day_words = r"(?<![\w-])" + alternation(list(vocab.day_words)) + r"(?![\w-])"
        self._counts = r"(?<![\w-])" + alternation(list(vocab.count_words)) + r"(?![\w-])"
        self._ordinals = r"(?<!\w)" + alternation(list(vocab.ordinals)) + r"(?!\w)"

    def month(self, x: str = "") -> str:
        return f"(?P<mo{x}>{self._month})"

    def weekday(self, x: str = "", full: bool = False) -> str:
        return f"(?P<wd{x}>{self._weekday_full if full else self._weekday_any})"

    def dom(self, x: str = "", words: bool = True, after_dash: bool = False,
            suffix: bool = True) -> str:
        """Day of month: "1er", "03", "15e" (without `suffix`, digits only: "le 16e" is no day),
        or (with `words`) "premier", "quinze"."""
        start = LOOSE_START if after_dash else START
        ending = "(?:er|ᵉʳ|re|e|ème)?" if suffix else ""
        digits = rf"{start}(?P<d{x}>[12]\d|3[01]|0?[1-9]){ending}(?![\w,.]\d|\w)"
        if not words:
            return digits
        return f"(?:{digits}|(?P<dw{x}>{self._day_words}))"

    def year(self, x: str = "", after_dash: bool = False, before_dash: bool = False) -> str:
        start = LOOSE_START if after_dash else START
        end = LOOSE_END if before_dash else END_NUMBER
        return rf"{start}(?P<y{x}>1[89]\d\d|20\d\d){end}"

    def count(self) -> str:
        return rf"(?:{START}(?P<n>\d{{1,3}})(?!\w)|(?P<nw>{self._counts}))"

    def ordinal(self) -> str:
        return f"(?P<ord>{self._ordinals})"

    def cues(self, words: list[str]) -> str:
        """Words that must precede a bare year or month; an elided cue ("d'") needs no space."""
        parts = []
        for word in sorted(set(words), key=len, reverse=True):
            frag = alternation([word])
            parts.append(frag if word.endswith("'") else frag + r"\s+")
        return r"(?<![\w'’-])(?:" + "|".join(parts) + ")"
