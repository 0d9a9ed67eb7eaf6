"""Health, readiness and the lineage route, with the one error shape on every failure."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from app.evidence import edge_out
from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore
from tests.conftest import empty_store, kill_and_wait

pytestmark = pytest.mark.api


def assert_error(response: object, status: int, code: str) -> None:
    from httpx import Response

    assert isinstance(response, Response)
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert "Traceback" not in response.text


def test_health(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"


def test_ready(client: TestClient, api_store: GraphStore) -> None:
    assert client.get("/ready").json() == {"status": "ready", "backend": api_store.backend}


def test_not_ready_while_the_store_builds_its_indexes(
    client: TestClient, api_store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a restart FalkorDB rebuilds a loaded graph's indexes in the background (minutes at 1M nodes): until then
    search finds nothing and a key lookup scans, so a load balancer must not send traffic yet."""
    monkeypatch.setattr(api_store, "indexes_building", lambda: ["Entity", "Locality"])
    response = client.get("/ready")
    assert_error(response, 503, "store_unavailable")
    assert "Entity" in response.json()["error"]["message"]
    monkeypatch.setattr(api_store, "indexes_building", lambda: [])
    assert client.get("/ready").status_code == 200


def test_lineage_down_from_the_central_decision(client: TestClient) -> None:
    response = client.get("/resolutions/204-QĐ/TW/lineage", params={"direction": "down", "depth": 3})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["root"] == "204-QĐ/TW"
    keys = {n["key"]: n["depth"] for n in body["nodes"]}
    assert keys["331-KH/TU"] == 1
    [implements] = [e for e in body["edges"] if e["type"] == "IMPLEMENTS"]
    assert implements["source"] == "331-KH/TU" and implements["target"] == "204-QĐ/TW"
    assert "cụ thể hoá Quyết định số 204-QĐ/TW" in implements["evidence"][0]["sentence"]
    assert implements["evidence"][0]["doc"] == "fixture-002"


def test_lineage_key_may_be_percent_encoded(client: TestClient) -> None:
    plain = client.get("/resolutions/204-QĐ/TW/lineage").json()
    encoded = client.get("/resolutions/" + quote("204-QĐ/TW", safe="") + "/lineage").json()
    assert encoded == plain


def test_lineage_up_from_a_provincial_plan(client: TestClient) -> None:
    body = client.get("/resolutions/331-KH/TU/lineage", params={"direction": "up"}).json()
    assert [n["key"] for n in body["nodes"]] == ["331-KH/TU", "204-QĐ/TW"]


def test_lineage_errors_share_one_shape(client: TestClient) -> None:
    assert_error(client.get("/resolutions/999-NQ/TW/lineage"), 404, "not_found")
    assert_error(client.get("/resolutions/204-QĐ/TW/lineage", params={"depth": 0}), 422, "invalid_input")
    assert_error(client.get("/resolutions/204-QĐ/TW/lineage", params={"depth": 99}), 422, "invalid_input")
    at_cap = client.get("/resolutions/204-QĐ/TW/lineage", params={"depth": 8})
    assert at_cap.json()["depth"] == 8, "DG_MAX_LINEAGE_DEPTH is the deepest walk"
    over = client.get("/resolutions/204-QĐ/TW/lineage", params={"depth": 9})
    assert_error(over, 422, "invalid_input")  # the OpenAPI document's maximum is the server's cap
    assert over.json()["error"]["detail"] == {"depth": 9, "maximum": 8}
    assert_error(client.get("/resolutions/204-QĐ/TW/lineage", params={"direction": "sideways"}), 422, "invalid_input")
    assert_error(client.get("/no/such/route"), 404, "not_found")


def test_request_after_the_store_process_is_killed(client: TestClient, api_store: GraphStore) -> None:
    if not isinstance(api_store, EmbeddedStore):
        pytest.skip("the embedded store's own process; a Neo4j server is not ours to kill")
    pid = int(api_store.server.pidfile.read_text())
    kill_and_wait(pid)
    response = client.get("/resolutions/204-QĐ/TW/lineage")
    assert response.status_code == 200
    assert any(n["key"] == "331-KH/TU" for n in response.json()["nodes"])
    assert int(api_store.server.pidfile.read_text()) != pid


def test_lineage_answer_is_the_json_of_its_models(client: TestClient, api_store: EmbeddedStore) -> None:
    """The route writes its JSON from plain values: byte for byte what LineageOut would render."""
    from app.evidence import edge_out
    from app.schemas import LineageNodeOut, LineageOut
    from graph import lineage

    keys = [row["key"] for row in api_store.read("export_nodes", {"skip": 0, "limit": 1000})]
    compared = 0
    for key in keys:
        for direction in ("down", "up"):
            tree = lineage.walk(api_store, key, direction, 3)
            if not tree.edges:
                continue
            models = LineageOut(
                root=tree.root.key,
                direction=direction,
                depth=3,
                nodes=[
                    LineageNodeOut(key=n.key, labels=n.labels, properties=n.properties, depth=n.depth)
                    for n in tree.nodes
                ],
                edges=[edge_out(e.source, e.target, e.type, e.properties) for e in tree.edges],
            )
            response = client.get(
                f"/resolutions/{quote(key, safe='')}/lineage", params={"direction": direction, "depth": 3}
            )
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "application/json"
            assert response.content == models.model_dump_json().encode(), (key, direction)
            compared += 1
    assert compared > 5


def test_lineage_numbers_are_written_as_the_models_write_them(tmp_path: Path) -> None:
    """A float property of a node (a graph file may carry any) reads as the models' JSON writes it: json.dumps wrote
    ``1e-05`` where pydantic writes ``0.00001``."""
    from app.main import create_app
    from app.schemas import LineageNodeOut, LineageOut
    from graph import lineage
    from graph.model import Label, RelType
    from kernel.settings import Settings
    from loaders.write import GraphWriter, Source

    with empty_store("embedded", tmp_path / "var") as store:
        writer = GraphWriter(store)
        writer.add_node(Label.RESOLUTION, "57-NQ/TW", {"kind": "NQ", "share": 1e-05, "weight": 2.5})
        writer.add_node(Label.RESOLUTION, "331-KH/TU", {"kind": "KH", "share": 1e-07, "count": 3, "done": True})
        writer.add_edge(RelType.IMPLEMENTS, "331-KH/TU", "57-NQ/TW", provenance=Source("doc-1", "Câu.", 0, 4, "test"))
        writer.flush()
        tree = lineage.walk(store, "57-NQ/TW", "down", 3)
        models = LineageOut(
            root="57-NQ/TW",
            direction="down",
            depth=3,
            nodes=[
                LineageNodeOut(key=n.key, labels=n.labels, properties=n.properties, depth=n.depth) for n in tree.nodes
            ],
            edges=[edge_out(e.source, e.target, e.type, e.properties) for e in tree.edges],
        )
        with TestClient(create_app(Settings(data_dir=tmp_path / "unused", cache_mb=0), store)) as client:
            response = client.get("/resolutions/57-NQ%2FTW/lineage", params={"depth": 3})
        assert response.status_code == 200, response.text
        assert response.json()["nodes"][0]["properties"]["share"] == 1e-05
        assert response.content == models.model_dump_json().encode()


@pytest.mark.parametrize(
    "props",
    [
        {"id": "", "docs": ["d1"], "evidence": ["Câu."], "span_start": [3], "span_end": [9], "extractor": ["r"]},
        {
            "id": "chủ tịch",
            "docs": ["d1"],
            "evidence": ["Câu."],
            "span_start": [None],
            "span_end": [None],
            "extractor": [""],
        },
        {
            "id": "",
            "role": "x",
            "docs": ["d1"],
            "evidence": ["Câu."],
            "span_start": [0],
            "span_end": [4],
            "extractor": ["r"],
        },
        {
            "id": "",
            "docs": ["d1", "d2"],
            "evidence": ["A.", "B."],
            "span_start": [1, 2],
            "span_end": [3, 4],
            "extractor": ["r", "s"],
        },
        {"id": "", "derived_from": "gazetteer", "docs": ["d1"]},
        {"id": "", "docs": ["d1"], "evidence": [], "span_start": [], "span_end": [], "extractor": []},
    ],
)
def test_an_edge_row_is_the_json_of_its_model(props: dict[str, object]) -> None:
    """The plain values of an edge (one source alone taken a shorter way) are what its model writes."""
    import orjson

    from app.evidence import edge_row

    model = edge_out("a", "b", "IMPLEMENTS", props)
    assert orjson.dumps(edge_row("a", "b", "IMPLEMENTS", props)) == model.model_dump_json().encode()


def test_the_young_collections_are_rarer_while_serving(api_store: GraphStore, tmp_path: Path) -> None:
    """A computed answer allocates thousands of containers, none in a cycle: the app raises the young threshold
    while it serves, and gives the process its own back when it stops."""
    import gc

    from app.main import GC_YOUNG, create_app
    from kernel.settings import Settings

    outer = gc.get_threshold()  # another app of this module may be serving (its own threshold, given back after)
    gc.set_threshold(700, 10, 10)
    try:
        with TestClient(create_app(Settings(data_dir=tmp_path, cache_mb=0), api_store)) as client:
            assert gc.get_threshold() == (GC_YOUNG, 10, 10)
            assert client.get("/resolutions/204-QĐ/TW/lineage").status_code == 200
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*outer)


def test_what_lives_as_long_as_the_app_is_kept_out_of_full_collections(api_store: GraphStore, tmp_path: Path) -> None:
    """Every full pass of the cyclic collector walked the whole app again (modules, routes, models) under the lists
    a computed answer allocates: a 180-node lineage spent more there than in the rest of its answer."""
    import gc

    from app.main import create_app
    from kernel.settings import Settings

    gc.unfreeze()
    with TestClient(create_app(Settings(data_dir=tmp_path, cache_mb=0), api_store)) as client:
        assert gc.get_freeze_count() > 10_000
        assert client.get("/resolutions/204-QĐ/TW/lineage").status_code == 200
    assert gc.get_freeze_count() == 0
