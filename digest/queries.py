"""Run the digest's named SQL queries (`warehouse/queries/digest/*.sql`) with bound parameters."""
from __future__ import annotations

import re
from importlib import resources
from typing import Any

import duckdb

_PARAMETER = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_COMMENT = re.compile(r"--[^\n]*")


def load_query(name: str) -> str:
    """The text of `warehouse/queries/digest/<name>.sql`."""
    return resources.files("warehouse").joinpath("queries", "digest", f"{name}.sql").read_text(
        encoding="utf-8"
    )


def run_query(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of a named query as dicts; only the parameters the query uses are bound.

    Why filter: DuckDB rejects named parameters a statement does not reference, and the digest
    passes one shared parameter set to every query.
    """
    sql = load_query(name)
    wanted = set(_PARAMETER.findall(_COMMENT.sub("", sql)))
    missing = wanted - params.keys()
    if missing:
        raise ValueError(f"query {name!r} needs parameters {sorted(missing)}")
    cursor = con.execute(sql, {key: value for key, value in params.items() if key in wanted})
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row)) for row in cursor.fetchall()]
