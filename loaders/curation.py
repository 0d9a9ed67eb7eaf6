"""Curation: a researcher's corrections, kept in the store and applied after every load.

A curator merges two nodes that are one (``merge KEEP ABSORB``: the second's relationships, with their
evidence, move onto the first, and the second goes), drops an edge extraction got wrong
(``drop-edge SOURCE TYPE TARGET``) or adds one it missed (``add-edge SOURCE TYPE TARGET``: its evidence
is the curation itself, ``docs`` ``curation:<id>``, the reason as its sentence and ``curation by <author>``
as its rule, so it outlives any document and says who made it), renames a node (``rename KEY NAME``) or
keeps two keys apart that identity resolution would make one (``keep-apart A B``, a negative judgement:
see :func:`kept_apart`), each with a note (``why``) and an ``author``. The log is append-only:
``Curation`` nodes outside the ``Entity`` graph (not exported, searched or counted with it), one per
entry; an ``undo`` is an entry of its own naming the one it cancels.

The loader applies the active entries, in log order, after every load (:meth:`loaders.pipeline.Loader`),
so a reload, a changed document or an unload never undoes a correction: the resolver makes the absorbed
node again, and the curation folds it in again. Applying is idempotent (edges merge on their per-document
evidence). A keep-apart judgement is not applied to the graph but given to the resolver
(:class:`loaders.resolve.KeepApart`); recording or undoing one loads again the documents that mention
either key. Undoing an added edge takes its evidence back (:func:`retract`); undoing a merge, a dropped
edge, a rename or a keep-apart is :func:`loaders.unload.refresh` of the documents the entry touched: loaded again from
their stored text, they come back as extraction made them, and the other active entries are applied again.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from graph.model import CurationAction, RelType
from graph.store import GraphStore
from kernel.errors import InvalidInput, NotFound
from kernel.text import fold, unify_tones
from loaders.resolve import Judgement, KeepApart
from loaders.write import GraphWriter, Source

Action = CurationAction
#: The ``docs`` entry of the evidence an added edge carries: ``curation:<id>``, never a document key.
CURATION_DOC = "curation:"
PROVENANCE = ("docs", "evidence", "span_start", "span_end", "extractor")


@dataclass(frozen=True)
class Entry:
    """One line of the curation log."""

    id: str
    at: str
    action: str
    author: str
    why: str = ""
    source: str | None = None  # merge: the node kept; drop-edge: the start node; keep-apart: one key
    target: str | None = None  # merge: the node absorbed; drop-edge: the end node; keep-apart: the other
    type: str | None = None  # drop-edge: the relationship type
    undoes: str | None = None  # undo: the id of the entry it cancels
    name: str | None = None  # rename: the new display name

    def as_props(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    def describe(self) -> str:
        if self.action == "merge":
            return f"merge {self.target} into {self.source}"
        if self.action == "drop-edge":
            return f"drop {self.source} -[{self.type}]-> {self.target}"
        if self.action == "add-edge":
            return f"add {self.source} -[{self.type}]-> {self.target}"
        if self.action == "rename":
            return f"rename {self.source} to {self.name!r}"
        if self.action == "keep-apart":
            return f"keep {self.source} apart from {self.target}"
        return f"undo {self.undoes}"


def log(store: GraphStore) -> list[Entry]:
    """Every entry, oldest first."""
    fields = set(Entry.__dataclass_fields__)
    return [Entry(**{k: v for k, v in row["entry"].items() if k in fields}) for row in store.read("curation_log")]


def active(entries: list[Entry]) -> list[Entry]:
    """The corrections in force: the entries that no undo cancelled, in log order."""
    undone = {e.undoes for e in entries if e.action == "undo"}
    return [e for e in entries if e.action != "undo" and e.id not in undone]


def kept_apart(entries: list[Entry]) -> KeepApart:
    """The keep-apart judgements in force, as the resolver takes them.

    What they hold against (the only ways two keys become one node): an undated reference linked to a
    dated document of its symbol (``57-NQ/TW`` and ``57-NQ/TW:2024``; also when a later load re-resolves the
    reference), an official's name in the other tone placement (``nguyễn-văn-hoà@nghe-an`` and
    ``nguyễn-văn-hòa@nghe-an``), and a curator's merge (refused while a judgement keeps the two apart)."""
    return KeepApart(
        tuple(
            Judgement(e.id, e.source, e.target)
            for e in active(entries)
            if e.action == "keep-apart" and e.source and e.target
        )
    )


class _Merged:
    """The nodes the merges in force made one (union-find over kept <- absorbed)."""

    def __init__(self, entries: list[Entry]) -> None:
        self.up: dict[str, str] = {}
        self.by: dict[str, str] = {}  # an absorbed key -> the merge that absorbed it
        for e in entries:
            if e.action == "merge" and e.source and e.target:
                self.up[self.find(e.target)] = self.find(e.source)
                self.by[e.target] = e.id

    def find(self, key: str) -> str:
        while key in self.up:
            key = self.up[key]
        return key

    def why(self, a: str, b: str) -> str:
        return ", ".join(sorted({self.by[k] for k in (a, b) if k in self.by})) or "?"


def _alike(a: str, b: str) -> bool:
    """Keys identity could make one: the same spelling but for tone placement, or the same symbol."""
    return unify_tones(a) == unify_tones(b) or a.partition(":")[0] == b.partition(":")[0]


def _check_keep_apart(store: GraphStore, a: str | None, b: str | None, entries: list[Entry]) -> None:
    if not a or not b or a == b:
        raise InvalidInput("keep-apart takes two different keys")
    merged = _Merged(active(entries))
    if merged.find(a) == merged.find(b):
        raise InvalidInput(
            f"{a} and {b} are one node by merge {merged.why(a, b)}: undo the merge before keeping them apart",
            conflicts=merged.why(a, b),
        )
    held = kept_apart(entries).judged(a, b)
    if held is not None:
        raise InvalidInput(f"{a} and {b} are already kept apart by {held.id}", conflicts=held.id)
    found = {k: store.read("node", {"key": k}) for k in (a, b)}
    if not found[a] and not found[b]:
        raise NotFound(f"no node with key {a!r} or {b!r}", key=a)
    for key, rows in found.items():
        if rows and "Document" in rows[0]["labels"]:
            raise InvalidInput("documents are never merged: nothing to keep apart", key=key)
    if found[a] and found[b] and sorted(found[a][0]["labels"]) != sorted(found[b][0]["labels"]):
        raise InvalidInput(f"{a} is {found[a][0]['labels']}, {b} is {found[b][0]['labels']}: never merged anyway")
    missing = b if found[a] else a
    if not found[missing] and not _alike(a, b):
        raise InvalidInput(
            f"{missing!r} names no node, and identity would not make it one with {a if missing == b else b!r} "
            "(the same symbol, or the same name in another tone placement)",
            key=missing,
        )


def _check_merge(keep: str, absorb: str, entries: list[Entry]) -> None:
    """Refuse a merge that would make one node of keys a judgement keeps apart (directly or through merges)."""
    merged = _Merged(active(entries))
    sides = {merged.find(keep), merged.find(absorb)}
    for j in kept_apart(entries).judgements:
        if {merged.find(j.a), merged.find(j.b)} == sides:
            raise InvalidInput(
                f"{j.a} and {j.b} are kept apart by {j.id}: undo that judgement before merging {absorb} into {keep}",
                conflicts=j.id,
            )


def _node(store: GraphStore, key: str) -> dict[str, Any]:
    found = store.read("node", {"key": key})
    if not found:
        raise NotFound(f"no node with key {key!r}", key=key)
    return found[0]


def record(
    store: GraphStore,
    action: Action,
    *,
    author: str,
    why: str = "",
    source: str | None = None,
    target: str | None = None,
    rel_type: str | None = None,
    undoes: str | None = None,
    name: str | None = None,
) -> Entry:
    """Check a correction against the graph and append it to the log (it is applied by :func:`apply`)."""
    if not author.strip():
        raise InvalidInput("a correction needs an author (--author)")
    if action != "undo" and not why.strip():
        raise InvalidInput("a correction needs a reason (--why)")
    if action == "merge":
        if not source or not target or source == target:
            raise InvalidInput("merge takes two different node keys: the one kept, then the one absorbed")
        kept, absorbed = _node(store, source), _node(store, target)
        if "Document" in kept["labels"] or "Document" in absorbed["labels"]:
            raise InvalidInput("documents are not merged: unload the duplicate instead (dg unload)")
        if sorted(kept["labels"]) != sorted(absorbed["labels"]):
            raise InvalidInput(f"{source} is {kept['labels']}, {target} is {absorbed['labels']}: not one thing")
        _check_merge(source, target, log(store))
    elif action == "keep-apart":
        _check_keep_apart(store, source, target, log(store))
    elif action in ("drop-edge", "add-edge"):
        if rel_type not in {t.value for t in RelType} or rel_type == RelType.MENTIONED_IN.value:
            raise InvalidInput(f"unknown relationship type {rel_type!r}", type=rel_type)
        if not source or not target or source == target:
            raise InvalidInput(f"{action} takes the start node key, the type and the end node key")
        _node(store, source)
        _node(store, target)
    elif action == "rename":
        if not source or not name or not name.strip():
            raise InvalidInput("rename takes a node key and its new name")
        if "Document" in _node(store, source)["labels"]:
            raise InvalidInput("a document's title is its own; rename the entities it mentions")
        name = " ".join(name.split())
    else:
        cancelled = [e for e in active(log(store)) if e.id == undoes]
        if not cancelled:
            raise NotFound(f"no correction in force with id {undoes!r} (dg curate list)", id=undoes)
    entry = Entry(
        id=secrets.token_hex(4),
        at=datetime.now(UTC).isoformat(timespec="microseconds"),
        action=action,
        author=author.strip(),
        why=why.strip(),
        source=source,
        target=target,
        type=rel_type,
        undoes=undoes,
        name=name,
    )
    store.write("curation_append", {"entry": entry.as_props()})
    return entry


def _at(values: list[Any], i: int) -> Any:
    return values[i] if i < len(values) else None


def _merge(store: GraphStore, keep: str, absorb: str, cause: str) -> int:
    """Move every relationship of ``absorb`` onto ``keep`` (evidence merged per document), then delete it."""
    rows = store.read("curation_node_edges", {"key": absorb})
    if not rows and not store.read("node", {"key": absorb}):
        return 0  # nothing to fold in (yet)
    writer = GraphWriter(store, cause=cause)
    for row in rows:
        start = keep if row["source"] == absorb else row["source"]
        end = keep if row["target"] == absorb else row["target"]
        if start == end:
            continue  # an edge between the two becomes a loop: it said they were related, they are one
        props = dict(row["properties"])
        lists = {name: list(props.pop(name, None) or []) for name in PROVENANCE}
        edge_id = str(props.pop("id", ""))
        rel_type = RelType(row["type"])
        writer.add_edge(rel_type, start, end, id=edge_id, props=props)
        for i, doc in enumerate(lists["docs"]):
            sentence, start_at, end_at, rule = (_at(lists[n], i) for n in PROVENANCE[1:])
            where = Source(
                str(doc),
                sentence or "",
                -1 if start_at is None else int(start_at),
                -1 if end_at is None else int(end_at),
                rule or "",
            )
            writer.add_edge(rel_type, start, end, id=edge_id, provenance=where)
    writer.flush()
    store.write("curation_delete_node", {"key": absorb, "doc": cause})
    return 1


def apply(store: GraphStore) -> int:
    """Apply every correction in force, in log order; returns how many changed the graph."""
    changed = 0
    for entry in active(log(store)):
        if entry.action == "merge" and entry.source and entry.target:
            if store.read("node", {"key": entry.source}):
                changed += _merge(store, entry.source, entry.target, CURATION_DOC + entry.id)
        elif entry.action == "drop-edge" and entry.source and entry.target and entry.type:
            rows = store.write(
                "curation_drop_edge",
                {"source": entry.source, "target": entry.target, "doc": CURATION_DOC + entry.id},
                rel_type=RelType(entry.type),
            )
            changed += int(bool(rows and rows[0]["count"]))
        elif entry.action == "add-edge" and entry.source and entry.target and entry.type:
            changed += _add_edge(store, entry)
        elif entry.action == "rename" and entry.source and entry.name:
            changed += _rename(store, entry.source, entry.name, CURATION_DOC + entry.id)
    return changed


def _add_edge(store: GraphStore, entry: Entry) -> int:
    """The curator's edge, its evidence the curation itself (``curation:<id>``, the reason, the author)."""
    assert entry.source and entry.target and entry.type
    doc = CURATION_DOC + entry.id
    present = any(
        row["type"] == entry.type and row["target"] == entry.target and doc in (row["properties"].get("docs") or [])
        for row in store.read("curation_node_edges", {"key": entry.source})
    )
    if present or not store.read("node", {"key": entry.source}) or not store.read("node", {"key": entry.target}):
        return 0  # there already, or an end is not (yet) in the graph: the next load applies it again
    writer = GraphWriter(store)
    where = Source(doc, entry.why, -1, -1, f"curation by {entry.author}")
    writer.add_edge(RelType(entry.type), entry.source, entry.target, provenance=where)
    writer.flush()
    return 1


def _rename(store: GraphStore, key: str, name: str, cause: str) -> int:
    """Set the curator's name (a load's fuller-name rule would otherwise bring the read one back)."""
    found = store.read("node", {"key": key})
    if not found or found[0]["properties"].get("name") == name:
        return 0
    props = found[0]["properties"]
    searchable = " ".join([name, *([str(props["title"])] if props.get("title") else [])])
    norm = fold(f"{key} {searchable}" if "Resolution" in found[0]["labels"] else searchable)
    store.write("curation_rename", {"key": key, "name": name, "name_norm": norm, "doc": cause})
    return 1


def retract(store: GraphStore, entry: Entry) -> None:
    """Take an added edge's evidence back (the edge goes if no document supports it)."""
    if entry.action == "add-edge" and entry.source:
        store.write("purge_document_edges", {"key": CURATION_DOC + entry.id, "keys": [entry.source]})
        store.write("purge_empty_edges", {"keys": [entry.source], "doc": CURATION_DOC + entry.id})


def touched_documents(store: GraphStore, entry: Entry) -> list[dict[str, Any]]:
    """The documents to load again when ``entry`` is undone (``{key, path}`` rows)."""
    if entry.action in ("merge", "rename") and entry.source:
        return store.read("documents_mentioning", {"keys": [entry.source]})
    if entry.action == "drop-edge" and entry.source and entry.target:
        return store.read("documents_mentioning", {"keys": [entry.source, entry.target]})
    if entry.action == "keep-apart" and entry.source and entry.target:  # either key: one may not exist (yet)
        rows = {
            row["key"]: row
            for k in (entry.source, entry.target)
            for row in store.read("documents_mentioning", {"keys": [k]})
        }
        return [rows[k] for k in sorted(rows)]
    return []
