"""Probe for the warehouse decision (README, *Scale*): DuckLake offline from its PyPI wheel.

Needs DuckDB 1.5.5 (the extension wheels have no 2.x build), so it runs in a venv of its own:

    python3.11 -m venv /tmp/dl && /tmp/dl/bin/pip install duckdb==1.5.5 \
        duckdb-extension-ducklake==1.5.5 duckdb-extension-sqlite==1.5.5
    /tmp/dl/bin/python bench/ducklake_probe.py

INSTALLs each extension from the file inside its wheel, LOADs it with autoinstall off, attaches
a DuckLake with a SQLite catalog, times a daily append (300,000 mention rows) at 3 M and at
~21 M rows, reads from another process during an open write transaction, and merges files.
"""
import importlib.util
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

import duckdb


def ext(name):
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    return next(pathlib.Path(spec.origin).parent.rglob(f"{name}.duckdb_extension"))
root = pathlib.Path(tempfile.mkdtemp(prefix="ducklake-probe-"))
con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
for name in ("ducklake", "sqlite"):
    con.execute(f"INSTALL '{ext(name)}'")
    con.execute(f"LOAD {name}")
con.execute(f"ATTACH 'ducklake:sqlite:{root}/catalog.sqlite' AS lake (DATA_PATH '{root}/data/')")
con.execute("USE lake")
con.execute("CREATE TABLE mentions (article_id VARCHAR, entity_id VARCHAR, surface VARCHAR, start_char INTEGER, end_char INTEGER)")
def day(n, rows):
    t = time.perf_counter()
    con.execute(f"INSERT INTO mentions SELECT 'a'||(i//30 + {n}*1000000), 'e'||(i%200000), 'Nom '||(i%997), i%5000, i%5000+12 FROM range({rows}) t(i)")
    return time.perf_counter() - t
print("bulk 3M:", round(day(0, 3_000_000), 2))
print("daily +300k at 3M:", round(day(1, 300_000), 2))
for k in range(2, 8):
    day(k, 3_000_000)
print("daily +300k at ~21M:", round(day(9, 300_000), 2))
print("rows:", con.execute("SELECT count(*) FROM mentions").fetchone())
# a reader in another process while this one holds the catalog
code = f"""
import duckdb, importlib.util, pathlib
def ext(name):
    spec = importlib.util.find_spec(f"duckdb_extension_{{name}}")
    return next(pathlib.Path(spec.origin).parent.rglob(f"{{name}}.duckdb_extension"))
c = duckdb.connect(config={{"autoinstall_known_extensions": False}})
for n in ("ducklake","sqlite"): c.execute(f"INSTALL '{{ext(n)}}'"); c.execute(f"LOAD {{n}}")
c.execute("ATTACH 'ducklake:sqlite:{root}/catalog.sqlite' AS lake (READ_ONLY)")
print("reader sees", c.execute("SELECT count(*) FROM lake.mentions").fetchone()[0])
"""
con.execute("BEGIN")
con.execute("INSERT INTO mentions SELECT 'x', 'y', 'z', 0, 1 FROM range(10)")
out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
print("reader during an open write transaction:", out.stdout.strip(), out.stderr.strip()[-200:])
con.execute("COMMIT")
out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
print("reader after commit:", out.stdout.strip(), out.stderr.strip()[-200:])
print("data files:", len(list((root/"data").rglob("*.parquet"))), "snapshots:", con.execute("SELECT count(*) FROM ducklake_snapshots('lake')").fetchone())
t=time.perf_counter()
con.execute("CALL ducklake_merge_adjacent_files('lake')")
print("merge files s:", round(time.perf_counter()-t,2), "files after:", len(list((root/"data").rglob("*.parquet"))))
shutil.rmtree(root, ignore_errors=True)
