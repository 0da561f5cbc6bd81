"""`crawl-source` retries only what another attempt can fix, as `send-digest` does."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from prefect import flow
from prefect.client.orchestration import get_client

from crawlers.run import CrawlError, crawl
from crawlers.sources import Source
from crawlers.state import CrawlState
from flows.ingest import crawl_source
from veille.settings import Settings

SOURCE = Source(name="x", feeds=["http://127.0.0.1:9/feed.xml"])


def test_a_child_that_fails_on_its_own_error_is_not_transient(tmp_path: Path) -> None:
    bad = Settings(download_timeout=float("nan"), _env_file=None)  # dies in the child: exit 1
    with pytest.raises(CrawlError, match="exited with code 1") as caught:
        crawl([SOURCE], bad, CrawlState(), tmp_path, politeness=False, timeout=60)
    assert caught.value.transient is False


def test_a_child_that_overruns_is_transient(tmp_path: Path) -> None:
    with pytest.raises(CrawlError, match="overran") as caught:
        crawl([SOURCE], Settings(_env_file=None), CrawlState(), tmp_path, politeness=False,
              timeout=0.001)
    assert caught.value.transient is True
    assert pickle.loads(pickle.dumps(caught.value)).transient is True


def test_crawl_source_does_not_retry_a_permanent_failure(
    prefect_harness: None, tmp_path: Path
) -> None:
    bad = Settings(download_timeout=float("nan"), _env_file=None)
    task = crawl_source.with_options(retry_delay_seconds=0)

    states = []

    @flow
    def one_source() -> None:
        states.append(task(SOURCE, bad, CrawlState(), tmp_path, False, return_state=True))

    one_source()
    (state,) = states
    assert state.is_failed()
    with get_client(sync_client=True) as client:
        task_run = client.read_task_run(state.state_details.task_run_id)
    assert task_run.run_count == 1
