"""Verb tense around a date: a hint for the occurrence a year-less date or a bare weekday means.

News mostly speak of the nearest occurrence, but "a annoncé vendredi" on a Wednesday is the
Friday before, and "se tiendra le 3 décembre" in June is the December to come.
"""
from __future__ import annotations

import re
from functools import cache

from pipeline.dates.vocabulary import apostrophes, load_vocabulary

CLAUSE_END = re.compile(r"[.!?;\n]")
BEFORE, AFTER = 60, 40
# Where the nearest verb is further back than BEFORE, an aside may sit between the verb and its
# date ("organisera, en partenariat avec la chambre de commerce de la région, un webinaire le 17
# février"): the clause is then read back this far, still taking the verb nearest the date.
FAR_BEFORE = 200
# A date that opens its sentence may stand far from its verb ("Mercredi, le conseil d'administration
# du pôle X a élu …"): with no verb nearer, the clause is read on this far.
FAR_AFTER = 160


@cache
def _markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = load_vocabulary().tense
    past, bare, future, bound = ("|".join(f"(?:{apostrophes(p)})" for p in raw[key])
                                 for key in ("past", "bare_participle", "future", "bound"))
    return (re.compile(past, re.IGNORECASE), re.compile(bare, re.IGNORECASE),
            re.compile(future, re.IGNORECASE), re.compile(bound, re.IGNORECASE))


def tense_hint(text: str, start: int, end: int) -> str | None:
    """"on_or_before" / "on_or_after" from the verb nearest to `text[start:end]` in its clause."""
    past, bare, future, bound = _markers()
    before = text[max(0, start - BEFORE):start]
    before = CLAUSE_END.split(before)[-1]
    after = CLAUSE_END.split(text[end:end + AFTER])[0]
    far = CLAUSE_END.split(text[max(0, start - FAR_BEFORE):start])[-1]
    if bare.search(before):  # "lancée en janvier": past unless the sentence's verb is future
        return "on_or_after" if future.search(after) or future.search(far) else "on_or_before"
    if bound.search(before) and past.search(far) and not future.search(far) and not future.search(after):
        # "… a désigné X directrice, à compter du 1er juillet", "a duré jusqu'au 15 juillet": a start or
        # an end told in the past is the nearest such day, either side of the article
        return None
    hits = _verbs(past, future, before)
    if hits:
        return max(hits)[1]
    later = [(m.start(), "on_or_before") for m in past.finditer(after)]
    later += [(m.start(), "on_or_after") for m in future.finditer(after)]
    if later:
        return min(later)[1]
    if bound.search(before):  # a deadline or a start ("jusqu'au", "avant le", "à partir du")
        return "on_or_after"
    hits = _verbs(past, future, far)  # none within BEFORE: any verb found is further back
    if hits:
        return max(hits)[1]
    if before.strip(" \t\"«(-–—"):
        return None
    far_after = CLAUSE_END.split(text[end:end + FAR_AFTER])[0]
    hits = _verbs(past, future, far_after)
    return min(hits)[1] if hits else None


def _verbs(past: re.Pattern[str], future: re.Pattern[str], text: str) -> list[tuple[int, str]]:
    """(end offset, hint) of every past and future verb form in `text`."""
    return ([(m.end(), "on_or_before") for m in past.finditer(text)]
            + [(m.end(), "on_or_after") for m in future.finditer(text)])
