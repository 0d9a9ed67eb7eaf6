"""The batch writer: nodes and edges in, batched idempotent ``UNWIND ... MERGE`` out.

It knows nothing of Vietnamese. Callers add nodes and edges; the writer groups them by label
or relationship type, merges duplicates within a batch (an edge seen in several documents
becomes one row carrying every source), and flushes nodes before edges so that every edge
finds its endpoints.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from graph import changes, provenance
from graph.backends.bulk import BulkLoad
from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from graph.store import GraphStore
from kernel import collector
from kernel.errors import InvalidInput
from kernel.text import fold

#: Characters of text (string properties) written by one node query: a Document carries its whole text
MAX_BATCH_CHARS = 2_000_000


@dataclass(frozen=True)
class Source:
    """Where an edge comes from: read from a document (its sentence, the span in the document's text
    and the rule that found it), or ``derived_from`` something other than a sentence ("gazetteer",
    "rule:<name>") with only the document that brought it (no sentence, no span)."""

    doc: str
    evidence: str = ""
    span_start: int | None = None
    span_end: int | None = None
    extractor: str = ""
    derived_from: str = ""

    @classmethod
    def derived(cls, doc: str, how: str) -> Source:
        return cls(doc, derived_from=how)


@dataclass
class _EdgeRow:
    source: str
    target: str
    id: str
    props: dict[str, Any]
    sources: dict[str, Source] = field(default_factory=dict)

    def provenance(self) -> tuple[list[str], list[str]]:
        """Its documents and their stored provenance entries (:mod:`graph.provenance`): an edge read from text
        has one sentence and span per document; a derived edge (``derived_from``) lists only its documents."""
        if len(self.sources) == 1:  # most edges: one source, taken without the lists (a first load: 3% of its time)
            (one,) = self.sources.values()
            if one.derived_from:
                return [one.doc], [provenance.entry(one.doc)]
            return [one.doc], [provenance.entry(one.doc, one.evidence, one.span_start, one.span_end, one.extractor)]
        read = [s for s in self.sources.values() if not s.derived_from]
        if read:
            entries = [provenance.entry(s.doc, s.evidence, s.span_start, s.span_end, s.extractor) for s in read]
            return [s.doc for s in read], entries
        docs = list(self.sources)
        return docs, [provenance.entry(doc) for doc in docs]

    def as_param(self) -> dict[str, Any]:
        """The row of ``upsert_edges``."""
        docs, entries = self.provenance()
        first = next(iter(self.sources), "")
        return {"source": self.source, "target": self.target, "id": self.id, "props": self.props, "docs": docs,
                "prov": entries, "doc": first}  # fmt: skip


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Drop nulls (a null would erase a stored property) and empty strings."""
    return {k: v for k, v in props.items() if v is not None and v != ""}


def _keeps(old: Any, new: Any) -> bool:
    """The display-name rule of ``upsert_nodes``: the fuller name wins (the longer, then the smaller)."""
    a, b = str(old), str(new)
    return len(a) > len(b) or (len(a) == len(b) and a < b)


class GraphWriter:
    """Buffers nodes and edges and writes them in batches of ``batch_size`` rows.

    What each row changes goes into the change log (:mod:`graph.changes`) with its cause: ``cause`` when
    given (``curation:<id>``, ``import:<file>``), else the document a node was added for or an edge's first
    source document."""

    def __init__(self, store: GraphStore, batch_size: int = 1000, *, cause: str = "") -> None:
        self.store = store
        self.batch_size = batch_size
        self.cause = cause
        self._nodes: dict[Label, dict[str, dict[str, Any]]] = defaultdict(dict)
        self._node_docs: dict[str, str] = {}
        self._edges: dict[RelType, dict[tuple[str, str, str], _EdgeRow]] = defaultdict(dict)
        self.written: Counter[str] = Counter()

    def add_node(self, label: Label, key: str, props: dict[str, Any], *, doc: str = "") -> None:
        """Queue a node; ``name_norm`` (the folded search key) is derived from name/title/key, ``key_ascii``
        from the key; ``doc``: the document it is read from (the first one is its change's cause)."""
        if doc:
            self._node_docs.setdefault(key, doc)
        props = _clean(props)
        props["key_ascii"] = fold(key)  # the key as a client without Vietnamese letters may type it
        searchable = " ".join(str(props[p]) for p in ("name", "title") if p in props)
        props.setdefault("name_norm", fold(f"{key} {searchable}" if label is Label.RESOLUTION else searchable or key))
        nodes = self._nodes[label]
        buffered = nodes.get(key)
        if buffered is None:  # a node not seen before: its properties as they are (nothing to merge)
            nodes[key] = props
            return
        kept: dict[str, Any] = {
            p: buffered[p]
            for p in ("name", "title", "issuer")
            if p in buffered and p in props and _keeps(buffered[p], props[p])
        }
        norm = buffered.get("name_norm")
        buffered.update(props)
        buffered.update(kept)
        if norm is not None and ("name" in kept or ("name" not in props and "title" in kept)):
            buffered["name_norm"] = norm

    def add_edge(
        self,
        rel_type: RelType,
        source: str,
        target: str,
        *,
        id: str = "",
        props: dict[str, Any] | None = None,
        provenance: Source | None = None,
    ) -> None:
        """Queue an edge; the same edge added again merges its properties and sources."""
        edges = self._edges[rel_type]
        row = edges.get((source, target, id))
        if row is None:  # (a row made only to be dropped by setdefault cost a first load 5% of its time)
            row = edges[(source, target, id)] = _EdgeRow(source, target, id, {})
        if props:
            row.props.update(_clean(props))
        if provenance is None:
            return
        if provenance.derived_from:
            row.props.setdefault("derived_from", provenance.derived_from)
        known = row.sources.get(provenance.doc)
        if known is None or (known.derived_from and not provenance.derived_from):
            row.sources[provenance.doc] = provenance  # a sentence beats a derivation

    def pending(self) -> int:
        return sum(len(v) for v in self._nodes.values()) + sum(len(v) for v in self._edges.values())

    def _node_batches(self, rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
        """At most ``batch_size`` rows and about :data:`MAX_BATCH_CHARS` characters of text a query (a
        Document carries its whole text, and the embedded client inlines parameters into the query)."""
        batch: list[dict[str, Any]] = []
        size = 0
        for row in rows:
            chars = sum(len(v) for v in row["props"].values() if isinstance(v, str))
            if batch and (len(batch) >= self.batch_size or size + chars > MAX_BATCH_CHARS):
                yield batch
                batch, size = [], 0
            batch.append(row)
            size += chars
        if batch:
            yield batch

    def flush(self) -> None:
        """Write everything queued: all nodes first, then all edges."""
        for label, nodes in self._nodes.items():
            rows = [{"key": key, "props": props, "doc": self.cause or self._node_docs.get(key, "")}
                    for key, props in nodes.items()]  # fmt: skip
            for batch in self._node_batches(rows):
                self.store.write("upsert_nodes", {"rows": batch}, label=label)
                self.written[label.value] += len(batch)
        self._nodes.clear()
        self._node_docs.clear()
        for rel_type, edges in self._edges.items():
            params = [row.as_param() | ({"doc": self.cause} if self.cause else {}) for row in edges.values()]
            for start in range(0, len(params), self.batch_size):
                batch = params[start : start + self.batch_size]
                self.store.write("upsert_edges", {"rows": batch}, rel_type=rel_type)
                self.written[rel_type.value] += len(batch)
        self._edges.clear()


#: The cyclic garbage collector's thresholds while a :class:`BulkWriter` holds a load (Python's: 700, 10, 10).
BULK_GC_THRESHOLDS = (100_000, 50, 100)

#: Entries per change set of a bulk load's change log (a batched load writes one set per query).
LOG_SET = 5000


class BulkWriter(GraphWriter):
    """A first load into an empty embedded store: what is added is kept until :meth:`finish`, which sends it
    all in FalkorDB's bulk insert (``graph/backends/bulk.py``) and then builds the indexes.

    The graph is the one :class:`GraphWriter`'s batched upserts give for the same calls (tests/contract
    compares them): a node with its properties as merged by :meth:`add_node`, an edge with its ``id`` (none
    when empty), its properties and one provenance entry per document (a derived edge lists only its
    documents); an edge whose ends were never added is left out, as the upsert's ``MATCH`` leaves it out. A
    key added under two labels is refused (the upserts merge such nodes; use :class:`GraphWriter`)."""

    def __init__(self, store: EmbeddedStore) -> None:
        super().__init__(store, batch_size=1 << 30)
        self.bulk_store = store
        # Until finish, the whole load is held here (millions of rows, sources and dicts, none in a cycle): with
        # the default thresholds (700, 10, 10) the collector's passes over them took 60% of the time spent adding
        # the scale-0.3 graph (2.3 of 3.8 s; 1.2 s with these). Collection stays on, only rarer; finish restores.
        self._thresholds = gc.get_threshold()
        gc.set_threshold(*BULK_GC_THRESHOLDS)

    def flush(self) -> None:
        """Nothing is written before :meth:`finish`."""

    def finish(self) -> dict[str, int]:
        """Send everything added; returns the nodes and relationships the store created.

        The cyclic garbage collector is paused meanwhile: encoding creates millions of small objects, none in
        a cycle, and each collection walked every row still held (measured: 1.4x the time at scale 0.3)."""
        try:
            with collector.paused():
                return self._finish()
        finally:
            gc.set_threshold(*self._thresholds)

    def _finish(self) -> dict[str, int]:
        load = BulkLoad()
        ids: dict[str, int] = {}
        logged: list[str] = []  # the change log's entries (graph/changes.py): added, key, label, target, doc, rid
        for label, nodes in self._nodes.items():
            names = ["key", *dict.fromkeys(p for props in nodes.values() for p in props)]
            labels, name, rest = ("Entity", label.value), label.value, names[1:]  # an enum's value: read once
            if not ids.keys().isdisjoint(nodes):
                key = next(k for k in nodes if k in ids)
                raise InvalidInput(f"{key!r} is added under two labels; load it with the batched writer", key=key)
            first = load.nodes(labels, names, ([key, *map(props.get, rest)] for key, props in nodes.items()))
            ids.update(zip(nodes, range(first, first + len(nodes)), strict=True))
            doc_of = self._node_docs.get
            logged.extend(f"added\t{key}\t{name}\t\t{self.cause or doc_of(key, '')}\t" for key in nodes)
            self.written[name] += len(nodes)
        for rel_type, edges in self._edges.items():
            rows = [row for row in edges.values() if row.source in ids and row.target in ids]
            own = list(dict.fromkeys(p for row in rows for p in row.props))
            name = rel_type.value
            encoded = (
                (ids[row.source], ids[row.target], [row.id or None, *map(row.props.get, own), row.provenance()[1]])
                for row in rows
            )
            load.edges(name, ["id", *own, provenance.PROV], encoded)
            cause = self.cause
            logged.extend(
                f"added\t{row.source}\t{name}\t{row.target}\t{cause or next(iter(row.sources), '')}\t{row.id}"
                for row in rows
            )
            self.written[name] += len(rows)
        self._log(load, logged)
        load.node(("StoreFormat",), ["key", "version"], ["format", provenance.FORMAT])  # written in today's shape
        self._nodes.clear()
        self._node_docs.clear()
        self._edges.clear()
        return self.bulk_store.bulk_insert(load)

    def _log(self, load: BulkLoad, logged: list[str]) -> None:
        """The change log of the load (graph/changes.py), sent with it: every node and relationship ``added``,
        in change sets of :data:`LOG_SET` entries as the batched writes would leave them, the oldest dropped
        beyond what the log keeps (``DG_CHANGES_KEEP``), as each write's append drops them."""
        stamp = changes.stamp(self.bulk_store.changes_keep)
        floor = len(logged) - int(stamp["changes_keep"])
        starts = [s for s in range(0, len(logged), LOG_SET) if min(s + LOG_SET, len(logged)) > floor]
        pruned = floor if starts and starts[0] > 0 else 0
        log = ["key", "log", "last", "pruned", "at"]
        load.node(("ChangeLog",), log, ["changes", stamp["changes_log"], len(logged), pruned, stamp["changes_at"]])
        fields = ["first", "last", "at", "entries"]
        for start in starts:
            part = logged[start : start + LOG_SET]
            load.node(("ChangeSet",), fields, [start + 1, start + len(part), stamp["changes_at"], part])
