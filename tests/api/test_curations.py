"""The curation routes: the log, a correction with the write token, an undo that reads the documents again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.client import ApiError, Client
from app.main import create_app
from app.transport import http_protocol
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from loaders.pipeline import Loader
from loaders.read import read_path
from tests.api.conftest import serving
from tests.api.test_health_and_lineage import assert_error
from tests.conftest import REPO
from tests.load.conftest import copy_corpus

pytestmark = pytest.mark.api

TOKEN = "curation-write-token-0123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
KEEP, ABSORB = "ban-thường-vụ-tỉnh-ủy@nghe-an", "ban-thường-vụ-tỉnh-ủy"


@pytest.fixture
def curated(tmp_path: Path) -> Iterator[tuple[TestClient, EmbeddedStore]]:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    assert not Loader(store).load_paths([str(copy_corpus(REPO / "examples" / "seeds", tmp_path / "corpus"))]).failed
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr(TOKEN))
    try:
        with TestClient(create_app(settings, store), raise_server_exceptions=False) as client:
            yield client, store
    finally:
        store.close()


def test_merge_then_undo_through_the_api(curated: tuple[TestClient, EmbeddedStore]) -> None:
    client, store = curated
    assert client.get("/curations").json() == {"items": []}
    merge = {"action": "merge", "source": KEEP, "target": ABSORB, "why": "one body", "author": "tester"}
    assert_error(client.post("/curations", json=merge), 401, "unauthorized")
    assert_error(client.post("/curations", json={**merge, "target": "khong-co"}, headers=AUTH), 404, "not_found")
    assert_error(client.post("/curations", json={**merge, "why": ""}, headers=AUTH), 422, "invalid_input")
    bad_type = {**merge, "action": "drop-edge", "type": "LIKES"}
    assert_error(client.post("/curations", json=bad_type, headers=AUTH), 422, "invalid_input")

    response = client.post("/curations", json=merge, headers=AUTH)
    assert response.status_code == 201, response.text
    entry = response.json()
    assert entry["in_force"] and entry["source"] == KEEP and entry["author"] == "tester"
    assert not store.read("node", {"key": ABSORB})
    assert [e["id"] for e in client.get("/curations").json()["items"]] == [entry["id"]]
    apart = {**merge, "action": "keep-apart", "why": "two bodies"}
    refused = client.post("/curations", json=apart, headers=AUTH)
    assert_error(refused, 422, "invalid_input")
    assert f"one node by merge {entry['id']}" in refused.json()["error"]["message"]

    assert_error(client.post(f"/curations/{entry['id']}/undo", json={"author": "t"}), 401, "unauthorized")
    assert_error(client.post("/curations/00000000/undo", json={"author": "t"}, headers=AUTH), 404, "not_found")
    undone = client.post(f"/curations/{entry['id']}/undo", json={"author": "tester"}, headers=AUTH)
    assert undone.status_code == 200, undone.text
    assert undone.json()["undo"]["undoes"] == entry["id"] and len(undone.json()["documents"]["reloaded"]) == 5
    assert store.read("node", {"key": ABSORB})
    items = client.get("/curations").json()["items"]
    assert [(e["action"], e["in_force"]) for e in items] == [("merge", False), ("undo", False)]
    assert_error(client.post(f"/curations/{entry['id']}/undo", json={"author": "t"}, headers=AUTH), 404, "not_found")
    kept = client.post("/curations", json=apart, headers=AUTH)  # the merge undone, the judgement holds
    assert kept.status_code == 201 and kept.json()["action"] == "keep-apart", kept.text
    assert_error(client.post("/curations", json=merge, headers=AUTH), 422, "invalid_input")
    released = client.post(f"/curations/{kept.json()['id']}/undo", json={"author": "kim"}, headers=AUTH)
    assert released.status_code == 200 and released.json()["documents"]["reloaded"], released.text
    assert client.post("/curations", json=merge, headers=AUTH).status_code == 201  # the judgement undone, it may
    assert not store.read("node", {"key": ABSORB})

    edge = {"action": "add-edge", "source": KEEP, "target": "tỉnh-ủy@nghe-an", "type": "PART_OF", "why": "elected",
            "author": "lan"}  # fmt: skip
    added = client.post("/curations", json=edge, headers=AUTH)
    assert added.status_code == 201, added.text
    links = client.get("/graph/neighbourhood", params={"key": KEEP, "depth": 1}).json()["edges"]
    [part_of] = [e for e in links if e["type"] == "PART_OF" and e["target"] == "tỉnh-ủy@nghe-an"]
    assert part_of["evidence"] == [
        {
            "doc": f"curation:{added.json()['id']}",
            "sentence": "elected",
            "span": [-1, -1],
            "extractor": "curation by lan",
        }
    ]
    rename = {"action": "rename", "source": KEEP, "name": "BTV Tỉnh ủy", "why": "short", "author": "lan"}
    renamed = client.post("/curations", json=rename, headers=AUTH)
    assert renamed.status_code == 201 and renamed.json()["name"] == "BTV Tỉnh ủy"
    assert store.read("node", {"key": KEEP})[0]["properties"]["name"] == "BTV Tỉnh ủy"
    undone = client.post(f"/curations/{added.json()['id']}/undo", json={"author": "lan"}, headers=AUTH)
    assert undone.status_code == 200 and undone.json()["documents"]["reloaded"] == []
    links = client.get("/graph/neighbourhood", params={"key": KEEP, "depth": 1}).json()["edges"]
    assert not [e for e in links if e["type"] == "PART_OF" and e["target"] == "tỉnh-ủy@nghe-an"]


def test_the_log_of_one_key(curated: tuple[TestClient, EmbeddedStore]) -> None:
    """``key=`` keeps the entries naming that node (what the page's details panel shows), and their undos."""
    client, _ = curated
    rename = {"action": "rename", "source": KEEP, "name": "BTV Tỉnh ủy", "why": "short", "author": "lan"}
    renamed = client.post("/curations", json=rename, headers=AUTH).json()
    other = {"action": "rename", "source": "tỉnh-ủy@nghe-an", "name": "Tỉnh ủy", "why": "plain", "author": "an"}
    assert client.post("/curations", json=other, headers=AUTH).status_code == 201
    edge = {"action": "add-edge", "source": KEEP, "target": "tỉnh-ủy@nghe-an", "type": "PART_OF", "why": "elected",
            "author": "lan"}  # fmt: skip
    added = client.post("/curations", json=edge, headers=AUTH).json()
    undone = client.post(f"/curations/{renamed['id']}/undo", json={"author": "lan"}, headers=AUTH).json()["undo"]

    items = client.get("/curations", params={"key": KEEP}).json()["items"]
    expected = [(renamed["id"], False), (added["id"], True), (undone["id"], False)]
    assert [(e["id"], e["in_force"]) for e in items] == expected
    assert [e["action"] for e in client.get("/curations", params={"key": "tỉnh-ủy@nghe-an"}).json()["items"]] == [
        "rename",
        "add-edge",
    ]
    assert client.get("/curations", params={"key": "khong-co"}).json() == {"items": []}
    assert len(client.get("/curations").json()["items"]) == 4


def test_a_body_that_is_not_json(curated: tuple[TestClient, EmbeddedStore]) -> None:
    client, _ = curated
    response = client.post("/curations", content=b"\xff{", headers={**AUTH, "Content-Type": "application/json"})
    assert_error(response, 400, "bad_request")


def test_the_typed_client_curates_and_deletes(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    corpus = copy_corpus(REPO / "examples" / "seeds", tmp_path / "corpus")
    assert not Loader(store).load_paths([str(corpus)]).failed
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr(TOKEN))
    try:
        with serving(create_app(settings, store), http_protocol()) as url, Client(url, token=TOKEN) as api:
            entry = api.add_curation("merge", KEEP, ABSORB, why="one body", author="lan")
            assert entry.in_force and [e.id for e in api.curations().items] == [entry.id]
            assert [e.id for e in api.curations(key=ABSORB).items] == [entry.id]
            assert api.curations(key="tỉnh-ủy@nghe-an").items == []
            undone = api.undo_curation(entry.id, author="lan")
            assert undone.undo.undoes == entry.id and len(undone.documents.reloaded) == 5
            with pytest.raises(ApiError) as missing:
                api.undo_curation(entry.id, author="lan")
            assert missing.value.status == 404
            key = read_path(corpus / "002_b824c94204f38e22.txt").key
            assert api.delete_document(key).unloaded == [key]
    finally:
        store.close()
