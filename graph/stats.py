"""Counts of the graph's contents, in the stable order of the model's allowlist."""

from __future__ import annotations

from graph.model import Label, RelType
from graph.store import GraphStore


def counts(store: GraphStore) -> dict[str, dict[str, int]]:
    """``{"nodes": {label: n}, "edges": {type: n}}``; every label and type, zeros included."""
    found = {(row["kind"], row["name"]): int(row["count"]) for row in store.read("counts")}
    return {
        "nodes": {label.value: found.get(("node", label.value), 0) for label in Label},
        "edges": {rel.value: found.get(("edge", rel.value), 0) for rel in RelType},
    }
