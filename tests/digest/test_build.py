"""The digest's content, read from a real DuckDB warehouse with nine weeks of fixture data."""
from __future__ import annotations

from datetime import date

import duckdb

from digest.build import DigestLimits, build_digest
from digest.model import Digest
from digest.weeks import last_complete_week, week_of
from tests.digest.conftest import DIGEST_DAY, NOW, make_settings


def test_week_is_the_iso_week_of_the_date() -> None:
    span = week_of(date(2026, 11, 22))
    assert (span.iso_year, span.iso_week, span.start, span.end) == (
        2026, 47, date(2026, 11, 16), date(2026, 11, 22))
    assert week_of(date(2027, 1, 1)).label == "2026-W53"


def test_last_complete_week_is_the_previous_monday_to_sunday() -> None:
    assert last_complete_week(date(2026, 11, 25)) == date(2026, 11, 16)  # a Wednesday
    assert last_complete_week(date(2026, 11, 23)) == date(2026, 11, 16)  # the Monday after
    assert last_complete_week(date(2026, 11, 22)) == date(2026, 11, 9)   # Sunday: week not over


def test_figures_of_the_week(week47: Digest) -> None:
    figures = week47.figures
    assert (figures.articles, figures.sources, figures.stories, figures.new_entities) == (7, 3, 6, 2)
    assert not week47.is_empty


def test_a_story_carried_by_two_outlets_is_shown_once_with_both(week47: Digest) -> None:
    story_ids = [story.story_id for story in week47.stories]
    assert len(story_ids) == len(set(story_ids))
    top = week47.stories[0]
    assert top.story_id == "story-av-appel"
    assert [c.source for c in top.coverage] == ["lesechos-regions", "usine-nouvelle"]
    assert {c.url for c in top.coverage} == {
        "https://lesechos-regions.example/aerospace-valley-appel-hydrogene",
        "https://usine-nouvelle.example/hydrogene-aerospace-valley",
    }


def test_rising_entities_against_the_trailing_baseline(week47: Digest) -> None:
    organisations = {e.name: e for e in week47.rising_organisations}
    people = {e.name for e in week47.rising_people}
    assert "Aerospace Valley" in organisations
    assert "Minalogic" not in organisations          # 2 stories now, 3 a week before: flat
    assert people == {"Karim Alaoui", "Claire Dupont"}
    rising = organisations["Aerospace Valley"]
    assert rising.stories == 3 and rising.baseline == 0.125
    assert [w.stories for w in rising.history] == [0, 0, 0, 0, 0, 1, 0, 3]
    assert rising.history[-1].week_start == date(2026, 11, 16)
    assert rising.chart.png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len({c.content_id for c in week47.charts}) == len(week47.charts) == 3


def test_minimum_support_filters_single_story_names(con: duckdb.DuckDBPyConnection) -> None:
    strict = build_digest(con, DIGEST_DAY, make_settings(), NOW, DigestLimits(min_stories=3))
    assert [e.name for e in strict.rising_organisations] == ["Aerospace Valley"]
    assert strict.rising_people == ()


def test_new_names_of_the_week(week47: Digest) -> None:
    names = {(e.name, e.type) for e in week47.new_entities}
    assert names == {("Cluster Hydrogène Méditerranée", "ORG"), ("Karim Alaoui", "PER")}


def test_roles_and_leadership_change(week47: Digest) -> None:
    holdings = {(r.person, r.role, r.org) for r in week47.roles}
    assert holdings == {
        ("Karim Alaoui", "président", "Réseau InnovSud"),
        ("Claire Dupont", "directrice générale", "Aerospace Valley"),
    }
    (change,) = week47.leadership_changes
    assert (change.org, change.role, change.new_person, change.previous_person) == (
        "Réseau InnovSud", "président", "Karim Alaoui", "Jean Martin")
    assert change.previous_seen_at.date() == date(2026, 10, 28)


def test_agenda_lists_upcoming_dates_once_with_their_sentence(week47: Digest) -> None:
    agenda = [(a.starts_on, a.ends_on, a.precision) for a in week47.agenda]
    assert agenda == [
        (date(2026, 12, 8), date(2026, 12, 10), "day"),
        (date(2027, 1, 15), None, "day"),     # announced by both copies of one story: once
        (date(2027, 3, 1), None, "month"),
    ]   # not listed: "2 novembre 2026" (before the article), "20 novembre 2026" (over by Sunday)
    fair = week47.agenda[0]
    assert fair.sentence == ("Karim Alaoui, président du Réseau InnovSud, annonce le salon "
                             "Midest du 8 au 10 décembre 2026 à Lyon.")
    assert fair.url == "https://medias24.example/cluster-tech-recrute"
    deadline = week47.agenda[1]
    assert deadline.sentence.startswith("Claire Dupont, directrice générale")
    assert deadline.sentence.endswith("jusqu'au 15 janvier 2027.")


def test_failing_and_silent_sources(week47: Digest) -> None:
    issues = {i.source: i for i in week47.source_issues}
    assert set(issues) == {"failing-news", "lesechos-regions", "tribune-occitanie"}
    failing = issues["failing-news"]
    assert (failing.http_errors, failing.timeouts, failing.parse_errors, failing.silent) == (3, 1, 0, False)
    assert issues["lesechos-regions"].parse_errors == 1
    assert issues["lesechos-regions"].http_errors == 0      # last week's error is not this week's
    silent = issues["tribune-occitanie"]
    assert silent.silent and silent.last_stored_at is not None
    assert silent.last_stored_at.date() == date(2026, 11, 10)


def test_a_week_without_articles_gives_an_empty_digest(empty_week: Digest) -> None:
    assert empty_week.is_empty
    assert empty_week.week.iso_week == 10
    assert empty_week.stories == () and empty_week.charts == () and empty_week.agenda == ()
