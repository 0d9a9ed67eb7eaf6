"""The README and the Makefile name the same targets: every `make TARGET` in the README exists, and every target
with a help line (`## ...`, what `make help` lists) is in the README."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.unit


def _readme_targets() -> set[str]:
    return set(re.findall(r"`make ([a-z][a-z0-9-]*)", (REPO / "README.md").read_text(encoding="utf-8")))


def test_every_make_target_in_the_readme_exists() -> None:
    targets = set(re.findall(r"^([a-z][a-z0-9-]*):", (REPO / "Makefile").read_text(), flags=re.MULTILINE))
    named = _readme_targets()
    assert named, "the README names no make target"
    assert named <= targets, f"README names make targets the Makefile lacks: {sorted(named - targets)}"


def test_every_target_with_help_is_in_the_readme() -> None:
    helped = set(re.findall(r"^([a-z][a-z0-9-]*):.*## ", (REPO / "Makefile").read_text(), flags=re.MULTILINE))
    assert helped, "no target has a help line"
    assert helped <= _readme_targets(), f"targets the README does not name: {sorted(helped - _readme_targets())}"
