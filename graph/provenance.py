"""An edge's provenance as it is stored (one list, ``prov``) and as it is read (five parallel lists).

**Read shape** (what every query result, the API, the exports and the loaders see): an edge's properties hold
one entry per source document in parallel lists ``docs``, ``evidence`` (the sentence), ``span_start``,
``span_end`` and ``extractor`` (the rule); an edge not read from a sentence (``derived_from``: "gazetteer",
"rule:...") lists only its ``docs``.

**Stored shape** (both backends): one list property ``prov``, one string per source document: the document
key alone for a derived entry, else ``doc<TAB>span_start<TAB>span_end<TAB>extractor<TAB>sentence`` (a span
written in decimal, empty when unknown). Five one-entry lists cost FalkorDB about 330 bytes an edge, the
one packed string about 120 (BENCHMARKS.md, Memory): at 3M edges the difference is most of the
server's memory goal. The document key comes first, so Cypher finds an entry's document with
``split(e, '\\t')[0]`` (``graph/queries/upsert_edges.cypher``, ``purge_document_edges.cypher``,
``chain_links.cypher``); the sentence comes last, so a tab inside it is kept (:func:`unpack` splits four
times at most). Document keys, spans and rule names never hold a tab (:func:`entry` refuses one).

Both backends turn the stored shape into the read shape where they convert results (any map holding
``prov``: a relationship's properties); writers build the entries with :func:`entry`, and the
neo4j-admin export writes the stored shape back with :func:`pack`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from kernel.errors import InvalidInput

if TYPE_CHECKING:
    from graph.store import GraphStore

log = logging.getLogger("directive_graph.store")

#: The stored property.
PROV = "prov"
#: The read shape's lists, in order.
FIELDS = ("docs", "evidence", "span_start", "span_end", "extractor")
SEP = "\t"


def entry(
    doc: str,
    sentence: str | None = None,
    span_start: int | None = None,
    span_end: int | None = None,
    extractor: str | None = None,
) -> str:
    """One stored entry: the document key alone when ``sentence`` is None (a derived entry)."""
    rule = extractor or ""
    if SEP in doc or SEP in rule:
        raise InvalidInput("a document key or rule name holds a tab", doc=doc, extractor=extractor)
    if sentence is None:
        return doc
    start = "" if span_start is None else str(int(span_start))
    end = "" if span_end is None else str(int(span_end))
    return f"{doc}{SEP}{start}{SEP}{end}{SEP}{rule}{SEP}{sentence}"


def read_one(item: str) -> dict[str, Any]:
    """:func:`unpack` of properties holding only ``prov``, with one entry (``item``): most relationships. One dict
    written at once (0.55x the time of :func:`unpack`, on the edges of a lineage)."""
    one = item.split(SEP, 4)
    if len(one) == 5:
        start, end = one[1], one[2]
        return {
            "id": "",
            "docs": [one[0]],
            "evidence": [one[4]],
            "span_start": [int(start) if start else None],
            "span_end": [int(end) if end else None],
            "extractor": [one[3]],
        }
    return {"id": "", "docs": [one[0]]}


def unpack(props: Mapping[str, Any]) -> dict[str, Any]:
    """The read shape of stored properties: ``prov`` replaced by the five lists (``docs`` only when no entry
    has a sentence), ``id`` ``''`` when none is stored; every other property as it is."""
    out = {"id": "", **props}  # FalkorDB keeps no empty id (graph/queries/falkordb/upsert_edges.cypher)
    items: list[Any] = out.pop(PROV, None) or []
    if len(items) == 1:  # most edges have one source: the same lists without a pass over them per field
        one = str(items[0]).split(SEP, 4)
        out["docs"] = [one[0]]
        if len(one) == 5:
            out["evidence"] = [one[4]]
            out["span_start"] = [int(one[1]) if one[1] else None]
            out["span_end"] = [int(one[2]) if one[2] else None]
            out["extractor"] = [one[3]]
        return out
    parts = [str(item).split(SEP, 4) for item in items]
    out["docs"] = [p[0] for p in parts]
    if any(len(p) == 5 for p in parts):  # else every entry is derived: documents only
        read = [p if len(p) == 5 else _DERIVED for p in parts]
        out["evidence"] = [p[4] for p in read]
        out["span_start"] = [int(p[1]) if p[1] else None for p in read]
        out["span_end"] = [int(p[2]) if p[2] else None for p in read]
        out["extractor"] = [p[3] for p in read]
    return out


#: The read fields of a derived entry among read ones (no sentence, span or rule).
_DERIVED = ["", "", "", None, None]


def pack(props: Mapping[str, Any]) -> dict[str, Any]:
    """The stored shape of read properties (the inverse of :func:`unpack`)."""
    out = {k: v for k, v in props.items() if k not in FIELDS}
    docs = list(props.get("docs") or [])
    columns = [list(props.get(name) or []) for name in FIELDS[1:]]

    def at(column: list[Any], i: int) -> Any:
        return column[i] if i < len(column) else None

    out[PROV] = [entry(str(doc), *(at(column, i) for column in columns)) for i, doc in enumerate(docs)]
    return out


def read_shape(value: Any) -> Any:
    """``value`` with a stored map (one holding ``prov``) unpacked; anything else as it is."""
    if type(value) is dict and PROV in value:
        return unpack(value)
    return value


#: Edges (change sets) converted by one query of :func:`upgrade`.
UPGRADE_BATCH = 20_000
#: The stored shape's version (the ``StoreFormat`` node): 2 = ``prov`` on edges, ``entries`` on change sets.
FORMAT = 2


def upgrade(store: GraphStore) -> int:
    """Bring a store written by an earlier version to the stored shape (both backends run it in
    ``apply_schema``): edges with five provenance lists get ``prov``, change sets with six lists get
    ``entries``; then the store is marked with :data:`FORMAT`, so a later call reads the mark and scans
    nothing. Returns the edges and change sets converted."""
    rows = store.read("store_format")
    if rows and rows[0]["version"] is not None and int(rows[0]["version"]) >= FORMAT:
        return 0
    done = 0
    for name in ("upgrade_provenance", "upgrade_change_sets"):
        while count := int(store.write(name, {"limit": UPGRADE_BATCH})[0]["count"]):
            done += count
    store.write("store_format_set", {"version": FORMAT})
    if done:
        log.warning("converted %d edges and change sets to the stored shape of version %d", done, FORMAT)
    return done
