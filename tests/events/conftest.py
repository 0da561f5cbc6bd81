"""The event tests' lexicon, read once for the session."""
from __future__ import annotations

import pytest

from pipeline.events import Lexicon, load_lexicon
from tests.events.reading import MODELS


@pytest.fixture(scope="session")
def event_lexicon() -> Lexicon:
    return load_lexicon(MODELS)
