"""``dg curate``: corrections that survive reloads (merge, keep-apart, drop-edge, add-edge, rename, list, undo);
see loaders/curation.py."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated

import typer
from rich.table import Table

from app.commands._common import console, settings_for, setup_logging, store_session
from graph.store import GraphStore
from kernel.locks import writer_lock
from loaders import curation
from loaders.unload import refresh

BackendOpt = Annotated[str | None, typer.Option("--backend", help="embedded or neo4j (default: DG_BACKEND)")]
WhyOpt = Annotated[str, typer.Option("--why", help="why the correction is right (kept in the log)")]
AuthorOpt = Annotated[str, typer.Option("--author", help="who makes it (kept in the log)")]


@contextmanager
def _writing(backend: str | None) -> Iterator[GraphStore]:
    """The store, with the data folder's writer lock held (one writer at a time, as for dg load)."""
    with (
        writer_lock(settings_for(backend).data_dir, on_wait=lambda text: console.print(f"[yellow]{text}[/]")),
        store_session(backend) as store,
    ):
        yield store


def _correct(backend: str | None, action: curation.Action, **fields: str) -> None:
    """Record one correction and apply the log, under the writer lock; print what was recorded.

    A keep-apart judgement is the resolver's: the documents that mention either key are loaded again."""
    setup_logging()
    settings = settings_for(backend)
    with _writing(backend) as store:
        entry = curation.record(store, action, **fields)
        if entry.action == "keep-apart":
            summary = refresh(store, curation.touched_documents(store, entry), max_bytes=settings.max_file_bytes,
                              decisions_log=settings.data_dir / "identity-decisions.jsonl")  # fmt: skip
            done = f"{len(summary.reloaded)} documents read again"
        else:
            done = f"{curation.apply(store)} applied"
    console.print(f"[green]{entry.id}[/] {entry.describe()} by {entry.author}: {entry.why} ({done})")


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Corrections kept in the store and applied again after every load; undo by id.", no_args_is_help=True
    )

    @group.command("merge")
    def merge(
        keep: Annotated[str, typer.Argument(help="key of the node kept")],
        absorb: Annotated[str, typer.Argument(help="key of the node folded into it (same label)")],
        why: WhyOpt,
        author: AuthorOpt,
        backend: BackendOpt = None,
    ) -> None:
        """Merge two nodes that are one: ABSORB's relationships, with their evidence, move onto KEEP; ABSORB goes."""
        _correct(backend, "merge", source=keep, target=absorb, why=why, author=author)

    @group.command("keep-apart")
    def keep_apart(
        key_a: Annotated[str, typer.Argument(metavar="KEY_A", help="key of one node")],
        key_b: Annotated[str, typer.Argument(metavar="KEY_B", help="key of the other (it may not exist yet)")],
        author: AuthorOpt,
        why: Annotated[str, typer.Option("--why", "--note", help="why they are two (kept in the log)")],
        backend: BackendOpt = None,
    ) -> None:
        """Keep two keys apart that identity would make one (an undated reference and a dated document of its
        symbol, a name in the other tone placement); refused while a merge makes them one."""
        _correct(backend, "keep-apart", source=key_a, target=key_b, why=why, author=author)

    @group.command("drop-edge")
    def drop_edge(
        source: Annotated[str, typer.Argument(help="key of the start node")],
        rel_type: Annotated[str, typer.Argument(metavar="TYPE", help="relationship type, e.g. IMPLEMENTS")],
        target: Annotated[str, typer.Argument(help="key of the end node")],
        why: WhyOpt,
        author: AuthorOpt,
        backend: BackendOpt = None,
    ) -> None:
        """Drop an edge extraction got wrong; it stays dropped when its documents are loaded again."""
        _correct(backend, "drop-edge", source=source, target=target, rel_type=rel_type, why=why, author=author)

    @group.command("add-edge")
    def add_edge(
        source: Annotated[str, typer.Argument(help="key of the start node")],
        rel_type: Annotated[str, typer.Argument(metavar="TYPE", help="relationship type, e.g. IMPLEMENTS")],
        target: Annotated[str, typer.Argument(help="key of the end node")],
        why: WhyOpt,
        author: AuthorOpt,
        backend: BackendOpt = None,
    ) -> None:
        """Add an edge extraction missed; its evidence is the curation (reason, author), whatever is unloaded."""
        _correct(backend, "add-edge", source=source, target=target, rel_type=rel_type, why=why, author=author)

    @group.command("rename")
    def rename(
        key: Annotated[str, typer.Argument(help="key of the node")],
        name: Annotated[str, typer.Argument(help="its name, as it should be shown")],
        why: WhyOpt,
        author: AuthorOpt,
        backend: BackendOpt = None,
    ) -> None:
        """Rename a node (its key stays); loads no longer bring the name they read back."""
        _correct(backend, "rename", source=key, name=name, why=why, author=author)

    @group.command("list")
    def list_(
        as_json: Annotated[bool, typer.Option("--json", help="print the log as JSON lines on stdout")] = False,
        backend: BackendOpt = None,
    ) -> None:
        """The curation log, oldest first, each entry in force or undone."""
        with store_session(backend) as store:
            entries = curation.log(store)
        in_force = {e.id for e in curation.active(entries)}
        if as_json:
            for e in entries:
                print(json.dumps({**e.as_props(), "in_force": e.id in in_force}, ensure_ascii=False, sort_keys=True))
            return
        table = Table("id", "at", "correction", "author", "why", "state", title="curation log")
        for e in entries:
            state = "in force" if e.id in in_force else "-" if e.action == "undo" else "undone"
            table.add_row(e.id, e.at[:19], e.describe(), e.author, e.why, state)
        console.print(table)

    @group.command("undo")
    def undo(
        entry_id: Annotated[str, typer.Argument(metavar="ID", help="the id shown by dg curate list")],
        author: AuthorOpt,
        why: Annotated[str, typer.Option("--why", help="why it is undone")] = "",
        backend: BackendOpt = None,
    ) -> None:
        """Cancel a correction: the documents it touched are loaded again from their stored text."""
        setup_logging()
        settings = settings_for(backend)
        with _writing(backend) as store:
            target = next((e for e in curation.log(store) if e.id == entry_id), None)
            undone = curation.record(store, "undo", undoes=entry_id, why=why, author=author)
            assert target is not None  # record() checked it is in force
            curation.retract(store, target)
            summary = refresh(
                store,
                curation.touched_documents(store, target),
                max_bytes=settings.max_file_bytes,
                decisions_log=settings.data_dir / "identity-decisions.jsonl",
            )
        console.print(
            f"[green]{undone.id}[/] undo {entry_id} ({target.describe()}): "
            f"{len(summary.reloaded)} documents loaded again"
        )
        for key in summary.kept:
            console.print(f"[yellow]not loaded again[/] {key}: stored without its text")
        if summary.failed:
            for failure in summary.failed:
                console.print(f"[red]failed[/] {failure}")
            raise typer.Exit(1)

    app.add_typer(group, name="curate")
