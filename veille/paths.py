"""Where the warehouse is, known without building the settings when the environment makes it certain.

Why: the typed settings (`veille.settings`, pydantic-settings) cost about 0.2 s of imports, half
of a `veille sql "select 1"`, and the reading commands need only the warehouse path. When no
`.env` file is in the working directory and the environment sets no `VEILLE_*` variable but
`VEILLE_DB_PATH` and/or `VEILLE_DATA_DIR`, every other setting takes its (valid) default, so the
path is certain; otherwise the caller builds `Settings()` as before, with its validation errors
(`veille.commands.analysis.warehouse_path`). `tests/test_paths.py` holds this equal to
`Settings().db_path`. This module imports nothing of Veille: the settings import it.

It also writes and recognises the *pointer* a PostgreSQL-catalog lake's path holds (written by
the settings from VEILLE_WAREHOUSE, read by `warehouse.lake`).
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

DEFAULT_DATA_DIR = Path("data")
WAREHOUSE_NAME = "veille.ducklake"  # a DuckLake; a `.duckdb` path keeps copy-and-swap
FILE_WAREHOUSE_NAME = "veille.duckdb"  # the default before DuckLake
ENV_FILE = ".env"  # read by the settings from the working directory
_PATH_VARIABLES = {"VEILLE_DB_PATH", "VEILLE_DATA_DIR"}


def db_path_under(data_dir: Path) -> Path:
    """The warehouse of a data directory, unless VEILLE_DB_PATH names another.

    A data directory that still holds the DuckDB-file warehouse of before (and no lake yet)
    keeps using it: an upgrade never starts an empty warehouse beside a full one.
    `veille migrate-warehouse` creates the lake, which is then the one used.
    """
    lake, file = data_dir / WAREHOUSE_NAME, data_dir / FILE_WAREHOUSE_NAME
    return file if file.exists() and not lake.exists() else lake


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


# A PostgreSQL-catalog lake (README, *One machine or several*): the warehouse path is a pointer
# file naming the catalog and the data folder; `warehouse.lake.catalog` reads it.
# The first line of a pointer file (a SQLite catalog starts with "SQLite format 3").
POINTER_MARK = "# Veille warehouse: a DuckLake whose catalog is in PostgreSQL"


def is_pointer(path: Path) -> bool:
    """True when `path` is a pointer file to a PostgreSQL catalog (not a SQLite catalog)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(POINTER_MARK)) == POINTER_MARK.encode()
    except OSError:  # missing (a lake not created yet), a directory: not a pointer
        return False


def postgres_keywords(url: str) -> str:
    """libpq keywords (`dbname=veille host=db port=5432 user=veille`) from the ways a user writes
    a PostgreSQL catalog: `postgres://user@host:port/db[?sslmode=require]` (or `postgresql://`),
    `ducklake:postgres:dbname=... host=...` or `postgres:dbname=...`.

    Why no password: the pointer file and `veille config` would show it; libpq reads it from
    PGPASSWORD or ~/.pgpass (PGPASSFILE) on each machine.
    """
    text = url.strip()
    for prefix in ("ducklake:", "postgresql:", "postgres:"):
        if text.startswith(prefix) and not text.startswith(prefix + "//"):
            text = text.removeprefix(prefix)
    if text.startswith(("postgres://", "postgresql://")):
        parts = urlsplit(text)
        if parts.password is not None:
            raise ValueError("holds a password: give it in PGPASSWORD or ~/.pgpass, not in the URL")
        keywords = {"dbname": unquote(parts.path.lstrip("/")), "host": parts.hostname or "",
                    "port": str(parts.port or ""), "user": unquote(parts.username or "")}
        keywords |= dict(parse_qsl(parts.query))
        text = " ".join(f"{k}={v}" for k, v in keywords.items() if v)
    elif "://" in text or "=" not in text:
        raise ValueError(f"is not a PostgreSQL URL (postgres://user@host:port/db) nor libpq keywords: {url!r}")
    if any(word.split("=", 1)[0].strip().lower() == "password" for word in text.split()):
        raise ValueError("holds a password: give it in PGPASSWORD or ~/.pgpass, not in the setting")
    if "dbname=" not in text:
        raise ValueError(f"names no database (dbname): {url!r}")
    return text


def pointer_text(keywords: str, data: Path) -> str:
    """The content of a pointer file (TOML): the PostgreSQL catalog and the data folder."""
    return (f"{POINTER_MARK}\n# Written by veille from VEILLE_WAREHOUSE and VEILLE_WAREHOUSE_DATA; "
            f"see README, *One machine or several*.\ncatalog = {_toml(keywords)}\ndata = {_toml(str(data))}\n")


def _toml(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_pointer(path: Path, keywords: str, data: Path) -> bool:
    """Write (atomically) the pointer file at `path` unless it already says the same; True if written.

    Refuses to replace a SQLite catalog: that lake's data would be left behind unseen.
    """
    path = Path(path)
    text = pointer_text(keywords, data)
    if path.exists():
        if not is_pointer(path):
            raise ValueError(f"{path} is a SQLite-catalog lake, not a pointer: name another *.ducklake "
                             "path (VEILLE_DB_PATH) for the PostgreSQL catalog, or migrate it")
        if path.read_text(encoding="utf-8") == text:
            return False
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return True
