"""Turn a batch of crawled pages into articles, annotations and outcomes.

This is the pure heart of an ingest run: extraction, language/topic screening, de-duplication,
NLP, story grouping and entity resolution, in that order. Every page ends with exactly one
`CrawlEvent`, and nothing here touches the network or the database: the caller passes in what
the warehouse already knows (`KnownContent`, `EntityCatalog`) and loads what comes back.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from time import perf_counter

from pipeline.gazetteer import fold
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
)

Extractor = Callable[[RawPage], "Article | Rejection"]
Screener = Callable[[Article, str], "Rejection | None"]
Annotator = Callable[[Sequence[Article]], Iterable[AnnotatedArticle]]
Resolver = Callable[
    [Sequence[tuple[str, AnnotatedArticle]], Sequence[Entity], Sequence[tuple[str, str]]], Resolution
]


@dataclass(slots=True)
class KnownContent:
    """Content hashes already in the warehouse, grown as the run stores articles.

    Why: a re-fetched page whose text did not change is `unchanged`, and the same text under
    another URL (syndication without rel=canonical, a mirror) is a `duplicate`.
    """

    hash_by_url: dict[str, str] = field(default_factory=dict)
    url_by_hash: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_hashes(cls, hash_by_url: dict[str, str]) -> KnownContent:
        url_by_hash = {digest: url for url, digest in sorted(hash_by_url.items())}
        return cls(dict(hash_by_url), url_by_hash)

    def classify(self, article: Article, *, force: bool = False) -> Rejection | None:
        """`None` when the article is new or updated, else why it is not stored again."""
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


@dataclass(slots=True)
class BatchResult:
    """Everything one batch produces, ready for the warehouse loader."""

    articles: list[tuple[str, Article, str]] = field(default_factory=list)  # id, article, story_id
    annotated: list[tuple[str, AnnotatedArticle]] = field(default_factory=list)
    signatures: list[tuple[str, str, bytes]] = field(default_factory=list)
    events: list[CrawlEvent] = field(default_factory=list)
    resolution: Resolution = field(default_factory=Resolution)
    seconds: dict[str, float] = field(default_factory=dict)  # time per stage, for run stats

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
    stories: object  # pipeline.stories.StoryGrouper: add_existing / assign
    known: KnownContent
    catalog: EntityCatalog
    source_topics: dict[str, str]
    force: bool = False  # reprocess: stored text is analysed again even when unchanged
    countries: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, folded name) -> ISO

    def _with_country(self, entity: Entity) -> Entity:
        """Entities the gazetteer knows get its country (top entities by country need it)."""
        if entity.country:
            return entity
        country = self.countries.get((entity.type, fold(entity.name)))
        return replace(entity, country=country) if country else entity

    def process(self, pages: Sequence[RawPage]) -> BatchResult:
        result = BatchResult()
        clock = perf_counter()
        accepted: list[tuple[RawPage, Article, str]] = []
        for page in pages:
            verdict = self._screen_page(page)
            if isinstance(verdict, Rejection):
                result.events.append(_event(page, verdict.outcome, verdict.reason))
                continue
            previous = self.known.hash_by_url.get(verdict.url)
            self.known.remember(verdict)
            accepted.append((page, verdict, "updated" if previous else "new"))
        clock = result.timed("extract", clock)
        if not accepted:
            return result
        annotated = list(self.annotate([article for _, article, _ in accepted]))
        clock = result.timed("nlp", clock)
        for (page, article, status), annotation in zip(accepted, annotated, strict=True):
            article_id = article_id_for(article.url)
            story_id, signature = self.stories.assign(article_id, article.text)  # type: ignore[attr-defined]
            result.articles.append((article_id, article, story_id))
            result.annotated.append((article_id, annotation))
            result.signatures.append((article_id, story_id, signature))
            result.events.append(_event(page, Outcome.STORED, status))
        result.resolution = self.resolve(
            result.annotated, list(self.catalog.entities.values()), sorted(self.catalog.aliases)
        )
        result.resolution.entities = [self._with_country(e) for e in result.resolution.entities]
        self.catalog.absorb(result.resolution)
        result.timed("resolve", clock)
        return result

    def _screen_page(self, page: RawPage) -> Article | Rejection:
        extracted = self.extract(page)
        if isinstance(extracted, Rejection):
            return extracted
        rejection = self.screen(extracted, self.source_topics.get(page.source, "clusters"))
        if rejection is None:
            rejection = self.known.classify(extracted, force=self.force)
        return rejection or extracted


def _event(page: RawPage, outcome: Outcome, reason: str) -> CrawlEvent:
    return CrawlEvent(
        url=page.url,
        source=page.source,
        fetched_at=page.fetched_at or datetime.utcnow(),
        status=page.status,
        outcome=outcome,
        reason=reason,
    )
