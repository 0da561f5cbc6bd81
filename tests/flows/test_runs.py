"""Every run leaves a trace in `runs`, including runs that failed or were killed (real DuckDB file,
real processes): the journal beside the warehouse survives the discarded copy, and the next run
copies what it knows into `runs` and removes the spool a killed run left."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from flows.runs import recent_runs, recorded_run
from warehouse.checks import run_checks

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 2, 6, 0)


def _clock(moment: datetime):  # type: ignore[no-untyped-def]
    return lambda: moment


def _runs(db: Path) -> dict[str, tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT run_id, status, error, finished_at FROM runs").fetchall()
    return {row[0]: row[1:] for row in rows}


def _complete(db: Path, run_id: str, at: datetime) -> None:
    with recorded_run(db, run_id, at, clock=_clock(at + timedelta(minutes=1))) as run:
        run.finish(at + timedelta(minutes=1), "completed", {"articles_new": 0})


def test_a_failed_run_is_journaled_and_lands_in_runs_with_its_error(tmp_path: Path) -> None:
    db = tmp_path / "veille.duckdb"
    _complete(db, "r1", T0)
    spool = tmp_path / "work" / "r2"
    with pytest.raises(RuntimeError, match="parser exploded"):
        with recorded_run(db, "r2", T0 + timedelta(days=1), clock=_clock(T0 + timedelta(days=1, minutes=2)),
                          spool=spool) as run:
            spool.mkdir(parents=True)
            run.stats = {"pages_fetched": 7}
            raise RuntimeError("parser exploded")
    assert not spool.exists()  # a failed run removes its own spool
    assert "r2" not in _runs(db)  # the copy it wrote was discarded...
    (failed,) = [e for e in recent_runs(db, T0 + timedelta(days=2)) if e.run_id == "r2"]
    assert (failed.status, failed.stats) == ("failed", {"pages_fetched": 7})  # ...the journal kept it
    assert "parser exploded" in failed.error

    _complete(db, "r3", T0 + timedelta(days=2))
    runs = _runs(db)
    assert runs["r2"][:2] == ("failed", "RuntimeError: parser exploded")
    assert runs["r1"][0] == runs["r3"][0] == "completed"
    with duckdb.connect(str(db), read_only=True) as con:
        assert run_checks(con) == []


KILLED_RUN = textwrap.dedent("""
    import os, signal, sys
    from datetime import datetime
    from pathlib import Path
    from flows.runs import recorded_run
    db, spool = Path(sys.argv[1]), Path(sys.argv[2])
    with recorded_run(db, "killed", datetime(2026, 3, 3, 6), clock=datetime.now, spool=spool) as run:
        (spool / "source").mkdir(parents=True)
        os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_killed_run_is_interrupted_and_the_next_run_cleans_its_spool(tmp_path: Path) -> None:
    db = tmp_path / "veille.duckdb"
    _complete(db, "first", T0)
    spool = tmp_path / "work" / "killed"
    child = subprocess.run([sys.executable, "-c", KILLED_RUN, str(db), str(spool)], cwd=ROOT,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=False)
    assert child.returncode == -9
    assert spool.is_dir() and "killed" not in _runs(db)

    (shown,) = [e for e in recent_runs(db, T0 + timedelta(days=2)) if e.run_id == "killed"]
    assert shown.status == "interrupted"  # its process is gone: `veille runs` marks it

    _complete(db, "next", T0 + timedelta(days=2))
    assert _runs(db)["killed"][0] == "interrupted"
    assert not spool.exists()
    statuses = {e.run_id: e.status for e in recent_runs(db, T0 + timedelta(days=3))}
    assert statuses == {"first": "completed", "killed": "interrupted", "next": "completed"}


def test_a_run_in_progress_is_shown_running(tmp_path: Path) -> None:
    db = tmp_path / "veille.duckdb"
    with recorded_run(db, "live", T0, clock=_clock(T0)) as run:
        (entry,) = recent_runs(db, T0)
        assert (entry.run_id, entry.status) == ("live", "running")
        run.finish(T0, "completed", {})


KILLED_BACKFILL = textwrap.dedent("""
    import os, signal, sys
    from datetime import datetime
    from pathlib import Path
    from flows.runs import journaled_run
    db = Path(sys.argv[1])
    with journaled_run(db, "backfill-killed", datetime(2026, 3, 3, 6), clock=datetime.now, kind="backfill") as run:
        run.progress({"pages_fetched": 40, "articles_new": 12})  # after its first commit
        os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_killed_backfill_is_interrupted_with_its_counts(tmp_path: Path) -> None:
    db = tmp_path / "veille.duckdb"
    _complete(db, "first", T0)
    child = subprocess.run([sys.executable, "-c", KILLED_BACKFILL, str(db)], cwd=ROOT,
                           env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}, check=False)
    assert child.returncode == -9
    (shown,) = [e for e in recent_runs(db, T0 + timedelta(days=2)) if e.run_id == "backfill-killed"]
    assert (shown.status, shown.stats) == ("interrupted", {"pages_fetched": 40, "articles_new": 12})

    _complete(db, "next", T0 + timedelta(days=2))  # the next start copies it into `runs`
    assert _runs(db)["backfill-killed"][0] == "interrupted"


def test_a_live_backfill_between_commits_is_not_taken_for_dead(tmp_path: Path) -> None:
    """A backfill releases the writer lock between commits: an ingest run starting meanwhile
    must not mark it interrupted (it is alive), and it ends completed in `runs`."""
    from flows.runs import journaled_run, settle_previous
    from warehouse import load
    from warehouse.db import writing

    db = tmp_path / "veille.duckdb"
    with journaled_run(db, "backfill-live", T0, clock=_clock(T0 + timedelta(hours=2)), kind="backfill") as run:
        _complete(db, "ingest-meanwhile", T0 + timedelta(hours=1))
        statuses = {e.run_id: e.status for e in recent_runs(db, T0 + timedelta(hours=1))}
        assert statuses == {"backfill-live": "running", "ingest-meanwhile": "completed"}
        with writing(db) as con:  # what the backfill's final commit does
            settle_previous(con, run.journal, "backfill-live")
            load.start_run(con, "backfill-live", T0)
            load.finish_run(con, "backfill-live", T0 + timedelta(hours=2), "completed", {"pages_fetched": 3})
        run.status, run.stats = "completed", {"pages_fetched": 3}
    assert _runs(db)["backfill-live"][0] == "completed"
    (entry,) = [e for e in recent_runs(db, T0 + timedelta(hours=3)) if e.run_id == "backfill-live"]
    assert entry.status == "completed"


def test_a_failed_backfill_is_journaled_failed(tmp_path: Path) -> None:
    from flows.runs import journaled_run

    db = tmp_path / "veille.duckdb"
    with pytest.raises(OSError, match="disk gone"):
        with journaled_run(db, "backfill-failed", T0, clock=_clock(T0 + timedelta(minutes=5)), kind="backfill") as run:
            run.progress({"pages_fetched": 2})
            raise OSError("disk gone")
    (entry,) = recent_runs(db, T0 + timedelta(hours=1))
    assert (entry.status, entry.stats, entry.error) == ("failed", {"pages_fetched": 2}, "OSError: disk gone")
    _complete(db, "next", T0 + timedelta(hours=1))
    assert _runs(db)["backfill-failed"][:2] == ("failed", "OSError: disk gone")
