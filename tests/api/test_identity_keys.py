"""Keys keep their Vietnamese letters; the folded form of a key still finds the one node it names."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from loaders.graphfile import import_jsonl
from tests.api.test_health_and_lineage import assert_error

pytestmark = pytest.mark.api

#: two people whose names differ by one letter (Hùng, Hưng), and one alone (Trung)
PEOPLE = {"nguyễn-văn-hùng@nghe-an": "Nguyễn Văn Hùng", "nguyễn-văn-hưng@nghe-an": "Nguyễn Văn Hưng",
          "nguyễn-đức-trung@nghe-an": "Nguyễn Đức Trung"}  # fmt: skip


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("keys")
    graph = root / "graph.jsonl"
    graph.write_text(
        "".join(
            json.dumps({"node": "Official", "key": key, "properties": {"name": name}}, ensure_ascii=False) + "\n"
            for key, name in PEOPLE.items()
        ),
        encoding="utf-8",
    )
    store = EmbeddedStore(root / "var", start_timeout=30)
    store.apply_schema()
    import_jsonl(store, graph)
    settings = Settings(data_dir=Path(root / "unused"), write_token=SecretStr("a-write-token-of-some-length"))
    try:
        with TestClient(create_app(settings, store), raise_server_exceptions=False) as test_client:
            yield test_client
    finally:
        store.close()


def test_the_folded_key_finds_the_one_node_it_names(client: TestClient) -> None:
    exact = client.get("/officials/nguyễn-đức-trung@nghe-an")
    folded = client.get("/officials/nguyen-duc-trung@nghe-an")
    assert exact.status_code == folded.status_code == 200, folded.text
    assert folded.json()["key"] == "nguyễn-đức-trung@nghe-an" and folded.json() == exact.json()
    near = client.get("/graph/neighbourhood", params={"key": "nguyen-duc-trung@nghe-an"})
    assert near.status_code == 200 and [n["key"] for n in near.json()["nodes"]] == ["nguyễn-đức-trung@nghe-an"]


def test_a_folded_key_of_two_people_is_ambiguous(client: TestClient) -> None:
    assert client.get("/officials/nguyễn-văn-hùng@nghe-an").json()["properties"]["name"] == "Nguyễn Văn Hùng"
    assert client.get("/officials/nguyễn-văn-hưng@nghe-an").json()["properties"]["name"] == "Nguyễn Văn Hưng"
    assert_error(client.get("/officials/nguyen-van-hung@nghe-an"), 409, "ambiguous")
    assert_error(client.get("/officials/nguyen-van-hang@nghe-an"), 404, "not_found")
