"""Unload: take documents out of the graph (``dg unload`` and ``DELETE /documents/{key}``).

A document's contributions are its Document node, its ``MENTIONED_IN`` edges, its provenance
entries on shared edges, and the edges and entities only it supported: :meth:`Loader.purge`
removes exactly those, as it does for the old version of a changed document.

What other documents support stays, but an entity two documents share may still carry what the
unloaded one said of it (the fuller display name wins on load), and another document may have
resolved an undated reference through it. So the documents that share an entity with an
unloaded one are purged too and read again from their sources: afterwards the graph is the one
a clean load of the remaining documents gives. A sharing document whose source cannot be read
again unchanged (uploaded through the API, moved, or edited since) keeps its contributions as
they are and is listed in ``UnloadSummary.kept``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.store import GraphStore
from kernel.errors import DirectiveGraphError, NotFound
from loaders.pipeline import Loader, LoadSummary
from loaders.read import SourceDocument, iter_sources, read_path


@dataclass
class UnloadSummary:
    """What an unload did."""

    unloaded: list[str] = field(default_factory=list)
    reloaded: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    reload: LoadSummary | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"unloaded": self.unloaded, "reloaded": self.reloaded, "kept": self.kept, "failed": self.failed}


def find_documents(store: GraphStore, targets: list[str], *, max_bytes: int) -> list[str]:
    """The keys of the loaded documents named by ``targets``: keys, source paths, or files and folders
    whose content was loaded (a file removed since is found by the path it was loaded from).

    Raises :class:`NotFound` for a target that names no loaded document."""
    found: list[str] = []
    for target in targets:
        keys, paths = [target], [target]
        if Path(target).exists():
            for path in iter_sources([target]):
                paths.append(str(path))
                try:
                    keys.append(read_path(path, max_bytes=max_bytes).key)
                except DirectiveGraphError:
                    continue
        rows = store.read("documents_status", {"keys": keys, "paths": paths})
        if not rows:
            raise NotFound(f"no loaded document is {target!r} (a document key, or the path it was loaded from)",
                           target=target)  # fmt: skip
        found.extend(row["key"] for row in rows if row["key"] not in found)
    return found


def _reread(path: str | None, key: str, max_bytes: int) -> SourceDocument | None:
    """The document read again from its source, if that still gives the same content."""
    if not path or not Path(path).is_file():
        return None
    try:
        doc = read_path(Path(path), max_bytes=max_bytes)
    except DirectiveGraphError:
        return None
    return doc if doc.key == key else None


def unload(store: GraphStore, keys: list[str], *, max_bytes: int = 20 * 1024 * 1024,
           decisions_log: Path | None = None) -> UnloadSummary:  # fmt: skip
    """Remove the documents ``keys`` (as found by :func:`find_documents`) and their contributions."""
    sharing = store.read("documents_sharing_entities", {"keys": keys})
    return refresh(store, sharing, unload=keys, max_bytes=max_bytes, decisions_log=decisions_log)


def refresh(
    store: GraphStore,
    documents: list[dict[str, Any]],
    *,
    unload: Sequence[str] = (),
    max_bytes: int = 20 * 1024 * 1024,
    decisions_log: Path | None = None,
) -> UnloadSummary:
    """Purge the documents ``unload``; purge the ``documents`` (``{key, path}`` rows) and load them again
    from their sources, so they contribute what extraction (and the corrections in force) make of them now.
    One whose source cannot be read again unchanged is left as it is (``kept``)."""
    summary = UnloadSummary()
    loader = Loader(store, max_bytes=max_bytes, decisions_log=decisions_log)
    again: list[SourceDocument] = []
    for row in documents:
        doc = _reread(row["path"], row["key"], max_bytes)
        if doc is None:
            summary.kept.append(row["key"])
        else:
            again.append(doc)
    for key in unload:
        loader.purge(key)
        summary.unloaded.append(key)
    for doc in again:
        loader.purge(doc.key)
    if again:
        summary.reload = loader.load_documents(again)
        summary.reloaded = list(summary.reload.loaded)
        summary.failed.extend(f"{f.source}: {f.reason}" for f in summary.reload.failed)
    return summary
