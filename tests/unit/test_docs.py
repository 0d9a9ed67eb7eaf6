"""The README stays honest: its tables of commands, routes and settings are exactly what the code has.

Both ways, by exact name: a command, route or setting the code has and the README lacks fails, and so
does one the README documents and the code does not have (a documented route that was deleted)."""

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


def _section(title: str) -> str:
    """The README's text from the heading ``## title`` to the next ``## `` heading."""
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end > 0 else None]


def readme_commands() -> set[str]:
    """The command paths the README's command table documents: the words after `dg` that name a command
    ('schema apply' for a group, 'query' for `dg query NAME ...`)."""
    groups = {name for name, c in typer.main.get_group(cli_app).commands.items() if getattr(c, "commands", None)}
    found = set()
    for words in re.findall(r"^\| `dg ([a-z][a-z-]*(?: [a-z][a-z-]*)?)", _section("Command line"), re.MULTILINE):
        first, _, second = words.partition(" ")
        found.add(f"{first} {second}" if first in groups and second else first)
    return found


def readme_routes() -> set[str]:
    """The routes of the README's route table ('GET /resolutions/{key}'), the page at / excepted (not in OpenAPI)."""
    rows = re.findall(r"^\| `([A-Z]+) (/[^` ]*)`", _section("REST API"), re.MULTILINE)
    return {f"{method} {path}" for method, path in rows if path != "/"}


def readme_settings() -> set[str]:
    return set(re.findall(r"^\| `(DG_[A-Z0-9_]+)`", _section("Settings"), re.MULTILINE))


def test_the_command_table_is_exactly_the_cli() -> None:
    assert readme_commands() == set(cli_commands())


def test_the_route_table_is_exactly_the_api() -> None:
    assert readme_routes() == set(api_routes())


def test_the_settings_table_is_exactly_the_settings_class() -> None:
    assert readme_settings() == {f"DG_{name.upper()}" for name in Settings.model_fields}


def test_every_command_has_help() -> None:
    group = typer.main.get_group(cli_app)
    for name, command in group.commands.items():
        assert command.help, f"dg {name} has no help text"
        for sub in getattr(command, "commands", {}).values():
            assert sub.help, f"dg {name} {sub.name} has no help text"
