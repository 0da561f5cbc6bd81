"""Reading the rule data files of `models/rules/` (one word or phrase a line, `#` comments)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.text import fold


@lru_cache(maxsize=32)
def word_list(path: Path) -> frozenset[str]:
    """The folded, non-comment lines of a word list."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=32)
def exact_list(path: Path) -> frozenset[str]:
    """The non-comment lines of a list whose case matters (acronyms)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def json_rules(path: Path) -> dict[str, Any]:
    """A JSON rule file (an object at the top)."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
