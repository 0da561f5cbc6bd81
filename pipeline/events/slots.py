"""A learned participant (slot) model: who takes which role in an event the rules found.

Why: the hand-written rules find the event (its type, date and amount) far better than they name
its participants on text they were not tuned on. This model re-reads each event's sentence: every
organisation or person named there is a candidate, described by simple features (the rules' own
role for it, its place beside the cue and the amount, the words around it, its label, whether it
is the article's main organisation), and a linear classifier (multinomial logistic regression,
trained by `veille train-events` on the dev gold only) gives it a role or none.

The rules stay: they find the events, their role is the strongest feature, participants they found
outside the sentence are kept as they are, and an event the model would leave with nobody keeps
the rules' participants. The model is data (`models/events/slots.json`: vocabulary, weights),
loaded once with the lexicon when `VEILLE_EVENTS_SLOT_MODEL` is on.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.records import AnnotatedArticle, EntityMention, EventMention, Participant, Role

if TYPE_CHECKING:
    from pipeline.events.lexicon import Lexicon

NONE = "none"
SLOTS_FILE = "slots.json"
_TOKEN = re.compile(r"[a-z0-9]+'?|#+|[,;:()«»\"]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One (event, name) pair of an article: the event's index, the name, the rules' role for it
    (None: the rules did not name it), and its features."""

    event: int
    mention: EntityMention
    rule_role: str | None
    features: tuple[str, ...]


def _tokens(text: str) -> list[str]:
    return ["#" if t.startswith("#") else t for t in _TOKEN.findall(text)]


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6+"


def candidates(annotated: AnnotatedArticle, lexicon: Lexicon, events: list[EventMention]) -> list[Candidate]:
    """The names of each event's sentence (and the rules' participants there), with features."""
    from pipeline.events.reader import ArticleReader

    reader = ArticleReader(lexicon, annotated)
    text_len = len(annotated.article.text)
    orgs = [m for m in reader.mentions if m.label == "ORG" or reader.is_org(m)]
    counts: dict[str, int] = {}
    for m in orgs:
        counts[m.surface] = counts.get(m.surface, 0) + 1
    main = max(counts, key=lambda s: (counts[s], -min(m.start_char for m in orgs if m.surface == s))) if counts else None
    title = annotated.article.title or ""
    out: list[Candidate] = []
    for index, event in enumerate(events):
        start, end = event.start_char, min(event.end_char, text_len)
        masked = reader.masked[start:end]
        kind = event.type.value
        rule_roles = {(p.mention.start_char, p.mention.end_char): p.role.value for p in event.participants}
        inside = [m for m in reader.mentions if start <= m.start_char < end
                  and (m.label in ("ORG", "PER") or reader.is_org(m) or (m.start_char, m.end_char) in rule_roles)]
        known = {(m.start_char, m.end_char) for m in inside}
        inside += [p.mention for p in event.participants
                   if start <= p.mention.start_char < end and (p.mention.start_char, p.mention.end_char) not in known]
        inside.sort(key=lambda m: m.start_char)
        cue = _cue(lexicon, kind, masked)
        amount = event.amount if event.amount is not None and start <= event.amount.start_char < end else None
        for position, m in enumerate(inside):
            rule = rule_roles.get((m.start_char, m.end_char))
            f = [f"t={kind}", f"rule={rule or NONE}", f"t,rule={kind},{rule or NONE}",
                 f"lab={m.label}", f"t,lab={kind},{m.label}", f"t,idx={kind},{min(position, 3)}",
                 f"t,last={kind},{position == len(inside) - 1}", f"n={min(len(inside), 4)}"]
            if reader.is_org(m):
                f.append(f"t,orglike={kind}")
            if m.surface == main:
                f += ["main", f"t,main={kind}"]
            if m.surface and m.surface in title:
                f.append(f"t,title={kind}")
            if reader.focus is not None and m.surface == reader.focus.surface:
                f.append(f"t,focus={kind}")
            before = _tokens(masked[:max(m.start_char - start, 0)])[-3:]
            after = _tokens(masked[m.end_char - start:])[:2]
            p1 = before[-1] if before else "<s>"
            p2 = before[-2] if len(before) > 1 else "<s>"
            n1 = after[0] if after else "</s>"
            f += [f"p1={p1}", f"t,p1={kind},{p1}", f"p12={p2},{p1}", f"n1={n1}", f"t,n1={kind},{n1}",
                  f"t,rule,p1={kind},{rule or NONE},{p1}"]
            f += [f"pw={w}" for w in before] + [f"nw={w}" for w in after]
            if cue is None:
                f.append(f"t,nocue={kind}")
            else:
                name, c_start, c_end = cue
                rel_start, rel_end = m.start_char - start, m.end_char - start
                side = "before" if rel_end <= c_start else "after" if rel_start >= c_end else "in"
                gap = _tokens(masked[rel_end:c_start] if side == "before" else masked[c_end:rel_start] if side == "after" else "")
                f += [f"t,cue={kind},{side}", f"t,cuekey={kind},{name},{side}", f"t,gap={kind},{side},{_bucket(len(gap))}"]
                f += [f"t,bw={kind},{side},{w}" for w in gap[:6]]
            if amount is not None:
                side = "before" if m.end_char <= amount.start_char else "after"
                f.append(f"t,amt={kind},{side}")
            out.append(Candidate(index, m, rule, tuple(dict.fromkeys(f))))
    return out


def _cue(lexicon: Lexicon, kind: str, masked: str) -> tuple[str, int, int] | None:
    """The first cue of the event's type in the sentence: its key and span (sentence offsets)."""
    best: tuple[str, int, int] | None = None
    for name, pattern in lexicon.cues.get(kind, {}).items():
        found = pattern.search(masked)
        if found is not None and found.end() > found.start() and (best is None or found.start() < best[1]):
            best = (name, found.start(), found.end())
    return best


@dataclass(frozen=True, slots=True)
class SlotModel:
    """Multinomial logistic regression over (none, roles), its classes limited per event type."""

    classes: tuple[str, ...]
    allowed: dict[str, tuple[int, ...]]     # event type -> indices of the classes it may take
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]   # feature -> one weight per class
    # the rules' role (or none, for a name they left out) stands unless the model gives another
    # role at least this probability (0.0: the model's most probable role always)
    override: float = 0.0

    @classmethod
    def load(cls, path: Path) -> SlotModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        classes = tuple(data["classes"])
        return cls(classes=classes,
                   allowed={t: tuple(classes.index(c) for c in cs) for t, cs in data["allowed"].items()},
                   bias=tuple(data["bias"]),
                   weights={k: tuple(v) for k, v in data["weights"].items()},
                   override=float(data.get("override", 0.0)))

    def probabilities(self, kind: str, features: tuple[str, ...]) -> dict[str, float]:
        scores = list(self.bias)
        for name in features:
            row = self.weights.get(name)
            if row is not None:
                scores = [s + w for s, w in zip(scores, row)]
        allowed = self.allowed.get(kind, (self.classes.index(NONE),))
        top = max(scores[i] for i in allowed)
        exp = {self.classes[i]: math.exp(scores[i] - top) for i in allowed}
        total = sum(exp.values())
        return {c: v / total for c, v in exp.items()}

    def role(self, kind: str, features: tuple[str, ...], rule_role: str | None = None) -> str:
        """The most probable role (or none), unless it is not the rules' and not sure enough."""
        probabilities = self.probabilities(kind, features)
        best = max(probabilities, key=lambda c: (probabilities[c], c == NONE))
        rule = rule_role or NONE
        if best != rule and rule in probabilities and probabilities[best] < self.override:
            return rule
        return best

    def relabel(self, annotated: AnnotatedArticle, lexicon: Lexicon, events: list[EventMention]) -> list[EventMention]:
        """The rules' events, the participants named in their sentence given the model's roles."""
        found = candidates(annotated, lexicon, events)
        out = []
        for index, event in enumerate(events):
            mine = [c for c in found if c.event == index]
            spans = {(c.mention.start_char, c.mention.end_char) for c in mine}
            kept = [p for p in event.participants if (p.mention.start_char, p.mention.end_char) not in spans]
            chosen = [Participant(c.mention, Role(r)) for c in mine
                      if (r := self.role(event.type.value, c.features, c.rule_role)) != NONE]
            if not chosen and not kept:
                out.append(event)   # nobody left: the rules' participants stand
                continue
            seen: set[tuple[str, str]] = set()
            participants = []
            for p in chosen + kept:
                key = (p.mention.surface, p.role.value)
                if key not in seen:
                    seen.add(key)
                    participants.append(p)
            out.append(replace(event, participants=tuple(participants)))
        return out


def with_slot_model(lexicon: Lexicon, models_dir: Path) -> Lexicon:
    """The lexicon with the learned participant model (`models/events/slots.json`), when it exists."""
    return replace(lexicon, slots=load_slot_model(models_dir))


def load_slot_model(models_dir: Path) -> SlotModel | None:
    path = models_dir / "events" / SLOTS_FILE
    return SlotModel.load(path) if path.exists() else None


def model_json(classes: list[str], allowed: dict[str, list[str]], bias: list[float],
               weights: dict[str, list[float]], override: float = 0.0) -> str:
    """The model as the JSON `SlotModel.load` reads (sorted, rounded: rebuilt byte for byte)."""
    data: dict[str, Any] = {
        "about": "Participant roles of events, learned by `veille train-events` from evaluation/gold/events/dev*.yaml",
        "classes": classes,
        "override": override,
        "allowed": {k: sorted(v) for k, v in sorted(allowed.items())},
        "bias": [round(b, 4) for b in bias],
        "weights": {k: [round(w, 4) for w in v] for k, v in sorted(weights.items())
                    if any(round(w, 4) != 0 for w in v)},
    }
    return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n"
