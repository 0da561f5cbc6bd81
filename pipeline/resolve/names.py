"""Name shapes for entity resolution: the match key, person short forms, acronyms, canonical choice.

Why a module of its own: these are the pure string decisions `pipeline.resolve` builds on, and the
evaluation normalises gold and predicted names with the very same `match_key`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DETERMINER = re.compile(
    r"^(?:l['’]\s*|d['’]\s*|(?:le|la|les|du|des|de la|de l['’])\s+)", re.IGNORECASE
)
_TITLE = re.compile(
    r"^(?:m\.|mme\.?|mlle\.?|mm\.|dr\.?|pr\.?|me\.?|monsieur|madame)\s+", re.IGNORECASE
)
_NON_WORD = re.compile(r"[^\w]+")
_INITIAL = re.compile(r"^[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?$")
# Words that never tell two names apart ("Pôle de compétitivité de Sfax" ~ "Pôle compétitivité").
STOPWORDS = frozenset("de du des la le les l d et en au aux pour sur a".split())


def fold(text: str) -> str:
    """Lower-case and accent-free, typographic quotes and dashes made plain."""
    text = text.replace("’", "'").replace("–", "-").replace("—", "-")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def clean_form(surface: str) -> str:
    """A surface as a displayable name: edges trimmed, a leading determiner dropped ("l'Europe")."""
    form = surface.strip(" \t\n,;:«»\"'()").replace("’", "'")
    stripped = _DETERMINER.sub("", form)
    return stripped if stripped[:1].isupper() or stripped[:1].isdigit() else form


@lru_cache(maxsize=1 << 18)  # the warehouse's names come back with every batch
def match_key(name: str) -> str:
    """The key two spellings of one name share: no accents, case, determiner, title or punctuation.

    "l'Europe" -> "europe", "Réseau InnovSud" and "Reseau Innovsud" -> "reseau innovsud",
    "M. Alaoui" -> "alaoui", "Groupement des Industries Navales et Portuaires" keeps its words.
    """
    text = fold(name).strip()
    text = _TITLE.sub("", _DETERMINER.sub("", text))
    return " ".join(_NON_WORD.sub(" ", text).replace("_", " ").split())


def content_tokens(key: str) -> list[str]:
    """The words of a match key that can tell two names apart."""
    return [token for token in key.split() if token not in STOPWORDS]


def is_acronym(surface: str) -> bool:
    """ "CMCS", "C3MT", "IRESEN" (not "Medef"): one token, mostly capitals, 2 to 8 characters."""
    text = surface.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        2 <= len(text) <= 8
        and " " not in text
        and len(letters) >= 2
        and sum(ch.isupper() for ch in letters) >= len(letters) - 1
        and text[0].isupper()
    )


def strip_title(surface: str) -> str:
    """ "M. Alaoui" -> "Alaoui", "Mme Bennani" -> "Bennani"."""
    return _TITLE.sub("", surface.strip())


@lru_cache(maxsize=1 << 16)
def person_shape(surface: str) -> tuple[str, tuple[str, ...], str]:
    """Classify a person surface: (shape, initials, surname key), shape in full, initials,
    initial_surname, surname.

    "K. A." -> initials ("k", "a"); "K. Alaoui" -> initial "k" + surname "alaoui";
    "M. Alaoui" / "Alaoui" -> surname "alaoui"; "Karim Alaoui" -> full.
    """
    had_title = bool(_TITLE.match(surface.strip()))
    tokens = strip_title(clean_form(surface)).split()
    initials = tuple(fold(token[0]) for token in tokens if _INITIAL.match(token))
    words = [token for token in tokens if not _INITIAL.match(token)]
    if tokens and not words:
        return "initials", initials, ""
    surname = match_key(" ".join(words))
    if initials:
        return "initial_surname", initials, surname
    if had_title or len(words) == 1:
        return "surname", (), surname
    return "full", (), ""


def civil_title(surface: str) -> str | None:
    """ "M. Alaoui" -> "m", "Mme Alaoui" -> "f", "Alaoui" -> None: tells two Alaoui apart."""
    match = _TITLE.match(surface.strip())
    if match is None:
        return None
    word = fold(match.group(0)).strip(" .")
    return {"m": "m", "monsieur": "m", "mme": "f", "mlle": "f", "madame": "f"}.get(word)


def surname_keys(full_name: str) -> set[str]:
    """Keys a surname-only mention may use: "Youssef El Idrissi" -> "el idrissi", "idrissi"."""
    tokens = match_key(full_name).split()
    if len(tokens) < 2:
        return set()
    return {" ".join(tokens[i:]) for i in range(1, len(tokens))}


def initials_of(full_name: str) -> tuple[str, ...]:
    """ "Karim Alaoui" -> ("k", "a"); "Jean-Marc Dufresne" -> ("j", "d")."""
    return tuple(token[0] for token in match_key(full_name.replace("-", "")).split())


def canonical_rank(form: str, count: int, from_gazetteer: bool, stored: bool = False) -> tuple:
    """Sort key for the canonical name: gazetteer first, then the most complete well-formed form.

    Well-formed means not all lower-case and not a shouted multi-word name ("CLUSTER ATLAS");
    then more words, fewer shouted words ("Cluster ATLAS" < "Cluster Atlas"), accents kept
    ("Réseau" > "Reseau"), the name already stored (a frequent typo must not rename an entity),
    the most frequent spelling, the longest, and the text for a stable tie.
    """
    tokens = form.split()
    shouted = (
        sum(1 for token in tokens if len(token) >= 3 and token.isupper()) if len(tokens) > 1 else 0
    )
    well_formed = not form.islower() and not (form.isupper() and len(tokens) > 1)
    has_accents = fold(form) != form.lower()
    return (
        from_gazetteer,
        well_formed,
        len(content_tokens(match_key(form))),
        -shouted,
        has_accents,
        stored,
        count,
        len(form),
        form,
    )
