"""The store contract: every backend must pass every test here (Neo4j when DG_NEO4J_URI is set)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from graph import changes, lineage, stats
from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from graph.store import GraphStore
from kernel.errors import InvalidInput, NotFound
from kernel.settings import Settings
from loaders.graphfile import export_neo4j_admin, import_jsonl
from loaders.write import GraphWriter, Source
from tests.conftest import FIXTURE_GRAPH, kill_and_wait, refuse_unless_disposable

pytestmark = pytest.mark.contract


def _chain(store: GraphStore, doc: str = "doc-1") -> None:
    writer = GraphWriter(store)
    writer.add_node(Label.RESOLUTION, "57-NQ/TW", {"kind": "NQ", "number": "57", "title": "Nghị quyết 57"})
    writer.add_node(Label.RESOLUTION, "331-KH/TU", {"kind": "KH", "number": "331", "level": "provincial"})
    writer.add_node(Label.PROJECT, "de-an-chuyen-doi-so@nghe-an", {"name": "Đề án chuyển đổi số"})
    writer.add_node(Label.LOCALITY, "xa/khai-son@nghe-an", {"name": "Khai Sơn", "level": "xã"})
    where = Source(doc, "Kế hoạch 331 để cụ thể hóa Nghị quyết 57.", 10, 52, "test")
    writer.add_edge(RelType.IMPLEMENTS, "331-KH/TU", "57-NQ/TW", provenance=where)
    writer.add_edge(RelType.IMPLEMENTS, "de-an-chuyen-doi-so@nghe-an", "331-KH/TU", provenance=where)
    writer.add_edge(RelType.ASSIGNED_TO, "de-an-chuyen-doi-so@nghe-an", "xa/khai-son@nghe-an", provenance=where)
    writer.flush()


def _snapshot(store: GraphStore) -> tuple[object, ...]:
    nodes = store.read("export_nodes", {"skip": 0, "limit": 1000})
    edges = store.read("export_edges", {"skip": 0, "limit": 1000})
    return stats.counts(store), nodes, edges


def test_every_index_serves_once_the_schema_is_applied(store: GraphStore) -> None:
    """``indexes_building`` names the labels whose indexes are not ready (``/ready`` waits for none): after
    ``apply_schema`` and a write, none."""
    _chain(store)
    assert store.indexes_building() == []


def test_upsert_is_idempotent(store: GraphStore) -> None:
    _chain(store)
    first = _snapshot(store)
    _chain(store)
    assert _snapshot(store) == first
    assert stats.counts(store)["nodes"]["Resolution"] == 2
    assert stats.counts(store)["edges"]["IMPLEMENTS"] == 2


def test_version_changes_with_every_write_and_never_repeats(store: GraphStore) -> None:
    before = store.version()
    store.read("counts")
    store.read("node", {"key": "57-NQ/TW"})
    assert store.version() == before, "a read changed the version"
    _chain(store)
    written = store.version()
    assert written != before
    store.write("delete_all")
    emptied = store.version()
    assert emptied not in (before, written), "a version came back after the graph was emptied"


def test_second_document_adds_a_source_not_an_edge(store: GraphStore) -> None:
    _chain(store, "doc-1")
    _chain(store, "doc-2")
    assert stats.counts(store)["edges"]["IMPLEMENTS"] == 2
    rows = store.read("neighbours", {"key": "331-KH/TU", "limit": 10})
    implements = [r for r in rows if r["type"] == "IMPLEMENTS" and r["outgoing"]]
    assert implements[0]["properties"]["docs"] == ["doc-1", "doc-2"]
    assert implements[0]["properties"]["span_start"] == [10, 10]


def test_node_lookup_and_unknown_key(store: GraphStore) -> None:
    _chain(store)
    [row] = store.read("node", {"key": "331-KH/TU"})
    assert row["labels"] == ["Resolution"]
    assert row["properties"]["number"] == "331"
    assert store.read("node", {"key": "no-such-key"}) == []


def test_lineage_down_and_up(store: GraphStore) -> None:
    _chain(store)
    down = lineage.walk(store, "57-NQ/TW", "down", 4)
    assert [(n.key, n.depth) for n in down.nodes] == [
        ("57-NQ/TW", 0),
        ("331-KH/TU", 1),
        ("de-an-chuyen-doi-so@nghe-an", 2),
        ("xa/khai-son@nghe-an", 3),
    ]
    assert {(e.source, e.type, e.target) for e in down.edges} == {
        ("331-KH/TU", "IMPLEMENTS", "57-NQ/TW"),
        ("de-an-chuyen-doi-so@nghe-an", "IMPLEMENTS", "331-KH/TU"),
        ("de-an-chuyen-doi-so@nghe-an", "ASSIGNED_TO", "xa/khai-son@nghe-an"),
    }
    assert lineage.walk(store, "57-NQ/TW", "down", 1).nodes[-1].key == "331-KH/TU"
    up = lineage.walk(store, "xa/khai-son@nghe-an", "up", 4)
    assert [n.key for n in up.nodes] == ["xa/khai-son@nghe-an", "de-an-chuyen-doi-so@nghe-an", "331-KH/TU", "57-NQ/TW"]
    with pytest.raises(NotFound):
        lineage.walk(store, "999-NQ/TW")


def test_values_convert_to_plain_python(store: GraphStore) -> None:
    _chain(store)
    [row] = store.read("path", {"source": "de-an-chuyen-doi-so@nghe-an", "target": "57-NQ/TW"})
    path = row["path"]
    assert [n["properties"]["key"] for n in path["nodes"]] == ["de-an-chuyen-doi-so@nghe-an", "331-KH/TU", "57-NQ/TW"]
    assert all(set(n) == {"labels", "properties"} for n in path["nodes"])
    assert path["nodes"][0]["labels"] == ["Entity", "Project"]
    assert [r["type"] for r in path["relationships"]] == ["IMPLEMENTS", "IMPLEMENTS"]
    assert path["relationships"][0]["properties"]["evidence"] == ["Kế hoạch 331 để cụ thể hóa Nghị quyết 57."]
    rows = store.read("neighbours", {"key": "xa/khai-son@nghe-an", "limit": 5})
    assert rows[0]["outgoing"] is False and isinstance(rows[0]["properties"]["span_end"][0], int)


def test_import_of_the_fixture_graph(store: GraphStore) -> None:
    written = import_jsonl(store, FIXTURE_GRAPH)
    assert written["IMPLEMENTS"] == 2 and written["ASSIGNED_TO"] == 3
    counts = stats.counts(store)
    import_jsonl(store, FIXTURE_GRAPH)
    assert stats.counts(store) == counts


def test_write_query_refused_as_read(store: GraphStore) -> None:
    with pytest.raises(InvalidInput):
        store.read("delete_all")


def test_schema_apply_is_harmless_twice(store: GraphStore) -> None:
    first = store.apply_schema()
    assert store.apply_schema() == first


# -- persistence and recovery: the embedded server is ours to stop and kill ---------------------


def test_restart_persistence(tmp_path: Path) -> None:
    data = tmp_path / "var"
    store = EmbeddedStore(data, start_timeout=30)
    _chain(store)
    before = _snapshot(store)
    store.close()
    assert not (data / "falkordb.pid").exists(), "the last user stops the server"
    again = EmbeddedStore(data, start_timeout=30)
    try:
        assert _snapshot(again) == before
    finally:
        again.close()


def test_recovery_after_the_server_is_killed(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    try:
        _chain(store)
        before = _snapshot(store)
        pid = int((tmp_path / "var" / "falkordb.pid").read_text())
        kill_and_wait(pid)
        with caplog.at_level("WARNING", logger="directive_graph.store"):
            assert _snapshot(store) == before  # the next call restarts the server
        assert "restart" in caplog.text
        assert int((tmp_path / "var" / "falkordb.pid").read_text()) != pid
    finally:
        store.close()


def test_two_users_share_one_server_and_stale_pidfile_is_recovered(tmp_path: Path) -> None:
    data = tmp_path / "var"
    first = EmbeddedStore(data, start_timeout=30)
    second = EmbeddedStore(data, start_timeout=30)
    pid = (data / "falkordb.pid").read_text()
    _chain(first)
    assert stats.counts(second)["nodes"]["Resolution"] == 2
    first.close()
    assert (data / "falkordb.pid").read_text() == pid, "still in use by the second"
    assert second.read("node", {"key": "57-NQ/TW"})
    kill_and_wait(int(pid))  # a killed run leaves a stale pidfile and socket behind
    second._closed = True  # abandon it, as a killed process would
    second.server._unregister()
    third = EmbeddedStore(data, start_timeout=30)
    try:
        assert stats.counts(third)["nodes"]["Resolution"] == 2
    finally:
        third.close()


def test_settings_pick_the_backend(tmp_path: Path) -> None:
    from graph.backends import open_store

    opened = open_store(Settings(backend="embedded", data_dir=tmp_path / "var"))
    try:
        assert opened.backend == "embedded"
    finally:
        opened.close()


TRICKY = ['He said "quote" \\ backslash', "it's", "line\nbreak\ttab", "Hoà Thuỷ Đ ð", 'x" RETURN 1 //', "$key", "🙂"]


def test_strings_survive_as_parameters(store: GraphStore) -> None:
    writer = GraphWriter(store)
    for i, text in enumerate(TRICKY):
        writer.add_node(Label.DOCUMENT, f"doc-{i}", {"title": text})
    writer.flush()
    for i, text in enumerate(TRICKY):
        [row] = store.read("node", {"key": f"doc-{i}"})
        assert row["properties"]["title"] == text
    assert store.read("node", {"key": TRICKY[4]}) == []


def test_strings_survive_a_lineage_walk_and_a_neighbourhood(store: GraphStore) -> None:
    """Quotes, backslashes, tabs and newlines in node properties and in an edge's sentence read back as written
    from every walk query (FalkorDB's toJSON writes them unescaped, FalkorDB/FalkorDB#561: a quote broke or
    forged the JSON rows of the lineage and neighbourhood queries)."""
    writer = GraphWriter(store)
    writer.add_node(Label.RESOLUTION, "57-NQ/TW", {"title": TRICKY[0]})
    plans = {f"plan-{i}": text for i, text in enumerate(TRICKY)}
    for key, text in plans.items():
        writer.add_node(Label.RESOLUTION, key, {"title": text, "kind": "KH"})
        writer.add_edge(RelType.IMPLEMENTS, key, "57-NQ/TW", provenance=Source("doc-1", text, 0, 5, "test"))
    writer.flush()
    for depth in (1, 6):  # the first levels in one query on FalkorDB, then level by level
        down = lineage.walk(store, "57-NQ/TW", "down", depth)
        assert {n.key: n.properties["title"] for n in down.nodes} == {"57-NQ/TW": TRICKY[0], **plans}
        assert {e.source: e.properties["evidence"] for e in down.edges} == {k: [t] for k, t in plans.items()}
    for key, text in plans.items():
        up = lineage.walk(store, key, "up", 1)
        assert [(n.key, n.properties["title"]) for n in up.nodes] == [(key, text), ("57-NQ/TW", TRICKY[0])]
    rows = store.read("neighbourhood_step", {"keys": ["57-NQ/TW"], "limit": 100})
    assert {r["key"]: (r["node"]["title"], r["edge"]["evidence"]) for r in rows} == {
        k: (t, [t]) for k, t in plans.items()
    }
    [centre] = store.read("neighbourhood_first", {"key": "57-NQ/TW", "limit": 100})  # the centre and the same rows
    assert (centre["labels"], centre["properties"]["title"], centre["rows"]) == (["Resolution"], TRICKY[0], rows)
    assert store.read("neighbourhood_first", {"key": "57-NQ/TW", "limit": 3})[0]["rows"] == rows[:3]
    assert [r["key"] for r in store.read("neighbourhood_first", {"key": "plan-0", "limit": 9})[0]["rows"]] == [
        "57-NQ/TW"
    ]
    writer.add_node(Label.RESOLUTION, "lonely", {"title": TRICKY[1]})
    writer.flush()
    [alone] = store.read("neighbourhood_first", {"key": "lonely", "limit": 9})
    assert alone["rows"] == [] and store.read("neighbourhood_first", {"key": "no-such-key", "limit": 9}) == []


def test_nul_matches_nothing_and_is_never_stored(store: GraphStore) -> None:
    assert store.read("node", {"key": "a\x00b"}) == []
    if store.backend == "embedded":
        with pytest.raises(InvalidInput):
            store.write("upsert_nodes", {"rows": [{"key": "a\x00b", "props": {}}]}, label=Label.DOCUMENT)


def test_schema_reapplied_then_crash_replays_cleanly(tmp_path: Path) -> None:
    """Re-applying the schema sends no failing command, so a crash replay never meets one."""
    data = tmp_path / "var"
    store = EmbeddedStore(data, start_timeout=30)
    try:
        store.apply_schema()
        store.apply_schema()
        _chain(store)
        before = _snapshot(store)
        kill_and_wait(int((data / "falkordb.pid").read_text()))
        assert _snapshot(store) == before
        assert "CRITICAL" not in (data / "falkordb.log").read_text()
    finally:
        store.close()


def test_every_user_of_the_embedded_server_sees_one_version(tmp_path: Path) -> None:
    first = EmbeddedStore(tmp_path / "var", start_timeout=30)
    second = EmbeddedStore(tmp_path / "var", start_timeout=30)
    try:
        assert first.version() == second.version()
        _chain(first)
        assert second.version() == first.version()
    finally:
        second.close()
        first.close()


def test_the_neo4j_guard_refuses_a_database_with_data(
    embedded_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The contract fixture wipes its database: it must refuse one that holds data unless it is named as the
    test database (checked here on the embedded store, which answers the same counts query)."""
    monkeypatch.delenv("DG_NEO4J_TEST_DATABASE", raising=False)
    settings = Settings(backend="neo4j", neo4j_uri="bolt://localhost:7687")
    refuse_unless_disposable(embedded_store, settings)  # empty: fine
    import_jsonl(embedded_store, FIXTURE_GRAPH)
    with pytest.raises(pytest.fail.Exception, match="not empty"):
        refuse_unless_disposable(embedded_store, settings)
    monkeypatch.setenv("DG_NEO4J_TEST_DATABASE", "contract-tests")
    refuse_unless_disposable(embedded_store, settings)


def test_a_node_written_again_keeps_the_fullest_names_and_what_was_not_given(store: GraphStore) -> None:
    """The display-name rule of upsert_nodes across batches (each backend runs its own query text)."""

    def write(label: Label, props: dict[str, object]) -> dict[str, Any]:
        store.write("upsert_nodes", {"rows": [{"key": "k-1", "props": props}]}, label=label)
        [row] = store.read("node", {"key": "k-1"})
        return dict(row["properties"]) | {"labels": row["labels"]}

    first = write(Label.ORGANIZATION, {"name": "Đảng bộ tỉnh", "name_norm": "dang bo tinh", "level": "tỉnh"})
    assert first == {"key": "k-1", "name": "Đảng bộ tỉnh", "name_norm": "dang bo tinh", "level": "tỉnh",
                     "labels": ["Organization"]}  # fmt: skip
    fuller = write(Label.ORGANIZATION, {"name": "Đảng bộ tỉnh Hà Tây", "name_norm": "dang bo tinh ha tay"})
    assert (fuller["name"], fuller["name_norm"], fuller["level"]) == (
        "Đảng bộ tỉnh Hà Tây",
        "dang bo tinh ha tay",
        "tỉnh",
    )
    shorter = write(Label.ORGANIZATION, {"name": "Đảng bộ", "name_norm": "dang bo", "issuer": "Tỉnh ủy"})
    assert (shorter["name"], shorter["name_norm"], shorter["issuer"]) == (
        "Đảng bộ tỉnh Hà Tây",
        "dang bo tinh ha tay",
        "Tỉnh ủy",
    )
    titled = write(Label.ORGANIZATION, {"title": "Báo cáo", "name_norm": "bao cao", "issuer": "Ủy ban"})
    assert (titled["title"], titled["name_norm"], titled["issuer"]) == ("Báo cáo", "bao cao", "Tỉnh ủy")
    same_size = write(Label.ORGANIZATION, {"name": "Đảng bộ tỉnh Hà Nam", "name_norm": "dang bo tinh ha nam"})
    assert same_size["name"] == "Đảng bộ tỉnh Hà Nam"  # same length: the smaller string wins
    other_label = write(Label.LOCALITY, {"name_norm": "x"})
    assert sorted(other_label["labels"]) == ["Locality", "Organization"]
    assert other_label["name"] == "Đảng bộ tỉnh Hà Nam" and other_label["name_norm"] == "x"
    assert stats.counts(store)["nodes"]["Organization"] == 1


def test_a_lineage_from_a_document_leaves_its_text_out(store: GraphStore) -> None:
    _chain(store)
    doc = {"key": "doc-9", "props": {"title": "Tin", "published": "2025-01-02", "text": "Toàn văn của bài."}}
    store.write("upsert_nodes", {"rows": [doc]}, label=Label.DOCUMENT)
    writer = GraphWriter(store)
    writer.add_edge(RelType.CITES, "doc-9", "331-KH/TU", provenance=Source("doc-9", "Tin về Kế hoạch 331.", 0, 20, "t"))
    writer.flush()
    up = lineage.walk(store, "doc-9", "up", 2)
    assert up.root.properties == {"key": "doc-9", "title": "Tin", "published": "2025-01-02", "source": None}
    down = lineage.walk(store, "331-KH/TU", "down", 1)
    assert [n.properties for n in down.nodes if n.key == "doc-9"] == [up.root.properties]


def _provenance_history(store: GraphStore) -> list[dict[str, Any]]:
    """Edges after: two documents reading one edge (one of them twice), a derived edge, one document purged."""
    _chain(store, "doc-1")
    _chain(store, "doc-2")
    _chain(store, "doc-1")
    writer = GraphWriter(store)
    writer.add_node(Label.LOCALITY, "tinh/nghe-an", {"name": "Nghệ An", "level": "tỉnh"})
    derived = Source.derived("doc-2", "gazetteer")
    writer.add_edge(RelType.PART_OF, "xa/khai-son@nghe-an", "tinh/nghe-an", provenance=derived)
    read = Source("doc-2", "Kế hoạch 331 dẫn Nghị quyết 57.", 0, 31, "t")
    writer.add_edge(RelType.CITES, "331-KH/TU", "57-NQ/TW", provenance=read)
    writer.flush()
    keys = ["57-NQ/TW", "331-KH/TU", "de-an-chuyen-doi-so@nghe-an", "xa/khai-son@nghe-an", "tinh/nghe-an"]
    store.write("purge_document_edges", {"key": "doc-1", "keys": keys})
    return store.read("export_edges", {"skip": 0, "limit": 1000})


def test_provenance_reads_back_as_one_list_per_field_through_its_history(store: GraphStore) -> None:
    """Two documents read an edge (one of them twice), a derived edge, one document purged: every edge's
    provenance reads back as the parallel lists, one entry per document left (graph/provenance.py)."""
    edges = {(e["source"], e["type"], e["target"]): e["properties"] for e in _provenance_history(store)}
    sentence = "Kế hoạch 331 để cụ thể hóa Nghị quyết 57."
    read = {"docs": ["doc-2"], "evidence": [sentence], "span_start": [10], "span_end": [52], "extractor": ["test"]}
    assert edges == {
        ("331-KH/TU", "IMPLEMENTS", "57-NQ/TW"): {"id": "", **read},
        ("de-an-chuyen-doi-so@nghe-an", "IMPLEMENTS", "331-KH/TU"): {"id": "", **read},
        ("de-an-chuyen-doi-so@nghe-an", "ASSIGNED_TO", "xa/khai-son@nghe-an"): {"id": "", **read},
        ("xa/khai-son@nghe-an", "PART_OF", "tinh/nghe-an"): {"id": "", "derived_from": "gazetteer", "docs": ["doc-2"]},
        ("331-KH/TU", "CITES", "57-NQ/TW"): {
            "id": "", "docs": ["doc-2"], "evidence": ["Kế hoạch 331 dẫn Nghị quyết 57."], "span_start": [0],
            "span_end": [31], "extractor": ["t"],
        },
    }  # fmt: skip


def test_falkordb_stores_an_edges_provenance_in_one_list_and_no_empty_id(tmp_path: Path) -> None:
    """One string per document in `prov` (about 120 bytes an edge against 330 for five lists), and no `id` when
    it is empty (37 bytes an edge; BENCHMARKS.md)."""
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    try:
        _provenance_history(store)
        _chain(store, "doc-3")
        stored = store._graph.ro_query("MATCH (:Entity {key: '331-KH/TU'})-[r:IMPLEMENTS]->() RETURN properties(r)")
        assert stored.result_set == [
            [{"prov": [f"doc-{n}\t10\t52\ttest\tKế hoạch 331 để cụ thể hóa Nghị quyết 57." for n in (2, 3)]}]
        ]
        derived = store._graph.ro_query("MATCH ()-[r:PART_OF]->() RETURN r.prov")
        assert derived.result_set == [[["doc-2"]]]
    finally:
        store.close()


def test_falkordb_walk_in_one_query_is_the_walk_of_the_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first levels of a walk come from one lineage_*_tree query on FalkorDB: the same walk as level by level."""
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    try:
        import_jsonl(store, FIXTURE_GRAPH)
        _chain(store)
        writer = GraphWriter(store)  # a cycle and a second parent: keys seen on an earlier level
        where = Source("doc-3", "Nghị quyết 57 dẫn lại Kế hoạch 331.", 0, 30, "test")
        writer.add_edge(RelType.CITES, "57-NQ/TW", "331-KH/TU", provenance=where)
        writer.add_edge(RelType.IMPLEMENTS, "de-an-chuyen-doi-so@nghe-an", "57-NQ/TW", provenance=where)
        writer.flush()
        keys = [row["key"] for row in store.read("export_nodes", {"skip": 0, "limit": 1000})]
        directions: tuple[lineage.Direction, ...] = ("down", "up")
        walks = {
            (key, direction, depth, cap): lineage.walk(store, key, direction, depth, cap)
            for key in keys
            for direction in directions
            for depth in (0, 1, 2, 3, 4, 6)
            for cap in (2, 3, 5, 5000)
        }
        monkeypatch.setattr(store, "backend", "steps")
        for (key, direction, depth, cap), tree in walks.items():
            assert tree == lineage.walk(store, key, direction, depth, cap), (key, direction, depth, cap)
        assert any(len(tree.nodes) > 3 for tree in walks.values())
    finally:
        store.close()


def test_bulk_first_load_ends_in_the_graph_of_the_batched_upserts(tmp_path: Path) -> None:
    """BulkWriter into an empty store gives the graph GraphWriter gives for the same calls; not into a full one."""
    from bench.synth_graph import generate
    from loaders.write import BulkWriter

    def load(store: EmbeddedStore, writer: GraphWriter) -> tuple[Any, ...]:
        import_jsonl(store, FIXTURE_GRAPH, writer=writer)
        generate(store, scale=0.02, writer=writer)
        writer.add_edge(RelType.CITES, "57-NQ/TW", "no-such-node", provenance=Source("doc-1", "Câu.", 0, 4, "t"))
        writer.add_edge(RelType.PART_OF, "tinh/tinh-00", "xa/x00-h00@tinh-00", provenance=Source.derived("d", "rule:x"))
        writer.add_edge(RelType.CITES, "doc-0-0", "1-NQ/TW:2016")  # no provenance at all
        if isinstance(writer, BulkWriter):
            assert writer.finish()["nodes"] > 1000
        writer.flush()
        nodes = store.read("export_nodes", {"skip": 0, "limit": 100_000})
        edges = store.read("export_edges", {"skip": 0, "limit": 100_000})
        found = store.read("search", {"terms": ["nong", "thon*"], "limit": 5})
        return stats.counts(store), nodes, edges, found

    batched = EmbeddedStore(tmp_path / "var", graph_name="batched", start_timeout=30)
    bulk = EmbeddedStore(tmp_path / "var", graph_name="bulk", start_timeout=30)
    try:
        batched.apply_schema()
        bulk.apply_schema()
        version = bulk.version()
        expected = load(batched, GraphWriter(batched, 500))
        assert load(bulk, BulkWriter(bulk)) == expected
        assert bulk.version() != version
        assert len(expected[3]) == 5 and stats.counts(bulk)["edges"]
        assert bulk._existing_schema() == batched._existing_schema()
        logged = changes.page(bulk, None, 1_000_000).items  # the change log has the load: each thing added once
        nodes, edges = expected[1], expected[2]
        assert [c.op for c in logged] == ["added"] * (len(nodes) + len(edges))
        assert sorted(c.key or "" for c in logged if c.kind == "node") == sorted(n["key"] for n in nodes)
        edge_ids = sorted((e["source"], e["type"], e["target"], e["properties"]["id"]) for e in edges)
        assert sorted((c.source, c.type, c.target, c.id or "") for c in logged if c.kind == "relationship") == edge_ids
        with pytest.raises(InvalidInput):
            BulkWriter(bulk).finish()
    finally:
        batched.close()
        bulk.close()


def test_the_neo4j_admin_export_writes_provenance_as_the_store_keeps_it(store: GraphStore, tmp_path: Path) -> None:
    """neo4j-admin import must end in the graph the upserts give: one `prov` list per edge, not five."""
    _provenance_history(store)
    export_neo4j_admin(store, tmp_path / "out")
    with (tmp_path / "out" / "relationships-cites.csv").open(encoding="utf-8", newline="") as handle:
        header, row = list(csv.reader(handle))
    assert header == [":START_ID", ":END_ID", ":TYPE", "id:string", "prov:string[]"]
    assert row[3:] == ["", "doc-2\t0\t31\tt\tKế hoạch 331 dẫn Nghị quyết 57."]


def test_a_store_an_earlier_version_wrote_is_brought_to_the_stored_shape(tmp_path: Path) -> None:
    """Edges with five provenance lists and change sets with six lists (the shape before graph/provenance.py)
    read the same after apply_schema converts them, and new writes add to them."""
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    try:
        store._run(
            "CREATE (:Entity:Resolution {key: '331-KH/TU'})-[:IMPLEMENTS {id: '', docs: ['doc-1', 'doc-2'],"
            " evidence: ['Câu một.', 'Câu hai.'], span_start: [0, 5], span_end: [8, 13], extractor: ['r', 'r']}]->"
            "(:Entity:Resolution {key: '57-NQ/TW'}),"
            " (:Entity:Locality {key: 'xa/a'})-[:PART_OF {id: '', derived_from: 'gazetteer', docs: ['doc-1']}]->"
            "(:Entity:Locality {key: 'tinh/b'}),"
            " (:ChangeLog {key: 'changes', log: 'abcdef01', last: 2, pruned: 0}),"
            " (:ChangeSet {first: 1, last: 2, at: 't', op: ['added', 'added'], key: ['331-KH/TU', '331-KH/TU'],"
            " label: ['Resolution', 'IMPLEMENTS'], target: ['', '57-NQ/TW'], rid: ['', ''], doc: ['doc-1', 'doc-1']})",
            None,
            read_only=False,
        )
        before = store.read("export_edges", {"skip": 0, "limit": 10})
        store.apply_schema()
        assert store.read("export_edges", {"skip": 0, "limit": 10}) == before
        assert store._graph.ro_query("MATCH ()-[r]->() WHERE r.docs IS NOT NULL RETURN count(r)").result_set == [[0]]
        page = changes.page(store, None, 10)
        assert [(c.op, c.kind, c.key or c.source, c.target, c.doc) for c in page.items] == [
            ("added", "node", "331-KH/TU", None, "doc-1"),
            ("added", "relationship", "331-KH/TU", "57-NQ/TW", "doc-1"),
        ]
        store.write("purge_document_edges", {"key": "doc-1", "keys": ["331-KH/TU", "xa/a"]})
        store.write("purge_empty_edges", {"keys": ["331-KH/TU", "xa/a"], "doc": "doc-1"})
        [edge] = store.read("export_edges", {"skip": 0, "limit": 10})
        assert edge["properties"] == {
            "id": "", "docs": ["doc-2"], "evidence": ["Câu hai."], "span_start": [5], "span_end": [13],
            "extractor": ["r"],
        }  # fmt: skip
        assert store.apply_schema() and store.read("store_format")[0]["version"] == 2
    finally:
        store.close()


def test_parallel_edges_keep_apart_by_id_whether_or_not_one_is_empty(store: GraphStore) -> None:
    """An edge without an id, and one with, between the same two nodes: each written again stays one edge."""
    for _ in range(2):
        writer = GraphWriter(store)
        writer.add_node(Label.OFFICIAL, "nguyen-van-a@nghe-an", {"name": "Nguyễn Văn A"})
        writer.add_node(Label.ORGANIZATION, "tinh-uy@nghe-an", {"name": "Tỉnh ủy Nghệ An"})
        for title in ("", "Bí thư"):
            where = Source("doc-1", f"Ông A {title}.", 0, 9, "holds")
            writer.add_edge(RelType.HOLDS, "nguyen-van-a@nghe-an", "tinh-uy@nghe-an", id=title, provenance=where)
        writer.flush()
    edges = store.read("export_edges", {"skip": 0, "limit": 10})
    assert [(e["properties"]["id"], e["properties"]["evidence"]) for e in edges] == [
        ("", ["Ông A ."]),
        ("Bí thư", ["Ông A Bí thư."]),
    ]
    assert [c.id for c in changes.page(store, None, 100).items if c.kind == "relationship"] == [None, "Bí thư"]
