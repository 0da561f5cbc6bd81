"""The data checks pass on a clean load and catch each planted violation."""
from __future__ import annotations

import duckdb
import pytest

from tests.warehouse.conftest import Corpus, aid
from warehouse.checks import check_names, run_checks

PLANTED = {
    "mention_article_exists": "INSERT INTO mentions VALUES ('a_missing', 'e_av', 'Aerospace Valley', 0, 16)",
    "mention_entity_exists": f"INSERT INTO mentions VALUES ('{aid('A1')}', 'e_ghost', 'Actualité', 0, 9)",
    "mention_offsets_in_text": f"INSERT INTO mentions VALUES ('{aid('A1')}', 'e_av', 'Aerospace Valley', 500, 516)",
    "date_offsets_in_text": f"INSERT INTO article_dates VALUES ('{aid('A1')}', 'mars', '2026-03', 0, 4)",
    "accepted_crawl_outcome": "INSERT INTO crawl_log VALUES ('r1', 'https://x', 's', now(), 200, 'kept', '')",
    "alias_not_canonical": "INSERT INTO entity_aliases VALUES ('e_av', 'Aerospace Valley')",
    "unique_alias": "INSERT INTO entity_aliases VALUES ('e_av', 'AV'), ('e_av', 'AV')",
    "role_references_exist": f"INSERT INTO roles VALUES ('{aid('A1')}', 'e_ghost', 'président', NULL)",
    "accepted_run_status": "UPDATE runs SET status = 'done'",
    "lookup_keys_match_rows": "INSERT INTO url_sightings VALUES (1, 'https://x', 'raw_page', NULL, now(), now(), "
                              "NULL, NULL)",
    "unique_crawl_outcome_per_run": "INSERT INTO crawl_log VALUES ('r1', 'https://x', 's', now(), 200, 'stored', ''), "
                                    "('r1', 'https://x', 's', now(), 304, 'unchanged', '')",
}


def test_a_clean_load_passes_every_check(corpus: Corpus) -> None:
    con = duckdb.connect(str(corpus.db), read_only=True)
    assert run_checks(con) == []


@pytest.mark.parametrize("check", sorted(PLANTED))
def test_each_planted_violation_is_caught(corpus: Corpus, check: str) -> None:
    assert check in check_names()
    con = duckdb.connect(str(corpus.db))
    con.execute(PLANTED[check])
    failures = run_checks(con)
    assert check in {f.check for f in failures}, failures
    failure = next(f for f in failures if f.check == check)
    assert failure.rows >= 1 and failure.sample and failure.rule
