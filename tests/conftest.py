"""Shared fixtures: project paths, the ../shared benchmarks, a session-wide Prefect test harness."""
from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = PROJECT_ROOT.parent / "shared"

# Tests never read a developer's .env or write to the real out/ folder.
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")


@pytest.fixture(scope="session")
def project_root() -> Path:
    return PROJECT_ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """`../shared` from the project root; tests that need it skip cleanly where it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"shared benchmarks not found at {SHARED_DIR} (they live beside the clone)")
    return SHARED_DIR


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    """A real, temporary Prefect API for flow runs (one per test session: it takes seconds)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


# What makes a test `slow` (left out of `make test-fast`): the session's Prefect API, the spaCy
# models of tests/nlp_models.py, a Dask cluster (tests/daskcluster.py), or a Scrapy child crawl
# (`crawlers.run.crawl`).
_SLOW_FIXTURES = frozenset({"prefect_harness"})
_SLOW_MODULES = frozenset({"tests.nlp_models", "tests.daskcluster"})
_SLOW_CALLABLES = ("crawlers.run.crawl",)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark `slow` every test that uses a slow fixture or whose module or fixtures call a slow
    thing, so a new test is classified by what it does, not by a marker someone must remember."""
    for item in items:
        if _is_slow(item):
            item.add_marker(pytest.mark.slow)
        if "shared_dir" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.shared)  # reads the ../shared benchmarks


def _is_slow(item: pytest.Item) -> bool:
    names = set(getattr(item, "fixturenames", ()))
    if names & _SLOW_FIXTURES:
        return True
    namespaces = [vars(module)] if (module := getattr(item, "module", None)) else []
    info = getattr(item, "_fixtureinfo", None)
    for definitions in (info.name2fixturedefs.values() if info else ()):
        namespaces += [definition.func.__globals__ for definition in definitions]
    return any(_slow_value(value) for namespace in namespaces for value in namespace.values())


def _slow_value(value: Any) -> bool:
    module = getattr(value, "__module__", None)
    qualified = f"{module}.{getattr(value, '__qualname__', '')}"
    return module in _SLOW_MODULES or qualified in _SLOW_CALLABLES
