"""Turn a batch of crawled pages into articles, annotations and outcomes.

This is the pure heart of an ingest run: extraction, language/topic screening, de-duplication,
NLP, story grouping and entity resolution, in that order. Every page ends with exactly one
`CrawlEvent`, and nothing here touches the network or the database: the caller passes in what
the warehouse already knows (`KnownContent`, `EntityCatalog`) and loads what comes back.
"""
from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from time import perf_counter

from pipeline.coverage import cites_press_release
from pipeline.events.batch import BatchEvents
from pipeline.events.records import EventMention
from pipeline.records import (
    AnnotatedArticle,
    Article,
    CrawlEvent,
    Entity,
    Outcome,
    RawPage,
    Rejection,
    Resolution,
    article_id_for,
    failure_reason,
)
from pipeline.stories import StoryGrouper
from pipeline.text import fold

Extractor = Callable[[RawPage], "Article | Rejection"]
Screener = Callable[[Article, str], "Rejection | None"]
# One result per article, in order: its annotation or why not (`too-long`, `nlp-error`).
Annotator = Callable[[Iterable[Article]], Iterable["AnnotatedArticle | Rejection"]]
Resolver = Callable[
    [Sequence[tuple[str, AnnotatedArticle]], Sequence[Entity], Sequence[tuple[str, str]]], Resolution
]
# The events an article states, read where it is analysed (a Dask worker, or here)...
EventFinder = Callable[[AnnotatedArticle], list[EventMention]]
# ...and tied to entities once the batch is resolved: (article id, story id, annotation, events
# read, or None to read them now) -> events, role spells.
EventStage = Callable[
    [Sequence[tuple[str, str, AnnotatedArticle, "list[EventMention] | None"]], Resolution], "BatchEvents"
]


# Asks the warehouse about a batch: (URLs, hashes) -> (stored hash by URL, stored URL by hash).
ContentLookup = Callable[[list[str], list[str]], "tuple[dict[str, str], dict[str, str]]"]
LOOKUP_PAGES = 64  # pages extracted ahead so their articles are looked up in one query


@dataclass(slots=True)
class KnownContent:
    """Content hashes the warehouse holds for the articles at hand, grown as the run stores them.

    Why: a re-fetched page whose text did not change is `unchanged`, and the same text under
    another URL (syndication without rel=canonical, a mirror) is a `duplicate`.

    With `lookup`, nothing is read up front: `look_up` asks the warehouse about the URLs and
    hashes of a batch of articles (one query), before any of them is classified; `classify`
    asks for an article not looked up yet. The answers stay for the run, beside what it stores.
    """

    hash_by_url: dict[str, str] = field(default_factory=dict)
    url_by_hash: dict[str, str] = field(default_factory=dict)
    lookup: ContentLookup | None = None
    looked_up_urls: set[str] = field(default_factory=set)
    looked_up_hashes: set[str] = field(default_factory=set)
    lookups: int = 0  # queries made

    @classmethod
    def from_hashes(cls, hash_by_url: dict[str, str]) -> KnownContent:
        url_by_hash = {digest: url for url, digest in sorted(hash_by_url.items())}
        return cls(dict(hash_by_url), url_by_hash)

    def look_up(self, articles: Iterable[Article]) -> None:
        """Ask the warehouse, in one query, about the URLs and hashes of `articles` not asked
        before. An answer never overrides what the run already holds for a key (it cannot:
        a key is asked before the run first writes it)."""
        if self.lookup is None:
            return
        articles = list(articles)
        urls = sorted({a.url for a in articles} - self.looked_up_urls)
        hashes = sorted({a.content_hash for a in articles} - self.looked_up_hashes)
        if not urls and not hashes:
            return
        self.looked_up_urls.update(urls)
        self.looked_up_hashes.update(hashes)
        self.lookups += 1
        stored_hashes, stored_urls = self.lookup(urls, hashes)
        for url, digest in stored_hashes.items():
            self.hash_by_url.setdefault(url, digest)
        for digest, url in stored_urls.items():
            self.url_by_hash.setdefault(digest, url)

    def classify(self, article: Article, *, force: bool = False) -> Rejection | None:
        """`None` when the article is new or updated, else why it is not stored again."""
        self.look_up((article,))  # already asked with its batch: no query
        previous = self.hash_by_url.get(article.url)
        if previous == article.content_hash and not force:
            return Rejection(Outcome.UNCHANGED, "content unchanged since last fetch")
        owner = self.url_by_hash.get(article.content_hash)
        if owner is not None and owner != article.url:
            return Rejection(Outcome.DUPLICATE, f"same text as {owner}")
        return None

    def remember(self, article: Article) -> None:
        self.hash_by_url[article.url] = article.content_hash
        self.url_by_hash.setdefault(article.content_hash, article.url)

    def restore(self, article: Article, previous_hash: str | None) -> None:
        """Undo `remember` for an article that was not stored after all (its NLP failed)."""
        if self.url_by_hash.get(article.content_hash) == article.url:
            del self.url_by_hash[article.content_hash]
        if previous_hash is None:
            self.hash_by_url.pop(article.url, None)
        else:
            self.hash_by_url[article.url] = previous_hash


@dataclass(slots=True)
class EntityCatalog:
    """The entities and aliases resolution matches against, updated after every batch."""

    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: set[tuple[str, str]] = field(default_factory=set)

    @classmethod
    def from_rows(cls, entities: Iterable[Entity], aliases: Iterable[tuple[str, str]]) -> EntityCatalog:
        return cls({entity.entity_id: entity for entity in entities}, set(aliases))

    def absorb(self, resolution: Resolution) -> None:
        for entity in resolution.entities:
            self.entities[entity.entity_id] = entity
        self.aliases.update(resolution.aliases)


@dataclass(frozen=True, slots=True)
class _Accepted:
    """A page whose article goes to the NLP stage, and what the warehouse knew of its URL."""

    page: RawPage
    article: Article
    previous_hash: str | None

    @property
    def status(self) -> str:
        return "updated" if self.previous_hash else "new"


@dataclass(slots=True)
class _Pending:
    """Pages read ahead of the NLP stage, not yet handed to a batch."""

    pages: list[RawPage] = field(default_factory=list)
    events: list[CrawlEvent] = field(default_factory=list)
    queue: deque[_Accepted] = field(default_factory=deque)  # accepted, awaiting NLP
    extract_seconds: float = 0.0


@dataclass(slots=True)
class BatchResult:
    """Everything one batch produces, ready for the warehouse loader."""

    pages: list[RawPage] = field(default_factory=list)  # every page of the batch, raw HTML kept

    articles: list[tuple[str, Article, str]] = field(default_factory=list)  # id, article, story_id
    annotated: list[tuple[str, AnnotatedArticle]] = field(default_factory=list)
    signatures: list[tuple[str, str, bytes]] = field(default_factory=list)
    events: list[CrawlEvent] = field(default_factory=list)
    resolution: Resolution = field(default_factory=Resolution)
    happenings: BatchEvents = field(default_factory=BatchEvents)  # typed events, role spells
    found_events: dict[str, list[EventMention]] = field(default_factory=dict)  # article id -> read where analysed
    coverage: list[tuple[str, str, float | None, bool]] = field(default_factory=list)  # id, story, similarity, release
    registry: list[tuple[str, str | None, bool]] = field(default_factory=list)  # entity_id, kind, watched
    seconds: dict[str, float] = field(default_factory=dict)  # time per stage, for run stats
    accepted: dict[str, _Accepted] = field(default_factory=dict)  # article id -> its page

    def timed(self, stage: str, since: float) -> float:
        now = perf_counter()
        self.seconds[stage] = self.seconds.get(stage, 0.0) + now - since
        return now


@dataclass(slots=True)
class BatchProcessor:
    """Runs the pipeline stages over pages; holds the run's growing knowledge between batches."""

    extract: Extractor
    screen: Screener
    annotate: Annotator
    resolve: Resolver
    stories: StoryGrouper
    known: KnownContent
    catalog: EntityCatalog
    source_topics: Mapping[str, str]
    force: bool = False  # reprocess: stored text is analysed again even when unchanged
    countries: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, folded name) -> ISO
    find_events: EventStage | None = None  # typed events after resolution (None: not read)
    read_events: EventFinder | None = None  # per article where it is analysed (None: at resolution)
    registry: dict[tuple[str, str], tuple[str | None, bool]] = field(default_factory=dict)  # (type, folded name) -> kind, watched

    def _with_country(self, entity: Entity) -> Entity:
        """Entities the gazetteer knows get its country (top entities by country need it)."""
        if entity.country:
            return entity
        country = self.countries.get((entity.type, fold(entity.name)))
        return replace(entity, country=country) if country else entity

    def _registry_rows(self, resolution: Resolution) -> list[tuple[str, str | None, bool]]:
        """Kind and watch-list flag of every entity the batch names (the registry's word)."""
        rows = []
        for entity_id in sorted({m.entity_id for m in resolution.mentions}):
            entity = self.catalog.entities.get(entity_id)
            if entity is not None:
                kind, watched = self.registry.get((entity.type, fold(entity.name)), (None, False))
                rows.append((entity_id, kind, watched))
        return rows

    def stream(self, pages: Iterable[RawPage], batch_size: int) -> Iterator[BatchResult]:
        """Process pages as one stream, yielding load-ready batches of about `batch_size` articles.

        Why a stream: the NLP stage sees one long iterator, so with `nlp_processes > 1` its
        workers stay busy on named entities while this process extracts the next pages; every
        page fetched and every rejection travels with the batch that is loaded next.
        """
        pending = _Pending()
        annotations = iter(self.annotate(self._accepted(pages, pending)))
        batch = BatchResult()
        clock = perf_counter()
        for annotation in annotations:
            accepted = pending.queue.popleft()
            if isinstance(annotation, Rejection):
                self._reject(batch, accepted, annotation)
                continue
            self._add(batch, accepted, annotation)
            if len(batch.articles) >= batch_size:
                yield self._finish(batch, pending, clock)
                batch, clock = BatchResult(), perf_counter()
        if batch.articles or pending.pages:
            yield self._finish(batch, pending, clock)

    def process(self, pages: Sequence[RawPage]) -> BatchResult:
        """All pages as one batch (tests, small inputs)."""
        results = list(self.stream(pages, batch_size=max(len(pages), 1)))
        return results[0] if results else BatchResult()

    def settle(self, analysed: BatchResult, *, keep_pages: bool = False) -> BatchResult:
        """Finish, against this run's knowledge, a batch analysed elsewhere (a Dask worker).

        Why: extraction, screening and NLP need no shared state and run where the pages are;
        de-duplication, story grouping and entity resolution need the run's whole knowledge, so
        the one process that writes the warehouse does them here, in the order batches arrive.
        Pages of articles not stored are dropped (a backfill's raw HTML stays in its archive)
        unless `keep_pages` (a crawl keeps every page it fetched, as in `stream`).
        """
        batch = BatchResult(seconds=dict(analysed.seconds))
        clock = perf_counter()
        batch.events = [event for event in analysed.events if event.outcome is not Outcome.STORED]
        self.known.look_up(article for _, article, _ in analysed.articles)
        for (article_id, article, _), (_, annotation) in zip(analysed.articles, analysed.annotated):
            page = analysed.accepted[article_id].page
            verdict = self.known.classify(article, force=self.force)
            if verdict is not None:  # unchanged or duplicate against the warehouse or this run
                batch.events.append(_event(page, verdict.outcome, verdict.reason))
                continue
            accepted = _Accepted(page, article, self.known.hash_by_url.get(article.url))
            self.known.remember(article)
            self._add(batch, accepted, annotation, analysed.found_events.get(article_id))  # stories, coverage, the stored event
        stored = {event.url for event in batch.events if event.outcome is Outcome.STORED}
        batch.pages = [page for page in analysed.pages if keep_pages or page.url in stored]
        return self._finish(batch, _Pending(), clock, seconds_from=analysed.seconds)

    def _accepted(self, pages: Iterable[RawPage], pending: _Pending) -> Iterator[Article]:
        """Articles worth annotating; rejections are kept aside as events of the current batch.

        Pages are extracted and screened `LOOKUP_PAGES` at a time, so that the warehouse is asked
        about their articles in one query (one at a time when there is nothing to ask); each is
        then classified and handed on in order, as if one by one (a page joins the pending batch
        only then).
        """
        iterator = iter(pages)
        # Nothing to ask (a first run, a reprocess): each page is handed on once screened, so the
        # NLP workers start on the first ones instead of after 64 pages' extraction.
        ahead = LOOKUP_PAGES if self.known.lookup is not None else 1
        while chunk := list(itertools.islice(iterator, ahead)):
            screened: list[tuple[RawPage, Article | Rejection, float]] = []
            for page in chunk:
                started = perf_counter()
                screened.append((page, self._screen_page(page), perf_counter() - started))
            started = perf_counter()
            self.known.look_up(v for _, v, _ in screened if not isinstance(v, Rejection))
            pending.extract_seconds += perf_counter() - started
            for page, screen_verdict, seconds in screened:
                started = perf_counter()
                pending.pages.append(page)
                verdict = screen_verdict
                if not isinstance(verdict, Rejection):
                    verdict = self.known.classify(verdict, force=self.force) or verdict
                if isinstance(verdict, Rejection):
                    pending.events.append(_event(page, verdict.outcome, verdict.reason))
                else:
                    pending.queue.append(_Accepted(page, verdict, self.known.hash_by_url.get(verdict.url)))
                    self.known.remember(verdict)
                pending.extract_seconds += seconds + perf_counter() - started
                if not isinstance(verdict, Rejection):
                    yield verdict

    def _add(self, batch: BatchResult, accepted: _Accepted, annotation: AnnotatedArticle,
             found: list[EventMention] | None = None) -> None:
        """Keep an annotated article: its story, coverage, stored event, and the events it states
        (`found`: already read where it was analysed)."""
        article = annotation.article
        article_id = article_id_for(article.url)
        if found is None:
            found = annotation.events  # read by the NLP worker that analysed it, if it did
        if found is None and self.read_events is not None:
            started = perf_counter()
            try:
                found = self.read_events(annotation)
            except Exception as error:  # poison: this article only, with the reason
                self._reject(batch, accepted, Rejection(Outcome.NLP_ERROR, f"events: {failure_reason(error)}"))
                return
            finally:
                batch.timed("events", started)
        try:
            story_id, signature = self.stories.assign(article_id, article.text)
        except Exception as error:  # poison: this article only, with the reason
            self._reject(batch, accepted, Rejection(Outcome.NLP_ERROR, f"stories: {failure_reason(error)}"))
            return
        if found is not None:
            batch.found_events[article_id] = found
        batch.articles.append((article_id, article, story_id))
        batch.annotated.append((article_id, annotation))
        batch.signatures.append((article_id, story_id, signature))
        batch.coverage.append((article_id, story_id, self.stories.copy_similarity(article_id),
                               cites_press_release(article.text)))
        batch.events.append(_event(accepted.page, Outcome.STORED, accepted.status))
        batch.accepted[article_id] = accepted

    def _reject(self, batch: BatchResult, accepted: _Accepted, rejection: Rejection) -> None:
        """A per-article stage failed after screening: recorded with its reason, not stored."""
        self.known.restore(accepted.article, accepted.previous_hash)
        batch.events.append(_event(accepted.page, rejection.outcome, rejection.reason))

    def _finish(
        self, batch: BatchResult, pending: _Pending, started: float,
        seconds_from: dict[str, float] | None = None,
    ) -> BatchResult:
        """Resolve the batch's entities and hand over the pages and rejections seen so far."""
        clock = perf_counter()
        if seconds_from is None:
            # Pages of articles still in the NLP stage go with the batch that stores them: the NLP
            # workers read ahead (up to `CHUNKS_IN_FLIGHT` chunks each, more than a batch), and a
            # batch's raw pages are kept only for the articles it stores (`pages_to_keep`).
            waiting = {id(accepted.page) for accepted in pending.queue}
            batch.pages = [page for page in pending.pages if id(page) not in waiting]
            pending.pages = [page for page in pending.pages if id(page) in waiting]
            batch.events, pending.events = pending.events + batch.events, []
            extract_seconds, pending.extract_seconds = pending.extract_seconds, 0.0
            batch.seconds["extract"] = extract_seconds
            batch.seconds["nlp"] = max(clock - started - extract_seconds - batch.seconds.get("events", 0.0), 0.0)
        else:  # analysed elsewhere: keep the worker's stage times, add the settling time
            batch.seconds["settle"] = batch.seconds.get("settle", 0.0) + clock - started
        if batch.annotated:
            try:
                batch.resolution = self._resolve(batch.annotated)
            except Exception:  # one article's mentions broke the batch: find it, keep the others
                batch.resolution = self._resolve_one_by_one(batch)
            batch.registry = self._registry_rows(batch.resolution)
        clock = batch.timed("resolve", clock)
        if batch.annotated and self.find_events is not None:
            stories = {article_id: story_id for article_id, _, story_id in batch.articles}
            batch.happenings = self.find_events(
                [(aid, stories[aid], ann, batch.found_events.get(aid)) for aid, ann in batch.annotated],
                batch.resolution,
            )
            batch.timed("events", clock)
        return batch

    def _resolve(self, annotated: Sequence[tuple[str, AnnotatedArticle]]) -> Resolution:
        resolution = self.resolve(
            annotated, list(self.catalog.entities.values()), sorted(self.catalog.aliases)
        )
        resolution.entities = [self._with_country(e) for e in resolution.entities]
        self.catalog.absorb(resolution)
        return resolution

    def _resolve_one_by_one(self, batch: BatchResult) -> Resolution:
        """Resolve each article alone; the one that still fails leaves the batch as `nlp-error`."""
        merged = Resolution()
        failed: dict[str, str] = {}
        for article_id, annotation in batch.annotated:
            try:
                one = self._resolve([(article_id, annotation)])
            except Exception as error:
                failed[article_id] = f"resolution: {failure_reason(error)}"
                continue
            merged.entities.extend(one.entities)
            merged.aliases.extend(one.aliases)
            merged.mentions.extend(one.mentions)
            merged.roles.extend(one.roles)
        merged.entities = list({e.entity_id: e for e in merged.entities}.values())
        for article_id, reason in failed.items():
            self._drop(batch, article_id, Rejection(Outcome.NLP_ERROR, reason))
        return merged

    def _drop(self, batch: BatchResult, article_id: str, rejection: Rejection) -> None:
        accepted = batch.accepted.pop(article_id)
        batch.articles = [row for row in batch.articles if row[0] != article_id]
        batch.annotated = [row for row in batch.annotated if row[0] != article_id]
        batch.signatures = [row for row in batch.signatures if row[0] != article_id]
        batch.coverage = [row for row in batch.coverage if row[0] != article_id]
        batch.events = [e for e in batch.events if not (e.url == accepted.page.url and e.outcome is Outcome.STORED)]
        self._reject(batch, accepted, rejection)

    def _screen_page(self, page: RawPage) -> Article | Rejection:
        try:
            extracted = self.extract(page)
        except Exception as error:  # poison page: quarantined with the reason, the run goes on
            return Rejection(Outcome.PARSE_ERROR, f"extraction: {failure_reason(error)}")
        if isinstance(extracted, Rejection):
            return extracted
        try:
            rejection = self.screen(extracted, self.source_topics.get(page.source, "clusters"))
        except Exception as error:
            return Rejection(Outcome.NLP_ERROR, f"language and topic: {failure_reason(error)}")
        return rejection or extracted


def defer_resolution(
    annotated: Sequence[tuple[str, AnnotatedArticle]], entities: Sequence[Entity],
    aliases: Sequence[tuple[str, str]],
) -> Resolution:
    """The resolver of a worker: resolution needs the run's whole catalog, `settle` does it."""
    return Resolution()


def _event(page: RawPage, outcome: Outcome, reason: str) -> CrawlEvent:
    return CrawlEvent(
        url=page.url,
        source=page.source,
        fetched_at=page.fetched_at,
        status=page.status,
        outcome=outcome,
        reason=reason,
    )
