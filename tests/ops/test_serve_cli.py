"""`veille serve` refuses what cannot work before starting anything."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from veille.cli import app


def test_serve_refuses_to_send_without_recipients(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VEILLE_DIGEST_TO", raising=False)
    monkeypatch.setenv("VEILLE_DIGEST_TO", "")
    result = CliRunner().invoke(app, ["serve", "--send"])
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()  # one clear line, no traceback
    assert "VEILLE_DIGEST_TO" in line and "--no-send" in line
