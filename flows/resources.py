"""What an ingest run needs loaded once: the NLP model, the topic profile, the gazetteer names.

Why a separate object: loading spaCy takes seconds and hundreds of MB, so a run (or a long-lived
`veille serve` process) builds this once and hands it to every batch. The model itself loads
on first use, when an article has passed extraction, screening and de-duplication: a run whose
pages are all unchanged or off-topic never loads it (nor starts NLP worker processes).
"""
from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from flows.nlp_service import RemoteAnalyzer, analyzer_for
from pipeline.events.batch import EventReader
from pipeline.gazetteer import GazetteerEntry, all_surface_forms, load_gazetteer, read_watchlist
from pipeline.nlp import Analyzer
from pipeline.records import AnnotatedArticle, Article, Rejection
from pipeline.text import fold
from pipeline.topic import NameIndex, TopicProfile, screen_article
from veille.settings import Settings

Screen = Callable[[Article, str], "Rejection | None"]


@dataclass(slots=True)
class Resources:
    settings: Settings
    topic: TopicProfile
    gazetteer_names: NameIndex
    countries: dict[tuple[str, str], str]  # (type, folded surface form) -> ISO country
    events: EventReader                    # typed events: cues, amounts, rates, role forms
    registry: dict[tuple[str, str], tuple[str | None, bool]]  # (type, folded form) -> kind, watched
    _analyzer: Analyzer | RemoteAnalyzer | None = field(default=None, init=False, repr=False)

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        entries = load_gazetteer(settings.models_dir, settings.watchlist_path)
        return cls(
            settings=settings,
            topic=TopicProfile.load(settings.topic_profile),
            gazetteer_names=NameIndex.build(all_surface_forms(entries)),
            countries=_countries(entries),
            events=EventReader.load(settings.models_dir, settings.events_slot_model),
            registry=_registry(entries, settings),
        )

    @property
    def analyzer(self) -> Analyzer | RemoteAnalyzer:
        """The NLP pipeline (remote: the one `veille serve` keeps loaded), loaded on first use."""
        if self._analyzer is None:
            self._analyzer = analyzer_for(self.settings)
        return self._analyzer

    def annotate_each(self, articles: Iterable[Article]) -> Iterator[AnnotatedArticle | Rejection]:
        """`analyzer.annotate_each`, the model loaded only once a first article comes to it.

        Its NLP worker processes (`nlp_processes > 1`) also read each article's events
        (`AnnotatedArticle.events`), so that the run's own process stays free for crawling,
        extraction and loading; the NLP service of `veille serve` does not (the run reads them).
        """
        remaining = iter(articles)
        for first in remaining:
            analyzer = self.analyzer
            chained = itertools.chain((first,), remaining)
            if isinstance(analyzer, Analyzer):
                yield from analyzer.annotate_each(chained, read_events=self.events.read)
            else:
                yield from analyzer.annotate_each(chained)
            return

    @classmethod
    def for_this_process(cls, settings: Settings) -> Resources:
        """Loaded once per process and settings (a Dask worker serves many tasks with one model).

        Never through the NLP service of `veille serve`: workers must each analyse in parallel.
        """
        return _process_resources(settings.model_copy(update={"nlp_service": None}).model_dump_json())

    def screener(self) -> Screen:
        """`screen(article, source_topic)` bound to this run's profile and settings."""
        def screen(article: Article, source_topic: str) -> Rejection | None:
            return screen_article(
                article,
                source_topic=source_topic,
                profile=self.topic,
                threshold=self.settings.topic_threshold,
                languages=self.settings.languages,
                gazetteer_names=self.gazetteer_names,
                language_sample_chars=self.settings.language_sample_chars,
            )
        return screen


def _registry(
    entries: list[GazetteerEntry], settings: Settings
) -> dict[tuple[str, str], tuple[str | None, bool]]:
    """Every surface form of the gazetteer -> (kind, watched by the analysts)."""
    watched = set()
    if settings.watchlist_path is not None:
        watched = {(e.type, fold(form)) for e in read_watchlist(settings.watchlist_path)
                   for form in e.surface_forms()}
    return {
        (entry.type, fold(form)): (entry.kind, (entry.type, fold(form)) in watched)
        for entry in entries for form in entry.surface_forms()
    }


@dataclass(frozen=True, slots=True)
class Lookups:
    """What resolution and events need besides the NLP model: the committer of a Dask run or of a
    backfill settles batches with these, while the workers hold the model."""

    countries: dict[tuple[str, str], str]
    events: EventReader
    registry: dict[tuple[str, str], tuple[str | None, bool]]

    @classmethod
    def load(cls, settings: Settings) -> Lookups:
        entries = load_gazetteer(settings.models_dir, settings.watchlist_path)
        return cls(_countries(entries), EventReader.load(settings.models_dir, settings.events_slot_model), _registry(entries, settings))


def _countries(entries: list[GazetteerEntry]) -> dict[tuple[str, str], str]:
    """(type, folded surface form) -> ISO country, for every gazetteer entry that has one."""
    return {
        (entry.type, fold(form)): entry.country
        for entry in entries if entry.country
        for form in entry.surface_forms()
    }


@functools.cache
def _process_resources(settings_json: str) -> Resources:
    return Resources.load(Settings.model_validate_json(settings_json))
