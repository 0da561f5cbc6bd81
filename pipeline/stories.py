"""Group copies of one story across outlets: syndicated agency copy, lightly edited rewrites.

Why MinHash LSH on word shingles: a rewrite changes the headline, the intro and the boilerplate
but keeps most sentences, so the sets of 3-word sequences stay close (Jaccard) while two articles
on the same cluster with different sentences share few of them. LSH finds the candidates without
comparing every pair; the estimated Jaccard then picks the best one.
"""
from __future__ import annotations

import hashlib
import importlib
import re
import struct
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from pipeline.text import fold


@contextmanager
def _without_scipy_integrate() -> Iterator[None]:
    """While datasketch is imported: `scipy.integrate` a stand-in whose `quad` (all that
    `datasketch.lsh` and `datasketch.lsh_bloom` import from it) imports the real module when
    first called, and whose other names import it at once.

    Why: importing datasketch's package imports `scipy.integrate` (and with it most of SciPy:
    ~0.26 core-s of a run's 0.35 for datasketch), only for `MinHashLSH`'s search of its
    (bands, rows) when none are given, which `StoryGrouper` gives (`LSH_PARAMS`). The stand-in
    leaves `sys.modules` once datasketch is in, so any later `import scipy.integrate` is the real
    one, and a `quad` called later is the real `quad` (same arguments, same result)."""
    if "scipy.integrate" in sys.modules or "datasketch" in sys.modules:
        yield
        return

    def real() -> types.ModuleType:
        if sys.modules.get("scipy.integrate") is stand_in:  # asked for during the import
            del sys.modules["scipy.integrate"]
        return importlib.import_module("scipy.integrate")

    def quad(*args: Any, **kwargs: Any) -> Any:
        return real().quad(*args, **kwargs)

    def other(name: str) -> Any:
        if name.startswith("__"):  # the import system's questions (`__path__`...): a plain module
            raise AttributeError(name)
        return getattr(real(), name)

    stand_in = types.ModuleType("scipy.integrate")
    stand_in.quad = quad  # type: ignore[attr-defined]
    stand_in.__getattr__ = other  # type: ignore[method-assign]
    sys.modules["scipy.integrate"] = stand_in
    try:
        yield
    finally:
        if sys.modules.get("scipy.integrate") is stand_in:
            del sys.modules["scipy.integrate"]


with _without_scipy_integrate():
    from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 3
SEED = 1  # fixed: signatures stored in the warehouse stay comparable across runs and machines
BYTE_ORDER = "<"  # explicit, so a signature stored on one machine reads the same on another
# (threshold, num_perm) -> (bands, rows): what `MinHashLSH(threshold, num_perm)` computes for them
# (datasketch's `_optimal_param`, weights 0.5 and 0.5; a test checks each), given so that it need
# not integrate (nor import `scipy.integrate`). Other values are computed by datasketch, as before.
LSH_PARAMS: dict[tuple[float, int], tuple[int, int]] = {(0.5, 128): (25, 5)}
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the normalised text (lower case, no accents, punctuation ignored)."""
    words = _WORD.findall(fold(text))
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(gram) for gram in zip(*(words[i:] for i in range(size)))}


def _sha1_32(data: bytes) -> int:
    """datasketch's default hash (`sha1_hash32`: the first 4 bytes of SHA-1, little-endian), a
    third faster without `struct`."""
    return int.from_bytes(hashlib.sha1(data).digest()[:4], "little")


def story_id_for(article_id: str) -> str:
    """A new story is named after its first article: "a1b2..." -> "s1b2..."."""
    return "s" + (article_id[1:] if article_id.startswith("a") else article_id)


class StoryGrouper:
    """Assigns each article to the story of its closest earlier copy, or to a new story.

    Seed it with the warehouse's (article_id, story_id, signature) rows, then `assign` new
    articles in a stable order (e.g. by published_at, article_id) for reproducible story ids.
    """

    def __init__(self, threshold: float = 0.5, num_perm: int = 128) -> None:
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold must be between 0 and 1, got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        params = LSH_PARAMS.get((threshold, num_perm))
        self._lsh = (MinHashLSH(num_perm=num_perm, params=params) if params is not None
                     else MinHashLSH(threshold=threshold, num_perm=num_perm))
        # datasketch draws the permutations from the seed for every MinHash (a tenth of a
        # millisecond per article): drawn once here, the same arrays, so the same signatures.
        drawn = MinHash(num_perm=num_perm, seed=SEED)
        self._permutations, self._scheme = drawn.permutations, drawn.scheme
        self._signatures: dict[str, LeanMinHash] = {}
        self._stories: dict[str, str] = {}
        self._members: dict[str, set[str]] = {}  # story -> its articles: no scan of every article

    def __len__(self) -> int:
        return len(self._signatures)

    def add_existing(self, article_id: str, story_id: str, signature: bytes) -> None:
        """Index an article already grouped in the warehouse."""
        minhash = self._deserialize(article_id, signature)
        self._index(article_id, story_id, minhash)

    def assign(self, article_id: str, text: str) -> tuple[str, bytes]:
        """(story_id, serialised signature) for this article; the article is then indexed."""
        self._forget(article_id)  # a re-processed article is matched against the others only
        grams = shingles(text)
        minhash = self._minhash(grams)
        signature = self._serialize(minhash)
        if not grams:
            return story_id_for(article_id), signature  # nothing to compare: a story of its own
        match = self._best_match(minhash)
        story_id = self._stories[match] if match is not None else story_id_for(article_id)
        self._index(article_id, story_id, minhash)
        return story_id, signature

    def copy_similarity(self, article_id: str) -> float | None:
        """Estimated Jaccard to the closest other copy of the article's story (None: alone)."""
        story = self._stories.get(article_id)
        if story is None:
            return None
        mine = self._signatures[article_id]
        scores = [mine.jaccard(self._signatures[other]) for other in self._members[story]
                  if other != article_id]
        return round(max(scores), 3) if scores else None

    def _best_match(self, minhash: LeanMinHash) -> str | None:
        """The indexed article with the highest estimated Jaccard >= threshold (ties: smallest id)."""
        scored: list[tuple[float, str]] = [
            (minhash.jaccard(self._signatures[key]), key) for key in self._lsh.query(minhash)]
        scored = [(score, key) for score, key in scored if score >= self.threshold]
        if not scored:
            return None
        return min(scored, key=lambda pair: (-pair[0], pair[1]))[1]

    def _index(self, article_id: str, story_id: str, minhash: LeanMinHash) -> None:
        self._forget(article_id)
        self._lsh.insert(article_id, minhash)
        self._signatures[article_id] = minhash
        self._stories[article_id] = story_id
        self._members.setdefault(story_id, set()).add(article_id)

    def _forget(self, article_id: str) -> None:
        if article_id in self._signatures:
            self._lsh.remove(article_id)
            story = self._stories.pop(article_id)
            del self._signatures[article_id]
            members = self._members[story]
            members.discard(article_id)
            if not members:
                del self._members[story]

    def _minhash(self, grams: set[str]) -> LeanMinHash:
        minhash = MinHash(num_perm=self.num_perm, seed=SEED, hashfunc=_sha1_32,
                          permutations=self._permutations, scheme=self._scheme)
        # Unsorted: a MinHash keeps the minimum of each permutation, whatever the order.
        minhash.update_batch([g.encode("utf-8") for g in grams])
        return LeanMinHash(minhash)

    @staticmethod
    def _serialize(minhash: LeanMinHash) -> bytes:
        buffer = bytearray(minhash.bytesize())
        minhash.serialize(buffer, byteorder=BYTE_ORDER)
        return bytes(buffer)

    def _deserialize(self, article_id: str, signature: bytes) -> LeanMinHash:
        """A stored signature, checked: a corrupt or foreign one is a clear ValueError."""
        try:
            minhash = LeanMinHash.deserialize(signature, byteorder=BYTE_ORDER)
        except (struct.error, ValueError, TypeError, OverflowError) as error:
            raise ValueError(f"article {article_id}: unreadable story signature ({error})") from error
        if len(minhash) != self.num_perm or minhash.seed != SEED:
            raise ValueError(
                f"article {article_id}: signature has {len(minhash)} permutations and seed "
                f"{minhash.seed}, expected {self.num_perm} and {SEED}"
            )
        return minhash
