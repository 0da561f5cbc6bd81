"""Overlong sentences and blank runs (round 2, session 26): the reader weighs every name of a
sentence against every cue, amount and date in it, so a list run into one 30,000-character
"sentence" cost it 14 s and a run of 2,000 spaces 35 s; sentences are now cut into pieces of at
most `MAX_SENTENCE_CHARS` and a run of three blanks or more is a break. Invented texts."""
from __future__ import annotations

from datetime import date

import pytest

from pipeline.events import EventType
from pipeline.events.text import MAX_SENTENCE_CHARS, sentences
from tests.events.reading import events_in

PUBLISHED = date(2037, 3, 15)
LIST = "Financements de l'année : " + ", ".join(f"{i} M€ pour Société Alpha{i}" for i in range(1, 1200)) + "."


def test_an_overlong_sentence_is_read_in_pieces_cut_after_a_comma():
    pieces = sentences(LIST)
    assert len(pieces) > len(LIST) // MAX_SENTENCE_CHARS
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(LIST[p.start:p.end] == p.text for p in pieces)             # offsets still index the article
    assert all(p.text.endswith(",") for p in pieces[:-1])                  # no item cut in two
    assert " ".join(p.text for p in pieces) == LIST                        # nothing lost between pieces


def test_one_unbroken_word_longer_than_the_limit_is_cut_at_the_limit():
    word = "x" * (2 * MAX_SENTENCE_CHARS + 10)
    assert [len(p.text) for p in sentences(word)] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 10]


def test_sentences_of_ordinary_length_are_left_whole():
    text = "Le pôle Aquanord, qui fédère " + "des entreprises de la filière, " * 40 + "a levé 2 M€."
    assert len(text) < MAX_SENTENCE_CHARS and [p.text for p in sentences(text)] == [text]


def test_a_run_of_blanks_breaks_the_sentence():
    text = "Le pôle Aquanord a levé 2 M€" + " " * 2000 + "auprès de Bpifrance."
    assert [p.text for p in sentences(text)] == ["Le pôle Aquanord a levé 2 M€", "auprès de Bpifrance."]


@pytest.mark.timeout(120)  # a hang guard, not a speed target (bench/reader_worst_case.py measures)
def test_an_article_after_an_overlong_list_is_still_read(event_lexicon):
    text = LIST + "\nLe pôle Aquanord a levé 3 M€ auprès de Bpifrance le 10 mars."
    events = events_in(text, event_lexicon, EventType.FUNDING, PUBLISHED)
    assert any({(p.mention.surface, p.role.value) for p in e.participants} >= {("Bpifrance", "funder")}
               for e in events)
    assert all(e.end_char - e.start_char <= MAX_SENTENCE_CHARS for e in events)
