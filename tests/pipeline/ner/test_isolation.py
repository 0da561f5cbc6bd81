"""One bad article never stops the NLP stage: it gets its own outcome and the others are annotated.

The real fr_core_news_md pipeline runs here. Faults are injected the way they happen in the
wild: a text longer than the cap, a text spaCy's tokenizer refuses (E088), and a component that
raises on one text (inside a batch, in-process and in worker processes).
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from functools import lru_cache

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.events.batch import EventReader
from pipeline.events.records import EventMention
from pipeline.nlp import Analyzer, AnnotationFailed
from pipeline.records import AnnotatedArticle, Article, Rejection
from tests.nlp_models import shared_analyzer, shared_settings

GOOD = "Karim Alaoui, président du Réseau InnovSud, signera le 16 décembre prochain à Agadir."
POISON_WORD = "Empoisonné"
KILLER_WORD = "Foudroyé"


@Language.component("test_poison")
def _poison(doc: Doc) -> Doc:
    """A component that fails on one article, as a bug in a rule would."""
    if POISON_WORD in doc.text:
        raise RuntimeError("rule crashed on this text")
    return doc


@Language.component("test_killer")
def _killer(doc: Doc) -> Doc:
    """Kills the worker process it runs in, as the kernel's OOM killer or a segfault would."""
    if KILLER_WORD in doc.text and multiprocessing.parent_process() is not None:
        os._exit(1)
    return doc


def article(url: str, text: str) -> Article:
    return Article(url=url, source="s", title="", text=text, published_at=datetime(2019, 9, 5),
                   language="fr")


def outcomes(results: list[AnnotatedArticle | Rejection]) -> list[str]:
    return [r.outcome.value if isinstance(r, Rejection) else r.article.url for r in results]


@lru_cache(maxsize=1)
def two_processes() -> Analyzer:
    """Worker processes, two articles per chunk: a few articles make several chunks."""
    return Analyzer(shared_settings().model_copy(update={"nlp_processes": 2, "nlp_batch_size": 2}))


@contextmanager
def poisoned(analyzer: Analyzer, component: str = "test_poison") -> Iterator[Analyzer]:
    analyzer.nlp.add_pipe(component, before="veille_roles")
    try:
        yield analyzer
    finally:
        analyzer.nlp.remove_pipe(component)


def test_a_text_above_the_cap_is_too_long_and_the_others_are_annotated() -> None:
    analyzer = shared_analyzer()
    huge = "Le cluster Aerospace Valley réunit ses membres. " * (analyzer.settings.max_text_chars // 40)
    results = list(analyzer.annotate_each([article("a", GOOD), article("huge", huge), article("b", GOOD)]))
    assert outcomes(results) == ["a", "too-long", "b"]
    assert "VEILLE_MAX_TEXT_CHARS" in results[1].reason  # type: ignore[union-attr]
    assert ("Agadir", "LOC") in [(m.surface, m.label) for m in results[2].mentions]  # type: ignore[union-attr]


def test_a_text_the_tokenizer_refuses_is_isolated_and_the_stream_goes_on() -> None:
    analyzer = shared_analyzer()
    saved = analyzer.nlp.max_length
    analyzer.nlp.max_length = 2000  # below the cap: spaCy itself raises E088 inside the stream
    try:
        texts = [GOOD, GOOD + " " + "x" * 3000, GOOD, GOOD]
        results = list(analyzer.annotate_each(article(f"u{i}", t) for i, t in enumerate(texts)))
    finally:
        analyzer.nlp.max_length = saved
    assert outcomes(results) == ["u0", "nlp-error", "u2", "u3"]
    assert "E088" in results[1].reason  # type: ignore[union-attr]
    assert all(r.roles for r in results if isinstance(r, AnnotatedArticle))


def test_a_component_failing_inside_a_batch_loses_only_its_article() -> None:
    with poisoned(shared_analyzer()) as analyzer:
        texts = [GOOD, f"{POISON_WORD}. {GOOD}", GOOD, GOOD]
        results = list(analyzer.annotate_each(article(f"u{i}", t) for i, t in enumerate(texts)))
    assert outcomes(results) == ["u0", "nlp-error", "u2", "u3"]
    assert "rule crashed on this text" in results[1].reason  # type: ignore[union-attr]


def test_worker_processes_isolate_a_failing_batch_too() -> None:
    with poisoned(two_processes()) as analyzer:
        texts = [GOOD, GOOD, f"{POISON_WORD}. {GOOD}", GOOD, GOOD, GOOD]
        results = list(analyzer.annotate_each(article(f"u{i}", t) for i, t in enumerate(texts)))
    assert outcomes(results) == ["u0", "u1", "nlp-error", "u3", "u4", "u5"]


def test_a_worker_that_dies_loses_no_article() -> None:
    texts = [GOOD, GOOD, GOOD, f"{KILLER_WORD}. {GOOD}", *[GOOD] * 8]
    with poisoned(two_processes(), "test_killer") as analyzer:
        results = list(analyzer.annotate_each(article(f"u{i}", t) for i, t in enumerate(texts)))
    assert outcomes(results) == [f"u{i}" for i in range(len(texts))]  # u3 analysed here, alone
    assert all(r.roles for r in results if isinstance(r, AnnotatedArticle))


@pytest.mark.parametrize("before", [1, 7])  # in one chunk (analysed here), in several (workers)
def test_an_error_of_the_callers_stage_is_raised_after_the_articles_before_it(before: int) -> None:
    def articles() -> Iterator[Article]:
        for i in range(before):
            yield article(f"a{i}", GOOD)
        raise OSError("the extraction stage broke")

    results = []
    with pytest.raises(OSError, match="extraction stage broke"):
        for result in two_processes().annotate_each(articles()):
            results.append(result)  # noqa: PERF402  (keeps what came before the error)
    assert outcomes(results) == [f"a{i}" for i in range(before)]


def test_the_all_or_nothing_variant_says_why() -> None:
    analyzer = shared_analyzer()
    with pytest.raises(AnnotationFailed, match="VEILLE_MAX_TEXT_CHARS"):
        analyzer.annotate_text("x" * (analyzer.settings.max_text_chars + 1))


FUNDING = ("La start-up nantaise Kemira Parts a levé 2,5 millions d'euros auprès de Bpifrance "
           "le 3 septembre 2019 à Nantes.")


@lru_cache(maxsize=1)
def event_reader() -> EventReader:
    return EventReader.load(shared_settings().models_dir)


def read_or_fail(annotation: AnnotatedArticle) -> list[EventMention]:
    """The ingest's event reader, failing on one article as a bug in a cue rule would."""
    if POISON_WORD in annotation.article.text:
        raise IndexError("cue rule crashed on this text")
    return event_reader().read(annotation)


def test_the_workers_read_the_events_and_leave_a_failed_read_to_the_caller() -> None:
    texts = [FUNDING, GOOD, f"{POISON_WORD}. {FUNDING}", FUNDING, GOOD, FUNDING]
    results = list(two_processes().annotate_each((article(f"u{i}", t) for i, t in enumerate(texts)),
                                                 read_events=read_or_fail))
    assert outcomes(results) == [f"u{i}" for i in range(len(texts))]
    annotated = [r for r in results if isinstance(r, AnnotatedArticle)]
    assert [r.events is None for r in annotated] == [False, False, True, False, False, False]
    for result in annotated:  # what the worker read is what this process reads
        if result.events is not None:
            assert result.events == event_reader().read(replace(result, events=None))
    assert [e.type.value for e in annotated[0].events or []] == ["funding"]


def test_in_one_process_the_events_are_left_to_the_caller() -> None:
    results = list(shared_analyzer().annotate_each([article("a", FUNDING), article("b", FUNDING)],
                                                   read_events=read_or_fail))
    assert [r.events for r in results if isinstance(r, AnnotatedArticle)] == [None, None]


def test_a_worker_that_dies_loses_no_article_nor_its_events() -> None:
    """The articles a dead worker held are analysed here, alone: their events are read by the caller."""
    texts = [FUNDING, FUNDING, FUNDING, f"{KILLER_WORD}. {FUNDING}", *[FUNDING] * 8]
    with poisoned(two_processes(), "test_killer") as analyzer:
        results = list(analyzer.annotate_each((article(f"u{i}", t) for i, t in enumerate(texts)),
                                              read_events=read_or_fail))
    assert outcomes(results) == [f"u{i}" for i in range(len(texts))]
    annotated = [r for r in results if isinstance(r, AnnotatedArticle)]
    assert annotated[3].events is None  # analysed here after its worker died
    for result in annotated:
        events = result.events if result.events is not None else read_or_fail(result)
        assert [e.type.value for e in events] == ["funding"], result.article.url
