"""The one fold and the acronym shapes (pipeline/text.py), used by every stage that matches text."""
from __future__ import annotations

from pipeline.stories import shingles
from pipeline.text import ACRONYM_DEFINED, ACRONYM_TOKEN, fold, is_acronym


def test_fold_lowers_and_drops_accents() -> None:
    assert fold("Pôle Européen de l’Énergie") == "pole europeen de l'energie"


def test_fold_makes_every_apostrophe_and_dash_plain() -> None:
    assert fold("l’Agence d‘Essai lʼUnion") == "l'agence d'essai l'union"
    assert fold("Rhône‐Alpes – Sud — Nord ― Est") == "rhone-alpes - sud - nord - est"


def test_fold_decomposes_ligatures_and_keeps_other_punctuation() -> None:
    assert fold("Eﬃcacité (R&D), «Œuvre»") == "efficacite (r&d), «œuvre»"


def test_fold_is_idempotent() -> None:
    text = "Cluster Électronique – Île-de-France’s « Hub »"
    assert fold(fold(text)) == fold(text)


def test_shingles_ignore_case_accents_apostrophes_and_dashes() -> None:
    assert shingles("Le Pôle d’Énergie – Nord", size=2) == shingles("le pole d'energie - nord", size=2)


def test_is_acronym_whole_surface() -> None:
    assert is_acronym("CMCS") and is_acronym("C3MT") and is_acronym("CEEMa")
    assert not is_acronym("Medef") and not is_acronym("A") and not is_acronym("Pôle Sud")
    assert not is_acronym("ABCDEFGHI")


def test_acronym_token_and_defined_shapes_differ_on_purpose() -> None:
    assert ACRONYM_TOKEN.match("R&D") and not ACRONYM_TOKEN.match("MedZ")
    assert ACRONYM_DEFINED.match("MedZ") and not ACRONYM_DEFINED.match("Medef")


def test_fold_keep_offsets_agrees_with_fold_and_keeps_the_length() -> None:
    from pipeline.text import fold_keep_offsets

    text = "L’Agence – Pôle\u00a0Sud ´x` ʼy"
    folded = fold_keep_offsets(text)
    assert len(folded) == len(text)
    assert folded == fold(text) == "l'agence - pole sud 'x' 'y"


def test_fold_drops_combining_marks_of_any_script_and_keeps_base_letters() -> None:
    # decomposed input (e + U+0301), a Vietnamese stacked mark, a combining mark alone
    assert fold("Pe\u0301rou Vie\u0323\u0302t \u0301x") == "perou viet x"
    assert fold("ABC def") == "abc def"  # the all-ASCII shortcut lowers like the rest


def test_fold_keep_offsets_is_fold_char_on_every_code_point() -> None:
    """The translate table gives what a character-by-character fold gives, everywhere."""
    from pipeline.text import fold_char, fold_keep_offsets

    every = "".join(chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF)
    assert fold_keep_offsets(every) == "".join(fold_char(ch) for ch in every)


def _fold_by_whole_string(text: str) -> str:
    """`fold` as it was written before it went character by character: NFKD of the whole string."""
    import unicodedata

    from pipeline.text import _PLAIN

    decomposed = unicodedata.normalize("NFKD", text.translate(_PLAIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def test_fold_by_character_is_fold_of_the_whole_string() -> None:
    """Every code point, then random strings mixing letters, combining marks (reordered by NFKD),
    ligatures, capital sigmas and Hangul: the per-character table gives the whole string's NFKD."""
    import random

    from pipeline.text import fold

    points = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(points), 4096):
        chunk = "".join(points[start:start + 4096])
        assert fold.__wrapped__(chunk) == _fold_by_whole_string(chunk)
        for ch in points[start:start + 4096:7]:
            assert fold.__wrapped__(ch) == _fold_by_whole_string(ch)
    rng = random.Random(11)
    alphabet = ["a", "E", "é", "É", "\u0301", "\u0327", "\u0323", "\u0302", "\u0344", "ﬁ", "Σ", "ΣΑ", " ", "’", "–", "\u00a0",
                "가", "ǅ", "İ", "ß", "ẞ", "Å", "ℌ", "½", "\u1e9b\u0323", "σ", "ς", "\u0345", "x"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold.__wrapped__(text) == _fold_by_whole_string(text), repr(text)
