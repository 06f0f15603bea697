"""The test modules themselves: a second ``def test_x`` in a module replaces the first, and
pytest then runs only the last one without a word."""

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

