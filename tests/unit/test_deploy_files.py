"""The deployment files hold together: the image has every package, the compose loader loads real articles,
the image is built once, and the build context leaves virtualenvs, data and node_modules out."""

from __future__ import annotations

import re
import tomllib

import pytest
import yaml

from tests.conftest import REPO

pytestmark = pytest.mark.unit

COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")


def test_the_image_copies_every_package() -> None:
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    packages = {p.rstrip("*") for p in pyproject["tool"]["setuptools"]["packages"]["find"]["include"]}
    copied = set(re.findall(r"^COPY (\w+) \./\1$", DOCKERFILE, re.MULTILINE))
    assert packages <= copied, f"the Dockerfile does not copy {packages - copied}"


def test_the_loader_loads_the_shipped_articles_and_a_documents_folder() -> None:
    loader = COMPOSE["services"]["loader"]
    command = " ".join(loader["command"]) if isinstance(loader["command"], list) else loader["command"]
    assert "dg load" in command and "examples/seeds" in command and "/srv/documents" in command
    assert "fixture-graph" not in command
    assert any(volume.endswith(":/srv/documents:ro") for volume in loader["volumes"])


def test_one_image_for_the_api_and_the_loader() -> None:
    services = COMPOSE["services"]
    assert services["api"]["image"] == services["loader"]["image"]
    assert "build" in services["api"] and "build" not in services["loader"]


def test_writes_are_off_unless_a_token_is_set() -> None:
    env = COMPOSE["x-dg-env"]
    assert env["DG_WRITE_TOKEN"] == "${DG_WRITE_TOKEN:-}"  # empty means writes off (kernel.settings)


def test_the_build_context_leaves_local_state_out() -> None:
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    assert {".git", ".venv", "var", "**/node_modules"} <= set(ignored)
