"""Independent coverage: press-release citations and near-identical reprints of a story."""
from __future__ import annotations

from pipeline.coverage import REPRINT_SIMILARITY, cites_press_release
from pipeline.stories import StoryGrouper

TEXT = ("Le Cluster Solaire et la Fondation Atlas ont signé lundi à Rabat une convention pour "
        "accompagner quarante jeunes entreprises de l'énergie pendant trois ans, avec des ateliers, "
        "des visites de sites industriels et un fonds d'amorçage commun ouvert aux membres.")


def test_press_release_citations():
    assert cites_press_release("Selon un communiqué publié lundi, le pôle lève 2 M€.")
    assert cites_press_release("Dans son communiqué, le cluster annonce...")
    assert cites_press_release("COMMUNIQUÉ DE PRESSE – Le réseau InnovSud ...")
    assert not cites_press_release("Le pôle a communiqué ses chiffres aux adhérents.")


def test_reprint_is_near_identical_and_a_rewrite_is_not():
    grouper = StoryGrouper()
    first, _ = grouper.assign("a1", TEXT)
    assert grouper.copy_similarity("a1") is None  # the first copy of its story
    reprint, _ = grouper.assign("a2", TEXT + " Contact presse : 01 02 03 04 05.")
    assert reprint == first and grouper.copy_similarity("a2") >= REPRINT_SIMILARITY
    rewrite = TEXT.replace("des visites de sites industriels", "des visites d'usines")
    story, _ = grouper.assign("a3", rewrite + " Le montant du fonds n'a pas été précisé, selon nos informations.")
    assert story == first and grouper.copy_similarity("a3") < REPRINT_SIMILARITY


def test_press_release_word_guard_is_in_every_match() -> None:
    import random

    from pipeline.coverage import _PRESS_RELEASE, _PRESS_RELEASE_WORD
    from pipeline.text import fold

    pieces = ["un ", "le ", "son ", "d'un ", "selon un ", "dans un ", "communique", "communiqué", "COMMUNIQUÉ",
              " de presse", " publie", " diffuse", " conjoint", "  ", "\n", "s", "x", ", ", "cet ", "par "]
    rng = random.Random(3)
    matched = 0
    for _ in range(20000):
        text = fold("".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))))
        match = _PRESS_RELEASE.search(text)
        if match is not None:
            matched += 1
            assert _PRESS_RELEASE_WORD in match.group()
        assert cites_press_release(text) is (match is not None)
    assert matched > 1000
