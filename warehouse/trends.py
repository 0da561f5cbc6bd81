"""Which week the trends are about: the latest ISO week with articles (CLI, demo, digest)."""
from __future__ import annotations

from datetime import date

import duckdb

from warehouse.sql_files import sql_file


def latest_week(con: duckdb.DuckDBPyConnection) -> date | None:
    """Monday of the latest ISO week with articles, None for an empty warehouse."""
    return con.execute(sql_file("sql/read/latest_week.sql")).fetchall()[0][0]
