"""No reader can stall the API (issue 12.6): junk parameters, heavy answers, many heavy readers at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from graph.store import Row
from kernel.settings import Settings
from tests.api.test_health_and_lineage import assert_error

pytestmark = pytest.mark.api

HEADLINE = "/resolutions/204-QĐ/TW/implementations"
LINEAGE = "/resolutions/204-QĐ/TW/lineage"
WAIT = 30.0  # the longest any condition below is waited for; a passing run never waits this long


class GatedStore:
    """The test store, whose reads (once ``closed``) wait at a gate the test opens: heavy readers in flight."""

    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store
        self.backend = store.backend
        self.gate = threading.Event()
        self.closed = False
        self._count = threading.Condition()
        self.inside = self.most_inside = 0

    def read(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        if self.closed:
            with self._count:
                self.inside += 1
                self.most_inside = max(self.most_inside, self.inside)
                self._count.notify_all()
            try:
                self.gate.wait(WAIT)
            finally:
                with self._count:
                    self.inside -= 1
        return self._store.read(name, params)

    def wait_inside(self, count: int) -> bool:
        with self._count:
            return self._count.wait_for(lambda: self.inside >= count, WAIT)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _client(store: Any, tmp_path: Path, **settings: Any) -> TestClient:
    return TestClient(create_app(Settings(data_dir=tmp_path / "unused", **settings), store),
                      raise_server_exceptions=False)  # fmt: skip


@pytest.fixture
def gated(api_store: EmbeddedStore) -> Iterator[GatedStore]:
    store = GatedStore(api_store)
    yield store
    store.gate.set()


def test_unknown_query_parameters_are_refused(client: TestClient) -> None:
    response = client.get(HEADLINE, params={"level": "provincial", "_": "123"})
    assert_error(response, 422, "invalid_input")
    assert response.json()["error"]["detail"]["unknown"] == ["_"]
    assert "level" in response.json()["error"]["detail"]["allowed"]
    assert_error(client.get("/health?x=1"), 422, "invalid_input")


def test_the_cache_key_is_the_validated_parameters(api_store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(api_store, tmp_path) as client:
        first = client.get(HEADLINE, params={"level": "provincial"})
        assert first.headers["x-cache"] == "miss"
        for same in ("?level=provincial&depth=1", "?depth=01&level=provincial", "?depth=1&level=provincial"):
            again = client.get(HEADLINE + same)
            assert again.status_code == 200
            assert again.headers["x-cache"] == "hit", same  # not a new entry: same validated parameters
            assert again.content == first.content


def test_health_answers_while_heavy_readers_fill_every_thread(gated: GatedStore, tmp_path: Path) -> None:
    readers = 48  # more than the 40 threads of the default pool
    with _client(gated, tmp_path, compute_workers=4) as client, ThreadPoolExecutor(readers + 1) as pool:
        gated.closed = True
        pending = [pool.submit(client.get, f"/resolutions/{n}-NQ/TW/lineage") for n in range(readers)]
        assert gated.wait_inside(4), "heavy readers did not start"
        health = pool.submit(client.get, "/health")
        assert health.result(timeout=WAIT).status_code == 200  # while every heavy reader still waits
        assert not any(p.done() for p in pending)
        assert gated.most_inside == 4, "at most compute_workers answers are computed at once"
        gated.gate.set()
        assert {p.result(timeout=WAIT).status_code for p in pending} == {404}


def test_an_answer_over_its_time_budget_is_a_clear_error(gated: GatedStore, tmp_path: Path) -> None:
    with _client(gated, tmp_path, answer_timeout_s=0.2) as client:
        gated.closed = True
        response = client.get(LINEAGE)  # its reads wait at the closed gate, far past the budget
        assert_error(response, 503, "answer_timeout")
        assert "DG_ANSWER_TIMEOUT_S" in response.json()["error"]["message"]
        gated.closed = False
        gated.gate.set()


def test_an_answer_over_its_size_budget_is_a_clear_error(api_store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(api_store, tmp_path, max_answer_mb=0.001) as client:
        response = client.get(LINEAGE, params={"depth": 8})
        assert_error(response, 413, "answer_too_large")
        assert "depth" in response.json()["error"]["message"]
        assert client.get("/resolutions/no-such/lineage").status_code == 404  # small answers are untouched


def test_unknown_query_parameters_are_refused_with_the_cache_off(api_store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(api_store, tmp_path, cache_mb=0) as client:
        response = client.get(HEADLINE, params={"level": "provincial", "_": "123"})
        assert_error(response, 422, "invalid_input")
        assert response.json()["error"]["detail"]["unknown"] == ["_"]
        assert client.get(HEADLINE, params={"level": "provincial"}).status_code == 200


def test_the_guard_finds_the_route_the_app_matches(api_store: EmbeddedStore, tmp_path: Path) -> None:
    """The guard looks a path's route up among those its first segment can match: for a path of every route (and
    paths no route has), the route a scan of every route finds, in the app's order."""
    from fastapi.routing import APIRoute
    from starlette.routing import Match

    from app.query_guard import QueryGuard

    with _client(api_store, tmp_path) as client:
        app: Any = client.app
        routes = [r for r in app.routes if isinstance(r, APIRoute)]
        for included in app.routes:
            routes += [r for r in getattr(getattr(included, "original_router", None), "routes", [])]
        assert len(routes) > 20
        guard = QueryGuard(app, routes)
        paths = {r.path.replace("{key:path}", "204-QĐ/TW").replace("{key}", "x").replace("{", "").replace("}", "")
                 for r in routes}  # fmt: skip
        paths |= {"/", "/nowhere", "/resolutions", "/resolutions/", "/search/x", "/graph", "/static/x.js"}
        for path in sorted(paths):
            for method in ("GET", "POST"):
                scope = {"type": "http", "method": method, "path": path, "root_path": "", "query_string": b""}
                full = next((r for r in routes if r.matches(scope)[0] == Match.FULL), None)
                assert guard._route(scope) is full, (method, path)
