"""``DELETE /documents/{key}``: the write token, 404 for an unknown key, and the document's contributions gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from kernel.locks import writer_lock
from kernel.settings import Settings
from tests.api.test_health_and_lineage import assert_error
from tests.conftest import REPO

pytestmark = pytest.mark.api

TOKEN = "unload-write-token-0123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SEEDS = REPO / "examples" / "seeds"


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr(TOKEN))
    try:
        with TestClient(create_app(settings, store), raise_server_exceptions=False) as client:
            yield client
    finally:
        store.close()


def _post(client: TestClient, name: str) -> str:
    path = SEEDS / name
    response = client.post("/documents", params={"name": name}, content=path.read_bytes(), headers=AUTH)
    assert response.status_code == 201, response.text
    key: str = response.json()["key"]
    return key


def test_delete_a_document(writer: TestClient) -> None:
    other = _post(writer, "000_67a6143e88de3619.txt")
    key = _post(writer, "002_b824c94204f38e22.txt")
    headline = writer.get("/resolutions/204-QĐ/TW/implementations", params={"level": "provincial"})
    assert "331-KH/TU" in [item["properties"].get("symbol") for item in headline.json()["items"]]

    assert_error(writer.delete(f"/documents/{key}"), 401, "unauthorized")
    assert_error(writer.delete(f"/documents/{key}", headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
    assert_error(writer.delete("/documents/0000000000000000", headers=AUTH), 404, "not_found")

    response = writer.delete(f"/documents/{key}", headers=AUTH)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["unloaded"] == [key]
    # the other document was uploaded, not read from a file: it is loaded again from its stored text
    assert body["reloaded"] == [other] and body["kept"] == [] and body["failed"] == []

    assert_error(writer.get(f"/documents/{key}"), 404, "not_found")
    assert_error(writer.get("/resolutions/204-QĐ/TW/implementations"), 404, "not_found")
    assert writer.get(f"/documents/{other}").status_code == 200
    assert_error(writer.delete(f"/documents/{key}", headers=AUTH), 404, "not_found")


def test_a_wrong_method_lists_every_allowed_one(writer: TestClient) -> None:
    response = writer.request("OPTIONS", "/documents/0000000000000000")
    assert_error(response, 405, "method_not_allowed")
    assert sorted(m.strip() for m in response.headers["allow"].split(",")) == ["DELETE", "GET"]


def test_one_writer_at_a_time(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr(TOKEN), answer_timeout_s=0.5)
    try:
        with TestClient(create_app(settings, store), raise_server_exceptions=False) as client:
            key = _post(client, "002_b824c94204f38e22.txt")
            with writer_lock(tmp_path / "var"):  # a dg load in another process
                assert_error(client.delete(f"/documents/{key}", headers=AUTH), 409, "writer_busy")
                busy = client.post("/curations", json={"action": "rename", "source": "204-QĐ/TW:2024",
                                   "name": "QĐ 204", "why": "short", "author": "t"}, headers=AUTH)  # fmt: skip
                assert_error(busy, 409, "writer_busy")
            assert client.delete(f"/documents/{key}", headers=AUTH).status_code == 200
    finally:
        store.close()
