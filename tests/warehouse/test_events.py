"""Events, participants and role spells through the real loaders into a real DuckDB file."""
from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.events.batch import BatchEvents
from pipeline.events.leadership import RoleSpell
from pipeline.events.records import Event
from pipeline.records import Article, Entity, Resolution, ResolvedMention
from warehouse import load
from warehouse.checks import run_checks
from warehouse.db import connect, writing
from warehouse.named_queries import run_query

TEXT = "Le pôle X a levé 2 M€. Ana Roy succède à Luc Roy à la présidence. Salon le 9 juin 2026."


def article(name: str, text: str = TEXT, digest: str = "h1") -> tuple[str, Article, str]:
    return (f"a{name}", Article(url=f"https://n.example/{name}", source=f"src{name}", title=name, text=text,
                                published_at=datetime(2026, 3, 3), language="fr",
                                fetched_at=datetime(2026, 3, 3, 8), content_hash=digest), "s1")


ENTITIES = [Entity("e_x", "Pôle X", "ORG"), Entity("e_ana", "Ana Roy", "PER"),
            Entity("e_luc", "Luc Roy", "PER")]


def span(sentence: str) -> tuple[int, int]:
    return TEXT.index(sentence), TEXT.index(sentence) + len(sentence)


def event(event_id: str, article_id: str, kind: str, start: int, end: int, participants, **extra) -> Event:
    values = {"date": "2026-03-03", "amount": None, "currency": None, "amount_eur": None, "detail": None}
    values.update(extra)
    return Event(event_id, article_id, "s1", kind, values["date"], values["amount"], values["currency"],
                 values["amount_eur"], values["detail"], TEXT[start:end], start, end, 0.8, participants)


def happenings(article_id: str) -> BatchEvents:
    return BatchEvents(
        events=[
            event("ev_fund", article_id, "funding", *span("Le pôle X a levé 2 M€."), (("e_x", "recipient"),),
                  amount=2e6, currency="EUR", amount_eur=2e6),
            event("ev_app", article_id, "appointment", *span("Ana Roy succède à Luc Roy à la présidence."), (("e_ana", "appointee"), ("e_luc", "predecessor"),
                                                                 ("e_x", "organisation")), detail="president"),
            event("ev_ag", article_id, "agenda", *span("Salon le 9 juin 2026."), (("e_x", "organisation"),), date="2026-06-09", detail="salon"),
        ],
        spells=[
            RoleSpell(article_id, "e_luc", "e_x", "président", "president", "2020", None, "role"),
            RoleSpell(article_id, "e_luc", "e_x", "présidente", "president", None, "2026-03-03", "departure"),
            RoleSpell(article_id, "e_ana", "e_x", "présidente", "president", "2026-03-03", None, "appointment"),
        ],
    )


def store(db, rows, events: BatchEvents) -> None:
    with writing(db) as con:
        con.begin()
        load.load_articles(con, "r1", rows)
        load.load_resolution(con, Resolution(entities=ENTITIES, mentions=[
            ResolvedMention(rows[0][0], "e_x", "pôle X", 3, 9)]), datetime(2026, 3, 3))
        load.load_events(con, events)
        con.commit()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "w.duckdb"
    store(path, [article("1"), article("2")], happenings("a1"))
    return path


def test_events_load_once_per_story_and_keep_their_contract(db):
    store(db, [article("1"), article("2")], happenings("a2"))  # the copy states the same events again
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT event_id) FROM events").fetchone() == (3, 3)
    assert con.execute("SELECT DISTINCT article_id FROM events").fetchall() == [("a1",)]
    assert con.execute("SELECT count(*) FROM event_participants").fetchone() == (5,)
    assert con.execute("SELECT count(*) FROM role_spells").fetchone() == (6,)  # spells are per article
    con.close()
    store(db, [article("1"), article("2")], happenings("a2"))  # a re-run adds nothing
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM role_spells").fetchone() == (6,)
    assert con.execute("SELECT count(*) FROM event_participants").fetchone() == (5,)
    assert run_checks(con) == []


def test_checks_catch_bad_offsets_and_unknown_types(db):
    with writing(db) as con:
        con.execute("UPDATE events SET start_char = 1 WHERE event_id = 'ev_fund'")
        con.execute("UPDATE events SET type = 'party' WHERE event_id = 'ev_ag'")
    con = connect(db, read_only=True)
    assert {f.check for f in run_checks(con)} == {"event_offsets_in_text", "accepted_event_values"}


def test_changed_text_drops_its_events(db):
    store(db, [article("1", digest="h2")], BatchEvents())
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone() == (0,)
    assert con.execute("SELECT count(*) FROM role_spells").fetchone() == (0,)


def test_leadership_changes_folds_gender_and_ends_the_predecessor(db):
    con = connect(db, read_only=True)
    columns, rows = run_query(con, "leadership_changes")
    got = [dict(zip(columns, r)) for r in rows]
    assert [(r["organisation"], r["role"], r["person"], r["held_from"], r["held_to"]) for r in got] == [
        ("Pôle X", "president", "Luc Roy", "2020", "2026-03-03"),
        ("Pôle X", "president", "Ana Roy", "2026-03-03", None),
    ]


def test_week_events_and_agenda_queries(db):
    con = connect(db, read_only=True)
    columns, rows = run_query(con, "week_events", {"event_type": "funding"})
    [row] = [dict(zip(columns, r)) for r in rows]
    assert (row["amount"], row["currency"], row["participants"]) == (2e6, "EUR", ["recipient: Pôle X"])
    columns, rows = run_query(con, "agenda")
    assert [dict(zip(columns, r))["starts"] for r in rows] == ["2026-06-09"]
