"""What the crawl state cost before the per-response lookups: every known URL in `state.json`.

    python bench/crawl_state_json.py 1130000    # the URLs of the 1 M lake

Until the lookups, the ingest flow read every known URL and wrote them into the `state.json` of
each source's crawler child (`crawlers.run.write_inputs`), which loaded them all. This times that
dump and load for N synthetic URLs and prints the file's size and this process's peak RSS.
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

from crawlers.state import CrawlState, KnownUrl
from pipeline.records import Outcome


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    at = datetime(2026, 1, 1)
    state = CrawlState({f"https://news.example/{i}": KnownUrl(at, at, Outcome.STORED) for i in range(count)})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "state.json"
        tick = time.perf_counter()
        state.dump(path)
        dumped = time.perf_counter() - tick
        tick = time.perf_counter()
        CrawlState.load(path)
        loaded = time.perf_counter() - tick
        size = path.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{count:,} known URLs: state.json {size / 1e6:.0f} MB, dump {dumped:.1f} s, "
          f"load {loaded:.1f} s, peak RSS {peak:,} MB")


if __name__ == "__main__":
    main()
