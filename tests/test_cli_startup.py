"""The command line starts without the heavy packages: they load only in the commands that use
them (the start-up time itself is measured by bench/startup.py, never by a test)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("spacy", "prefect", "scrapy", "matplotlib", "trafilatura", "pyarrow", "jinja2")


def modules_after(code: str) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(m for m in sys.modules if '.' not in m)))"
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                            cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_importing_the_cli_loads_no_heavy_package() -> None:
    assert not modules_after("import veille.cli") & set(HEAVY)


@pytest.mark.parametrize("args", [["sql", "select 1"], ["query"], ["trends"]])
def test_reading_commands_load_no_heavy_package(args: list[str], tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    subprocess.run([sys.executable, "-c", f"from warehouse.db import connect; connect({str(db)!r}).close()"],
                   env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, check=True, cwd=PROJECT_ROOT)
    run = (f"from veille.cli import app\ntry:\n    app({[*args, '--db', str(db)] if args != ['query'] else args!r})\n"
           "except SystemExit as exit:\n    assert exit.code == 0, exit.code")
    loaded = modules_after(run)
    assert "duckdb" in loaded or args == ["query"]
    assert not loaded & set(HEAVY), loaded & set(HEAVY)


def test_every_registered_command_is_listed_for_lazy_loading() -> None:
    """A module under veille/commands/ that registers a command must name it in COMMANDS,
    or `veille` would never show it (commands load by name)."""
    import importlib
    import pkgutil

    import typer

    import veille.commands
    from veille.cli import COMMANDS

    for info in pkgutil.iter_modules(veille.commands.__path__):
        module = importlib.import_module(f"veille.commands.{info.name}")
        if not hasattr(module, "register"):
            continue
        holder = typer.Typer()
        module.register(holder)
        for command in holder.registered_commands:
            name = command.name or command.callback.__name__.replace("_", "-")  # type: ignore[union-attr]
            assert COMMANDS.get(name) == module.__name__, f"{name} of {module.__name__} missing from COMMANDS"
