"""The ``dg`` command line: load, extract, eval, query, schema, serve, export ...

Commands live in :mod:`app.commands`, one module each; this module only assembles them
and turns :class:`kernel.errors.DirectiveGraphError` into a one-line message and exit code 1.
"""

from __future__ import annotations

import importlib
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


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except DirectiveGraphError as exc:
        Console(stderr=True).print(f"[bold red]error[/] ({exc.code}): {exc.message}")
        sys.exit(1)


if __name__ == "__main__":
    main()
