"""Story grouping with MinHash LSH: copies of one story together, different stories apart."""
from __future__ import annotations

import re

import pytest

from pipeline.stories import StoryGrouper, shingles, story_id_for
from pipeline.text import fold

BODY = (
    "Le pôle de compétitivité Aerospace Valley a présenté mardi à Toulouse son nouvel accélérateur "
    "destiné aux petites et moyennes entreprises de la filière aéronautique et spatiale. Vingt PME "
    "de l'Occitanie et de la Nouvelle-Aquitaine seront sélectionnées chaque année pour suivre un "
    "parcours de dix-huit mois.\n"
    "« Nos adhérents nous demandaient un accompagnement plus long et plus concret sur la conquête "
    "de nouveaux marchés », explique Karim Alaoui, directeur général du pôle, qui fédère plus de "
    "huit cents membres entre industriels, laboratoires et centres de formation.\n"
    "Le programme est financé par la Région Occitanie et Bpifrance. Il combine des diagnostics "
    "stratégiques, des missions à l'export et des mises en relation avec les grands donneurs "
    "d'ordre du cluster. Les candidatures sont ouvertes jusqu'au 30 avril sur le site du pôle."
)
REWRITE = (
    "Aéronautique : un programme de dix-huit mois pour vingt PME du Sud-Ouest.\n"
    + BODY.replace("a présenté mardi à Toulouse", "a dévoilé ce mardi à Toulouse")
    + "\nCet article vous a été proposé par notre partenaire La Dépêche Éco. Tous droits réservés."
)
SAME_CLUSTER_OTHER_STORY = (
    "Aerospace Valley a tenu jeudi son assemblée générale à Bordeaux devant quatre cents adhérents. "
    "Le pôle de compétitivité a élu un nouveau conseil d'administration et présenté son bilan "
    "financier, en hausse grâce aux cotisations des nouveaux membres.\n"
    "Karim Alaoui, directeur général du pôle, a rappelé que la filière aéronautique recrute encore "
    "massivement et que les projets de recherche collaboratifs ont atteint un niveau record cette "
    "année, avec quarante dossiers labellisés et financés par l'État et les régions."
)


def test_rewrite_with_new_headline_and_boilerplate_joins_the_story() -> None:
    grouper = StoryGrouper()
    first, _ = grouper.assign("a0000000000000001", BODY)
    second, _ = grouper.assign("a0000000000000002", REWRITE)
    assert first == "s0000000000000001"
    assert second == first


def test_different_articles_on_the_same_cluster_are_different_stories() -> None:
    grouper = StoryGrouper()
    first, _ = grouper.assign("a0000000000000001", BODY)
    other, _ = grouper.assign("a0000000000000003", SAME_CLUSTER_OTHER_STORY)
    assert other == "s0000000000000003" != first


def test_seeded_from_stored_signatures_like_the_warehouse() -> None:
    earlier = StoryGrouper()
    _, signature = earlier.assign("a0000000000000001", BODY)
    assert isinstance(signature, bytes)
    later = StoryGrouper()  # a new run: only the stored rows are known
    later.add_existing("a0000000000000001", "s-from-warehouse", signature)
    assert later.assign("a0000000000000002", REWRITE)[0] == "s-from-warehouse"
    assert len(later) == 2


def test_signatures_are_deterministic_across_instances() -> None:
    one = StoryGrouper().assign("a1", BODY)[1]
    two = StoryGrouper().assign("a2", BODY)[1]
    assert one == two


def test_reprocessed_article_does_not_match_itself() -> None:
    grouper = StoryGrouper()
    grouper.assign("a0000000000000001", BODY)
    assert grouper.assign("a0000000000000001", BODY)[0] == "s0000000000000001"
    assert len(grouper) == 1


def test_empty_text_gets_its_own_story() -> None:
    grouper = StoryGrouper()
    assert grouper.assign("a1", "")[0] == "s1"
    assert grouper.assign("a2", "  ")[0] == "s2"


def test_bad_signature_is_a_clear_error() -> None:
    grouper = StoryGrouper()
    with pytest.raises(ValueError, match="a9: unreadable story signature"):
        grouper.add_existing("a9", "s9", b"garbage")
    signature = StoryGrouper(num_perm=64).assign("a1", BODY)[1]
    with pytest.raises(ValueError, match="64 permutations"):
        grouper.add_existing("a1", "s1", signature)


def test_shingles_ignore_case_accents_and_punctuation() -> None:
    assert shingles("Le Pôle, réunit!") == shingles("le pole reunit") == {"le pole reunit"}
    assert story_id_for("a12") == "s12"


@pytest.mark.parametrize("text", [BODY, REWRITE, SAME_CLUSTER_OTHER_STORY, "Trois mots seulement", "Deux mots", ""])
def test_signature_is_datasketch_default_minhash(text: str) -> None:
    """The permutations drawn once and the faster SHA-1 give the bytes datasketch's own default
    MinHash gives (signatures stored in the warehouse stay comparable)."""
    from datasketch import LeanMinHash, MinHash

    from pipeline.stories import BYTE_ORDER, SEED

    reference = MinHash(num_perm=128, seed=SEED)
    reference.update_batch([gram.encode("utf-8") for gram in sorted(shingles(text))])
    lean = LeanMinHash(reference)
    expected = bytearray(lean.bytesize())
    lean.serialize(expected, byteorder=BYTE_ORDER)
    grouper = StoryGrouper()
    _, signature = grouper.assign("a0000000000000009", text)
    assert signature == bytes(expected)


@pytest.mark.parametrize("text", [BODY, "un deux trois", "Un, deux ; trois quatre", "un deux", "seul", ""])
def test_shingles_are_every_run_of_three_words(text: str) -> None:
    """Each run of three consecutive words of the folded text (fewer words: the text as one)."""
    words = re.findall(r"\w+", fold(text))
    expected = ({" ".join(words[i:i + 3]) for i in range(len(words) - 2)} if len(words) >= 3
                else ({" ".join(words)} if words else set()))
    assert shingles(text) == expected


def test_lsh_params_are_what_datasketch_computes() -> None:
    """Each (threshold, num_perm) given its (bands, rows) gets the very index datasketch would
    build from the threshold (`_optimal_param`, through the real `scipy.integrate.quad`)."""
    from datasketch import MinHashLSH

    from pipeline.stories import LSH_PARAMS

    for (threshold, num_perm), params in LSH_PARAMS.items():
        computed = MinHashLSH(threshold=threshold, num_perm=num_perm)
        given = StoryGrouper(threshold=threshold, num_perm=num_perm)._lsh
        assert (computed.b, computed.r) == params
        assert (given.b, given.r, given.h, given.hashranges) == (
            computed.b, computed.r, computed.h, computed.hashranges)
        assert len(given.hashtables) == len(computed.hashtables)
    other = StoryGrouper(threshold=0.7, num_perm=64)._lsh  # not in the table: computed, as before
    expected = MinHashLSH(threshold=0.7, num_perm=64)
    assert (other.b, other.r) == (expected.b, expected.r)


def test_stories_import_no_scipy_integrate_and_leave_the_real_one() -> None:
    """A fresh process: importing `pipeline.stories` and building its grouper import no
    `scipy.integrate`; importing it afterwards gives SciPy's own module, and datasketch's
    integration (through the stand-in's `quad`) gives the same numbers as SciPy's `quad`."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = """
import sys
import pipeline.stories as stories
stories.StoryGrouper().assign("a1", "un texte assez long pour quelques mots")
assert "scipy.integrate" not in sys.modules, "imported"
import scipy.integrate
assert scipy.integrate.__file__.endswith("integrate/__init__.py")
import datasketch.lsh as lsh
assert lsh.integrate is not scipy.integrate.quad  # the stand-in's forwarder
f = lambda s: 1 - (1 - s ** 5.0) ** 25.0
assert lsh.integrate(f, 0.0, 0.5) == scipy.integrate.quad(f, 0.0, 0.5)
assert lsh._optimal_param(0.5, 128, 0.5, 0.5) == (25, 5)
assert lsh._false_negative_probability(0.5, 25, 5) == scipy.integrate.quad(
    lambda s: 1 - (1 - (1 - s ** 5.0) ** 25.0), 0.5, 1.0)[0]
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False,
                         cwd=root, env=os.environ | {"PYTHONPATH": str(root)})
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok"
