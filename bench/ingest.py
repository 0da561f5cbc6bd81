"""`veille run` end to end on a generated local site: articles/s, time per stage, peak memory.

    .venv/bin/python bench/ingest.py [--articles 2000] [--processes 1]

Runs the real CLI in a child process against a site served by `python -m http.server` on
loopback (politeness off), samples the peak RSS of every process of the run from /proc, then
runs it again on the unchanged site (incremental), and finally runs the NLP stage alone on the
same stored texts, so the end-to-end rate is compared with the NLP ceiling in one run.

Two ceilings are measured: `nlp_alone` (entities, roles and dates: the issue's "NLP alone" since
round 1) and `nlp_stage` (the same plus the event reader, which the run's NLP workers also do since
events are read there). `--api-url` runs against a Prefect server already up, as runs scheduled
by `veille serve` do, instead of the temporary one `veille run` starts by itself.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sitegen import generate_site, write_sitemap

from warehouse.db import connect

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
VEILLE = Path(sys.executable).with_name("veille")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def peak_rss_mb(pid: int) -> tuple[float, str] | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()[:80]
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024, cmdline
    return None


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> tuple[float, float] | None:
    """User and kernel CPU seconds a live process has used so far (/proc/PID/stat)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[11]) / CLOCK_TICKS, int(fields[12]) / CLOCK_TICKS


CPU_BY_PROCESS: dict[str, tuple[float, float]] = {}  # the last timed run's, for the report
# The last timed run's process, per thread: "tid name (first seen at N s)" -> user + kernel seconds.
CPU_BY_THREAD: dict[str, float] = {}


def thread_cpu_seconds(pid: int, since: float) -> None:
    """Note in `CPU_BY_THREAD` the CPU each thread of `pid` has used so far (/proc/PID/task)."""
    try:
        tasks = list(Path(f"/proc/{pid}/task").iterdir())
    except OSError:
        return
    for task in tasks:
        try:
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            name = (task / "comm").read_text().strip()
        except (OSError, IndexError):
            continue
        known = next((key for key in CPU_BY_THREAD if key.startswith(f"{task.name} ")), None)
        key = known or f"{task.name} {name} (first seen at {time.perf_counter() - since:.1f} s)"
        CPU_BY_THREAD[key] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def timed_run(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float], int, float]:
    """Wall time, peak RSS per process (MB), exit code and mean cores busy of one CLI run; the
    user and kernel CPU of each process, as last seen before it ended, in `CPU_BY_PROCESS`."""
    peaks: dict[str, float] = {}
    CPU_BY_PROCESS.clear()
    CPU_BY_THREAD.clear()
    cpu_before = os.times()
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while child.poll() is None:
        thread_cpu_seconds(child.pid, started)
        for pid in descendants(child.pid):
            sample = peak_rss_mb(pid)
            if sample:
                peak, cmd = sample
                key = f"{pid} {cmd}"
                peaks[key] = max(peaks.get(key, 0.0), peak)
                used = cpu_seconds(pid)
                if used is not None:
                    CPU_BY_PROCESS[key] = used
        time.sleep(0.25)
    elapsed = time.perf_counter() - started
    cpu_after = os.times()  # children's CPU, the whole process tree once it has been reaped
    tree_cpu = (cpu_after.children_user + cpu_after.children_system
                   - cpu_before.children_user - cpu_before.children_system)
    if child.returncode != 0:
        sys.stderr.write(child.stderr.read().decode()[-3000:] if child.stderr else "")
    return elapsed, peaks, child.returncode, tree_cpu / elapsed


def nlp_alone(db: Path, processes: int, *, with_events: bool = False) -> dict[str, float]:
    """The NLP stage alone (Analyzer on the stored article texts), in a fresh process; with the
    event reader in its workers if `with_events`, as in a run."""
    code = f"""
import json, time
from pathlib import Path
from pipeline.records import Article
from warehouse.db import connect
from pipeline.nlp import Analyzer
from veille.settings import Settings
con = connect(Path({str(db)!r}), read_only=True)
rows = con.execute("SELECT url, source, title, text, published_at, language FROM articles").fetchall()
articles = [Article(url=u, source=s, title=t, text=x, published_at=p, language=l) for u, s, t, x, p, l in rows]
settings = Settings(nlp_processes={processes!r})
analyzer = Analyzer(settings)
reader = None
if {with_events!r}:
    from pipeline.events.batch import EventReader
    reader = EventReader.load(settings.models_dir).read
import os
cpu_before = os.times()
started = time.perf_counter()
annotated = list(analyzer.annotate_each(articles, read_events=reader))
elapsed = time.perf_counter() - started
cpu_after = os.times()  # the workers have been reaped: their CPU is in the children's fields
cpu = sum(getattr(cpu_after, f) - getattr(cpu_before, f) for f in ("user", "system", "children_user", "children_system"))
tokens = sum(len(a.text.split()) for a in articles)
print(json.dumps({{"articles": len(articles), "seconds": elapsed, "words": tokens, "cpu_seconds": cpu}}))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--storage", choices=["lake", "file"], default="lake",
                        help="warehouse: a DuckLake (the default) or a DuckDB file (copy-and-swap)")
    parser.add_argument("--processes", default="auto", help="NLP processes (VEILLE_NLP_PROCESSES: a number or auto, the default)")
    parser.add_argument("--api-url", help="a running Prefect server's API (PREFECT_API_URL), as under `veille serve`; "
                                          "default: the temporary server `veille run` starts")
    parser.add_argument("--keep", type=Path, help="work in this directory and keep it (the site, the warehouse), "
                                                  "to compare a run's rows with another's; default: a temporary one")
    options = parser.parse_args()
    console = Console()
    with contextlib.nullcontext(str(options.keep)) if options.keep else \
            tempfile.TemporaryDirectory(prefix="veille-bench-") as tmp:
        site, work = Path(tmp) / "site", Path(tmp) / "work"
        paths = generate_site(site, options.articles)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        write_sitemap(site, base, paths)
        server = subprocess.Popen(
            [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        try:
            time.sleep(1.0)
            sources = Path(tmp) / "sources.yaml"
            sources.write_text(f"sources:\n  - name: bench\n    sitemaps: [{base}/sitemap.xml]\n", encoding="utf-8")
            db = Path(tmp) / ("bench.ducklake" if options.storage == "lake" else "bench.duckdb")
            env = os.environ | {"VEILLE_WORK_DIR": str(work), "VEILLE_NLP_PROCESSES": str(options.processes),
                                "PREFECT_LOGGING_LEVEL": "WARNING"}
            if options.api_url:
                env["PREFECT_API_URL"] = options.api_url
            args = [str(VEILLE), "run", "--sources", str(sources), "--db", str(db), "--no-polite"]
            first, peaks, code, cores_busy = timed_run(args, env)
            if code != 0:
                raise SystemExit(f"first run failed with exit code {code}")
            cpu, threads = dict(CPU_BY_PROCESS), dict(CPU_BY_THREAD)
            second, _, code, _ = timed_run(args, env)
            con = connect(db, read_only=True)
            stats = [json.loads(s) for (s,) in con.execute("SELECT stats FROM runs ORDER BY started_at").fetchall()]
            stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
            alone = nlp_alone(db, options.processes)
            stage = nlp_alone(db, options.processes, with_events=True)
        finally:
            server.terminate()
    rate = stored / first
    nlp_rate = alone["articles"] / alone["seconds"]
    stage_rate = stage["articles"] / stage["seconds"]
    result = {
        "articles_generated": options.articles, "storage": options.storage, "articles_stored": stored,
        "nlp_processes": options.processes,
        "first_run_s": round(first, 2), "articles_per_s": round(rate, 2),
        "cores_busy_mean": round(cores_busy, 2), "cores": os.cpu_count(),
        "second_run_s": round(second, 2), "second_over_first": round(second / first, 3),
        "nlp_alone_articles_per_s": round(nlp_rate, 2), "end_to_end_over_nlp": round(rate / nlp_rate, 3),
        "nlp_stage_with_events_articles_per_s": round(stage_rate, 2),
        "end_to_end_over_nlp_stage": round(rate / stage_rate, 3),
        "prefect_api": options.api_url or "temporary server",
        # Load-robust: CPU, not wall time. NLP alone's core-seconds (workers and their feeder,
        # model load excluded) over all the first run's processes' (the ratio two idle cores
        # perfectly packed would give, ignoring the run's start before its NLP workers start).
        "nlp_alone_cpu_s": round(alone["cpu_seconds"], 1), "nlp_stage_cpu_s": round(stage["cpu_seconds"], 1),
        "first_run_cpu_s": round(sum(u + k_ for u, k_ in cpu.values()), 1),
        "nlp_alone_cpu_over_run_cpu": round(alone["cpu_seconds"] / sum(u + k_ for u, k_ in cpu.values()), 3),
        "stage_seconds_first_run": stats[0].get("seconds", {}),
        "peak_rss_mb": {k: round(v, 1) for k, v in sorted(peaks.items(), key=lambda kv: -kv[1])},
        # sampled every 0.25 s, so the last quarter second of each process is missing
        "cpu_seconds_first_run": {k: {"user": round(u, 1), "kernel": round(k_, 1)}
                                  for k, (u, k_) in sorted(cpu.items(), key=lambda kv: -sum(kv[1])) if u + k_ >= 0.5},
        # the run's own process, per thread (main, the model load, DuckDB's, the NLP results' reader...)
        "cpu_seconds_first_run_threads": {k: round(v, 1) for k, v in sorted(threads.items(), key=lambda kv: -kv[1])
                                          if v >= 0.3},
    }
    table = Table(title=f"veille run on {options.articles} generated articles")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key in ("articles_stored", "first_run_s", "articles_per_s", "cores_busy_mean", "nlp_alone_articles_per_s",
                "end_to_end_over_nlp", "nlp_stage_with_events_articles_per_s", "end_to_end_over_nlp_stage",
                "second_run_s", "second_over_first", "prefect_api", "nlp_alone_cpu_s", "nlp_stage_cpu_s",
                "first_run_cpu_s", "nlp_alone_cpu_over_run_cpu"):
        table.add_row(key, str(result[key]))
    for stage, seconds in result["stage_seconds_first_run"].items():
        table.add_row(f"stage: {stage}", f"{seconds:.1f} s")
    for process, peak in list(result["peak_rss_mb"].items())[:6]:
        table.add_row(f"peak RSS {process[:60]}", f"{peak:.0f} MB")
    for process, used in result["cpu_seconds_first_run"].items():
        table.add_row(f"CPU {process[:60]}", f"{used['user']:.1f} user + {used['kernel']:.1f} kernel s")
    for thread, used in result["cpu_seconds_first_run_threads"].items():
        table.add_row(f"CPU run's thread {thread[:50]}", f"{used:.1f} s")
    console.print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "ingest.json").write_text(json.dumps(result, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
