"""The layout's import rules (README, "Layout"), read from the source with `ast`, no import run.

- product code never imports `tests`;
- only the CLI (`veille/cli.py`, `veille/commands/`) may import the CLI; everyone may import
  the settings (`veille/settings.py`), and `veille/__init__.py` imports nothing;
- no import cycle between top-level packages (the settings module counts as its own node), and
  none between modules either (a function-level import hides a cycle, it does not cut it).
"""
from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ("veille", "crawlers", "pipeline", "models", "flows", "warehouse", "digest", "demo",
           "evaluation")
NOT_CLI = tuple(p for p in PRODUCT if p != "veille")
CLI = ("veille.cli", "veille.commands")
SETTINGS = "veille.settings"
SETTINGS_MODULES = (SETTINGS, "veille.paths")  # the settings and the paths they default to


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported(path: Path, name: str) -> Iterator[str]:
    """Every module name an import statement of the file names, at any depth (functions too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield module
            yield from (f"{module}.{alias.name}" for alias in node.names)


def _collect() -> dict[str, set[str]]:
    """module -> imported names, for every product module."""
    imports = {}
    for package in PRODUCT:
        for path in sorted((ROOT / package).rglob("*.py")):
            name = _module_name(path)
            imports[name] = set(_imported(path, name))
    return imports


IMPORTS = _collect()


def _within(name: str, prefixes: tuple[str, ...] | str) -> bool:
    prefixes = (prefixes,) if isinstance(prefixes, str) else prefixes
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _node(module: str) -> str:
    """The top-level unit a module belongs to; the settings module is a unit of its own."""
    return SETTINGS if _within(module, SETTINGS_MODULES) else module.split(".")[0]


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_rules_see_the_whole_product() -> None:
    """Guards the guard: the scan finds the modules the rules are about."""
    for module in ("veille.cli", "veille.settings", "pipeline.nlp", "warehouse.db", "flows.ingest",
                   "evaluation.scoring", "crawlers.run", "digest.build"):
        assert module in IMPORTS, module
    assert "veille.settings" in IMPORTS["pipeline.nlp"]


@pytest.mark.parametrize("package", NOT_CLI)
def test_only_the_cli_imports_the_cli(package: str) -> None:
    offenders = {
        module: sorted(name for name in names if _within(name, CLI))
        for module, names in IMPORTS.items()
        if _within(module, package)
    }
    assert not {m: n for m, n in offenders.items() if n}


def test_veille_package_init_imports_nothing() -> None:
    """Importing `veille.settings` must not pull the CLI (or anything) in."""
    assert not IMPORTS["veille"]


def test_product_code_never_imports_tests() -> None:
    offenders = {m: sorted(n for n in names if _within(n, "tests")) for m, names in IMPORTS.items()}
    assert not {m: n for m, n in offenders.items() if n}


def test_no_cycle_between_top_level_packages() -> None:
    graph: dict[str, set[str]] = {}
    for module, names in IMPORTS.items():
        edges = graph.setdefault(_node(module), set())
        edges.update(_node(n) for n in names if n in IMPORTS and _node(n) != _node(module))
    assert not _cycles(graph)


def test_no_cycle_between_modules() -> None:
    graph = {module: {n for n in names if n in IMPORTS and n != module}
             for module, names in IMPORTS.items()}
    assert not _cycles(graph)


def test_the_cycle_finder_finds_cycles() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
