"""Score `pipeline.dates.find_dates` beside dateparser on Duckling's French time corpus.

Usage: `.venv/bin/python bench/dates_duckling.py`. Reads
`../shared/benchmarks/dates-duckling-fr/duckling_fr_time_examples.jsonl` (467 isolated French
time expressions, reference time 2013-02-12, a Tuesday), keeps those of day, month or year
grain, and counts an expression right when the value of its widest mention equals Duckling's,
rewritten in our conventions (ISO 8601 at the grain, ranges `START/END` with inclusive end).
dateparser (`parse`, RELATIVE_BASE = the reference time, PREFER_DATES_FROM = "future" as
Duckling does) is scored on the same items at the gold grain; it has no ranges. Writes
`bench/results/dates_duckling.json`. Exits 0 with a message when ../shared is absent.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from pipeline.dates import find_dates  # noqa: E402
from pipeline.dates.calendar import add_months  # noqa: E402

DEFAULT_PATH = (ROOT / ".." / "shared" / "benchmarks" / "dates-duckling-fr"
                / "duckling_fr_time_examples.jsonl")
RESULT_PATH = ROOT / "bench" / "results" / "dates_duckling.json"
GRAINS = ("Day", "Month", "Year")


def _at_grain(raw: str, grain: str) -> str:
    """Duckling's "2013-01-00T00:00:00" at month grain -> "2013-01"."""
    return {"Day": raw[:10], "Month": raw[:7], "Year": raw[:4]}[grain]


def _before(raw: str, grain: str) -> str:
    """The inclusive end of a Duckling interval: one grain before its exclusive end."""
    year, month = int(raw[:4]), int(raw[5:7])
    if grain == "Day":
        return (date.fromisoformat(raw[:10]) - timedelta(days=1)).isoformat()
    if grain == "Month":
        year, month = add_months(year, month, -1)
        return f"{year:04d}-{month:02d}"
    return f"{year - 1:04d}"


def expected_value(item: dict) -> str:
    """Duckling's answer in our value conventions."""
    grain = item["grain"]
    if item["kind"] == "datetimeInterval":
        return f"{_at_grain(item['from'], grain)}/{_before(item['to'], grain)}"
    return _at_grain(item["value"], grain)


def ours(text: str, reference: datetime) -> str | None:
    """Value of the widest mention found in the expression."""
    mentions = find_dates(text, reference)
    if not mentions:
        return None
    return max(mentions, key=lambda m: m.end_char - m.start_char).value


def theirs(text: str, reference: datetime, grain: str) -> str | None:
    import dateparser

    parsed = dateparser.parse(text, languages=["fr"], settings={
        "RELATIVE_BASE": reference, "PREFER_DATES_FROM": "future"})
    return _at_grain(parsed.isoformat(), grain) if parsed else None


def load_items(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if r["grain"] in GRAINS]


def score(path: Path | None = None) -> dict:
    """Share of day/month/year-grain expressions given the right value, ours and dateparser's."""
    items = load_items(path or DEFAULT_PATH)
    totals, right = Counter(), {"ours": Counter(), "dateparser": Counter()}
    seconds = {"ours": 0.0, "dateparser": 0.0}
    misses = []
    for item in items:
        reference = datetime.fromisoformat(item["reference_time"])
        gold, key = expected_value(item), f"{item['kind']}:{item['grain']}"
        totals[key] += 1
        for name, run in (("ours", lambda: ours(item["text"], reference)),
                          ("dateparser", lambda: theirs(item["text"], reference, item["grain"]))):
            began = time.perf_counter()
            got = run()
            seconds[name] += time.perf_counter() - began
            right[name][key] += got == gold
            if name == "ours" and got != gold:
                misses.append({"text": item["text"], "expected": gold, "got": got})
    n = len(items)
    return {
        "items": n,
        "accuracy": {name: sum(c.values()) / n for name, c in right.items()},
        "by_kind_grain": {key: {"n": totals[key], **{name: right[name][key] / totals[key]
                                                      for name in right}} for key in sorted(totals)},
        "ms_per_expression": {name: 1000 * s / n for name, s in seconds.items()},
        "misses": misses,
    }


def main() -> int:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not DEFAULT_PATH.exists():
        console.print(f"[yellow]Duckling corpus not found at {DEFAULT_PATH.resolve()}: "
                      "nothing to score (needs the shared benchmarks beside the project).")
        return 0
    result = score()
    table = Table(title=f"Duckling FR time corpus: {result['items']} day/month/year expressions")
    table.add_column("kind:grain")
    table.add_column("n", justify="right")
    table.add_column("find_dates", justify="right")
    table.add_column("dateparser", justify="right")
    for key, row in result["by_kind_grain"].items():
        table.add_row(key, str(row["n"]), f"{row['ours']:.1%}", f"{row['dateparser']:.1%}")
    acc, ms = result["accuracy"], result["ms_per_expression"]
    table.add_row("[bold]all", str(result["items"]), f"[bold]{acc['ours']:.1%}",
                  f"[bold]{acc['dateparser']:.1%}")
    table.add_row("ms / expression", "", f"{ms['ours']:.3f}", f"{ms['dateparser']:.3f}")
    console.print(table)
    RESULT_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULT_PATH.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {RESULT_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
