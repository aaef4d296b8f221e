"""The package's house rules, checked on the import graph (README: How it works).

Stages are subpackages stacked in layers; a module may import its own
subpackage and any lower layer, never a higher one or a sibling of its layer.
Lazy imports inside functions count too: they are dependencies all the same.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"

#: Lowest first. Units of the same layer may not import each other.
LAYERS = [
    {"pipeline.schema", "pipeline.settings"},  # the output contract and the run's settings
    {"pipeline.text"},                         # raw input, offset maps, sentences, segmenter, resources
    {"pipeline.layout", "pipeline.figures"},   # page -> articles; numbers
    {"pipeline.entities"},
    {"pipeline.claims"},
    {"pipeline.components"},                   # the spaCy factories over the stages
    {"pipeline.records"},                      # analysis offsets -> raw spans -> records
    {"pipeline.run"},                          # one dump, composed
    {"pipeline.batch", "pipeline.desk"},       # many inputs -> files; the journalist's desk
    {"pipeline.cli"},
]
STAGES = ["text", "layout", "figures", "entities", "claims", "records", "batch", "desk"]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The package modules ``path`` imports, anywhere in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("pipeline")}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("pipeline"):
                continue
            for alias in node.names:
                full = f"{target}.{alias.name}"
                found.add(full if full in known else target)
    return found - {name}


def unit(name: str) -> str:
    """``pipeline.claims.rules`` -> ``pipeline.claims``; top-level modules are their own unit."""
    return ".".join(name.split(".")[:2])


def layer(name: str) -> int:
    for rank, units in enumerate(LAYERS):
        if unit(name) in units:
            return rank
    raise AssertionError(f"{name} is in no layer: add its unit to LAYERS in {Path(__file__).name}")


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports(path, name, set(mods)) for name, path in mods.items()}


def test_every_import_goes_down(graph):
    upward = []
    for name, targets in graph.items():
        if name == "pipeline":
            continue  # the facade: checked below
        for target in targets:
            if target == "pipeline" or unit(target) == unit(name):
                continue  # the root (``__version__``) and one's own subpackage
            if layer(target) >= layer(name):
                upward.append(f"{name} -> {target}")
    assert not upward, "imports that go up or sideways:\n" + "\n".join(sorted(upward))


def test_package_root_imports_nothing_at_load():
    """``import pipeline`` loads no model and no module of ours, so any module may read ``__version__``."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    assert not top_level


def test_no_import_circle(graph):
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt == "pipeline" or nxt not in graph:
                continue
            if state.get(nxt) == 1:
                raise AssertionError("import circle: " + " -> ".join(path[path.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)


def test_house_size():
    mods = modules()
    top = [n for n in mods if n.count(".") == 1 and not (PACKAGE / n.split(".")[1]).is_dir()]
    assert len(top) + 1 <= 12, f"{len(top) + 1} modules at the top of pipeline/: {sorted(top)}"
    for stage in STAGES:
        init = PACKAGE / stage / "__init__.py"
        assert init.is_file() and ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), stage
    long = {n: len(p.read_text(encoding="utf-8").splitlines()) for n, p in mods.items()}
    assert not {n: k for n, k in long.items() if k > 450}
