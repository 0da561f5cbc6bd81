"""The digest's event sections and folded leadership changes, on a copy of the digest warehouse."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from digest.build import build_digest
from digest.render import render_html, render_text
from pipeline.events.batch import BatchEvents
from pipeline.events.leadership import RoleSpell
from pipeline.events.records import Event
from tests.digest.conftest import DIGEST_DAY, NOW, make_settings
from warehouse import load
from warehouse.db import connect

FUNDING_SENTENCE = "Claire Dupont, directrice générale d'Aerospace Valley"


@pytest.fixture()
def events_db(warehouse_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    shutil.copy(warehouse_path, path)
    con = connect(path)
    text = con.execute("SELECT text FROM articles WHERE article_id = 'a-appel-1'").fetchone()[0]
    start = text.index(FUNDING_SENTENCE)
    evidence = text[start:start + len(FUNDING_SENTENCE)]
    base = {"article_id": "a-appel-1", "story_id": "story-av-appel", "date": "2026-11-17", "detail": None,
            "evidence": evidence, "start_char": start, "end_char": start + len(evidence), "confidence": 0.8}
    events = [
        Event(event_id="ev-fund", type="funding", amount=12e6, currency="MAD", amount_eur=1_143_600.0,
              participants=(("e-av", "recipient"), ("e-h2", "funder")), **base),
        Event(event_id="ev-part-1", type="partnership", amount=None, currency=None, amount_eur=None,
              participants=(("e-av", "partner"), ("e-h2", "partner")), **base),
        Event(event_id="ev-part-2", type="partnership", amount=None, currency=None, amount_eur=None,
              participants=(("e-av", "partner"), ("e-h2", "partner")),  # the same signing, another story
              **{**base, "story_id": "story-other", "date": "2026-11-18"}),
        Event(event_id="ev-app", type="appointment", amount=None, currency=None, amount_eur=None,
              participants=(("e-alaoui", "appointee"), ("e-innov", "organisation"), ("e-martin", "predecessor")),
              **{**base, "detail": "présidente"}),
    ]
    spells = [  # "ancienne directrice générale": a past role never counts as held this week
        RoleSpell("a-visite", "e-martin", "e-av", "directrice générale", "directeur general", None,
                  "2026-11-19", "past"),
        RoleSpell("a-script", "e-alaoui", "e-innov", "présidente", "president", "2026-11-18", None, "role"),
    ]
    con.begin()
    load.load_events(con, BatchEvents(events, spells))
    load.load_coverage(con, [("a-appel-1", "story-av-appel", None, False),
                             ("a-appel-2", "story-av-appel", 0.92, False)],  # a near-identical reprint
                       [("e-av", "pole", True)])
    load.load_source_registry(con, [("lesechos-regions", "Les Échos Régions", "outlet", "FR")])
    con.commit()
    con.close()
    return path


def test_event_sections_and_quiet_ones(events_db: Path) -> None:
    con = connect(events_db, read_only=True)
    digest = build_digest(con, DIGEST_DAY, make_settings(), NOW)
    headings = [heading for heading, _ in digest.event_sections]
    assert headings == ["Financements", "Partenariats", "Nominations"]
    assert digest.quiet_sections == ("Labels", "Ouvertures")
    assert len(dict(digest.event_sections)["Partenariats"]) == 1  # two stories of one signing: one line
    text = render_text(digest).replace("\u202f", " ")  # thousands: narrow no-break spaces
    assert "Aerospace Valley : 12 000 000 MAD (≈ 1 143 600 €), financé par Cluster Hydrogène Méditerranée" in text
    assert "Réseau InnovSud, présidente : Jean Martin → Karim Alaoui" in text
    assert "Rien cette semaine : Labels, Ouvertures." in text
    assert "Financements</h2>" in render_html(digest)


def test_leadership_change_compares_folded_roles(events_db: Path) -> None:
    """"président" (Jean Martin, before) -> "présidente" (this week): the same role, a change."""
    con = connect(events_db, read_only=True)
    digest = build_digest(con, DIGEST_DAY, make_settings(), NOW)
    changes = {(c.org, c.new_person, c.previous_person) for c in digest.leadership_changes}
    assert changes == {("Réseau InnovSud", "Karim Alaoui", "Jean Martin")}


def test_a_change_named_twice_is_one_line_with_the_named_role(events_db: Path) -> None:
    """Another outlet writes "Karim Alaoui prend la tête du réseau" (the generic role `dirigeant`,
    with Jean Martin's departure): the same change as the presidency, listed once, as président(e)."""
    con = connect(events_db)
    con.begin()
    load.load_events(con, BatchEvents([], [
        RoleSpell("a-visite", "e-alaoui", "e-innov", "dirigeant", "dirigeant", "2026-11-19", None, "appointment"),
        RoleSpell("a-visite", "e-martin", "e-innov", "dirigeant", "dirigeant", None, "2026-11-19", "departure"),
    ]))
    con.commit()
    con.close()
    digest = build_digest(connect(events_db, read_only=True), DIGEST_DAY, make_settings(), NOW)
    assert [(c.org, c.role, c.new_person, c.previous_person) for c in digest.leadership_changes] == [
        ("Réseau InnovSud", "présidente", "Karim Alaoui", "Jean Martin")]


def test_watch_list_independent_outlets_and_outlet_titles(events_db: Path) -> None:
    con = connect(events_db, read_only=True)
    digest = build_digest(con, DIGEST_DAY, make_settings(), NOW)
    assert [(w.name, w.kind) for w in digest.watched] == [("Aerospace Valley", "pole")]
    story = next(s for s in digest.stories if s.story_id == "story-av-appel")
    assert story.independent_outlets == 1 and len(story.coverage) == 2
    assert "Les Échos Régions" in {c.source for c in story.coverage}
    text = render_text(digest)
    assert "VOTRE LISTE DE VEILLE" in text and "2 médias (1 média indépendant)" in text


def test_an_organisation_investing_its_own_money_reads_as_an_investment() -> None:
    from digest.events import event_text
    from digest.model import EventLine

    line = EventLine(type="funding", date="2026-11-18", detail=None, amount=60e6, currency="MAD", amount_eur=5_718_000.0,
                     participants=(("funder", "Cluster A"), ("funder", "Tanger Tech Hub")), evidence="…", url="u",
                     title="t", source="s")
    assert event_text(line).replace("\u202f", " ") == \
        "Cluster A, Tanger Tech Hub : investissement de 60 000 000 MAD (≈ 5 718 000 €)"
