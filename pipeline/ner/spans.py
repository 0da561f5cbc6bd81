"""What the entity components hand each other: span-group keys, source priorities, the name-token test.

Components share no data files and no classes; they pass candidates through `doc.spans` (keys
below) and the source of each entity through `doc._.veille_priority` (gazetteer > rule > model
> weak guess), read by `veille_merge`, `veille_context`, `veille_acronyms` and `veille_consistency`.
"""
from __future__ import annotations

from spacy.tokens import Doc

GAZETTEER_KEY = "veille_gazetteer"  # known names (canonical name in `Span.kb_id_`)
RULES_KEY = "veille_rules"  # shape-rule phrases
WEAK_KEY = "veille_weak"  # single-token shape guesses ("C3MT")
GAZETTEER, RULE, MODEL, WEAK = 3, 2, 1, 0

Priority = dict[tuple[int, int], int]  # (start, end) of an entity -> the priority of its source

if not Doc.has_extension("veille_priority"):
    Doc.set_extension("veille_priority", default=None)


def is_name_token(text: str) -> bool:
    """A capitalised word, an acronym or a word with internal capitals ("iD4CAR")."""
    return text[:1].isupper() or (text.isalnum() and any(ch.isupper() for ch in text))


# capitalised heads of venues named by a common noun (folded norms): "au Musée des civilisations noires"
DESCRIBED_VENUE_HEADS = frozenset({"musee", "cite", "maison", "complexe"})


def opens_described_venue(doc: Doc, head: int) -> bool:
    """A capitalised venue noun right after "au" or "à la" ("au Musée des civilisations noires",
    "à la Cité du design"): with its common-noun complement, a venue's whole name. Shared by the
    shape rule that proposes it and the junk filter that would drop it as a generic phrase."""
    norms = [t.norm_ for t in doc[max(0, head - 2):head + 1]]
    return doc[head].norm_ in DESCRIBED_VENUE_HEADS and doc[head].text[:1].isupper() and (
        norms[-2:-1] in (["au"], ["a"]) or (len(norms) == 3 and norms[0] == "a" and norms[1] in ("la", "l'")))


_HYPHENS = frozenset({"-", "‐", "‑"})


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Token i is a hyphen with no space on either side ("Agri-Tech", not "Rabat - Publié")."""
    return 0 < i < len(doc) - 1 and doc[i].text in _HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def compound_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span grown to whole hyphenated words. Why here: the tokenizer splits "Agri-Tech" into
    three tokens and each scanner's name run stopped at the hyphen ("Kairouan Agri"); one rule,
    applied wherever a span is decided, keeps a glued compound whole. A compound grows over a
    name word ("Oléo-Sud", "Rennes-Angers") or a lower-case link followed by one ("Aix-en-Provence");
    never over a number ("COVID-19") or a lower-case tail ("franco-marocain" stays outside a name)."""
    while end + 1 < len(doc) and _glued_hyphen(doc, end):
        nxt = end + 1
        if is_name_token(doc[nxt].text) and doc[nxt].is_alpha:
            end = nxt + 1
        elif doc[nxt].is_lower and _glued_hyphen(doc, nxt + 1) and nxt + 2 < len(doc) and is_name_token(doc[nxt + 2].text):
            end = nxt + 3
        else:
            break
    first = start
    while start >= 2 and _glued_hyphen(doc, start - 1) and is_name_token(doc[start - 2].text) and doc[start - 2].is_alpha:
        start -= 2
    before = doc[start - 1] if start > 0 else None
    if start < first and before is not None and not before.whitespace_ and before.text[-1:] in ("'", "’") and (
        len(before.text) > 3 and before.text[:1].isupper()
    ):
        start -= 1  # "Info’Com-CGT": a word elided onto the compound belongs to it ("L’" does not)
    last = doc[end - 1]
    if end < len(doc) and not last.whitespace_ and last.text[-1:] in ("'", "’") and len(last.text) > 3 \
            and last.text[:1].isupper() and doc[end].is_alpha:
        end += 1  # "Inno'vin", "Cap'tronic": a capitalised word elided onto a lower-case tail is one name
    return start, end
