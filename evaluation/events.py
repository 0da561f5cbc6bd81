"""Scores the event extractor against the event gold (`evaluation/gold/events/`).

An event counts as found when type, participants (each gold name in its role, nothing more),
date and amount (currency equal, value within 1 %) all agree: the row an analyst would read.
Participant names match the canonical name of the predicted entity or any surface it has in the
article (after `match_key`), so "la CCI" may still be "CCI Aix-Marseille-Provence" if resolution
knew it. A generic head that writers put before a park's or a cluster's name or leave out ("la
technopole Nice Méridia", "Nice Méridia"; "le pôle Axelera", "Axelera") is left out on both sides
(`name_key`): the analyst reads one participant either way. Precision and recall per type and
overall.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pipeline.events import EventMention, Lexicon, find_events
from pipeline.events.records import EventType
from pipeline.records import AnnotatedArticle, Article, EntityMention, Resolution, article_id_for
from pipeline.resolve.names import match_key
from pipeline.yamlfile import read_yaml

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "events"
SEALED_FILE = GOLD_DIR / "sealed.txt"

# Words a park's or a cluster's name may be written with or without (after `match_key`).
GENERIC_HEADS = frozenset({"pole", "technopole", "technoparc", "technopark", "agropole", "cluster", "parc",
                           "incubateur", "accelerateur", "zone", "cite", "campus", "hotel"})


def name_key(name: str) -> str:
    """`match_key` without a leading generic head: "la technopole Nice Méridia" -> "nice meridia";
    a zone or an industrial park is its place: "Zone industrielle de Yopougon" -> "yopougon"."""
    key = match_key(name)
    head, _, rest = key.partition(" ")
    if head in GENERIC_HEADS and rest:
        key = _ZONE_OF.sub("", rest) if head in ("zone", "parc") else rest
    return key


# what follows "zone" or "parc" before the place that names it (keys are folded, "d'" is "d ")
_ZONE_OF = re.compile(r"^(?:industrielle|industriel|franche|logistique|d activites?|d activites? economiques?|economique speciale|"
                      r"d acceleration industrielle)\s+"
                      r"(?:de la |de l |du |des |de |d )(?=\S)")


# a venue's town after its name: « au palais Euskalduna de Bilbao » names the palais Euskalduna
_TOWN_AFTER = re.compile(r"(?:de la|de l|du|de|d) \S+(?: \S+){0,2}")


def same_name(gold_key: str, keys: frozenset[str], role: str) -> bool:
    """The scorer's name match: the same key, or, for a gathering's or a site's `host`, the venue
    written with or without its town (« Palais Euskalduna » and « Palais Euskalduna de Bilbao »:
    annotators write both, README *Conventions*)."""
    if gold_key in keys:
        return True
    return role == "host" and any(_same_venue(gold_key, key) for key in keys)


def _same_venue(one: str, other: str) -> bool:
    shorter, longer = sorted((one, other), key=len)
    return (bool(shorter) and longer.startswith(shorter + " ")
            and _TOWN_AFTER.fullmatch(longer[len(shorter) + 1:]) is not None)


def _natural(stem: str) -> tuple[str, int]:
    """"unseen2" before "unseen10"."""
    head = stem.rstrip("0123456789")
    return head, int(stem[len(head):] or 0)


def sealed_splits(gold_dir: Path = GOLD_DIR) -> frozenset[str]:
    """Held-out sets frozen and not yet scored (`sealed.txt`, one name a line, `#` comments): left
    out of `all` and of the default `veille eval --events` run, so that nobody sees their score by
    running the usual command; `veille eval --events --split NAME` takes the first look."""
    path = gold_dir / SEALED_FILE.name
    if not path.exists():
        return frozenset()
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    # a name written as its file ("unseen292.yaml") seals the set too: a sealed set left in the
    # default run would show its score to whoever runs it
    return frozenset(line.removesuffix(".yaml") for line in lines if line)


def event_splits(gold_dir: Path = GOLD_DIR) -> dict[str, tuple[str, ...]]:
    """Every gold file is a split named by its stem (dev sets first, then the held-out ones, in
    natural order); `all` is every split but the sealed ones."""
    stems = sorted((p.stem for p in gold_dir.glob("*.yaml")),
                   key=lambda s: (not s.startswith("dev"), _natural(s)))
    sealed = sealed_splits(gold_dir)
    splits: dict[str, tuple[str, ...]] = {stem: (f"{stem}.yaml",) for stem in stems}
    splits["all"] = tuple(f"{stem}.yaml" for stem in stems if stem not in sealed)
    return splits


def default_splits(gold_dir: Path = GOLD_DIR) -> list[str]:
    """What `veille eval --events` scores, one report each: every split but `all` and the sealed."""
    sealed = sealed_splits(gold_dir)
    return [name for name in event_splits(gold_dir) if name != "all" and name not in sealed]


EVENT_SPLITS = event_splits()


@dataclass(frozen=True, slots=True)
class GoldEvent:
    type: str
    date: str | None
    amount: float | None
    currency: str | None
    participants: tuple[tuple[str, str], ...]   # (match key of the name, role)


@dataclass(frozen=True, slots=True)
class GoldEventArticle:
    id: str
    published: str
    source: str
    title: str
    text: str
    events: tuple[GoldEvent, ...]

    def as_article(self) -> Article:
        return Article(url=f"gold://{self.id}", source=self.source, title=self.title, text=self.text,
                       published_at=datetime.fromisoformat(self.published), language="fr")


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    type: str
    date: str | None
    amount: float | None
    currency: str | None
    participants: tuple[tuple[frozenset[str], str], ...]  # (name keys, role)
    evidence: str


@dataclass(slots=True)
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 3), "recall": round(self.recall, 3)}


# Looser matchings, reported beside the score (never instead of it) to say where its misses come
# from without listing them, so they can be shown for a held-out set too: `no_participants` (type,
# date and amount right, whoever the participants), `type_only` (an event of that type in the article).
RELAXED_LEVELS = ("no_participants", "type_only")
PARTICIPANT_ERRORS = ("missing", "other_span", "wrong_role", "extra")
# Why a gold event was missed, counted without listing it (so also for a held-out set): no
# predicted event of its type in the article, one of its type with another date or amount, or one
# right but for its participants
MISS_CAUSES = ("no_event_of_type", "date_or_amount", "participants")
# How the entity layer named a gold participant the events left out (`missing`): the type it gave
# the name somewhere in the article, or `not_named` (the name never came out of the NER stage)
NAMED_AS = ("ORG", "PER", "LOC", "MISC", "not_named")
# Per event type, the same causes finer (a miss's nearest event of its type with another `date`, or
# the same date and another `amount`), and why a predicted event matched nothing: the article has
# no gold event of its type (`no_gold_of_type`: a non-event read as one, or another type), or one of
# its type with another date or amount (`date_or_amount`), or right but for its participants
TYPE_MISS_CAUSES = ("no_event_of_type", "date", "amount", "participants")
SPURIOUS_CAUSES = ("no_gold_of_type", "date_or_amount", "participants")


@dataclass(slots=True)
class EventReport:
    by_type: dict[str, TypeScore] = field(default_factory=lambda: {t.value: TypeScore() for t in EventType})
    missed: list[tuple[str, GoldEvent]] = field(default_factory=list)
    spurious: list[tuple[str, PredictedEvent]] = field(default_factory=list)
    relaxed: dict[str, TypeScore] = field(default_factory=lambda: {level: TypeScore() for level in RELAXED_LEVELS})
    # Of the events right but for their participants: gold participants not named at all
    # (`missing`), named by a span that shares a word with the gold name but is not one of its
    # forms (`other_span`: "Centre de Montpellier" for "Business & Innovation Centre de
    # Montpellier"), named with another role (`wrong_role`), and predicted ones left (`extra`).
    participant_errors: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PARTICIPANT_ERRORS, 0))
    miss_causes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MISS_CAUSES, 0))
    missing_named_as: dict[str, int] = field(default_factory=lambda: dict.fromkeys(NAMED_AS, 0))
    miss_causes_by_type: dict[str, dict[str, int]] = field(
        default_factory=lambda: {t.value: dict.fromkeys(TYPE_MISS_CAUSES, 0) for t in EventType})
    spurious_causes_by_type: dict[str, dict[str, int]] = field(
        default_factory=lambda: {t.value: dict.fromkeys(SPURIOUS_CAUSES, 0) for t in EventType})
    # `participant_errors` under "type/role" ("opening/host"): which role of which type is missed or extra
    participant_errors_by_role: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def overall(self) -> TypeScore:
        total = TypeScore()
        for score in self.by_type.values():
            total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        return total

    def as_dict(self) -> dict[str, Any]:
        return {"overall": self.overall.as_dict(), "by_type": {t: s.as_dict() for t, s in self.by_type.items()},
                "relaxed": {level: s.as_dict() for level, s in self.relaxed.items()},
                "participant_errors": dict(self.participant_errors), "miss_causes": dict(self.miss_causes),
                "missing_named_as": dict(self.missing_named_as),
                "miss_causes_by_type": {t: dict(c) for t, c in self.miss_causes_by_type.items()},
                "spurious_causes_by_type": {t: dict(c) for t, c in self.spurious_causes_by_type.items()},
                "participant_errors_by_role": {r: dict(c) for r, c in sorted(self.participant_errors_by_role.items())}}


def load_event_gold(split: str = "all", gold_dir: Path = GOLD_DIR) -> list[GoldEventArticle]:
    """The gold articles of a split (`dev`, `heldout`, `all`)."""
    if split != "all" and Path(split).name == split and (gold_dir / f"{split}.yaml").is_file():
        names: tuple[str, ...] = (f"{split}.yaml",)  # one set: no listing of the hundreds of files
    else:
        splits = event_splits(gold_dir)
        if split not in splits:
            raise ValueError(f"split must be one of {', '.join(splits)}, not {split!r}")
        names = splits[split]
    articles = []
    for name in names:
        data = read_yaml(gold_dir / name)
        for row in data["articles"]:
            events = tuple(
                GoldEvent(e["type"], str(e["date"]) if e.get("date") else None,
                          float(e["amount"]) if e.get("amount") is not None else None, e.get("currency"),
                          tuple(sorted(_participant(p, name, row["id"]) for p in e["participants"])))
                for e in row["events"]
            )
            articles.append(GoldEventArticle(row["id"], str(row["published"]), row["source"], row["title"],
                                             row["text"], events))
    return articles


def _participant(entry: dict[str, Any], split_file: str, article_id: str) -> tuple[str, str]:
    """(match key, role) of a gold participant; a mapping with other keys is refused, because an
    unquoted comma in a YAML flow mapping (`{name: Ministère de X, des Y, role: partner}`) silently
    cuts the name at the comma."""
    if set(entry) != {"name", "role"}:
        raise ValueError(f"{split_file}, {article_id}: participant {entry!r} must have exactly `name` and "
                         "`role` (quote a name that holds a comma)")
    return name_key(entry["name"]), entry["role"]


def predicted_events(annotated: Sequence[tuple[str, AnnotatedArticle]], resolution: Resolution,
                     lexicon: Lexicon) -> dict[str, list[PredictedEvent]]:
    """Events per article id, participants named by their resolved entity and its surfaces here."""
    keys_of = mention_keys(resolution)
    out: dict[str, list[PredictedEvent]] = {}
    for article_id, ann in annotated:
        out[article_id] = [as_predicted(article_id, event, keys_of) for event in find_events(ann, lexicon)]
    return out


def mention_keys(resolution: Resolution) -> Callable[[str, EntityMention], frozenset[str]]:
    """(article id, mention) -> the names it may be scored as: its surface, and the canonical name
    and every surface here of the entity it was resolved to."""
    names = {e.entity_id: e.name for e in resolution.entities}
    entity_at = {(m.article_id, m.start_char, m.end_char): m.entity_id for m in resolution.mentions}
    surfaces: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in resolution.mentions:
        surfaces[(m.article_id, m.entity_id)].add(name_key(m.surface))

    def keys_of(article_id: str, mention: EntityMention) -> frozenset[str]:
        entity = entity_at.get((article_id, mention.start_char, mention.end_char))
        keys = {name_key(mention.surface)}
        if entity is not None:
            keys |= surfaces[(article_id, entity)] | {name_key(names.get(entity, ""))}
        return frozenset(keys - {""})
    return keys_of


def as_predicted(article_id: str, event: EventMention,
                 keys_of: Callable[[str, EntityMention], frozenset[str]]) -> PredictedEvent:
    return _predicted(event, [(keys_of(article_id, p.mention), p.role.value) for p in event.participants])


def _predicted(event: EventMention, participants: list[tuple[frozenset[str], str]]) -> PredictedEvent:
    amount = event.amount
    return PredictedEvent(event.type.value, event.date, amount.value if amount else None,
                          amount.currency if amount else None, tuple(participants), event.evidence)


def score_events(gold: Iterable[GoldEventArticle], predicted: dict[str, list[PredictedEvent]],
                 names: dict[str, dict[str, frozenset[str]]] | None = None) -> EventReport:
    """The strict score and its diagnostics; `names` (article id -> name key -> the types the
    entity layer gave that name there) says how a participant the events left out was named."""
    report = EventReport()
    for article in gold:
        remaining = list(predicted.get(article_id_for(f"gold://{article.id}"), []))
        for event in article.events:
            match = next((p for p in remaining if _matches(event, p)), None)
            if match is None:
                report.by_type[event.type].fn += 1
                report.missed.append((article.id, event))
            else:
                report.by_type[event.type].tp += 1
                remaining.remove(match)
        for p in remaining:
            report.by_type[p.type].fp += 1
            report.spurious.append((article.id, p))
        for level, matches in (("no_participants", _same_event), ("type_only", _same_type)):
            _count(report.relaxed[level], article.events, predicted.get(article_id_for(f"gold://{article.id}"), []), matches)
        missed = [event for a, event in report.missed if a == article.id]
        spurious = [p for a, p in report.spurious if a == article.id]
        named = (names or {}).get(article_id_for(f"gold://{article.id}"), {})
        _count_spurious_causes(report, article.events, spurious)
        for event in missed:
            near = next((p for p in spurious if _same_event(event, p)), None)
            by_type = report.miss_causes_by_type[event.type]
            if near is None:
                of_type = [p for a, p in report.spurious if a == article.id and p.type == event.type]
                report.miss_causes["date_or_amount" if of_type else "no_event_of_type"] += 1
                # per type, a prediction another missed event already took up counts as none
                left = [p for p in spurious if p.type == event.type]
                by_type["no_event_of_type" if not left else
                        "amount" if any(p.date == event.date for p in left) else "date"] += 1
                continue
            spurious.remove(near)
            report.miss_causes["participants"] += 1
            by_type["participants"] += 1
            for key in _count_participant_errors(report.participant_errors, event, near, report.participant_errors_by_role):
                report.missing_named_as[_named_as(named.get(key, frozenset()))] += 1
    return report


def _count_spurious_causes(report: EventReport, gold: Sequence[GoldEvent], spurious: Sequence[PredictedEvent]) -> None:
    """Why each of an article's spurious events matched nothing (`SPURIOUS_CAUSES`), per type."""
    for p in spurious:
        of_type = [g for g in gold if g.type == p.type]
        cause = ("no_gold_of_type" if not of_type else
                 "participants" if any(_same_event(g, p) for g in of_type) else "date_or_amount")
        report.spurious_causes_by_type[p.type][cause] += 1


def _named_as(labels: frozenset[str]) -> str:
    """One of `NAMED_AS` for the types a name got in its article (ORG first, the events' subject)."""
    if not labels:
        return "not_named"
    return "ORG" if "ORG" in labels else sorted(labels)[0]


def _count_participant_errors(counts: dict[str, int], gold: GoldEvent, predicted: PredictedEvent,
                              by_role: dict[str, dict[str, int]] | None = None) -> list[str]:
    """Counts the participant errors of an event right but for its participants (and, in
    `by_role`, under "type/role" of the gold participant, or of the predicted one for `extra`);
    returns the name keys of the gold participants not named at all."""
    missing: list[str] = []
    unmatched = list(dict.fromkeys(predicted.participants))
    wrong_role = []

    def count(error: str, role: str) -> None:
        counts[error] += 1
        if by_role is not None:
            by_role.setdefault(f"{gold.type}/{role}", dict.fromkeys(PARTICIPANT_ERRORS, 0))[error] += 1

    for key, role in gold.participants:
        exact = next((p for p in unmatched if p[1] == role and same_name(key, p[0], role)), None)
        if exact is not None:
            unmatched.remove(exact)
        else:
            wrong_role.append((key, role))
    for key, role in wrong_role:
        named = next((p for p in unmatched if key in p[0]), None)
        words = {w for w in key.split() if len(w) > 2}
        overlapping = next((p for p in unmatched if any(words & set(k.split()) for k in p[0])), None)
        if named is not None:
            count("wrong_role", role)
            unmatched.remove(named)
        elif overlapping is not None:
            count("other_span", role)
            unmatched.remove(overlapping)
        else:
            count("missing", role)
            missing.append(key)
    for _, role in unmatched:
        count("extra", role)
    return missing


def _count(score: TypeScore, gold: Sequence[GoldEvent], predicted: Sequence[PredictedEvent],
           matches: Callable[[GoldEvent, PredictedEvent], bool]) -> None:
    """One article's events matched one to one by `matches`, in order, counted into `score`."""
    remaining = list(predicted)
    for event in gold:
        match = next((p for p in remaining if matches(event, p)), None)
        if match is None:
            score.fn += 1
        else:
            score.tp += 1
            remaining.remove(match)
    score.fp += len(remaining)


def _same_type(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    return gold.type == predicted.type


def _same_event(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    """Type, date and amount as the score wants them, the participants aside."""
    if gold.type != predicted.type or gold.date != predicted.date:
        return False
    if (gold.amount is None) != (predicted.amount is None) or gold.currency != predicted.currency:
        return False
    return gold.amount is None or abs(gold.amount - (predicted.amount or 0.0)) <= 0.01 * gold.amount


def _matches(gold: GoldEvent, predicted: PredictedEvent) -> bool:
    if not _same_event(gold, predicted):
        return False
    unmatched = list(dict.fromkeys(predicted.participants))  # one entity named twice ("BAD") is one, as in the warehouse
    if len(unmatched) != len(gold.participants):
        return False
    for key, role in gold.participants:
        found = next((p for p in unmatched if p[1] == role and same_name(key, p[0], role)), None)
        if found is None:
            return False
        unmatched.remove(found)
    return not unmatched


def evaluate_events(analyzer, lexicon: Lexicon, split: str = "all") -> EventReport:  # type: ignore[no-untyped-def]
    """Annotate and resolve the gold articles as a run would, extract events, score them."""
    return evaluate_event_splits(analyzer, lexicon, [split])[split]


# Articles annotated per `analyzer.annotate` call when scoring many splits: enough to keep the NLP
# workers busy (one pool, not one per split), few enough that the annotations held meanwhile stay small.
ARTICLES_PER_PASS = 400


# (split, its gold articles, their (article id, annotation)): what `annotated_splits` yields
AnnotatedSplit = tuple[str, list[GoldEventArticle], list[tuple[str, AnnotatedArticle]]]


def evaluate_event_splits(analyzer, lexicon: Lexicon, splits: Sequence[str]) -> dict[str, EventReport]:  # type: ignore[no-untyped-def]
    """Each split scored on its own (its own resolution, as `evaluate_events`), their articles
    annotated in a few large passes (`annotated_splits`)."""
    return evaluate_annotated_splits(annotated_splits(analyzer, splits), lexicon)


def evaluate_annotated_splits(annotated: Iterable[AnnotatedSplit], lexicon: Lexicon) -> dict[str, EventReport]:
    """Each split already annotated scored on its own: who annotated the gold once for several uses
    (the test suite's floors and the slot model's rebuild) scores it without a second NLP pass."""
    return {split: _score_annotated(gold, articles, lexicon) for split, gold, articles in annotated}


def annotated_splits(analyzer, splits: Sequence[str]) -> Iterator[AnnotatedSplit]:  # type: ignore[no-untyped-def]
    """(split, its gold articles, their (article id, annotation)) for each split in order, the
    articles of consecutive splits annotated together: hundreds of small splits cost a few NLP
    passes, not hundreds (one worker pool each)."""
    pending: list[tuple[str, list[GoldEventArticle]]] = []
    for index, split in enumerate(splits):
        pending.append((split, load_event_gold(split)))
        if index + 1 < len(splits) and sum(len(gold) for _, gold in pending) < ARTICLES_PER_PASS:
            continue
        articles = [g.as_article() for _, gold in pending for g in gold]
        annotated = iter(zip((article_id_for(a.url) for a in articles), analyzer.annotate(articles)))
        for name, gold in pending:
            yield name, gold, [next(annotated) for _ in gold]
        pending = []


def _score_annotated(gold: Sequence[GoldEventArticle], annotated: list[tuple[str, AnnotatedArticle]],
                     lexicon: Lexicon) -> EventReport:
    """Resolve one split's annotated articles among themselves, extract their events, score them."""
    from pipeline.resolve.corpus import resolve

    resolution = resolve(annotated, [], [])
    keys_of = mention_keys(resolution)
    names: dict[str, dict[str, frozenset[str]]] = {}
    for article_id, ann in annotated:
        found: dict[str, set[str]] = defaultdict(set)
        for mention in ann.mentions:
            for key in keys_of(article_id, mention):
                found[key].add(mention.label)
        names[article_id] = {key: frozenset(labels) for key, labels in found.items()}
    return score_events(list(gold), predicted_events(annotated, resolution, lexicon), names)


def run_event_evaluation(settings, splits: Sequence[str] | None = None) -> dict[str, EventReport]:  # type: ignore[no-untyped-def]
    """`veille eval --events`: the NLP stage loaded once, each split scored (default: every split
    but the sealed ones)."""
    from pipeline.events import load_lexicon
    from pipeline.nlp import Analyzer

    analyzer = Analyzer(settings)
    lexicon = load_lexicon(settings.models_dir)
    if settings.events_slot_model:
        from pipeline.events.slots import with_slot_model

        lexicon = with_slot_model(lexicon, settings.models_dir)
    return evaluate_event_splits(analyzer, lexicon, list(splits or default_splits()))
