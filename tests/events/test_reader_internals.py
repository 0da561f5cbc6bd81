"""The event reader's speed shortcuts give what the slow forms gave (`bench/events_reader.py`)."""
from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from pipeline.events.amounts import AmountFinder
from pipeline.events.text import _last_word, sentences
from pipeline.text import fold_keep_offsets

ROOT = Path(__file__).resolve().parents[2]
ALPHABET = "ab é_1²\n.,;-'ÀÇ\t"


def test_last_word_is_the_regex_word() -> None:
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 12)))
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        word = re.search(r"(\w+)$", text[start:end])
        assert _last_word(text, start, end) == (word.group(1) if word else "")


def test_sentences_are_a_copy_of_the_cached_split() -> None:
    text = "Le pôle X a levé 3 M€. M. Dupont est nommé. Elle ouvre le 6 nov. 2029 un site.\nFin"
    first = sentences(text)
    first.clear()
    assert [s.text for s in sentences(text)] == ["Le pôle X a levé 3 M€.", "M. Dupont est nommé.",
                                                 "Elle ouvre le 6 nov. 2029 un site.", "Fin"]


def test_no_currency_word_no_amount() -> None:
    finder = AmountFinder(ROOT / "models" / "events" / "amounts.yaml")
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "demo" / "corpus").glob("*.md"))]
    texts += ["Une levée de trois millions d'euros.", "un prêt de 1,5 milliard de FCFA", "2 M€ et 300 k€", "12 salariés"]
    found = 0
    for text in texts:
        folded = fold_keep_offsets(text)
        for sentence in sentences(text):
            amounts = finder.find(sentence.text)
            found += len(amounts)
            if amounts:
                assert finder.may_hold(folded, sentence.start, sentence.end)
            if not finder.may_hold(folded, sentence.start, sentence.end):
                assert not amounts
    assert found > 5
    assert not finder.may_hold("douze salariés")


def test_org_only_slot_literals_give_the_slots_answer() -> None:
    """`_in_org_only_slot` skips a slot's search when its window lacks a literal of the slot: the
    same answer as searching every slot, at every position of the demo corpus and of phrases that
    fill each slot."""
    from pipeline.events.reader import _ORG_ONLY_SLOTS, _in_org_only_slot

    texts = [fold_keep_offsets(p.read_text(encoding="utf-8")).lower() for p in sorted((ROOT / "demo" / "corpus").glob("*.md"))]
    texts += ["une participation de 3,5 mdt au capital de #", "avec 400 000 euros, bpifrance soutient le developpement de #",
              "un centre a ete ouvert le 2 avril par #", "un pret de 45 millions d'euros en faveur de #",
              "le label french tech a ete attribue a #", "un pret de 800 000 euros a ete accorde a #",
              "le fonds investit dans la start-up #", "les 3 m€ leves par #", "c'est ce que vient de lever #",
              "x a rejoint #", "c'est la somme qu'#", "entree au capital de #"]
    hits = 0
    for text in texts:
        for position in range(len(text) + 1):
            slow = any(slot.search(text[max(0, position - window):position]) for slot, window in _ORG_ONLY_SLOTS)
            assert _in_org_only_slot(text, position) is slow, (text[max(0, position - 90):position], slow)
            hits += slow
    assert hits >= 12


def test_literal_guards_hold_wherever_their_pattern_matches() -> None:
    """`ArticleReader._referents` tries some patterns only when a literal they need is in the
    sentence: wherever the pattern matches, its guard holds (so skipping it changes nothing)."""
    from pipeline.events import reader

    guards: list[tuple[re.Pattern[str], Callable[[str], bool]]] = [
        (reader._CLAUSE_HEAD, lambda s: ";" in s or ":" in s or reader._AND_PRONOUN.search(s) is not None
         or ("que" in s and "nous" in s)),
        (reader._WE, lambda s: "nous" in s),
        (reader._FIRST_PERSON, lambda s: reader._FIRST_PERSON_LETTERS.search(s) is not None),
        (reader._CLAUSE_START, lambda s: "qu" in s or ";" in s or ":" in s or "!" in s or "?" in s or "dont" in s
         or reader._AND_PRONOUN.search(s) is not None),
        (reader._BETWEEN_BOTH, lambda s: "entre les deux " in s),
        (reader._BOTH_NAMED, lambda s: "deux " in s),
    ]
    texts = [fold_keep_offsets(p.read_text(encoding="utf-8")).lower() for p in sorted((ROOT / "demo" / "corpus").glob("*.md"))]
    texts += ["x a signe ; et\telle a dit", "le president : nous avons", "et il a", "« nous avons signe", "et   elle",
              "signee entre les deux organismes", "finance par les deux clusters", "aux deux partenaires",
              "c'est le grand jour ! 🎈 x inaugure", "le forum, que nous organisons", "quelle semaine ? 🚀 nous"]
    rng = random.Random(5)
    words = ["et", "elle", "il", "nous", ";", ":", " ", "\t", "entre", "les", "deux", "organismes", "avons", "«", ",",
             "que", "qu'", "dont", "quand", "je", "j'", "projet", "j", "!", "?", "🎈", "organisons"]
    texts += ["".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    matched = 0
    for text in texts:
        for start in range(0, len(text), max(1, len(text) // 40)):
            tail = text[start:]
            for pattern, guard in guards:
                if pattern.search(tail) is not None:
                    matched += 1
                    assert guard(tail), (pattern.pattern, tail[:80])
    assert matched > 100


def test_role_word_is_the_first_role_searched_word_by_word() -> None:
    """`rules.role_word` skips the roles its text lacks: the first role named, as searching every one finds it."""
    from types import SimpleNamespace

    from pipeline.events.lexicon import load_lexicon
    from pipeline.events.rules import role_word

    lexicon = load_lexicon(ROOT / "models")
    ctx = SimpleNamespace(reader=SimpleNamespace(lexicon=lexicon))
    texts = [fold_keep_offsets(p.read_text(encoding="utf-8")).lower() for p in sorted((ROOT / "demo" / "corpus").glob("*.md"))]
    texts += ["le president du cluster x", "sa directrice generale, y, annonce", "presidente", "vice-president"]
    found = 0
    for text in texts:
        for start in range(0, len(text), max(1, len(text) // 30)):
            tail = text[start:]
            best = None
            for word in (*lexicon.role_words, *lexicon.role_nouns):
                match = re.search(rf"\b{re.escape(word)}\b", tail)
                if match and (best is None or match.start() < best[0] or (match.start() == best[0] and len(word) > len(best[1]))):
                    best = (match.start(), word)
            assert role_word(ctx, tail) == best  # type: ignore[arg-type]
            found += best is not None
    assert found > 20
