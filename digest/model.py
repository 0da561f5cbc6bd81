"""The digest as data: everything the e-mail shows, typed, so renderers only format."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal


@dataclass(frozen=True, slots=True)
class WeekSpan:
    """One ISO week, Monday to Sunday; `end` is the Sunday (inclusive)."""

    iso_year: int
    iso_week: int
    start: date
    end: date

    @property
    def label(self) -> str:
        """`2026-W47`: the file-name form."""
        return f"{self.iso_year}-W{self.iso_week:02d}"


@dataclass(frozen=True, slots=True)
class Figures:
    """The week's headline numbers."""

    articles: int
    sources: int
    stories: int
    new_entities: int


@dataclass(frozen=True, slots=True)
class Coverage:
    """One outlet's article about a story."""

    source: str
    title: str
    url: str
    published_at: datetime


@dataclass(frozen=True, slots=True)
class Story:
    """A story shown once, with every outlet that carried it this week."""

    story_id: str
    title: str
    articles: int
    coverage: tuple[Coverage, ...]
    independent_outlets: int = 0   # outlets with their own text: no reprint, no communiqué


@dataclass(frozen=True, slots=True)
class Chart:
    """A PNG chart; `content_id` is its Content-ID without angle brackets (`cid:` target)."""

    content_id: str
    filename: str
    png: bytes


@dataclass(frozen=True, slots=True)
class WeekCount:
    """Stories mentioning an entity in one week."""

    week_start: date
    stories: int


@dataclass(frozen=True, slots=True)
class RisingEntity:
    """An organisation or person in more stories this week than over its trailing baseline."""

    entity_id: str
    name: str
    type: str
    stories: int          # distinct stories this week
    articles: int         # articles this week
    baseline: float       # mean stories per week over the baseline weeks
    lift: float           # (stories + 1) / (baseline + 1)
    history: tuple[WeekCount, ...]
    chart: Chart


@dataclass(frozen=True, slots=True)
class NewEntity:
    """A name first mentioned this week, with the article that first named it."""

    entity_id: str
    name: str
    type: str
    articles: int
    url: str
    title: str
    source: str


@dataclass(frozen=True, slots=True)
class RoleHolding:
    """`person` is `role` of `org`, as this week's article `url` states."""

    person: str
    role: str
    org: str | None
    url: str
    title: str
    source: str


@dataclass(frozen=True, slots=True)
class LeadershipChange:
    """Same organisation and role, a different person than previously recorded."""

    org: str
    role: str
    new_person: str
    previous_person: str
    previous_seen_at: datetime
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """An upcoming date announced by an article of the week."""

    starts_on: date
    ends_on: date | None
    precision: Literal["day", "month"]
    surface: str
    sentence: str
    url: str
    title: str
    source: str


@dataclass(frozen=True, slots=True)
class EventLine:
    """A typed event of the week (warehouse `events`), participants as (role, name) pairs."""

    type: str
    date: str | None
    detail: str | None
    amount: float | None
    currency: str | None
    amount_eur: float | None
    participants: tuple[tuple[str, str], ...]
    evidence: str
    url: str
    title: str
    source: str

    def named(self, *roles: str) -> tuple[str, ...]:
        """The participants in these roles, in order."""
        return tuple(name for role, name in self.participants if role in roles)


# Digest sections of typed events, in display order: (event type, heading).
EVENT_SECTIONS: tuple[tuple[str, str], ...] = (
    ("funding", "Financements"),
    ("label", "Labels"),
    ("partnership", "Partenariats"),
    ("opening", "Ouvertures"),
    ("appointment", "Nominations"),
)


@dataclass(frozen=True, slots=True)
class WatchedEntity:
    """An entity of the analysts' watch list named this week."""

    entity_id: str
    name: str
    type: str
    kind: str | None
    articles: int
    stories: int
    url: str
    title: str


@dataclass(frozen=True, slots=True)
class SourceIssue:
    """A source that failed this week: crawl errors, or silence after storing articles before."""

    source: str
    http_errors: int
    timeouts: int
    parse_errors: int
    last_reason: str | None
    silent: bool
    last_stored_at: datetime | None


@dataclass(frozen=True, slots=True)
class Digest:
    """Everything the weekly digest shows."""

    week: WeekSpan
    generated_at: datetime
    figures: Figures
    stories: tuple[Story, ...] = ()
    rising_organisations: tuple[RisingEntity, ...] = ()
    rising_people: tuple[RisingEntity, ...] = ()
    new_entities: tuple[NewEntity, ...] = ()
    roles: tuple[RoleHolding, ...] = ()
    leadership_changes: tuple[LeadershipChange, ...] = ()
    agenda: tuple[AgendaItem, ...] = ()
    source_issues: tuple[SourceIssue, ...] = ()
    events: tuple[EventLine, ...] = ()
    watched: tuple[WatchedEntity, ...] = ()
    baseline_weeks: int = 8       # shown in the text that explains what "rising" means

    @property
    def is_empty(self) -> bool:
        """No article this week: the digest says so and shows only source issues."""
        return self.figures.articles == 0

    @property
    def event_sections(self) -> tuple[tuple[str, tuple[EventLine, ...]], ...]:
        """(heading, events) for every event section that has something this week."""
        found = ((heading, tuple(e for e in self.events if e.type == kind)) for kind, heading in EVENT_SECTIONS)
        return tuple((heading, items) for heading, items in found if items)

    @property
    def quiet_sections(self) -> tuple[str, ...]:
        """Headings of the event sections with nothing this week (listed in one line)."""
        kinds = {e.type for e in self.events}
        return tuple(heading for kind, heading in EVENT_SECTIONS if kind not in kinds)

    @property
    def charts(self) -> tuple[Chart, ...]:
        """Every chart the digest embeds, in display order."""
        return tuple(e.chart for e in self.rising_organisations + self.rising_people)
