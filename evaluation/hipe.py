"""HIPE-2022 TSV (NewsEye) for a strict-span NER check: documents, gold spans, P/R/F1.

Why here and not in the bench only: the suite holds the same non-regression floor (Veille's
entity layer never below the bare model on general French press) that `bench/quality.py` reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from evaluation.scoring import Score

NEWSEYE_TYPES = ("PER", "LOC", "ORG")  # HumanProd is not scored; our MISC neither
Span = tuple[int, int, str]


def newseye_documents(path: Path) -> Iterator[tuple[str, str, set[Span]]]:
    """(document id, text rebuilt from tokens, gold (start, end, type) spans) of a HIPE TSV file."""
    doc_id, rows = None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# hipe2022:document_id"):
            if doc_id is not None:
                yield doc_id, *_rebuild(rows)
            doc_id, rows = line.split("=", 1)[1].strip(), []
        elif line and not line.startswith("#") and not line.startswith("TOKEN\t"):
            columns = line.split("\t")
            rows.append((columns[0], columns[1], columns[-1]))
    if doc_id is not None:
        yield doc_id, *_rebuild(rows)


def _rebuild(rows: list[tuple[str, str, str]]) -> tuple[str, set[Span]]:
    """Text and spans. NewsEye marks many lost line breaks as NoSpaceAfter between two words
    ("des" + "impôts"): a space goes back between two alphanumerics, never after a "¬" hyphen."""
    parts, spans, offset, open_span = [], set(), 0, None
    for i, (token, tag, misc) in enumerate(rows):
        if open_span and not tag.startswith("I-"):
            spans |= _closed(open_span)
            open_span = None
        if tag.startswith("B-") or (tag.startswith("I-") and open_span is None):
            open_span = [offset, offset + len(token), tag[2:]]
        elif tag.startswith("I-") and open_span:
            open_span[1] = offset + len(token)
        following = rows[i + 1][0] if i + 1 < len(rows) else ""
        glued = "NoSpaceAfter" in misc and (
            token.endswith("¬") or not (token[-1:].isalnum() and following[:1].isalnum())
        )
        gap = "" if glued else " "
        parts.append(token + gap)
        offset += len(token) + len(gap)
    return "".join(parts), spans | _closed(open_span)


def _closed(span: list | None) -> set[Span]:
    return {tuple(span)} if span and span[2] in NEWSEYE_TYPES else set()


def strict_scores(pairs: Iterable[tuple[set, set]]) -> dict[str, Score]:
    """Exact (start, end, type) matches per type over (gold, predicted) span sets."""
    scores = {label: Score() for label in NEWSEYE_TYPES}
    for gold, predicted in pairs:
        predicted = {span for span in predicted if span[2] in NEWSEYE_TYPES}
        for label, score in scores.items():
            g = {s for s in gold if s[2] == label}
            p = {s for s in predicted if s[2] == label}
            score.tp += len(g & p)
            score.fp += len(p - g)
            score.fn += len(g - p)
    return scores


def micro(scores: dict[str, Score]) -> Score:
    """All types pooled."""
    return Score(
        sum(s.tp for s in scores.values()),
        sum(s.fp for s in scores.values()),
        sum(s.fn for s in scores.values()),
    )
