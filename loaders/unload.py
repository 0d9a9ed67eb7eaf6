"""Unload: take documents out of the graph (``dg unload`` and ``DELETE /documents/{key}``).

A document's contributions are its Document node, its ``MENTIONED_IN`` edges, its provenance
entries on shared edges, and the edges and entities only it supported: :meth:`Loader.purge`
removes exactly those, as it does for the old version of a changed document.

What other documents support stays, but an entity two documents share may still carry what the
unloaded one said of it (the fuller display name wins on load), and another document may have
resolved an undated reference through it. So the documents that share an entity with an
unloaded one are purged too and loaded again from the text stored with them (their files are not
needed, and an edit made to a file since waits for ``dg load``): afterwards the graph is the one a
clean load of the remaining documents gives. A sharing document stored without its text (loaded
before documents kept it) keeps its contributions as they are and is listed in ``UnloadSummary.kept``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.store import GraphStore
from kernel.errors import DirectiveGraphError, NotFound
from loaders.pipeline import Loader, LoadSummary
from loaders.read import SourceDocument, content_key, iter_sources, read_path, source_name


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


def _path_forms(path: Path) -> list[str]:
    """The names a file may have in the graph: as given, as the loader names it (relative: see
    :func:`loaders.read.source_name`), and its last two parts (a file loaded from its folder elsewhere)."""
    parts = path.parts
    forms = [str(path), source_name(path), "/".join(parts[-2:])]
    return [f for f in dict.fromkeys(forms) if f]


def find_documents(store: GraphStore, targets: list[str], *, max_bytes: int) -> list[str]:
    """The keys of the loaded documents named by ``targets``: keys, source paths, or files and folders
    whose content was loaded (a file removed since is found by the path it was loaded from).

    Raises :class:`NotFound` for a target that names no loaded document."""
    found: list[str] = []
    for target in targets:
        keys, paths = [target], [target, *_path_forms(Path(target))]
        if Path(target).exists():
            for path in iter_sources([target]):
                paths.extend(_path_forms(path))
                try:
                    keys.append(read_path(path, max_bytes=max_bytes).key)
                except DirectiveGraphError:
                    continue
        rows = store.read("documents_status", {"keys": keys, "paths": list(dict.fromkeys(paths))})
        if not rows:
            raise NotFound(f"no loaded document is {target!r} (a document key, or the path it was loaded from)",
                           target=target)  # fmt: skip
        found.extend(row["key"] for row in rows if row["key"] not in found)
    return found


def _stored(store: GraphStore, keys: list[str]) -> dict[str, SourceDocument]:
    """The documents as the graph stored them (their text is what their evidence spans index)."""
    found: dict[str, SourceDocument] = {}
    for start in range(0, len(keys), 500):
        for row in store.read("documents_stored", {"keys": keys[start : start + 500]}):
            text = row["text"]
            if not text or content_key(text) != row["key"]:
                continue  # stored before documents kept their text: it cannot be read again
            source = str(row["source"] or row["key"])
            found[row["key"]] = SourceDocument(
                key=row["key"], text=text, title=row["title"] or "", published=row["published"], source=source,
                stem=Path(source).stem or row["key"], format="txt", encoding="utf-8",
                published_from=row["published_from"],
            )  # fmt: skip
    return found


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
    """Purge the documents ``unload``; purge the ``documents`` (``{key, ...}`` rows) and load them again
    from their stored text, so they contribute what extraction (and the corrections in force) make of them
    now. One stored without its text is left as it is (``kept``)."""
    summary = UnloadSummary()
    loader = Loader(store, max_bytes=max_bytes, decisions_log=decisions_log)
    stored = _stored(store, [str(row["key"]) for row in documents])
    again = [stored[row["key"]] for row in documents if row["key"] in stored]
    summary.kept.extend(row["key"] for row in documents if row["key"] not in stored)
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
