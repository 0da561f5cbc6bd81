"""Open the warehouse, apply migrations, and write a run atomically beside the analysts' readers.

Two storages, chosen by the path (README, *The warehouse*):

- `*.ducklake` (the default, `data/veille.ducklake`): a DuckLake, a SQLite catalog with Parquet
  files in `<name>.ducklake.files/` (warehouse/lake.py). A run is ONE catalog transaction: it
  writes only its new rows, readers attach at any time and see the last committed snapshot, and a
  run killed half-way leaves files no snapshot names (removed by `veille maintain`).
- any other path, e.g. `*.duckdb`: a DuckDB file, written by copy-and-swap. DuckDB lets one
  process write a file OR many processes read it, never both (the writer holds an exclusive
  lock). A run therefore writes to `<db>.next` (a copy of the live file), and on success swaps it
  over the live file with `os.replace`. Readers keep the file they opened (POSIX keeps the old
  inode alive) and see the new content on their next `connect`; a run killed half-way leaves
  only `<db>.next` behind, which the next run discards. The whole file is copied every run.
"""
from __future__ import annotations

import fcntl
import logging
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

import duckdb

from warehouse import lake
from warehouse.replay import Recording, RecordingConnection, is_conflict
from warehouse.sql_files import SQL_DIR, WAREHOUSE_DIR, run_script
from warehouse.transactions import batch, one_transaction

_log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from warehouse.checks import CheckFailure

# Migrations live in `warehouse/sql/schema/NNN_name.sql`; `schema_migrations.sql` beside them
# creates the table that records which were applied.
MIGRATIONS_DIR = SQL_DIR / "schema"
_BOOKKEEPING = "schema_migrations.sql"
_OLD_MIGRATIONS_DIR = WAREHOUSE_DIR / "migrations"
# A migration's lake-only step, if any: `schema/lake/NNN_name.sql` (same name as the migration).
LAKE_STEPS_DIR = MIGRATIONS_DIR / "lake"
_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


class WarehouseBusy(RuntimeError):
    """Another run is already writing this warehouse (one writer at a time)."""


class WarehouseCheckFailed(RuntimeError):
    """A write would break the warehouse's contract (a data check found rows): not swapped in."""

    def __init__(self, failures: list[CheckFailure]) -> None:
        self.failures = failures
        listed = "\n".join(f"  - {failure}" for failure in failures)
        super().__init__(
            f"{len(failures)} data check(s) failed; the write was discarded, the live warehouse "
            f"is unchanged:\n{listed}"
        )


class WarehouseUnavailable(RuntimeError):
    """The warehouse path cannot be used: a directory, not a DuckDB file, or a folder not writable."""


class WarehouseMissing(WarehouseUnavailable, FileNotFoundError):
    """No warehouse file yet at that path (nothing was ingested there)."""


def _open_duckdb(db_path: Path, **options: object) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect`, with what is wrong with the path said in one line."""
    if db_path.is_dir():
        raise WarehouseUnavailable(f"{db_path} is a directory, not a DuckDB warehouse file")
    try:
        return duckdb.connect(str(db_path), **options)  # type: ignore[arg-type]
    except duckdb.IOException as error:
        if "not a valid DuckDB database file" in str(error):
            raise WarehouseUnavailable(f"{db_path} is not a DuckDB warehouse file") from None
        raise WarehouseUnavailable(f"cannot open the warehouse {db_path}: {_first_line(error)}") from None


def _first_line(error: BaseException) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path


def migrations() -> list[Migration]:
    """All migrations shipped with the code, in version order."""
    stray = sorted(_OLD_MIGRATIONS_DIR.glob("*.sql"))
    if stray:
        raise ValueError(
            f"migration files {[p.name for p in stray]} are in {_OLD_MIGRATIONS_DIR}; "
            f"migrations now live in {MIGRATIONS_DIR}: move them there"
        )
    found = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        if path.name == _BOOKKEEPING:
            continue
        match = _MIGRATION_NAME.match(path.name)
        if match is None:
            raise ValueError(f"migration file {path.name} is not named NNN_name.sql")
        found.append(Migration(int(match.group(1)), match.group(2), path))
    return found


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    """Versions already applied to this database (empty for a new file)."""
    run_script(con, f"schema/{_BOOKKEEPING}")
    return {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}


def migrate(con: duckdb.DuckDBPyConnection, *, up_to: int | None = None) -> list[int]:
    """Apply pending migrations, each in its own transaction; returns the versions applied."""
    done = applied_versions(con)
    applied = []
    for migration in migrations():
        if migration.version in done or (up_to is not None and migration.version > up_to):
            continue
        con.begin()
        try:
            for statement in con.extract_statements(migration.path.read_text(encoding="utf-8")):
                con.execute(statement)
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, get_current_timestamp())",
                [migration.version, migration.name],
            )
            con.commit()
        except duckdb.Error:
            con.rollback()
            raise
        applied.append(migration.version)
    return applied


def migrate_lake(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply pending migrations to a lake; returns the versions applied.

    Why not run the migration files as they are: DuckLake has no PRIMARY KEY, UNIQUE or CHECK.
    The migrations are applied to an empty in-memory DuckDB (the reference), and the lake gets
    the same tables and columns (types, NOT NULL, literal defaults) without those constraints,
    which become data checks (`checks/unique_keys.sql`, `checks/accepted_entity_type.sql`). A
    migration's data statements (INSERT, UPDATE, DELETE) run on the lake as written, after its
    lake-only step if it has one (`schema/lake/NNN_name.sql`: a table's sort order, row groups).
    """
    tables = _lake_tables(con)
    done = ({row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
            if "schema_migrations" in tables else set())
    pending = [m for m in migrations() if m.version not in done]
    if not pending and "schema_migrations" in tables:
        return []
    reference = duckdb.connect()
    try:
        run_script(reference, f"schema/{_BOOKKEEPING}")
        with batch(con):
            _sync_tables(reference, con)
            for migration in migrations():
                statements = reference.extract_statements(migration.path.read_text(encoding="utf-8"))
                for statement in statements:
                    reference.execute(statement)
                if migration.version in done:
                    continue
                _sync_tables(reference, con)
                lake_step = LAKE_STEPS_DIR / migration.path.name
                if lake_step.exists():  # the lake's own settings, before the data statements:
                    # DuckLake sets no option on a table of the transaction creating it, so the
                    # new tables are committed first (empty; a failure after this re-runs the
                    # step and the data statements on them, both safe to repeat on empty tables).
                    con.commit()
                    con.begin()
                    for statement in con.extract_statements(lake_step.read_text(encoding="utf-8")):
                        con.execute(statement)
                for statement in statements:
                    if statement.type not in _SCHEMA_STATEMENTS:
                        con.execute(statement)
                con.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, get_current_timestamp())",
                    [migration.version, migration.name],
                )
    finally:
        reference.close()
    return [m.version for m in pending]


_SCHEMA_STATEMENTS = {duckdb.StatementType.CREATE, duckdb.StatementType.ALTER,
                      duckdb.StatementType.DROP}


def _lake_tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM duckdb_tables() WHERE database_name = "
                       "current_database() AND schema_name = 'main'").fetchall()
    return {row[0] for row in rows}


def _sync_tables(reference: duckdb.DuckDBPyConnection, con: duckdb.DuckDBPyConnection) -> None:
    """Create the reference's tables and columns the lake lacks (constraints left out)."""
    columns = reference.execute(
        "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default "
        "FROM duckdb_columns() c JOIN duckdb_tables() t USING (database_name, schema_name, table_name) "
        "WHERE c.database_name = current_database() AND c.schema_name = 'main' "
        "ORDER BY c.table_name, c.column_index").fetchall()
    have = {(row[0], row[1]) for row in con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() WHERE database_name = "
        "current_database() AND schema_name = 'main'").fetchall()}
    have_tables = _lake_tables(con)
    new: dict[str, list[str]] = {}
    for table, column, data_type, nullable, default in columns:
        definition = f'"{column}" {data_type}' + ("" if nullable else " NOT NULL") + (
            f" DEFAULT {default}" if default is not None else "")
        if table not in have_tables:
            new.setdefault(table, []).append(definition)
        elif (table, column) not in have:
            con.execute(f'ALTER TABLE "{table}" ADD COLUMN {definition}')
    for table, definitions in new.items():
        con.execute(f'CREATE TABLE "{table}" ({", ".join(definitions)})')


# Lakes attached ahead for this process's next writer (`opened_ahead`), by resolved path.
_OPENED_AHEAD: dict[Path, duckdb.DuckDBPyConnection] = {}


@contextmanager
def opened_ahead(db_path: Path) -> Iterator[None]:
    """Attach an existing lake now, for the next writing `connect` of this process to take.

    Why: `veille run` waits seconds for its Prefect server at the start; attaching the lake then
    (a fraction of a second: extensions, catalog) takes that out of the run's critical path.
    Only the attach: schema migrations still happen under the writer lock. Closed on the way
    out if no run took it. A DuckDB file is copied per run: nothing to open ahead.
    """
    db_path = Path(db_path)
    key = db_path.resolve()
    if lake.is_lake(db_path) and db_path.is_file() and key not in _OPENED_AHEAD:
        _OPENED_AHEAD[key] = _open_lake(db_path, read_only=False)
    try:
        yield
    finally:
        leftover = _OPENED_AHEAD.pop(key, None)
        if leftover is not None:
            leftover.close()


def connect(db_path: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; for writing, bring its schema and views up to date first."""
    db_path = Path(db_path)
    if read_only and not db_path.exists():
        raise WarehouseMissing(f"no warehouse at {db_path} (run `veille run` first)")
    if lake.is_lake(db_path):
        if not read_only:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        ahead = None if read_only else _OPENED_AHEAD.pop(db_path.resolve(), None)
        con = ahead or _open_lake(db_path, read_only=read_only)
    elif read_only:
        con = _open_duckdb(db_path, read_only=True)
    else:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        con = _open_duckdb(db_path)
    con.execute("SET TimeZone = 'UTC'")  # timestamps are stored as naive UTC
    if not read_only:
        from warehouse.derived import refresh_derived  # writers only: readers start faster

        with _bounded_memory(con, db_path):
            migrate_lake(con) if lake.is_lake(db_path) else migrate(con)
        refresh_derived(con)
    return con


# A migration may rewrite a whole table sorted (009 sorts every URL and hash: 4 GB at 10 M
# articles with DuckDB's default limit of 80 % of RAM); bounded, DuckDB spills its sort to disk
# instead: 1.7 GB peak for the same 22 - 24 s (docs/warehouse.md, *The migration's memory*).
MIGRATION_MEMORY_LIMIT = "1500MB"


def _quoted(text: str) -> str:
    return text.replace("'", "''")


@contextmanager
def _bounded_memory(con: duckdb.DuckDBPyConnection, db_path: Path) -> Iterator[None]:
    """Migrations run under `MIGRATION_MEMORY_LIMIT`, spilling next to the warehouse; the
    connection gets its memory limit back after (its spill folder stays: DuckDB cannot move
    it once used, and next to the warehouse is where it belongs)."""
    row = con.execute("SELECT current_setting('memory_limit')").fetchone()
    con.execute(f"SET memory_limit = '{MIGRATION_MEMORY_LIMIT}'")
    con.execute(f"SET temp_directory = '{_quoted(str(db_path.parent / (db_path.name + '.tmp')))}'")
    try:
        yield
    finally:
        if row is not None:
            con.execute(f"SET memory_limit = '{row[0]}'")


@contextmanager
def threads_at_most(con: duckdb.DuckDBPyConnection, threads: int) -> Iterator[None]:
    """DuckDB on at most `threads` threads for the block; the connection's setting comes back after.

    Why: while the NLP workers keep every core busy, the run's batch loads gain nothing from
    DuckDB's extra threads, which only queue for those cores: on 2 cores with 2 workers its
    second thread cost 1.9-2.5 core-s per 1,000 articles (docs/nlp.md, round 2 session 16,
    "cpu6"). Only lowered, never raised; the end of the run (rollups, checks) gets every thread back.
    """
    row = con.execute("SELECT current_setting('threads')").fetchone()
    current = int(row[0]) if row is not None else threads
    if threads >= current:
        yield
        return
    con.execute(f"SET threads = {max(int(threads), 1)}")
    try:
        yield
    finally:
        con.execute(f"SET threads = {current}")


def _open_lake(db_path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """`lake.open_lake`, with what is wrong with the path said in one line."""
    if db_path.is_dir():
        raise WarehouseUnavailable(f"{db_path} is a directory, not a DuckLake catalog file")
    try:
        return lake.open_lake(db_path, read_only=read_only)
    except lake.LakeUnavailable as error:
        raise WarehouseUnavailable(str(error)) from None
    except duckdb.Error as error:
        if read_only and lake.is_pointer(db_path) and "does not exist" in str(error):
            raise WarehouseMissing(f"no warehouse yet in the PostgreSQL catalog {db_path} names "
                                   "(run `veille run` first)") from None
        raise WarehouseUnavailable(f"cannot open the warehouse {db_path}: {_first_line(error)}") from None


def _companions(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + ".wal")]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def connect_sandboxed(db_path: Path) -> duckdb.DuckDBPyConnection:
    """Read-only, with no way out: the connection of `veille sql`, which analysts may share.

    `enable_external_access=false` refuses ATTACH of other files, COPY ... TO, read_text/read_csv
    of any path, INSTALL/LOAD of extensions; the warehouse file itself was opened before the
    setting applied. `lock_configuration=true` keeps a statement from switching either back.
    On a lake, the folder of its Parquet files stays readable (`allowed_directories`), since
    queries read them; the console's allow-list (warehouse/console.py) refuses COPY, ATTACH and
    the lake's maintenance calls, and the lake is attached read-only.
    """
    db_path = Path(db_path)
    if not db_path.exists():
        raise WarehouseMissing(f"no warehouse at {db_path} (run `veille run` first)")
    if lake.is_lake(db_path):
        con = _open_lake(db_path, read_only=True)
        # The lake's Parquet files are read at query time: its own folder stays reachable.
        folder = str(lake.data_path(db_path).resolve()).replace("'", "''")
        con.execute(f"SET allowed_directories = ['{folder}/']")
    else:
        con = _open_duckdb(db_path, read_only=True)
    run_script(con, "console/sandbox.sql")
    return con


def check_writable(db_path: Path) -> None:
    """Before a run: the path can be written and nobody else is writing it (one line if not)."""
    db_path = Path(db_path)
    if db_path.is_dir():
        raise WarehouseUnavailable(f"{db_path} is a directory, not a DuckDB warehouse file")
    folder = db_path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise WarehouseUnavailable(f"cannot create the warehouse folder {folder}: {error.strerror}") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise WarehouseUnavailable(f"cannot write in the warehouse folder {folder}: permission denied")
    if lake.is_pointer(db_path):  # a PostgreSQL catalog: created on first use, proving we may write it
        _open_lake(db_path, read_only=False).close()
    elif db_path.exists():
        (_open_lake(db_path, read_only=True) if lake.is_lake(db_path)
         else _open_duckdb(db_path, read_only=True)).close()
    with writer_lock(db_path):
        pass


@contextmanager
def writer_lock(db_path: Path) -> Iterator[None]:
    """The one-writer lock of a warehouse (`<db>.lock`): runs, maintenance, migration."""
    lock_path = db_path.with_name(db_path.name + ".lock")
    try:
        handle = open(lock_path, "w")  # noqa: SIM115  (entered by `with handle` just below)
    except OSError as error:
        raise WarehouseUnavailable(f"cannot write {lock_path}: {error.strerror}") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise WarehouseBusy(f"another run is writing {db_path} ({lock_path} is locked)") from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def writing(db_path: Path, *, fresh: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Yield a connection on `<db>.next`; swap it over `db_path` only if the block succeeds.

    On success the trend rollups are rebuilt (when the data changed) and the data checks
    (`warehouse/sql/checks/`) run before the swap, so readers never see rollups that disagree
    with the tables nor data that breaks the contract: a failing check raises
    `WarehouseCheckFailed` and the live file is left as it was.

    `fresh=True` starts from an empty warehouse instead of a copy (e.g. a full reprocess).
    The caller wraps each batch in `warehouse.transactions.batch(con)`: a transaction per batch
    on a DuckDB file, nothing on a lake, whose whole run is one transaction.
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    if lake.is_lake(db_path):
        with writer_lock(db_path), _writing_lake(db_path, fresh=fresh) as con:
            yield con
        return
    next_path = db_path.with_name(db_path.name + ".next")
    with writer_lock(db_path):
        for leftover in _companions(next_path):  # a run killed earlier left these behind
            leftover.unlink(missing_ok=True)
        if db_path.with_name(db_path.name + ".wal").exists():
            duckdb.connect(str(db_path)).close()  # replay a stray WAL into the live file
        if db_path.exists() and not fresh:
            shutil.copyfile(db_path, next_path)
        con = connect(next_path)
        try:
            yield con
            from warehouse.checks import run_checks  # with pipeline.records: writers only
            from warehouse.derived import refresh_derived

            refresh_derived(con)
            failures = run_checks(con)
            if failures:
                raise WarehouseCheckFailed(failures)
            con.execute("CHECKPOINT")
            con.close()
            _fsync(next_path)
            os.replace(next_path, db_path)
            _fsync(db_path.parent)
        except BaseException:
            con.close()
            for leftover in _companions(next_path):
                leftover.unlink(missing_ok=True)
            raise


@contextmanager
def _writing_lake(db_path: Path, *, fresh: bool) -> Iterator[duckdb.DuckDBPyConnection]:
    """The run as one DuckLake transaction: committed whole, with its checks, or not at all.

    Schema and views are brought up to date first (their own commit, like a migration). The
    checks look at the rows this transaction wrote (`scope/new_rows.sql`) against the whole
    warehouse, so their cost follows the run, not the warehouse.

    A commit refused for a conflict with another machine's run (a PostgreSQL catalog) is tried
    again, up to `COMMIT_RETRIES` times, in a new transaction that replays the run's recorded
    writes on the newer snapshot (`warehouse.replay`), rollups and checks included; each retry
    is logged with the catalog's reason. A conflict raised by the run's own statements, before
    its end, is not retried: the run fails whole, as any failure.
    """
    con = connect(db_path)
    recording = Recording()
    writer = cast(duckdb.DuckDBPyConnection, RecordingConnection(con, recording))
    body_done = False  # the run's own statements all went through: only its end is retried
    try:
        try:
            with one_transaction(con, writer):
                _begin_lake_run(con, fresh)
                yield writer
                body_done = True
                _end_lake_run(con)
        except duckdb.Error as error:
            if not body_done or not is_conflict(error):
                raise
            _retry_lake_commit(con, recording, fresh, error, db_path)
    finally:
        con.close()


COMMIT_RETRIES = 3  # a run's commit refused for a conflict: tried again this many times
COMMIT_RETRY_PAUSE_S = 0.5  # before the first retry; doubled before each next one


def _begin_lake_run(con: duckdb.DuckDBPyConnection, fresh: bool) -> None:
    run_script(con, "load/run_rows_begin.sql")
    if fresh:  # every table: what was derived from pages, then the fetch history
        run_script(con, "maintenance/reset_derived.sql")
        run_script(con, "maintenance/reset_all.sql")


def _end_lake_run(con: duckdb.DuckDBPyConnection) -> None:
    from warehouse.checks import run_checks
    from warehouse.derived import refresh_derived

    refresh_derived(con)
    failures = run_checks(con, only_new=True)
    if failures:
        raise WarehouseCheckFailed(failures)


def _reason(error: BaseException, limit: int = 400) -> str:
    """The catalog's whole message on one line (its first line alone may not name the conflict)."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[:limit] + "..."


def _retry_lake_commit(con: duckdb.DuckDBPyConnection, recording: Recording, fresh: bool,
                       error: duckdb.Error, db_path: Path) -> None:
    """Replay the run's writes in a new transaction until one commits (bounded, logged)."""
    pause = COMMIT_RETRY_PAUSE_S
    for attempt in range(1, COMMIT_RETRIES + 1):
        _log.warning("commit of the run on %s refused (%s): retry %d of %d, replaying its %d "
                     "recorded statements on the newer snapshot", db_path, _reason(error),
                     attempt, COMMIT_RETRIES, len(recording.calls))
        time.sleep(pause)
        pause *= 2
        try:
            with one_transaction(con):
                _begin_lake_run(con, fresh)
                recording.replay(con)
                _end_lake_run(con)
        except duckdb.Error as again:
            if not is_conflict(again) or attempt == COMMIT_RETRIES:
                raise
            error = again
            continue
        _log.warning("commit of the run on %s succeeded on retry %d", db_path, attempt)
        return
