"""`veille.paths.known_db_path` answers only when it equals `Settings().db_path`."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from veille.paths import known_db_path
from veille.settings import Settings

ENVIRONMENTS: list[dict[str, str]] = [
    {},
    {"VEILLE_DB_PATH": "/srv/veille/w.duckdb"},
    {"VEILLE_DB_PATH": "rel/w.duckdb"},
    {"VEILLE_DB_PATH": "/tmp/with space/w.duckdb"},
    {"VEILLE_DATA_DIR": "/srv/veille"},
    {"VEILLE_DATA_DIR": "/srv/veille", "VEILLE_DB_PATH": "/elsewhere/w.duckdb"},
    {"VEILLE_DB_PATH": ""},
    {"VEILLE_DATA_DIR": "  "},
    {"veille_db_path": "/lower/case.duckdb"},
    {"VEILLE_DB_PATH": "/srv/w.duckdb", "VEILLE_SMTP_PORT": "25"},
    {"VEILLE_SMTP_PORT": "not a number"},
]


def _settings_db_path(environ: dict[str, str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> Path | str:
    for name in [n for n in os.environ if n.upper().startswith("VEILLE_")]:
        monkeypatch.delenv(name)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(cwd)
    try:
        return Settings().db_path
    except Exception as error:  # noqa: BLE001  (what the CLI would report instead of a path)
        return type(error).__name__


@pytest.mark.parametrize("environ", ENVIRONMENTS, ids=lambda e: ",".join(f"{k}={v}" for k, v in e.items()) or "empty")
@pytest.mark.parametrize("dotenv", [None, "VEILLE_DB_PATH=/from/dotenv.duckdb\n"])
def test_known_path_is_the_settings_path(environ: dict[str, str], dotenv: str | None, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    if dotenv is not None:
        (tmp_path / ".env").write_text(dotenv, encoding="utf-8")
    known = known_db_path(environ, tmp_path)
    expected = _settings_db_path(environ, tmp_path, monkeypatch)
    if known is not None:
        assert known == expected
    # the quick answer exists for the plain cases (else the speed-up would silently vanish)
    plain = dotenv is None and all(k in ("VEILLE_DB_PATH", "VEILLE_DATA_DIR") and v.strip() for k, v in environ.items())
    assert (known is not None) == plain


def test_a_dotenv_file_is_left_to_the_settings(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("VEILLE_DATA_DIR=/x\n", encoding="utf-8")
    assert known_db_path({}, tmp_path) is None
    assert known_db_path({}, tmp_path / "elsewhere") == Path("data/veille.ducklake")
