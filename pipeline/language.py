"""Language of the extracted article text, with py3langid.

Why the extracted text and not `<html lang>`: templates declare one language for a whole site
(pubdate-fr holds French pages declared "en"), whereas the main text is what we analyse.
"""
from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Characters looked at (VEILLE_LANGUAGE_SAMPLE_CHARS): the language of an article is settled well
# before its end, and langid's cost grows with the length (~4 ms at 5,000, ~2 ms at 2,000). On
# 410 extracted pages (demo sites, tests, extraction-fr, pubdate-fr, generated bench articles),
# 1,000 to 5,000 characters gave the same language for every page, and 1,500 and up the same
# confidence to 0.001 (500 got one page wrong).
SAMPLE_CHARS = 2000


class LanguageDetector:
    """py3langid with normalised probabilities, so the confidence reads as 0..1.

    Create one per process and pass it along: loading the model (shipped inside the py3langid
    package, nothing downloaded) takes a noticeable fraction of a second.
    """

    def __init__(self, languages: list[str] | None = None) -> None:
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if languages:
            self._identifier.set_languages(languages)

    def detect(self, text: str, sample_chars: int = SAMPLE_CHARS) -> tuple[str, float]:
        """(ISO 639-1 code, confidence) of the first `sample_chars` characters. Empty text gives
        ("und", 0.0): nothing to decide on."""
        sample = text[:sample_chars].strip()
        if not sample:
            return "und", 0.0
        language, confidence = self._identifier.classify(sample)
        return str(language), float(confidence)


@lru_cache(maxsize=1)
def default_detector() -> LanguageDetector:
    """The all-languages detector, loaded on first use (~0.5 s) and shared.

    This cache is the one module-level state here, and it is allowed because it is pure: it holds
    an immutable model built from a file inside the package, never configuration or results, so
    no caller can observe whether it was shared or freshly built.
    """
    return LanguageDetector()


def detect_language(text: str, detector: LanguageDetector | None = None, *,
                    sample_chars: int = SAMPLE_CHARS) -> tuple[str, float]:
    """Language of `text` with its confidence; pass `detector` to use one you built yourself."""
    return (detector or default_detector()).detect(text, sample_chars)
