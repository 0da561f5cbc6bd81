"""Lookups of a large batch in chunks of different sizes: where do chunks stop paying?

    python bench/lookup_chunks.py --db W.ducklake --size 2000 --chunks 400 1000 1000000000

Read-only on `--db` (a lake with the lookup key tables, migration 009): on the crawler's pinned
reader, `--size` URLs and as many hashes, half stored, looked up through `warehouse.read` with
`LOOKUP_CHUNK` set to each of `--chunks` in turn (a value above `--size` is one query; the scan
threshold is lifted so that the chunk size alone decides), median of `--repeats` batches.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

from warehouse import read
from warehouse.db import connect
from warehouse.lookups import SnapshotReader, current_snapshot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--chunks", type=int, nargs="+", default=[400, 1000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with connect(args.db, read_only=True) as con:
        snapshot = current_snapshot(con)
        sample = con.execute(f"SELECT url, content_hash FROM articles USING SAMPLE reservoir("
                             f"{args.size * args.repeats // 2} ROWS) REPEATABLE (11)").fetchall()
    reader = SnapshotReader(args.db, snapshot)
    pinned = reader.connection()
    assert pinned is not None
    print("load average", os.getloadavg())
    read.LOOKUP_SCAN_ABOVE = 10**12
    for chunk in args.chunks:
        read.LOOKUP_CHUNK = chunk
        urls_s, hashes_s = [], []
        for n in range(args.repeats):
            part = sample[n * args.size // 2:(n + 1) * args.size // 2]
            new = [f"https://new.example/{n}/{i}" for i in range(args.size - len(part))]
            tick = time.perf_counter()
            read.known_urls_of(pinned, [u for u, _ in part] + new)
            urls_s.append(time.perf_counter() - tick)
            tick = time.perf_counter()
            read.article_hashes_of(pinned, [u for u, _ in part] + new, [h for _, h in part] + [f"new-{u}" for u in new])
            hashes_s.append(time.perf_counter() - tick)
        print(f"size {args.size} chunk {chunk}: known_urls_of {statistics.median(urls_s):.3f} s, "
              f"article_hashes_of {statistics.median(hashes_s):.3f} s")
    reader.close()
    print("load average", os.getloadavg())


if __name__ == "__main__":
    main()
