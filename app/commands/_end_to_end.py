"""``dg eval --end-to-end``: load documents into a fresh temporary store and ask the API what implements
each numbered target of the gold (see app/end_to_end.py)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path

import typer

from app.commands._common import console
from app.end_to_end import EndToEnd, measure
from graph.backends import open_store
from kernel.settings import get_settings
from loaders.pipeline import Loader


def end_to_end(paths: Sequence[str], gold_dir: Path) -> tuple[EndToEnd, list[str]]:
    """Load ``paths`` through the real pipeline into an embedded store in a temporary folder (removed
    afterwards), and measure the answers; also the files that failed to load."""
    with tempfile.TemporaryDirectory(prefix="dg-end-to-end-") as tmp:
        settings = get_settings().model_copy(update={"backend": "embedded", "data_dir": Path(tmp) / "var"})
        store = open_store(settings)
        try:
            store.apply_schema()
            summary = Loader(store, max_bytes=settings.max_file_bytes).load_paths(list(paths))
            result = measure(store, summary.loaded + summary.skipped, gold_dir, settings)
        finally:
            store.close()
    return result, [f"{f.source}: {f.reason}" for f in summary.failed]


def report(paths: Sequence[str], gold_dir: Path, min_recall: float | None, as_json: bool) -> None:
    result, failed = end_to_end(paths, gold_dir)
    for failure in failed:
        console.print(f"[red]failed[/] {failure}")
    if as_json:
        print(json.dumps({**result.as_dict(), "failed": failed}, ensure_ascii=False, indent=2))
    else:
        console.print(
            f"end to end: [green]found[/] {result.found} of {result.gold} gold implementations "
            f"({result.recall:.1%}), [red]missed[/] {len(result.misses)}, [yellow]extra[/] {result.extra}; "
            f"{result.asked_after_409} target(s) asked again by this document's key after a 409"
        )
        if result.misses:
            for miss in result.misses:
                detail = f" ({miss.detail})" if miss.detail else ""
                console.print(f"[red]missed[/] {miss.doc}: {miss.source} -> {miss.target}: {miss.reason}{detail}")
            console.print("misses by reason: " + ", ".join(f"{k} {v}" for k, v in result.reasons().items()))
        console.print(
            f"asked again with the implementer's level (from its gold issuer): found {result.level_found} "
            f"of {result.level_gold}"
        )
        for miss in result.level_misses:
            console.print(f"[red]filtered by level[/] {miss.doc}: {miss.source} -> {miss.target} ({miss.detail})")
        for miss in result.other_date:
            console.print(
                f"[yellow]found under another date[/] {miss.doc}: {miss.source} -> {miss.target} ({miss.detail}): "
                "two documents in one node, or a date misread"
            )
        for extra in result.extras:
            console.print(f"[yellow]extra[/] {extra['doc']}: {extra['implementer']} -> {extra['target']}")
    if not result.gold:
        console.print(f"[red]nothing measured[/]: no gold IMPLEMENTS edge to a numbered target in {gold_dir}")
        raise typer.Exit(1)
    if min_recall is not None and result.recall < min_recall:
        console.print(f"[red]below the bar[/]: found {result.recall:.3f} of gold implementations < {min_recall}")
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(1)
