"""One typed record per stage: a crawled page, an article, an annotated article.

Each stage takes one record and returns the next, or a `Rejection` that says why not; every URL
the crawler sees ends with exactly one `Outcome` in `crawl_log`.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from operator import attrgetter
from typing import Any, TypeVar

_Record = TypeVar("_Record")


def _pickled_by_fields(cls: type[_Record]) -> type[_Record]:
    """A frozen, slotted record pickled as (class, field values), rebuilt by its `__init__`.

    Why: the NLP workers send every finding (mentions, dates, roles, events: ~90,000 objects per
    1,000 articles) back to the run by pickle; `dataclass(slots=True)`'s own `__getstate__` and
    `__setstate__` list the fields again for each object (0.16 core-s to pickle, 0.25 to unpickle
    those of 1,000 bench articles; this: 0.06 and 0.13). The same objects come back (equal, same
    types: the records have no `__post_init__`), and pickles made the old way still load.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    if len(names) < 2:  # `attrgetter` of one name gives the value, not a tuple
        raise TypeError(f"{cls.__name__}: a record of fewer than two fields")
    values = attrgetter(*names)

    def __reduce__(self: _Record) -> tuple[type[_Record], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment,method-assign]
    return cls


class Outcome(StrEnum):
    """What became of a URL. Stored in `crawl_log.outcome`; counted per run and per source."""

    STORED = "stored"            # a new (or updated) article landed in `articles`
    UNCHANGED = "unchanged"      # known URL not fetched again, 304, or same content re-fetched
    DUPLICATE = "duplicate"      # another URL of this run/warehouse is the same article
    OFF_TOPIC = "off-topic"      # French article, but not about clusters / business networks
    NOT_FRENCH = "not-french"    # language detected on the extracted text is not French
    NOT_HTML = "not-html"        # PDF, image, or any non-HTML content type
    ROBOTS = "robots"            # forbidden by robots.txt, never requested
    HTTP_ERROR = "http-error"    # 4xx/5xx after retries, DNS or connection failure
    TIMEOUT = "timeout"          # no complete answer within the download timeout
    TOO_LARGE = "too-large"      # body above the maximum page size
    PARSE_ERROR = "parse-error"  # no article could be extracted, or a malformed feed/sitemap
    TOO_LONG = "too-long"        # extracted text above VEILLE_MAX_TEXT_CHARS: not analysed
    NLP_ERROR = "nlp-error"      # a per-article stage (language, NLP, dates, roles, resolution) failed
    FOLLOWED = "followed"        # a feed, sitemap or listing page, read for its links
    REFUSED = "refused"          # not requested: private/off-site target, robots.txt unavailable
    CAPPED = "capped"            # not requested: the source's URL cap for one run was reached


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a page did not become an article: an outcome plus a human-readable reason."""

    outcome: Outcome
    reason: str


@dataclass(frozen=True, slots=True)
class CrawlEvent:
    """One line of `crawl_log`: a URL the crawler saw and what became of it."""

    url: str
    source: str
    fetched_at: datetime
    status: int | None
    outcome: Outcome
    reason: str = ""


@dataclass(slots=True)
class RawPage:
    """An article candidate as fetched, raw bytes and headers kept for `veille reprocess`."""

    url: str                      # canonical URL (courlan-normalised, tracking stripped, rel=canonical)
    requested_url: str            # the URL that led to it (feed/sitemap/listing link)
    source: str                   # sources.yaml `name`
    fetched_at: datetime
    status: int
    headers: dict[str, str]
    body: bytes
    encoding: str | None = None   # charset reconciled from header, meta and sniffing
    discovered_via: str = ""      # feed | sitemap | listing
    hint_published_at: datetime | None = None  # date given by the feed or news sitemap, if any
    hint_title: str | None = None


@dataclass(slots=True)
class Article:
    """The extracted article: main text only, with its metadata."""

    url: str
    source: str
    title: str
    text: str
    published_at: datetime | None
    language: str
    author: str | None = None
    sitename: str | None = None
    description: str | None = None
    fetched_at: datetime | None = None
    content_hash: str = ""        # hash of the normalised text: detects unchanged re-fetches
    topic_score: float = 0.0


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityMention:
    """An entity found in `Article.text`; offsets index into that text."""

    surface: str
    label: str                    # ORG, PER, LOC, MISC
    start_char: int
    end_char: int
    canonical_hint: str | None = None  # canonical name from the gazetteer or an acronym definition
    # one word the model's vocabulary has no vector for ("Sotipapier", not "Bizerte" nor "Trabelsi"):
    # a coined name, which the model types by its sound (read by the event reader, `pipeline.ner.roles.mention`)
    coined: bool = False


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date the text speaks of; `value` is ISO 8601 at the text's precision, ranges `START/END`."""

    surface: str
    value: str
    start_char: int
    end_char: int


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class RoleMention:
    """"Karim Alaoui, président du Réseau InnovSud": person, role, organisation (surfaces)."""

    person: EntityMention
    role: str
    org: EntityMention | None


@dataclass(slots=True)
class AnnotatedArticle:
    """An article with what the NLP stage found in it."""

    article: Article
    mentions: list[EntityMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    # The events it states, when read by the NLP worker that analysed it (`Analyzer.annotate_each`
    # with `read_events`); None: not read yet (the ingest reads them itself).
    events: list[EventMention] | None = None


class AnnotationFailed(ValueError):
    """An article the NLP stage could not annotate (raised by `Analyzer.annotate`, all or nothing)."""

    def __init__(self, rejection: Rejection) -> None:
        super().__init__(rejection.reason)
        self.rejection = rejection


def failure_reason(error: BaseException) -> str:
    """An exception as one short line, for `crawl_log.reason` of a quarantined article."""
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text[:300]}"


def article_id_for(canonical_url: str) -> str:
    """Stable article id: the same canonical URL always gives the same id, run after run."""
    import hashlib

    return "a" + hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:15]


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity of the corpus (row of `entities`)."""

    entity_id: str
    name: str
    type: str
    country: str | None = None


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    """A mention tied to its canonical entity (row of `mentions`)."""

    article_id: str
    entity_id: str
    surface: str
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class ResolvedRole:
    """Who holds which position where (row of `roles`)."""

    article_id: str
    person_entity_id: str
    role: str
    org_entity_id: str | None


@dataclass(slots=True)
class Resolution:
    """What entity resolution decided for a batch, against the entities already in the warehouse.

    `entities` holds every entity that is new or whose canonical name changed (upsert by id);
    `aliases` every (entity_id, alias) pair, old ones included (the loader de-duplicates).
    """

    entities: list[Entity] = field(default_factory=list)
    aliases: list[tuple[str, str]] = field(default_factory=list)
    mentions: list[ResolvedMention] = field(default_factory=list)
    roles: list[ResolvedRole] = field(default_factory=list)


# Events: what one article says (the warehouse row, `Event`, is in pipeline/events/records.py).


class EventType(StrEnum):
    """Accepted values of `events.type`."""

    FUNDING = "funding"
    LABEL = "label"
    PARTNERSHIP = "partnership"
    OPENING = "opening"
    APPOINTMENT = "appointment"
    AGENDA = "agenda"


class Role(StrEnum):
    """Accepted values of `event_participants.role`."""

    FUNDER = "funder"
    RECIPIENT = "recipient"
    PARTNER = "partner"
    LABELLED = "labelled"
    HOST = "host"
    APPOINTEE = "appointee"
    PREDECESSOR = "predecessor"
    ORGANISATION = "organisation"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Participant:
    """An entity of the text in one role of an event."""

    mention: EntityMention
    role: Role


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Amount:
    """"2,5 M€": 2_500_000 EUR; `surface` and offsets index into the article text."""

    value: float
    currency: str
    surface: str
    start_char: int
    end_char: int


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class EventMention:
    """One event as one article states it."""

    type: EventType
    participants: tuple[Participant, ...]
    date: str | None              # ISO 8601 at the text's precision, ranges START/END
    date_stated: bool             # False: the article's own date stands in
    amount: Amount | None
    detail: str | None            # role title, label name, kind of site or gathering
    evidence: str                 # the sentence
    start_char: int
    end_char: int
    confidence: float
