"""Lookups by a narrow sorted key: does a batch's lookup stop growing with the warehouse?

    python bench/lookup_keys.py --db W.ducklake --work DIR [--repeats 5] [--batch 200]

Read-only on `--db`: exports each article's URL, content hash and their keys (the first 16 hex
digits of md5(url) / of the content hash, as UBIGINT; `bench/sql/lookup_keys/export.sql`), then
builds in `--work` a scratch lake holding two key tables sorted by key, written with
`--row-group` rows per Parquet row group (`build.sql`), and a DuckDB file with the same tables.
Times the lookups of `--repeats` batches (`--batch` URLs / hashes, half stored) on each, with
DuckDB's `dynamic_or_filter_threshold` at its default (50) and at `--threshold`: a join pushes its
build side's keys into the probe's scan as an IN filter (checked against each row group's
min/max) only when the build side has at most that many rows; otherwise only their min and max.
Reports the rows each scan read (EXPLAIN ANALYZE). Compare with `bench/warehouse.py --lookups`
on the same `--db` (the lookups as they are).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import duckdb

from warehouse import lake

SQL = Path(__file__).resolve().parent / "sql" / "lookup_keys"


def text(name: str) -> str:
    return (SQL / name).read_text(encoding="utf-8")


def build(db: Path, work: Path, row_group: int) -> tuple[Path, Path, Path]:
    work.mkdir(parents=True, exist_ok=True)
    keys = work / "keys.parquet"
    if not keys.exists():
        src = lake.open_lake(db, read_only=True)
        select = text("export.sql").strip().rstrip(";")
        src.execute(f"COPY ({select}) TO '{keys}' (FORMAT parquet)")
        src.close()
    scratch, plain = work / "keys.ducklake", work / "keys.duckdb"
    if not scratch.exists():
        con = lake.open_lake(scratch)
        con.execute(f"CALL {lake.CATALOG}.set_option('parquet_row_group_size', '{row_group}')")
        con.execute("SET VARIABLE src = ?", [str(keys)])
        for statement in con.extract_statements(text("build.sql")):
            con.execute(statement)
        con.close()
    if not plain.exists():
        con = duckdb.connect(str(plain))
        con.execute("SET VARIABLE src = ?", [str(keys)])
        for statement in con.extract_statements(text("build.sql")):
            con.execute(statement)
        con.close()
    return keys, scratch, plain


def rows_scanned(con: duckdb.DuckDBPyConnection, query: str) -> int:
    plan = con.execute("EXPLAIN ANALYZE " + query).fetchall()[0][1]
    counts = [int(m.replace(",", "")) for m in re.findall(r"([\d,]+) rows", plan)]
    return max(counts) if counts else 0


def time_storage(con: duckdb.DuckDBPyConnection, sample: list[tuple[str, str]], repeats: int,
                 batch: int, threshold: int) -> dict[str, object]:
    con.execute(f"SET dynamic_or_filter_threshold = {threshold}")
    urls_s, hashes_s, found = [], [], [0, 0]
    for n in range(repeats):
        part = sample[n * batch // 2:(n + 1) * batch // 2]
        new = [f"https://new.example/{n}/{i}" for i in range(batch - len(part))]
        con.execute("CREATE OR REPLACE TEMP TABLE candidate_urls AS SELECT unnest(?) AS url",
                    [[u for u, _ in part] + new])
        con.execute("CREATE OR REPLACE TEMP TABLE candidate_hashes AS SELECT unnest(?) AS content_hash",
                    [[h for _, h in part] + [f"{n:04x}{i:028x}" for i in range(len(new))]])
        tick = time.perf_counter()
        found[0] = len(con.execute(text("urls.sql")).fetchall())
        urls_s.append(time.perf_counter() - tick)
        tick = time.perf_counter()
        found[1] = len(con.execute(text("hashes.sql")).fetchall())
        hashes_s.append(time.perf_counter() - tick)
    return {"threshold": threshold,
            "urls": {"median_s": statistics.median(urls_s), "best_s": min(urls_s), "found": found[0],
                     "rows_scanned": rows_scanned(con, text("urls.sql"))},
            "hashes": {"median_s": statistics.median(hashes_s), "best_s": min(hashes_s), "found": found[1],
                       "rows_scanned": rows_scanned(con, text("hashes.sql"))}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--row-group", type=int, default=4096)
    parser.add_argument("--threshold", type=int, default=1000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    tick = time.perf_counter()
    keys, scratch, plain = build(args.db, args.work, args.row_group)
    results: dict[str, object] = {"db": str(args.db), "build_s": time.perf_counter() - tick, "batch": args.batch,
                     "row_group": args.row_group, "load_average_before": os.getloadavg()}
    probe = duckdb.connect()
    results["articles"] = probe.execute(f"SELECT count(*) FROM '{keys}'").fetchall()[0][0]
    sample = probe.execute(f"SELECT url, content_hash FROM '{keys}' "
                           f"USING SAMPLE reservoir({args.batch * args.repeats // 2} ROWS) REPEATABLE (7)").fetchall()
    probe.close()
    for name, con in (("lake", lake.open_lake(scratch, read_only=True)), ("file", duckdb.connect(str(plain), read_only=True))):
        con.execute("SET threads = 2")
        results[name] = [time_storage(con, sample, args.repeats, args.batch, t) for t in (50, args.threshold)]
        con.close()
    results["load_average_after"] = os.getloadavg()
    print(json.dumps(results, indent=2))
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
