"""Language detection on extracted text with py3langid."""
from __future__ import annotations

import pytest

from pipeline.language import LanguageDetector, default_detector, detect_language


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


@pytest.mark.parametrize(("text", "expected"), [
    ("Le pôle de compétitivité réunit ses adhérents à Toulouse pour présenter sa feuille de route.", "fr"),
    ("Le technopark de Casablanca accueille une nouvelle promotion de jeunes entreprises du numérique.", "fr"),
    ("The cluster gathered its members in Toulouse to present its new roadmap.", "en"),
    ("El clúster reunió a sus socios en Barcelona para presentar su nueva hoja de ruta.", "es"),
])
def test_detects_language_with_confidence(detector: LanguageDetector, text: str, expected: str) -> None:
    language, confidence = detector.detect(text)
    assert language == expected
    assert 0.5 < confidence <= 1.0


def test_empty_text_is_undetermined(detector: LanguageDetector) -> None:
    assert detector.detect("   \n ") == ("und", 0.0)


def test_restricted_languages_choose_among_them() -> None:
    restricted = LanguageDetector(languages=["fr", "en"])
    assert restricted.detect("Le pôle réunit ses membres.")[0] == "fr"
    assert restricted.detect("The cluster gathers its members.")[0] == "en"


def test_function_form_shares_one_loaded_model() -> None:
    assert default_detector() is default_detector()
    assert detect_language("Les entreprises membres du réseau se sont réunies hier.")[0] == "fr"


def test_only_the_sample_is_read(detector: LanguageDetector) -> None:
    """The language comes from the first `sample_chars` characters (VEILLE_LANGUAGE_SAMPLE_CHARS)."""
    french = "Le pôle de compétitivité réunit ses adhérents à Toulouse pour sa feuille de route. " * 30
    english = "The members of the business network met on Tuesday and agreed on the budget. " * 200
    text = french + english
    assert detector.detect(text, sample_chars=len(french))[0] == "fr"
    assert detector.detect(text, sample_chars=len(text))[0] == "en"
    assert detect_language(text, sample_chars=len(french))[0] == "fr"
