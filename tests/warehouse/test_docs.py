"""Every SQL example of the README runs on the hand-built corpus and returns rows."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

DOC = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLES = re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_the_doc_has_examples():
    assert len(EXAMPLES) >= 5


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.splitlines()[0][:40] for e in EXAMPLES])
def test_doc_example_runs(corpus, example):
    con = duckdb.connect(str(corpus.db), read_only=True)
    results = []
    for statement in con.extract_statements(example):
        result = con.execute(statement)
        if result.description and result.description[0][0] not in ("Success", "Count"):
            results.append(result.fetchall())
    assert results and all(results), f"an example returned no rows: {example}"
