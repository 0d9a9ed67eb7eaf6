"""``dg schema``: constraints and indexes of graph/schema.cypher."""

from __future__ import annotations

from typing import Annotated

import typer

from app.commands._common import console, setup_logging, store_session
from graph import schema

BackendOpt = Annotated[str | None, typer.Option("--backend", help="embedded or neo4j (default: DG_BACKEND)")]


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Constraints and indexes (graph/schema.cypher).", no_args_is_help=True)

    @group.command("apply")
    def apply(backend: BackendOpt = None) -> None:
        """Create every constraint and index on the configured backend; safe to repeat."""
        setup_logging()
        with store_session(backend) as store:
            done = store.apply_schema()
        console.print(f"[green]schema applied[/] on {store.backend}: {len(done)} statements")

    @group.command("show")
    def show() -> None:
        """Print the Neo4j statements of graph/schema.cypher."""
        for statement in schema.statements():
            print(statement + ";")

    app.add_typer(group, name="schema")
