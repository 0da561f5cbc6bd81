"""Score Veille's extraction beside plain trafilatura / htmldate on the shared French benchmarks.

Usage: `.venv/bin/python bench/extraction.py [--shared ../shared]`. Prints a table and writes
`bench/results/extraction.json`. Two benchmarks:
- extraction-fr: snippets the main text must contain ("with") and must not contain ("without");
- pubdate-fr: the true publication day of 41 French pages.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import trafilatura
from charset_normalizer import from_bytes
from htmldate import find_date

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from pipeline.extract import DEFAULT_OPTIONS, ExtractionOptions, extract_article  # noqa: E402
from pipeline.records import Article, RawPage  # noqa: E402

DEFAULT_SHARED = ROOT / ".." / "shared"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_WS = re.compile(r"\s+")


@dataclass(frozen=True)
class SnippetCase:
    file: Path
    url: str
    with_: tuple[str, ...]
    without: tuple[str, ...]


@dataclass(frozen=True)
class DateCase:
    file: Path
    url: str
    date: str


@dataclass
class SnippetScore:
    with_kept: int = 0
    with_total: int = 0
    without_dropped: int = 0
    without_total: int = 0
    seconds: float = 0.0

    @property
    def accuracy(self) -> float:
        total = self.with_total + self.without_total
        return (self.with_kept + self.without_dropped) / total if total else 0.0


@dataclass
class DateScore:
    right: int = 0
    total: int = 0
    seconds: float = 0.0
    misses: list[str] | None = None

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def guess_encoding(body: bytes) -> str:
    """The declared charset when the bytes decode with it, else charset_normalizer's best guess."""
    declared = _META_CHARSET.search(body[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "ignore")
        try:
            body.decode(name)
            return name
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(body).best()
    return best.encoding if best is not None else "utf-8"


def raw_page(path: Path, url: str) -> RawPage:
    """A RawPage as the crawler would hand it over (charset reconciled)."""
    body = path.read_bytes()
    return RawPage(
        url=url, requested_url=url, source="bench", fetched_at=datetime.now(UTC).replace(tzinfo=None),
        status=200, headers={"content-type": "text/html"}, body=body, encoding=guess_encoding(body),
    )


def load_snippet_cases(shared: Path) -> list[SnippetCase]:
    """evaldata_fr.json plus the realworld in/not-in assertions (de-duplicated per file)."""
    base = shared / "benchmarks" / "extraction-fr"
    evaldata = json.loads((base / "evaldata_fr.json").read_text(encoding="utf-8"))
    realworld = json.loads((base / "realworld_tests_fr_assertions.json").read_text(encoding="utf-8"))
    merged: dict[str, tuple[str, list[str], list[str]]] = {}
    for url, gold in evaldata.items():
        merged[gold["file"]] = (url, list(gold.get("with", [])), list(gold.get("without", [])))
    for file, gold in realworld["content_assertions"].items():
        url, with_, without = merged.get(file, (gold["url"], [], []))
        with_ += [s for s in gold.get("in", []) if s not in with_]
        without += [s for s in gold.get("not_in", []) if s not in without]
        merged[file] = (url, with_, without)
    return [
        SnippetCase(base / "html" / file, url, tuple(w), tuple(wo))
        for file, (url, w, wo) in sorted(merged.items())
        if w or wo
    ]


def load_date_cases(shared: Path) -> list[DateCase]:
    base = shared / "benchmarks" / "pubdate-fr"
    gold = json.loads((base / "expected_dates_fr.json").read_text(encoding="utf-8"))
    return [DateCase(base / "html" / g["file"], url, g["date"]) for url, g in sorted(gold.items())]


def _contains(text: str, snippet: str) -> bool:
    return _WS.sub(" ", snippet).strip() in text


def score_snippets(cases: list[SnippetCase], extract: Callable[[RawPage], str]) -> SnippetScore:
    score = SnippetScore()
    for case in cases:
        page = raw_page(case.file, case.url)
        started = time.perf_counter()
        text = _WS.sub(" ", extract(page) or "")
        score.seconds += time.perf_counter() - started
        score.with_total += len(case.with_)
        score.without_total += len(case.without)
        score.with_kept += sum(_contains(text, s) for s in case.with_)
        score.without_dropped += sum(not _contains(text, s) for s in case.without)
    return score


def score_dates(cases: list[DateCase], find: Callable[[RawPage], str | None]) -> DateScore:
    score = DateScore(misses=[])
    for case in cases:
        page = raw_page(case.file, case.url)
        started = time.perf_counter()
        found = find(page)
        score.seconds += time.perf_counter() - started
        score.total += 1
        if found == case.date:
            score.right += 1
        else:
            score.misses.append(f"{case.file.name}: got {found}, expected {case.date}")  # type: ignore[union-attr]
    return score


def _decoded(page: RawPage) -> str:
    return page.body.decode(page.encoding or "utf-8", errors="replace")


def veille_text(options: ExtractionOptions) -> Callable[[RawPage], str]:
    def run(page: RawPage) -> str:
        result = extract_article(page, options)
        return result.text if isinstance(result, Article) else ""
    return run


def veille_date(options: ExtractionOptions) -> Callable[[RawPage], str | None]:
    def run(page: RawPage) -> str | None:
        result = extract_article(page, replace(options, min_text_chars=0))
        if isinstance(result, Article) and result.published_at is not None:
            return result.published_at.strftime("%Y-%m-%d")
        return None
    return run


def plain_trafilatura(page: RawPage) -> str:
    return trafilatura.extract(_decoded(page), url=page.url) or ""


def plain_htmldate(page: RawPage) -> str | None:
    return find_date(_decoded(page), url=page.url)


VARIANTS: dict[str, ExtractionOptions] = {
    "veille (default)": DEFAULT_OPTIONS,
    "veille, precision on": replace(DEFAULT_OPTIONS, favor_precision=True),
    "veille, recall on": replace(DEFAULT_OPTIONS, favor_precision=False, favor_recall=True),
    "veille, tables off": replace(DEFAULT_OPTIONS, include_tables=False),
    "veille, dedup on": replace(DEFAULT_OPTIONS, deduplicate=True),
}
DATE_VARIANTS: dict[str, ExtractionOptions] = {
    "veille (default)": DEFAULT_OPTIONS,
    "veille, extensive search off": replace(DEFAULT_OPTIONS, extensive_date_search=False),
}


def run_benchmark(shared: Path, all_variants: bool = True) -> dict[str, object]:
    snippet_cases, date_cases = load_snippet_cases(shared), load_date_cases(shared)
    variants = VARIANTS if all_variants else {"veille (default)": DEFAULT_OPTIONS}
    date_variants = DATE_VARIANTS if all_variants else {"veille (default)": DEFAULT_OPTIONS}
    warm = raw_page(snippet_cases[0].file, snippet_cases[0].url)  # imports and lazy caches, untimed
    plain_trafilatura(warm), plain_htmldate(warm), veille_text(DEFAULT_OPTIONS)(warm)
    extraction = {"trafilatura.extract defaults": score_snippets(snippet_cases, plain_trafilatura)}
    extraction |= {name: score_snippets(snippet_cases, veille_text(o)) for name, o in variants.items()}
    dates = {"htmldate.find_date defaults": score_dates(date_cases, plain_htmldate)}
    dates |= {name: score_dates(date_cases, veille_date(o)) for name, o in date_variants.items()}
    return {
        "pages": {"extraction": len(snippet_cases), "pubdate": len(date_cases)},
        "extraction": {k: asdict(v) | {"accuracy": v.accuracy} for k, v in extraction.items()},
        "pubdate": {k: asdict(v) | {"accuracy": v.accuracy} for k, v in dates.items()},
    }


def print_table(results: dict[str, object]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    table = Table(title=f"extraction-fr ({results['pages']['extraction']} pages)")  # type: ignore[index]
    for column in ("configuration", "with kept", "without dropped", "accuracy", "s/page"):
        table.add_column(column)
    pages = results["pages"]["extraction"]  # type: ignore[index]
    for name, s in results["extraction"].items():  # type: ignore[union-attr]
        table.add_row(name, f"{s['with_kept']}/{s['with_total']}",
                      f"{s['without_dropped']}/{s['without_total']}", f"{s['accuracy']:.3f}",
                      f"{s['seconds'] / pages:.3f}")
    console.print(table)
    table = Table(title=f"pubdate-fr ({results['pages']['pubdate']} pages)")  # type: ignore[index]
    for column in ("configuration", "right day", "accuracy", "s/page"):
        table.add_column(column)
    pages = results["pages"]["pubdate"]  # type: ignore[index]
    for name, s in results["pubdate"].items():  # type: ignore[union-attr]
        table.add_row(name, f"{s['right']}/{s['total']}", f"{s['accuracy']:.3f}",
                      f"{s['seconds'] / pages:.3f}")
    console.print(table)
    for miss in results["pubdate"]["veille (default)"]["misses"]:  # type: ignore[index]
        console.print(f"  date miss: {miss}")
    console.print("Timings measured on a shared, CPU-contended 2-core machine: pessimistic. The first "
                  "veille row runs on cold caches; later rows re-read the same pages and profit from "
                  "htmldate/trafilatura LRU caches, so compare their quality, not their speed.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared/ folder")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "extraction.json")
    args = parser.parse_args()
    if not (args.shared / "benchmarks" / "extraction-fr").is_dir():
        raise SystemExit(f"benchmarks not found under {args.shared}/benchmarks")
    results = run_benchmark(args.shared)
    print_table(results)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"written {args.out}")


if __name__ == "__main__":
    main()
