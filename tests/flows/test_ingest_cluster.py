"""`veille run` on a real Dask cluster: each source crawled and analysed on a worker.

The demo sites are ingested twice into two warehouses, once here and once with
VEILLE_DASK_ADDRESS pointing at a `dask scheduler` with two `dask worker` processes on loopback;
both warehouses must say the same (ids that depend on arrival order are left out).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from demo.server import DemoSites
from flows.ingest import ingest
from tests.daskcluster import dask_cluster
from tests.warcfiles import warehouse_content

pytestmark = pytest.mark.slow


def test_an_ingest_on_dask_workers_loads_what_one_process_loads(tmp_path: Path, prefect_harness, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VEILLE_WORK_DIR", str(tmp_path / "work"))
    monkeypatch.setenv("VEILLE_NLP_PROCESSES", "1")
    with DemoSites() as sites:
        sources = sites.write_sources(tmp_path / "sources.yaml")
        here = ingest(str(sources), str(tmp_path / "here.duckdb"), politeness=False)
        with dask_cluster(2, tmp_path / "dask-logs") as address:
            monkeypatch.setenv("VEILLE_DASK_ADDRESS", address)
            there = ingest(str(sources), str(tmp_path / "dask.duckdb"), politeness=False)
    assert here["status"] == there["status"] == "completed"
    assert there["outcomes"] == here["outcomes"] and there["articles_new"] == here["articles_new"] >= 20
    assert there["seconds"].get("crawl_and_analyse", 0) > 0  # the sources ran as cluster tasks
    mine, reference = warehouse_content(tmp_path / "dask.duckdb"), warehouse_content(tmp_path / "here.duckdb")
    for table in ("articles", "entities", "aliases", "mentions", "dates", "roles", "stories", "outcomes", "coverage", "events"):
        assert mine[table] == reference[table], table
