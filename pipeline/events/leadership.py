"""Who held which role where, from when to when: role spells from roles and appointment events.

Why: the digest compared role strings literally, so "président" -> "présidente" was no change,
"ancienne directrice" read as a current role and a predecessor never ended. Here a role word is
compared on a gender- and number-folded key, a role the text marks as past ends on the article's
date, an appointment starts on the event's date and ends its predecessor's spell.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.events.records import EventMention, EventType, Role
from pipeline.events.text import fold_text
from pipeline.records import AnnotatedArticle

_PAST = re.compile(r"\b(?:ancien|ancienne|anciens|anciennes|ex|sortant|sortante|precedent|precedente|"
                   r"ex-)\s*-?\s*$")
_PAST_AFTER = re.compile(r"^\s*(?:sortant|sortante|honoraire)\b")


@dataclass(frozen=True, slots=True)
class RoleForms:
    """The folding rules of `models/events/role_forms.yaml`."""

    whole_words: dict[str, str]
    suffixes: tuple[tuple[str, str], ...]
    keep: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> RoleForms:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return cls({str(k): str(v) for k, v in data["whole_words"].items()},
                   tuple((str(a), str(b)) for a, b in data["suffixes"]), frozenset(data["keep"]))

    def key(self, role: str) -> str:
        """"Présidente" -> "president", "directrices générales" -> "directeur general"."""
        return " ".join(self._word(w) for w in fold_text(role).split())

    def _word(self, word: str) -> str:
        if word in self.whole_words:
            return self.whole_words[word]
        if word in self.keep:
            return word
        parts = word.split("-")
        if len(parts) > 1:
            return "-".join(self._word(p) for p in parts)
        for ending, replacement in self.suffixes:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                folded = word[: -len(ending)] + replacement
                return folded
        return word


@dataclass(frozen=True, slots=True)
class RoleSpell:
    """A row of `role_spells`."""

    article_id: str
    person_entity_id: str
    org_entity_id: str
    role: str
    role_key: str
    started: str | None
    ended: str | None
    source: str


def role_spells(
    article_id: str,
    annotated: AnnotatedArticle,
    events: Iterable[EventMention],
    entity_at: Mapping[tuple[int, int], str],
    forms: RoleForms,
) -> list[RoleSpell]:
    """The spells one article states: its roles (current or past) and its appointments."""
    article = annotated.article
    published = article.published_at.date().isoformat() if article.published_at else None
    folded = fold_text(article.text)
    spells = []
    for role in annotated.roles:
        if role.org is None:
            continue
        person = entity_at.get((role.person.start_char, role.person.end_char))
        org = entity_at.get((role.org.start_char, role.org.end_char))
        if person is None or org is None:
            continue
        past = _is_past(folded, role.role, role.person.start_char, role.org.start_char)
        spells.append(RoleSpell(article_id, person, org, role.role, forms.key(role.role),
                                None if past else published, published if past else None,
                                "past" if past else "role"))
    for event in events:
        if event.type is not EventType.APPOINTMENT or not event.detail:
            continue
        org = next((entity_at.get((p.mention.start_char, p.mention.end_char)) for p in event.participants
                    if p.role is Role.ORGANISATION), None)
        if org is None:
            continue
        for p in event.participants:
            person = entity_at.get((p.mention.start_char, p.mention.end_char))
            if person is None or p.role not in (Role.APPOINTEE, Role.PREDECESSOR):
                continue
            starts = p.role is Role.APPOINTEE
            spells.append(RoleSpell(article_id, person, org, event.detail, forms.key(event.detail),
                                    event.date if starts else None, None if starts else event.date,
                                    "appointment" if starts else "departure"))
    return spells


def _is_past(folded: str, role: str, person_start: int, org_start: int) -> bool:
    """"l'ancienne directrice du site, Hélène Caron", "Marc Roy, président sortant de X"."""
    key = fold_text(role)
    lo, hi = min(person_start, org_start), max(person_start, org_start)
    window_start = max(0, lo - 40)
    at = folded.find(key, window_start, hi + len(key))
    if at < 0:
        return False
    return bool(_PAST.search(folded[max(0, at - 20):at]) or _PAST_AFTER.match(folded[at + len(key):]))
