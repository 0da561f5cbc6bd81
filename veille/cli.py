"""The `veille` command line. Each area registers its own commands from its own module.

Why lazy: `veille sql "select 1"` must not pay for spaCy, Prefect, Scrapy or matplotlib. The
command names are listed here; a command's module is imported only when that command runs (or
for `veille --help`), and the modules keep their heavy imports inside the command functions.

Why one error handler: every command ends with the same exit-code scheme
(`veille.exit_codes.ExitCode`) and known failures print one line on stderr, never a traceback.
"""
from __future__ import annotations

import importlib
import os
import sys
from typing import Any

import typer
from typer import _click as click
from typer.core import TyperGroup

from veille.exit_codes import ExitCode

# Without a Prefect server configured, each flow run starts a temporary local one; on a busy
# 2-core machine it can need more than Prefect's default 20 s to come up.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
# Machines here reach no analytics endpoint: don't let the temporary server try and log failures.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

# Command name -> the module whose `register(app)` adds it. Order = order in --help.
COMMANDS: dict[str, str] = {
    "run": "veille.commands.ingest",
    "reprocess": "veille.commands.ingest",
    "demo": "veille.commands.ingest",
    "runs": "veille.commands.runs",
    "backfill": "veille.commands.backfill",
    "trends": "veille.commands.analysis",
    "query": "veille.commands.analysis",
    "sql": "veille.commands.analysis",
    "export": "veille.commands.analysis",
    "annotate": "veille.commands.nlp",
    "eval": "veille.commands.nlp",
    "train-events": "veille.commands.nlp",
    "digest": "veille.commands.digest",
    "serve": "veille.commands.serve",
    "config": "veille.commands.config",
    "maintain": "veille.commands.warehouse",
    "migrate-warehouse": "veille.commands.warehouse",
    "backup": "veille.commands.warehouse",
}


def _command(module_name: str, name: str) -> Any:
    """The click command `name`, built from its module without touching the other modules."""
    module = importlib.import_module(module_name)
    holder = typer.Typer(pretty_exceptions_show_locals=False)
    holder.callback()(lambda: None)  # a callback makes Typer build a group, even for one command
    module.register(holder)
    # Build only this command: Typer converts every parameter of every command it builds.
    holder.registered_commands = [
        info for info in holder.registered_commands
        if (info.name or info.callback.__name__.replace("_", "-")) == name  # type: ignore[union-attr]
    ]
    command = typer.main.get_command(holder).commands.get(name)  # type: ignore[attr-defined]
    from veille.commands.coercion import lighten  # values converted without Pydantic when plain

    return lighten(command)


class VeilleGroup(TyperGroup):
    """Loads each command's module on first use and turns known failures into one line."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_help_option(self, ctx: Any) -> Any:
        from veille.commands.coercion import lighten_param  # `--help` converted without Pydantic

        return lighten_param(super().get_help_option(ctx))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            try:
                command = _command(COMMANDS[cmd_name], cmd_name)
            except ModuleNotFoundError as error:  # an area not yet installed must not break the others
                if error.name != COMMANDS[cmd_name]:
                    raise
                return None
            if command is not None:
                self.commands[cmd_name] = command
        return self.commands.get(cmd_name)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """Click's own usage errors (unknown option, `--limit abc`) as one line too, exit 2."""
        if not standalone_mode:
            return super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[misc]  # click's overloads
        try:
            result = super().main(*args, standalone_mode=False, **kwargs)  # type: ignore[misc]  # click's overloads
        except click.ClickException as error:
            from veille.commands.output import error as print_error

            message = error.format_message().strip()
            if message:  # empty when the help was shown instead (`veille` alone)
                ctx = getattr(error, "ctx", None)  # UsageError has one, ClickException not
                command = ctx.command_path if ctx else "veille"
                print_error(f"{message} (see `{command} --help`)")
            sys.exit(error.exit_code)
        except typer.Abort:
            sys.exit(int(ExitCode.FAILED))
        sys.exit(result if isinstance(result, int) else int(ExitCode.OK))

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as error:
            handled = known_failure(error)
            if handled is None:
                raise
            message, code = handled
            from veille.commands.output import error as print_error

            print_error(message)
            raise typer.Exit(int(code)) from None


def _loaded(module: str, name: str) -> type[BaseException] | None:
    """The exception class `module.name` if that module is already imported, else None.

    Why: an error can only be an instance of a class whose module is loaded, so the handler
    needs to import nothing (importing pydantic, Prefect or the crawler here cost `veille sql
    --help` half a second).
    """
    loaded = sys.modules.get(module)
    found = getattr(loaded, name, None) if loaded is not None else None
    return found if isinstance(found, type) and issubclass(found, BaseException) else None


def _is(error: BaseException, module: str, name: str) -> bool:
    kind = _loaded(module, name)
    return kind is not None and isinstance(error, kind)


def known_failure(error: BaseException) -> tuple[str, ExitCode] | None:
    """(one-line message, exit code) for the failures a user can fix; None for bugs."""
    if _is(error, "pipeline.records", "AnnotationFailed"):
        return f"cannot annotate this text: {error}", ExitCode.USAGE
    if _is(error, "crawlers.sources", "SourcesError"):
        return f"invalid sources file: {error}", ExitCode.USAGE
    if _is(error, "warehouse.db", "WarehouseBusy"):
        return f"warehouse busy: {error}; try again when that run has finished", ExitCode.BUSY
    if _is(error, "warehouse.db", "WarehouseUnavailable"):
        return str(error), ExitCode.WAREHOUSE
    if _is(error, "flows.prefect_api", "PrefectServerError"):  # e.g. VEILLE_PREFECT_PORT in use
        return str(error), ExitCode.FAILED
    if _is(error, "pydantic", "ValidationError") and getattr(error, "title", None) == "Settings":
        problems = "; ".join(
            f"VEILLE_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}"
            for e in error.errors()  # type: ignore[attr-defined]  # a pydantic ValidationError
        )
        return f"invalid configuration: {problems}", ExitCode.USAGE
    return None


app = typer.Typer(
    name="veille",
    cls=VeilleGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # a traceback must never print the SMTP password
)


@app.callback()
def main() -> None:
    """Veille: crawl French-language business news about clusters, extract organisations,
    people, places and dates, store them in DuckDB and send a weekly digest.

    Start with `veille demo` (bundled demo sites), then `veille run --sources sources.yaml`.
    Exit codes: 0 ok, 1 the work failed, 2 bad input or configuration, 3 warehouse unusable,
    4 warehouse busy (another run)."""
