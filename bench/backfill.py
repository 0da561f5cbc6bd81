"""Backfill throughput: WARC records/s end to end, on 1 and on 2 Dask workers, in one run.

Writes generated CC-NEWS-like WARC files (gzip per record, a request before each response):
French cluster articles of an allowed host (they go through extraction, screening and NLP) and
pages of a host outside the list (dropped after the WARC head is read, as most of CC-NEWS is).
For each cluster size it starts a real `dask scheduler` and N `dask worker` processes on
loopback (`--nthreads 1`), loads the NLP model on every worker first (start-up, reported apart),
then times `run_backfill` into a fresh warehouse: from the first file submitted to the last
committed. Also measures the cheap path alone (records/s of a file of dropped hosts, one process)
for the monthly projection. Writes bench/results/backfill.json.

    .venv/bin/python bench/backfill.py                     # 6 files x 100 responses
    .venv/bin/python bench/backfill.py --files 6 --records 200 --kept 0.3
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(Path(__file__).resolve().parent))  # after the project: bench/warehouse.py must not shadow it
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402
from sitegen import ORGS, PLACES, article_text, page  # noqa: E402  (bench-local helper)

from tests.daskcluster import dask_cluster  # noqa: E402  (real scheduler/worker subprocesses)
from tests.warcfiles import Record, write_warc  # noqa: E402

RESULTS = ROOT / "bench" / "results"
KEPT_HOST, DROPPED_HOST = "actu-clusters.fr", "daily-news.example.com"


def generate(directory: Path, files: int, records: int, kept: float, seed: int = 11) -> list[Path]:
    """`files` WARC files of `records` responses each, a share `kept` of them on the kept host."""
    rng = random.Random(seed)
    paths = []
    start = date(2026, 6, 1)
    for number in range(files):
        batch = []
        for index in range(records):
            published = start + timedelta(days=rng.randrange(170))
            title = f"{rng.choice(ORGS)} : le cluster accélère à {rng.choice(PLACES)} ({number}-{index})"
            body = page(title, published, article_text(rng, rng.randint(600, 900))).encode("utf-8")
            host = KEPT_HOST if rng.random() < kept else DROPPED_HOST
            batch.append(Record(f"https://{host}/{number}/{index}.html", body,
                                date=f"{published.isoformat()}T08:00:00Z"))
        paths.append(write_warc(directory / f"CC-NEWS-BENCH-{number:05d}.warc.gz", batch))
    return paths


def cheap_path_rate(path: Path) -> dict[str, float]:
    """Records/s when every response is of a dropped host (read, gunzip, WARC head, host test)."""
    from crawlers.warc import HostFilter, WarcCounts, read_pages

    hosts = HostFilter(("nothing-kept.invalid",), {})
    counts = WarcCounts()
    started = time.perf_counter()
    with path.open("rb") as stream:
        for _ in read_pages(stream, hosts, counts, max_bytes=5 * 1024 * 1024):
            pass
    seconds = time.perf_counter() - started
    return {"records": counts.records, "seconds": round(seconds, 3),
            "records_per_s": round(counts.records / seconds, 1)}


def warm_worker(settings_json: str) -> float:
    """Run on each worker before timing: load the NLP resources once (start-up)."""
    from flows.resources import Resources
    from flows.scaleout import unit_settings
    from veille.settings import Settings

    started = time.perf_counter()
    Resources.for_this_process(unit_settings(Settings.model_validate_json(settings_json)))
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def on_cluster(workers: int, files: list[Path], tmp: Path) -> dict[str, object]:
    from distributed import Client

    from flows.backfill import run_backfill
    from veille.settings import Settings

    db = tmp / f"bench-{workers}.duckdb"
    started = time.perf_counter()
    with dask_cluster(workers, tmp / f"logs-{workers}") as address:
        os.environ["VEILLE_DASK_ADDRESS"] = address
        settings = Settings()
        with Client(address) as client:
            warm = client.run(warm_worker, settings.model_dump_json())
        # The first Prefect task on a worker pays its imports and API client: a small warm-up
        # backfill (one tiny file per worker slot) is part of the start-up, not of the timing.
        warmups = generate(tmp / f"warmup-{workers}", 2 * workers, 2, 1.0, seed=99)
        run_backfill([str(f) for f in warmups], str(tmp / f"warmup-{workers}.duckdb"),
                     str(tmp / "no-sources.yaml"), settings=settings)
        startup = time.perf_counter() - started
        no_registry = str(tmp / "no-sources.yaml")  # hosts come from VEILLE_BACKFILL_HOSTS
        stats = run_backfill([str(f) for f in files], str(db), no_registry, settings=settings)
        with Client(address) as client:
            peaks = client.run(peak_rss_mb)
        del os.environ["VEILLE_DASK_ADDRESS"]
    seconds = stats["seconds"]
    wall = seconds["files_wall"]
    warc = stats["warc"]
    stored = stats["outcomes"].get("stored", 0)
    return {
        "workers": workers, "startup_s": round(startup, 1),
        "model_load_s_per_worker": [round(v, 1) for v in warm.values()],
        "files_wall_s": round(wall, 2), "records": warc["records"], "responses": warc["responses"],
        "kept": warc["pages"], "analysed_stored": stored,
        "records_per_s": round(warc["records"] / wall, 1),
        "responses_per_s": round(warc["responses"] / wall, 1),
        "kept_per_s": round(warc["pages"] / wall, 2),
        "analyse_s_summed_over_workers": round(seconds.get("analyse", 0.0), 1),
        "settle_s": round(seconds.get("settle", 0.0), 2), "commit_s": round(seconds.get("commit", 0.0), 2),
        "peak_rss_mb_per_worker": [round(v) for v in peaks.values()],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=6)
    parser.add_argument("--records", type=int, default=100, help="responses per file")
    parser.add_argument("--kept", type=float, default=0.35, help="share of responses on the kept host")
    options = parser.parse_args()
    os.environ["VEILLE_BACKFILL_HOSTS"] = KEPT_HOST
    os.environ["VEILLE_NLP_PROCESSES"] = "1"
    console = Console()
    with tempfile.TemporaryDirectory(prefix="veille-bench-backfill-") as name:
        tmp = Path(name)
        files = generate(tmp / "warc", options.files, options.records, options.kept)
        dropped_only = generate(tmp / "dropped", 1, options.records, 0.0, seed=3)[0]
        cheap = cheap_path_rate(dropped_only)
        runs = [on_cluster(workers, files, tmp) for workers in (1, 2)]
        file_bytes = round(sum(f.stat().st_size for f in files) / len(files))
    one, two = runs
    result = {
        "files": options.files, "responses_per_file": options.records, "kept_share": options.kept,
        "warc_bytes_per_file": file_bytes, "cheap_path": cheap, "runs": runs,
        "speed_up_2_over_1": round(two["records_per_s"] / one["records_per_s"], 2),
        "load_average_at_end": [round(v, 2) for v in os.getloadavg()],
        "cores": os.cpu_count(),
    }
    table = Table(title="veille backfill: WARC records end to end (start-up excluded)")
    table.add_column("measure")
    for run in runs:
        table.add_column(f"{run['workers']} worker(s)", justify="right")
    for key in ("startup_s", "files_wall_s", "records", "kept", "analysed_stored", "records_per_s",
                "kept_per_s", "settle_s", "commit_s", "peak_rss_mb_per_worker"):
        table.add_row(key, *(str(run[key]) for run in runs))
    console.print(table)
    console.print(f"2 workers / 1 worker: {result['speed_up_2_over_1']}x; cheap path (dropped hosts, "
                  f"one process): {cheap['records_per_s']} records/s; load average {result['load_average_at_end']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "backfill.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
