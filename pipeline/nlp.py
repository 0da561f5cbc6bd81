"""The NLP stage: entities, roles and dates for each article, with one spaCy pipeline.

Why only `ner` of fr_core_news_md: in this model the NER has its own tok2vec, and nothing of
Veille reads POS, lemmas or the parse. Excluding tok2vec, morphologizer, parser, attribute_ruler
and lemmatizer leaves entities unchanged on the gold set, slightly better on NewsEye, and makes the
stage ~5x faster (README, "Entities, roles and dates"). Veille's rule components (`pipeline.ner`) follow `ner`,
then roles (`veille_roles`) and dates (`veille_dates`, each text carrying its publication time as
context). With `nlp_processes > 1`, forked worker processes analyse whole chunks of articles and
send back only mentions, dates and roles (`Analyzer._annotate_in_workers`), not spaCy Docs, and
the events each article states when the caller asks for them (`read_events`).
"""
from __future__ import annotations

import gc
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date, datetime
from importlib.metadata import entry_points

import spacy
import srsly  # type: ignore[import-untyped]  # srsly ships no stubs
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

from pipeline.dates.component import Published, dates_of
from pipeline.dates.find import find_dates
from pipeline.events.records import EventMention
from pipeline.heap import keep_freed_memory
from pipeline.ner import add_veille_pipes
from pipeline.ner.roles import mention, roles_of
from pipeline.records import (
    AnnotatedArticle,
    AnnotationFailed,
    Article,
    DateMention,
    EntityMention,
    Outcome,
    Rejection,
    RoleMention,
    failure_reason,
)
from pipeline.workers import children_die_with_us
from veille.settings import Settings

# Components of fr_core_news_md that entity recognition does not need.
UNUSED_COMPONENTS = ("tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter")


def load_bare_ner(settings: Settings) -> Language:
    """The baseline Veille is measured against: fr_core_news_md with only what NER needs."""
    skip_empty_codec_lookups()
    return spacy.load(settings.spacy_model, exclude=list(UNUSED_COMPONENTS))


def skip_empty_codec_lookups() -> bool:
    """Stop srsly from scanning entry points for msgpack codecs when no package declares one.

    Why: with `nlp_processes > 1` every Doc comes back from a worker as msgpack, and srsly asks
    `importlib.metadata` for codec entry points three times per Doc (3 ms each): a third of the
    main process's time, measured with cProfile. Nothing installed declares any, so the codecs
    found are exactly the same; if a package ever does, the scan stays on. Returns whether it
    was switched off.
    """
    groups = {f"{registry.namespace[0]}_{registry.namespace[1]}": registry
              for registry in (srsly.msgpack_encoders, srsly.msgpack_decoders)}
    declared = {group for group in groups if entry_points(group=group)}
    for group, registry in groups.items():
        registry.entry_points = group in declared
    return not declared


def ner_of(nlp: Language) -> EntityRecognizer:
    """The pipeline's `ner` component, typed."""
    ner = nlp.get_pipe("ner")
    if not isinstance(ner, EntityRecognizer):
        raise TypeError(f"the `ner` of this pipeline is a {type(ner).__name__}, not an EntityRecognizer")
    return ner


def load_pipeline(settings: Settings) -> Language:
    """fr_core_news_md reduced to `ner`, then Veille's entity components and roles."""
    nlp = load_bare_ner(settings)
    if settings.ner_weights is not None:  # same architecture and labels: only the weights change
        ner_of(nlp).from_disk(settings.ner_weights, exclude=["vocab"])
    nlp = add_veille_pipes(nlp, settings.models_dir, settings.watchlist_path)
    nlp.add_pipe("veille_roles", config={"rules_dir": str(settings.models_dir / "rules")})
    nlp.add_pipe("veille_dates")
    return nlp


class _SkipBatch:
    """spaCy error handler: a failing batch is dropped (its docs do not come back), error kept.

    Why not raise: the default handler raises out of `nlp.pipe`, which ends the whole stream;
    dropped docs are noticed by `Analyzer.annotate_each` and their texts retried one by one.
    """

    def __init__(self) -> None:
        self.last: str | None = None

    def __call__(self, proc_name: str | None, proc: object, docs: object, error: Exception) -> None:
        self.last = f"{proc_name or 'nlp worker'}: {failure_reason(error)}"


# The events an article states, read from its annotation (`pipeline.events.batch.EventReader.read`).
EventFinder = Callable[[AnnotatedArticle], list[EventMention]]
# What a worker sends back for an article: its mentions, dates, roles and events, None when not
# read there (the article stays here).
_Found = tuple[list[EntityMention], list[DateMention], list[RoleMention], list[EventMention] | None]
# Articles per chunk sent to a worker: small, so that a source with a few dozen new articles
# keeps every worker busy and the last chunk leaves no worker idle for long (`ner` measured no
# slower with batches of 16 than of 64); and chunks per worker in flight, so that a worker always
# finds the next one queued while this process reads (extracts) the next articles.
CHUNK_ARTICLES = 16
CHUNKS_IN_FLIGHT = 8  # 256 articles with 2 workers, what spaCy's nlp.pipe kept in flight at batch 64
_CAN_FORK = "fork" in multiprocessing.get_all_start_methods()  # the workers share the loaded model
_worker: Analyzer | None = None  # in a worker process of `Analyzer._annotate_in_workers`
_worker_reads: EventFinder | None = None  # and the events it reads there, if asked


def _become_worker(analyzer: Analyzer, read_events: EventFinder | None) -> None:
    """Pool initializer: the forked copies of the parent's analyzer and event reader are this worker's."""
    global _worker, _worker_reads
    _worker, _worker_reads = analyzer, read_events
    gc.freeze()  # the model's objects, inherited: never scanned by this worker's collections


def _annotate_chunk(articles: list[Article]) -> list[_Found | Rejection]:
    """In a worker: a chunk of articles analysed whole, only the findings returned."""
    assert _worker is not None, "not a worker of Analyzer._annotate_in_workers"
    return [result if isinstance(result, Rejection) else (result.mentions, result.dates, result.roles, _events_of(result))
            for result in _worker._annotate_here(articles)]


def _events_of(annotation: AnnotatedArticle) -> list[EventMention] | None:
    """In a worker: the article's events, or None if not asked or if reading them failed.

    Why None on failure: the caller reads them again itself and the failure is then its own, with
    the same outcome and reason for the article as when it reads every article (the ingest's
    `BatchProcessor`: that article only, `nlp-error`, "events: ...").
    """
    if _worker_reads is None:
        return None
    try:
        return _worker_reads(annotation)
    except Exception:  # read again by the caller, which records why
        return None


class _Chunks:
    """The caller's articles, `size` at a time; an exception of its iterator is kept for the end."""

    def __init__(self, articles: Iterable[Article], size: int) -> None:
        self._source = iter(articles)
        self._size = size
        self._back: list[list[Article]] = []
        self._error: Exception | None = None
        self.ended = False  # the iterator is exhausted (or failed)

    def next(self) -> list[Article]:
        """The next chunk; empty when there is none."""
        if self._back:
            return self._back.pop()
        chunk: list[Article] = []
        while not self.ended and len(chunk) < self._size:
            try:
                chunk.append(next(self._source))
            except StopIteration:
                self.ended = True
            except Exception as error:  # the caller's stage failed: raised after what came before
                self._error = error
                self.ended = True
        return chunk

    def put_back(self, chunk: list[Article]) -> bool:
        """Return `chunk` to be the next one; whether there was anything to return."""
        if chunk:
            self._back.append(chunk)
        return bool(chunk)

    def raise_upstream(self) -> None:
        if self._error is not None:
            raise self._error


def outside_people(dates: list[DateMention], mentions: list[EntityMention]) -> list[DateMention]:
    """The dates not inside a person's name: "Claire Noël", "Marie Toussaint" name no holiday."""
    people = [(m.start_char, m.end_char) for m in mentions if m.label == "PER"]
    if not people:
        return dates
    return [d for d in dates if not any(start <= d.start_char and d.end_char <= end for start, end in people)]


class Analyzer:
    """Loads the model once; turns articles into `AnnotatedArticle`s in batches."""

    def __init__(self, settings: Settings, *, with_dates: bool = True) -> None:
        self.settings = settings
        keep_freed_memory()  # this process and the workers it forks (pipeline/heap.py)
        self.nlp = load_pipeline(settings)
        self.with_dates = with_dates
        # Long texts are refused on purpose (`too-long`, below), never by spaCy's own E088 limit.
        self.nlp.max_length = max(self.nlp.max_length, settings.max_text_chars + 1)
        self._errors = _SkipBatch()
        self._set_error_handler()

    def _set_error_handler(self) -> None:
        """Like `nlp.set_error_handler`, which fails on spaCy's Cython `ner`: that one keeps
        raising, which breaks the stream, a case `annotate_each` handles too."""
        self.nlp.default_error_handler = self._errors
        for _name, component in self.nlp.pipeline:
            try:
                component.set_error_handler(self._errors)  # type: ignore[attr-defined]  # spaCy's pipes have it, its stub's Callable does not
            except AttributeError:
                continue

    def annotate(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle]:
        """Annotate articles lazily, in input order; raise `AnnotationFailed` on the first failure.

        For callers that want all or nothing (evaluation, benchmarks, `veille annotate`); the
        ingest pipeline uses `annotate_each`, where one bad article never stops the others.
        """
        for result in self.annotate_each(articles):
            if isinstance(result, Rejection):
                raise AnnotationFailed(result)
            yield result

    def annotate_each(self, articles: Iterable[Article], *,
                      read_events: EventFinder | None = None) -> Iterator[AnnotatedArticle | Rejection]:
        """One result per article, in input order: its annotation, or a `Rejection` saying why not.

        With `nlp_processes > 1` the articles go, in chunks (`CHUNK_ARTICLES`), to worker
        processes that analyse them whole (`_annotate_in_workers`); otherwise they are analysed
        here (`_annotate_here`). Either way failures stay with their article, and an exception
        raised by the caller's `articles` iterator is not ours: it propagates, after the results
        of the articles before it. `read_events`: the workers also read each article's events
        (`AnnotatedArticle.events`), so that this process does not; an article analysed here
        (one process, a single chunk, a retry after a worker died) or whose reading failed in a
        worker comes back with `events` None, for the caller to read.
        """
        if self.settings.nlp_processes > 1 and _CAN_FORK:
            return self._annotate_in_workers(articles, read_events)
        return self._annotate_here(articles)

    def _annotate_in_workers(self, articles: Iterable[Article],
                             read_events: EventFinder | None = None) -> Iterator[AnnotatedArticle | Rejection]:
        """`_annotate_here` run by `nlp_processes` forked workers, on chunks of articles.

        Why not `nlp.pipe(n_process=N)`: there this process tokenised every text (to attach its
        publication date, `as_tuples`), serialised it, then received and rebuilt every analysed
        Doc, while the workers waited for it. Here a worker does all of an article's analysis and
        sends back only what was found (`_Found`); this process just deals out chunks and puts
        the results back in order. At most `CHUNKS_IN_FLIGHT` chunks per worker are in flight, so
        the caller's iterator (extraction) runs while the workers analyse. Input that fits in one chunk is
        analysed here: no fork for one text. A worker that dies (killed, out of memory) breaks
        the pool: the articles in flight are retried here one by one, and a new pool carries on.
        """
        chunks = _Chunks(articles, min(self.settings.nlp_batch_size, CHUNK_ARTICLES))
        first = chunks.next()
        if chunks.ended:  # all in one chunk: not worth a fork
            yield from self._annotate_here(first)
            chunks.raise_upstream()
            return
        chunks.put_back(first)
        window = CHUNKS_IN_FLIGHT * self.settings.nlp_processes
        while chunks.put_back(chunks.next()):
            # Forked inside the block, so that the workers die with this process (pipeline/workers.py).
            with children_die_with_us():
                pool = ProcessPoolExecutor(self.settings.nlp_processes, mp_context=multiprocessing.get_context("fork"),
                                           initializer=_become_worker, initargs=(self, read_events))
                in_flight: deque[tuple[list[Article], Future[list[_Found | Rejection]]]] = deque()
                try:
                    while True:
                        while len(in_flight) < window and (chunk := chunks.next()):
                            in_flight.append((chunk, pool.submit(_annotate_chunk, chunk)))
                        if not in_flight:
                            break
                        chunk, future = in_flight.popleft()
                        try:
                            found = future.result()
                        except BrokenProcessPool:  # a worker died: retry what was sent, then a new pool
                            for article in [*chunk, *(a for c, _ in in_flight for a in c)]:
                                yield self._alone(article)
                            in_flight.clear()
                            break
                        yield from (item if isinstance(item, Rejection) else AnnotatedArticle(article, *item)
                                    for article, item in zip(chunk, found, strict=True))
                finally:
                    pool.shutdown(wait=True, cancel_futures=True)
        chunks.raise_upstream()

    def _annotate_here(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle | Rejection]:
        """`annotate_each` in this process (also what each worker of `_annotate_in_workers` runs).

        Texts stream through `nlp.pipe`, `Settings.nlp_batch_size` at a time, each with its
        publication time as context for `veille_dates`. Failures stay with their article: a text
        above `max_text_chars` is never sent (`too-long`); a batch that fails inside spaCy is
        dropped by `_SkipBatch` and its texts are retried one by one (`nlp-error` for the one that
        still fails); if the stream itself breaks, the texts in flight are retried alone and a
        new stream carries on with the rest.
        """
        source = iter(articles)
        upstream: list[Exception] = []
        finished = False
        while not finished:
            in_flight: deque[Article | Rejection] = deque()  # sent to spaCy, or refused, in order
            sent = 0

            def texts() -> Iterator[tuple[str, Published | None]]:
                nonlocal finished, sent
                while True:
                    try:
                        article = next(source)
                    except StopIteration:
                        finished = True
                        return
                    except Exception as error:  # the caller's stage failed: re-raised below
                        upstream.append(error)
                        finished = True
                        return
                    sent += 1
                    refusal = self._refusal(article)
                    in_flight.append(refusal or article)  # noqa: B023  (consumed in this iteration)
                    if refusal is None:
                        yield article.text, Published(article.published_at) if self.with_dates else None

            docs = self.nlp.pipe(texts(), batch_size=self.settings.nlp_batch_size, as_tuples=True)
            try:
                for doc, _published in docs:
                    yield from self._until_match(in_flight, doc)
            except Exception:  # the stream broke (e.g. in the tokenizer): isolate the culprit
                if not sent:
                    raise  # not an article's fault: spaCy cannot run at all
            yield from (self._alone(item) if isinstance(item, Article) else item for item in in_flight)
        if upstream:
            raise upstream[0]

    def _until_match(self, in_flight: deque[Article | Rejection], doc: Doc) -> Iterator[AnnotatedArticle | Rejection]:
        """Results up to the article `doc` belongs to; articles skipped over were dropped by spaCy."""
        while in_flight:
            item = in_flight.popleft()
            if isinstance(item, Rejection):
                yield item
            elif item.text == doc.text:  # spaCy keeps the text exactly, so a Doc finds its article
                yield self._annotated(item, doc)
                return
            else:
                yield self._alone(item)

    def _refusal(self, article: Article) -> Rejection | None:
        length = len(article.text)
        if length > self.settings.max_text_chars:
            return Rejection(
                Outcome.TOO_LONG,
                f"{length} characters of text, above VEILLE_MAX_TEXT_CHARS={self.settings.max_text_chars}",
            )
        return None

    def _alone(self, article: Article) -> AnnotatedArticle | Rejection:
        """Retry one article by itself after its batch failed: annotated, or `nlp-error` with why."""
        self._errors.last = None
        try:
            doc = self.nlp(article.text)
        except Exception as error:
            return Rejection(Outcome.NLP_ERROR, f"nlp: {failure_reason(error)}")
        if self._errors.last is not None:  # set by the handler inside self.nlp()
            return Rejection(Outcome.NLP_ERROR, f"nlp: {self._errors.last}")  # type: ignore[unreachable]
        return self._annotated(article, doc)

    def _annotated(self, article: Article, doc: Doc) -> AnnotatedArticle | Rejection:
        try:
            mentions = [mention(ent) for ent in doc.ents]
            roles = roles_of(doc)
        except Exception as error:
            return Rejection(Outcome.NLP_ERROR, f"roles: {failure_reason(error)}")
        try:
            found = dates_of(doc)  # found in the worker, or not run there (a text annotated alone)
            dates = outside_people(found if found is not None else self._dates(article), mentions)
        except Exception as error:
            return Rejection(Outcome.NLP_ERROR, f"dates: {failure_reason(error)}")
        return AnnotatedArticle(article=article, mentions=mentions, dates=dates, roles=roles)

    def _dates(self, article: Article) -> list[DateMention]:
        if not self.with_dates:
            return []
        return list(find_dates(article.text, article.published_at))

    def annotate_text(self, text: str, published: date | datetime | None = None) -> AnnotatedArticle:
        """One text, outside any crawl (tests, `veille annotate`); `AnnotationFailed` if it cannot be."""
        if published is not None and not isinstance(published, datetime):
            published = datetime(published.year, published.month, published.day)
        article = Article(url="", source="", title="", text=text, published_at=published, language="fr")
        return next(self.annotate([article]))
