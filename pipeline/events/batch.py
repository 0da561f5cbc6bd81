"""Events and role spells of one batch, after entity resolution (the ingest calls this)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.events.extract import find_events
from pipeline.events.leadership import RoleForms, RoleSpell, role_spells
from pipeline.events.lexicon import Lexicon, load_lexicon
from pipeline.events.records import Event, EventMention
from pipeline.events.resolve import resolve_events
from pipeline.records import AnnotatedArticle, Resolution


@dataclass(slots=True)
class BatchEvents:
    """What the batch's articles say happened."""

    events: list[Event] = field(default_factory=list)
    spells: list[RoleSpell] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EventReader:
    """The event stage: cues, amounts, rates and role forms loaded once per run."""

    lexicon: Lexicon
    forms: RoleForms

    @classmethod
    def load(cls, models_dir: Path, slot_model: bool = False) -> EventReader:
        lexicon = load_lexicon(models_dir)
        if slot_model:
            from pipeline.events.slots import with_slot_model

            lexicon = with_slot_model(lexicon, models_dir)
        return cls(lexicon, RoleForms.load(models_dir / "events" / "role_forms.yaml"))

    def read(self, annotation: AnnotatedArticle) -> list[EventMention]:
        """The events one article states, before resolution: run where the article is analysed
        (a Dask worker analyses, the one writer resolves)."""
        return find_events(annotation, self.lexicon)

    def __call__(
        self, annotated: Sequence[tuple[str, str, AnnotatedArticle, list[EventMention] | None]],
        resolution: Resolution,
    ) -> BatchEvents:
        """(article_id, story_id, annotation, events read or None) rows and the batch's
        resolution -> events tied to entities, role spells."""
        entity_at: dict[str, dict[tuple[int, int], str]] = defaultdict(dict)
        for m in resolution.mentions:
            entity_at[m.article_id][(m.start_char, m.end_char)] = m.entity_id
        found: list[tuple[str, str, list[EventMention]]] = []
        spells: list[RoleSpell] = []
        for article_id, story_id, annotation, read in annotated:
            events = read if read is not None else self.read(annotation)
            found.append((article_id, story_id, events))
            spells += role_spells(article_id, annotation, events, entity_at[article_id], self.forms)
        return BatchEvents(resolve_events(found, resolution.mentions, self.lexicon.rates), spells)
