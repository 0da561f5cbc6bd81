"""The SQL tree `warehouse/sql/`, read and run: the one runner (a leaf every warehouse module and
the digest may import).

Why one runner and one parameter style: every query file reads its parameters with DuckDB's
`getvariable('name')` and declares them on a `-- params: a, b` comment line. The very same text
then works as a view (a variable left unset reads NULL, so a query's `coalesce` defaults apply)
and as a query run with values: `run_sql` binds each declared parameter with
`SET VARIABLE name = ?` (values are always bound, never pasted into SQL), runs every statement,
and resets the variables so nothing leaks into the next query or view.

The tree (README, "Warehouse"): `schema/` migrations, `load/` writes, `read/` what the pipeline
reads back, `views/` the analysts' named queries, `digest/` the e-mail's queries, `checks/`
the data checks, `rollups/` and `maintenance/` the derived tables.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa  # only for annotations: reading a query need not load Arrow

WAREHOUSE_DIR = Path(__file__).resolve().parent
SQL_DIR = WAREHOUSE_DIR / "sql"
_PARAMS_LINE = re.compile(r"^--\s*params:\s*(.*)$", re.MULTILINE | re.IGNORECASE)
_PARAM_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")
T = TypeVar("T")
Rows = tuple[list[str], list[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class SqlFile:
    """One query file: its path under `warehouse/sql/`, text, summary line and parameters."""

    relative: str
    text: str
    params: tuple[str, ...]

    @property
    def summary(self) -> str:
        """The first comment line: what the query answers."""
        first = self.text.splitlines()[0] if self.text else ""
        return first.lstrip("- ").strip()

    @property
    def name(self) -> str:
        return Path(self.relative).stem


def sql_file(relative: str) -> str:
    """The text of `warehouse/sql/<relative>` (SQL lives in files, never in Python strings)."""
    return (SQL_DIR / relative).read_text(encoding="utf-8")


def read_sql(relative: str) -> SqlFile:
    """A query file with its declared `-- params:` (a malformed name is refused here)."""
    text = sql_file(relative)
    match = _PARAMS_LINE.search(text)
    params = tuple(p.strip() for p in match.group(1).split(",") if p.strip()) if match else ()
    bad = [p for p in params if not _PARAM_NAME.match(p)]
    if bad:
        raise ValueError(f"{relative}: malformed parameter names {bad} on its params line")
    return SqlFile(relative, text, params)


@contextmanager
def bound(
    con: duckdb.DuckDBPyConnection, query: SqlFile, params: Mapping[str, object] | None = None
) -> Iterator[None]:
    """Every declared parameter set (given value, else NULL) while the block runs, then reset."""
    params = params or {}
    extra = set(params) - set(query.params)
    if extra:
        raise ValueError(
            f"{query.name} takes {', '.join(query.params) or 'no parameters'}; "
            f"not {', '.join(sorted(extra))}"
        )
    try:
        for name in query.params:
            con.execute(f'SET VARIABLE "{name}" = ?', [params.get(name)])
        yield
    finally:
        for name in query.params:
            con.execute(f'RESET VARIABLE "{name}"')


def run_sql(
    con: duckdb.DuckDBPyConnection,
    query: SqlFile | str,
    params: Mapping[str, object] | None = None,
) -> Rows:
    """Run every statement of a query file with its parameters bound; the last one's
    (column names, rows)."""
    return _run(con, query, params, lambda statement: _fetch_rows(con.execute(statement)))


def run_sql_arrow(
    con: duckdb.DuckDBPyConnection,
    query: SqlFile | str,
    params: Mapping[str, object] | None = None,
) -> pa.Table:
    """As `run_sql`, the last statement's result as an Arrow table (bench, export)."""
    return _run(con, query, params, lambda statement: con.sql(statement.query).to_arrow_table())


def run_script(
    con: duckdb.DuckDBPyConnection, relative: str, params: Mapping[str, object] | None = None
) -> int:
    """As `run_sql`, for writes: the row count the last statement reports (0 if none)."""
    rows = run_sql(con, relative, params)[1]
    return int(rows[0][0]) if rows and len(rows[0]) == 1 and isinstance(rows[0][0], int) else 0


def settle_results(con: duckdb.DuckDBPyConnection) -> None:
    """Finish any half-read result before registering a table.

    Why: DuckDB 2 refuses `register` while a result is pending (`complete()`); the pinned 1.5
    (DuckLake's extensions exist for it only) has neither the method nor the rule.
    """
    complete = getattr(con, "complete", None)
    if complete is not None:
        complete()


def _fetch_rows(result: duckdb.DuckDBPyConnection) -> Rows:
    description = result.description or []
    return [d[0] for d in description], result.fetchall() if description else []


def _run(
    con: duckdb.DuckDBPyConnection,
    query: SqlFile | str,
    params: Mapping[str, object] | None,
    fetch: Callable[[duckdb.Statement], T],
) -> T:
    query = read_sql(query) if isinstance(query, str) else query
    statements = con.extract_statements(query.text)
    if not statements:
        raise ValueError(f"{query.relative} holds no SQL statement")
    with bound(con, query, params):
        for statement in statements[:-1]:
            con.execute(statement).fetchall()
        return fetch(statements[-1])
