"""The house plan, checked on every module's imports (read with `ast`, nothing is imported):

- no import circle between modules;
- a stage package imports no stage that runs after it (STAGE_ORDER, as the data flows);
- `store/` imports no stage package, and the shared modules (records, stage, errors, ...) none.

Function-level and TYPE_CHECKING imports count: a circle through them is still a circle for a
reader. Known exceptions are listed in ALLOWED, each with why and who ends it; the list only
shrinks, and a listed import that no longer exists fails the test (so it is struck off).
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "eventwire"

STAGE_ORDER = (
    "readers", "extract", "repair", "dedupe", "gate", "annotate", "geocode", "events", "link",
    "store", "serve",
)  # fmt: skip
"""The stage packages in the order the data flows through them."""
SHARED = ("records", "stage", "errors", "settings", "version", "lang", "schema")
"""Modules every layer may import; they import no stage package themselves."""

ALLOWED: dict[tuple[str, str], str] = {
    # The pipeline has no repair stage of its own: extract calls repair's functions inline (the
    # article id and the no-text check need the repaired text). A RepairStage run after
    # ExtractStage would end these.
    ("extract.html", "repair.language"): "extract runs repair inline",
    ("extract.html", "repair.text"): "extract runs repair inline",
    ("extract.text", "repair.language"): "extract runs repair inline",
    ("extract.text", "repair.text"): "extract runs repair inline",
}


def modules() -> dict[str, tuple[Path, bool]]:
    """Every module of the package by dotted name (without `eventwire.`): (file, is a package)."""
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


def imports_of(name: str, path: Path, is_package: bool, known: set[str]) -> Iterator[str]:
    """The package's modules that module `name` imports (relative and absolute imports)."""
    here = name.split(".") if name else []
    package = here if is_package else here[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(["eventwire", *base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = [f"{module}.{alias.name}" for alias in node.names] + [module]
        for target in targets:
            if target != "eventwire" and not target.startswith("eventwire."):
                continue
            inner = target.removeprefix("eventwire").removeprefix(".")
            while inner not in known and "." in inner:
                inner = inner.rsplit(".", 1)[0]
            if inner in known and inner != name:
                yield inner


@functools.cache
def import_graph() -> dict[str, set[str]]:
    found = modules()
    known = set(found)
    return {
        name: set(imports_of(name, path, is_package, known))
        for name, (path, is_package) in found.items()
    }


def top(name: str) -> str:
    return name.split(".", 1)[0]


def test_the_allow_list_names_imports_that_exist() -> None:
    graph = import_graph()
    gone = [edge for edge in ALLOWED if edge[1] not in graph.get(edge[0], set())]
    assert not gone, f"these imports are gone: strike them off ALLOWED: {gone}"


def test_no_import_circle() -> None:
    graph = {m: {t for t in ts if (m, t) not in ALLOWED} for m, ts in import_graph().items()}
    circles = strongly_connected(graph)
    assert not circles, f"import circles: {circles}"


def test_no_stage_imports_a_later_stage() -> None:
    wrong = []
    for module, targets in import_graph().items():
        if top(module) not in STAGE_ORDER:
            continue
        for target in targets:
            if top(target) in STAGE_ORDER and (module, target) not in ALLOWED:
                if STAGE_ORDER.index(top(target)) > STAGE_ORDER.index(top(module)):
                    wrong.append(f"{module} -> {target}")
    assert not wrong, "a stage imports one that runs after it:\n" + "\n".join(sorted(wrong))


def test_the_store_and_the_shared_modules_import_no_stage() -> None:
    stages = set(STAGE_ORDER) - {"store"}
    wrong = [
        f"{module} -> {target}"
        for module, targets in import_graph().items()
        if top(module) in {"store", *SHARED}
        for target in targets
        if top(target) in stages
    ]
    assert not wrong, "\n".join(sorted(wrong))


def test_the_check_sees_the_imports() -> None:
    """The reader resolves relative, absolute and function-level imports (or it checks nothing)."""
    graph = import_graph()
    assert "store.tables" in graph["store.store"]  # from . import fulltext, tables
    assert "link.merge" in graph["link.relink"]  # from .merge import ...
    assert "store.store" in graph["python_api"]  # from .store.store import Store
    assert "pipeline.store_run" in graph["python_api"]  # inside a function
    assert "store.tables" in graph["store.migrations.env"]  # from eventwire.store.tables ...


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """The circles of `graph`: its strongly connected components of more than one module."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return circles
