"""`veille_dates`: dates found in spaCy's worker processes, each article with its own date."""
from __future__ import annotations

from datetime import datetime

from pipeline.dates.component import Published, dates_of
from pipeline.dates.find import find_dates
from pipeline.nlp import Analyzer
from pipeline.records import Article
from tests.nlp_models import shared_analyzer, shared_settings

TEXT = "Le pôle Agrinova réunira ses membres le 3 mars à Meknès, puis lundi à Rabat."


def test_workers_resolve_each_text_against_its_own_publication_date() -> None:
    nlp = shared_analyzer().nlp
    published = [datetime(2024, 2, 20), datetime(2025, 12, 30), None]
    docs = list(nlp.pipe(((TEXT, Published(at)) for at in published), as_tuples=True,
                         n_process=2, batch_size=1))
    found = [[(d.surface, d.value) for d in dates_of(doc) or []] for doc, _ in docs]
    assert found == [[(d.surface, d.value) for d in find_dates(TEXT, at)] for at in published]
    assert found[0] != found[1]  # the context travelled with each text
    assert ("3 mars", "2024-03-03") in found[0] and ("3 mars", "2026-03-03") in found[1]


def test_a_doc_without_context_gets_no_dates_from_the_component() -> None:
    doc = shared_analyzer().nlp(TEXT)
    assert dates_of(doc) is None


def test_annotate_with_two_processes_gives_the_dates_of_one() -> None:
    articles = [Article(url=f"u{i}", source="s", title="", text=TEXT, published_at=datetime(2024, 2, 20 + i),
                        language="fr") for i in range(3)]
    two = Analyzer(shared_settings().model_copy(update={"nlp_processes": 2, "nlp_batch_size": 1}))
    assert [a.dates for a in two.annotate(articles)] == [a.dates for a in shared_analyzer().annotate(articles)]


def test_a_holiday_inside_a_persons_name_is_no_date() -> None:
    """"Claire Noël" names a person, not Christmas; the day of the sentence stays."""
    text = "Le conseil du pôle Céramis, réuni lundi, a porté Claire Noël à sa présidence avant Noël."
    article = Article(url="u", source="s", title="", text=text, published_at=datetime(2031, 3, 11), language="fr")
    (annotated,) = shared_analyzer().annotate([article])
    assert [d.surface for d in annotated.dates] == ["lundi", "Noël"]
    assert annotated.dates[1].start_char == text.rindex("Noël")
