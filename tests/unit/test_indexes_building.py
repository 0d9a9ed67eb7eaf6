"""After a restart FalkorDB rebuilds a graph's indexes in the background: until they are done a key lookup scans and
full-text search finds nothing (seen at 1M nodes: minutes). The store says which are still being built, so that a
benchmark measures the graph as it serves, not one whose indexes are half there."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from graph.backends.embedded import EmbeddedStore


def test_the_indexes_being_built_are_named(monkeypatch: Any) -> None:
    """The server's index list holds every index with its status; only those not OPERATIONAL are named."""
    listed = [
        {"label": "Entity", "status": "[Indexing] 5726/1008676: UNDER CONSTRUCTION"},
        {"label": "Resolution", "status": "OPERATIONAL"},
        {"label": "Locality", "status": "[Indexing] 0/495243: UNDER CONSTRUCTION"},
    ]
    sent: list[str] = []

    def run(text: str, params: Any, *, read_only: bool) -> list[dict[str, str]]:
        sent.append(text)
        assert read_only and "db.indexes()" in text and "<> 'OPERATIONAL'" in text
        return [{"label": row["label"]} for row in listed if row["status"] != "OPERATIONAL"]

    store = EmbeddedStore.__new__(EmbeddedStore)
    monkeypatch.setattr(store, "_run", run, raising=False)
    assert store.indexes_building() == ["Entity", "Locality"]
    assert len(sent) == 1


def test_a_store_just_made_has_its_indexes_ready(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "var")
    try:
        store.apply_schema()
        assert store.indexes_building() == []
    finally:
        store.close()
