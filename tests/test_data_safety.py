"""Production data has its own place, and nothing deletes a warehouse it did not create."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app
from veille.commands.demo import DEMO_MARK, DemoFolderTaken, reset_demo_folder
from veille.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_the_production_warehouse_lives_under_the_data_directory(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("VEILLE_DB_PATH", "VEILLE_DATA_DIR", "VEILLE_WORK_DIR"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings(_env_file=None)
    assert settings.db_path == Path("data/veille.ducklake")
    assert settings.spool_dir(settings.db_path) == Path("data/work")
    assert settings.prefect_home == Path("data/prefect")
    monkeypatch.setenv("VEILLE_DATA_DIR", "/srv/veille")
    assert Settings(_env_file=None).db_path == Path("/srv/veille/veille.ducklake")
    monkeypatch.setenv("VEILLE_DB_PATH", "/elsewhere/w.duckdb")
    assert Settings(_env_file=None).db_path == Path("/elsewhere/w.duckdb")  # explicit wins


def test_demo_refuses_to_replace_a_warehouse_it_did_not_create(tmp_path: Path) -> None:
    folder = tmp_path / "analysis"
    folder.mkdir()
    precious = folder / "veille.duckdb"
    precious.write_bytes(b"a year of news")
    result = CliRunner().invoke(app, ["demo", "--out", str(folder)])
    assert result.exit_code == 2
    assert "not created by `veille demo`" in result.output
    assert precious.read_bytes() == b"a year of news"
    assert sorted(p.name for p in folder.iterdir()) == ["veille.duckdb"]


def test_demo_starts_afresh_only_where_it_left_its_mark(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    database = reset_demo_folder(folder)
    assert (folder / DEMO_MARK).exists() and not database.exists()
    database.write_bytes(b"demo data")
    (folder / "veille.ducklake.runs.jsonl").write_text("{}\n")
    (folder / "veille.ducklake.files" / "main").mkdir(parents=True)
    (folder / "veille.duckdb").write_bytes(b"a demo of before DuckLake")
    assert reset_demo_folder(folder) == database
    assert sorted(p.name for p in folder.iterdir()) == [DEMO_MARK]


def test_demo_refuses_a_folder_holding_someone_elses_duckdb_file(tmp_path: Path) -> None:
    (tmp_path / "veille.duckdb").write_bytes(b"a year of news")
    with pytest.raises(DemoFolderTaken):
        reset_demo_folder(tmp_path)
    assert (tmp_path / "veille.duckdb").read_bytes() == b"a year of news"


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_clean_keeps_the_production_data(tmp_path: Path) -> None:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "veille.duckdb").write_bytes(b"production")
    (tmp_path / "out" / "demo").mkdir(parents=True)
    (tmp_path / "out" / "demo" / "veille.duckdb").write_bytes(b"demo")
    subprocess.run(["make", "-s", "clean"], cwd=tmp_path, check=True)
    assert (tmp_path / "data" / "veille.duckdb").read_bytes() == b"production"
    assert not (tmp_path / "out").exists()
