"""Named trend queries: `warehouse/sql/views/<name>.sql`, run with bound parameters or as views.

Why DuckDB variables (the one parameter style of `warehouse/sql/`, see `warehouse.sql_files`):
the very same SQL text is both the view analysts `SELECT * FROM` (defaults apply when a
variable is unset) and the query `veille query` runs after binding values. Here the command
line's strings are converted (`PARAMETERS`) and the rollups made exact before the shared runner
runs the file. Files named `_*.sql` are building blocks: created as views (first), not listed.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

import duckdb

from warehouse.rollups import ensure_fresh
from warehouse.sql_files import SQL_DIR, Rows, SqlFile, read_sql, run_sql, run_sql_arrow

QUERIES_DIR = SQL_DIR / "views"
NamedQuery = SqlFile

if TYPE_CHECKING:
    import pyarrow as pa  # only for annotations: `veille query` need not load Arrow


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
    """No `warehouse/sql/views/<name>.sql`."""


def _files(*, blocks: bool) -> dict[str, SqlFile]:
    found = {}
    for path in sorted(QUERIES_DIR.glob("*.sql")):
        if path.name.startswith("_") == blocks:
            query = read_sql(f"views/{path.name}")
            unknown = set(query.params) - set(PARAMETERS)
            if unknown:
                raise ValueError(f"{path.name} declares unknown parameters {sorted(unknown)}")
            found[path.stem] = query
    return found


def named_queries() -> dict[str, SqlFile]:
    """The queries shipped in `warehouse/sql/views/*.sql` (building blocks `_*.sql` aside)."""
    return _files(blocks=False)


def get_query(name: str) -> SqlFile:
    queries = named_queries()
    if name not in queries:
        raise UnknownQuery(f"no query named {name!r}; known: {', '.join(queries)}")
    return queries[name]


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)create one view per query file, building blocks first, so analysts can
    `SELECT * FROM trending_entities`; returns the named queries' names.

    A view whose comment holds the digest of its file's text is left as it is: on a lake each
    replaced view is a catalog change, and most runs change none.
    """
    current = _stored_view_digests(con)
    for query in [*_files(blocks=True).values(), *named_queries().values()]:
        body, digest = _body_and_digest(query)
        if current.get(query.name) == digest:
            continue
        con.execute(f'CREATE OR REPLACE VIEW "{query.name}" AS\n{body}')
        con.execute(f"COMMENT ON VIEW \"{query.name}\" IS '{digest}'")
    return list(named_queries())


def ensure_building_blocks(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Temporary views of the building blocks (`_*.sql`) that the warehouse lacks or holds in an
    older version; returns their names.

    The named queries run from their files, so they are always this version's, but they read the
    building blocks as views: a read-only connection to a warehouse last written by an older
    Veille (an analyst upgrading before the next run) would otherwise fail or read old logic.
    """
    stored = _stored_view_digests(con)
    temporary = {name for (name,) in con.execute(
        "SELECT view_name FROM duckdb_views() WHERE database_name = 'temp'").fetchall()}
    made = []
    for query in _files(blocks=True).values():
        body, digest = _body_and_digest(query)
        if stored.get(query.name) != digest and query.name not in temporary:
            con.execute(f'CREATE TEMP VIEW "{query.name}" AS\n{body}')
            made.append(query.name)
    return made


def _stored_view_digests(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    return dict(con.execute(
        "SELECT view_name, comment FROM duckdb_views() "
        "WHERE database_name = current_database() AND NOT internal").fetchall())


def _body_and_digest(query: SqlFile) -> tuple[str, str]:
    """The view's body, and the digest of it kept as the view's comment."""
    body = query.text.strip().rstrip(";")
    return body, "veille:" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def check_parameters(query: SqlFile, params: Mapping[str, object]) -> dict[str, object]:
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
) -> Rows:
    """Run a named query with bound parameters; returns (column names, rows)."""
    query = get_query(name)
    ensure_fresh(con)
    ensure_building_blocks(con)
    return run_sql(con, query, check_parameters(query, params or {}))


def run_query_arrow(
    con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None = None
) -> pa.Table:
    """Run a named query with bound parameters; the result as an Arrow table (bench, export)."""
    query = get_query(name)
    ensure_fresh(con)
    ensure_building_blocks(con)
    return run_sql_arrow(con, query, check_parameters(query, params or {}))
