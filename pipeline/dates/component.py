"""`veille_dates`: dates found inside spaCy's worker processes, beside the entities.

Why a component: `find_dates` costs about as much as the rest of the main process's work; run
there, it keeps one core busy while the NLP workers wait for it (`bench/nlp.py --processes 2`).
It needs each article's publication time, which travels as the Doc's context
(`nlp.pipe(..., as_tuples=True)`); the dates come back as plain tuples in `doc.user_data`, like
the roles. A Doc without that context (a text annotated alone) gets no dates here: the caller
finds them itself.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.dates.find import find_dates
from pipeline.records import DateMention

DATES_KEY = "veille_dates"  # doc.user_data: plain tuples, so they cross process boundaries


@dataclass(frozen=True, slots=True)
class Published:
    """The Doc's context: when its article was published (None: unknown)."""

    at: date | datetime | None


def dates_of(doc: Doc) -> list[DateMention] | None:
    """The dates `veille_dates` stored on the Doc, or None when it did not run on it."""
    stored = doc.user_data.get(DATES_KEY)
    if stored is None:
        return None
    return [DateMention(surface, value, start, end) for surface, value, start, end in stored]


class DateFinder:
    """Stores the Doc's dates when its context says when it was published."""

    def __call__(self, doc: Doc) -> Doc:
        context = doc._context
        if isinstance(context, Published):
            doc.user_data[DATES_KEY] = [(d.surface, d.value, d.start_char, d.end_char)
                                        for d in find_dates(doc.text, context.at)]
        return doc


@Language.factory("veille_dates")
def create_component(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
