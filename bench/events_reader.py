"""CPU of the event reader alone (`pipeline.events.extract.find_events`), given annotated articles.

Usage: `.venv/bin/python bench/events_reader.py [--articles 200] [--repeats 3] [--profile N] [--dump FILE]`.

Why: in an NLP worker the event reader runs after spaCy on every article (`EventReader.read`);
this measures it without spaCy's time. The texts are the bench corpus of `bench/ingest.py`
(`bench/sitegen.py`, same seed, the page's title and paragraphs as the extracted text); they are
annotated once by `Analyzer` (cached in `--cache`, keyed by the count), then `find_events` is
timed with `time.process_time` over all of them, `--repeats` times (the best kept: the machine is
shared). Prints articles/s and core-seconds per 1,000 articles. `--profile N`: cProfile of one
pass, the N top functions by cumulative then internal time. `--dump FILE`: also read the event
gold texts (`evaluation/gold/events/*.yaml`) and the demo corpus and write every event found
(type, date, amount, currency, detail, participants, evidence, offsets) as JSON, to check that a
speed change changes no output (compare two dumps byte for byte).
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pickle
import pstats
import random
import sys
import time
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:  # run as a script from anywhere
        sys.path.insert(0, str(path))

import yaml  # noqa: E402
from sitegen import ORGS, PLACES, article_text  # noqa: E402

from pipeline.events.extract import find_events  # noqa: E402
from pipeline.events.lexicon import load_lexicon  # noqa: E402
from pipeline.records import AnnotatedArticle, Article  # noqa: E402


def bench_articles(count: int, seed: int = 7) -> list[Article]:
    """The texts `bench/sitegen.generate_site` writes (same random draws), as extracted articles."""
    rng = random.Random(seed)
    start = datetime(2026, 6, 1, 8)
    articles = []
    for index in range(count):
        title = f"{rng.choice(ORGS).capitalize()} : le cluster accélère à {rng.choice(PLACES)} ({index})"
        paragraphs = article_text(rng, rng.randint(600, 900))
        articles.append(Article(url=f"bench://{index}", source="bench", title=title, text="\n".join([title, *paragraphs]),
                                published_at=start + timedelta(days=index % 170), language="fr"))
    return articles


def check_articles() -> list[Article]:
    """The event gold texts and the demo corpus (for the output dump)."""
    articles = []
    for path in sorted((ROOT / "evaluation" / "gold" / "events").glob("*.yaml")):
        for row in yaml.safe_load(path.read_text(encoding="utf-8"))["articles"]:
            published = datetime.fromisoformat(str(row["published"]))
            articles.append(Article(url=f"gold://{path.stem}/{row['id']}", source=row["source"], title=row["title"],
                                    text=row["text"], published_at=published, language="fr"))
    for path in sorted((ROOT / "demo" / "corpus").glob("*.md")):
        articles.append(Article(url=f"demo://{path.stem}", source="demo", title=path.stem,
                                text=path.read_text(encoding="utf-8"), published_at=datetime(2026, 3, 1), language="fr"))
    return articles


def annotated(articles: list[Article], cache: Path) -> list[AnnotatedArticle]:
    """Annotations (spaCy and Veille's rules), computed once and cached in `cache`."""
    if cache.exists():
        cached: list[AnnotatedArticle] = pickle.loads(cache.read_bytes())
        return cached
    from pipeline.nlp import Analyzer
    from veille.settings import Settings
    result = list(Analyzer(Settings(nlp_processes=1)).annotate(articles))
    cache.write_bytes(pickle.dumps(result))
    return result


def timed(docs: list[AnnotatedArticle], lexicon: object, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        for doc in docs:
            find_events(doc, lexicon)  # type: ignore[arg-type]
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="bench articles (the figure is scaled to 1,000)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/veille-events-reader"))
    parser.add_argument("--profile", type=int, default=0, help="print the N top functions of one profiled pass")
    parser.add_argument("--dump", type=Path, help="write the events of the gold texts and the demo corpus here")
    options = parser.parse_args()
    options.cache.mkdir(parents=True, exist_ok=True)
    lexicon = load_lexicon(ROOT / "models")
    docs = annotated(bench_articles(options.articles), options.cache / f"bench-{options.articles}.pickle")
    if options.dump:
        checked = annotated(check_articles(), options.cache / "check.pickle")
        out = {a.article.url: [asdict(e) for e in find_events(a, lexicon)] for a in checked}
        options.dump.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True, default=str), encoding="utf-8")
        print(f"{sum(map(len, out.values()))} events of {len(out)} articles written to {options.dump}")
    seconds = timed(docs, lexicon, options.repeats)
    print(json.dumps({"articles": len(docs), "core_seconds": round(seconds, 3),
                      "articles_per_s": round(len(docs) / seconds, 1),
                      "core_s_per_1000_articles": round(seconds * 1000 / len(docs), 2)}))
    if options.profile:
        profile = cProfile.Profile()
        profile.enable()
        for doc in docs:
            find_events(doc, lexicon)
        profile.disable()
        for key in ("cumulative", "tottime"):
            pstats.Stats(profile).sort_stats(key).print_stats(options.profile)


if __name__ == "__main__":
    main()
