"""Child-process entry point: `python -m crawlers.process SPOOL_DIR [--no-politeness]`.

Reads `sources.json`, `settings.json` and `state.json` from SPOOL_DIR (written by
`crawlers.run.crawl`), runs one Scrapy crawl with CrawlerProcess, and leaves the spool files
there. Why a process of its own: the Twisted reactor cannot be restarted within one process.

`python -m crawlers.process --wait` is the same child started ahead of its crawl
(`crawlers.run.warm_up`): it imports Scrapy, then reads its arguments and its log file as one
JSON line on stdin (`{"argv": [...], "log": "..."}`), and exits at once on end of file.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from crawlers.config import scrapy_settings
from crawlers.sources import Source
from crawlers.spiders.base import CrawlLimits
from crawlers.spiders.registry import RegistrySpider
from crawlers.spool import OUTPUT_DIR, SETTINGS_FILE, SOURCES_FILE, STATE_FILE, STATS
from crawlers.state import CrawlState
from veille.settings import Settings


def run(spool_dir: Path, politeness: bool) -> int:
    sources = [Source.model_validate(s) for s in
               json.loads((spool_dir / SOURCES_FILE).read_text(encoding="utf-8"))]
    settings = Settings.model_validate_json((spool_dir / SETTINGS_FILE).read_text("utf-8"))
    state = CrawlState.load(spool_dir / STATE_FILE)
    output = spool_dir / OUTPUT_DIR
    process = CrawlerProcess(scrapy_settings(settings, output, politeness=politeness),
                             install_root_handler=True)
    process.crawl(RegistrySpider, sources=sources, state=state, max_depth=settings.max_depth,
                  refetch_recent_hours=settings.refetch_recent_hours,
                  limits=CrawlLimits.from_settings(settings))
    process.start()
    if not (output / STATS).exists():
        print(f"crawl did not complete: no {STATS} in {output}", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spool_dir", type=Path, nargs="?")
    parser.add_argument("--no-politeness", action="store_true",
                        help="no delay, no AutoThrottle (loopback tests and benchmarks)")
    parser.add_argument("--wait", action="store_true",
                        help="started ahead of the crawl: read the arguments from stdin (see above)")
    args = parser.parse_args(argv)
    if args.wait:
        _preload()
        # What the imports made lives as long as the process: out of the collector's way, or
        # its full collections during the crawl walk all of it (measured: +0.15 s a crawl).
        gc.collect()
        gc.freeze()
        line = sys.stdin.readline()
        if not line:
            return 0  # the run needed no crawl after all
        request = json.loads(line)
        _log_to(Path(request["log"]))
        args = parser.parse_args(request["argv"])
    if args.spool_dir is None:
        parser.error("SPOOL_DIR is required")
    return run(args.spool_dir, politeness=not args.no_politeness)


# Settings naming one class that a crawl loads by name as it starts...
_CLASS_SETTINGS = ("TWISTED_REACTOR", "DNS_RESOLVER", "DOWNLOADER", "DUPEFILTER_CLASS", "ITEM_PROCESSOR",
                   "LOG_FORMATTER", "REQUEST_FINGERPRINTER_CLASS", "ROBOTSTXT_PARSER", "SCHEDULER",
                   "SCHEDULER_MEMORY_QUEUE", "SCHEDULER_PRIORITY_QUEUE", "SCHEDULER_START_MEMORY_QUEUE",
                   "STATS_CLASS", "REFERRER_POLICY")
# ...and components (name -> order, or scheme -> handler), Scrapy's own base ones included.
_COMPONENT_SETTINGS = ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "ITEM_PIPELINES", "EXTENSIONS",
                       "DOWNLOAD_HANDLERS")


def _preload() -> None:
    """Import the classes a crawl loads by name when it starts (most of a warm child's remaining
    start-up): imports only, nothing is built or installed, so the crawl itself is unchanged."""
    from scrapy.settings import Settings as ScrapySettings
    from scrapy.utils.misc import load_object

    scrapy = ScrapySettings(scrapy_settings(Settings.model_construct(), Path("."), politeness=True))
    paths = [scrapy.get(name) for name in _CLASS_SETTINGS]
    paths += [path for name in _COMPONENT_SETTINGS for path in scrapy.getwithbase(name)
              if name != "DOWNLOAD_HANDLERS"]
    paths += list(scrapy.getwithbase("DOWNLOAD_HANDLERS").values())
    for path in paths:
        if isinstance(path, str):
            try:
                load_object(path)
            except Exception:  # noqa: BLE001  an optional component (e.g. S3 without botocore): the crawl decides
                continue


def _log_to(path: Path) -> None:
    """Send this process's stdout and stderr to `path`, as a child started for one crawl has."""
    sys.stdout.flush()
    sys.stderr.flush()
    with path.open("wb") as log:
        os.dup2(log.fileno(), sys.stdout.fileno())
        os.dup2(log.fileno(), sys.stderr.fileno())


if __name__ == "__main__":
    sys.exit(main())
