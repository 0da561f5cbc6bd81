"""What the planned lookup key tables rely on (bench/lookup_keys.py, docs/warehouse.md, *A lookup
whose cost does not grow*), held on DuckDB 1.5 and its DuckLake so an upgrade cannot silently
take it away: the key is a stable digest prefix, and a lookup join on a lake table sorted by the
key reads only the row groups holding the batch's keys once `dynamic_or_filter_threshold` is at
least the batch size (and every row group below it).
"""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from warehouse import lake

SQL = Path(__file__).resolve().parents[2] / "bench" / "sql" / "lookup_keys"
ROWS = 1_000_000


def url_key(con: duckdb.DuckDBPyConnection, url: str) -> int:
    return int(con.execute("SELECT ('0x' || left(md5(?), 16))::UBIGINT", [url]).fetchall()[0][0])


def test_the_key_is_the_md5_prefix_not_duckdb_hash() -> None:
    con = duckdb.connect()
    assert url_key(con, "abc") == int("900150983cd24fb0", 16)  # md5('abc') = 900150983cd24fb0...


def rows_read(con: duckdb.DuckDBPyConnection, query: str) -> int:
    plan = con.execute("EXPLAIN ANALYZE " + query).fetchall()[0][1]
    return max(int(n.replace(",", "")) for n in re.findall(r"([\d,]+) rows", plan))


@pytest.fixture(scope="module")
def sorted_lake(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    path = tmp_path_factory.mktemp("keys") / "keys.ducklake"
    con = lake.open_lake(path)
    con.execute(f"CALL {lake.CATALOG}.set_option('parquet_row_group_size', '2048')")
    con.execute("CREATE TABLE url_keys (url_key UBIGINT NOT NULL, url VARCHAR NOT NULL, "
                "first_seen_at TIMESTAMP, fetched_at TIMESTAMP)")
    con.execute("ALTER TABLE url_keys SET SORTED BY (url_key)")
    con.execute("INSERT INTO url_keys SELECT ('0x' || left(md5(u), 16))::UBIGINT, u, NULL, NULL "
                f"FROM (SELECT 'https://site.fr/a-' || i AS u FROM range({ROWS}) t(i))")
    con.close()
    return lake.open_lake(path, read_only=True)


def test_a_sorted_lake_table_is_read_only_where_the_batch_keys_are(sorted_lake: duckdb.DuckDBPyConnection) -> None:
    con = sorted_lake
    urls = [f"https://site.fr/a-{i}" for i in range(0, ROWS, ROWS // 60)] + [f"https://new.fr/{i}" for i in range(60)]
    con.execute("CREATE OR REPLACE TEMP TABLE candidate_urls AS SELECT unnest(?) AS url", [urls])
    query = (SQL / "urls.sql").read_text(encoding="utf-8")
    con.execute("SET dynamic_or_filter_threshold = 1000")
    found = {row[0] for row in con.execute(query).fetchall()}
    assert found == {u for u in urls if "site.fr" in u}
    pruned = rows_read(con, query)
    con.execute("SET dynamic_or_filter_threshold = 50")  # DuckDB's default: below the batch size
    whole = rows_read(con, query)
    assert {row[0] for row in con.execute(query).fetchall()} == found
    assert whole >= 0.9 * ROWS
    assert pruned <= (len(urls) + 1) * 2048  # at most one row group per key (about 1/4 of the table)
