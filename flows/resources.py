"""What an ingest run needs loaded once: the NLP model, the topic profile, the gazetteer names.

Why a separate object: loading spaCy takes seconds and hundreds of MB, so a run (or a long-lived
`veille serve` process) builds this once and hands it to every batch.
"""
from __future__ import annotations

from dataclasses import dataclass

from pipeline.gazetteer import load_gazetteer
from pipeline.nlp import Analyzer
from pipeline.topic import TopicProfile, screen_article
from pipeline.records import Article, Rejection
from veille.settings import Settings


@dataclass(slots=True)
class Resources:
    settings: Settings
    analyzer: Analyzer
    topic: TopicProfile
    gazetteer_names: tuple[str, ...]

    @classmethod
    def load(cls, settings: Settings) -> Resources:
        entries = load_gazetteer(settings.models_dir, settings.watchlist_path)
        names = {name for entry in entries for name in _names_of(entry)}
        return cls(
            settings=settings,
            analyzer=Analyzer(settings),
            topic=TopicProfile.load(settings.topic_profile),
            gazetteer_names=tuple(sorted(names)),
        )

    def screener(self):  # type: ignore[no-untyped-def]
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


def _names_of(entry) -> list[str]:  # type: ignore[no-untyped-def]
    names = [entry.name, *entry.aliases]
    if entry.acronym:
        names.append(entry.acronym)
    return [name for name in names if name]


