"""The event cues of `models/events/triggers.yaml`, compiled once."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pipeline.events.amounts import AmountFinder, Rates, load_rates
from pipeline.gazetteer import load_gazetteer
from pipeline.ner.rules_data import word_list
from pipeline.text import fold
from pipeline.yamlfile import read_yaml

if TYPE_CHECKING:
    from pipeline.records import AnnotatedArticle, EventMention


class ParticipantModel(Protocol):
    """Re-reads the rules' events' participants (`pipeline.events.slots.SlotModel`, added by
    `pipeline.events.slots.with_slot_model`: this module does not import it, the model reads lexicons)."""

    def relabel(self, annotated: AnnotatedArticle, lexicon: Lexicon, events: list[EventMention]) -> list[EventMention]: ...


class LexiconError(ValueError):
    """A cue file is malformed: the file, the key and what is wrong."""


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled cues per event type, role words, amounts and the dated euro rates."""

    cues: dict[str, dict[str, re.Pattern[str]]]
    lead: re.Pattern[str]
    org_nouns: re.Pattern[str]
    named_anaphors: tuple[str, ...]
    focus_anaphors: tuple[str, ...]
    anaphor: re.Pattern[str]             # "la fondation", "de l'agence": group 1 is the noun
    role_nouns: dict[str, str]
    role_words: tuple[str, ...]          # folded, longest first
    first_names: frozenset[str]          # folded given names ("Karim ..." is a person, not a company)
    amounts: AmountFinder
    rates: Rates

    # "La signature a eu lieu vendredi": a sentence that dates the events told just before
    retold: dict[str, re.Pattern[str]] = field(default_factory=dict)   # event type -> its retelling
    # "a inauguré mercredi": a weekday told in the past (days, past verb, future marker)
    weekdays: tuple[str, ...] = ()
    past_verb: re.Pattern[str] = re.compile(r"(?!)")
    future_marker: re.Pattern[str] = re.compile(r"(?!)")
    # "selon un accord signé lundi": a deal's participle right before the weekday dates it in the past
    past_participle: re.Pattern[str] = re.compile(r"(?!)")
    # folded names of the parks the gazetteer knows as places ("Sophia Antipolis", a technopole):
    # such a place can host a site opened in it
    site_places: frozenset[str] = frozenset()
    # folded places a French writer puts after « au »: the countries (Babel's French names) and the
    # towns and regions of triggers.yaml `places_after_au`; any other name there is a venue
    places_after_au: frozenset[str] = frozenset()
    # the learned participant model (`pipeline.events.slots`), None: the rules' participants
    slots: ParticipantModel | None = None

    def cue(self, event_type: str, name: str) -> re.Pattern[str]:
        return self.cues[event_type][name]


def load_lexicon(models_dir: Path) -> Lexicon:
    """Read `models/events/` (cues, amounts, rates) and the role words of `models/rules/` (the
    learned participant model: `pipeline.events.slots.with_slot_model`)."""
    path = models_dir / "events" / "triggers.yaml"
    data = read_yaml(path)
    cues: dict[str, dict[str, re.Pattern[str]]] = {}
    for event_type in ("funding", "label", "partnership", "opening", "appointment", "agenda"):
        section = data.get(event_type)
        if not isinstance(section, dict):
            raise LexiconError(f"{path}: section {event_type!r} missing")
        # "<ORG_NOUNS>" in a cue stands for the list of nouns that name a kind of organisation,
        # "<ENTRUSTED_ROLE>" for a role entrusted to someone (a cue and a link of appointments)
        cues[event_type] = {
            key: _compile(path, f"{event_type}.{key}", value.replace("<ORG_NOUNS>", data["org_nouns"])
                          .replace("<ENTRUSTED_ROLE>", data["entrusted_role"]))
            for key, value in section.items() if isinstance(value, str)
        }
    appointment = data["appointment"]
    anaphors = (*data["anaphors"]["named"], *data["anaphors"]["focus"])
    nouns = "|".join(re.escape(n) for n in anaphors)
    named = "|".join(re.escape(n) for n in data["anaphors"]["named"])
    role_words = {fold(w) for w in word_list(models_dir / "rules" / "role_words.txt")}
    return Lexicon(
        cues=cues,
        lead=_compile(path, "lead_adverbials", "^(?:" + data["lead_adverbials"] + ")*"),
        org_nouns=_compile(path, "org_nouns", data["org_nouns"]),
        named_anaphors=tuple(data["anaphors"]["named"]),
        focus_anaphors=tuple(data["anaphors"]["focus"]),
        # "les start-up", "les entreprises": a generic plural, not the article's organisation
        anaphor=_compile(path, "anaphors",
                         rf"\b(?:le|la|l'|cette|ce|cet|du|de la|de l'|au|son|sa)\s*({nouns})\b|\bles\s*({named})s?\b"),
        role_nouns={fold(k): v for k, v in appointment.get("role_nouns", {}).items()},
        role_words=tuple(sorted(role_words, key=len, reverse=True)),
        first_names=frozenset(fold(w) for w in word_list(models_dir / "rules" / "first_names.txt")),
        amounts=AmountFinder(models_dir / "events" / "amounts.yaml"),
        rates=load_rates(models_dir / "events" / "rates.yaml"),
        retold=_retold(path, data.get("retold", {})),
        weekdays=tuple(data.get("past_weekday", {}).get("days", ())),
        past_verb=_compile(path, "past_weekday.past", data.get("past_weekday", {}).get("past", r"(?!)")),
        future_marker=_compile(path, "past_weekday.future", data.get("past_weekday", {}).get("future", r"(?!)")),
        past_participle=_compile(path, "past_weekday.participle", data.get("past_weekday", {}).get("participle", r"(?!)")),
        site_places=frozenset(fold(form) for entry in load_gazetteer(models_dir) if entry.type == "LOC"
                              and entry.kind in _SITE_KINDS for form in entry.surface_forms()),
        places_after_au=frozenset(fold(name) for name in (*data.get("places_after_au", ()), *_french_country_names())),
    )


def _french_country_names() -> tuple[str, ...]:
    """The French names of the world's countries and territories (CLDR data, shipped with Babel)."""
    from babel import Locale

    return tuple(Locale("fr").territories.values())


# the gazetteer kinds of a park that holds companies' sites
_SITE_KINDS = frozenset({"technopole", "technopark", "zone"})


def _retold(path: Path, data: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """"La signature a eu lieu vendredi": per event type, a sentence that retells it to date it."""
    verbs = data.get("verbs", r"(?!)")
    return {kind: _compile(path, f"retold.{kind}", rf"^(?:la|le|l'|les|cette|ce|cet|sa|son|leur)\s*{nouns}s?\b[^.;#]{{0,60}}?\b{verbs}")
            for kind, nouns in data.get("nouns", {}).items()}


def _compile(path: Path, key: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as error:
        raise LexiconError(f"{path}: {key}: {error}") from error
