"""Warehouse benchmark: load a synthetic corpus through the real loading SQL, then time the
named trend queries.

    python bench/warehouse.py                      # 1M articles, 30M mentions, 200k entities
    python bench/warehouse.py --articles 20000     # a quick run

Data is generated column-wise with numpy/pyarrow (no Python loop per row) and loaded with the
`load_*_arrow` functions the record loaders use, one transaction per batch, inside `writing()`,
so the figures include the atomic copy-and-swap. Writes `bench/results/warehouse.json`.
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

import duckdb
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from rich.console import Console
from rich.table import Table

from warehouse import load, rollups, schemas
from warehouse.db import writing
from warehouse.named_queries import named_queries, run_query_arrow

RESULTS = Path(__file__).resolve().parent / "results" / "warehouse.json"
TYPES = np.array(["ORG", "PER", "LOC", "MISC"])
COUNTRIES = np.array(["FR", "MA", "TN", "DZ", "ES", "IT"])
SOURCES = np.array([f"outlet-{i:02d}" for i in range(40)])
TEXT = "Le pôle de compétitivité réunit ses membres. " * 4  # offsets stay inside it
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
        "surface": pa.array(np.full(count, "pôle ")),
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
        con.begin()
        load.load_entities_arrow(con, entities_table(args.entities, rng, datetime(2024, 3, 4)))
        con.commit()
        timings["entities"] += time.perf_counter() - tick
        rows["entities"] = args.entities
        for first in range(0, args.articles, args.batch):
            count = min(args.batch, args.articles - first)
            articles = articles_table(first, count, args.weeks, rng)
            mentions = mentions_table(articles, args.mentions_per_article, args.entities, rng)
            con.begin()
            tick = time.perf_counter()
            load.load_articles_arrow(con, articles)
            middle = time.perf_counter()
            load.load_mentions_arrow(con, mentions)
            con.commit()
            done = time.perf_counter()
            timings["articles"] += middle - tick
            timings["mentions"] += done - middle
            rows["articles"] += count
            rows["mentions"] += mentions.num_rows
            console.log(f"{rows['articles']:,} articles, {rows['mentions']:,} mentions "
                        f"(batch: {mentions.num_rows / (done - middle):,.0f} mentions/s)")
        tick = time.perf_counter()
        con.begin()
        rollups.refresh(con)
        con.commit()
        timings["rollups"] = time.perf_counter() - tick
        swap_started = time.perf_counter()
    timings["swap"] = time.perf_counter() - swap_started
    timings["total"] = time.perf_counter() - started
    return {"rows": rows, "seconds": timings}


def daily_run(db: Path, args: argparse.Namespace) -> dict:
    """One more day of news (1% of the corpus, all in the latest week), as a real run loads it."""
    rng = np.random.default_rng(8)
    count = max(args.articles // 100, 1)
    articles = articles_table(args.articles, count, args.weeks, rng)
    latest = START + np.timedelta64(args.weeks * 7 - 2, "D")
    articles = articles.set_column(articles.schema.get_field_index("published_at"), "published_at",
                                   pa.array(np.full(count, latest)))
    mentions = mentions_table(articles, args.mentions_per_article, args.entities, rng)
    started = time.perf_counter()
    with writing(db) as con:
        opened = time.perf_counter()
        con.begin()
        load.load_articles_arrow(con, articles)
        load.load_mentions_arrow(con, mentions)
        con.commit()
        loaded = time.perf_counter()
        con.begin()
        rollups.refresh(con)
        con.commit()
        refreshed = time.perf_counter()
    finished = time.perf_counter()
    return {"articles": count, "mentions": mentions.num_rows,
            "seconds": {"copy_and_open": opened - started, "load": loaded - opened,
                        "rollups_incremental": refreshed - loaded,
                        "checkpoint_and_swap": finished - refreshed, "total": finished - started}}


def time_queries(db: Path, repeats: int) -> dict[str, dict]:
    con = duckdb.connect(str(db), read_only=True)
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


def report(loaded: dict, daily: dict, queries: dict, args: argparse.Namespace,
           console: Console) -> dict:
    seconds, rows = loaded["seconds"], loaded["rows"]
    table = Table(title="Warehouse benchmark (2 shared cores: figures are pessimistic)")
    for column in ("step", "rows", "seconds", "rows/s"):
        table.add_column(column, justify="right" if column != "step" else "left")
    for step in ("entities", "articles", "mentions"):
        rate = rows[step] / seconds[step] if seconds[step] else 0
        table.add_row(f"load {step}", f"{rows[step]:,}", f"{seconds[step]:.1f}", f"{rate:,.0f}")
    table.add_row("rebuild rollups", "", f"{seconds['rollups']:.1f}", "")
    table.add_row("checkpoint + atomic swap", "", f"{seconds['swap']:.1f}", "")
    for step, value in daily["seconds"].items():
        table.add_row(f"daily run: {step.replace('_', ' ')}", f"{daily['mentions']:,}" if step == "load" else "",
                      f"{value:.1f}", "")
    for name, figure in queries.items():
        table.add_row(f"query {name}", f"{figure['rows']:,}", f"{figure['median_s']:.3f}", "")
    console.print(table)
    return {
        "scale": {"articles": args.articles, "mentions_per_article": args.mentions_per_article,
                  "entities": args.entities, "weeks": args.weeks, "batch_articles": args.batch},
        "load": {"rows": rows, "seconds": seconds,
                 "rows_per_s": {k: rows[k] / seconds[k] for k in rows if seconds[k]}},
        "daily_run": daily,
        "queries": queries,
        "db_bytes": args.db.stat().st_size,
        "duckdb": duckdb.__version__, "python": platform.python_version(),
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
    parser.add_argument("--db", type=Path, default=None, help="warehouse file (default: temporary)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    console = Console()
    with tempfile.TemporaryDirectory() as scratch:
        args.db = args.db or Path(scratch) / "bench.duckdb"
        loaded = load_corpus(args.db, args, console)
        daily = daily_run(args.db, args)
        queries = time_queries(args.db, args.repeats)
        results = report(loaded, daily, queries, args, console)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    console.print(f"Wrote {args.out}")


if __name__ == "__main__":
    main()
