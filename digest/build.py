"""Gather the weekly digest from the warehouse: one named query per section, then typed records.

Rising entities come from the warehouse's `trending_entities` query (this week's stories against
the 8 weeks before, add-one smoothing, minimum support) so the digest and `veille query` agree.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import duckdb

from digest.chart import weekly_bars_png
from digest.model import (
    AgendaItem,
    Chart,
    Coverage,
    Digest,
    EventLine,
    Figures,
    LeadershipChange,
    NewEntity,
    RisingEntity,
    RoleHolding,
    SourceIssue,
    Story,
    WatchedEntity,
    WeekCount,
    WeekSpan,
)
from digest.queries import run_query
from digest.sentences import sentence_around
from digest.weeks import last_complete_week, week_of
from veille.settings import Settings
from warehouse import named_queries
from warehouse.trends import latest_week

__all__ = ["DigestLimits", "EmptyWeek", "build_digest", "last_complete_week", "require_articles"]

UNTITLED = "(sans titre)"


class EmptyWeek(Exception):
    """The week has no article: a digest of it would be empty, so none is written or sent."""

    def __init__(self, week: WeekSpan, latest: date | None) -> None:
        self.week = week
        self.latest = latest
        if latest is None:
            hint = "the warehouse holds no article yet"
        else:
            label = week_of(latest).label
            hint = f"the latest week with articles is {label} (--week {latest.isoformat()})"
        super().__init__(
            f"no article in week {week.label} ({week.start.isoformat()} to "
            f"{week.end.isoformat()}): no digest written; {hint}"
        )


@dataclass(frozen=True, slots=True)
class DigestLimits:
    """How much the digest shows and what counts as rising (trend: this week vs baseline)."""

    top_stories: int = 8
    rising_per_type: int = 5
    baseline_weeks: int = 8       # fixed by `trending_entities` (the team's one trend definition)
    chart_weeks: int = 8
    min_stories: int = 2          # distinct stories this week, at least, to count as rising
    new_entities: int = 15
    roles: int = 20
    agenda: int = 15
    events_per_type: int = 10
    context_chars: int = 240


def build_digest(
    con: duckdb.DuckDBPyConnection,
    week: date,
    settings: Settings,
    now: datetime,
    limits: DigestLimits = DigestLimits(),
) -> Digest:
    """The digest of the ISO week containing `week`, read from the warehouse `con`.

    `now` is the moment the digest is made (shown in it); passed in so the digest never depends
    on the machine's clock. A week without articles gives an empty digest (`is_empty`): the
    callers that write or send one call `require_articles` first.
    """
    span = week_of(week)
    params = _parameters(span, limits)
    figures = Figures(**run_query(con, "figures", **params)[0])
    rising = _rising(con, span, limits)
    return Digest(
        week=span,
        generated_at=now.astimezone(ZoneInfo(settings.timezone)),
        figures=figures,
        stories=tuple(_story(row) for row in run_query(con, "top_stories", **params)),
        rising_organisations=tuple(e for e in rising if e.type == "ORG"),
        rising_people=tuple(e for e in rising if e.type == "PER"),
        new_entities=tuple(
            NewEntity(**{**row, "title": row["title"] or UNTITLED})
            for row in run_query(con, "new_entities", **params)
        ),
        roles=tuple(
            RoleHolding(**_without(row, "dated_at"))
            for row in _titled(run_query(con, "roles", **params))
        ),
        leadership_changes=tuple(
            LeadershipChange(**row)
            for row in _titled(run_query(con, "leadership_changes", **params))
        ),
        agenda=tuple(_agenda_item(row) for row in run_query(con, "agenda", **params)),
        source_issues=tuple(
            SourceIssue(**row) for row in run_query(con, "source_failures", **params)
        ),
        events=one_line_per_fact([_event_line(row) for row in run_query(con, "events", **params)]),
        watched=tuple(
            WatchedEntity(**{**row, "title": row["title"] or UNTITLED})
            for row in run_query(con, "watched", **params)
        ),
        baseline_weeks=limits.baseline_weeks,
    )


def require_articles(con: duckdb.DuckDBPyConnection, digest: Digest) -> None:
    """Raise `EmptyWeek` (naming the latest week that has articles) for an empty digest.

    Why: an empty e-mail to leadership says nothing; the operator needs to know which week to ask.
    """
    if digest.is_empty:
        raise EmptyWeek(digest.week, latest_week(con))


def _parameters(span: WeekSpan, limits: DigestLimits) -> dict[str, Any]:
    """One parameter set shared by every digest query (each binds only what it uses)."""
    return {
        "week_start": span.start,
        "week_end": span.end + timedelta(days=1),
        "stories_limit": limits.top_stories,
        "baseline_weeks": limits.baseline_weeks,
        "chart_weeks": limits.chart_weeks,
        "new_limit": limits.new_entities,
        "roles_limit": limits.roles,
        "agenda_limit": limits.agenda,
        "events_limit": limits.events_per_type,
        "context_chars": limits.context_chars,
    }


def one_line_per_fact(lines: list[EventLine]) -> tuple[EventLine, ...]:
    """One line per event of the week: two stories that report the same signing (same type,
    participants and amount; dated by each article) are one fact, shown once (the first line)."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for line in lines:
        key = (line.type, frozenset(line.participants), line.amount, line.currency)
        if key not in seen:
            seen.add(key)
            kept.append(line)
    return tuple(kept)


def _event_line(row: dict[str, Any]) -> EventLine:
    people = tuple((p["role"], p["name"]) for p in row.pop("participants"))
    return EventLine(**{**row, "title": row["title"] or UNTITLED, "participants": people})


def _rising(
    con: duckdb.DuckDBPyConnection, span: WeekSpan, limits: DigestLimits
) -> list[RisingEntity]:
    """Top rising ORG then PER, each with its chart of stories per week."""
    trending: list[dict[str, Any]] = []
    for entity_type in ("ORG", "PER"):
        columns, rows = named_queries.run_query(con, "trending_entities", {
            "week": span.start, "type": entity_type,
            "limit": limits.rising_per_type, "min_stories": limits.min_stories,
        })
        trending += [dict(zip(columns, row, strict=True)) for row in rows]
    if not trending:
        return []
    histories = {
        row["entity_id"]: row
        for row in run_query(
            con, "entity_history", entity_ids=[row["entity_id"] for row in trending],
            week_start=span.start, chart_weeks=limits.chart_weeks,
        )
    }
    return [
        _rising_entity(row, histories[row["entity_id"]], span, index)
        for index, row in enumerate(trending, start=1)
    ]


def _rising_entity(
    row: dict[str, Any], history_row: dict[str, Any], span: WeekSpan, index: int
) -> RisingEntity:
    history = tuple(
        WeekCount(week_start, count)
        for week_start, count in zip(history_row["history_weeks"], history_row["history_counts"], strict=True)
    )
    chart = Chart(
        content_id=f"tendance-{index}.{span.label.lower()}@veille.digest",
        filename=f"digest-{span.label}-tendance-{index}.png",
        png=weekly_bars_png(history),
    )
    return RisingEntity(
        entity_id=row["entity_id"], name=row["name"], type=row["type"],
        stories=row["stories"], articles=row["articles"], baseline=row["baseline_stories"],
        lift=row["lift"], history=history, chart=chart,
    )


def _story(row: dict[str, Any]) -> Story:
    coverage = tuple(
        Coverage(item["source"], item["title"] or UNTITLED, item["url"], item["published_at"])
        for item in row["coverage"]
    )
    return Story(row["story_id"], row["title"] or UNTITLED, row["articles"], coverage,
                 row["independent_outlets"])


def _agenda_item(row: dict[str, Any]) -> AgendaItem:
    start = row["context_offset"]
    sentence = sentence_around(row["context"], start, start + row["surface_length"])
    return AgendaItem(
        starts_on=row["starts_on"],
        ends_on=row["ends_on"],
        precision=row["precision"],
        surface=row["surface"],
        sentence=sentence,
        url=row["url"],
        title=row["title"] or UNTITLED,
        source=row["source"],
    )


def _titled(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**row, "title": row["title"] or UNTITLED} for row in rows]


def _without(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in keys}
