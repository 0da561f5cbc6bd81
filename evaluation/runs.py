"""The annotators the evaluation compares: Veille's NLP stage and the bare fr_core_news_md.

Why the baseline keeps `dateparser` for dates: fr_core_news_md has no DATE label, and dateparser's
`search_dates` is the library one would reach for without our rules, so it is the fair contrast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from evaluation.scoring import (
    Annotator,
    GoldArticle,
    PredictedArticle,
    PredictedEntity,
    Report,
    Score,
    evaluate,
    load_gold,
)
from evaluation.splits import DEFAULT_GOLD
from pipeline.records import AnnotatedArticle, Article, DateMention, Resolution
from pipeline.resolve.corpus import resolve
from pipeline.resolve.names import match_key

if TYPE_CHECKING:
    from spacy.language import Language

    from pipeline.nlp import Analyzer
    from veille.settings import Settings

OURS = "veille"
BASELINE = "fr_core_news_md"


def gold_as_articles(gold: Sequence[GoldArticle]) -> list[Article]:
    """Gold texts as the pipeline's `Article`s (published at midnight of their date)."""
    return [
        Article(
            url=f"gold:{g.id}",
            source=g.source,
            title=g.title,
            text=g.text,
            published_at=datetime(g.published.year, g.published.month, g.published.day),
            language="fr",
        )
        for g in gold
    ]


def analyzer_annotator(analyzer: Analyzer) -> Annotator:
    """Veille: the Analyzer, then resolution across all the evaluated articles."""

    def run(gold: Sequence[GoldArticle]) -> list[PredictedArticle]:
        annotated = list(analyzer.annotate(gold_as_articles(gold)))
        batch = [(g.id, a) for g, a in zip(gold, annotated, strict=True)]
        return predictions_from_resolution(batch, resolve(batch, [], []))

    return run


def predictions_from_resolution(
    batch: Sequence[tuple[str, AnnotatedArticle]], resolution: Resolution
) -> list[PredictedArticle]:
    """Per article: each resolved entity once, with the surfaces it was written with."""
    entities = {e.entity_id: e for e in resolution.entities}
    surfaces: dict[tuple[str, str], list[str]] = defaultdict(list)
    for mention in resolution.mentions:
        surfaces[(mention.article_id, mention.entity_id)].append(mention.surface)

    def predicted(article_id: str, entity_id: str) -> PredictedEntity:
        entity = entities[entity_id]
        forms = tuple(dict.fromkeys(surfaces.get((article_id, entity_id), ())))
        return PredictedEntity(entity_id, entity.type, entity.name, forms)

    ids_of: dict[str, list[str]] = defaultdict(list)
    for article_id, entity_id in surfaces:  # dicts keep insertion order: text order per article
        ids_of[article_id].append(entity_id)
    roles_of: dict[str, list] = defaultdict(list)
    for r in resolution.roles:
        org = predicted(r.article_id, r.org_entity_id) if r.org_entity_id else None
        roles_of[r.article_id].append((predicted(r.article_id, r.person_entity_id), r.role, org))
    out = []
    for article_id, annotated in batch:
        entities_here = [predicted(article_id, eid) for eid in ids_of[article_id]]
        out.append(
            PredictedArticle(article_id, entities_here, list(annotated.dates), roles_of[article_id])
        )
    return out


def bare_model_annotator(nlp: Language, *, with_dateparser: bool = True) -> Annotator:
    """The baseline: raw model entities (merged only on identical keys), dateparser dates."""

    def run(gold: Sequence[GoldArticle]) -> list[PredictedArticle]:
        out = []
        for g, doc in zip(gold, nlp.pipe(g.text for g in gold), strict=True):
            grouped: dict[str, list[str]] = defaultdict(list)
            for ent in doc.ents:
                grouped[f"{ent.label_}:{match_key(ent.text)}"].append(ent.text)
            entities = [
                PredictedEntity(eid, eid.split(":", 1)[0], forms[0], tuple(forms))
                for eid, forms in grouped.items()
            ]
            dates = dateparser_dates(g.text, g.published) if with_dateparser else []
            out.append(PredictedArticle(g.id, entities, dates, []))
        return out

    return run


def dateparser_dates(text: str, published) -> list[DateMention]:
    """dateparser's `search_dates`, relative to publication, as day-precision values."""
    from dateparser.search import search_dates

    base = datetime(published.year, published.month, published.day)
    found = search_dates(text, languages=["fr"], settings={"RELATIVE_BASE": base}) or []
    mentions, cursor = [], 0
    for surface, moment in found:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        mentions.append(DateMention(surface, moment.date().isoformat(), start, cursor))
    return mentions


def run_evaluation(
    settings: Settings, gold_path: Path = DEFAULT_GOLD, split: str = "all", *, baseline: bool = True
) -> dict[str, Report]:
    """Veille (and the bare model unless `baseline=False`) on one split; each model loaded once."""
    from pipeline.nlp import Analyzer, load_bare_ner

    gold = load_gold(gold_path, split)
    reports = {OURS: evaluate(gold, analyzer_annotator(Analyzer(settings))(gold))}
    if baseline:
        reports[BASELINE] = evaluate(gold, bare_model_annotator(load_bare_ner(settings))(gold))
    return reports


@dataclass(frozen=True, slots=True)
class SetScores:
    """Entity F1 of one evaluation set, Veille beside the bare model."""

    name: str
    documents: int
    veille: dict[str, float]  # "all", "ORG", "PER", "LOC"
    bare: dict[str, float]


def entity_f1s(scores: dict[str, Score]) -> dict[str, float]:
    total = Score()
    for s in scores.values():
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    return {"all": total.f1, **{label: s.f1 for label, s in scores.items()}}


def gold_set_scores(name: str, gold: Sequence[GoldArticle], ours: Annotator, bare: Annotator) -> SetScores:
    """Document-level entity F1 of one gold set for both systems."""
    return SetScores(
        name,
        len(gold),
        entity_f1s(evaluate(gold, ours(gold)).entities),
        entity_f1s(evaluate(gold, bare(gold)).entities),
    )


def newseye_set_scores(analyzer: Analyzer, nlp: Language, files: Sequence[Path]) -> SetScores:
    """Strict-span entity F1 on NewsEye (old OCR'd press): a non-regression check."""
    from evaluation.hipe import newseye_documents, strict_scores

    docs = [doc for path in files for doc in newseye_documents(path)]
    articles = [Article(f"newseye:{d}", "newseye", "", text, None, "fr") for d, text, _ in docs]
    ours = [{(m.start_char, m.end_char, m.label) for m in a.mentions} for a in analyzer.annotate(articles)]
    theirs = [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in nlp.pipe(a.text for a in articles)]
    gold = [spans for _, _, spans in docs]
    return SetScores(
        "NewsEye (strict spans)",
        len(docs),
        entity_f1s(strict_scores(zip(gold, ours, strict=True))),
        entity_f1s(strict_scores(zip(gold, theirs, strict=True))),
    )


def run_all_sets(settings: Settings, benchmarks_dir: Path) -> list[SetScores]:
    """Every set, held-out real news first (the honest figure), each model loaded once.
    Sets whose data is absent (no `../shared`) are left out."""
    from evaluation.realnews import SharedPagesMissing, load_realnews
    from evaluation.splits import GOLD_SPLITS, load_split
    from pipeline.nlp import Analyzer, load_bare_ner

    analyzer, nlp = Analyzer(settings), load_bare_ner(settings)
    ours, bare = analyzer_annotator(analyzer), bare_model_annotator(nlp, with_dateparser=False)
    results = []
    for split, label in (("heldout", "real news, held out"), ("dev", "real news, development")):
        try:
            gold = load_realnews(benchmarks_dir, split)
        except SharedPagesMissing:
            continue
        results.append(gold_set_scores(label, gold, ours, bare))
    own = [article for split in GOLD_SPLITS for article in load_split(split)]
    results.append(gold_set_scores("own gold (tuned on)", own, ours, bare))
    newseye = sorted((benchmarks_dir / "ner-newseye-fr").glob("HIPE-2022-*-fr.tsv"))
    if newseye:
        results.append(newseye_set_scores(analyzer, nlp, newseye))
    return results


def run_realnews_evaluation(
    settings: Settings, benchmarks_dir: Path, split: str, *, baseline: bool = True
) -> dict[str, Report]:
    """Veille (and the bare model) on one split of the real-news set (no dates in its gold)."""
    from evaluation.realnews import load_realnews
    from pipeline.nlp import Analyzer, load_bare_ner

    gold = load_realnews(benchmarks_dir, split)
    reports = {OURS: evaluate(gold, analyzer_annotator(Analyzer(settings))(gold))}
    if baseline:
        bare = bare_model_annotator(load_bare_ner(settings), with_dateparser=False)
        reports[BASELINE] = evaluate(gold, bare(gold))
    return reports
