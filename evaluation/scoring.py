"""Scores an annotator against the gold set: entities, merging, dates and roles.

Why at the document level: an analyst reads "which organisations does this article speak of",
not offsets, so an entity counts once per article, matched under its canonical name or any alias
(after `match_key`). Merging is scored pairwise over the whole corpus, so one wrong merge of two
distinct clusters or one missed spelling variant shows up by name.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from pipeline.records import DateMention
from pipeline.resolve.names import fold, match_key

ENTITY_TYPES = ("ORG", "PER", "LOC")
SPLITS = ("dev", "test", "all")


@dataclass(frozen=True, slots=True)
class GoldEntity:
    name: str
    type: str
    aliases: tuple[str, ...]
    id: str
    optional: bool = False  # careful annotators could disagree: neither a miss nor a false positive

    def keys(self) -> set[str]:
        return {match_key(form) for form in (self.name, *self.aliases)}


@dataclass(frozen=True, slots=True)
class GoldArticle:
    id: str
    split: str
    source: str
    published: date
    title: str
    text: str
    entities: tuple[GoldEntity, ...]
    dates: tuple[tuple[str, str], ...]  # (surface, value)
    roles: tuple[tuple[str, str, str | None], ...]  # (person, role, org) canonical names


@dataclass(frozen=True, slots=True)
class PredictedEntity:
    """One entity an annotator found in an article: its corpus-wide id, name and surfaces."""

    entity_id: str
    type: str
    name: str
    surfaces: tuple[str, ...] = ()

    def keys(self) -> set[str]:
        return {match_key(form) for form in (self.name, *self.surfaces)} - {""}


@dataclass(slots=True)
class PredictedArticle:
    article_id: str
    entities: list[PredictedEntity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    roles: list[tuple[PredictedEntity, str, PredictedEntity | None]] = field(default_factory=list)


Annotator = Callable[[Sequence[GoldArticle]], list[PredictedArticle]]


@dataclass(slots=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class MergeScore:
    """Pairwise merging over gold entity occurrences; violations named for the reader."""

    precision: float = 0.0
    recall: float = 0.0
    wrong_merges: list[list[str]] = field(default_factory=list)  # distinct gold entities merged
    split_entities: list[list[str]] = field(default_factory=list)  # one gold entity, several ids

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    articles: int
    entities: dict[str, Score]
    merging: MergeScore
    date_spans: Score
    date_values: Score
    roles: Score
    errors: list[dict[str, str]] = field(default_factory=list)  # missed/spurious entities by name

    def as_dict(self) -> dict:
        return {
            "articles": self.articles,
            "entities": {label: score.as_dict() for label, score in self.entities.items()},
            "merging": {
                **asdict(self.merging),
                "f1": round(self.merging.f1, 4),
                "precision": round(self.merging.precision, 4),
                "recall": round(self.merging.recall, 4),
            },
            "date_spans": self.date_spans.as_dict(),
            "date_values": self.date_values.as_dict(),
            "roles": self.roles.as_dict(),
            "errors": self.errors,
        }


def load_gold(path: Path, split: str = "all") -> list[GoldArticle]:
    """The gold articles of `split` (dev, test or all) from a JSON-lines file."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: use one of {SPLITS}")
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    articles.append(_gold_article(json.loads(line)))
                except (KeyError, ValueError, TypeError) as error:
                    raise ValueError(
                        f"{path}:{line_number}: not a gold article ({error})"
                    ) from error
    return [a for a in articles if split == "all" or a.split == split]


def _gold_article(row: dict) -> GoldArticle:
    return GoldArticle(
        id=row["id"],
        split=row.get("split", "dev"),
        source=row.get("source", ""),
        published=date.fromisoformat(row["published"]),
        title=row.get("title", ""),
        text=row["text"],
        entities=tuple(
            GoldEntity(
                e["name"], e["type"], tuple(e.get("aliases", ())), e["id"], e.get("optional", False)
            )
            for e in row["entities"]
        ),
        dates=tuple((d["surface"], d["value"]) for d in row.get("dates", ())),
        roles=tuple((r["person"], r["role"], r.get("org")) for r in row.get("roles", ())),
    )


def evaluate(gold: Sequence[GoldArticle], predicted: Sequence[PredictedArticle]) -> Report:
    """Compare predictions (one per gold article, matched by id) with the gold set."""
    by_id = {p.article_id: p for p in predicted}
    entities = {label: Score() for label in ENTITY_TYPES}
    occurrences: list[tuple[GoldEntity, PredictedEntity]] = []
    date_spans, date_values, roles = Score(), Score(), Score()
    errors: list[dict[str, str]] = []
    for article in gold:
        prediction = by_id.get(article.id, PredictedArticle(article.id))
        for label in ENTITY_TYPES:
            matched = _match_entities(article, prediction, label, entities[label], errors)
            occurrences.extend(matched)
        _score_dates(article, prediction.dates, date_spans, date_values)
        _score_roles(article, prediction.roles, roles)
    return Report(
        len(gold), entities, merge_score(occurrences), date_spans, date_values, roles, errors
    )


def _match_entities(
    article: GoldArticle,
    prediction: PredictedArticle,
    label: str,
    score: Score,
    errors: list[dict[str, str]],
) -> list[tuple[GoldEntity, PredictedEntity]]:
    """Document-level matching; predictions that repeat an already matched entity are neutral,
    so are predictions of an optional entity; an "ORG|LOC" entity takes the type it was found as."""
    optional_keys = set().union(*(g.keys() for g in article.entities if g.optional))
    gold = [g for g in article.entities if not g.optional and _gold_type(g, prediction) == label]
    preds = [
        p
        for p in prediction.entities
        if p.type == label and not (p.keys() & optional_keys and not _matches_required(p, article))
    ]
    gold_keys = [g.keys() for g in gold]
    best: dict[int, PredictedEntity] = {}
    for pred in sorted(preds, key=lambda p: (-len(p.name), p.name)):
        hits = [i for i, keys in enumerate(gold_keys) if keys & pred.keys()]
        if not hits:
            score.fp += 1
            errors.append(
                {"article": article.id, "kind": "spurious", "type": label, "name": pred.name}
            )
        for i in hits:
            best.setdefault(i, pred)
    score.tp += len(best)
    score.fn += len(gold) - len(best)
    errors.extend(
        {"article": article.id, "kind": "missed", "type": label, "name": g.name}
        for i, g in enumerate(gold)
        if i not in best
    )
    return [(gold[i], pred) for i, pred in sorted(best.items())]


def _gold_type(entity: GoldEntity, prediction: PredictedArticle) -> str:
    """ORG or LOC for an entity either may be (ANNOTATION.md: "ORG|LOC"): LOC when only found as LOC."""
    if entity.type != "ORG|LOC":
        return entity.type
    found = {p.type for p in prediction.entities if p.keys() & entity.keys()}
    return "LOC" if "LOC" in found and "ORG" not in found else "ORG"


def _matches_required(pred: PredictedEntity, article: GoldArticle) -> bool:
    return any(pred.keys() & g.keys() for g in article.entities if not g.optional)


def merge_score(occurrences: Sequence[tuple[GoldEntity, PredictedEntity]]) -> MergeScore:
    """Pairwise precision/recall of the predicted ids against the gold ids, over the corpus."""
    cells = Counter((g.id, p.entity_id) for g, p in occurrences)
    by_gold = Counter(g.id for g, _ in occurrences)
    by_pred = Counter(p.entity_id for _, p in occurrences)
    same_both = sum(n * (n - 1) // 2 for n in cells.values())
    same_pred = sum(n * (n - 1) // 2 for n in by_pred.values())
    same_gold = sum(n * (n - 1) // 2 for n in by_gold.values())
    gold_names = {g.id: g.name for g, _ in occurrences}
    golds_of_pred: dict[str, set[str]] = defaultdict(set)
    preds_of_gold: dict[str, dict[str, str]] = defaultdict(dict)
    for g, p in occurrences:
        golds_of_pred[p.entity_id].add(g.name)
        preds_of_gold[g.id][p.entity_id] = p.name
    return MergeScore(
        precision=same_both / same_pred if same_pred else 1.0,
        recall=same_both / same_gold if same_gold else 1.0,
        wrong_merges=sorted(sorted(names) for names in golds_of_pred.values() if len(names) > 1),
        split_entities=sorted(
            [gold_names[g], *sorted(set(ids.values()))]
            for g, ids in preds_of_gold.items()
            if len(ids) > 1
        ),
    )


def gold_date_spans(article: GoldArticle) -> list[tuple[int, int, str]]:
    """(start, end, value) of each gold date: the first free occurrence of its surface."""
    taken: list[tuple[int, int]] = []
    spans = []
    for surface, value in sorted(article.dates, key=lambda d: -len(d[0])):
        start = article.text.find(surface)
        while start >= 0 and any(start < e and s < start + len(surface) for s, e in taken):
            start = article.text.find(surface, start + 1)
        if start >= 0:
            taken.append((start, start + len(surface)))
            spans.append((start, start + len(surface), value))
    return sorted(spans)


def _score_dates(
    article: GoldArticle, dates: Iterable[DateMention], spans: Score, values: Score
) -> None:
    """A predicted date is right when it overlaps a gold date (and, for values, has its value)."""
    gold = gold_date_spans(article)
    for score, need_value in ((spans, False), (values, True)):
        used: set[int] = set()
        for mention in dates:
            hit = next(
                (
                    i
                    for i, (s, e, v) in enumerate(gold)
                    if i not in used
                    and s < mention.end_char
                    and mention.start_char < e
                    and (not need_value or v == mention.value)
                ),
                None,
            )
            if hit is None:
                score.fp += 1
            else:
                used.add(hit)
                score.tp += 1
        score.fn += len(gold) - len(used)


def _score_roles(
    article: GoldArticle,
    roles: Sequence[tuple[PredictedEntity, str, PredictedEntity | None]],
    score: Score,
) -> None:
    """A role is right when person, role word (case/accents aside) and organisation all match."""
    keys = {g.name: g.keys() for g in article.entities}
    used: set[int] = set()
    for person, role, org in roles:
        hit = next(
            (
                i
                for i, (g_person, g_role, g_org) in enumerate(article.roles)
                if i not in used
                and keys.get(g_person, {match_key(g_person)}) & person.keys()
                and fold(g_role).strip() == fold(role).strip()
                and _org_matches(g_org, org, keys)
            ),
            None,
        )
        if hit is None:
            score.fp += 1
        else:
            used.add(hit)
            score.tp += 1
    score.fn += len(article.roles) - len(used)


def _org_matches(
    gold_org: str | None, org: PredictedEntity | None, keys: dict[str, set[str]]
) -> bool:
    if gold_org is None or org is None:
        return gold_org is None and org is None
    return bool(keys.get(gold_org, {match_key(gold_org)}) & org.keys())

