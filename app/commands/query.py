"""``dg query``: run a named read query from graph/queries and print JSON."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer
from rich.console import Console

from app.commands._common import print_json, setup_logging, store_session
from graph import queries, stats
from kernel.errors import InvalidInput


def _parse_params(pairs: list[str]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name:
            raise InvalidInput(f"--param takes key=value, got {pair!r}")
        try:
            params[name] = json.loads(raw)  # numbers, lists, true/false, null
        except json.JSONDecodeError:
            params[name] = raw
    return params


def register(app: typer.Typer) -> None:
    @app.command("query")
    def query(
        name: Annotated[str | None, typer.Argument(help="query name (file stem in graph/queries), or 'counts'")] = None,
        param: Annotated[
            list[str] | None, typer.Option("--param", "-p", help="key=value; JSON values are parsed")
        ] = None,
        list_: Annotated[bool, typer.Option("--list", help="list the queries and their parameters")] = False,
        backend: Annotated[str | None, typer.Option("--backend", help="embedded or neo4j")] = None,
    ) -> None:
        """Run a named read query and print its rows as JSON ('counts': nodes per label, edges per type)."""
        setup_logging()
        if list_ or name is None:
            console = Console()  # the listing is the command's output: stdout, so it can be piped
            for qname in queries.names():
                q = queries.load(qname)
                described = ", ".join(f"{k}: {v}" for k, v in q.params.items()) or "-"
                console.print(f"[bold]{qname}[/] ({q.mode}) {q.summary}\n    params: {described}")
            console.print("[bold]counts[/] (read) node counts per label and edge counts per type")
            return
        params = _parse_params(param or [])
        with store_session(backend) as store:
            if name == "counts":
                print_json(stats.counts(store))
                return
            print_json(store.read(name, params))
