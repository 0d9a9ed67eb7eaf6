"""The change log on every backend (Neo4j when DG_NEO4J_URI is set): each write query that changes the graph
records what it added, replaced or removed, numbered in order; bookkeeping writes record nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import changes, queries
from graph.model import Label, RelType
from graph.store import GraphStore
from loaders.pipeline import Loader
from loaders.write import GraphWriter, Source

pytestmark = pytest.mark.contract

#: write queries that change nothing a follower reads (or are the log itself)
BOOKKEEPING = {
    "changes_append",
    "changes_prune",
    "curation_append",
    "delete_all",
    "mark_documents_complete",
    "bump_graph_version",
    "create_fulltext_index",
    "store_format_set",  # the stored shape's mark, and the upgrades to it (what a reader gets is unchanged)
    "upgrade_provenance",
    "upgrade_change_sets",
}


def test_every_write_query_records_its_changes_or_is_bookkeeping() -> None:
    for dialect in ("falkordb", "neo4j"):
        for name in queries.names():
            query = queries.load(name, dialect)
            if query.mode == "write" and name not in BOOKKEEPING:
                assert query.changes, f"{dialect}/{name}: a write query without '// @changes'"
                assert "AS changes" in query.text, f"{dialect}/{name}: returns no changes column"


def _log(store: GraphStore, since: str | None = None) -> list[tuple[object, ...]]:
    page = changes.page(store, since, 10_000)
    return [
        (c.op, c.kind, c.key, c.label, c.doc) if c.kind == "node" else (c.op, c.type, c.source, c.target, c.id, c.doc)
        for c in page.items
    ]


def _write(store: GraphStore, name: str, doc: str = "doc-1") -> None:
    writer = GraphWriter(store)
    writer.add_node(Label.RESOLUTION, "57-NQ/TW", {"kind": "NQ", "title": "Nghị quyết 57"}, doc=doc)
    writer.add_node(Label.RESOLUTION, "331-KH/TU", {"kind": "KH", "title": name}, doc=doc)
    where = Source(doc, "Kế hoạch 331 để cụ thể hóa Nghị quyết 57.", 0, 41, "test")
    writer.add_edge(RelType.IMPLEMENTS, "331-KH/TU", "57-NQ/TW", provenance=where)
    writer.flush()


def test_writes_are_recorded_once_in_order(store: GraphStore) -> None:
    assert changes.current(store) == "0"
    _write(store, "Kế hoạch 331")
    first = changes.current(store)
    assert _log(store) == [
        ("added", "node", "57-NQ/TW", "Resolution", "doc-1"),
        ("added", "node", "331-KH/TU", "Resolution", "doc-1"),
        ("added", "IMPLEMENTS", "331-KH/TU", "57-NQ/TW", None, "doc-1"),
    ]
    assert first.endswith("-3")
    version = store.version()
    _write(store, "Kế hoạch 331")  # the same again: nothing changed, nothing recorded
    assert changes.current(store) == first and store.version() != version
    _write(store, "Kế hoạch số 331-KH/TU")  # a fuller title: that node is replaced
    assert _log(store, first) == [("replaced", "node", "331-KH/TU", "Resolution", "doc-1")]
    mark = changes.current(store)
    _write(store, "Kế hoạch số 331-KH/TU", doc="doc-2")  # a second document's evidence on the edge
    assert _log(store, mark) == [("replaced", "IMPLEMENTS", "331-KH/TU", "57-NQ/TW", None, "doc-2")]
    mark = changes.current(store)
    store.write("purge_document_edges", {"key": "doc-2", "keys": ["331-KH/TU"]})
    store.write("purge_empty_edges", {"keys": ["331-KH/TU"], "doc": "doc-2"})
    store.write("mark_documents_complete", {"keys": ["doc-1"]})  # bookkeeping
    assert _log(store, mark) == [("replaced", "IMPLEMENTS", "331-KH/TU", "57-NQ/TW", None, "doc-2")]
    mark = changes.current(store)
    store.write("purge_document_edges", {"key": "doc-1", "keys": ["331-KH/TU"]})
    store.write("purge_empty_edges", {"keys": ["331-KH/TU"], "doc": "doc-1"})
    store.write("curation_delete_node", {"key": "57-NQ/TW", "doc": "curation:ab12"})
    assert _log(store, mark) == [
        ("removed", "IMPLEMENTS", "331-KH/TU", "57-NQ/TW", None, "doc-1"),
        ("removed", "node", "57-NQ/TW", "Resolution", "curation:ab12"),
    ]


def test_a_load_and_an_unload_balance(store: GraphStore, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Ngày 5/5/2025, Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 12-KH/TU để cụ thể hóa "
        "Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
        encoding="utf-8",
    )
    loader = Loader(store)
    summary = loader.load_paths([str(folder)])
    [key] = summary.loaded
    added = changes.page(store, None, 10_000)
    assert added.items and {c.op for c in added.items} == {"added"} and {c.doc for c in added.items} == {key}
    loader.purge(key)
    removed = changes.page(store, added.current, 10_000)
    assert {c.op for c in removed.items} == {"removed"} and {c.doc for c in removed.items} == {key}
    assert {(c.kind, c.key, c.type, c.source, c.target) for c in removed.items} == {
        (c.kind, c.key, c.type, c.source, c.target) for c in added.items
    }  # everything the document added went with it, once


def test_the_log_keeps_the_last_changes_and_says_when_a_token_is_older(store: GraphStore) -> None:
    from kernel.errors import InvalidInput

    setattr(store, "changes_keep", 3)  # DG_CHANGES_KEEP, as the store was opened with it  # noqa: B010
    _write(store, "Kế hoạch 331")  # changes 1-3, one change set
    first = changes.current(store)
    _write(store, "Kế hoạch số 331")  # change 4: the log now keeps 2..4, so the set 1-3 stays (sets go whole)
    assert changes.page(store, None, 100).items[0].number == 1
    _write(store, "Kế hoạch số 331-KH/TU")  # change 5: keeps 3..5; the set 1-3 still holds change 3
    _write(store, "Kế hoạch số 331-KH/TU của Tỉnh ủy")  # change 6: keeps 4..6; the set 1-3 goes
    log = first.split("-")[0]
    with pytest.raises(changes.ChangesExpired) as expired:
        changes.page(store, None, 100)
    assert expired.value.detail["reason"] == "pruned" and expired.value.detail["oldest"] == f"{log}-3"
    with pytest.raises(changes.ChangesExpired):
        changes.page(store, f"{log}-2", 100)
    assert [c.number for c in changes.page(store, f"{log}-3", 100).items] == [4, 5, 6]
    with pytest.raises(InvalidInput):
        changes.page(store, f"{log}-7", 100)
