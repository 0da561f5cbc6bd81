"""Named trend queries: `warehouse/queries/<name>.sql`, run with bound parameters or as views.

Why DuckDB variables: each query reads its parameters with `getvariable('week')` etc., so the
very same SQL text is both the view analysts `SELECT * FROM` (defaults apply when a variable is
unset) and the query `veille query` runs after binding values with `SET VARIABLE week = ?`.
Values are always bound, never pasted into SQL; variable names come from `PARAMETERS` only.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import duckdb

from warehouse.rollups import ensure_fresh

if TYPE_CHECKING:
    import pyarrow as pa  # only for annotations: `veille query` need not load Arrow

T = TypeVar("T")
QUERIES_DIR = Path(__file__).resolve().parent / "queries"
_PARAMS_LINE = re.compile(r"^--\s*params:\s*(.*)$", re.MULTILINE)


def _to_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _to_int(value: object) -> int:
    number = int(str(value))
    if number < 0:
        raise ValueError(f"expected a non-negative integer, got {value}")
    return number


def _entity_type(value: object) -> str:
    kind = str(value).upper()
    if kind not in ENTITY_TYPES:
        raise ValueError(kind)
    return kind


def _country(value: object) -> str:
    code = str(value).upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise ValueError(code)
    return code


ENTITY_TYPES = ("ORG", "PER", "LOC", "MISC")
_YES, _NO = ("1", "true", "yes", "oui"), ("0", "false", "no", "non")


def _yes_no(value: object) -> bool:
    text = str(value).strip().lower()
    if text not in _YES + _NO:
        raise ValueError(text)
    return text in _YES

# Every parameter a named query may read, and how a command-line string becomes its value.
PARAMETERS: dict[str, Callable[[object], object]] = {
    "week": _to_date,           # any day of the ISO week (Monday-based)
    "type": _entity_type,       # ORG, PER, LOC, MISC
    "country": _country,
    "limit": _to_int,
    "min_stories": _to_int,
    "event_type": lambda v: str(v).lower(),  # funding, label, partnership, opening, appointment, agenda
    "kind": lambda v: str(v).lower(),  # registry kind: cluster, pole, technopark, company, ...
    "watched": _yes_no,         # analysts' watch list only
}
# What each parameter expects, said to whoever typed a wrong value.
EXPECTED: dict[str, str] = {
    "week": "a date YYYY-MM-DD (any day of the ISO week), e.g. 2026-11-16",
    "type": "one of " + ", ".join(ENTITY_TYPES),
    "country": "an ISO country code of two letters, e.g. MA or FR",
    "limit": "a whole number, 0 or more",
    "min_stories": "a whole number, 0 or more",
    "event_type": "an event type: funding, label, partnership, opening, appointment or agenda",
    "kind": "a registry kind, e.g. cluster, pole, technopark, company",
    "watched": "true or false",
}


class ParameterError(ValueError):
    """A parameter value that cannot be used; the message says what is expected."""


def convert_parameter(name: str, value: object) -> object:
    """The typed value of one parameter, or `ParameterError` saying what was expected."""
    try:
        return PARAMETERS[name](value)
    except (ValueError, TypeError):
        expected = EXPECTED.get(name, "another value")
        raise ParameterError(f"{name} expects {expected}; got {value!r}") from None


class UnknownQuery(LookupError):
    """No `warehouse/queries/<name>.sql`."""


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    path: Path
    summary: str
    params: tuple[str, ...]

    @property
    def sql(self) -> str:
        return self.path.read_text(encoding="utf-8")


def named_queries() -> dict[str, NamedQuery]:
    """The queries shipped in `warehouse/queries/*.sql` (sub-folders belong to other areas)."""
    found = {}
    for path in sorted(QUERIES_DIR.glob("*.sql")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("- ").strip() if text else ""
        match = _PARAMS_LINE.search(text)
        params = tuple(p.strip() for p in match.group(1).split(",")) if match else ()
        unknown = set(params) - set(PARAMETERS)
        if unknown:
            raise ValueError(f"{path.name} declares unknown parameters {sorted(unknown)}")
        found[path.stem] = NamedQuery(path.stem, path, first, params)
    return found


def get_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise UnknownQuery(f"no query named {name!r}; known: {', '.join(queries)}")
    return queries[name]


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)create one view per named query, so analysts can `SELECT * FROM trending_entities`."""
    for query in named_queries().values():
        body = query.sql.strip().rstrip(";")
        con.execute(f'CREATE OR REPLACE VIEW "{query.name}" AS\n{body}')
    return list(named_queries())


def bind_parameters(
    con: duckdb.DuckDBPyConnection, query: NamedQuery, params: Mapping[str, object]
) -> None:
    """Set every parameter the query reads: given values bound, the others reset to NULL."""
    for name, converted in check_parameters(query, params).items():
        con.execute(f'SET VARIABLE "{name}" = ?', [converted])


def check_parameters(query: NamedQuery, params: Mapping[str, object]) -> dict[str, object]:
    """Every parameter the query reads, typed (None where not given); `ParameterError` if wrong."""
    extra = set(params) - set(query.params)
    if extra:
        raise ParameterError(
            f"{query.name} takes {', '.join(query.params) or 'no parameters'}; "
            f"not {', '.join(sorted(extra))}"
        )
    return {
        name: None if params.get(name) is None else convert_parameter(name, params[name])
        for name in query.params
    }


def run_query(
    con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None = None
) -> tuple[list[str], list[tuple]]:
    """Run a named query with bound parameters; returns (column names, rows)."""
    def fetch(sql: str) -> tuple[list[str], list[tuple]]:
        result = con.execute(sql)
        return [d[0] for d in result.description], result.fetchall()

    return _run(con, name, params, fetch)


def run_query_arrow(
    con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None = None
) -> pa.Table:
    """Run a named query with bound parameters; the result as an Arrow table (bench, export)."""
    return _run(con, name, params, lambda sql: con.sql(sql).to_arrow_table())


def _run(con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None,
         fetch: Callable[[str], T]) -> T:
    query = get_query(name)
    ensure_fresh(con)
    bind_parameters(con, query, params or {})
    try:
        return fetch(query.sql)
    finally:
        for param in query.params:  # the views read the same variables: leave them at default
            con.execute(f'RESET VARIABLE "{param}"')
