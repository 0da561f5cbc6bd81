"""A resolved, annotated article as plain data: what `veille annotate` prints or writes as JSON.

Why separate from the command: the CLI only formats; tests and other callers get the same dicts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from pipeline.records import AnnotatedArticle, Article, Resolution
from pipeline.resolve.corpus import resolve


@dataclass(frozen=True, slots=True)
class TextInput:
    """One text to annotate: its caller's id, the text and the day it was published (if known)."""

    id: str
    text: str
    published: date | None = None


def annotate_inputs(analyzer, inputs: Sequence[TextInput]) -> list[dict]:
    """Run the NLP stage on `inputs` in one batch, resolve entities across them, return dicts."""
    articles = [
        Article(
            url=f"input:{item.id}",
            source="",
            title="",
            text=item.text,
            published_at=_midnight(item.published),
            language="fr",
        )
        for item in inputs
    ]
    # Positions, not the caller's ids, key the batch: two inputs may share an id.
    batch = [(str(i), annotated) for i, annotated in enumerate(analyzer.annotate(articles))]
    views = article_views(batch, resolve(batch, [], []))
    return [{**view, "id": item.id} for item, view in zip(inputs, views, strict=True)]


def article_views(
    batch: Sequence[tuple[str, AnnotatedArticle]], resolution: Resolution
) -> list[dict]:
    """Per article: entities (canonical name, type, surfaces with offsets), dates and roles."""
    entities = {e.entity_id: e for e in resolution.entities}
    mentions: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for m in resolution.mentions:
        mentions[m.article_id][m.entity_id].append(
            {"surface": m.surface, "start": m.start_char, "end": m.end_char}
        )
    roles = defaultdict(list)
    for r in resolution.roles:
        roles[r.article_id].append(
            {
                "person": entities[r.person_entity_id].name,
                "role": r.role,
                "org": entities[r.org_entity_id].name if r.org_entity_id else None,
            }
        )
    return [
        {
            "id": article_id,
            "entities": [
                {
                    "entity_id": eid,
                    "name": entities[eid].name,
                    "type": entities[eid].type,
                    "mentions": sorted(found, key=lambda m: m["start"]),
                }
                for eid, found in _in_text_order(mentions[article_id].items())
            ],
            "dates": [
                {"surface": d.surface, "value": d.value, "start": d.start_char, "end": d.end_char}
                for d in annotated.dates
            ],
            "roles": roles[article_id],
        }
        for article_id, annotated in batch
    ]


def _in_text_order(items: Iterable[tuple[str, list[dict]]]) -> list[tuple[str, list[dict]]]:
    return sorted(items, key=lambda item: min(m["start"] for m in item[1]))


def _midnight(day: date | None) -> datetime | None:
    if day is None or isinstance(day, datetime):
        return day
    return datetime(day.year, day.month, day.day)
