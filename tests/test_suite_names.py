"""The test modules themselves: a second ``def test_x`` in a module replaces the first, and
pytest then runs only the last one without a word. The package's modules likewise: a second
``_PATTERN = ...`` at module level replaces the first for every caller, and one that reuses an
imported name hides the import (two such names once broke TikTok handles)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

TESTS = sorted(Path(__file__).resolve().parent.glob("test_*.py"))


@pytest.mark.parametrize("path", TESTS, ids=[p.name for p in TESTS])
def test_no_two_tests_in_a_module_share_a_name(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter(node.name for node in tree.body
                    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("test_"))
    assert [name for name, count in names.items() if count > 1] == []



PACKAGE = sorted((Path(__file__).resolve().parent.parent / "slant").rglob("*.py"))


@pytest.mark.parametrize("path", PACKAGE, ids=[p.name for p in PACKAGE])
def test_no_module_level_name_in_the_package_is_bound_twice_or_over_an_import(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported, bound = set(), Counter()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imported.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.Assign):
            bound.update(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound[node.name] += 1
    assert [name for name, count in bound.items() if count > 1] == []
    assert sorted(set(bound) & imported) == []
