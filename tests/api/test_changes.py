"""``GET /changes``: what every write path added, replaced or removed, in order, paged, with its cause;
bad, future, emptied and pruned tokens; never cached; the typed client following the pages. On each
backend (Neo4j when DG_NEO4J_URI is set)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.client import ApiError, AsyncClient, Client
from app.main import create_app
from app.transport import http_protocol
from graph import changes
from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore
from kernel.settings import Settings
from loaders.graphfile import import_jsonl
from tests.api.conftest import serving
from tests.api.test_health_and_lineage import assert_error
from tests.conftest import BACKENDS, FIXTURE_GRAPH, empty_store

pytestmark = pytest.mark.api

TOKEN = "changes-write-token-0123"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# Sentences of our own, in the shape of a provincial report.
PLAN = (
    "Ngày 5/5/2025, Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 12-KH/TU để cụ thể hóa "
    "Nghị quyết số 57-NQ/TW của Bộ Chính trị."
)
PLAN_V2 = PLAN + " Ngày 9/5/2025, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 88-KH/UBND thực hiện Kế hoạch số 12-KH/TU."
OTHER = (
    "Ngày 7/6/2025, Ban Thường vụ Tỉnh ủy Quảng Bình ban hành Kế hoạch số 31-KH/TU triển khai "
    "Nghị quyết số 57-NQ/TW của Bộ Chính trị."
)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[GraphStore]:
    with empty_store(request.param, tmp_path / "var", suite="API") as store:
        yield store


@pytest.fixture
def api(backend: GraphStore, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "data", write_token=SecretStr(TOKEN))
    with TestClient(create_app(settings, backend), raise_server_exceptions=False) as client:
        yield client


def _ingest(api: TestClient, text: str, source: str) -> dict[str, Any]:
    response = api.post("/documents", params={"source": source}, content=text.encode(), headers=AUTH)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def _changes(api: TestClient, since: str | None = None, limit: int = 5000) -> dict[str, Any]:
    params: dict[str, Any] = {"limit": limit} | ({"since": since} if since is not None else {})
    response = api.get("/changes", params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _what(items: list[dict[str, Any]]) -> set[tuple[str, ...]]:
    """(op, 'node', key) and (op, type, source, target) of each change."""
    return {
        (c["op"], "node", c["key"]) if c["kind"] == "node" else (c["op"], c["type"], c["source"], c["target"])
        for c in items
    }


def _last(items: list[dict[str, Any]]) -> dict[tuple[str, ...], str]:
    """The last op recorded about each thing (what a follower ends with)."""
    return {
        (("node", c["key"]) if c["kind"] == "node" else (c["type"], c["source"], c["target"])): c["op"] for c in items
    }


def _numbers(items: list[dict[str, Any]]) -> list[int]:
    return [int(c["version"].rsplit("-", 1)[1]) for c in items]


def test_an_empty_graph_has_no_changes_and_a_load_adds(api: TestClient) -> None:
    assert _changes(api) == {"since": "0", "next": "0", "current": "0", "has_more": False, "items": []}
    doc = _ingest(api, PLAN, "api:plan")
    body = _changes(api)
    assert body["since"].endswith("-0") and body["next"] == body["current"] and not body["has_more"]
    items = body["items"]
    assert _numbers(items) == list(range(1, len(items) + 1))  # numbered in order, none missing
    assert {c["op"] for c in items} == {"added"} and {c["doc"] for c in items} == {doc["key"]}
    what = _what(items)
    assert ("added", "node", doc["key"]) in what
    plan = next(c for c in items if c["kind"] == "node" and c["key"].startswith("12-KH/TU"))
    assert plan["label"] == "Resolution" and "type" not in plan  # no nulls in the answer
    implements = [c for c in items if c.get("type") == "IMPLEMENTS"]
    assert implements and implements[0]["source"] == plan["key"] and implements[0]["target"].startswith("57-NQ/TW")
    assert all(c["at"] for c in items)
    # the same document again changes nothing
    assert _ingest(api, PLAN, "api:plan")["status"] == "unchanged"
    assert _changes(api, since=body["current"])["items"] == []


def test_a_changed_document_replaces_and_removes_and_an_unload_removes(api: TestClient) -> None:
    other = _ingest(api, OTHER, "api:other")
    old = _ingest(api, PLAN, "api:plan")
    mark = _changes(api)["current"]
    new = _ingest(api, PLAN_V2, "api:plan")
    assert new["status"] == "replaced" and new["replaced"] == [old["key"]]
    items = _changes(api, since=mark)["items"]
    what = _what(items)
    assert ("removed", "node", old["key"]) in what and ("added", "node", new["key"]) in what
    assert any(c[0] == "added" and c[1] == "node" and c[2].startswith("88-KH/UBND") for c in what)  # only in v2
    # 57-NQ/TW stays (the other document names it too): its node is never removed
    assert not any(c["kind"] == "node" and c["key"].startswith("57-NQ/TW") and c["op"] == "removed" for c in items)
    assert {c["doc"] for c in items} == {old["key"], new["key"]}
    removals = [c for c in items if c["op"] == "removed"]
    assert removals and {c["doc"] for c in removals} == {old["key"]}
    assert max(_numbers(removals)) < min(_numbers([c for c in items if c["doc"] == new["key"]]))  # old out, new in

    mark = _changes(api)["current"]
    assert api.delete(f"/documents/{new['key']}", headers=AUTH).status_code == 200
    gone = _changes(api, since=mark)["items"]
    assert ("removed", "node", new["key"]) in _what(gone)
    assert any(c[0] == "removed" and c[1] == "node" and c[2].startswith("88-KH/UBND") for c in _what(gone))
    # a document sharing an entity with it is loaded again from its stored text (loaders/unload.py): out, then in
    assert {c["doc"] for c in gone} == {new["key"], other["key"]}
    assert _last(gone)[("node", new["key"])] == "removed" and _last(gone)[("node", other["key"])] == "added"
    assert api.get(f"/documents/{other['key']}").status_code == 200


def test_a_correction_shows_with_its_id(api: TestClient) -> None:
    _ingest(api, PLAN, "api:plan")
    plan = next(c["key"] for c in _changes(api)["items"] if c["kind"] == "node" and c["key"].startswith("12-KH/TU"))
    mark = _changes(api)["current"]
    body = {"action": "rename", "source": plan, "name": "Kế hoạch chuyển đổi số", "why": "its title", "author": "t"}
    entry = api.post("/curations", json=body, headers=AUTH).json()
    items = _changes(api, since=mark)["items"]
    assert [(c["op"], c["key"], c["doc"]) for c in items] == [("replaced", plan, f"curation:{entry['id']}")]


def test_pages_follow_each_other_and_tokens_are_checked(api: TestClient, backend: GraphStore) -> None:
    _ingest(api, PLAN, "api:plan")
    _ingest(api, OTHER, "api:other")
    everything = _changes(api)
    pages, since = [], None
    while True:
        page = _changes(api, since=since, limit=3)
        assert len(page["items"]) <= 3 and page["current"] == everything["current"]
        pages.extend(page["items"])
        if not page["has_more"]:
            break
        since = page["next"]
    assert pages == everything["items"] and len(pages) > 6
    assert _changes(api, since=pages[4]["version"])["items"] == everything["items"][5:]  # an item's token resumes

    log = everything["current"].split("-")[0]
    for garbled in ("abc", "-1", f"{log}-x", f"{log}-01", "1.5", " 0"):
        assert_error(api.get("/changes", params={"since": garbled}), 422, "invalid_input")
    ahead = api.get("/changes", params={"since": f"{log}-{len(pages) + 1}"})
    assert_error(ahead, 422, "invalid_input")
    assert ahead.json()["error"]["detail"]["current"] == everything["current"]
    other_log = "0" * 8 if log != "0" * 8 else "1" * 8
    emptied = api.get("/changes", params={"since": f"{other_log}-3"})
    assert_error(emptied, 410, "changes_expired")
    assert emptied.json()["error"]["detail"]["reason"] == "reset"
    assert_error(api.get("/changes", params={"limit": 0}), 422, "invalid_input")

    kept = 2  # keep the last change set only (the pruning is by whole sets)
    floor = changes.prune(backend, keep=kept)
    assert 0 < floor <= len(pages) - kept
    for stale in (None, "0", pages[0]["version"]):
        pruned = api.get("/changes", params={} if stale is None else {"since": stale})
        assert_error(pruned, 410, "changes_expired")
        detail = pruned.json()["error"]["detail"]
        assert detail["reason"] == "pruned" and detail["current"] == everything["current"]
        assert detail["oldest"] == f"{log}-{floor}"
    assert _changes(api, since=f"{log}-{floor}")["items"] == everything["items"][floor:]


def test_never_stale_and_needs_the_read_token(api: TestClient, backend: GraphStore, tmp_path: Path) -> None:
    first = api.get("/changes")
    assert first.status_code == 200 and "x-cache" not in first.headers and "etag" not in first.headers
    api.get("/resolutions")  # a cached route, computed for this version
    _ingest(api, PLAN, "api:plan")
    assert _changes(api)["items"]  # the write shows at once
    assert api.head("/changes").status_code == 200

    settings = Settings(data_dir=tmp_path / "locked", read_token=SecretStr("changes-read-token-0123"))
    with TestClient(create_app(settings, backend), raise_server_exceptions=False) as locked:
        assert_error(locked.get("/changes"), 401, "unauthorized")
        ok = locked.get("/changes", headers={"Authorization": "Bearer changes-read-token-0123"})
        assert ok.status_code == 200 and ok.json()["items"]


def test_the_log_survives_a_restart_and_records_an_import(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    import_jsonl(store, FIXTURE_GRAPH)
    page = changes.page(store, None, 10_000)
    assert page.items and {c.doc for c in page.items} == {"import:fixture-graph.jsonl"}
    assert {c.op for c in page.items} == {"added"}
    store.close()  # the last user: the server stops
    again = EmbeddedStore(tmp_path / "var", start_timeout=30)
    try:
        assert changes.current(again) == page.current
        assert changes.page(again, None, 10_000).items == page.items
    finally:
        again.close()


def test_the_client_follows_the_pages_sync_and_async(backend: GraphStore, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", write_token=SecretStr(TOKEN))
    with serving(create_app(settings, backend), http_protocol()) as url, Client(url, token=TOKEN) as api:
        api.ingest(PLAN.encode(), source="api:plan")
        api.ingest(OTHER.encode(), source="api:other")
        everything = api.changes()
        assert not everything.has_more and len(everything.items) > 4
        followed = list(api.iter_changes(page_size=2))
        assert followed == everything.items
        assert list(api.iter_changes(everything.items[2].version, page_size=2)) == everything.items[3:]
        assert list(api.iter_changes(everything.current)) == []
        with pytest.raises(ApiError) as err:
            api.changes("nonsense")
        assert err.value.status == 422 and err.value.code == "invalid_input"

        async def follow() -> list[Any]:
            async with AsyncClient(url) as aapi:
                return [c async for c in aapi.iter_changes(page_size=3)]

        assert asyncio.run(follow()) == everything.items
        assert httpx.get(f"{url}/openapi.json").json()["paths"]["/changes"]["get"]["operationId"] == "getChanges"
