"""Where one `veille run` spends the CPU of its own process: thread CPU per stage, SQL file by file.

    PYTHONPATH=. python bench/run_cpu.py --out cpu.json [--duckdb-threads N] -- run --sources S --db D --no-polite

Runs the CLI in this process with accumulators (`time.thread_time`, inclusive, outermost call
only) around the stages of the main thread: extraction, the screen, the known-content lookups,
stories, resolution, each warehouse loader and SQL file, the end of the lake run (derived tables,
checks), the connection. Unlike a sampling profiler (py-spy counts a thread that waits for the CPU
or the GIL at whatever line it stopped on, which on a busy machine can be 20x off for short
Python calls), these are CPU seconds. Written to `--out` as JSON: the main thread's total, what it
had spent on imports before the run began, the process's total (every thread, the model load and
DuckDB's workers included), the children's (NLP workers, crawler), and the stages.
`--duckdb-threads N` runs every DuckDB connection with `SET threads = N` (a measurement of that
setting; outputs do not depend on it). From the "cpu6" helper (round 2, session 16).
"""
from __future__ import annotations

import atexit
import functools
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PID = os.getpid()
TOTALS: dict[str, list[float]] = {}
_ACTIVE = threading.local()


def _add(label: str, seconds: float) -> None:
    entry = TOTALS.setdefault(label, [0.0, 0])
    entry[0] += seconds
    entry[1] += 1


def timed(owner: Any, name: str, label: str) -> None:
    """Replace `owner.name` by a wrapper adding its calling thread's CPU to `label`."""
    function = getattr(owner, name)

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if getattr(_ACTIVE, label, False):  # a nested call: counted by the outer one
            return function(*args, **kwargs)
        setattr(_ACTIVE, label, True)
        started = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            setattr(_ACTIVE, label, False)
            _add(label, time.thread_time() - started)

    setattr(owner, name, wrapper)


def main() -> None:
    args = sys.argv[1:]
    split = args.index("--") if "--" in args else len(args)
    own, cli = args[:split], args[split + 1:]
    out = Path(own[own.index("--out") + 1]) if "--out" in own else Path("run_cpu.json")
    threads = int(own[own.index("--duckdb-threads") + 1]) if "--duckdb-threads" in own else None

    import flows.ingest
    import flows.knowledge
    import flows.resources
    import pipeline.batch
    import pipeline.extract
    import pipeline.resolve.corpus
    import pipeline.stories
    import warehouse.checks
    import warehouse.db
    import warehouse.derived
    import warehouse.load
    import warehouse.sql_files

    imported = time.thread_time()
    timed(pipeline.extract, "extract_article", "extract")
    timed(flows.resources, "screen_article", "screen")
    for name in ("look_up", "classify", "remember"):
        timed(pipeline.batch.KnownContent, name, f"known.{name}")
    timed(pipeline.stories.StoryGrouper, "assign", "stories.assign")
    timed(pipeline.stories.StoryGrouper, "copy_similarity", "stories.copy_similarity")
    timed(pipeline.batch, "cites_press_release", "press_release")
    timed(pipeline.batch.BatchProcessor, "_add", "batch._add (stories, coverage)")
    timed(pipeline.batch.BatchProcessor, "_finish", "batch._finish (resolution, events)")
    timed(pipeline.resolve.corpus, "resolve", "resolve")
    for name in dir(warehouse.load):
        if name.startswith("load_") and callable(getattr(warehouse.load, name)):
            timed(warehouse.load, name, f"load.{name}")
    timed(warehouse.load, "_table", "load._table (Arrow from lists)")
    timed(flows.ingest, "build_processor", "build_processor")
    timed(warehouse.db, "_end_lake_run", "end of lake run")
    timed(warehouse.db, "connect", "db.connect")
    timed(warehouse.db, "migrate_lake", "db.migrate_lake")
    timed(warehouse.checks, "run_checks", "checks")
    timed(warehouse.derived, "refresh_derived", "derived")
    run = warehouse.sql_files._run

    def run_sql_file(con: Any, query: Any, params: Any, fetch: Any) -> Any:
        started = time.thread_time()
        try:
            return run(con, query, params, fetch)
        finally:
            _add("sql:" + (query if isinstance(query, str) else query.relative), time.thread_time() - started)

    warehouse.sql_files._run = run_sql_file
    if threads is not None:
        import duckdb

        connect = duckdb.connect

        def single(*a: Any, **k: Any) -> Any:
            con = connect(*a, **k)
            con.execute(f"SET threads = {threads}")
            return con

        duckdb.connect = single

    def report() -> None:
        if os.getpid() != PID:  # a forked NLP worker
            return
        times = os.times()
        out.write_text(json.dumps({
            "main_thread": round(time.thread_time(), 3),
            "main_thread_before_run": round(imported, 3),
            "process": round(time.process_time(), 3),
            "children": round(times.children_user + times.children_system, 3),
            "duckdb_threads": threads,
            "scipy_integrate_imported": "scipy.integrate" in sys.modules,
            "stages": {k: [round(v[0], 3), int(v[1])] for k, v in sorted(TOTALS.items(), key=lambda kv: -kv[1][0])},
        }, indent=1), encoding="utf-8")

    atexit.register(report)
    from veille.cli import app

    sys.argv = ["veille", *cli]
    app(prog_name="veille")


if __name__ == "__main__":
    main()
