"""Child-process entry point: `python -m crawlers.process SPOOL_DIR [--no-politeness]`.

Reads `sources.json`, `settings.json` and `state.json` from SPOOL_DIR (written by
`crawlers.run.crawl`), runs one Scrapy crawl with CrawlerProcess, and leaves the spool files
there. Why a process of its own: the Twisted reactor cannot be restarted within one process.
"""
from __future__ import annotations

import argparse
import json
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
    parser.add_argument("spool_dir", type=Path)
    parser.add_argument("--no-politeness", action="store_true",
                        help="no delay, no AutoThrottle (loopback tests and benchmarks)")
    args = parser.parse_args(argv)
    return run(args.spool_dir, politeness=not args.no_politeness)


if __name__ == "__main__":
    sys.exit(main())
