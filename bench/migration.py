"""Wall time and peak memory of bringing an old warehouse's schema up to date (its migrations).

`python bench/migration.py LAKE [--memory-limit 1500MB|none]`: copies LAKE (a warehouse written
before the newest migration, e.g. a synthetic lake from `bench/warehouse.py --keep`, version 8)
to a scratch folder, opens the copy as a writer does in a child process, and reports the
versions applied, the wall time and the child's peak RSS (JSON, also written to
`bench/results/migration.json`). `--memory-limit none` lifts the limit migrations run under
(`warehouse.db.MIGRATION_MEMORY_LIMIT`) to compare with DuckDB's default (80 % of RAM).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHILD = """
import sys, time
from pathlib import Path
import duckdb
import warehouse.db as db
if sys.argv[2] == "none":  # DuckDB's own default
    db.MIGRATION_MEMORY_LIMIT = duckdb.connect().execute("SELECT current_setting('memory_limit')").fetchone()[0]
elif sys.argv[2] != "default":
    db.MIGRATION_MEMORY_LIMIT = sys.argv[2]
con = db.connect(Path(sys.argv[1]))
print(con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0])
con.close()
"""


def copy_lake(lake: Path, into: Path) -> Path:
    """The catalog file and its data folder, copied (the original keeps its version)."""
    shutil.copy2(lake, into / lake.name)
    shutil.copytree(lake.with_name(lake.name + ".files"), into / (lake.name + ".files"))
    return into / lake.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lake", type=Path)
    parser.add_argument("--memory-limit", default="default",
                        help="'default' (MIGRATION_MEMORY_LIMIT), 'none' (DuckDB's own) or a size such as 800MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="veille-migration-") as scratch:
        copy = copy_lake(args.lake.resolve(), Path(scratch))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CHILD, str(copy), args.memory_limit], env=env, check=True,
                              capture_output=True, text=True)
        wall = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kilobytes
    result = {"lake": str(args.lake), "memory_limit": args.memory_limit, "version": int(done.stdout.split()[-1]),
              "wall_s": round(wall, 1), "peak_rss_mb": round(peak_mb), "load": os.getloadavg()}
    print(json.dumps(result))
    out = ROOT / "bench" / "results" / "migration.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
