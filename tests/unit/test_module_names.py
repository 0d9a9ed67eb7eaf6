"""A module-level name is bound once. Rule modules hold hundreds of patterns named ``_SOMETHING``; binding one name
twice silently replaces the first pattern for every rule that reads it (ruff's F811 catches a function or an import
defined twice, not an assignment). This test reads the source of every first-party module."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("kernel", "graph", "loaders", "app", "bench")


def _bound_twice(source: str) -> list[str]:
    """The names a module's top level assigns more than once (``__all__`` aside)."""
    counts: Counter[str] = Counter()
    for node in ast.parse(source).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            if isinstance(target, ast.Name) and target.id != "__all__":
                counts[target.id] += 1
    return sorted(name for name, n in counts.items() if n > 1)


def test_the_check_sees_a_name_bound_twice() -> None:
    assert _bound_twice("import re\n_END = re.compile('a')\n_OTHER = 1\n_END = re.compile('b')\n") == ["_END"]


def test_no_module_binds_a_name_twice() -> None:
    twice = {
        str(path.relative_to(ROOT)): names
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if (names := _bound_twice(path.read_text(encoding="utf-8")))
    }
    assert twice == {}
