"""The ``dg`` command line: load, extract, eval, query, schema, serve, export ...

Commands live in :mod:`app.commands`, one module each; this module only assembles them
and turns :class:`kernel.errors.DirectiveGraphError` into a one-line message and exit code 1.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys

import typer
from rich.console import Console

from app import commands
from kernel.errors import DirectiveGraphError

app = typer.Typer(
    name="dg",
    help="directive-graph: trace Vietnamese Party and State directives through plans, meetings and places.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
    if info.name.startswith("_"):
        continue
    importlib.import_module(f"{commands.__name__}.{info.name}").register(app)


_ITEM = ("-", "*", "•")


def reflowed(text: str) -> str:
    """A docstring's paragraphs each on one line (list items each on their own), for the terminal to wrap: Typer keeps
    a docstring's line breaks, which at 80 columns cut a line after one or two words."""
    paragraphs = []
    for paragraph in inspect.cleandoc(text).split("\n\n"):
        lines: list[str] = []
        for line in paragraph.splitlines():
            if lines and not line.lstrip().startswith(_ITEM):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line.rstrip())
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _reflow(group: typer.Typer) -> None:
    for command in group.registered_commands:
        text = command.help or inspect.getdoc(command.callback)
        if text:
            command.help = reflowed(text)
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            _reflow(sub.typer_instance)


_reflow(app)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except DirectiveGraphError as exc:
        Console(stderr=True).print(f"[bold red]error[/] ({exc.code}): {exc.message}")
        sys.exit(1)


if __name__ == "__main__":
    main()
