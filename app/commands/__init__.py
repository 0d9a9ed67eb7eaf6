"""One module per ``dg`` sub-command (or command group).

Each module defines ``register(app: typer.Typer) -> None``; :mod:`app.cli` calls it for
every module in this package, in name order, so a new command is one new file.
"""
