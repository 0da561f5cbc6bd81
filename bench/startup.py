"""Start-up time of the command line: `veille sql "select 1"` run N times, median wall time.

Why a script and not a test: timings depend on the machine and its load; the README reports
what this prints. Usage:
    python bench/startup.py [--runs 15] [--project DIR]   # DIR: another checkout to compare
It also lists the heavy packages a `veille sql` process imports (none of spaCy, Prefect, Scrapy,
matplotlib should appear) and the biggest imports by cumulative time (`python -X importtime`).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("spacy", "prefect", "scrapy", "matplotlib", "trafilatura", "pyarrow")


def _env(project: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(project)}


def _warehouse(project: Path, folder: Path) -> Path:
    db = folder / "w.duckdb"
    code = f"from warehouse.db import connect; connect({str(db)!r}).close()"
    subprocess.run([sys.executable, "-c", code], env=_env(project), check=True, cwd=project)
    return db


def time_runs(project: Path, args: list[str], runs: int) -> list[float]:
    command = [sys.executable, "-c", "import sys; from veille.cli import app; sys.argv[0] = 'veille'; app()", *args]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=_env(project), cwd=project, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return times


def heavy_imports(project: Path, args: list[str]) -> list[str]:
    code = ("import sys; from veille.cli import app; sys.argv = ['veille', *sys.argv[1:]]\n"
            "try:\n    app()\nexcept SystemExit:\n    pass\n"
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, *args], env=_env(project), cwd=project,
                            capture_output=True, text=True)
    return result.stderr.strip().splitlines()[-1].split() if result.stderr.strip() else []


def top_imports(project: Path, args: list[str], count: int = 8) -> list[tuple[int, str]]:
    code = "import sys; from veille.cli import app; sys.argv[0] = 'veille'; app()"
    result = subprocess.run([sys.executable, "-X", "importtime", "-c", code, *args], env=_env(project),
                            cwd=project, capture_output=True, text=True)
    rows = []
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
            if cumulative.isdigit() and not name.startswith(" "):
                rows.append((int(cumulative), name))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--project", type=Path, default=Path(__file__).resolve().parents[1])
    options = parser.parse_args()
    project = options.project.resolve()
    with tempfile.TemporaryDirectory() as folder:
        db = _warehouse(project, Path(folder))
        for label, args in (("sql --db", ["sql", "select 1", "--db", str(db)]),
                            ("sql (VEILLE_DB_PATH)", ["sql", "select 1"])):
            os.environ["VEILLE_DB_PATH"] = str(db)
            times = time_runs(project, args, options.runs)
            print(f"{project.name}: veille {label} 'select 1': median {statistics.median(times):.3f} s, "
                  f"min {min(times):.3f} s over {options.runs} runs")
        print("heavy packages imported:", " ".join(heavy_imports(project, ["sql", "select 1", "--db", str(db)])) or "none")
        for micros, name in top_imports(project, ["sql", "select 1", "--db", str(db)]):
            print(f"  {micros / 1e6:6.3f} s  {name}")
        python_only = []
        for _ in range(options.runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            python_only.append(time.perf_counter() - started)
        print(f"bare `python -c pass`: median {statistics.median(python_only):.3f} s")


if __name__ == "__main__":
    main()
