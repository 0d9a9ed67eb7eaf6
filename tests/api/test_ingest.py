"""``POST /documents``: ingest through the loader path, with the write token, size limit and error shape."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from tests.api.test_health_and_lineage import assert_error
from tests.api.test_routes import _DeadStore
from tests.conftest import REPO

pytestmark = pytest.mark.api

TOKEN = "ingest-write-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SEED = REPO / "examples" / "seeds" / "002_b824c94204f38e22.txt"


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr(TOKEN), max_body_bytes=200_000)
    try:
        with TestClient(create_app(settings, store), raise_server_exceptions=False) as client:
            yield client
    finally:
        store.close()


def test_ingest_answers_the_headline_question(writer: TestClient) -> None:
    response = writer.post(
        "/documents",
        params={"name": SEED.name},
        content=SEED.read_bytes(),
        headers={**AUTH, "Content-Type": "text/plain"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "loaded" and body["published"] == "2025-06"
    assert body["written"]["IMPLEMENTS"] >= 1
    headline = writer.get("/resolutions/204-QĐ/TW/implementations", params={"level": "provincial"}).json()
    numbered = [item["properties"]["symbol"] for item in headline["items"] if "symbol" in item["properties"]]
    assert numbered == ["331-KH/TU"]  # projects and unnumbered plans (level unknown) are listed too
    assert writer.get(f"/documents/{body['key']}").status_code == 200

    again = writer.post("/documents", params={"name": SEED.name}, content=SEED.read_bytes(), headers=AUTH)
    assert again.status_code == 201 and again.json()["status"] == "unchanged"


def test_a_new_version_of_a_source_replaces_the_old(writer: TestClient) -> None:
    params = {"source": "https://example.org/tin-tuc/1", "published": "2025-05"}
    first = writer.post("/documents", params=params, content="Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành "
                        "Kế hoạch số 12-KH/TU ngày 3/5/2025 để cụ thể hóa Nghị quyết số 57-NQ/TW.".encode(),
                        headers=AUTH)  # fmt: skip
    assert first.status_code == 201 and first.json()["published"] == "2025-05"
    second = writer.post("/documents", params=params, content="Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành "
                         "Kế hoạch số 14-KH/TU ngày 9/5/2025 để cụ thể hóa Nghị quyết số 57-NQ/TW.".encode(),
                         headers=AUTH)  # fmt: skip
    assert second.json()["status"] == "replaced" and second.json()["replaced"] == [first.json()["key"]]
    assert_error(writer.get(f"/documents/{first.json()['key']}"), 404, "not_found")
    assert writer.get("/resolutions/14-KH/TU").status_code == 200
    assert_error(writer.get("/resolutions/12-KH/TU"), 404, "not_found")


def test_ingest_needs_the_write_token(writer: TestClient) -> None:
    assert_error(writer.post("/documents", content=b"x"), 401, "unauthorized")
    assert_error(writer.post("/documents", content=b"x", headers={"Authorization": "Bearer nope"}), 401, "unauthorized")


def test_writes_are_refused_without_a_configured_token(tmp_path: Path) -> None:
    with TestClient(create_app(Settings(data_dir=tmp_path), _DeadStore()), raise_server_exceptions=False) as client:
        assert_error(client.post("/documents", content=b"x", headers=AUTH), 401, "unauthorized")


def test_ingest_bad_input_is_one_clear_error(writer: TestClient) -> None:
    assert_error(writer.post("/documents", content=b"", headers=AUTH), 422, "read_error")
    assert_error(writer.post("/documents", content=b"\x00\x01\x02" * 100, headers=AUTH), 422, "read_error")
    assert_error(writer.post("/documents", content=b"x" * 300_000, headers=AUTH), 413, "payload_too_large")
    assert_error(
        writer.post("/documents", params={"published": "June"}, content=b"text", headers=AUTH), 422, "invalid_input"
    )


def test_ingest_with_the_store_down_is_503(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, write_token=SecretStr(TOKEN))
    with TestClient(create_app(settings, _DeadStore()), raise_server_exceptions=False) as client:
        text = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.".encode()
        assert_error(client.post("/documents", content=text, headers=AUTH), 503, "store_unavailable")


@pytest.mark.parametrize("blank", ["", "   "])
def test_an_empty_write_token_turns_writes_off(tmp_path: Path, blank: str) -> None:
    """DG_WRITE_TOKEN= (as .env.example had it) must close writes, not open them to anyone."""
    settings = Settings(data_dir=tmp_path, write_token=SecretStr(blank))
    with TestClient(create_app(settings, _DeadStore()), raise_server_exceptions=False) as client:
        text = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.".encode()
        for headers in ({}, {"Authorization": "Bearer "}, {"Authorization": f"Bearer {blank}"}, AUTH):
            response = client.post("/documents", content=text, headers=headers)
            assert_error(response, 401, "unauthorized")
            assert "writes are disabled" in response.json()["error"]["message"]
