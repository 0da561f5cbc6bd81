"""Crawler benchmark: a generated 2,000-article site on loopback, crawled with politeness off.

Reports our pages/s beside `scrapy bench` run on the same machine in the same run (its log gives
pages/min; bounded by CLOSESPIDER_TIMEOUT=10), the ratio, and two incremental re-runs with the
state of the first: with the sitemap's validators (conditional GET -> 304) and without them
(sitemap re-read, every article known and skipped). Prints a table, writes
`bench/results/crawl.json`.

    .venv/bin/python bench/crawl.py [--pages 2000]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sitegen import generate_site, write_sitemap

from crawlers.run import crawl
from crawlers.sources import Source
from crawlers.spool import CrawlSpool
from crawlers.state import CrawlState, KnownUrl
from pipeline.clock import utcnow
from pipeline.records import Outcome
from veille.settings import Settings

RESULTS = Path(__file__).resolve().parent / "results" / "crawl.json"
RATE_LINE = re.compile(r"Crawled (\d+) pages \(at (\d+) pages/min\)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(root: Path, port: int) -> subprocess.Popen[bytes]:
    """`python -m http.server` (threaded, sends Last-Modified, answers 304) in its own process."""
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind",
                               "127.0.0.1", "--directory", str(root)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError("the benchmark site did not start")


def timed_crawl(source: Source, settings: Settings, state: CrawlState, spool: Path
                ) -> tuple[float, dict, int, int]:
    started = time.perf_counter()
    result = crawl([source], settings, state, spool, politeness=False, timeout=900)
    wall = time.perf_counter() - started
    stats = result.stats()
    pages = sum(1 for _ in result.pages())
    return wall, stats, pages, len(result.validators())


def scrapy_bench(seconds: int = 10) -> dict[str, float]:
    """Run `scrapy bench` and read its pages/min from the LogStats lines."""
    scrapy = Path(sys.executable).with_name("scrapy")
    started = time.perf_counter()
    done = subprocess.run([str(scrapy), "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}",
                           "-s", "LOGSTATS_INTERVAL=1"], capture_output=True, text=True,
                          timeout=seconds + 120, cwd=tempfile.gettempdir(), check=False)
    rates = [int(m.group(2)) for m in RATE_LINE.finditer(done.stderr) if int(m.group(2)) > 0]
    crawled = max((int(m.group(1)) for m in RATE_LINE.finditer(done.stderr)), default=0)
    if not rates:
        raise RuntimeError(f"no rate in scrapy bench output:\n{done.stderr[-2000:]}")
    return {"pages_per_min_median": statistics.median(rates), "pages_per_min_max": max(rates),
            "pages_crawled": crawled, "wall_s": time.perf_counter() - started}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    settings = Settings(_env_file=None, concurrent_requests=16,
                        concurrent_requests_per_domain=16, download_timeout=30)
    with tempfile.TemporaryDirectory(prefix="veille-bench-crawl-") as tmp:
        root = Path(tmp) / "site"
        paths = generate_site(root, args.pages)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        write_sitemap(root, base, paths)
        server = serve(root, port)
        try:
            source = Source(name="bench", sitemaps=[f"{base}/sitemap.xml"])
            first = timed_crawl(source, settings, CrawlState(), Path(tmp) / "run1")
            spool = Path(tmp) / "run1" / "out"
            old = utcnow() - timedelta(hours=100)
            known = {p.url: KnownUrl(old, old, Outcome.STORED) for p in CrawlSpool(spool).pages()}
            validators = {v.url: v for v in CrawlSpool(spool).validators()}
            conditional = timed_crawl(source, settings, CrawlState(known, validators),
                                      Path(tmp) / "run2")
            known_only = timed_crawl(source, settings, CrawlState(known, {}), Path(tmp) / "run3")
        finally:
            server.terminate()
            server.wait(10)
    bench = scrapy_bench()
    report(args.pages, first, conditional, known_only, bench)


def rerun(run: tuple, first_wall: float, first_spider: float) -> dict:
    wall, stats = run[0], run[1]
    spider = float(stats["seconds"])
    return {"wall_s": round(wall, 2), "spider_s": round(spider, 3), "outcomes": stats["outcomes"],
            "ratio_to_first_wall": round(wall / first_wall, 3),
            "ratio_to_first_spider": round(spider / first_spider, 4)}


def rerun_cell(run: tuple, first_wall: float, first_spider: float) -> str:
    spider = float(run[1]["seconds"])
    return (f"{run[0]:.2f} s ({run[0] / first_wall:.1%}) | {spider:.2f} s "
            f"({spider / first_spider:.1%})")


def report(count: int, first: tuple, conditional: tuple, known_only: tuple,
           bench: dict[str, float]) -> None:
    wall, stats, pages, validators = first
    spider_s = float(stats["seconds"])
    ours_per_s = pages / spider_s
    bench_per_s = bench["pages_per_min_median"] / 60
    load = os.getloadavg()
    result = {
        "articles_on_site": count,
        "first_run": {"pages": pages, "wall_s": round(wall, 2), "spider_s": round(spider_s, 2),
                      "pages_per_s": round(ours_per_s, 1), "pages_per_s_wall": round(pages / wall, 1),
                      "outcomes": stats["outcomes"], "validators": validators},
        "incremental_conditional_get": rerun(conditional, wall, spider_s),
        "incremental_known_urls": rerun(known_only, wall, spider_s),
        "scrapy_bench": {k: round(v, 1) for k, v in bench.items()},
        "ratio_ours_to_scrapy_bench": round(ours_per_s / bench_per_s, 3),
        "max_child_rss_mb": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        "cpus": os.cpu_count(), "load_average_1_5_15": [round(x, 2) for x in load],
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2), encoding="utf-8")
    table = Table(title=f"Crawler benchmark ({count} articles on loopback, politeness off)")
    for column in ("measure", "value"):
        table.add_column(column)
    rows = [
        ("first run: pages", str(pages)),
        ("first run: wall (incl. child start)", f"{wall:.2f} s"),
        ("first run: pages/s (spider time)", f"{ours_per_s:.1f}"),
        ("first run: pages/s (wall)", f"{pages / wall:.1f}"),
        ("scrapy bench: pages/s (median of LogStats)", f"{bench_per_s:.1f}"),
        ("ratio ours / scrapy bench", f"{ours_per_s / bench_per_s:.2f}"),
        ("re-run, conditional GET (304): wall | spider", rerun_cell(conditional, wall, spider_s)),
        ("re-run, sitemap re-read, all known: wall | spider",
         rerun_cell(known_only, wall, spider_s)),
        ("max child RSS", f"{result['max_child_rss_mb']} MB"),
        ("load average (1/5/15 min), CPUs", (f"{load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}, "
                                             f"{os.cpu_count()}")),
    ]
    for row in rows:
        table.add_row(*row)
    Console().print(table)
    print(f"JSON written to {RESULTS}")


if __name__ == "__main__":
    main()
