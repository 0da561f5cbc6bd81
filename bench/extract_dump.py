"""Every extracted `Article` of the bench site and the shared pages as JSON lines, or the CPU of it.

    .venv/bin/python bench/extract_dump.py --out /tmp/branch.jsonl [--tree /path/to/other/worktree]
    .venv/bin/python bench/extract_dump.py --time --repeats 5 [--tree ...]

Proves an extraction change exact: dump with main's tree (`--tree`, a worktree of main) and with
this one, then `diff` the two files. Cases: the 1,000 pages `bench/sitegen.py` writes for
`bench/ingest.py` (same seed, as the crawler hands them over), and every page of
`../shared/benchmarks/{extraction-fr,pubdate-fr}/html` the way `veille eval` (real-news gold) and
`bench/extraction.py` (each option variant) read them, except pages of
`../shared/data/reserved-for-evaluation.txt` (skipped by URL before the file is opened). Each page
is also read in altered forms that reach the other code paths: its structured date removed (the
htmldate path with its comment pruning), a comment or a blank line before the document, an XML
declaration, no doctype, a bare fragment.

`--time` prints the process CPU seconds of `extract_article` over the 1,000 bench pages (best of
`--repeats`), nothing else timed.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FETCHED_AT = datetime(2026, 1, 1)  # `veille eval`'s fixed fetch time (evaluation/realnews.py)
BENCH_FETCHED_AT = datetime(2026, 12, 5)  # after every bench page's date, as in a bench run
_STRUCTURED_DATE = re.compile(
    rb'"datePublished"|article:published_time|itemprop="datePublished"', re.IGNORECASE
)


def _setup_path(tree: Path | None) -> str:
    """Import Veille from `tree`, before bench/extraction.py puts this tree on the path."""
    sys.path.insert(0, str(tree or ROOT))
    sys.path.insert(1, str(ROOT / "bench"))
    import pipeline.extract

    return str(pipeline.extract.__file__)


def reserved_urls(shared: Path) -> set[str]:
    path = shared / "data" / "reserved-for-evaluation.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def shared_pages(shared: Path) -> list[tuple[Path, str]]:
    """(file, url) of every benchmark page, reserved URLs left out before any file is opened."""
    reserved = reserved_urls(shared)
    pages: list[tuple[Path, str]] = []
    for name in ("extraction-fr", "pubdate-fr"):
        base = shared / "benchmarks" / name
        for entry in json.loads((base / "index.json").read_text(encoding="utf-8")):
            urls = [*entry.get("urls", []), *(e["url"] for e in entry.get("expected", []))]
            if not urls or reserved.intersection(urls):
                continue
            pages.append((base / "html" / entry["file"], urls[0]))
    return pages


def bench_bodies(count: int) -> list[tuple[str, bytes]]:
    from sitegen import generate_site

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = generate_site(root, count)
        return [(f"http://127.0.0.1/{p}", (root / p).read_bytes()) for p in paths]


def _variants(body: bytes) -> Iterator[tuple[str, bytes]]:
    yield "as-is", body
    undated = _STRUCTURED_DATE.sub(b"x-removed", body)
    if undated != body:
        yield "no-structured-date", undated
    yield "comment-first", b"<!-- before -->\n" + undated
    yield "blank-line-first", b"\n" + undated
    yield "xml-declaration", b'<?xml version="1.0" encoding="utf-8"?>\n' + undated
    yield "no-doctype", re.sub(rb"^\s*<!doctype[^>]*>", b"", undated, flags=re.IGNORECASE)
    start = undated.lower().find(b"<body")
    if start >= 0:
        yield "fragment", undated[undated.find(b">", start) + 1:]


def cases(bench_count: int, shared: Path, variants: bool = True) -> Iterator[tuple[str, object, object]]:
    """(case name, RawPage, ExtractionOptions) in a fixed order."""
    from dataclasses import replace

    from extraction import DATE_VARIANTS, VARIANTS, guess_encoding

    from pipeline.extract import DEFAULT_OPTIONS
    from pipeline.records import RawPage

    for url, body in bench_bodies(bench_count):
        yield f"bench {url}", RawPage(url, url, "bench", BENCH_FETCHED_AT, 200, {}, body, "utf-8"), DEFAULT_OPTIONS
        if variants:
            for kind, altered in _variants(body):
                if kind != "as-is":
                    page = RawPage(url, url, "bench", BENCH_FETCHED_AT, 200, {}, altered, "utf-8")
                    yield f"bench {url} {kind}", page, DEFAULT_OPTIONS
    for file, url in shared_pages(shared):
        body = file.read_bytes()
        for kind, altered in _variants(body) if variants else [("as-is", body)]:
            name = f"{file.parent.parent.name}/{file.name} {kind}"
            # as `veille eval` reads a real-news page: no charset, a fixed fetch time
            yield f"{name} eval", RawPage(url, url, "realnews", FETCHED_AT, 200, {}, altered), DEFAULT_OPTIONS
            encoding = guess_encoding(altered)
            page = RawPage(url, url, "bench", FETCHED_AT, 200, {"content-type": "text/html"}, altered, encoding)
            for option_name, options in VARIANTS.items():
                yield f"{name} {option_name}", page, options
            for option_name, options in DATE_VARIANTS.items():
                yield f"{name} date {option_name}", page, replace(options, min_text_chars=0)


def dump(out: Path, bench_count: int, shared: Path) -> int:
    from pipeline.extract import extract_article

    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for name, page, options in cases(bench_count, shared):
            result = extract_article(page, options)  # type: ignore[arg-type]
            record = {"case": name, "type": type(result).__name__, **dataclasses.asdict(result)}
            handle.write(json.dumps(record, ensure_ascii=False, default=str, sort_keys=True) + "\n")
            written += 1
    return written


def time_bench(bench_count: int, repeats: int) -> list[float]:
    from pipeline.extract import extract_article
    from pipeline.records import RawPage

    pages = [RawPage(u, u, "bench", BENCH_FETCHED_AT, 200, {}, b, "utf-8") for u, b in bench_bodies(bench_count)]
    for page in pages[:20]:  # imports and first-call set-up out of the timing
        extract_article(page)
    runs = []
    for _ in range(repeats):
        started = time.process_time()
        for page in pages:
            extract_article(page)
        runs.append(time.process_time() - started)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, help="JSON lines file to write")
    parser.add_argument("--tree", type=Path, help="import Veille from this tree (default: this one)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--time", action="store_true", help="time extract_article on the bench pages")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    module = _setup_path(args.tree)
    if args.time:
        runs = time_bench(args.articles, args.repeats)
        print(json.dumps({"module": module, "pages": args.articles,
                          "core_s": [round(r, 3) for r in runs], "best": round(min(runs), 3)}))
    if args.out:
        print(f"{dump(args.out, args.articles, args.shared)} cases of {module} written to {args.out}")


if __name__ == "__main__":
    main()
