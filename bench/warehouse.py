"""Warehouse benchmark: load a synthetic corpus through the real loading SQL, then time the
named trend queries.

    python bench/warehouse.py                      # 1M articles, 30M mentions, 200k entities
    python bench/warehouse.py --articles 20000     # a quick run
    python bench/warehouse.py --storage file       # a DuckDB file (copy-and-swap), not a lake

Data is generated column-wise with numpy/pyarrow (no Python loop per row) and loaded with the
`load_*_arrow` functions the record loaders use, batch by batch, inside `writing()`, so the
figures include the atomic commit (a lake's one transaction, or a file's copy-and-swap). Then
`--days` daily runs (1 % of the corpus each, as a run loads them, checks included) and the named
queries. Writes `bench/results/warehouse-<storage>.json`.
"""
from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its name would shadow the
# `warehouse` package it measures.
if sys.path and Path(sys.path[0]).resolve() == Path(__file__).resolve().parent:
    sys.path.pop(0)

import os

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rich.console import Console
from rich.table import Table

from warehouse import lake, load, rollups, schemas
from warehouse.db import connect, writing
from warehouse.named_queries import named_queries, run_query_arrow
from warehouse.transactions import batch

RESULTS = Path(__file__).resolve().parent / "results"
TYPES = np.array(["ORG", "PER", "LOC", "MISC"])
COUNTRIES = np.array(["FR", "MA", "TN", "DZ", "ES", "IT"])
SOURCES = np.array([f"outlet-{i:02d}" for i in range(40)])
TEXT = "Le pôle de compétitivité réunit ses membres. " * 4  # offsets stay inside it
SPANS = np.array([TEXT[i:i + 5] for i in range(len(TEXT))])
START = np.datetime64("2024-03-04T00:00", "us")  # a Monday; the corpus spans `weeks` weeks


def entities_table(count: int, rng: np.random.Generator, seen_at: datetime) -> pa.Table:
    ids = pa.array([f"e{i:07d}" for i in range(count)])
    return pa.table({
        "entity_id": ids,
        "name": pc.binary_join_element_wise("Entité ", ids, ""),
        "type": pa.array(TYPES[rng.choice(4, count, p=[0.5, 0.3, 0.15, 0.05])]),
        "country": pa.array(COUNTRIES[rng.integers(0, len(COUNTRIES), count)]),
        "seen_at": pa.array(np.full(count, np.datetime64(seen_at, "us"))),
    }, schema=schemas.ENTITIES)


def articles_table(first: int, count: int, weeks: int, rng: np.random.Generator) -> pa.Table:
    numbers = np.arange(first, first + count)
    ids = pa.array([f"a{n:015x}" for n in numbers])
    # One group of 3 consecutive articles in 7 is a story copied by 3 outlets within hours.
    group = numbers // 3
    copied = group % 7 == 0
    story = np.where(copied, group * 3, numbers)
    spread = weeks * 7 * 86_400
    seconds = np.where(copied, (story * 2_654_435_761) % spread + (numbers % 3) * 3_600,
                       (rng.random(count) * spread).astype(np.int64))
    published = START + (np.minimum(seconds, spread - 1) * 1_000_000).astype("timedelta64[us]")
    return pa.table({
        "article_id": ids,
        "url": pc.binary_join_element_wise("https://news.example/", ids, ""),
        "source": pa.array(SOURCES[rng.integers(0, len(SOURCES), count)]),
        "title": pc.binary_join_element_wise("Titre ", ids, ""),
        "published_at": pa.array(published),
        "language": pa.array(np.full(count, "fr")),
        "text": pa.array(np.full(count, TEXT)),
        "story_id": pa.array([f"s{n:015x}" for n in story]),
        "author": pa.nulls(count, pa.string()),
        "sitename": pa.nulls(count, pa.string()),
        "description": pa.nulls(count, pa.string()),
        "content_hash": ids,
        "topic_score": pa.array(rng.random(count) * 10),
        "fetched_at": pa.array(published),
        "run_id": pa.array(np.full(count, "bench")),
        "seen_at": pa.array(published),
    }, schema=schemas.ARTICLES)


def mentions_table(articles: pa.Table, per_article: int, entity_count: int,
                   rng: np.random.Generator) -> pa.Table:
    count = articles.num_rows * per_article
    owner = np.repeat(np.arange(articles.num_rows), per_article)
    # Zipf-like popularity: a few entities are everywhere, most are rare.
    entity = (rng.pareto(1.2, count) * entity_count / 50).astype(np.int64) % entity_count
    start = np.tile(np.arange(per_article) * 6, articles.num_rows) % (len(TEXT) - 6)
    entity_ids = pa.array([f"e{i:07d}" for i in range(entity_count)])
    return pa.table({
        "article_id": articles["article_id"].take(pa.array(owner)),
        "entity_id": entity_ids.take(pa.array(entity)),
        "surface": pa.array(SPANS[start]),  # the text's own 5 characters: the offsets check holds
        "start_char": pa.array(start.astype(np.int32)),
        "end_char": pa.array((start + 5).astype(np.int32)),
    }, schema=schemas.MENTIONS)


def load_corpus(db: Path, args: argparse.Namespace, console: Console) -> dict:
    rng = np.random.default_rng(7)
    timings = {"articles": 0.0, "entities": 0.0, "mentions": 0.0, "rollups": 0.0, "swap": 0.0}
    rows = {"articles": 0, "entities": 0, "mentions": 0}
    started = time.perf_counter()
    with writing(db, fresh=True) as con:
        tick = time.perf_counter()
        with batch(con):
            load.load_entities_arrow(con, entities_table(args.entities, rng, datetime(2024, 3, 4)))
        timings["entities"] += time.perf_counter() - tick
        rows["entities"] = args.entities
        for first in range(0, args.articles, args.batch):
            count = min(args.batch, args.articles - first)
            articles = articles_table(first, count, args.weeks, rng)
            mentions = mentions_table(articles, args.mentions_per_article, args.entities, rng)
            tick = time.perf_counter()
            with batch(con):
                load.load_articles_arrow(con, articles)
                middle = time.perf_counter()
                load.load_mentions_arrow(con, mentions)
            done = time.perf_counter()
            timings["articles"] += middle - tick
            timings["mentions"] += done - middle
            rows["articles"] += count
            rows["mentions"] += mentions.num_rows
            console.log(f"{rows['articles']:,} articles, {rows['mentions']:,} mentions "
                        f"(batch: {mentions.num_rows / (done - middle):,.0f} mentions/s)")
        tick = time.perf_counter()
        with batch(con):
            rollups.refresh(con)
        timings["rollups"] = time.perf_counter() - tick
        swap_started = time.perf_counter()
    timings["swap"] = time.perf_counter() - swap_started
    timings["total"] = time.perf_counter() - started
    return {"rows": rows, "seconds": timings}


def daily_run(db: Path, args: argparse.Namespace, day: int) -> dict:
    """One more day of news (1% of the corpus, all in the latest week), as a real run loads it.

    Timed apart: opening (a file's copy, or attaching the lake), loading, the incremental rollups,
    and the end (data checks, then a file's checkpoint and swap or the lake's commit)."""
    rng = np.random.default_rng(8 + day)
    count = max(args.articles // 100, 1)
    articles = articles_table(args.articles + day * count, count, args.weeks, rng)
    latest = START + np.timedelta64(args.weeks * 7 - 2, "D")
    articles = articles.set_column(articles.schema.get_field_index("published_at"), "published_at",
                                   pa.array(np.full(count, latest)))
    mentions = mentions_table(articles, args.mentions_per_article, args.entities, rng)
    started = time.perf_counter()
    with writing(db) as con:
        opened = time.perf_counter()
        with batch(con):
            load.load_articles_arrow(con, articles)
            load.load_mentions_arrow(con, mentions)
        loaded = time.perf_counter()
        with batch(con):
            rollups.refresh(con)
        refreshed = time.perf_counter()
    finished = time.perf_counter()
    return {"articles": count, "mentions": mentions.num_rows,
            "seconds": {"open": opened - started, "load": loaded - opened,
                        "rollups_incremental": refreshed - loaded,
                        "checks_and_commit": finished - refreshed, "total": finished - started}}


def storage_bytes(db: Path) -> int:
    """The file, or the lake's catalog and Parquet folder."""
    folder = lake.data_path(db)
    return db.stat().st_size + (sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
                                if lake.is_lake(db) and folder.exists() else 0)


def time_queries(db: Path, repeats: int) -> dict[str, dict]:
    con = connect(db, read_only=True)
    figures = {}
    for name in named_queries():
        durations, result_rows = [], 0
        for _ in range(repeats):
            tick = time.perf_counter()
            result_rows = run_query_arrow(con, name).num_rows
            durations.append(time.perf_counter() - tick)
        figures[name] = {"median_s": statistics.median(durations), "best_s": min(durations),
                         "rows": result_rows}
    con.close()
    return figures


def report(loaded: dict, daily: list[dict], queries: dict, args: argparse.Namespace,
           console: Console) -> dict:
    seconds, rows = loaded["seconds"], loaded["rows"]
    table = Table(title="Warehouse benchmark (2 shared cores: figures are pessimistic)")
    for column in ("step", "rows", "seconds", "rows/s"):
        table.add_column(column, justify="right" if column != "step" else "left")
    for step in ("entities", "articles", "mentions"):
        rate = rows[step] / seconds[step] if seconds[step] else 0
        table.add_row(f"load {step}", f"{rows[step]:,}", f"{seconds[step]:.1f}", f"{rate:,.0f}")
    table.add_row("rebuild rollups", "", f"{seconds['rollups']:.1f}", "")
    table.add_row("checks + commit (lake) / checkpoint + swap (file)", "", f"{seconds['swap']:.1f}", "")
    for number, day in enumerate(daily, 1):
        for step, value in day["seconds"].items():
            table.add_row(f"daily run {number}: {step.replace('_', ' ')}",
                          f"{day['mentions']:,}" if step == "load" else "", f"{value:.2f}", "")
    for name, figure in queries.items():
        table.add_row(f"query {name}", f"{figure['rows']:,}", f"{figure['median_s']:.3f}", "")
    console.print(table)
    return {
        "scale": {"articles": args.articles, "mentions_per_article": args.mentions_per_article,
                  "entities": args.entities, "weeks": args.weeks, "batch_articles": args.batch},
        "load": {"rows": rows, "seconds": seconds,
                 "rows_per_s": {k: rows[k] / seconds[k] for k in rows if seconds[k]}},
        "storage": args.storage,
        "daily_runs": daily,
        "queries": queries,
        "db_bytes": storage_bytes(args.db),
        "duckdb": duckdb.__version__, "python": platform.python_version(),
        "load_average": os.getloadavg(),
        "measured_at": datetime.now().isoformat(timespec="seconds"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--mentions-per-article", type=int, default=30)
    parser.add_argument("--entities", type=int, default=200_000)
    parser.add_argument("--weeks", type=int, default=104, help="weeks the corpus spans")
    parser.add_argument("--batch", type=int, default=100_000, help="articles per load transaction")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each query (median kept)")
    parser.add_argument("--storage", choices=("lake", "file"), default="lake",
                        help="a DuckLake (the default warehouse) or a DuckDB file (copy-and-swap)")
    parser.add_argument("--days", type=int, default=3, help="daily runs timed after the load")
    parser.add_argument("--db", type=Path, default=None,
                        help="warehouse path, *.ducklake or *.duckdb (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="reuse --db if it exists (no load)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory(dir=os.environ.get("VEILLE_BENCH_TMP")) as scratch:
        suffix = lake.LAKE_SUFFIX if args.storage == "lake" else ".duckdb"
        args.db = args.db or Path(scratch) / f"bench{suffix}"
        if args.keep and args.db.exists():
            loaded = {"rows": {"articles": 0, "entities": 0, "mentions": 0},
                      "seconds": dict.fromkeys(("articles", "entities", "mentions", "rollups", "swap", "total"), 0.0)}
        else:
            loaded = load_corpus(args.db, args, console)
        daily = [daily_run(args.db, args, day) for day in range(args.days)]
        console.log(f"load average {os.getloadavg()}")
        queries = time_queries(args.db, args.repeats)
        results = report(loaded, daily, queries, args, console)
    args.out = args.out or RESULTS / f"warehouse-{args.storage}.json"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    console.print(f"Wrote {args.out}")


if __name__ == "__main__":
    main()
