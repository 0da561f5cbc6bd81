"""Export the warehouse for other tools: the contract tables, and every view over every week.

Why not every relation: `schema_migrations`, the rollup bookkeeping (`rollup_*`) and the MinHash
`story_signatures` are internals, and `raw_pages` (every page's HTML) is large and third-party
text, written only on request. Why every week: a view run with its defaults shows one week
(the latest); exported, a weekly view holds all weeks, one `week` column telling them apart.
File paths never get pasted into SQL text (relation API).
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

import duckdb
import pyarrow as pa

from warehouse.named_queries import named_queries, run_query_arrow
from warehouse.sql_files import sql_file

Format = Literal["parquet", "csv"]
INTERNAL_TABLES = frozenset({"schema_migrations", "story_signatures", "raw_pages"})
INTERNAL_PREFIXES = ("rollup_",)
NO_LIMIT = 999_999  # `limit` of an exported view: every row (DuckDB caps top-n aggregates below 10⁶)


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, 'BASE TABLE' | 'VIEW') of every relation in the warehouse."""
    return con.execute(sql_file("sql/read/relations.sql")).fetchall()


def exported_tables(con: duckdb.DuckDBPyConnection, *, include_raw: bool = False) -> list[str]:
    """The contract tables written by `export_all` (views are exported week by week)."""
    names = [name for name, kind in relations(con) if kind == "BASE TABLE"]
    return [
        name for name in names
        if (name not in INTERNAL_TABLES or (include_raw and name == "raw_pages"))
        and not name.startswith(INTERNAL_PREFIXES)
    ]


def weeks(con: duckdb.DuckDBPyConnection) -> list[object]:
    return [week for (week,) in con.execute(sql_file("sql/read/weeks.sql")).fetchall()]


def view_over_weeks(con: duckdb.DuckDBPyConnection, name: str, all_weeks: list[object]) -> pa.Table:
    """A named query run for each week, stacked; a `week` column is added where it has none.

    Row limits are for people reading a screen: an export lifts them (`limit` = everything).
    """
    query = named_queries()[name]
    everything: dict[str, object] = {"limit": NO_LIMIT} if "limit" in query.params else {}
    if "week" not in query.params:
        return run_query_arrow(con, name, everything)
    parts = []
    for week in all_weeks:
        part = run_query_arrow(con, name, {"week": week, **everything})
        if "week" not in part.column_names:
            part = part.add_column(0, "week", pa.array([week] * part.num_rows, pa.date32()))
        parts.append(part)
    if not parts:
        return run_query_arrow(con, name, everything)
    return pa.concat_tables(parts)


def export_all(
    con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: Format, *, include_raw: bool = False
) -> list[Path]:
    """Write one `<relation>.<fmt>` per contract table and per view; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in exported_tables(con, include_raw=include_raw):
        written.append(_write(con.table(name), out_dir / f"{name}.{fmt}", fmt))
    all_weeks = weeks(con)
    queries = named_queries()
    for name in queries:
        table = view_over_weeks(con, name, all_weeks)
        written.append(_write(con.from_arrow(table), out_dir / f"{name}.{fmt}", fmt))
    for name, kind in relations(con):  # views defined elsewhere than warehouse/queries/
        if kind == "VIEW" and name not in queries:
            written.append(_write(con.table(name), out_dir / f"{name}.{fmt}", fmt))
    return written


def _write(relation: duckdb.DuckDBPyRelation, path: Path, fmt: Format) -> Path:
    if fmt == "parquet":
        relation.write_parquet(str(path))
    else:
        relation.write_csv(str(path), header=True)
    return path
