"""Where the warehouse is, known without building the settings when the environment makes it certain.

Why: the typed settings (`veille.settings`, pydantic-settings) cost about 0.2 s of imports, half
of a `veille sql "select 1"`, and the reading commands need only the warehouse path. When no
`.env` file is in the working directory and the environment sets no `VEILLE_*` variable but
`VEILLE_DB_PATH` and/or `VEILLE_DATA_DIR`, every other setting takes its (valid) default, so the
path is certain; otherwise the caller builds `Settings()` as before, with its validation errors
(`veille.commands.analysis.warehouse_path`). `tests/test_paths.py` holds this equal to
`Settings().db_path`. This module imports nothing of Veille: the settings import it.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

DEFAULT_DATA_DIR = Path("data")
WAREHOUSE_NAME = "veille.ducklake"  # a DuckLake; a `.duckdb` path keeps copy-and-swap
ENV_FILE = ".env"  # read by the settings from the working directory
_PATH_VARIABLES = {"VEILLE_DB_PATH", "VEILLE_DATA_DIR"}


def db_path_under(data_dir: Path) -> Path:
    """The warehouse of a data directory, unless VEILLE_DB_PATH names another."""
    return data_dir / WAREHOUSE_NAME


def known_db_path(environ: Mapping[str, str], cwd: Path) -> Path | None:
    """`Settings().db_path` when the environment alone decides it; None when Settings must."""
    if (cwd / ENV_FILE).exists():
        return None
    ours = {name: value for name, value in environ.items() if name.upper().startswith("VEILLE_")}
    if set(ours) - _PATH_VARIABLES or any(not value.strip() for value in ours.values()):
        return None  # other settings to validate, other spellings, or values Settings must judge
    if "VEILLE_DB_PATH" in ours:
        return Path(ours["VEILLE_DB_PATH"])
    return db_path_under(Path(ours.get("VEILLE_DATA_DIR", DEFAULT_DATA_DIR)))
