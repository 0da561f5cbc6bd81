"""What an ingest run needs loaded once: the NLP model, the topic profile, the gazetteer names.

Why a separate object: loading spaCy takes seconds and hundreds of MB, so a run (or a long-lived
`veille serve` process) builds this once and hands it to every batch.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows.nlp_service import RemoteAnalyzer, analyzer_for
from pipeline.events.batch import EventReader
from pipeline.gazetteer import all_surface_forms, fold, load_gazetteer, read_watchlist
from pipeline.nlp import Analyzer
from pipeline.records import Article, Rejection
from pipeline.topic import NameIndex, TopicProfile, screen_article
from veille.settings import Settings

Screen = Callable[[Article, str], "Rejection | None"]


@dataclass(slots=True)
class Resources:
    settings: Settings
    analyzer: Analyzer | RemoteAnalyzer  # remote: the pipeline `veille serve` keeps loaded
    topic: TopicProfile
    gazetteer_names: NameIndex
    countries: dict[tuple[str, str], str]  # (type, folded surface form) -> ISO country
    events: EventReader                    # typed events: cues, amounts, rates, role forms
    registry: dict[tuple[str, str], tuple[str | None, bool]]  # (type, folded form) -> kind, watched

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        entries = load_gazetteer(settings.models_dir, settings.watchlist_path)
        return cls(
            settings=settings,
            analyzer=analyzer_for(settings),
            topic=TopicProfile.load(settings.topic_profile),
            gazetteer_names=NameIndex.build(all_surface_forms(entries)),
            countries={
                (entry.type, fold(form)): entry.country
                for entry in entries if entry.country
                for form in entry.surface_forms()
            },
            events=EventReader.load(settings.models_dir),
            registry=_registry(entries, settings),
        )

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
            )
        return screen


def _registry(entries: list, settings: Settings) -> dict[tuple[str, str], tuple[str | None, bool]]:  # type: ignore[type-arg]
    """Every surface form of the gazetteer -> (kind, watched by the analysts)."""
    watched = set()
    if settings.watchlist_path is not None:
        watched = {(e.type, fold(form)) for e in read_watchlist(settings.watchlist_path)
                   for form in e.surface_forms()}
    return {
        (entry.type, fold(form)): (entry.kind, (entry.type, fold(form)) in watched)
        for entry in entries for form in entry.surface_forms()
    }
