"""What the command line prints: results on stdout in a chosen format, messages on stderr.

Why no markup: messages carry user text (SQL, regular expressions, URLs) where Rich would read
`[...]` as a style tag and swallow it; messages go through click's `secho` (colour, no markup)
and tables through Rich `Text` cells (never parsed). Rich is imported only to draw a table.
"""
from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, NoReturn

import typer

from veille.exit_codes import ExitCode

if TYPE_CHECKING:
    from rich.table import Table


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    markdown = "markdown"


# Rows shown when --limit is not given: a screenful for people, everything for pipes.
DEFAULT_LIMITS = {Format.table: 50, Format.markdown: 50, Format.csv: 0, Format.json: 0}


def error(message: str) -> None:
    """One line on stderr: `error: <message>`, the message printed verbatim."""
    typer.secho("error: ", fg="red", bold=True, err=True, nl=False)
    typer.echo(" ".join(message.split("\n")), err=True)


def notice(message: str) -> None:
    """A side remark on stderr (rows cut, why a result is empty), never mixed into the data."""
    typer.secho(message, fg="yellow", err=True)


def fail(message: str, code: ExitCode = ExitCode.USAGE) -> NoReturn:
    error(message)
    raise typer.Exit(int(code))


def effective_limit(fmt: Format, limit: int | None) -> int:
    """0 means no limit."""
    return DEFAULT_LIMITS[fmt] if limit is None else limit


def print_rows(
    columns: Sequence[str], rows: Sequence[tuple], fmt: Format, limit: int | None, *, title: str = ""
) -> None:
    """The result in `fmt` on stdout; a notice on stderr when rows are cut by the limit."""
    cap = effective_limit(fmt, limit)
    shown = rows[:cap] if cap else rows
    if fmt is Format.table:
        from rich.console import Console

        Console(markup=False, highlight=False).print(_rich_table(title, columns, shown))
    elif fmt is Format.markdown:
        _print_markdown(columns, shown)
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_flat(v) for v in row] for row in shown)
    else:
        json.dump([dict(zip(columns, row)) for row in shown], sys.stdout, ensure_ascii=False,
                  default=_json_value, indent=1)
        sys.stdout.write("\n")
    sys.stdout.flush()
    if len(shown) < len(rows):
        notice(f"{len(shown)} of {len(rows)} rows shown (--limit {cap}); "
               "--limit 0 shows them all, --format csv|json pipes them")


def _rich_table(title: str, columns: Sequence[str], rows: Sequence[tuple]) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(title) if title else None, show_lines=False)
    for column in columns:
        table.add_column(Text(column), overflow="fold")
    for row in rows:
        table.add_row(*(Text(_cell(value)) for value in row))
    return table


def _print_markdown(columns: Sequence[str], rows: Sequence[tuple]) -> None:
    def esc(value: object) -> str:
        return _cell(value).replace("|", "\\|").replace("\n", "<br>")

    lines = ["| " + " | ".join(esc(c) for c in columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(esc(v) for v in row) + " |" for row in rows]
    sys.stdout.write("\n".join(lines) + "\n")


def _cell(value: object) -> str:
    """A table cell: lists one item per line, so they stay readable."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "\n".join(str(item) for item in value)
    return str(value)


def _flat(value: object) -> object:
    """A CSV cell: lists and structs as JSON, the rest as text."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_value)
    return _json_value(value) if isinstance(value, (date, datetime, Decimal, bytes)) else value


def _json_value(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.hex()
    return str(value)
