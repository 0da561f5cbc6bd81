"""The `veille` command line. Each area registers its own commands from its own module."""
from __future__ import annotations

import importlib
import os

import typer

# Without a Prefect server configured, each flow run starts a temporary local one; on a busy
# 2-core machine it can need more than Prefect's default 20 s to come up.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
# Machines here reach no analytics endpoint: don't let the temporary server try and log failures.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

app = typer.Typer(
    name="veille",
    help=(
        "Veille: crawl French-language business news about clusters, extract organisations, "
        "people, places and dates, store them in DuckDB and send a weekly digest.\n\n"
        "Start with `veille demo` (bundled demo sites), then `veille run --sources sources.yaml`."
    ),
    no_args_is_help=True,
    add_completion=False,
)

# Modules that define `register(app)`; each adds its commands. Order = order in --help.
COMMAND_MODULES = (
    "veille.commands.ingest",    # run, reprocess, demo
    "veille.commands.backfill",  # backfill
    "veille.commands.analysis",  # trends, query, sql, export
    "veille.commands.nlp",       # annotate, eval
    "veille.commands.digest",    # digest
    "veille.commands.serve",     # serve
    "veille.commands.config",    # config
)

for _module_name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(_module_name)
    except ModuleNotFoundError as error:  # an area not yet installed must not break the others
        if error.name != _module_name:
            raise
        continue
    _module.register(app)
