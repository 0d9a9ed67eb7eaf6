"""Helpers for the loader tests: a comparable snapshot of a whole graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from graph.store import GraphStore
from loaders.graphfile import iter_edges, iter_nodes

PROVENANCE = ("docs", "evidence", "span_start", "span_end", "extractor")


def _canonical_edge(props: dict[str, Any]) -> dict[str, Any]:
    """Provenance lists in document order, so two loads that wrote documents in another order compare equal."""
    out = dict(props)
    if props.get("derived_from"):  # a derived edge lists only its documents
        out["docs"] = sorted(props.get("docs") or [])
    elif isinstance(props.get("docs"), list):
        rows = sorted(zip(*(props.get(name) or [] for name in PROVENANCE), strict=True))
        for i, name in enumerate(PROVENANCE):
            out[name] = [row[i] for row in rows]
    return out


def snapshot(store: GraphStore) -> list[str]:
    """Every node and edge with its properties, as sorted JSON lines."""
    lines = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in iter_nodes(store)]
    for row in iter_edges(store):
        row = {**row, "properties": _canonical_edge(row["properties"])}
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return sorted(lines)


def copy_corpus(src: Path, dst: Path) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for path in sorted(src.glob("*.txt")):
        (dst / path.name).write_bytes(path.read_bytes())
    return dst
