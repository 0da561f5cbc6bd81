"""What only `veille_context` reads (`models/rules/context.json`)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.ner.rules_data import json_rules
from pipeline.text import fold


@dataclass(frozen=True)
class ContextPatterns:
    org_role_words: frozenset[str]  # "président", "fondatrice": a role held in an organisation
    org_nouns: frozenset[str]  # "entreprise", "chantier", "start-up": a company name follows
    list_markers: tuple[tuple[str, ...], ...]  # "comme", "parmi lesquels": a list follows
    country_suffixes: frozenset[str]  # "Maroc": "Acme Maroc" is a national subsidiary
    event_nouns: frozenset[str]  # "salon", "forum": an event name follows
    sport_cues: frozenset[str]  # "match", "championnat": three of them make a sports report
    team_cues: frozenset[str]  # "équipe", "club": a team sport, where clubs are named like people
    opponent_markers: tuple[tuple[str, ...], ...]  # "contre", "face à un": a club follows
    winner_markers: tuple[tuple[str, ...], ...]  # "s'impose", "a battu": a club precedes
    apposition_nouns: frozenset[str]  # "X, une PME de …": the name before is an organisation
    place_prepositions: frozenset[str]  # "à", "en": a place the model saw after one is no apposition
    # "pousse" -> {"jeune"}: a company noun only after one of these words ("la jeune pousse X")
    org_nouns_after: dict[str, frozenset[str]]
    apposition_nouns_not_person: frozenset[str]  # "X, spécialiste de …": a company unless a person
    company_verbs: frozenset[str]  # "X développe des …", "X, qui fabrique …": X is a company

    @classmethod
    def load(cls, rules_dir: Path) -> ContextPatterns:
        data = json_rules(rules_dir / "context.json")
        return cls(
            org_role_words=frozenset(fold(w) for w in data["org_role_words"]),
            org_nouns=frozenset(fold(w) for w in data["org_nouns"]),
            list_markers=tuple(tuple(fold(w).split()) for w in data["list_markers"]),
            country_suffixes=frozenset(fold(w) for w in data["country_suffixes"]),
            event_nouns=frozenset(fold(w) for w in data["event_nouns"]),
            sport_cues=frozenset(fold(w) for w in data["sport_cues"]),
            team_cues=frozenset(fold(w) for w in data["team_cues"]),
            opponent_markers=tuple(_phrase(w) for w in data["opponent_markers"]),
            winner_markers=tuple(_phrase(w) for w in data["winner_markers"]),
            apposition_nouns=frozenset(fold(w) for w in data["apposition_nouns"]),
            place_prepositions=frozenset(fold(w) for w in data["place_prepositions"]),
            org_nouns_after={fold(noun): frozenset(fold(w) for w in before)
                             for noun, before in data["org_nouns_after"].items()},
            apposition_nouns_not_person=frozenset(fold(w) for w in data["apposition_nouns_not_person"]),
            company_verbs=frozenset(fold(w) for w in data["company_verbs"]),
        )


def _phrase(text: str) -> tuple[str, ...]:
    """Folded tokens of a marker as the tokenizer cuts it ("s'impose" -> "s'", "impose")."""
    return tuple(fold(text).replace("'", "' ").split())
