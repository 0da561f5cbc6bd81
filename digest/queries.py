"""Run the digest's SQL (`warehouse/sql/digest/*.sql`) through the warehouse's one runner."""
from __future__ import annotations

from typing import Any

import duckdb

from warehouse.named_queries import ensure_building_blocks
from warehouse.rollups import ensure_fresh
from warehouse.sql_files import read_sql, run_sql


def load_query(name: str) -> str:
    """The text of `warehouse/sql/digest/<name>.sql`."""
    return read_sql(f"digest/{name}.sql").text


def run_query(con: duckdb.DuckDBPyConnection, name: str, **params: Any) -> list[dict[str, Any]]:
    """Rows of a digest query as dicts; only the parameters the query declares are bound.

    Why filter: the digest passes one shared parameter set to every query; each file declares
    on its `-- params:` line what it reads, and every one of those must be given.
    """
    query = read_sql(f"digest/{name}.sql")
    missing = set(query.params) - params.keys()
    if missing:
        raise ValueError(f"query {name!r} needs parameters {sorted(missing)}")
    ensure_fresh(con)  # "new" entities read the rollups: exact even if rows came another way
    ensure_building_blocks(con)  # and the views `_*.sql` of this version
    columns, rows = run_sql(con, query, {key: params[key] for key in query.params})
    return [dict(zip(columns, row, strict=True)) for row in rows]
