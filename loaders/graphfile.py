"""Graph files: the JSON-lines dump of the whole graph (``dg export`` / ``dg import``).

One JSON object per line::

    {"node": "Resolution", "key": "57-NQ/TW", "properties": {...}}
    {"edge": "IMPLEMENTS", "source": "331-KH/TU", "target": "204-QĐ/TW", "properties": {...}}

Edge properties include the provenance lists (docs, evidence, span_start, span_end, extractor).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.errors import InvalidInput
from graph.model import Label, RelType
from graph.store import GraphStore
from loaders.write import GraphWriter, Source

PAGE = 5000
_PROVENANCE = ("docs", "evidence", "span_start", "span_end", "extractor")


def iter_nodes(store: GraphStore) -> Iterator[dict[str, Any]]:
    skip = 0
    while rows := store.read("export_nodes", {"skip": skip, "limit": PAGE}):
        yield from rows
        skip += len(rows)


def iter_edges(store: GraphStore) -> Iterator[dict[str, Any]]:
    skip = 0
    while rows := store.read("export_edges", {"skip": skip, "limit": PAGE}):
        yield from rows
        skip += len(rows)


def export_jsonl(store: GraphStore, out: Path) -> tuple[int, int]:
    """Write the whole graph to ``out``; returns (nodes, edges)."""
    nodes = edges = 0
    with out.open("w", encoding="utf-8") as handle:
        for row in iter_nodes(store):
            for label in row["labels"]:
                record = {"node": label, "key": row["key"], "properties": row["properties"]}
                handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            nodes += 1
        for row in iter_edges(store):
            record = {"edge": row["type"], "source": row["source"], "target": row["target"],
                      "properties": row["properties"]}  # fmt: skip
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            edges += 1
    return nodes, edges


def import_jsonl(store: GraphStore, path: Path, batch_size: int = 1000) -> dict[str, int]:
    """Load a JSON-lines graph file; returns rows written per label and type."""
    writer = GraphWriter(store, batch_size)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                props = dict(record.get("properties") or {})
                if "node" in record:
                    props.pop("key", None)
                    writer.add_node(Label(record["node"]), str(record["key"]), props)
                else:
                    _add_edge(writer, RelType(record["edge"]), str(record["source"]), str(record["target"]), props)
            except (ValueError, KeyError, TypeError) as exc:
                raise InvalidInput(f"{path}:{number}: not a graph record ({exc})", path=str(path)) from exc
            if writer.pending() >= batch_size * 10:
                writer.flush()
    writer.flush()
    return dict(writer.written)


def _add_edge(writer: GraphWriter, rel_type: RelType, source: str, target: str, props: dict[str, Any]) -> None:
    lists = {name: list(props.pop(name, None) or []) for name in _PROVENANCE}
    edge_id = str(props.pop("id", ""))
    writer.add_edge(rel_type, source, target, id=edge_id, props=props)
    width = len(lists["docs"])
    padded = {name: values + [None] * (width - len(values)) for name, values in lists.items()}
    for doc, sentence, start, end, rule in zip(*padded.values(), strict=True):
        where = Source(str(doc), sentence or "", -1 if start is None else start, -1 if end is None else end, rule or "")
        writer.add_edge(rel_type, source, target, id=edge_id, provenance=where)
