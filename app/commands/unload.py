"""``dg unload``: take documents out of the graph, keeping what other documents support."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from app.commands._common import console, settings_for, setup_logging, store_session
from kernel.locks import writer_lock
from loaders.unload import find_documents, unload


def register(app: typer.Typer) -> None:
    @app.command("unload")
    def unload_(
        targets: Annotated[
            list[str],
            typer.Argument(
                help="document keys, or the files and folders they were loaded from (even if deleted since)"
            ),
        ],
        backend: Annotated[
            str | None, typer.Option("--backend", help="embedded or neo4j (default: DG_BACKEND)")
        ] = None,
        as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON on stdout")] = False,
    ) -> None:
        """Delete documents and their contributions: their Document nodes, their mentions, their evidence
        on shared edges, and the edges and entities only they supported.

        Documents that share an entity with an unloaded one are loaded again from their stored text, so the
        graph ends as a clean load of the remaining documents would leave it.
        """
        setup_logging()
        settings = settings_for(backend)
        with (
            writer_lock(settings.data_dir, on_wait=lambda text: console.print(f"[yellow]{text}[/]")),
            store_session(backend) as store,
        ):
            keys = find_documents(store, targets, max_bytes=settings.max_file_bytes)
            summary = unload(
                store,
                keys,
                max_bytes=settings.max_file_bytes,
                decisions_log=settings.data_dir / "identity-decisions.jsonl",
            )
        if as_json:
            print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
        else:
            console.print(
                f"[green]unloaded[/] {len(summary.unloaded)} ({', '.join(summary.unloaded)}); "
                f"[cyan]loaded again[/] {len(summary.reloaded)} sharing documents"
            )
            for key in summary.kept:
                console.print(f"[yellow]kept as loaded[/] {key}: stored without its text")
            for failure in summary.failed:
                console.print(f"[red]failed to load again[/] {failure}")
        if summary.failed:
            raise typer.Exit(1)
