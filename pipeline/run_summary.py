"""What a run did, counted once: pages, outcomes per source, articles, entities, stage times.

Why in `pipeline/`: it is pure accounting over the stages' records (crawl events, batch
results); the flows only feed it, the CLI prints it, the warehouse stores it in `runs.stats`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.records import CrawlEvent

if TYPE_CHECKING:  # types only: a run without new pages never imports the NLP stack
    from pipeline.batch import BatchResult


@dataclass(slots=True)
class RunSummary:
    """What a run did, printed by the CLI, stored in `runs.stats`, shown as a Prefect artifact."""

    run_id: str
    pages_fetched: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    outcomes_by_source: dict[str, Counter[str]] = field(default_factory=dict)
    failed_sources: dict[str, str] = field(default_factory=dict)
    articles_new: int = 0
    articles_updated: int = 0
    entities_new: int = 0
    mentions: int = 0
    dates: int = 0
    roles: int = 0
    events: int = 0
    # wall time per stage; a missing stage reads 0.0, so callers may `+=` (Counter's habit)
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))

    def count(self, events: Iterable[CrawlEvent], *, fetched: bool = False) -> None:
        """Count outcomes; `fetched` events are pages already counted as fetched."""
        for event in events:
            if not fetched and event.status is not None and event.status != 304:
                self.pages_fetched += 1
            self.outcomes[event.outcome.value] += 1
            self.outcomes_by_source.setdefault(event.source, Counter())[event.outcome.value] += 1
            if event.outcome.value == "stored":
                if event.reason == "updated":
                    self.articles_updated += 1
                else:
                    self.articles_new += 1

    def count_batch(self, result: BatchResult) -> None:
        """Count a processed batch: its pages and outcomes, what NLP and resolution found, times."""
        self.pages_fetched += len(result.pages)
        self.count(result.events, fetched=True)
        self.entities_new += len(result.resolution.entities)
        self.mentions += len(result.resolution.mentions)
        self.roles += len(result.resolution.roles)
        self.events += len(result.happenings.events)
        self.dates += sum(len(annotation.dates) for _, annotation in result.annotated)
        for stage, spent in result.seconds.items():
            self.seconds[stage] += spent

    def as_stats(self) -> dict[str, object]:
        return {
            "pages_fetched": self.pages_fetched,
            "outcomes": dict(self.outcomes),
            "outcomes_by_source": {s: dict(c) for s, c in self.outcomes_by_source.items()},
            "failed_sources": self.failed_sources,
            "articles_new": self.articles_new,
            "articles_updated": self.articles_updated,
            "entities_new": self.entities_new,
            "mentions": self.mentions,
            "dates": self.dates,
            "roles": self.roles,
            "events": self.events,
            "seconds": {stage: round(value, 3) for stage, value in self.seconds.items()},
        }

    def as_markdown(self) -> str:
        lines = [
            f"# Veille ingest run `{self.run_id}`",
            "",
            f"- pages fetched: **{self.pages_fetched}**",
            f"- articles new: **{self.articles_new}**, updated: **{self.articles_updated}**",
            (f"- new entities: **{self.entities_new}**, mentions: {self.mentions}, "
             f"dates: {self.dates}, roles: {self.roles}"),
            "",
            "| source | " + " | ".join(sorted(self.outcomes)) + " |",
            "|---|" + "---|" * len(self.outcomes),
        ]
        for source, counts in sorted(self.outcomes_by_source.items()):
            cells = " | ".join(str(counts.get(outcome, 0)) for outcome in sorted(self.outcomes))
            lines.append(f"| {source} | {cells} |")
        for source, error in sorted(self.failed_sources.items()):
            lines.append(f"\n**Source `{source}` failed:** {error}")
        return "\n".join(lines)
