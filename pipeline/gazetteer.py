"""The gazetteer: known clusters, pôles, technoparks, agencies and institutions, as data.

Why data and not code: analysts add a cluster by adding a CSV row (`models/gazetteer/*.csv` or
their own watch list, same columns), never by touching the pipeline. Columns:
`name,type,acronym,aliases,country,kind,source`; `aliases` are separated by `|`.
Rows that share a name (after case/accent folding) are merged, so a watch list can add aliases
to a known entity.
"""
from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from pathlib import Path

GAZETTEER_COLUMNS = ("name", "type", "acronym", "aliases", "country", "kind", "source")
ENTITY_TYPES = ("ORG", "PER", "LOC", "MISC")


class GazetteerError(ValueError):
    """A gazetteer file that cannot be read as documented (missing column, unknown type)."""


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One known entity: its canonical `name`, its label and every other way to write it."""

    name: str
    type: str
    acronym: str | None
    aliases: tuple[str, ...]
    country: str | None
    kind: str | None

    def surface_forms(self) -> tuple[str, ...]:
        """Name, aliases and acronym: every string that designates this entry."""
        forms = (self.name, *self.aliases, *((self.acronym,) if self.acronym else ()))
        return tuple(dict.fromkeys(forms))


def fold(text: str) -> str:
    """Lower-case, accent-free, typographic apostrophes and dashes made plain: the match key."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("–", "-"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def load_gazetteer(models_dir: Path, watchlist: Path | None = None) -> list[GazetteerEntry]:
    """Every entry of `models_dir/gazetteer/*.csv` plus the analysts' watch list, merged by name."""
    paths = sorted((models_dir / "gazetteer").glob("*.csv"))
    if watchlist is not None:
        if not watchlist.is_file():
            raise GazetteerError(f"watch list {watchlist} does not exist")
        paths.append(watchlist)
    merged: dict[str, GazetteerEntry] = {}
    for path in paths:
        for entry in _read_csv(path):
            key = fold(entry.name)
            merged[key] = _merge(merged[key], entry) if key in merged else entry
    return list(merged.values())


def all_surface_forms(entries: list[GazetteerEntry]) -> list[str]:
    """Flat list of every name, alias and acronym (the topic filter scores on them)."""
    return list(dict.fromkeys(form for entry in entries for form in entry.surface_forms()))


def _read_csv(path: Path) -> list[GazetteerEntry]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(GAZETTEER_COLUMNS[:2]) - set(reader.fieldnames or ())
        if missing:
            raise GazetteerError(f"{path}: missing column(s) {sorted(missing)}")
        return [_entry(row, path, line) for line, row in enumerate(reader, start=2)]


def _entry(row: dict[str, str | None], path: Path, line: int) -> GazetteerEntry:
    name = (row.get("name") or "").strip()
    label = (row.get("type") or "ORG").strip().upper()
    if not name or label not in ENTITY_TYPES:
        raise GazetteerError(f"{path}:{line}: need a name and a type in {ENTITY_TYPES}")
    aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
    return GazetteerEntry(
        name=name,
        type=label,
        acronym=(row.get("acronym") or "").strip() or None,
        aliases=aliases,
        country=(row.get("country") or "").strip() or None,
        kind=(row.get("kind") or "").strip() or None,
    )


def _merge(old: GazetteerEntry, new: GazetteerEntry) -> GazetteerEntry:
    """Later files win on scalar fields; aliases accumulate."""
    return GazetteerEntry(
        name=old.name,
        type=new.type,
        acronym=new.acronym or old.acronym,
        aliases=tuple(dict.fromkeys((*old.aliases, *new.aliases))),
        country=new.country or old.country,
        kind=new.kind or old.kind,
    )


def read_watchlist(path: Path) -> list[GazetteerEntry]:
    """The analysts' watch list alone (same columns as the gazetteer): what `watched` means."""
    if not path.is_file():
        raise GazetteerError(f"watch list {path} does not exist")
    return _read_csv(path)
