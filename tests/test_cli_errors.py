"""Bad input gets one line on stderr and a documented exit code (veille.exit_codes), never a
traceback. Table-driven: each case builds its bad input for real (files, folders, a held lock,
environment) and runs the real command line in a child process (`python -m veille`)."""
from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from veille.exit_codes import ExitCode

PROJECT_ROOT = Path(__file__).resolve().parents[1]
GOOD_SOURCES = "sources:\n  - name: eco\n    feeds: ['http://127.0.0.1:9/rss.xml']\n"


@dataclass
class Case:
    id: str
    args: Callable[[Path], list[str]]   # the command line, given a scratch folder
    code: ExitCode
    message: str                        # a fragment of the one line on stderr
    files: dict[str, bytes | str] = field(default_factory=dict)  # written into the folder first
    env: dict[str, str] = field(default_factory=dict)


def run(tmp: Path, *extra: str, sources: str = "s.yaml", db: str = "w.duckdb") -> list[str]:
    return ["run", "--sources", str(tmp / sources), "--db", str(tmp / db), *extra]


CASES = [
    Case("sources-not-utf8", lambda t: run(t), ExitCode.USAGE, "not UTF-8 text",
         {"s.yaml": "sources:\n  - name: économie\n".encode("latin-1")}),
    Case("sources-not-yaml", lambda t: run(t), ExitCode.USAGE, "invalid YAML",
         {"s.yaml": "sources: [\n  - name: eco\n    feeds: {oops\n"}),
    Case("sources-missing", lambda t: run(t, sources="none.yaml"), ExitCode.USAGE, "none.yaml: not found"),
    Case("url-invalid-port", lambda t: run(t), ExitCode.USAGE, "invalid port in URL 'http://eco.example:99999/rss'",
         {"s.yaml": "sources:\n  - name: eco\n    feeds: ['http://eco.example:99999/rss']\n"}),
    Case("registry-empty", lambda t: run(t), ExitCode.USAGE, "nothing to crawl: no source is listed",
         {"s.yaml": "sources: []\n"}),
    Case("registry-all-disabled", lambda t: run(t), ExitCode.USAGE, "every source is disabled",
         {"s.yaml": GOOD_SOURCES + "    enabled: false\n"}),
    Case("brackets-kept-in-messages", lambda t: run(t), ExitCode.USAGE, "pattern '^[a-z0-9_-]+$'",
         {"s.yaml": "sources:\n  - name: Eco News\n    feeds: ['http://eco.example/rss']\n"}),
    Case("db-not-duckdb", lambda t: run(t), ExitCode.WAREHOUSE, "w.duckdb is not a DuckDB warehouse file",
         {"s.yaml": GOOD_SOURCES, "w.duckdb": "just some text, not a database"}),
    Case("db-is-a-directory", lambda t: run(t, db="folder"), ExitCode.WAREHOUSE, "is a directory",
         {"s.yaml": GOOD_SOURCES, "folder/keep": ""}),
    Case("sql-db-missing", lambda t: ["sql", "select 1", "--db", str(t / "none.duckdb")],
         ExitCode.WAREHOUSE, "no warehouse at"),
    Case("sql-db-not-duckdb", lambda t: ["sql", "select 1", "--db", str(t / "w.duckdb")],
         ExitCode.WAREHOUSE, "not a DuckDB warehouse file", {"w.duckdb": "text"}),
    Case("digest-to-crlf", lambda t: ["config"], ExitCode.USAGE,
         "VEILLE_DIGEST_TO: Value error, must not contain a line break",
         env={"VEILLE_DIGEST_TO": "boss@example.org\r\nBcc: everyone@example.org"}),
    Case("digest-from-lf", lambda t: ["digest", "--send", "--db", str(t / "w.duckdb")], ExitCode.USAGE,
         "VEILLE_DIGEST_FROM: Value error, must not contain a line break",
         env={"VEILLE_DIGEST_FROM": "veille@example.org\nSubject: hello", "VEILLE_DIGEST_TO": "a@example.org"}),
    Case("week-not-a-date", lambda t: ["trends", "--week", "2026-13-45", "--db", str(t / "w.duckdb")],
         ExitCode.USAGE, "week expects a date YYYY-MM-DD (any day of the ISO week), e.g. 2026-11-16; got '2026-13-45'"),
    Case("param-limit-not-a-number",
         lambda t: ["query", "trending_entities", "-p", "limit=abc", "--db", str(t / "w.duckdb")],
         ExitCode.USAGE, "limit expects a whole number, 0 or more; got 'abc'"),
    Case("limit-not-a-number", lambda t: ["sql", "select 1", "--limit", "many", "--db", str(t / "w.duckdb")],
         ExitCode.USAGE, "Invalid value for '--limit'"),
    Case("format-unknown", lambda t: ["sql", "select 1", "--format", "xml", "--db", str(t / "w.duckdb")],
         ExitCode.USAGE, "'xml' is not one of 'table', 'csv', 'json', 'markdown'. (see `veille sql --help`)"),
    Case("command-unknown", lambda t: ["sqll", "select 1"], ExitCode.USAGE, "No such command 'sqll'"),
    Case("param-type-unknown", lambda t: ["trends", "--type", "company", "--db", str(t / "w.duckdb")],
         ExitCode.USAGE, "type expects one of ORG, PER, LOC, MISC; got 'company'"),
]


def veille(args: list[str], env: dict[str, str] | None = None, prefix: list[str] | None = None,
           cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
    environment |= {"PYTHONPATH": str(PROJECT_ROOT), "COLUMNS": "200", **(env or {})}
    return subprocess.run([*(prefix or []), sys.executable, "-m", "veille", *args], env=environment,
                          capture_output=True, text=True, timeout=300, cwd=cwd)


def assert_one_line(result: subprocess.CompletedProcess[str], code: ExitCode, message: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and message in lines[0], lines[0]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_one_line_and_its_exit_code(case: Case, tmp_path: Path) -> None:
    for name, content in case.files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    assert_one_line(veille(case.args(tmp_path), case.env, cwd=tmp_path), case.code, case.message)
    assert not (tmp_path / "w.duckdb.next").exists()


@contextmanager
def writer_lock_held(db: Path) -> Iterator[None]:
    """What a running `veille run` holds (warehouse.db.writer_lock)."""
    with open(db.with_name(db.name + ".lock"), "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield


def test_a_second_concurrent_run_is_told_the_warehouse_is_busy(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(GOOD_SOURCES, encoding="utf-8")
    with writer_lock_held(tmp_path / "w.duckdb"):
        result = veille(run(tmp_path), cwd=tmp_path)
    assert_one_line(result, ExitCode.BUSY, "warehouse busy: another run is writing")


def _read_only_prefix(folder: Path) -> list[str] | None:
    """How to make `folder` read-only for the child: chmod for a user, a read-only bind mount
    in a private mount namespace for root (who ignores permissions)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return []
    if shutil.which("unshare") is None:
        return None
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    if probe.returncode != 0:
        return None
    return ["unshare", "-m", "sh", "-c",
            f'mount --bind "{folder}" "{folder}" && mount -o remount,bind,ro "{folder}" && exec "$0" "$@"']


def test_a_warehouse_in_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_text(GOOD_SOURCES, encoding="utf-8")
    folder = tmp_path / "readonly"
    folder.mkdir()
    prefix = _read_only_prefix(folder)
    if prefix is None:
        pytest.skip("cannot make a read-only folder here (root without mount namespaces)")
    try:
        result = veille(run(tmp_path, db="readonly/w.duckdb"), prefix=prefix, cwd=tmp_path)
    finally:
        folder.chmod(0o755)
    assert_one_line(result, ExitCode.WAREHOUSE, f"cannot write in the warehouse folder {folder}")
