"""Named trend queries: `warehouse/sql/views/<name>.sql`, run with bound parameters or as views.

Why DuckDB variables (the one parameter style of `warehouse/sql/`, see `warehouse.sql_files`):
the very same SQL text is both the view analysts `SELECT * FROM` (defaults apply when a
variable is unset) and the query `veille query` runs after binding values. Here the command
line's strings are converted (`PARAMETERS`) and the rollups made exact before the shared runner
runs the file. Files named `_*.sql` are building blocks: created as views (first), not listed.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

import duckdb
import pyarrow as pa

from warehouse.rollups import ensure_fresh
from warehouse.sql_files import SQL_DIR, Rows, SqlFile, read_sql, run_sql, run_sql_arrow

QUERIES_DIR = SQL_DIR / "views"
NamedQuery = SqlFile


def _to_date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _to_int(value: object) -> int:
    number = int(str(value))
    if number < 0:
        raise ValueError(f"expected a non-negative integer, got {value}")
    return number


# Every parameter a named query may read, and how a command-line string becomes its value.
PARAMETERS: dict[str, Callable[[object], object]] = {
    "week": _to_date,           # any day of the ISO week (Monday-based)
    "type": lambda v: str(v).upper(),  # ORG, PER, LOC, MISC
    "country": lambda v: str(v).upper(),
    "limit": _to_int,
    "min_stories": _to_int,
}


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
    `SELECT * FROM trending_entities`; returns the named queries' names."""
    for query in [*_files(blocks=True).values(), *named_queries().values()]:
        body = query.text.strip().rstrip(";")
        con.execute(f'CREATE OR REPLACE VIEW "{query.name}" AS\n{body}')
    return list(named_queries())


def _converted(query: SqlFile, params: Mapping[str, object] | None) -> dict[str, object]:
    """Command-line strings as typed values (unknown names are left for the runner to refuse)."""
    return {
        name: None if value is None or name not in PARAMETERS else PARAMETERS[name](value)
        for name, value in (params or {}).items()
    }


def run_query(
    con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None = None
) -> Rows:
    """Run a named query with bound parameters; returns (column names, rows)."""
    query = get_query(name)
    ensure_fresh(con)
    return run_sql(con, query, _converted(query, params))


def run_query_arrow(
    con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, object] | None = None
) -> pa.Table:
    """Run a named query with bound parameters; the result as an Arrow table (bench, export)."""
    query = get_query(name)
    ensure_fresh(con)
    return run_sql_arrow(con, query, _converted(query, params))
