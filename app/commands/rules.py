"""``dg rules``: the extraction rules (loaders/extract/registry.py), with what they read and their examples."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from app.commands._common import console, print_json
from loaders.extract.registry import RULES


def register(app: typer.Typer) -> None:
    @app.command("rules")
    def rules_cmd(
        as_json: Annotated[bool, typer.Option("--json", help="print every rule with its examples as JSON")] = False,
        examples: Annotated[
            bool, typer.Option("--examples", "-e", help="show each rule's example sentences and expected output")
        ] = False,
        prefix: Annotated[
            str, typer.Option("--only", help="only the rules whose id starts with this (e.g. 'assigned.')")
        ] = "",
    ) -> None:
        """List the extraction rules: the id relations carry in their `extractor` field (or the entity rule's
        id), where the rule is written, what it reads, and (with --examples) sentences with their output."""
        chosen = [r for r in RULES if r.id.startswith(prefix)]
        if as_json:
            print_json([r.as_dict() for r in chosen])
            return
        table = Table(title=f"extraction rules ({len(chosen)})", show_lines=examples)
        table.add_column("id", no_wrap=True)
        table.add_column("reads")
        table.add_column("where")
        for r in chosen:
            reads = r.reads
            if examples:
                shown = [
                    f"e.g. «{ex.text}» -> " + "; ".join(" | ".join(e.values) for e in ex.expect) for ex in r.examples
                ]
                reads = "\n".join([reads, *shown])
            table.add_row(r.id, reads, r.where)
        console.print(table)
