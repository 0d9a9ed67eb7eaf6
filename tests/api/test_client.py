"""The Python client shipped with the package (app/client.py), against the live app over HTTP."""

from __future__ import annotations

import asyncio
import inspect
import re

import pytest

from app.client import ApiError, AsyncClient, Client
from app.schemas import ImplementationsOut, LineageOut, NodeDetailOut
from graph.store import GraphStore
from tests.api.conftest import WRITE_TOKEN, free_port
from tests.conftest import REPO

pytestmark = pytest.mark.api

#: OpenAPI operation -> the client method that calls it
METHODS = {
    "getHealth": "health",
    "getReady": "ready",
    "listResolutions": "resolutions",
    "getResolution": "resolution",
    "getLineage": "lineage",
    "getImplementations": "implementations",
    "listOfficials": "officials",
    "getOfficial": "official",
    "listMeetings": "meetings",
    "getMeeting": "meeting",
    "getProject": "project",
    "getLocality": "locality",
    "getDirectives": "directives",
    "getDocument": "document",
    "ingestDocument": "ingest",
    "deleteDocument": "delete_document",
    "listCurations": "curations",
    "addCuration": "add_curation",
    "undoCuration": "undo_curation",
    "ingestUrl": "ingest_url",
    "getChanges": "changes",
    "search": "search",
    "getNeighbourhood": "neighbourhood",
}


def test_every_operation_has_a_method_sync_and_async(live_url: str) -> None:
    with Client(live_url) as api:
        schema = api._http.get("/openapi.json").json()
    ids = {op["operationId"] for ops in schema["paths"].values() for op in ops.values()}
    assert ids == set(METHODS), "a route without a client method (or a method without a route)"
    for name in METHODS.values():
        assert callable(getattr(Client, name))
        assert inspect.iscoroutinefunction(getattr(AsyncClient, name)), name
        assert inspect.signature(getattr(Client, name)) == inspect.signature(getattr(AsyncClient, name)), name


def test_the_headline_question_and_typed_answers(live_url: str, api_store: GraphStore) -> None:
    with Client(live_url) as api:
        assert api.health().status == "ok"
        assert api.ready().backend == api_store.backend
        plans = api.implementations("204-QĐ/TW", level="provincial")
        assert isinstance(plans, ImplementationsOut)
        assert [i.key for i in plans.items] == ["331-KH/TU"] and plans.items[0].evidence[0].title
        tree = api.lineage("204-QĐ/TW", depth=3)
        assert isinstance(tree, LineageOut) and tree.root == "204-QĐ/TW" and len(tree.nodes) >= 3
        assert api.lineage("331-KH/TU", direction="up").nodes[-1].key == "204-QĐ/TW"
        detail = api.resolution("331-KH/TU")  # a key with '/' in it
        assert isinstance(detail, NodeDetailOut) and "implements" in detail.relations
        assert api.official("nguyen-duc-trung@nghe-an").key == "nguyễn-đức-trung@nghe-an"  # the folded key finds it
        assert api.locality("tinh/nghe-an").properties["name"] == "Nghệ An"
        assert api.project("de-an-chuyen-doi-so@nghe-an").labels == ["Project"]
        assert api.meeting("ban-thuong-vu-tinh-uy@nghe-an/2025-06").labels == ["Meeting"]
        assert api.document("fixture-002").labels == ["Document"]
        assert api.directives("tinh/nghe-an").key == "tinh/nghe-an"
        assert api.search("thai thanh").query == "thai thanh"
        assert {n.key for n in api.neighbourhood("331-KH/TU").nodes} >= {"331-KH/TU", "204-QĐ/TW"}


def test_pagination_helpers_walk_every_page(live_url: str) -> None:
    with Client(live_url) as api:
        everything = [n.key for n in api.resolutions(limit=100).items]
        assert len(everything) >= 3
        walked = [n.key for n in api.iter_resolutions(page_size=1)]
        assert walked == everything  # one request per item, nothing lost or repeated
        assert [n.key for n in api.iter_resolutions(page_size=2, kind="KH")] == ["331-KH/TU"]
        assert list(api.iter_officials(page_size=1)) and list(api.iter_meetings(page_size=1))


def test_errors_are_one_exception_with_code_message_and_detail(live_url: str) -> None:
    with Client(live_url) as api:
        with pytest.raises(ApiError) as missing:
            api.resolution("999-NQ/TW")
        assert (missing.value.status, missing.value.code) == (404, "not_found")
        assert missing.value.detail == {"key": "999-NQ/TW"} and "999-NQ/TW" in missing.value.message
        with pytest.raises(ApiError) as too_deep:
            api.lineage("204-QĐ/TW", depth=50)
        assert too_deep.value.code == "invalid_input" and too_deep.value.detail["maximum"] == 8
        with pytest.raises(ApiError) as no_token:
            api.ingest(b"text")
        assert (no_token.value.status, no_token.value.code) == (401, "unauthorized")
    with Client(f"http://127.0.0.1:{free_port()}", timeout=2) as nobody, pytest.raises(ApiError) as down:
        nobody.health()
    assert down.value.status is None and down.value.code == "unreachable"


def test_ingest_with_the_write_token(live_url: str) -> None:
    text = "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 77/KH-UBND để thực hiện Nghị quyết số 57-NQ/TW.\n"
    with Client(live_url, token=WRITE_TOKEN) as api:
        first = api.ingest(text.encode(), name="client-plan.txt", published="2025-03-04")
        assert first.status == "loaded" and re.fullmatch(r"[0-9a-f]+", first.key)
        again = api.ingest(text.encode(), name="client-plan.txt")
        assert again.status == "unchanged" and again.key == first.key
        assert api.document(first.key).key == first.key


def test_the_async_client(live_url: str) -> None:
    async def run() -> None:
        async with AsyncClient(live_url) as api:
            plans, tree = await asyncio.gather(
                api.implementations("204-QĐ/TW", level="provincial"), api.lineage("204-QĐ/TW")
            )
            assert [i.key for i in plans.items] == ["331-KH/TU"] and tree.root == "204-QĐ/TW"
            walked = [n.key async for n in api.iter_resolutions(page_size=1)]
            assert walked == [n.key for n in (await api.resolutions(limit=100)).items]
            with pytest.raises(ApiError) as missing:
                await api.official("nobody@nowhere")
            assert missing.value.code == "not_found"

    asyncio.run(run())


def test_the_readme_example_runs(live_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Python client\n") :]
    code = section[section.index("```python\n") + 10 : section.index("\n```", section.index("```python\n"))]
    namespace: dict[str, object] = {}
    exec(compile(code.replace("http://127.0.0.1:8000", live_url), "README.md", "exec"), namespace)
    main = namespace["main"]
    assert inspect.iscoroutinefunction(main)
    asyncio.run(main())
    printed = capsys.readouterr().out
    assert "331-KH/TU" in printed and "404 not_found" in printed
