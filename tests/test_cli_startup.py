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
# Not needed to read the warehouse or list the commands: the settings (pydantic-settings) load
# only when the environment alone cannot say where the warehouse is (veille/paths.py), and
# option values are converted without Pydantic (veille/commands/coercion.py).
SETTINGS_STACK = ("pydantic", "pydantic_settings", "pydantic_core")


def modules_after(code: str, env_extra: dict[str, str] | None = None) -> set[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(sorted(m for m in sys.modules if '.' not in m)))"
    env = {name: value for name, value in os.environ.items() if not name.upper().startswith("VEILLE_")}
    env = {**env, "PYTHONPATH": str(PROJECT_ROOT), **(env_extra or {})}
    result = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                            cwd=PROJECT_ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines()[-1].split())  # the last line: after any help text


def test_importing_the_cli_loads_no_heavy_package() -> None:
    assert not modules_after("import veille.cli") & set(HEAVY)


@pytest.mark.parametrize("name", ["w.duckdb", "w.ducklake"])
@pytest.mark.parametrize("args", [["sql", "select 1"], ["query"], ["trends"]])
def test_reading_commands_load_no_heavy_package(args: list[str], name: str, tmp_path: Path) -> None:
    db = tmp_path / name
    subprocess.run([sys.executable, "-c", f"from warehouse.db import connect; connect({str(db)!r}).close()"],
                   env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, check=True, cwd=PROJECT_ROOT)
    run = (f"from veille.cli import app\ntry:\n    app({[*args, '--db', str(db)] if args != ['query'] else args!r})\n"
           "except SystemExit as exit:\n    assert exit.code == 0, exit.code")
    loaded = modules_after(run)
    assert "duckdb" in loaded or args == ["query"]
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    assert not loaded & set(SETTINGS_STACK), loaded & set(SETTINGS_STACK)


def _run(args: list[str]) -> str:
    return (f"import sys\nfrom veille.cli import app\nsys.argv[0] = 'veille'\ntry:\n    app({args!r})\n"
            "except SystemExit as exit:\n    assert exit.code == 0, exit.code")


def test_sql_finds_the_warehouse_of_the_environment_without_the_settings(tmp_path: Path) -> None:
    db = tmp_path / "veille.ducklake"  # VEILLE_DATA_DIR's warehouse too
    subprocess.run([sys.executable, "-c", f"from warehouse.db import connect; connect({str(db)!r}).close()"],
                   env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}, check=True, cwd=PROJECT_ROOT)
    for variable, value in (("VEILLE_DB_PATH", str(db)), ("VEILLE_DATA_DIR", str(tmp_path))):
        loaded = modules_after(_run(["sql", "select 1"]), {variable: value})
        assert "duckdb" in loaded  # it did open the warehouse
        assert not loaded & set(HEAVY + SETTINGS_STACK), (variable, loaded & set(HEAVY + SETTINGS_STACK))
    # another VEILLE_ variable: the settings decide (and validate), as before
    loaded = modules_after(_run(["sql", "select 1"]), {"VEILLE_DB_PATH": str(db), "VEILLE_SMTP_PORT": "25"})
    assert "pydantic_settings" in loaded


@pytest.mark.parametrize("args", [["--help"], ["sql", "--help"], ["digest", "--help"], ["eval", "--help"]])
def test_help_loads_no_heavy_package(args: list[str]) -> None:
    """`veille --help` lists every command (each module imported) without their dependencies."""
    loaded = modules_after(_run(args))
    assert "veille" in loaded
    unwanted = set(HEAVY + SETTINGS_STACK) | {"duckdb", "digest", "flows", "crawlers"}
    assert not loaded & unwanted, loaded & unwanted


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
