"""Help text reads as prose at a terminal's usual width: a command's description is wrapped by the terminal, not cut
where its docstring happened to break a line in the source (`dg load --help` at 80 columns once showed lines of one or
two words between full ones)."""

from __future__ import annotations

import itertools

import pytest
import typer
from typer.testing import CliRunner

from app.cli import app

WIDTH = 80


def _commands() -> list[list[str]]:
    paths: list[list[str]] = []

    def walk(group: object, prefix: list[str]) -> None:
        for name, command in getattr(group, "commands", {}).items():  # (a group's subcommands; a command has none)
            paths.append([*prefix, name])
            walk(command, [*prefix, name])

    walk(typer.main.get_command(app), [])
    return paths


def _description(output: str) -> list[str]:
    """The lines between the usage line and the first box (arguments or options), trailing spaces removed."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if "Usage:" in line) + 1
    end = next(i for i, line in enumerate(lines) if line.lstrip().startswith("╭"))
    return [line.rstrip() for line in lines[start:end]]


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_a_description_line_is_cut_only_by_the_width(command: list[str]) -> None:
    result = CliRunner().invoke(app, [*command, "--help"], env={"COLUMNS": str(WIDTH), "TERMINAL_WIDTH": str(WIDTH)})
    assert result.exit_code == 0, result.output
    lines = _description(result.output)
    assert any(lines), f"dg {' '.join(command)} has no description"
    for line, following in itertools.pairwise(lines):
        if not line or not following or following.lstrip().startswith(("-", "*", "•")):
            continue  # a paragraph's last line, or a list item's
        # the next word would have fitted on this line: the break is the source's, not the terminal's
        next_word = following.split()[0]
        early = f"dg {' '.join(command)} --help breaks early:\n{line}\n{following}"
        assert len(line) + 1 + len(next_word) > WIDTH - 2, early
