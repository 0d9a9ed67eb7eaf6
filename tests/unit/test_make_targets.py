"""Every `make TARGET` the README names is a target of the Makefile."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.unit


def test_every_make_target_in_the_readme_exists() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    targets = set(re.findall(r"^([a-z][a-z0-9-]*):", (REPO / "Makefile").read_text(), flags=re.MULTILINE))
    named = set(re.findall(r"`make ([a-z][a-z0-9-]*)", readme))
    assert named, "the README names no make target"
    assert named <= targets, f"README names make targets the Makefile lacks: {sorted(named - targets)}"
