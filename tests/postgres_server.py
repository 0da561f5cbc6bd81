"""A real PostgreSQL server for tests, started from the machine's binaries on 127.0.0.1.

Why real: the PostgreSQL catalog of a DuckLake is what arbitrates several machines' runs; a fake
would test nothing. `initdb` refuses to run as root, so as root the server runs as the
`postgres` user (`runuser`); without the binaries (`initdb`, `pg_ctl`, `createdb` on the PATH or
in /usr/lib/postgresql/*/bin) the tests that need it skip, saying why.
"""
from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "veille"  # the superuser initdb creates (trust authentication on loopback only)


@dataclass(frozen=True)
class PostgresServer:
    host: str
    port: int
    bin_dir: Path
    run_as: tuple[str, ...]

    def create_database(self, name: str) -> str:
        """A new empty database; its libpq keywords (what VEILLE_WAREHOUSE may hold)."""
        subprocess.run([*self.run_as, str(self.bin_dir / "createdb"), "-h", self.host, "-p", str(self.port),
                        "-U", USER, name], check=True, capture_output=True, timeout=60)
        return f"dbname={name} host={self.host} port={self.port} user={USER}"

    def url(self, name: str) -> str:
        return f"postgres://{USER}@{self.host}:{self.port}/{name}"


def find_bin_dir() -> Path | None:
    """The folder holding initdb, pg_ctl and createdb, or None."""
    candidates = []
    if (initdb := shutil.which("initdb")) is not None:
        candidates.append(Path(initdb).resolve().parent)
    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)]
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "createdb")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_postgres() -> Iterator[PostgresServer]:
    """Start a throw-away server (its own folder, a free port); stop and remove it afterwards."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries (initdb, pg_ctl, createdb) on the PATH or in "
                    "/usr/lib/postgresql/*/bin: the PostgreSQL-catalog tests need a real server")
    run_as: tuple[str, ...] = ()
    owner = None
    if os.geteuid() == 0:  # initdb refuses root
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no `postgres` user to run initdb as")
        if shutil.which("runuser") is None:
            pytest.skip("running as root without `runuser` to start PostgreSQL as `postgres`")
        run_as = ("runuser", "-u", "postgres", "--")
    base = Path(tempfile.mkdtemp(prefix="veille-pg-"))
    if owner is not None:
        os.chown(base, owner.pw_uid, owner.pw_gid)
    data, port = base / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*run_as, *args], check=True, capture_output=True, timeout=120, cwd=base)

    started = False
    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--no-sync")
        run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(base / "server.log"), "-w", "-t", "60",
            "-o", f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off", "start")
        started = True
        yield PostgresServer("127.0.0.1", port, bin_dir, run_as)
    except subprocess.CalledProcessError as error:
        log = (base / "server.log").read_text(errors="replace") if (base / "server.log").exists() else ""
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr!r} {log[-2000:]}") from error
    finally:
        if started:
            subprocess.run([*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True, timeout=60, cwd=base)
        shutil.rmtree(base, ignore_errors=True)
