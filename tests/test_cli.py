"""The `veille` command line as a newcomer meets it: help, configuration, bad input."""
from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from veille.cli import app

runner = CliRunner()
COMMANDS = ("run", "reprocess", "demo", "trends", "query", "sql", "export", "annotate", "eval", "digest", "serve", "config")


def test_help_lists_every_command() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.output


def test_run_rejects_a_malformed_sources_file_before_starting(tmp_path: Path) -> None:
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - name: eco\n    feeds: [notaurl]\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "--sources", str(sources), "--db", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "eco" in result.output and "feeds" in result.output
    assert not (tmp_path / "w.duckdb").exists()


def test_run_reports_a_missing_sources_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--sources", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert "nope.yaml" in result.output


def test_config_masks_the_smtp_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_SMTP_PASSWORD", "s3cr3t-value")
    monkeypatch.setenv("VEILLE_DIGEST_TO", "a@example.org, b@example.org")
    result = runner.invoke(app, ["config"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "s3cr3t-value" not in result.output
    assert "********" in result.output and "b@example.org" in result.output
