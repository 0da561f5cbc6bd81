"""Export every warehouse relation (contract tables and analyst views) to Parquet or CSV files.

Why through the relation API: file paths never get pasted into SQL text.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

import duckdb

from warehouse.sql_files import sql_file

Format = Literal["parquet", "csv"]


def relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(name, 'BASE TABLE' | 'VIEW') of every relation in the warehouse."""
    return con.execute(sql_file("sql/read/relations.sql")).fetchall()


def export_all(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: Format) -> list[Path]:
    """Write one `<relation>.<fmt>` per table and view; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, _kind in relations(con):
        path = out_dir / f"{name}.{fmt}"
        relation = con.table(name)
        if fmt == "parquet":
            relation.write_parquet(str(path))
        else:
            relation.write_csv(str(path), header=True)
        written.append(path)
    return written
