"""Graph files: the JSON-lines dump of the whole graph (``dg export`` / ``dg import``).

One JSON object per line::

    {"node": "Resolution", "key": "57-NQ/TW", "properties": {...}}
    {"edge": "IMPLEMENTS", "source": "331-KH/TU", "target": "204-QĐ/TW", "properties": {...}}

Edge properties include the provenance lists (docs, evidence, span_start, span_end, extractor), as reads give them
(the store keeps one ``prov`` list: graph/provenance.py; the neo4j-admin CSV writes that, as Neo4j would keep it).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from graph import provenance
from graph.model import ENTITY, Label, RelType
from graph.store import GraphStore
from kernel.errors import InvalidInput
from kernel.text import slug
from loaders.write import GraphWriter, Source

PAGE = 5000
_XML_SAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # characters XML 1.0 cannot carry
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


def import_jsonl(
    store: GraphStore, path: Path, batch_size: int = 1000, writer: GraphWriter | None = None
) -> dict[str, int]:
    """Load a JSON-lines graph file; returns rows written per label and type (changes: ``import:<file name>``;
    ``writer``: another writer to add them to, e.g. a :class:`loaders.write.BulkWriter`, which writes them
    when it is finished)."""
    writer = writer or GraphWriter(store, batch_size, cause=f"import:{path.name}")
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
    derived = str(props.get("derived_from") or "")
    width = len(lists["docs"])
    padded = {name: values + [None] * (width - len(values)) for name, values in lists.items()}
    for doc, sentence, start, end, rule in zip(*padded.values(), strict=True):
        if derived:  # an edge not read from a sentence: its documents only
            where = Source.derived(str(doc), derived)
        else:
            where = Source(str(doc), sentence or "", start, end, rule or "")
        writer.add_edge(rel_type, source, target, id=edge_id, provenance=where)


# -- GraphML ---------------------------------------------------------------------------------


def _graphml_value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else str(value)
    return xml_escape(_XML_SAFE.sub("", text), {'"': "&quot;"})


def export_graphml(store: GraphStore, out: Path) -> tuple[int, int]:
    """Write the whole graph as GraphML (lists as JSON strings); returns (nodes, edges)."""
    nodes = list(iter_nodes(store))
    edges = list(iter_edges(store))
    node_keys = sorted({k for n in nodes for k in n["properties"]} | {"labels"})
    edge_keys = sorted({k for e in edges for k in e["properties"]} | {"type"})
    with out.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        handle.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        for name in node_keys:
            handle.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="string"/>\n')
        for name in edge_keys:
            handle.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="string"/>\n')
        handle.write('  <graph id="directive-graph" edgedefault="directed">\n')
        for n in nodes:
            handle.write(f'    <node id="{_graphml_value(n["key"])}">\n')
            data = {"labels": ":".join(n["labels"]), **n["properties"]}
            for name, value in sorted(data.items()):
                handle.write(f'      <data key="n_{name}">{_graphml_value(value)}</data>\n')
            handle.write("    </node>\n")
        for i, e in enumerate(edges):
            source, target = _graphml_value(e["source"]), _graphml_value(e["target"])
            handle.write(f'    <edge id="e{i}" source="{source}" target="{target}">\n')
            for name, value in sorted({"type": e["type"], **e["properties"]}.items()):
                handle.write(f'      <data key="e_{name}">{_graphml_value(value)}</data>\n')
            handle.write("    </edge>\n")
        handle.write("  </graph>\n</graphml>\n")
    return len(nodes), len(edges)


# -- neo4j-admin CSV -------------------------------------------------------------------------

ARRAY_DELIMITER = "\x1f"  # unit separator: never in Vietnamese text; passed as --array-delimiter=U+001F


def _csv_type(values: list[Any]) -> str:
    sample = next((v for v in values if v is not None), None)
    if isinstance(sample, list):
        inner = next((x for v in values if isinstance(v, list) for x in v), "")
        return "int[]" if isinstance(inner, int) and not isinstance(inner, bool) else "string[]"
    if isinstance(sample, bool):
        return "boolean"
    if isinstance(sample, int):
        return "int"
    if isinstance(sample, float):
        return "float"
    return "string"


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in value)
    return value


def _write_csv(path: Path, header: list[str], rows: list[list[Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def export_neo4j_admin(store: GraphStore, out: Path) -> tuple[int, int]:
    """CSV files and an ``import.sh`` for ``neo4j-admin database import full`` (fast first load)."""
    out.mkdir(parents=True, exist_ok=True)
    nodes_by_label: dict[str, list[dict[str, Any]]] = {}
    for n in iter_nodes(store):
        nodes_by_label.setdefault("+".join(n["labels"]), []).append(n)
    edges_by_type: dict[str, list[dict[str, Any]]] = {}
    for e in iter_edges(store):
        edges_by_type.setdefault(e["type"], []).append(e)
    args: list[str] = []
    for label, group in sorted(nodes_by_label.items()):
        props = sorted({k for n in group for k in n["properties"]} - {"key"})
        header = ["key:ID", *(f"{p}:{_csv_type([n['properties'].get(p) for n in group])}" for p in props), ":LABEL"]
        rows = [
            [
                n["key"],
                *(_csv_cell(n["properties"].get(p)) for p in props),
                ARRAY_DELIMITER.join([ENTITY, *n["labels"]]),
            ]
            for n in group
        ]
        name = f"nodes-{slug(label) or 'entity'}.csv"
        _write_csv(out / name, header, rows)
        args.append(f"--nodes={name}")
    for rel_type, group in sorted(edges_by_type.items()):
        group = [e | {"properties": provenance.pack(e["properties"])} for e in group]  # as the store keeps it
        props = sorted({k for e in group for k in e["properties"]})
        header = [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            *(f"{p}:{_csv_type([e['properties'].get(p) for e in group])}" for p in props),
        ]
        rows = [
            [e["source"], e["target"], rel_type, *(_csv_cell(e["properties"].get(p)) for p in props)] for e in group
        ]
        name = f"relationships-{rel_type.lower()}.csv"
        _write_csv(out / name, header, rows)
        args.append(f"--relationships={name}")
    script = [
        "#!/bin/sh",
        "# Import into an empty, stopped Neo4j 5 database, then apply the schema (constraints and indexes):",
        "#   cd this folder && sh import.sh && cypher-shell -u neo4j -p ... < graph/schema.cypher",
        "set -e",
        'cd "$(dirname "$0")"',
        'NEO4J_ADMIN="${NEO4J_ADMIN:-neo4j-admin}"',
        # The database comes right after "full": the --nodes/--relationships options take several values
        # each (Neo4j 5.19+), so a name after them would be read as one more file. Two properties (evidence
        # sentences, titles) may hold line breaks, hence --multiline-fields.
        " \\\n  ".join(
            [
                '"$NEO4J_ADMIN" database import full "${NEO4J_DATABASE:-neo4j}"',
                "--overwrite-destination --multiline-fields=true --array-delimiter=U+001F",
                *args,
            ]
        ),
    ]
    (out / "import.sh").write_text("\n".join(script) + "\n", encoding="utf-8")
    return sum(len(g) for g in nodes_by_label.values()), sum(len(g) for g in edges_by_type.values())
