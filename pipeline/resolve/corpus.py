"""Cross-corpus entity resolution: every mention of a batch tied to one canonical entity.

Why in three passes: (1) inside an article, short forms are expanded to what the article itself
says ("K. A.", "M. Alaoui" -> "Karim Alaoui"; an acronym -> its defined long form); (2) across the
corpus, names that share a `match_key` are one node and near-identical nodes are merged with
rapidfuzz, blocked by first/last word so the cost stays near-linear; (3) surname-only forms that
the article could not expand go to the unique person of the corpus with that surname.
Existing entities keep their ids; a new one gets an id derived from its type and key.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from pipeline.records import (
    AnnotatedArticle,
    Entity,
    EntityMention,
    Resolution,
    ResolvedMention,
    ResolvedRole,
)
from pipeline.resolve.graph import Graph, Node, merge_fuzzy
from pipeline.resolve.names import (
    canonical_rank,
    civil_title,
    clean_form,
    initials_of,
    match_key,
    person_shape,
    strip_title,
    surname_keys,
)
from pipeline.text import is_acronym

RESOLVED_LABELS = frozenset({"ORG", "PER", "LOC", "MISC"})


@dataclass(frozen=True, slots=True)
class _Named:
    """A mention with the name it stands for (None: a person short form left for pass 3)."""

    article_id: str
    mention: EntityMention
    name: str | None
    from_gazetteer: bool


def resolve(
    batch: Sequence[tuple[str, AnnotatedArticle]],
    existing_entities: Sequence[Entity],
    existing_aliases: Sequence[tuple[str, str]],
) -> Resolution:
    """Tie every mention of `batch` (article_id, annotated article) to a canonical entity."""
    graph = Graph()
    _seed_existing(graph, existing_entities, existing_aliases)
    definitions = _acronym_definitions(batch, existing_entities, existing_aliases)
    named = [
        n
        for article_id, annotated in batch
        for n in _name_article(article_id, annotated, definitions)
    ]
    mention_nodes = {id(n): graph.node(n.mention.label, match_key(n.name)) for n in named if n.name}
    for item in named:
        if item.name:
            _record_form(graph.nodes[mention_nodes[id(item)]], item)
    texts = {article_id: annotated.article.text for article_id, annotated in batch}
    for long_form, acronym in _defined_in_text(named, texts):
        if id(long_form) in mention_nodes and id(acronym) in mention_nodes:
            graph.union(mention_nodes[id(long_form)], mention_nodes[id(acronym)])
    merge_fuzzy(
        graph, {graph.root(index) for index in mention_nodes.values()} | set(mention_nodes.values())
    )
    people = _people_by_surname(graph)
    for item in named:
        if item.name is None:
            mention_nodes[id(item)] = _place_short_person(graph, people, item)
    return _build_resolution(graph, batch, named, mention_nodes, existing_aliases)


def _seed_existing(
    graph: Graph, entities: Sequence[Entity], aliases: Sequence[tuple[str, str]]
) -> None:
    by_id = {entity.entity_id: entity for entity in entities}
    for entity in entities:
        index = graph.node(entity.type, match_key(entity.name))
        if graph.nodes[graph.root(index)].entity is None:
            graph.nodes[graph.root(index)].entity = entity
        graph.nodes[index].forms[entity.name] += 1
    for entity_id, alias in aliases:
        named = by_id.get(entity_id)
        if named is None or (named.type == "PER" and person_shape(alias)[0] != "full"):
            continue  # a short person form ("M. Alaoui") must not pull another Alaoui in
        alias_node = graph.node(named.type, match_key(alias))
        graph.union(graph.node(named.type, match_key(named.name)), alias_node)


_OPENS_PARENTHESIS = re.compile(r"\s*\(\s*$")
_CLOSES_PARENTHESIS = re.compile(r"^\s*\)")


def _defined_in_text(named: Sequence[_Named], texts: dict[str, str]) -> Iterator[tuple[_Named, _Named]]:
    """A name followed by its acronym in parentheses, as the text defines it: "l'Agence allemande
    de coopération internationale (GIZ)". Both are one entity, whatever other long form a gazetteer
    gives the acronym, so that the text's own long form stays one of its names. Not for people:
    "Chakib Alj (CGEM)" gives an affiliation."""
    by_article: dict[str, list[_Named]] = defaultdict(list)
    for item in named:
        by_article[item.article_id].append(item)
    for article_id, items in by_article.items():
        text = texts[article_id]
        ordered = sorted(items, key=lambda n: n.mention.start_char)
        for first, second in itertools.pairwise(ordered):
            a, b = first.mention, second.mention
            if a.label == b.label != "PER" and is_acronym(b.surface) and not is_acronym(a.surface) \
                    and _OPENS_PARENTHESIS.fullmatch(text[a.end_char:b.start_char]) \
                    and _CLOSES_PARENTHESIS.match(text[b.end_char:b.end_char + 3]):
                yield first, second


def _acronym_definitions(
    batch: Sequence[tuple[str, AnnotatedArticle]],
    entities: Sequence[Entity],
    aliases: Sequence[tuple[str, str]],
) -> dict[str, str]:
    """Acronym key -> long form, from hints and stored aliases; ambiguous acronyms dropped."""
    seen: dict[str, set[str]] = defaultdict(set)
    for _, annotated in batch:
        for mention in annotated.mentions:
            if mention.canonical_hint and is_acronym(mention.surface):
                seen[match_key(mention.surface)].add(mention.canonical_hint)
    names = {entity.entity_id: entity.name for entity in entities}
    for entity_id, alias in aliases:
        if entity_id in names and is_acronym(alias):
            seen[match_key(alias)].add(names[entity_id])
    return {
        key: next(iter(longs))
        for key, longs in seen.items()
        if len({match_key(name) for name in longs}) == 1
    }


def _article_mentions(annotated: AnnotatedArticle) -> list[EntityMention]:
    """Mentions plus the role persons/organisations the NER may have missed, once each."""
    mentions = {(m.start_char, m.end_char): m for m in annotated.mentions}
    for role in annotated.roles:
        for mention in (role.person, role.org):
            if mention is not None:
                mentions.setdefault((mention.start_char, mention.end_char), mention)
    return [m for m in mentions.values() if m.label in RESOLVED_LABELS]


def _name_article(
    article_id: str, annotated: AnnotatedArticle, definitions: dict[str, str]
) -> list[_Named]:
    mentions = _article_mentions(annotated)
    full_people = list(
        dict.fromkeys(
            strip_title(clean_form(m.canonical_hint or m.surface))
            for m in mentions
            if m.label == "PER" and (m.canonical_hint or person_shape(m.surface)[0] == "full")
        )
    )
    return [_name_mention(article_id, m, full_people, definitions) for m in mentions]


def _name_mention(
    article_id: str, mention: EntityMention, full_people: list[str], definitions: dict[str, str]
) -> _Named:
    if mention.canonical_hint:
        return _Named(article_id, mention, mention.canonical_hint, True)
    if mention.label == "PER":
        shape, initials, surname = person_shape(mention.surface)
        if shape == "full":
            return _Named(article_id, mention, strip_title(clean_form(mention.surface)), False)
        matches = [name for name in full_people if _person_matches(name, shape, initials, surname)]
        return _Named(article_id, mention, matches[0] if len(matches) == 1 else None, False)
    surface = clean_form(mention.surface)
    long_form = definitions.get(match_key(surface)) if is_acronym(surface) else None
    return _Named(article_id, mention, long_form or surface, False)


def _person_matches(full_name: str, shape: str, initials: tuple[str, ...], surname: str) -> bool:
    if shape == "initials":
        return initials_of(full_name) == initials
    if surname not in surname_keys(full_name):
        return False
    return shape == "surname" or initials_of(full_name)[:1] == initials[:1]


def _record_form(node: Node, item: _Named) -> None:
    name = item.name or item.mention.surface
    node.forms[name] += 1
    node.surfaces.add(clean_form(item.mention.surface))
    if item.from_gazetteer:
        node.gazetteer_forms.add(name)


@dataclass(slots=True)
class _People:
    """Persons named in full in the corpus, by surname key, with the civil titles seen for them."""

    by_surname: dict[str, list[tuple[int, str]]]
    titles: dict[int, set[str]]


def _people_by_surname(graph: Graph) -> _People:
    people = _People(defaultdict(list), defaultdict(set))
    for index, node in enumerate(graph.nodes):
        if node.type == "PER":
            for form in node.forms:
                for key in surname_keys(form):
                    people.by_surname[key].append((index, form))
            people.titles[graph.root(index)].update(filter(None, map(civil_title, node.surfaces)))
    return people


def _place_short_person(graph: Graph, people: _People, item: _Named) -> int:
    """A person short form the article could not expand: the unique corpus person, else itself.

    "M. Alaoui" skips a person only ever called "Mme Alaoui": titles narrow the candidates.
    """
    shape, initials, surname = person_shape(item.mention.surface)
    title = civil_title(item.mention.surface)
    candidates = {
        graph.root(index)
        for index, form in people.by_surname.get(surname, ())
        if _person_matches(form, shape, initials, surname)
    }
    if title and len(candidates) > 1:
        candidates = {root for root in candidates if people.titles.get(root, set()) <= {title}}
    if len(candidates) == 1:
        index = candidates.pop()
        graph.nodes[index].surfaces.add(clean_form(item.mention.surface))
        return index
    own = strip_title(clean_form(item.mention.surface))
    index = graph.node("PER", match_key(own))
    graph.nodes[index].forms[own] += 1
    graph.nodes[index].surfaces.add(clean_form(item.mention.surface))
    return index


def _build_resolution(
    graph: Graph,
    batch: Sequence[tuple[str, AnnotatedArticle]],
    named: list[_Named],
    mention_nodes: dict[int, int],
    existing_aliases: Sequence[tuple[str, str]],
) -> Resolution:
    used_roots = {graph.root(index) for index in mention_nodes.values()}
    clusters: dict[int, list[Node]] = defaultdict(list)
    for index, node in enumerate(graph.nodes):
        root = graph.root(index)
        if root in used_roots:
            clusters[root].append(node)
    resolution = Resolution()
    entity_of_root: dict[int, str] = {}
    old_aliases = defaultdict(list)
    for entity_id, alias in existing_aliases:
        old_aliases[entity_id].append(alias)
    for root, nodes in clusters.items():
        entity, changed = _cluster_entity(graph.nodes[root].entity, nodes)
        entity_of_root[root] = entity.entity_id
        if changed:
            resolution.entities.append(entity)
        forms = _cluster_forms(nodes, old_aliases.get(entity.entity_id, ()))
        resolution.aliases.extend((entity.entity_id, form) for form in forms if form != entity.name)
    by_position: dict[tuple[str, int, int], str] = {}
    for item in named:
        entity_id = entity_of_root[graph.root(mention_nodes[id(item)])]
        mention = item.mention
        by_position[(item.article_id, mention.start_char, mention.end_char)] = entity_id
        resolution.mentions.append(
            ResolvedMention(
                item.article_id, entity_id, mention.surface, mention.start_char, mention.end_char
            )
        )
    resolution.roles = list(_resolve_roles(batch, by_position))
    return resolution


def _cluster_entity(existing: Entity | None, nodes: list[Node]) -> tuple[Entity, bool]:
    """The cluster's canonical name and id; `changed` when the warehouse row must be upserted."""
    counts: Counter[str] = Counter()
    gazetteer: set[str] = set()
    for node in nodes:
        counts.update(node.forms)
        gazetteer |= node.gazetteer_forms
    stored = existing.name if existing is not None else None
    name = max(
        counts,
        key=lambda form: canonical_rank(form, counts[form], form in gazetteer, form == stored),
    )
    if existing is not None:
        return (replace(existing, name=name), True) if name != existing.name else (existing, False)
    label = nodes[0].type
    digest = hashlib.sha1(f"{label}:{match_key(name)}".encode()).hexdigest()[:15]
    return Entity(entity_id="e" + digest, name=name, type=label), True


def _cluster_forms(nodes: list[Node], old: Iterable[str]) -> list[str]:
    forms = [form for node in nodes for form in (*node.forms, *sorted(node.surfaces))]
    return list(dict.fromkeys([*old, *forms]))


def _resolve_roles(
    batch: Sequence[tuple[str, AnnotatedArticle]], by_position: dict[tuple[str, int, int], str]
) -> Iterable[ResolvedRole]:
    for article_id, annotated in batch:
        for role in annotated.roles:
            person_id = by_position.get((article_id, role.person.start_char, role.person.end_char))
            if person_id is None:
                continue  # a role whose person was not a resolvable label (the NER said MISC)
            org_id = None
            if role.org is not None:
                org_id = by_position.get((article_id, role.org.start_char, role.org.end_char))
            yield ResolvedRole(article_id, person_id, role.role, org_id)
