"""Migrations upgrade in place; a run writes atomically while other processes read."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from pipeline.records import Resolution
from tests.warehouse.conftest import ENTITIES, aid, load_corpus, make_article
from warehouse import load
from warehouse.db import (
    MIGRATIONS_DIR,
    WarehouseBusy,
    WarehouseCheckFailed,
    connect,
    migrate,
    migrations,
    writing,
)

T0 = datetime(2026, 3, 2, 9, 0)
PROJECT_ROOT = Path(__file__).resolve().parents[2]


def articles_in(db: Path) -> int:
    """Count articles from ANOTHER process, read-only, as an analyst would."""
    script = ("import duckdb, sys; c = duckdb.connect(sys.argv[1], read_only=True); "
              "print(c.execute('SELECT count(*) FROM articles').fetchall()[0][0])")
    done = subprocess.run([sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return int(done.stdout)


def add_article(con, name: str) -> None:
    article, mentions = make_article(name, "lemonde", T0, ["e_av"])
    con.begin()
    load.load_articles(con, "r9", [(aid(name), article, name)])
    load.load_resolution(con, Resolution(entities=[ENTITIES["e_av"]], mentions=mentions), T0)
    con.commit()


def test_migrations_are_numbered_and_start_with_the_contract():
    assert [(m.version, m.name) for m in migrations()][:2] == [(1, "init"), (2, "story_signatures")]


def test_version_1_warehouse_upgrades_in_place_keeping_data(tmp_path):
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    assert migrate(con, up_to=1) == [1]
    # rows as the version-1 code wrote them
    con.execute(f"""
        INSERT INTO articles (article_id, url, source, title, published_at, language, text, story_id,
                              content_hash, first_seen_at, updated_at, run_id)
        VALUES ('{aid("A1")}', 'https://news.example/a1', 'lemonde', 'T', TIMESTAMP '2026-03-02 09:00',
                'fr', 'Aerospace Valley recrute.', 'A1', 'h', TIMESTAMP '2026-03-02 10:00',
                TIMESTAMP '2026-03-02 10:00', 'r1');
        INSERT INTO entities VALUES ('e_av', 'Aerospace Valley', 'ORG', 'FR', TIMESTAMP '2026-03-02 10:00');
        INSERT INTO mentions VALUES ('{aid("A1")}', 'e_av', 'Aerospace Valley', 0, 16);
    """)
    con.close()

    con = connect(db)  # opening for writing applies what is missing
    versions = con.execute("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert versions == [(m.version,) for m in migrations()]
    assert con.execute("SELECT article_id, story_id FROM articles").fetchall() == [(aid("A1"), "A1")]
    assert con.execute("SELECT count(*) FROM mentions").fetchall() == [(1,)]
    assert con.execute("SELECT week, entity_id, articles FROM entity_weeks").fetchall() == [
        (date(2026, 3, 2), "e_av", 1)
    ]
    load.load_story_signatures(con, [(aid("A1"), "A1", b"sig")])
    assert migrate(con) == []
    con.close()


def test_read_only_connect_needs_an_existing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="no warehouse"):
        connect(tmp_path / "missing.duckdb", read_only=True)


def test_other_process_reads_the_previous_content_during_a_run(corpus):
    assert articles_in(corpus.db) == 8
    with writing(corpus.db) as con:
        add_article(con, "B1")
        assert con.execute("SELECT count(*) FROM articles").fetchall() == [(9,)]
        assert articles_in(corpus.db) == 8  # the live file is readable and unchanged
    assert articles_in(corpus.db) == 9
    assert not corpus.db.with_name(corpus.db.name + ".next").exists()


def test_a_reader_holding_the_file_open_does_not_block_the_swap(corpus):
    reader = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent("""
            import duckdb, sys
            con = duckdb.connect(sys.argv[1], read_only=True)
            count = lambda: con.execute('SELECT count(*) FROM articles').fetchall()[0][0]
            print(count(), flush=True)
            sys.stdin.readline()
            print(count(), flush=True)
        """), str(corpus.db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert reader.stdout.readline().strip() == "8"
        with writing(corpus.db) as con:
            add_article(con, "B1")
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "8"  # its snapshot: the file it opened
    finally:
        reader.communicate(timeout=60)
    assert articles_in(corpus.db) == 9


def test_an_exception_mid_run_leaves_the_warehouse_as_it_was(corpus):
    with pytest.raises(RuntimeError, match="boom"), writing(corpus.db) as con:
        add_article(con, "B1")
        raise RuntimeError("boom")
    assert articles_in(corpus.db) == 8
    assert sorted(p.name for p in corpus.db.parent.iterdir()) == ["veille.duckdb", "veille.duckdb.lock"]


def test_a_killed_run_leaves_the_warehouse_as_it_was(corpus):
    script = textwrap.dedent("""
        import os, signal, sys
        from pathlib import Path
        from tests.warehouse.test_db import add_article
        from warehouse.db import writing
        with writing(Path(sys.argv[1])) as con:
            add_article(con, "B1")
            os.kill(os.getpid(), signal.SIGKILL)
    """)
    done = subprocess.run([sys.executable, "-c", script, str(corpus.db)], cwd=PROJECT_ROOT, timeout=120)
    assert done.returncode == -9
    assert corpus.db.with_name(corpus.db.name + ".next").exists()  # the half-written copy
    assert articles_in(corpus.db) == 8
    with writing(corpus.db) as con:  # the next run discards the leftover and starts clean
        add_article(con, "B2")
    assert articles_in(corpus.db) == 9


def test_one_writer_at_a_time(corpus):
    with writing(corpus.db), pytest.raises(WarehouseBusy), writing(corpus.db):
        pass


def test_fresh_run_starts_from_an_empty_warehouse(tmp_path):
    db = tmp_path / "veille.duckdb"
    load_corpus(db)
    with writing(db, fresh=True) as con:
        add_article(con, "B1")
    assert articles_in(db) == 1


def test_a_write_that_breaks_a_data_check_is_discarded(corpus):
    """The data checks run inside the write, before the swap: the live file keeps its content."""
    with pytest.raises(WarehouseCheckFailed, match="mention_entity_exists") as raised, \
            writing(corpus.db) as con:
        add_article(con, "B1")
        con.execute(f"INSERT INTO mentions VALUES ('{aid('A1')}', 'e_ghost', 'Actualité', 0, 9)")
    assert [f.check for f in raised.value.failures] == ["mention_entity_exists"]
    assert "live warehouse is unchanged" in str(raised.value)
    assert articles_in(corpus.db) == 8
    assert not corpus.db.with_name(corpus.db.name + ".next").exists()


def test_migrations_live_in_the_schema_folder():
    assert MIGRATIONS_DIR == PROJECT_ROOT / "warehouse" / "sql" / "schema"
    found = migrations()
    assert [m.version for m in found] == sorted({m.version for m in found})
    assert all(m.path.parent == MIGRATIONS_DIR for m in found)
    assert found[0].version == 1 and found[0].name == "init"
