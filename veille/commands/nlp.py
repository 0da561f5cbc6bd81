"""`veille annotate` and `veille eval`: the NLP stage on any text, its scores on the gold set."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from evaluation.scoring import SPLITS
from evaluation.splits import DEFAULT_GOLD
from veille.commands.output import fail

if TYPE_CHECKING:
    from rich.console import Console

    from evaluation.runs import SetScores
    from evaluation.scoring import Report, Score
    from veille.commands.annotation_view import TextInput

# Rich, the settings, the evaluation runs and the NLP stage load inside the commands, so that
# `veille --help` does not pay for them (README, "The command line").


def _console(*, stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr)


def annotate(
    file: Annotated[
        str,
        typer.Argument(help="Text file to annotate, or - for standard input.", metavar="FILE|-"),
    ] = "-",
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication day YYYY-MM-DD, to resolve relative dates (« lundi 25 juin », "
            "« l'année dernière »). In --jsonl mode, the default for lines without one.",
            metavar="DATE",
        ),
    ] = None,
    jsonl: Annotated[
        bool,
        typer.Option(
            "--jsonl",
            help='Read JSON lines {"id", "text", "published"} and write one JSON line per '
            "input (entities with offsets, dates, roles); entities are resolved "
            "across all the lines.",
        ),
    ] = False,
) -> None:
    """Run the NLP stage (entities, dates, roles, entity resolution) on a French text and print
    what it finds.

    Example: echo "Karim Alaoui, président du Réseau InnovSud..." | veille annotate"""
    from veille.commands.annotation_view import TextInput

    default_day = _day(published, "--published")
    raw = sys.stdin.read() if file == "-" else _read(Path(file))
    inputs, rejected = (
        _jsonl_inputs(raw, default_day) if jsonl else ([TextInput("-", raw, default_day)], 0)
    )
    from pipeline.nlp import Analyzer  # loads spaCy: only once the input is known to be readable
    from veille.commands.annotation_view import annotate_inputs
    from veille.settings import Settings

    views = annotate_inputs(Analyzer(Settings()), inputs) if inputs else []
    for view in views:
        if jsonl:
            typer.echo(json.dumps(view, ensure_ascii=False))
        else:
            _print_view(view)
    if rejected:
        raise typer.Exit(code=1)


def evaluate(
    gold: Annotated[
        Path, typer.Option(help="Gold set, JSON lines (see evaluation/gold/README.md).")
    ] = DEFAULT_GOLD,
    split: Annotated[
        str,
        typer.Option(
            help=f"Which gold articles: {', '.join(SPLITS)}. Tune on dev; test is held out. With "
                 "--events: event splits, comma-separated (default: every split but the sealed ones; "
                 "a sealed held-out set's first look is `--events --split NAME`)."
        ),
    ] = "all",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the full reports as JSON.")
    ] = False,
    baseline: Annotated[
        bool, typer.Option(help="Also score the bare fr_core_news_md (+dateparser).")
    ] = True,
    errors: Annotated[
        bool, typer.Option("--errors", help="List Veille's missed and spurious entities.")
    ] = False,
    events: Annotated[
        bool, typer.Option("--events", help="Score typed events instead (evaluation/gold/events/: "
                           "every split; type + participants + date + amount).")
    ] = False,
    all_sets: Annotated[
        bool,
        typer.Option(
            "--all-sets",
            help="Entity F1 per set (real news held out and dev, own gold, NewsEye), bare model beside.",
        ),
    ] = False,
    realnews: Annotated[
        str,
        typer.Option(
            help="Score the real-news gold set instead (dev or heldout); pages read from ../shared."
        ),
    ] = "",
) -> None:
    """Score Veille's NLP stage on the gold set beside the bare fr_core_news_md: entity P/R/F1 per
    type (document level), entity merging across articles, dates, roles."""
    from evaluation.realnews import SHARED_BENCHMARKS
    from evaluation.runs import OURS, run_all_sets, run_evaluation
    from veille.settings import Settings

    if events:
        _evaluate_events(as_json, errors, None if split == "all" else split.split(","))
        return
    if all_sets:
        _print_sets(run_all_sets(Settings(), SHARED_BENCHMARKS))
        return
    if realnews:
        _evaluate_realnews(realnews, errors=errors, baseline=baseline, as_json=as_json)
        return
    if split not in SPLITS:
        _fail(f"--split must be one of {', '.join(SPLITS)}, not {split!r}")
    if not gold.is_file():
        _fail(f"gold set not found: {gold}")
    try:
        reports = run_evaluation(Settings(), gold, split, baseline=baseline)
    except ValueError as error:
        _fail(str(error))
    if as_json:
        typer.echo(
            json.dumps(
                {name: r.as_dict() for name, r in reports.items()}, ensure_ascii=False, indent=2
            )
        )
        return
    _print_reports(reports, f"{gold.name} ({split})")
    if errors:
        _print_errors(reports[OURS])


def _evaluate_realnews(split: str, *, errors: bool, baseline: bool, as_json: bool) -> None:
    """One split of the real-news set. Errors are never listed for the held-out split: reading
    them would turn it into development data."""
    from evaluation.realnews import SHARED_BENCHMARKS, SharedPagesMissing
    from evaluation.runs import OURS, run_realnews_evaluation
    from veille.settings import Settings

    if split not in ("dev", "heldout"):
        _fail(f"--realnews must be dev or heldout, not {split!r}")
    if errors and split == "heldout":
        _fail("--errors is refused on the held-out split: tune on dev only (README, Figures)")
    try:
        reports = run_realnews_evaluation(Settings(), SHARED_BENCHMARKS, split, baseline=baseline)
    except (SharedPagesMissing, ValueError) as error:
        _fail(str(error))
    if as_json:
        report = {name: r.as_dict() for name, r in reports.items()}
        if split == "heldout":
            for r in report.values():
                r.pop("errors", None)
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    _print_reports(reports, f"real news ({split})", show_errors=split != "heldout")
    if errors:
        _print_errors(reports[OURS])


def _print_sets(results: list[SetScores]) -> None:
    from rich.table import Table

    table = Table(title="Entity F1 per set (document level; NewsEye strict spans): Veille / bare model")
    for column in ("set", "documents", "all", "ORG", "PER", "LOC"):
        table.add_column(column, justify="left" if column == "set" else "right")
    for r in results:
        cells = [f"{r.veille[k]:.3f} / {r.bare[k]:.3f}" for k in ("all", "ORG", "PER", "LOC")]
        table.add_row(r.name, str(r.documents), *cells)
    _console().print(table)


def register(app: typer.Typer) -> None:
    app.command()(annotate)
    app.command(name="eval")(evaluate)
    app.command(name="train-events")(train_events)


def _print_view(view: dict[str, Any]) -> None:
    from rich.table import Table

    entities = Table(title="Entities", title_justify="left")
    for column in ("name", "type", "surfaces (start-end)"):
        entities.add_column(column)
    for entity in view["entities"]:
        surfaces = ", ".join(
            f"{m['surface']} ({m['start']}-{m['end']})" for m in entity["mentions"]
        )
        entities.add_row(entity["name"], entity["type"], surfaces)
    dates = Table(title="Dates", title_justify="left")
    for column in ("surface", "value", "start-end"):
        dates.add_column(column)
    for d in view["dates"]:
        dates.add_row(d["surface"], d["value"], f"{d['start']}-{d['end']}")
    roles = Table(title="Roles", title_justify="left")
    for column in ("person", "role", "organisation"):
        roles.add_column(column)
    for r in view["roles"]:
        roles.add_row(r["person"], r["role"], r["org"] or "—")
    for table in (entities, dates, roles):
        _console().print(table)


def _evaluate_events(as_json: bool, errors: bool, splits: list[str] | None) -> None:
    from rich.table import Table

    from evaluation.events import event_splits, run_event_evaluation
    from veille.settings import Settings

    unknown = [s for s in splits or [] if s not in event_splits() or s == "all"]
    if unknown:
        _fail(f"no event split {', '.join(unknown)}; known: {', '.join(s for s in event_splits() if s != 'all')}")
    reports = run_event_evaluation(Settings(), splits)
    if as_json:
        typer.echo(json.dumps({split: r.as_dict() for split, r in reports.items()}, indent=2))
        return
    # one row a split (there are dozens), one column a type: precision / recall
    types = [*next(iter(reports.values())).by_type, "overall"]
    table = Table(title="Event quality: precision / recall per type (overall: tp fp fn); "
                        "diagnostics, looser: participants aside, type only")
    table.add_column("split")
    for kind in types:
        table.add_column(kind, justify="right")
    table.add_column("no participants", justify="right")
    table.add_column("type only", justify="right")
    for split, report in reports.items():
        cells = [f"{s.precision:.2f} / {s.recall:.2f}" for s in (report.by_type[k] for k in types[:-1])]
        s = report.overall
        cells.append(f"{s.precision:.3f} / {s.recall:.3f} ({s.tp} {s.fp} {s.fn})")
        cells += [f"{s.precision:.2f} / {s.recall:.2f}" for s in report.relaxed.values()]
        table.add_row(split, *cells)
    _console().print(table)
    # why the misses were missed, pooled over the splits shown (counts only: fine for held-out splits)
    causes = {k: sum(r.miss_causes[k] for r in reports.values()) for k in next(iter(reports.values())).miss_causes}
    named = {k: sum(r.missing_named_as[k] for r in reports.values()) for k in next(iter(reports.values())).missing_named_as}
    _console().print(f"Missed events, over the splits shown: no event of the type {causes['no_event_of_type']}, "
                     f"another date or amount {causes['date_or_amount']}, participants {causes['participants']} "
                     f"(participants left out, as the entity layer named them: "
                     + ", ".join(f"{k} {v}" for k, v in named.items()) + ")")
    if errors:  # only the splits one tunes on: a held-out split's errors are never shown (ANNOTATION.md)
        for split, report in reports.items():
            if not split.startswith("dev"):
                continue
            for article_id, gold in report.missed:
                _console().print(f"[yellow]{split} missed[/yellow] {article_id} {gold}")
            for article_id, predicted in report.spurious:
                _console().print(f"[red]{split} spurious[/red] {article_id} {predicted}")


def _print_reports(reports: dict[str, Report], title: str, *, show_errors: bool = True) -> None:
    from rich.table import Table

    from evaluation.runs import BASELINE, OURS

    out = _console()
    names = [name for name in (OURS, BASELINE) if name in reports]
    table = Table(title=f"NLP quality on {title}: {reports[OURS].articles} articles")
    table.add_column("measure")
    for name in names:
        table.add_column(name, justify="right")
    rows: list[tuple[str, Callable[[Report], str]]] = [
        (f"{label} F1 (P / R)", _entity_cell(label)) for label in ("ORG", "PER", "LOC")
    ]
    rows += [
        (
            "entity merging F1 (P / R)",
            lambda r: f"{r.merging.f1:.3f} ({r.merging.precision:.2f} / {r.merging.recall:.2f})",
        ),
        ("DATE span F1 (P / R)", lambda r: _prf(r.date_spans)),
        ("DATE value F1 (P / R)", lambda r: _prf(r.date_values)),
        ("roles F1 (P / R)", lambda r: _prf(r.roles)),
    ]
    for label, cell in rows:
        table.add_row(label, *(cell(reports[name]) for name in names))
    out.print(table)
    if not show_errors:
        return
    merging = reports[OURS].merging
    for names_merged in merging.wrong_merges:
        out.print(f"[red]wrongly merged:[/red] {' + '.join(names_merged)}")
    for gold_name, *predicted in merging.split_entities:
        out.print(f"[yellow]not merged:[/yellow] {gold_name} -> {' | '.join(predicted)}")
    out.print(
        f"{len(reports[OURS].errors)} missed or spurious entities (see --json, key 'errors')."
    )


def _print_errors(report: Report) -> None:
    from rich.table import Table

    table = Table(title="Veille's entity errors", title_justify="left")
    for column in ("article", "kind", "type", "name"):
        table.add_column(column)
    for error in report.errors:
        table.add_row(error["article"], error["kind"], error["type"], error["name"])
    _console().print(table)


def _entity_cell(label: str) -> Callable[[Report], str]:
    """The F1 (P / R) cell of one entity type, for any report."""
    return lambda report: _prf(report.entities[label])


def _prf(score: Score) -> str:
    return f"{score.f1:.3f} ({score.precision:.2f} / {score.recall:.2f})"


def _jsonl_inputs(raw: str, default_day: date | None) -> tuple[list[TextInput], int]:
    """Readable lines become inputs; a bad line is reported with its number and skipped."""
    from veille.commands.annotation_view import TextInput

    inputs, rejected = [], 0
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("text"), str):
                raise ValueError('need an object with a "text" string')
            day = (
                _day(row["published"][:10], f"line {number}")
                if row.get("published")
                else default_day
            )
            inputs.append(TextInput(str(row.get("id", number)), row["text"], day))
        except (ValueError, TypeError) as error:
            rejected += 1
            _console(stderr=True).print(f"line {number} skipped: {error}")
    return inputs, rejected


def _day(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{what}: {value!r} is not a date YYYY-MM-DD") from None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        _fail(f"cannot read {path}: {error}")


def _fail(message: str) -> NoReturn:
    fail(message)  # one line on stderr, markup off, exit 2 (veille.commands.output)


def train_events(
    check: Annotated[bool, typer.Option("--check", help="Rebuild the model and fail if it differs from the stored file (nothing written).")] = False,
    cv: Annotated[bool, typer.Option("--cv", help="Report leave-one-dev-file-out cross-validation instead (nothing written).")] = False,
) -> None:
    """Train the learned participant model of events on the dev event gold only
    (evaluation/gold/events/dev*.yaml) and write models/events/slots.json (byte for byte the same
    from the same gold); used when VEILLE_EVENTS_SLOT_MODEL is on."""
    from evaluation.slot_training import collect, cross_validate, train_json
    from pipeline.events import load_lexicon
    from pipeline.events.slots import SLOTS_FILE
    from pipeline.nlp import Analyzer
    from veille.settings import Settings

    settings = Settings()
    lexicon = load_lexicon(settings.models_dir)   # the rules alone: the model learns from their events
    articles = collect(Analyzer(settings), lexicon)
    if cv:
        typer.echo(json.dumps(cross_validate(articles, lexicon), indent=2))
        return
    text = train_json(articles)
    path = settings.models_dir / "events" / SLOTS_FILE
    if check:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            _fail(f"{path} differs from the model rebuilt from the dev gold: run `veille train-events`")
        typer.echo(f"{path}: rebuilt byte for byte")
        return
    path.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {path} ({len(articles)} dev articles)")
