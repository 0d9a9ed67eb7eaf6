"""Tables a spreadsheet or a notebook opens: the graph (or a lineage) as CSV.

``dg export --format csv --out DIR`` writes one file per node label (``Resolution.csv`` ...) and
one per relationship type (``IMPLEMENTS.csv`` ...), UTF-8 with a byte-order mark (so spreadsheet
programs detect the encoding; pandas and ``csv`` with ``utf-8-sig`` read it as plain UTF-8).

- A node row: ``key``, ``name`` (its name, title or symbol), then every property, in name order
  (but ``name_norm``, the folded search key, and ``complete``, the loader's mark).
- An edge row: ``source``, ``source_name``, ``target``, ``target_name``, the edge's own
  properties, then its evidence: ``documents``, ``document_titles``, ``document_dates``,
  ``sentences``, ``spans`` and ``extractors``, one line per source document in each of these
  cells (line *i* of every evidence cell is about the same document).
- Lists (a node's ``aliases`` ...) are joined with ``"; "``; missing values are empty cells.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from graph.store import GraphStore
from kernel.text import slug
from loaders.graphfile import iter_edges, iter_nodes

LIST_JOIN = "; "
EVIDENCE_JOIN = "\n"
PROVENANCE = ("docs", "evidence", "span_start", "span_end", "extractor")
EVIDENCE_COLUMNS = ["documents", "document_titles", "document_dates", "sentences", "spans", "extractors"]
ENCODING = "utf-8-sig"
#: Bookkeeping, not facts: the folded search key and the loader's completion mark.
INTERNAL = frozenset({"key", "name", "name_norm", "complete"})

Table = tuple[list[str], list[list[Any]]]


def cell(value: Any) -> Any:
    """One value as a CSV cell: lists joined with ``"; "``, booleans as true/false, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_JOIN.join(str(cell(v)) for v in value)
    if isinstance(value, dict):
        return LIST_JOIN.join(f"{k}: {cell(v)}" for k, v in value.items())
    return value


def display_name(key: str, props: Mapping[str, Any]) -> str:
    """What a reader calls a node: its name, else its title, else its symbol, else its key."""
    for name in ("name", "title", "symbol"):
        if props.get(name):
            return str(props[name])
    return key


def node_table(nodes: Iterable[Mapping[str, Any]]) -> Table:
    """Rows ``{key, properties}`` as a table: key, name, then every property in name order."""
    nodes = list(nodes)
    props = sorted({p for n in nodes for p in n["properties"]} - INTERNAL)
    header = ["key", "name", *props]
    rows = [[n["key"], display_name(n["key"], n["properties"]), *(cell(n["properties"].get(p)) for p in props)]
            for n in nodes]  # fmt: skip
    return header, rows


def evidence_cells(props: Mapping[str, Any], documents: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """The evidence columns of one edge: one line per source document in each cell."""
    docs = [str(d) for d in props.get("docs") or []]

    def at(name: str, i: int) -> Any:
        values = props.get(name) or []
        return values[i] if i < len(values) else None

    def lines(values: Iterable[Any]) -> str:
        return EVIDENCE_JOIN.join(" ".join(str(cell(v)).split()) for v in values)  # one line per document

    spans = [f"{at('span_start', i)}-{at('span_end', i)}" if at("span_start", i) not in (None, -1) else ""
             for i in range(len(docs))]  # fmt: skip
    return [
        lines(docs),
        lines(documents.get(d, {}).get("title") for d in docs),
        lines(documents.get(d, {}).get("published") for d in docs),
        lines(at("evidence", i) for i in range(len(docs))),
        lines(spans),
        lines(at("extractor", i) for i in range(len(docs))),
    ]


def edge_table(
    edges: Iterable[Mapping[str, Any]], names: Mapping[str, str], documents: Mapping[str, Mapping[str, Any]]
) -> Table:
    """Rows ``{source, target, properties}`` (properties with provenance lists) as a table with evidence."""
    edges = list(edges)
    props = sorted({p for e in edges for p in e["properties"]} - set(PROVENANCE))
    header = ["source", "source_name", "target", "target_name", *props, *EVIDENCE_COLUMNS]
    rows = [
        [
            e["source"],
            names.get(e["source"], e["source"]),
            e["target"],
            names.get(e["target"], e["target"]),
            *(cell(e["properties"].get(p)) for p in props),
            *evidence_cells(e["properties"], documents),
        ]
        for e in edges
    ]
    return header, rows


def write_table(path: Path, table: Table) -> None:
    with path.open("w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(table[0])
        writer.writerows(table[1])


def table_text(table: Table) -> str:
    """The table as CSV text (no byte-order mark: an HTTP answer says its charset)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(table[0])
    writer.writerows(table[1])
    return buffer.getvalue()


def export_csv(store: GraphStore, out: Path) -> tuple[int, int]:
    """One CSV per node label and per relationship type into the folder ``out``; returns (nodes, edges)."""
    out.mkdir(parents=True, exist_ok=True)
    by_label: dict[str, list[dict[str, Any]]] = {}
    names: dict[str, str] = {}
    documents: dict[str, dict[str, Any]] = {}
    for n in iter_nodes(store):
        by_label.setdefault("+".join(n["labels"]) or "Entity", []).append(n)
        names[n["key"]] = display_name(n["key"], n["properties"])
        if "Document" in n["labels"]:
            documents[n["key"]] = n["properties"]
    by_type: dict[str, list[dict[str, Any]]] = {}
    for e in iter_edges(store):
        by_type.setdefault(e["type"], []).append(e)
    for label, group in sorted(by_label.items()):
        write_table(out / f"{_file_name(label)}.csv", node_table(group))
    for rel_type, group in sorted(by_type.items()):
        write_table(out / f"{_file_name(rel_type)}.csv", edge_table(group, names, documents))
    return sum(len(g) for g in by_label.values()), sum(len(g) for g in by_type.values())


def _file_name(name: str) -> str:
    """A label or type as a file name ('Resolution', 'IMPLEMENTS'; anything odd slugged)."""
    return name if name.replace("_", "").replace("+", "").isalnum() and name.isascii() else slug(name)


def lineage_table(
    nodes: Iterable[Mapping[str, Any]],
    edges: Iterable[Mapping[str, Any]],
    documents: Mapping[str, Mapping[str, Any]],
) -> Table:
    """A lineage flattened, one row per edge: each end's key, label, name and depth in the walk, the edge's
    type and own properties, then its evidence (as in :func:`edge_table`).

    ``nodes``: ``{key, labels, properties, depth}``; ``edges``: ``{source, target, type, properties}``."""
    by_key = {n["key"]: n for n in nodes}
    edges = list(edges)
    props = sorted({p for e in edges for p in e["properties"]} - set(PROVENANCE) - {"id"})

    def end(key: str) -> list[Any]:
        node = by_key.get(key, {"labels": [], "properties": {}, "depth": None})
        return [key, cell(node["labels"]), display_name(key, node["properties"]), cell(node["depth"])]

    header = ["source", "source_label", "source_name", "source_depth", "type",
              "target", "target_label", "target_name", "target_depth", *props, *EVIDENCE_COLUMNS]  # fmt: skip
    rows = [
        [
            *end(e["source"]),
            e["type"],
            *end(e["target"]),
            *(cell(e["properties"].get(p)) for p in props),
            *evidence_cells(e["properties"], documents),
        ]
        for e in edges
    ]
    return header, rows
