"""The answer cache: answers served again only while the store's version is unchanged."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.cache import AnswerCacheMiddleware
from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from kernel.settings import Settings
from loaders.graphfile import import_jsonl
from loaders.write import GraphWriter, Source
from tests.api.test_health_and_lineage import assert_error
from tests.conftest import FIXTURE_GRAPH, REPO

pytestmark = pytest.mark.api

HEADLINE = "/resolutions/204-QĐ/TW/implementations?level=provincial"
TOKEN = "cache-write-token"
SEED = REPO / "examples" / "seeds" / "002_b824c94204f38e22.txt"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(tmp_path / "var", start_timeout=30)
    opened.apply_schema()
    import_jsonl(opened, FIXTURE_GRAPH)
    try:
        yield opened
    finally:
        opened.close()


def _client(store: EmbeddedStore, tmp_path: Path, **settings: Any) -> TestClient:
    return TestClient(create_app(Settings(data_dir=tmp_path / "unused", **settings), store),
                      raise_server_exceptions=False)  # fmt: skip


def test_second_answer_is_a_hit_with_the_same_bytes_and_etag(store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(store, tmp_path) as client:
        first, second = client.get(HEADLINE), client.get(HEADLINE)
        assert (first.status_code, second.status_code) == (200, 200)
        assert (first.headers["x-cache"], second.headers["x-cache"]) == ("miss", "hit")
        assert second.content == first.content
        assert second.headers["etag"] == first.headers["etag"]
        assert second.headers["content-type"] == "application/json"
        assert int(second.headers["content-length"]) == len(second.content)
        # Another query string is another answer.
        assert client.get("/resolutions/204-QĐ/TW/implementations").headers["x-cache"] == "miss"


def test_if_none_match_gives_304_until_the_graph_changes(store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(store, tmp_path) as client:
        etag = client.get(HEADLINE).headers["etag"]
        unchanged = client.get(HEADLINE, headers={"If-None-Match": etag})
        assert unchanged.status_code == 304 and unchanged.content == b""
        assert unchanged.headers["etag"] == etag
        assert client.get(HEADLINE, headers={"If-None-Match": '"other"'}).status_code == 200
        _another_plan(store)
        changed = client.get(HEADLINE, headers={"If-None-Match": etag})
        assert changed.status_code == 200 and changed.headers["etag"] != etag


def _another_plan(store: EmbeddedStore) -> None:
    """What a ``dg load`` in another process does: a write straight to the store."""
    writer = GraphWriter(store)
    writer.add_node(Label.RESOLUTION, "12-KH/TU@ha-tinh:2025", {"kind": "KH", "number": "12", "level": "provincial"})
    where = Source("fixture-ha-tinh", "Kế hoạch 12-KH/TU để cụ thể hóa Quyết định 204-QĐ/TW.", 0, 52, "test")
    writer.add_edge(RelType.IMPLEMENTS, "12-KH/TU@ha-tinh:2025", "204-QĐ/TW", provenance=where)
    writer.flush()


def test_a_write_from_outside_the_app_retires_cached_answers(store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(store, tmp_path) as client:
        before = client.get(HEADLINE).json()
        assert client.get(HEADLINE).headers["x-cache"] == "hit"
        _another_plan(store)
        after = client.get(HEADLINE)
        assert after.headers["x-cache"] == "miss"
        keys = {item["key"] for item in after.json()["items"]}
        assert keys == {item["key"] for item in before["items"]} | {"12-KH/TU@ha-tinh:2025"}


def test_an_ingested_document_is_found_at_once(tmp_path: Path) -> None:
    empty = EmbeddedStore(tmp_path / "var", start_timeout=30)
    empty.apply_schema()
    try:
        with _client(empty, tmp_path, write_token=SecretStr(TOKEN)) as client:
            search = "/search?q=nguyen duc trung"
            assert client.get(search).json()["results"] == []
            assert client.get(search).headers["x-cache"] == "hit"
            posted = client.post("/documents", params={"name": SEED.name}, content=SEED.read_bytes(),
                                 headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
            assert posted.status_code == 201, posted.text
            found = client.get(search)
            assert found.headers["x-cache"] == "miss"
            assert [r["key"] for r in found.json()["results"]][:1] == ["nguyễn-đức-trung@nghe-an"]
    finally:
        empty.close()


def test_errors_are_never_cached(store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(store, tmp_path) as client:
        for _ in range(2):
            response = client.get("/resolutions/999-XX/ZZ")
            assert_error(response, 404, "not_found")
            assert "x-cache" not in response.headers
        for _ in range(2):
            response = client.get("/resolutions?limit=100000")
            assert_error(response, 422, "invalid_input")
            assert "x-cache" not in response.headers


def test_a_cached_answer_still_needs_the_read_token(store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(store, tmp_path, read_token=SecretStr("secret-read-token")) as client:
        auth = {"Authorization": "Bearer secret-read-token"}
        assert client.get(HEADLINE, headers=auth).status_code == 200
        assert client.get(HEADLINE, headers=auth).headers["x-cache"] == "hit"
        assert_error(client.get(HEADLINE), 401, "unauthorized")
        assert_error(client.get(HEADLINE, headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")


def test_cache_off_and_uncached_routes(store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(store, tmp_path, cache_mb=0) as client:
        for _ in range(2):
            response = client.get(HEADLINE)
            assert response.status_code == 200 and "x-cache" not in response.headers
    with _client(store, tmp_path) as client:
        for url in ["/health", "/ready", "/openapi.json"]:
            assert "x-cache" not in client.get(url).headers


class _HoldingStore:
    """The fixture store, counting the lineage walk's queries; the first one waits until :attr:`release_when` holds, so
    that the other requests certainly arrive while the first answer is being computed."""

    def __init__(self, inner: EmbeddedStore) -> None:
        self.inner = inner
        self.backend = inner.backend
        self.steps = 0
        self.release_when: Callable[[], bool] = lambda: True
        self.held_until_released = False

    def read(self, name: str, params: Any = None) -> list[dict[str, Any]]:
        if name.startswith("lineage_down_"):  # the walk's queries (lineage_down_tree, lineage_down_step)
            self.steps += 1
            if self.steps == 1:
                deadline = time.monotonic() + 30
                while not self.release_when() and time.monotonic() < deadline:
                    time.sleep(0.005)
                self.held_until_released = self.release_when()
        return self.inner.read(name, params)

    def write(self, name: str, params: Any = None, **kwargs: Any) -> list[dict[str, Any]]:
        return self.inner.write(name, params, **kwargs)

    def version(self) -> str:
        return self.inner.version()

    def apply_schema(self) -> list[str]:
        return self.inner.apply_schema()

    def ping(self) -> None:
        self.inner.ping()

    def indexes_building(self) -> list[str]:
        return self.inner.indexes_building()

    def close(self) -> None:
        """The fixture closes the real store."""


def _cache_of(app: FastAPI) -> AnswerCacheMiddleware:
    layer: Any = app.middleware_stack
    while not isinstance(layer, AnswerCacheMiddleware):
        layer = layer.app
    return layer


def test_requests_for_an_answer_being_computed_wait_for_it(store: EmbeddedStore, tmp_path: Path) -> None:
    """Eight requests for one lineage: the first computes it, held until the seven others are waiting for it
    (or until a second computation starts, which is the failure this test is for); one walk serves all eight."""
    holding = _HoldingStore(store)
    url = "/resolutions/204-QĐ/TW/lineage?depth=2"
    others = 7
    app = create_app(Settings(data_dir=tmp_path / "unused"), holding)
    with TestClient(app) as client:
        client.get("/health")  # builds the middleware stack
        cache = _cache_of(app)
        holding.release_when = lambda: cache.waiting >= others or holding.steps > 1
        with ThreadPoolExecutor(others + 1) as pool:
            responses = list(pool.map(lambda _: client.get(url), range(others + 1)))
        assert holding.held_until_released, "the other requests neither waited nor computed within 30 s"
        assert {r.status_code for r in responses} == {200}
        assert sorted(r.headers["x-cache"] for r in responses) == ["miss"] + ["shared"] * others
        assert holding.steps <= 2, f"{holding.steps} lineage queries for 8 simultaneous requests of one depth-2 lineage"
        assert len({r.content for r in responses}) == 1
        assert cache.waiting == 0
