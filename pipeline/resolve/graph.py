"""The resolution graph: one node per (type, match key), union-find, and blocked fuzzy merging.

Why blocked: comparing every name with every other is quadratic; names are compared with
rapidfuzz `process.cdist` only inside blocks of the same type sharing a first or last word, and
only the batch's own nodes are queried: a batch costs about the same whatever the warehouse size.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process

from pipeline.records import Entity
from pipeline.resolve.names import content_tokens

# Whole-key similarity (fuzz.ratio, 0-100) above which two names of a type may be one entity.
FUZZY_THRESHOLD = {"ORG": 88.0, "MISC": 90.0, "PER": 90.0, "LOC": 92.0}
TOKEN_THRESHOLD = 80.0  # every word must find its counterpart ("innovsud" ~ "inovsud")
MIN_FUZZY_KEY_LENGTH = 8  # shorter names ("ADD", "Fès") merge only on an exact key


@dataclass(slots=True)
class Node:
    """One distinct (type, key): the spellings seen for it and, if any, the warehouse entity."""

    type: str
    key: str
    forms: Counter[str] = field(default_factory=Counter)
    gazetteer_forms: set[str] = field(default_factory=set)
    surfaces: set[str] = field(default_factory=set)
    entity: Entity | None = None


class Graph:
    """Nodes by (type, key) with union-find; two warehouse entities are never merged."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []
        self.by_key: dict[tuple[str, str], int] = {}
        self.parent: list[int] = []

    def node(self, label: str, key: str) -> int:
        index = self.by_key.get((label, key))
        if index is None:
            index = self.by_key[(label, key)] = len(self.nodes)
            self.nodes.append(Node(label, key))
            self.parent.append(index)
        return index

    def root(self, index: int) -> int:
        while self.parent[index] != index:
            self.parent[index] = self.parent[self.parent[index]]
            index = self.parent[index]
        return index

    def union(self, a: int, b: int) -> bool:
        root_a, root_b = self.root(a), self.root(b)
        if root_a == root_b:
            return True
        entity_a, entity_b = self.nodes[root_a].entity, self.nodes[root_b].entity
        if entity_a is not None and entity_b is not None:
            return False
        if entity_b is not None:
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        return True


def merge_fuzzy(graph: Graph, fresh: set[int]) -> None:
    """Merge near-identical keys of one type, compared only inside first-word/last-word blocks.

    Only the batch's nodes are queried (against every node of their blocks): two stored
    entities are never merged anyway, so the warehouse is not compared with itself each batch.
    """
    queries: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index in sorted(fresh):
        for block in _blocks(graph.nodes[index]):
            queries[block].append(index)
    members: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, node in enumerate(graph.nodes):
        for block in _blocks(node):
            if block in queries:
                members[block].append(index)
    for block, asked in queries.items():
        if len(members[block]) > 1:
            _merge_block(graph, block[0], asked, members[block])


def _blocks(node: Node) -> set[tuple[str, str]]:
    tokens = content_tokens(node.key)
    if len(node.key) < MIN_FUZZY_KEY_LENGTH or not tokens:
        return set()
    return {(node.type, tokens[0]), (node.type, tokens[-1])}


def _merge_block(graph: Graph, label: str, asked: list[int], members: list[int]) -> None:
    query_keys = [graph.nodes[index].key for index in asked]
    keys = [graph.nodes[index].key for index in members]
    scores = process.cdist(
        query_keys, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD[label], dtype=np.uint8
    )
    # Numbers tell names apart ("Technopark 1" / "Technopark 2"): filtered here, vectorised.
    query_digits = np.array([_digits(key) for key in query_keys])
    digits = np.array([_digits(key) for key in keys])
    candidates = (scores > 0) & (query_digits[:, None] == digits[None, :])
    rows, cols = np.nonzero(candidates)
    for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
        a, b = asked[row], members[col]
        if a != b and graph.root(a) != graph.root(b) and _same_words(query_keys[row], keys[col]):
            graph.union(a, b)


@lru_cache(maxsize=1 << 18)
def _digits(key: str) -> int:
    return hash("".join(ch for ch in key if ch.isdigit()))


def _same_words(key_a: str, key_b: str) -> bool:
    """Same number of words, each close to its counterpart: "Cluster Solaire" != "... du Nord"."""
    tokens_a, tokens_b = content_tokens(key_a), content_tokens(key_b)
    if len(tokens_a) != len(tokens_b):
        return False
    for token_a, token_b in zip(tokens_a, tokens_b, strict=True):
        if token_a != token_b and (
            min(len(token_a), len(token_b)) < 5 or fuzz.ratio(token_a, token_b) < TOKEN_THRESHOLD
        ):
            return False
    return True
