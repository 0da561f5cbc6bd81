"""NLP quality, Veille beside the bare model: gold set, Duckling dates, NewsEye NER.

Usage: `.venv/bin/python bench/quality.py [--skip-newseye]`. Prints a table, writes
`bench/results/quality.json`.
  (a) the gold set (`evaluation/gold/`: dev and test splits, `fresh.jsonl`): Veille (Analyzer +
      resolve) vs bare
      fr_core_news_md (+ dateparser for dates), via `evaluation.scoring`;
  (b) `../shared/benchmarks/dates-duckling-fr/`: `bench/dates_duckling.py`'s `score()` (ours vs
      dateparser; `bench/dates_duckling.py`);
  (c) `../shared/benchmarks/ner-newseye-fr/`: strict-span PER/LOC/ORG F1 on HIPE-2022 NewsEye
      French (dev, dev2, test; HumanProd and MISC not scored), Veille's entity layer vs the bare
      model. Old OCR'd press: a non-regression check, not a target.
A part whose data is absent is skipped with a message. Timings on a shared machine are pessimistic.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from evaluation.scoring import evaluate  # noqa: E402
from evaluation.hipe import NEWSEYE_TYPES, micro, newseye_documents, strict_scores  # noqa: E402
from evaluation.runs import (  # noqa: E402
    BASELINE,
    OURS,
    analyzer_annotator,
    bare_model_annotator,
)
from evaluation.splits import GOLD_SPLITS, load_split  # noqa: E402
from pipeline.records import Article  # noqa: E402
from veille.settings import Settings  # noqa: E402

SHARED = ROOT / ".." / "shared" / "benchmarks"
NEWSEYE_DIR = SHARED / "ner-newseye-fr"
DUCKLING_DIR = SHARED / "dates-duckling-fr"
RESULT_PATH = ROOT / "bench" / "results" / "quality.json"


def gold_part(analyzer, bare) -> dict:
    """Per split: the full evaluation report of each system."""
    ours, theirs = analyzer_annotator(analyzer), bare_model_annotator(bare)
    results = {}
    for split in GOLD_SPLITS:
        gold = load_split(split)
        results[split] = {
            OURS: evaluate(gold, ours(gold)).as_dict(),
            BASELINE: evaluate(gold, theirs(gold)).as_dict(),
        }
    return results


def duckling_part() -> dict | None:
    if not DUCKLING_DIR.is_dir():
        print(f"skip dates-duckling: {DUCKLING_DIR} not found")
        return None
    sys.path.insert(0, str(ROOT / "bench"))
    from dates_duckling import score

    result = score()
    result.pop("misses", None)
    return result


def newseye_part(analyzer, bare) -> dict | None:
    files = sorted(NEWSEYE_DIR.glob("HIPE-2022-*-fr.tsv")) if NEWSEYE_DIR.is_dir() else []
    if not files:
        print(f"skip ner-newseye: no HIPE TSV under {NEWSEYE_DIR}")
        return None
    docs = [doc for path in files for doc in newseye_documents(path)]
    articles = [
        Article(
            url=f"newseye:{d}",
            source="newseye",
            title="",
            text=text,
            published_at=None,
            language="fr",
        )
        for d, text, _ in docs
    ]
    began = time.perf_counter()
    ours = [
        {(m.start_char, m.end_char, m.label) for m in a.mentions}
        for a in analyzer.annotate(articles)
    ]
    ours_seconds = time.perf_counter() - began
    began = time.perf_counter()
    theirs = [
        {(e.start_char, e.end_char, e.label_) for e in doc.ents}
        for doc in bare.pipe(a.text for a in articles)
    ]
    bare_seconds = time.perf_counter() - began
    gold = [spans for _, _, spans in docs]
    result = {"files": [p.name for p in files], "documents": len(docs)}
    for name, predicted, seconds in ((OURS, ours, ours_seconds), (BASELINE, theirs, bare_seconds)):
        scores = strict_scores(zip(gold, predicted, strict=True))
        result[name] = {
            **{label: s.as_dict() for label, s in scores.items()},
            "micro": micro(scores).as_dict(),
            "seconds": round(seconds, 1),
        }
    return result


SYNTHETIC_WORDS = (
    "Atlas Souss Numérique Solaire Mécatronique Agropôle Textile Logistique Aéro Marine Énergie "
    "Digital Santé Eau Bois Nord Sud Oriental Rif Draa Innov Tech Valley Hub Réseau"
).split()
SYNTHETIC_KINDS = ("Cluster", "Pôle", "Réseau", "Technopark", "Groupement", "Association")


def _synthetic_names(rng, count: int, numbers: int) -> list[str]:
    """Distinct organisation names; numbered look-alikes ("Cluster Eau Nord12" / "...Nord13")."""
    words, kinds = SYNTHETIC_WORDS, SYNTHETIC_KINDS
    return sorted(
        {
            f"{rng.choice(kinds)} {rng.choice(words)} {rng.choice(words)}{rng.randint(1, numbers)}"
            for _ in range(count)
        }
    )


def _synthetic_batch(rng, names: list[str], articles: int, per_article: int) -> list:
    """Articles whose mentions are names, 10 % shouted and 10 % without accents."""
    from pipeline.records import AnnotatedArticle, EntityMention

    def variant(name: str) -> str:
        roll = rng.random()
        if roll < 0.1:
            return name.upper()
        return name.replace("é", "e").replace("ô", "o") if roll < 0.2 else name

    batch = []
    for i in range(articles):
        parts, mentions, offset = [], [], 0
        for name in (variant(rng.choice(names)) for _ in range(per_article)):
            mentions.append(EntityMention(name, "ORG", offset, offset + len(name)))
            parts.append(name + ". ")
            offset += len(name) + 2
        article = Article(f"s:{i}", "s", "", "".join(parts), None, "fr")
        batch.append((f"s{i}", AnnotatedArticle(article, mentions)))
    return batch


def resolution_part(seed: int = 7) -> dict:
    """Time `resolve` (a) on one 200,000-mention batch, (b) on 64-article batches against a
    warehouse of 50,000 stored entities and 20,000 aliases, as the ingest flow calls it."""
    import random
    import statistics

    from pipeline.records import Entity
    from pipeline.resolve.corpus import resolve

    rng = random.Random(seed)
    names = _synthetic_names(rng, 5_000, 99)
    batch = _synthetic_batch(rng, names, 20_000, 10)
    began = time.perf_counter()
    resolution = resolve(batch, [], [])
    seconds = time.perf_counter() - began
    catalog_names = _synthetic_names(rng, 60_000, 999)
    stored = [Entity(f"x{i}", name, "ORG") for i, name in enumerate(catalog_names[:50_000])]
    aliases = [(entity.entity_id, entity.name.upper()) for entity in stored[:20_000]]
    timings = []
    for _ in range(5):
        incoming = _synthetic_batch(rng, catalog_names, 64, 15)
        began = time.perf_counter()
        resolve(incoming, stored, aliases)
        timings.append(time.perf_counter() - began)
    return {
        "one_batch": {
            "mentions": len(batch) * 10,
            "distinct_names": len(names),
            "entities": len(resolution.entities),
            "seconds": round(seconds, 2),
        },
        "incremental": {
            "stored_entities": len(stored),
            "stored_aliases": len(aliases),
            "batch_articles": 64,
            "batch_mentions": 64 * 15,
            "median_seconds_per_batch": round(statistics.median(timings), 2),
        },
    }


def print_table(results: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="NLP quality: Veille vs bare fr_core_news_md (F1)")
    for column in ("benchmark", "measure", OURS, BASELINE):
        table.add_column(column, justify="right" if column in (OURS, BASELINE) else "left")
    for split, reports in (results.get("gold") or {}).items():
        for measure, path in (
            ("ORG", ("entities", "ORG")),
            ("PER", ("entities", "PER")),
            ("LOC", ("entities", "LOC")),
            ("merging", ("merging",)),
            ("DATE span", ("date_spans",)),
            ("DATE value", ("date_values",)),
            ("roles", ("roles",)),
        ):
            cells = [_dig(reports[name], path)["f1"] for name in (OURS, BASELINE)]
            table.add_row(f"gold {split}", measure, *(f"{c:.3f}" for c in cells))
    duckling = results.get("duckling")
    if duckling:
        acc = duckling["accuracy"]
        for policy in ("ours", "ours_future"):  # pipeline default, then Duckling's prefer-future
            if policy in acc:
                table.add_row(
                    "duckling",
                    f"value accuracy, {policy} ({duckling['items']} items)",
                    f"{acc[policy]:.3f}",
                    f"{acc.get('dateparser', 0):.3f} (dateparser)",
                )
    timing = results.get("resolution")
    if timing:
        one, incremental = timing["one_batch"], timing["incremental"]
        table.add_row(
            "resolve one batch",
            f"{one['mentions']:,} mentions -> {one['entities']:,} entities",
            f"{one['seconds']} s",
            "",
        )
        table.add_row(
            "resolve per batch",
            f"64 articles vs {incremental['stored_entities']:,} stored entities",
            f"{incremental['median_seconds_per_batch']} s",
            "",
        )
    newseye = results.get("newseye")
    if newseye:
        for measure in (*NEWSEYE_TYPES, "micro"):
            table.add_row(
                "newseye strict",
                measure,
                f"{newseye[OURS][measure]['f1']:.3f}",
                f"{newseye[BASELINE][measure]['f1']:.3f}",
            )
    Console().print(table)


def _dig(report: dict, path: tuple[str, ...]) -> dict:
    for key in path:
        report = report[key]
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-newseye", action="store_true", help="skip the (slowest) NewsEye part"
    )
    args = parser.parse_args()
    from pipeline.nlp import Analyzer, load_bare_ner

    settings = Settings()
    began = time.perf_counter()
    analyzer, bare = Analyzer(settings), load_bare_ner(settings)
    results = {
        "generated_at": datetime.now().isoformat(timespec="seconds"),
        "model_load_seconds": round(time.perf_counter() - began, 1),
    }
    results["gold"] = gold_part(analyzer, bare)
    results["duckling"] = duckling_part()
    results["newseye"] = None if args.skip_newseye else newseye_part(analyzer, bare)
    results["resolution"] = resolution_part()
    print_table(results)
    RESULT_PATH.parent.mkdir(parents=True, exist_ok=True)
    RESULT_PATH.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {RESULT_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
