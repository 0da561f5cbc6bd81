"""The event reader on adversarial articles of growing size: does any shape grow faster than its text?

Usage: `.venv/bin/python bench/reader_worst_case.py [--sizes 2000,8000,32000] [--shapes amounts,blanks]`.

Why: the reader weighs every name of a sentence against every cue, amount and date in it, and its
patterns carry `\\s*…\\s*` runs; an article whose shape defeats the sentence splitter (a long list
run into one sentence, a run of blanks, a « never closed) once cost minutes and held an NLP worker.
For each shape and size this prints spaCy's time and the reader's (`find_events`, process CPU) and
the reader's growth from one size to the next against the text's: near the text's growth is linear;
its square is what sentence pieces (`pipeline.events.text.MAX_SENTENCE_CHARS`) are there to stop.
The texts are invented here (names "Alpha1"…); spaCy is loaded once (`Analyzer`).
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from pipeline.events import find_events, load_lexicon  # noqa: E402
from pipeline.nlp import Analyzer  # noqa: E402
from veille.settings import Settings  # noqa: E402

SENTENCES = ("Le pôle Alpha{i} a levé {i} M€ auprès de Bpifrance le {d} mars. ",
             "Claire Martin{i} a été nommée directrice générale du cluster Beta{i}. ",
             "Le salon Gamma{i} se tiendra du {d} au {e} mai au parc des expositions de Lyon. ",
             "Le technopark Delta{i} a signé une convention avec l'université Epsilon{i}. ")


def prose(chars: int) -> str:
    """Ordinary sentences, one after another (the linear baseline)."""
    out: list[str] = []
    length = 0
    while length < chars:
        i = len(out)
        out.append(SENTENCES[i % 4].format(i=i, d=1 + i % 27, e=2 + i % 27))
        length += len(out[-1])
    return "".join(out)


SHAPES: dict[str, Callable[[int], str]] = {
    "prose": prose,
    "prose-unpunctuated": lambda n: prose(n).replace(". ", " "),
    "quote-never-closed": lambda n: "« " + prose(n),
    "amounts": lambda n: "Financements : " + ", ".join(f"{i} M€ pour Société Alpha{i}" for i in range(n // 28)) + ".",
    "colon-list": lambda n: "Partenaires : " + " ; ".join(f"Alpha{i} : Beta{i}" for i in range(n // 18)) + ".",
    "names-and": lambda n: " et ".join(f"Cluster Alpha{i}" for i in range(n // 18)) + " ont signé un accord.",
    "dates": lambda n: "Le salon se tiendra " + ", ".join(f"le {1 + i % 28} mars" for i in range(n // 12)) + " à Lyon.",
    "parentheses": lambda n: "Le pôle Alpha (" + " (".join(f"Beta{i} Gamma" for i in range(n // 14)) + " a levé 2 M€.",
    "appointments": lambda n: " ".join(f"Jean Martin{i} a été nommé directeur de Société Alpha{i}," for i in range(n // 60)),
    "blanks": lambda n: "Le pôle Alpha a levé 2 M€" + " " * n + "auprès de Bpifrance.",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,8000,32000", help="text lengths in characters, comma-separated")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated, of: " + ", ".join(SHAPES))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    analyzer, lexicon = Analyzer(Settings()), load_lexicon(ROOT / "models")
    published = date(2028, 5, 10)
    print(f"{'shape':20s} {'chars':>7s} {'spaCy s':>8s} {'reader s':>9s} {'reader growth / text growth':>28s}")
    for name in args.shapes.split(","):
        previous: tuple[int, float] | None = None
        for size in sizes:
            text = SHAPES[name](size)[:size]  # (at most the size asked: spaCy refuses texts above VEILLE_MAX_TEXT_CHARS)
            started = time.process_time()
            annotated = analyzer.annotate_text(text, published)
            parsed = time.process_time()
            find_events(annotated, lexicon)
            read = time.process_time()
            growth = ""
            if previous is not None and previous[1] > 0.005:
                growth = f"{(read - parsed) / previous[1]:.1f} / {len(text) / previous[0]:.1f}"
            print(f"{name:20s} {len(text):7d} {parsed - started:8.2f} {read - parsed:9.2f} {growth:>28s}", flush=True)
            previous = (len(text), read - parsed)


if __name__ == "__main__":
    main()
