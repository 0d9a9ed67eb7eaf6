"""``dg import`` and ``dg export``: the whole graph as a file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.commands._common import console, settings_for, setup_logging, store_session
from graph.backends.embedded import EmbeddedStore
from kernel.errors import InvalidInput
from kernel.locks import writer_lock
from loaders.graphfile import export_graphml, export_jsonl, export_neo4j_admin, import_jsonl
from loaders.tables import export_csv
from loaders.write import BulkWriter

EXPORTERS = {"jsonl": export_jsonl, "graphml": export_graphml, "neo4j-admin": export_neo4j_admin, "csv": export_csv}

BackendOpt = Annotated[str | None, typer.Option("--backend", help="embedded or neo4j (default: DG_BACKEND)")]


def register(app: typer.Typer) -> None:
    @app.command("import")
    def import_(
        path: Annotated[Path, typer.Argument(help="a JSON-lines graph file (as written by dg export)", exists=True)],
        backend: BackendOpt = None,
        bulk: Annotated[
            bool,
            typer.Option("--bulk", help="into an empty embedded store: one bulk insert, then the indexes (faster)"),
        ] = False,
    ) -> None:
        """Load a JSON-lines graph file (nodes and edges with provenance); safe to repeat.

        Like dg load, it waits for another writer on the same data folder to finish. With --bulk the store must
        be empty and embedded; the graph is the same as without it."""
        setup_logging()
        data_dir = settings_for(backend).data_dir
        with (
            writer_lock(data_dir, on_wait=lambda text: console.print(f"[yellow]{text}[/]")),
            store_session(backend) as store,
        ):
            store.apply_schema()
            if bulk:
                if not isinstance(store, EmbeddedStore):
                    raise InvalidInput("--bulk loads the embedded store only (Neo4j: dg export --format neo4j-admin)")
                writer = BulkWriter(store)
                import_jsonl(store, path, writer=writer)
                writer.finish()
                written = dict(writer.written)
            else:
                written = import_jsonl(store, path)
        console.print(f"[green]imported[/] {path}: " + ", ".join(f"{k} {v}" for k, v in sorted(written.items())))

    @app.command("export")
    def export(
        out: Annotated[Path, typer.Option("--out", "-o", help="file to write (a folder for neo4j-admin and csv)")],
        format: Annotated[
            str,
            typer.Option(
                "--format",
                help="jsonl, graphml, neo4j-admin (CSV set for neo4j-admin) or csv (a table per label and type)",
            ),
        ] = "jsonl",
        backend: BackendOpt = None,
    ) -> None:
        """Write the whole graph to a file for other tools."""
        setup_logging()
        if format not in EXPORTERS:
            raise InvalidInput(f"unknown format {format!r}; use one of {', '.join(EXPORTERS)}")
        with store_session(backend) as store:
            nodes, edges = EXPORTERS[format](store, out)
        console.print(f"[green]exported[/] {nodes} nodes and {edges} edges to {out}")
