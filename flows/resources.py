"""What an ingest run needs loaded once: the NLP model, the topic profile, the gazetteer names.

Why a separate object: loading spaCy takes seconds and hundreds of MB, so a run (or a long-lived
`veille serve` process) builds this once and hands it to every batch.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.gazetteer import all_surface_forms, fold, load_gazetteer
from pipeline.nlp import Analyzer
from pipeline.records import Article, Rejection
from pipeline.topic import NameIndex, TopicProfile, screen_article
from veille.settings import Settings

Screen = Callable[[Article, str], "Rejection | None"]


@dataclass(slots=True)
class Resources:
    settings: Settings
    analyzer: Analyzer
    topic: TopicProfile
    gazetteer_names: NameIndex
    countries: dict[tuple[str, str], str]  # (type, folded surface form) -> ISO country

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        entries = load_gazetteer(settings.models_dir, settings.watchlist_path)
        return cls(
            settings=settings,
            analyzer=Analyzer(settings),
            topic=TopicProfile.load(settings.topic_profile),
            gazetteer_names=NameIndex.build(all_surface_forms(entries)),
            countries=gazetteer_countries(settings),
        )

    @classmethod
    def for_this_process(cls, settings: Settings) -> Resources:
        """Loaded once per process and settings (a Dask worker serves many tasks with one model)."""
        return _process_resources(settings.model_dump_json())

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


def gazetteer_countries(settings: Settings) -> dict[tuple[str, str], str]:
    """(type, folded surface form) -> ISO country, for every gazetteer entry that has one."""
    return {
        (entry.type, fold(form)): entry.country
        for entry in load_gazetteer(settings.models_dir, settings.watchlist_path) if entry.country
        for form in entry.surface_forms()
    }


@functools.cache
def _process_resources(settings_json: str) -> Resources:
    return Resources.load(Settings.model_validate_json(settings_json))
