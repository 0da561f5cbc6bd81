"""French dates and numbers, independent of the machine's locale."""
from __future__ import annotations

from datetime import date

from digest import french
from digest.sentences import sentence_around
from digest.weeks import week_of


def test_week_labels() -> None:
    assert french.week_label(week_of(date(2026, 11, 18))) == "semaine 47, du 16 au 22 novembre 2026"
    assert french.week_label(week_of(date(2026, 12, 1))) == (
        "semaine 49, du 30 novembre au 6 décembre 2026")
    assert french.week_label(week_of(date(2026, 12, 30))) == (
        "semaine 53, du 28 décembre 2026 au 3 janvier 2027")
    assert french.long_date(date(2027, 3, 1)) == "1er mars 2027"


def test_numbers_and_plurals() -> None:
    assert french.number(1234567) == "1\u202f234\u202f567"
    assert french.number(0.125, 1) == "0,1"
    assert french.plural(0, "article") == "0 article"
    assert french.plural(2, "nouveau nom", "nouveaux noms") == "2 nouveaux noms"


def test_sentence_around_a_date() -> None:
    text = "Premier point. Le salon ouvre le 8 décembre à Lyon. Ensuite, autre chose."
    start = text.index("8 décembre")
    assert sentence_around(text, start, start + 10) == "Le salon ouvre le 8 décembre à Lyon."
    long_text = "Mot " * 200 + "le 8 décembre" + " mot" * 200
    start = long_text.index("le 8")
    shortened = sentence_around(long_text, start, start + 13)
    assert "le 8 décembre" in shortened and len(shortened) <= 290 and shortened.startswith("…")
