"""Money in French news text: "2,5 M€", "12 millions de dirhams", "1,2 milliard de FCFA", "30 MDH".

The vocabulary (currencies, multipliers, fused forms like MDH/MDT/k€) and the dated euro rates
are data in `models/events/`; this module only builds the pattern and converts.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from pipeline.events.records import Amount
from pipeline.text import fold_keep_offsets

_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


class RatesError(ValueError):
    """The rate table is malformed: the file and what is wrong."""


@dataclass(frozen=True, slots=True)
class Rates:
    """Euros per unit of each currency, as read on `as_of`."""

    as_of: date
    eur_per_unit: dict[str, float]

    def to_eur(self, value: float, currency: str) -> float | None:
        rate = self.eur_per_unit.get(currency)
        return None if rate is None else round(value * rate, 2)


def load_rates(path: Path) -> Rates:
    """The dated rate table (`models/events/rates.yaml`)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return Rates(date.fromisoformat(str(data["as_of"])),
                     {str(k): float(v) for k, v in data["eur_per_unit"].items()})
    except (KeyError, TypeError, ValueError) as error:
        raise RatesError(f"{path}: {error}") from error


class AmountFinder:
    """Finds amounts with their currency in a text; offsets index into that text."""

    def __init__(self, vocabulary_path: Path) -> None:
        data = yaml.safe_load(vocabulary_path.read_text(encoding="utf-8"))
        self.currency_of = {form: code for code, forms in data["currencies"].items() for form in forms}
        self.multipliers = {str(k): float(v) for k, v in data["multipliers"].items()}
        self.fused = {str(k): (float(v[0]), str(v[1])) for k, v in data["fused"].items()}
        self.words = {str(k): float(v) for k, v in data.get("number_words", {}).items()}
        self.scales = {str(k) for k in data.get("scales", [])}
        self.fractions = {str(k): float(v) for k, v in data.get("fraction_words", {}).items()}
        # multipliers written as words ("million", "mille") may also sit inside a number in words:
        # "un million huit cent mille euros" (the last one multiplies the group before it only)
        self.word_multipliers = {k: v for k, v in self.multipliers.items() if k.isalpha() and len(k) > 3}
        word = rf"(?:{_alternation(self.words)})" if self.words else r"(?!)"
        inner = rf"(?:{word}|(?:{_alternation(self.word_multipliers)})(?=[\s-]))" if self.word_multipliers else word
        # a number in words is read only before a multiplier: "deux millions", not "deux euros"
        words = rf"{word}(?:(?:-|\s+et\s+|\s+){inner})*(?![\w-])" if self.words else r"(?!)"
        fraction = _alternation(self.fractions) if self.fractions else r"(?!)"
        halves = _alternation(data.get("halves_after", [])) or r"(?!)"
        mult = _alternation(self.multipliers)
        currencies = _alternation(self.currency_of)

        def tail(tag: str) -> str:
            return rf"(?P<half_{tag}>\s+(?:{halves}))?\s*(?:d'|de\s+)?(?P<currency_{tag}>{currencies})(?![\w])"
        # every amount holds a currency or a fused form ("M€"): without one, `find` finds nothing
        self._currency_or_fused = re.compile(_alternation({*self.currency_of, *self.fused}))
        self.pattern = re.compile(
            rf"(?<![\w,.])(?:(?P<number>{_NUMBER})\s*(?:(?P<fused>{_alternation(self.fused)})"
            rf"|(?:(?P<mult>{mult})(?P<half_d>\s+(?:{halves}))?\s*(?:d'|de\s+)?)?"
            rf"(?P<currency>{_alternation(self.currency_of)}))(?![\w])"
            rf"|(?P<fraction>{fraction})(?P<mult_f>{mult}){tail('f')}"
            rf"|(?P<words>{words})\s+(?P<mult_w>{mult}){tail('w')})"
            # the currency's abbreviation in brackets is part of the amount: "15 millions de dinars (MDT)"
            rf"(?:\s*\(\s*(?:{_alternation(self.fused)}|{currencies})\s*\)(?![\w]))?"
        )

    def may_hold(self, folded: str, start: int = 0, end: int | None = None) -> bool:
        """False when `find` on `folded[start:end]` (text folded by `fold_keep_offsets`) is sure to find
        nothing: no currency or fused form in it, a cheap test before the whole pattern."""
        return self._currency_or_fused.search(folded, start, len(folded) if end is None else end) is not None

    def find(self, text: str, folded: str | None = None) -> list[Amount]:
        """`folded`: `fold_keep_offsets(text)` when the caller has it already."""
        folded = fold_keep_offsets(text) if folded is None else folded
        found = []
        for match in self.pattern.finditer(folded):
            if match["number"] is None:
                above, value = (0.0, self.fractions[match["fraction"]]) if match["fraction"] \
                    else self._words_value(match["words"])
                factor = self.multipliers[match["mult_f"] or match["mult_w"]]
                tag = "f" if match["fraction"] else "w"
                value += 0.5 if match[f"half_{tag}"] else 0.0
                currency = self.currency_of[match[f"currency_{tag}"]]
                found.append(Amount(round(above + value * factor, 2), currency, text[match.start():match.end()],
                                    match.start(), match.end()))
                continue
            value = float(re.sub(r"[ \u00a0\u202f.]", "", match["number"]).replace(",", "."))
            if match["fused"]:
                factor, currency = self.fused[match["fused"]]
            else:
                factor = self.multipliers.get(match["mult"] or "", 1.0)
                value += 0.5 if match["half_d"] and match["mult"] else 0.0
                currency = self.currency_of[match["currency"]]
            found.append(Amount(round(value * factor, 2), currency, text[match.start():match.end()],
                                match.start(), match.end()))
        return _conversions_dropped(found + self._shares_in_the_same_currency(found, text, folded), text)

    def _shares_in_the_same_currency(self, found: list[Amount], text: str, folded: str) -> list[Amount]:
        """"d'un coût de 6 milliards de dinars, financé à hauteur de 4 milliards par la BNA": a share
        written without its currency is in the one currency the sentence told."""
        if len({a.currency for a in found}) != 1:
            return []
        currency = found[0].currency
        shares = []
        for match in _BARE_SHARE.finditer(folded):
            if any(a.start_char < match.end() and match.start(1) < a.end_char for a in found):
                continue
            factor = self.multipliers.get(match["mult"])
            if factor is None:
                continue
            value = float(match["number"].replace(",", "."))
            shares.append(Amount(round(value * factor, 2), currency, text[match.start(1):match.end()],
                                 match.start(1), match.end()))
        return shares


    def _words_value(self, words: str) -> tuple[float, float]:
        """"vingt-cinq" 25, "cinq cent" 500, "soixante et onze" 71, "quatre-vingt-dix" 90; a
        multiplier inside closes a group: "un million huit cent" is (1 000 000, 800), the last
        group being what the multiplier after the words applies to."""
        above, total = 0.0, 0.0
        for token in re.split(r"-|\s+et\s+|\s+", words.strip()):
            value = self.words.get(token, 0.0)
            if token in self.word_multipliers:
                above, total = above + max(total, 1.0) * self.word_multipliers[token], 0.0
            elif token in self.scales:
                total = max(total, 1.0) * value
            elif token in {"vingt", "vingts"} and total and total % 10 == 4 and total < 10:
                total = total * value            # quatre-vingt
            else:
                total += value
        return above, total


# "1,5 million de dollars (environ 900 millions de FCFA)": the same sum told in another currency
# a share told after "à hauteur de" with a multiplier but no currency word after it
# the participle that tells a share was given ("dont 10 milliards apportés par la BAD"), folded;
# the funding rules read the same list after the share
SHARE_GIVEN = r"(?:apporte|finance|verse|accorde|octroye|pris en charge|prete|consenti)s?"
# ("… a coûté 18 milliards de FCFA, dont 10 milliards apportés par la BAD": the same with "dont")
_BARE_SHARE = re.compile(r"\b(?:a hauteur de|dont)\s+(?P<number>\d+(?:,\d+)?)\s+(?P<mult>milliards?|millions?)"
                         rf"(?=\s*(?:[,.;)]|par\b|$)|\s+{SHARE_GIVEN}\b)")
_CONVERSION_OPEN = re.compile(r"\s*\(\s*(?:(?:soit|environ|pres de|près de|quelque|plus de|un peu plus de|~)\s*)*$")
_CONVERSION_CLOSE = re.compile(r"\s*\)")
_CONVERSION_SOIT = re.compile(r"\s*,\s*soit\s+(?:environ\s+|pres de\s+|près de\s+|quelque\s+|plus de\s+)?")


def _conversions_dropped(found: list[Amount], text: str) -> list[Amount]:
    """An amount in brackets right after another is its conversion: one amount, the first, whose
    span takes in the brackets (what follows them is read after the whole)."""
    out: list[Amount] = []
    for amount in found:
        last = out[-1] if out else None
        close = _CONVERSION_CLOSE.match(text, amount.end_char)
        if last is not None and close and _CONVERSION_OPEN.fullmatch(text[last.end_char:amount.start_char].lower()):
            out[-1] = Amount(last.value, last.currency, text[last.start_char:close.end()], last.start_char, close.end())
            continue
        if last is not None and last.currency != amount.currency \
                and _CONVERSION_SOIT.fullmatch(text[last.end_char:amount.start_char].lower()):
            # "un tour de 2 millions d'euros, soit environ 21 millions de dirhams, auprès de Y": the same sum
            out[-1] = Amount(last.value, last.currency, text[last.start_char:amount.end_char], last.start_char, amount.end_char)
            continue
        out.append(amount)
    return out


def _alternation(forms: Iterable[str]) -> str:
    """Longest first, so "milliards" wins over "m"."""
    return "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
