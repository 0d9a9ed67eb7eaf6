"""The README stays honest: every CLI command and every API route is documented there."""

from __future__ import annotations

import re

import pytest
import typer.main

from app.cli import app as cli_app
from app.main import create_app
from kernel.settings import Settings
from tests.conftest import REPO

pytestmark = pytest.mark.unit

README = (REPO / "README.md").read_text(encoding="utf-8")


def cli_commands() -> list[str]:
    """Every command path, e.g. 'load', 'schema apply'."""
    group = typer.main.get_group(cli_app)
    found: list[str] = []
    for name, command in group.commands.items():
        subcommands = getattr(command, "commands", None)
        if subcommands:
            found.extend(f"{name} {sub}" for sub in subcommands)
        else:
            found.append(name)
    return sorted(found)


def api_routes() -> list[str]:
    """Every route of the OpenAPI schema, e.g. 'GET /resolutions/{key}/lineage'."""
    paths = create_app(Settings()).openapi()["paths"]
    return sorted(f"{method.upper()} {re.sub(r':path}', '}', path)}" for path, ops in paths.items() for method in ops)


@pytest.mark.parametrize("command", cli_commands())
def test_every_cli_command_is_in_the_readme(command: str) -> None:
    assert f"`dg {command}" in README, f"README lacks `dg {command}`"


@pytest.mark.parametrize("route", api_routes())
def test_every_route_is_in_the_readme(route: str) -> None:
    method, path = route.split(" ", 1)
    assert f"{method} {path}" in README, f"README lacks {route}"


def test_every_command_has_help() -> None:
    group = typer.main.get_group(cli_app)
    for name, command in group.commands.items():
        assert command.help, f"dg {name} has no help text"
        for sub in getattr(command, "commands", {}).values():
            assert sub.help, f"dg {name} {sub.name} has no help text"
