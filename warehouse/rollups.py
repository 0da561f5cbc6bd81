"""Rollups behind the trend queries: rebuilt from mentions and articles when those changed.

Why: counting 30M mentions joined to 1M articles takes seconds; the same counts per (article,
entity) and per (week, entity), stored in week order, answer each trend query in well under one.
`writing()` refreshes them at the end of every run (and `connect()` for writing at open),
rebuilding only the weeks the loaders marked dirty, so a daily run costs seconds, not minutes.
If rows were loaded another way (a test fixture, a manual fix), `ensure_fresh` builds exact
temporary rollups for the reading connection, which shadow the stale stored ones.
"""
from __future__ import annotations

import duckdb

from warehouse.lake import CATALOG
from warehouse.sql_files import run_script, sql_file
from warehouse.transactions import holds_run

# In build order: entity_weeks is computed from article_entities, entity_totals from
# entity_weeks. The first two are rebuilt week by week; the last entity by entity.
ROLLUPS = ("article_entities", "entity_weeks", "entity_totals")
WEEKLY = ROLLUPS[:2]


# rollup_state.fingerprint on a lake: there the catalog's snapshots prove the rollups fresh
# (`fresh_on_lake.sql`), and a run's own rows are found without a scan, so no fingerprint
# (a pass over every article: seconds at 10 M) is computed or needed.
LAKE_STATE = "lake-snapshots"


def fingerprint(con: duckdb.DuckDBPyConnection) -> str:
    """A digest of what the rollups depend on (cheap: no join)."""
    digest: str = con.execute(sql_file("rollups/fingerprint.sql")).fetchall()[0][0]
    return digest


def is_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the stored rollups count the current data.

    On a lake outside a run, the catalog's snapshot list proves it in milliseconds (nothing
    changed articles or mentions since the snapshot that recorded the rollups); otherwise, or
    when that cannot be shown, the fingerprint decides (it reads every article: seconds at 10 M).
    """
    state = con.execute(sql_file("rollups/state.sql")).fetchall()
    if _on_lake(con):
        if holds_run(con):
            written, recorded = _run_changes(con)
            if recorded:  # refreshed by this run, and nothing written since
                return bool(state) and state[0][0] == _lake_state(written)
            if written != _NOTHING_WRITTEN:
                return False
        if _committed_fresh(con):
            return True
        if state and state[0][0].startswith(LAKE_STATE):
            return False
    return bool(state) and state[0][0] == fingerprint(con)


def _committed_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """On a lake: no snapshot since the one that recorded the rollups changed the base tables."""
    return bool(con.execute(sql_file("rollups/fresh_on_lake.sql")).fetchall()[0][0])


_NOTHING_WRITTEN = "0/0"


def _run_changes(con: duckdb.DuckDBPyConnection) -> tuple[str, bool]:
    """Inside a lake transaction: ("<articles>/<mentions>" it wrote, rollups recorded by it)."""
    written, recorded = con.execute(sql_file("rollups/run_changes.sql")).fetchall()[0]
    return str(written), bool(recorded)


def _lake_state(written: str) -> str:
    """rollup_state.fingerprint on a lake: the marker, and the rows the run had written."""
    return f"{LAKE_STATE}/{written}"


def _on_lake(con: duckdb.DuckDBPyConnection) -> bool:
    return bool(con.execute("SELECT current_database() = ?", [CATALOG]).fetchall()[0][0])


def _drop_shadows(con: duckdb.DuckDBPyConnection) -> None:
    for name in reversed(ROLLUPS):
        con.execute(f"DROP TABLE IF EXISTS temp.main.{name}")


def refresh(con: duckdb.DuckDBPyConnection, *, force: bool = False) -> bool:
    """Bring the stored rollups up to date; True if anything was rebuilt. Caller commits.

    Rebuilds only the weeks the loaders marked dirty (and the totals of the entities counted
    in them); everything when the rollups were never
    built, when `force`, or when the data changed without dirty marks (rows written by hand).
    Inside a lake run, only the run's own articles (their rows carry no snapshot yet) and the
    (week, entity) pairs they count in are rewritten, not whole weeks: a backfill spread over
    every week still writes what it adds.
    """
    _drop_shadows(con)
    state = con.execute(sql_file("rollups/state.sql")).fetchall()
    dirty = con.execute(sql_file("rollups/dirty_count.sql")).fetchall()[0][0]
    if _on_lake(con):  # the snapshots decide, not a fingerprint (LAKE_STATE)
        written, recorded = _run_changes(con)
        current = _lake_state(written)
        ours = bool(state) and state[0][0].startswith(LAKE_STATE)
        if recorded:  # refreshed earlier in this transaction: as of then
            counted = state[0][0] == current and dirty == 0
            counted_before = True
        else:  # as of the snapshot that recorded them (or, recorded by a fingerprint, that)
            counted_before = bool(state) and (
                _committed_fresh(con) or (not ours and state[0][0] == fingerprint(con)))
            counted = counted_before and written == _NOTHING_WRITTEN and dirty == 0
        if not force and counted:
            if not ours:
                _record(con, current)
            return False
        full = force or not state or dirty == 0 or not counted_before
    else:
        current = fingerprint(con)
        if not force and state and state[0][0] == current:
            _record(con, current)
            return False
        full = force or not state or dirty == 0
    run_script(con, "rollups/scope_all.sql" if full else "rollups/scope_dirty.sql")
    if not full and holds_run(con):  # a lake run: its own articles only (scope_run_articles.sql)
        run_script(con, "rollups/scope_run_articles.sql")
        con.execute("INSERT INTO main.article_entities\n" + sql_file("rollups/article_entities_of_run.sql"))
        run_script(con, "rollups/entity_weeks_of_run.sql")
        run_script(con, "rollups/entity_totals_of_run.sql")
        run_script(con, "rollups/entity_totals_of_scope.sql")  # those recounted in full
    else:
        if not full:  # the entities counted in these weeks until now
            run_script(con, "rollups/scope_entities_of_weeks.sql")
        for name in WEEKLY:
            con.execute(f"DELETE FROM main.{name} WHERE week IN (SELECT week FROM rollup_scope)")
            con.execute(f"INSERT INTO main.{name}\n" + sql_file(f"rollups/{name}.sql"))
        if full:
            con.execute("DELETE FROM main.entity_totals")
            con.execute("INSERT INTO main.entity_totals\n" + sql_file("rollups/entity_totals.sql"))
        else:  # ... and from now on
            run_script(con, "rollups/scope_entities_of_weeks.sql")
            run_script(con, "rollups/entity_totals_of_scope.sql")
    _record(con, current)
    return True


def _record(con: duckdb.DuckDBPyConnection, current: str) -> None:
    run_script(con, "rollups/record.sql", {"fingerprint": current})


def ensure_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """Make this connection read exact rollups; True if temporary ones had to be built.

    Works on read-only connections: temporary tables live in memory, not in the file.
    """
    if is_fresh(con):
        _drop_shadows(con)
        return False
    run_script(con, "rollups/scope_all.sql")
    for name in ROLLUPS:
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {name} AS\n" + sql_file(f"rollups/{name}.sql")
        )
    return True
