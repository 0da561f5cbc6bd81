"""DuckLake: the warehouse as a catalog (a SQLite file, or PostgreSQL) plus Parquet data files.

Why: a copy-and-swap run copies the whole DuckDB file (0.9 GB at 1 M articles) to add a day's
rows; a DuckLake run writes only its new Parquet files and commits them in one catalog
transaction. Readers attach the catalog at any time and see the last committed snapshot (a SQLite
catalog lets several local processes in; a DuckDB-file catalog would lock them out while a run
writes). README, *The warehouse*, has the decision and its trade-offs.

Two catalogs, chosen per deployment size (README, *The warehouse*):
- one machine (the default): the `*.ducklake` path IS the SQLite catalog, its Parquet files in
  `<name>.ducklake.files/` beside it. Runs on this machine take turns (`<db>.lock`), analysts
  read at any time.
- several machines: the catalog lives in PostgreSQL (`VEILLE_WAREHOUSE`) and the Parquet files on
  storage every machine mounts (`VEILLE_WAREHOUSE_DATA`). The `*.ducklake` path is then a small
  text file, the *pointer*, naming both (written from the settings; `pointer_text`): every local
  thing keyed by the path (the run journal, the lock, the work folder, `--db` of an analyst's
  command) works as with SQLite, and `attach` opens the PostgreSQL catalog instead.

Nothing here downloads: the `ducklake`, `sqlite` and `postgres` extensions come from their PyPI
wheels (`duckdb-extension-ducklake`, `-sqlite`, `-postgres`, pinned to DuckDB's version), are
INSTALLed from the file inside the wheel and LOADed, with DuckDB's autoinstall/autoload off.
"""
from __future__ import annotations

import fcntl
import importlib.util
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import duckdb

# The pointer file is written by the settings, which import nothing of the warehouse.
from veille.paths import POINTER_MARK as POINTER_MARK
from veille.paths import is_pointer as is_pointer
from veille.paths import postgres_keywords as postgres_keywords
from veille.paths import write_pointer as write_pointer

LAKE_SUFFIX = ".ducklake"
CATALOG = "lake"  # the name the warehouse is attached under (and made the default with USE)
CatalogKind = Literal["sqlite", "postgres"]
# The extensions each catalog needs: its database's, then DuckLake itself (the postgres wheel is
# only needed where a PostgreSQL catalog is used).
EXTENSIONS: dict[CatalogKind, tuple[str, ...]] = {"sqlite": ("sqlite", "ducklake"),
                                                  "postgres": ("postgres", "ducklake")}
# A reader or a writer waits this long for the SQLite catalog while another process holds it.
BUSY_TIMEOUT_MS = 30_000


class LakeUnavailable(RuntimeError):
    """The DuckLake extensions are not installed for this DuckDB (see pyproject's pins)."""


def is_lake(path: Path | str) -> bool:
    """A `.ducklake` path is a DuckLake warehouse; anything else is a DuckDB file (copy-and-swap)."""
    return str(path).endswith(LAKE_SUFFIX)


@dataclass(frozen=True, slots=True)
class Catalog:
    """Where a lake's catalog and data files are: what `attach` needs."""

    kind: CatalogKind
    target: str  # after `ducklake:`: `sqlite:<file>` or `postgres:<libpq keywords>`
    data: Path


def catalog(path: Path) -> Catalog:
    """The catalog of the lake at `path`: the SQLite file itself, or the PostgreSQL database a
    pointer file names."""
    path = Path(path)
    if is_pointer(path):
        fields = tomllib.loads(path.read_text(encoding="utf-8"))
        return Catalog("postgres", f"postgres:{fields['catalog']}", Path(fields["data"]))
    return Catalog("sqlite", f"sqlite:{path}", path.with_name(path.name + ".files"))


def data_path(path: Path) -> Path:
    """Where the Parquet files of the lake at `path` live: `<name>.ducklake.files/` beside a
    SQLite catalog, the folder a pointer names for a PostgreSQL one."""
    return catalog(path).data


def extension_file(name: str) -> Path:
    """The `.duckdb_extension` inside the installed wheel `duckdb-extension-<name>`."""
    spec = importlib.util.find_spec(f"duckdb_extension_{name}")
    if spec is None or spec.origin is None:
        raise LakeUnavailable(
            f"the DuckDB extension wheel duckdb-extension-{name}=={duckdb.__version__} is not "
            f"installed (pip install duckdb-extension-{name}=={duckdb.__version__})"
        )
    version = f"v{duckdb.__version__}"
    found = sorted(Path(spec.origin).parent.rglob(f"{version}/{name}.duckdb_extension"))
    if not found:
        raise LakeUnavailable(f"duckdb-extension-{name} holds no build for DuckDB {version}")
    return found[0]


def new_connection(kind: CatalogKind = "sqlite") -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the lake's extensions loaded and no way to fetch others."""
    con = duckdb.connect(config={"autoinstall_known_extensions": False,
                                 "autoload_known_extensions": False})
    load_extensions(con, kind)
    return con


def load_extensions(con: duckdb.DuckDBPyConnection, kind: CatalogKind = "sqlite") -> None:
    """LOAD each extension; INSTALL it from its wheel first when this machine lacks it."""
    for name in EXTENSIONS[kind]:
        try:
            con.execute(f"LOAD {name}")
        except duckdb.Error:
            _install(con, name)
            con.execute(f"LOAD {name}")


def _install(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """INSTALL from the wheel's file, one process at a time (the copy is not atomic)."""
    source = extension_file(name)
    directory = Path(con.execute("SELECT current_setting('extension_directory')").fetchall()[0][0]
                     or Path.home() / ".duckdb" / "extensions")
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / ".veille-install.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        con.execute(f"INSTALL '{_quoted(source)}'")


def _quoted(path: Path | str) -> str:
    return str(path).replace("'", "''")


def attach(con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool = False) -> None:
    """Attach the lake at `path` (created when missing, unless read-only) and make it the default.

    The data folder is always the one this machine names (OVERRIDE_DATA_PATH): beside a SQLite
    catalog, so a lake moved or copied with its folder (a backup, a test's copy) reads and writes
    its own files, never the folder it was created with; for a PostgreSQL catalog, the folder of
    the pointer, where this machine mounts the shared storage.
    """
    where = catalog(path)
    options = [f"DATA_PATH '{_quoted(where.data)}/'", "OVERRIDE_DATA_PATH true",
               f"BUSY_TIMEOUT {BUSY_TIMEOUT_MS}"]
    if read_only:
        options.append("READ_ONLY")
    con.execute(f"ATTACH 'ducklake:{_quoted(where.target)}' AS {CATALOG} ({', '.join(options)})")
    con.execute(f"USE {CATALOG}")


def open_lake(path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A connection whose default catalog is the lake at `path` (plain SQL, same table names)."""
    con = new_connection(catalog(path).kind)
    try:
        attach(con, path, read_only=read_only)
    except BaseException:
        con.close()
        raise
    return con
