"""The analysts' SQL console: one read-only query, on a connection that cannot reach anything else.

Why an allow-list of statement types on top of the sandboxed connection: the message can then
say what the console is for, before DuckDB says what it refused and why.
"""
from __future__ import annotations

from typing import Any

import duckdb

QUERY_TYPES = {
    duckdb.StatementType.SELECT,   # SELECT, WITH, FROM, VALUES, SHOW, DESCRIBE, SUMMARIZE
    duckdb.StatementType.EXPLAIN,
    duckdb.StatementType.PRAGMA,   # PRAGMA table_info('articles')
    duckdb.StatementType.CALL,     # CALL duckdb_settings()
}


class StatementRefused(ValueError):
    """Not exactly one query, or one the console does not run."""


def one_query(con: duckdb.DuckDBPyConnection, sql: str) -> duckdb.Statement:
    """The single query in `sql`; `StatementRefused` for none, several, or a non-query."""
    try:
        statements = con.extract_statements(sql)
    except duckdb.ParserException as error:
        raise StatementRefused(f"SQL syntax: {_first_line(error)}") from None
    if len(statements) != 1:
        raise StatementRefused(
            f"exactly one statement per call, got {len(statements)} (run them one at a time)"
        )
    statement = statements[0]
    if statement.type not in QUERY_TYPES:
        kind = str(statement.type).rsplit(".", 1)[-1]
        raise StatementRefused(
            f"{kind} statements are refused: the console reads the warehouse only "
            "(SELECT, WITH, SHOW, DESCRIBE, SUMMARIZE, EXPLAIN, PRAGMA, CALL)"
        )
    if statement.type == duckdb.StatementType.CALL and "ducklake_" in statement.query.lower():
        raise StatementRefused(
            "CALL of DuckLake maintenance is refused: the console reads the warehouse only "
            "(maintenance is `veille maintain`)"
        )
    return statement


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(column names, rows) of the one query in `sql`."""
    result = con.execute(one_query(con, sql))
    columns = [d[0] for d in result.description or []]
    return columns, result.fetchall() if columns else []


def explain_error(error: duckdb.Error) -> str:
    """A DuckDB error as one line; refusals of the sandbox say so."""
    if isinstance(error, duckdb.PermissionException):
        return f"refused: the console reads the warehouse only ({_first_line(error)})"
    if isinstance(error, duckdb.InvalidInputException) and "configuration has been locked" in str(error):
        return f"refused: the console's settings are locked ({_first_line(error)})"
    return _first_line(error)


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
