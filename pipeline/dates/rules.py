"""Date rules: one compiled regex per expression shape, paired with the handler that resolves it.

Rules are tried over the whole text; `find_dates` keeps the longest non-overlapping matches, so a
rule may be broad ("mars 2020") when a longer one covers its context ("du 2 au 4 mars 2020").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import bare_days as b
from pipeline.dates import handlers as h
from pipeline.dates.handlers import Handler
from pipeline.dates.patterns import CLAUSE_END, LAST, LAST_PL, NEXT, NEXT_PL, START, Fragments
from pipeline.dates.vocabulary import APOSTROPHE as A
from pipeline.dates.vocabulary import Vocabulary, alternation, apostrophes

FLAGS = re.IGNORECASE | re.UNICODE
LIST = r"(?:\s*,\s*|\s+et\s+|\s+ou\s+)"


@dataclass(frozen=True, slots=True)
class Rule:
    """One expression shape; `anchored` rules resolve against the previous day-precise date."""

    name: str
    regex: re.Pattern[str]
    handler: Handler
    anchored: bool = False
    trigger: re.Pattern[str] | None = None  # a word every match holds: the rule runs near it only


def build_rules(vocab: Vocabulary) -> list[Rule]:
    """All rules, compiled once; earlier rules win ties between candidates of equal length."""
    f = Fragments(vocab)
    rel = rf"(?:\s+(?P<rel>{NEXT}|{LAST}))?"
    le = r"(?:(?<!\w)(?:le|ce)\s+)?"
    not_after = "".join(rf"(?<!(?<!\w){re.escape(word)}\s)" for word in vocab.day_not_after)
    specs: list[tuple[str, str, Handler, bool]] = [
        ("day_range",
         rf"(?:(?<!\w)les\s+)?(?P<m>(?:(?<!\w)(?P<pre>du|entre(?:\s+le)?|de)\s+)?"
         rf"(?:{f.weekday('1')}\s+)?{f.dom('1')}"
         rf"(?:\s+{f.month('1')}(?:\s+{f.year('1')})?)?"
         rf"\s*(?P<sep>au|à|[-–]|jusqu{A}au|et(?:\s+le)?)\s*(?:{f.weekday('2')}\s+)?"
         rf"{f.dom('2', after_dash=True)}\s+{f.month('2')}(?:\s+{f.year('2')}|{rel}))",
         h.day_range, False),
        ("day_listed",  # "le 5 mars et le 12 avril 2019": the first day takes the list's year
         rf"{le}(?P<m>(?:{f.weekday()}\s+)?{f.dom()}\s+{f.month()})(?={LIST}(?:le\s+)?"
         rf"(?:{f.weekday('2')}\s+)?{f.dom('2')}\s+{f.month('2')}\s+{f.year()})",
         h.day_month_year, False),
        ("day_month_year",
         # "mercredi le 3 juillet", but "Mer. Le 3 juillet" is a rubric ("Mer.") then a sentence
         rf"{le}(?P<m>(?:{f.weekday()}\s+)?(?:(?<!\.\s)le\s+)?{f.dom()}\s+{f.month()}"
         rf"(?:\s+{f.year()})?{rel})",
         h.day_month_year, False),
        ("day_short_year",  # "31 octobre 74", at the end of its clause only
         rf"{le}(?P<m>(?:{f.weekday()}\s+)?{f.dom()}\s+{f.month()}\s+{START}(?P<ys>\d\d))"
         rf"{CLAUSE_END}",
         b.day_short_year, False),
        ("day_alone",  # "prévu le 16.", "à partir du 8", "le 2 prochain"
         rf"{not_after}{f.cues(vocab.day_cues)}(?P<m>{f.dom(words=False, suffix=False)}"
         rf"(?:\s+(?P<rel>{NEXT}|{LAST})(?!\w)|{CLAUSE_END}"
         rf"|(?=\s+à\s+\d{{1,2}}\s?h(?:\d\d)?(?!\w))"
         # "ont signé le 12 une convention", "se tiendra le 24 à Rabat": a determiner or a place
         # after the number, which a quantity would not have
         rf"|(?=\s+(?:une?|les?|la|l['’]|son|sa|ses|leurs?)\s)|(?=\s+(?:à|en)\s+[A-ZÉÈÂÎ])))",
         b.day_alone, False),
        ("day_range_alone",  # "du 13 au 18", "entre le 13 et le 18": at the end of the clause
         rf"(?<![\w'’])(?P<pre>du|entre\s+le)\s+{f.dom('1')}\s+(?:au|et\s+le)\s+"
         rf"{f.dom('2', suffix=False)}(?:\s+(?P<rel>{NEXT}|{LAST})(?!\w)|{CLAUSE_END})",
         b.day_range_alone, False),
        ("numeric_range",  # "du 17/02 au 19/02", "du 17 au 19/02/2027", "entre le 3/03 et le 5/03"
         r"(?<![\w'’])(?:du|entre\s+le)\s+(?P<d1>[12]\d|3[01]|0?[1-9])"
         r"(?:/(?P<mn1>1[0-2]|0?[1-9])(?:/(?P<y1>\d{4}))?)?\s+(?:au|et\s+le)\s+"
         r"(?P<d2>[12]\d|3[01]|0?[1-9])/(?P<mn2>1[0-2]|0?[1-9])(?:/(?P<y2>\d{4}))?(?![\w/]|[.,]\d)",
         h.numeric_range, False),
        ("numeric_dmy",
         r"(?<![\w/.,+-])(?P<d>[12]\d|3[01]|0?[1-9])/(?P<mn>1[0-2]|0?[1-9])/"
         r"(?P<y>\d{4}|\d{2})(?![\w/]|[.,]\d)",
         h.numeric, False),
        ("numeric_dmy_dots",
         r"(?<![\w/.,+-])(?P<d>[12]\d|3[01]|0?[1-9])[.-](?P<mn>1[0-2]|0?[1-9])[.-]"
         r"(?P<y>(?:19|20)\d\d)(?![\w/]|[.,-]\d)",
         h.numeric, False),
        ("numeric_iso",
         r"(?<![\w/.,+-])(?P<y>(?:19|20)\d\d)-(?P<mn>1[0-2]|0?[1-9])-(?P<d>[12]\d|3[01]|0?[1-9])"
         r"(?![\w/]|[.,:-]?\d)",
         h.numeric, False),
        ("numeric_spaced",
         r"(?<![\d+]\s)(?<![\d+])(?P<d>[12]\d|3[01]|0?[1-9]) (?P<mn>1[0-2]|0?[1-9]) "
         r"(?P<y>(?:19|20)\d\d)(?!\s?\d|\w)",
         h.numeric, False),
        ("numeric_spaced_short",  # "20 02 14": two digits each, else rows of figures would match
         r"(?<![\d+/.,]\s)(?<![\w+/.,])(?P<d>[12]\d|3[01]|0[1-9]) (?P<mn>1[0-2]|0[1-9]) "
         r"(?P<y>\d\d)(?!\s?\d|\w|[.,/]\d)",
         h.numeric, False),
        ("numeric_dm",
         r"\ble\s+(?P<m>(?P<d>[12]\d|3[01]|0?[1-9])/(?P<mn>1[0-2]|0?[1-9]))(?![\w/]|[.,]\d)",
         h.numeric, False),
        ("numeric_dm_padded",
         r"(?<![\w/.,+-])(?P<d>[12]\d|3[01]|0[1-9])/(?P<mn>1[0-2]|0[1-9])(?![\w/]|[.,]\d)"
         r"(?!\s*(?:ans|mois|jours|heures|h\b|%|€|points|sur\b))",
         h.numeric, False),
        ("numeric_spaced_le",
         r"\ble\s+(?P<m>(?P<d>[12]\d|3[01]|0?[1-9]) (?P<mn>1[0-2]|0?[1-9])(?: (?P<y>\d\d))?)"
         r"(?!\s?\d|\w)",
         h.numeric, False),
        ("weekday_dom",
         rf"(?:(?<!\w)le\s+)?(?P<m>{f.weekday(full=True)}\s+{f.dom(words=False)})"
         rf"(?!\s*(?:h\b|h\d|heures?|%|€|\d))"
         # "a levé mardi 12 millions d'euros", "recrute lundi 30 salariés": a figure, not a day
         rf"(?!\s+(?:millions?|milliards?|mille|md[sh€t]?|m€|k€|euros?|dirhams?|dinars?|dollars?|francs|fcfa|"
         rf"salari[ée]s|emplois|personnes|entreprises|exposants|participants)(?!\w))",
         h.weekday_dom, False),
        ("weekday",
         rf"(?<!chaque\s)(?<!tous\sles\s)(?<!les\s)(?<!du\s)(?<!au\s)(?<!\bun\s)(?<!premier\s)"
         rf"(?<!dernier\s)"
         rf"(?:(?<!\w)ce\s+)?{f.weekday(full=True)}(?!s\b)"
         rf"(?:\s+(?P<rel>{NEXT}|{LAST}|d{A}apr[eè]s|en\s+(?:huit|8|quinze|15)(?!\d)"
         rf"|(?:de\s+)?la\s+semaine\s+(?:{NEXT}|{LAST}|d{A}apr[eè]s)|cette\s+semaine))?",
         h.weekday, False),
        ("nth_weekday",  # "le premier mercredi de mars", "dernier vendredi du mois prochain"
         rf"(?<!chaque\s)(?:(?<!\w)le\s+)?(?P<m>(?:{f.ordinal()}|(?<!\w)(?P<lastwd>dernier))\s+"
         rf"{f.weekday(full=True)}\s+(?:de\s+|du\s+|d{A})(?:(?:mois\s+(?:de\s+|d{A}))?"
         rf"{f.month()}(?:\s+{f.year()})?|(?:le\s+)?mois\s+(?P<rel>{NEXT}|{LAST})"
         rf"|ce\s+mois(?:-ci)?)(?![\w-]))",
         b.nth_weekday, False),
        ("month_range",
         rf"(?<!\w)(?:(?:de|entre)\s+|d{A}){f.month('1')}(?:\s+{f.year('1')})?"
         rf"\s+(?:à|au|et|jusqu{A}(?:à|en))\s+{f.month('2')}(?:\s+{f.year('2')})?",
         h.month_range, False),
        ("month_range_dash",
         rf"{f.month('1')}\s*[-–]\s*{f.month('2')}\s+{f.year('2')}",
         h.month_range, False),
        ("month_modified",
         rf"(?<![\w-])(?:fin|début|debut|mi|courant)(?:\s*-\s*|\s+)"
         rf"(?:(?:du\s+mois\s+)?d{A}|du\s+mois\s+de\s+)?{f.month()}(?:\s+{f.year()}|{rel})?",
         h.month_year, False),
        ("month_listed",  # "en février et mai 2018"
         rf"(?P<m>{f.month()})(?={LIST}{f.month('2')}\s+{f.year()})", h.month_year, False),
        ("month_year", rf"{f.month()}\s+{f.year()}", h.month_year, False),
        ("month_cued", rf"{f.cues(vocab.month_cues)}(?P<m>{f.month()}{rel})", h.month_year, False),
        ("part_of_year",
         rf"(?:{f.ordinal()}\s+(?P<kind>trimestre|semestre)(?:\s+(?:de\s+l{A}année\s+|de\s+|d{A})?"
         rf"{f.year()}|{rel})?|(?<![\w-])(?P<code>[TQS])(?P<n>[1-4])\s*[-/ ]?"
         rf"\s*{f.year('c', after_dash=True)})",
         h.part_of_year, False),
        ("season_year",
         rf"(?:(?<!\w)(?:au|en|à|de)\s+)?(?P<m>(?:(?<!\w)(?:cet|ce|l{A}|le)\s*)?"
         rf"(?P<season>{alternation(list(vocab.seasons))})\s+{f.year()})",
         h.season, False),
        ("season",
         rf"(?:(?<!\w)(?:au|à|en)\s+(?=l{A}))?(?<!\w)(?P<m>(?:cet|ce|l{A}|au)\s*"
         rf"(?P<season2>{alternation(list(vocab.seasons))})(?![\w-]){rel})",
         h.season, False),
        ("year_range_between", rf"entre\s+{f.year('1')}\s+et\s+{f.year('2')}", h.year_range, False),
        ("year_range_from",
         rf"(?:de|depuis)\s+{f.year('1')}\s+(?:à|jusqu{A}(?:à|en))\s+{f.year('2')}",
         h.year_range, False),
        ("year_range_dash",
         rf"{f.year('1', before_dash=True)}\s?[-–/]\s?(?:{f.year('2', after_dash=True)}"
         rf"|(?P<ys>\d\d)(?![\w/]|[.,]\d))",
         h.year_range, False),
        ("decade", r"années\s+(?P<dec>(?:19|20)\d0|[1-9]0)(?!\w)", h.decade, False),
        ("year_modified",
         rf"(?<![\w-])(?:fin|début|debut|mi|courant)(?:\s*-\s*|\s+){f.year(after_dash=True)}",
         h.year_only, False),
        ("year_cued", rf"{f.cues(vocab.year_cues)}(?P<m>{f.year()})", h.year_only, False),
        ("year_listed",  # "en 2019, 2020 et 2021"
         r"(?:(?<=(?:19|20)\d\d, )|(?<=(?:19|20)\d\d et )|(?<=(?:19|20)\d\d ou ))"
         rf"(?P<m>{f.year()})", h.year_only, False),
        ("year_parenthesised", rf"\(\s*(?P<m>{f.year()})\s*\)", h.year_only, False),
        ("year_subject",
         rf"(?:^|(?<=[.!?:;]\s)|(?<=\n))(?P<m>{f.year()})"
         rf"(?:\s+{alternation(vocab.year_verbs)}(?!\w)|\s?[,:](?!\d))",
         h.year_only, False),
        ("counted_range",
         rf"(?:(?<!\w)(?:les|des)\s+)?(?P<m>(?:(?<!\w)ces\s+)?{f.count()}\s+"
         rf"(?:(?P<last>{LAST_PL})\s+|(?P<next>{NEXT_PL})\s+)?"
         rf"(?P<unit>jours?|semaines?|mois|ann[ée]es?|ans)(?!\w)"
         rf"(?:\s+(?P<last2>{LAST_PL})|\s+(?P<next2>{NEXT_PL}|à\s+venir|qui\s+viennent))?)(?!\w)",
         h.counted_range, False),
        ("counted_anchored",
         rf"(?<!\w){f.count()}\s+jours?\s+"
         rf"(?P<dir>plus\s+tard|plus\s+t[ôo]t|(?:après|avant)(?=\s*(?:[,.;:)]|$)))(?!\w)",
         h.counted_anchored, True),
        ("around_day",
         rf"(?<!\w)(?P<around>le\s+lendemain|la\s+veille|le\s+surlendemain)\s+(?:du|de)\s+"
         rf"(?:le\s+)?{f.dom()}\s+{f.month()}(?:\s+{f.year()})?",
         h.around_day, False),
        ("nth_day",
         rf"(?:(?<!\w)(?:le|la)\s+)?(?P<m>(?:(?:(?<!\w)(?P<lastday>dernier)"
         rf"|(?P<nth>[12]\d|3[01]|0?[1-9])(?:e|ème|eme|er))\s+jour"
         rf"|(?P<half>premi[eè]re|1re|deuxi[eè]me|seconde|2e|derni[eè]re)\s+quinzaine)"
         rf"\s+(?:de\s+|d{A}){f.month()}(?:\s+{f.year()})?)",
         h.nth_day, False),
        ("counted",
         rf"(?<!\w)(?P<dir>dans|il\s+y\s+a)\s+{f.count()}\s+"
         rf"(?P<unit>jours?|semaines?|mois|ans?|années?)(?!\w)",
         h.counted, False),
    ]
    for entry in vocab.relative:
        specs.append((f"relative:{entry['pattern']}",
                      rf"(?<![\w-]){apostrophes(entry['pattern'])}(?![\w-])",
                      h.relative(entry["unit"], int(entry["offset"]), entry.get("days"),
                                 entry.get("not_after", []), entry.get("over_after")),
                      bool(entry.get("anchor"))))
    for entry in vocab.holidays:
        specs.append((f"holiday:{entry['pattern']}",
                      rf"(?<!\w){apostrophes(entry['pattern'])}(?!\w)",
                      h.holiday(int(entry["month"]), int(entry["day"])), False))
    triggers = _triggers(vocab)
    return [Rule(name, re.compile(_one_line(pattern), FLAGS), handler, anchored,
                 triggers.get(name.split(":")[0]))
            for name, pattern, handler, anchored in specs]


def _one_line(pattern: str) -> str:
    """Blanks inside an expression never span a line break: "Libération - 2", a line break, then
    "- 1er décembre" hold one date, not the range "2 - 1er décembre"."""
    return pattern.replace(r"\s", r"[^\S\n]")


def _triggers(vocab: Vocabulary) -> dict[str, re.Pattern[str]]:
    """Cheap words that rules with costly openings need: such a rule is run only around them,
    which cuts the time `find_dates` takes on an article about threefold
    (bench/dates_duckling.py)."""
    def word(alternatives: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w){alternatives}(?!\w)", FLAGS)

    month = word(alternation(list(vocab.months)))
    weekday = word(alternation(list(vocab.weekdays)))
    season = word(alternation(list(vocab.seasons)))
    unit = word(r"(?:jours?|semaines?|mois|ans?|ann[ée]es?)")
    part = word(r"(?:trimestre|semestre|[TQS][1-4])")
    relative = word(alternation(vocab.relative_words))
    holiday = word(alternation(vocab.holiday_words))
    for entry in vocab.relative:  # a pattern without a trigger word would never be tried
        if not relative.search(entry["pattern"].replace("(?:", " ").replace(")", " ")):
            raise ValueError(f"relative pattern without any of relative_words: {entry['pattern']}")
    by_trigger = {
        month: ["day_range", "day_listed", "day_month_year", "day_short_year", "month_listed",
                "month_range", "month_range_dash", "month_modified", "month_year", "month_cued",
                "nth_day", "around_day"],
        weekday: ["weekday_dom", "weekday", "nth_weekday"],
        season: ["season_year", "season"],
        unit: ["counted_range", "counted", "counted_anchored"],
        part: ["part_of_year"],
        relative: ["relative"],
        holiday: ["holiday"],
    }
    return {name: trigger for trigger, names in by_trigger.items() for name in names}
