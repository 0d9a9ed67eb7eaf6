"""The API as a contract: offline /docs, a complete OpenAPI document, errors as JSON values,
HEAD and CORS, and answers without internals."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel, SecretStr

from app import schemas
from app.api_errors import ErrorResponse
from app.docs import BUNDLE
from app.main import create_app
from app.transport import JsonErrorH11Protocol
from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from graph.store import GraphStore
from kernel.settings import Settings
from loaders.write import GraphWriter
from tests.api.conftest import WRITE_TOKEN, raw_request, serving

pytestmark = pytest.mark.api

CAMEL = re.compile(r"^[a-z]+(?:[A-Z][a-z0-9]*)*$")


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(method, path, op) for path, ops in schema["paths"].items() for method, op in ops.items()]


# ---- /docs, offline ------------------------------------------------------------------------


@pytest.mark.skipif(not BUNDLE.is_file(), reason="Swagger UI is not vendored: run make web-assets")
def test_docs_load_only_local_files_and_each_answers(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    urls = re.findall(r"""(?:src|href)=["']([^"']+)["']""", page.text) + re.findall(r"url: '([^']+)'", page.text)
    assert len(urls) >= 4, urls
    for url in urls:
        assert not urlsplit(url).netloc and url.startswith("/"), f"/docs loads {url} from another host"
        answer = client.get(url)
        assert answer.status_code == 200, url
    assert {"/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/swagger-ui/swagger-ui.css"} <= set(urls)
    assert "validator.swagger.io" not in page.text and "cdn." not in page.text
    assert client.get("/redoc").status_code == 404  # ReDoc would load from a CDN: not served


def test_docs_say_what_to_do_without_the_vendored_files(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.docs.BUNDLE", Path("/nonexistent/swagger-ui-bundle.js"))
    page = client.get("/docs")
    assert page.status_code == 200 and "make web-assets" in page.text and "cdn" not in page.text


# ---- the OpenAPI document --------------------------------------------------------------------


def test_every_operation_is_named_in_camel_case(client: TestClient) -> None:
    ids = [op["operationId"] for _, _, op in operations(client.get("/openapi.json").json())]
    assert all(CAMEL.match(i) for i in ids), ids
    assert len(ids) == len(set(ids))
    assert "getImplementations" in ids and "getLineage" in ids and "listResolutions" in ids


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    found: dict[str, Any] = schema["components"]["schemas"][ref.rsplit("/", 1)[1]]
    return found


def test_every_route_has_an_example_answer(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for method, path, op in operations(schema):
        ok = next(v for k, v in op["responses"].items() if k.startswith("2"))
        media = ok["content"]["application/json"]
        example = media.get("example") or (_resolve(schema, media["schema"]).get("examples") or [None])[0]
        assert example, f"{method} {path} has no example"


def test_every_model_example_is_a_valid_answer() -> None:
    models = [m for m in vars(schemas).values() if isinstance(m, type) and issubclass(m, BaseModel)]
    models = [m for m in models if m.__module__ == "app.schemas"]
    assert len(models) >= 15
    for model in models:
        examples = model.model_json_schema().get("examples")
        assert examples, f"{model.__name__} has no example"
        model.model_validate(examples[0])


def test_every_error_a_route_returns_is_declared_with_the_error_shape(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    ops = {(m, p): op for m, p, op in operations(schema)}
    expected = {
        ("get", "/resolutions/{key}/implementations"): {"401", "404", "409", "422", "500", "503"},
        ("get", "/resolutions/{key}"): {"401", "404", "409", "422", "500", "503"},
        ("get", "/officials"): {"401", "422", "500", "503"},
        ("get", "/localities/{key}/directives"): {"401", "404", "422", "500", "503"},
        ("post", "/documents"): {"401", "413", "422", "500", "503"},
        ("get", "/ready"): {"500", "503"},
    }
    for (method, path), statuses in expected.items():
        op = ops[(method, re.sub(r"\{key\}", "{key}", path))]
        assert statuses <= set(op["responses"]), (method, path, sorted(op["responses"]))
    for (method, path), op in ops.items():
        for status, response in op["responses"].items():
            if status.startswith(("4", "5")):
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorResponse"), (method, path, status)
                ErrorResponse.model_validate(response["content"]["application/json"]["example"])
    assert "HTTPValidationError" not in schema["components"]["schemas"]


def test_path_keys_are_described_and_depth_shows_the_real_cap(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for method, path, op in operations(schema):
        for param in op.get("parameters", []):
            if param["in"] == "path":
                assert param.get("description") and param["schema"].get("examples"), (method, path, param)
            if param["name"] == "depth" and "{key}" in path:
                assert param["schema"]["maximum"] == 8, (path, param["schema"])
                assert "x-setting-maximum" not in param["schema"]


def test_depth_maximum_follows_the_setting(api_store: GraphStore, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, max_lineage_depth=3)
    with TestClient(create_app(settings, api_store), raise_server_exceptions=False) as client:
        params = client.get("/openapi.json").json()["paths"]["/resolutions/{key}/lineage"]["get"]["parameters"]
        assert next(p for p in params if p["name"] == "depth")["schema"]["maximum"] == 3
        assert client.get("/resolutions/204-QĐ/TW/lineage", params={"depth": 3}).status_code == 200
        assert client.get("/resolutions/204-QĐ/TW/lineage", params={"depth": 4}).status_code == 422


# ---- errors ----------------------------------------------------------------------------------


def test_error_details_are_json_values(client: TestClient) -> None:
    bad = client.post(
        "/documents",
        params={"published": "2025"},
        content=b"x",
        headers={"Authorization": f"Bearer {WRITE_TOKEN}"},
    )
    assert bad.status_code == 422
    assert bad.json()["error"]["detail"] == {"published": "2025"}
    over = client.get("/resolutions/204-QĐ/TW/implementations", params={"depth": 50}).json()["error"]
    assert over["detail"] == {"depth": 50, "maximum": 8}  # numbers stay numbers
    invalid = client.get("/officials", params={"limit": 0}).json()["error"]
    assert isinstance(invalid["detail"]["errors"], list) and invalid["detail"]["errors"][0]["loc"] == "query.limit"


@pytest.fixture(scope="module")
def own_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A graph of its own: one symbol in two provinces, an official with three posts written out of order."""
    folder = tmp_path_factory.mktemp("contract")
    store = EmbeddedStore(folder / "var", start_timeout=30)
    store.apply_schema()
    writer = GraphWriter(store)
    for key, issued in (("15-KH/TU@nghe-an:2025", "2025-01-01"), ("15-KH/TU@ha-tinh:2025", "2025-01-02")):
        writer.add_node(Label.RESOLUTION, key, {"symbol": "15-KH/TU", "issued_on": issued, "kind": "KH"})
    writer.add_node(Label.OFFICIAL, "tran-van-a@ha-tinh", {"name": "Trần Văn A"})
    for title, as_of in (
        ("Bí thư Tỉnh ủy", "2025-07"),
        ("Phó Bí thư Tỉnh ủy", "2020-10"),
        ("Ủy viên", ""),
        ("Chủ tịch UBND tỉnh", "2023-02"),
    ):
        writer.add_node(Label.ORGANIZATION, f"post/{title}", {"name": title})
        writer.add_edge(
            RelType.HOLDS,
            "tran-van-a@ha-tinh",
            f"post/{title}",
            id=f"{title}@{as_of}",
            props={"title": title, "as_of": as_of},
        )
    writer.flush()
    try:
        with TestClient(create_app(Settings(data_dir=folder), store), raise_server_exceptions=False) as test_client:
            yield test_client
    finally:
        store.close()


def test_an_ambiguous_symbol_lists_its_candidates_as_a_list(own_client: TestClient) -> None:
    answer = own_client.get("/resolutions/15-KH/TU")
    assert answer.status_code == 409, answer.text
    assert answer.json()["error"]["detail"] == {"candidates": ["15-KH/TU@ha-tinh:2025", "15-KH/TU@nghe-an:2025"]}


def test_posts_are_listed_in_date_order(own_client: TestClient) -> None:
    posts = own_client.get("/officials/tran-van-a@ha-tinh").json()["relations"]["posts"]
    assert [p["edge"].get("as_of") for p in posts] == ["2020-10", "2023-02", "2025-07", None]


def test_a_raw_utf8_query_string_gets_the_error_shape(live_url: str) -> None:
    for target in ("/search?q=Quyết định 204".encode(), "/resolutions/204-QĐ/TW".encode()):
        status, headers, body = raw_request(live_url, target)
        assert status == 400
        assert headers["content-type"] == "application/json"
        error = ErrorResponse.model_validate_json(body).error
        assert error.code == "bad_request" and "percent-encode" in error.message
    status, _, body = raw_request(live_url, b"/search?q=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20204")
    assert status == 200, body


def test_the_h11_protocol_answers_in_the_error_shape_too(client: TestClient) -> None:
    with serving(client.app, JsonErrorH11Protocol) as url:  # uvicorn --http h11
        status, headers, body = raw_request(url, "/search?q=Kế hoạch".encode())
    assert (status, headers["content-type"]) == (400, "application/json")
    assert ErrorResponse.model_validate_json(body).error.code == "bad_request"


# ---- HEAD, CORS, answers -----------------------------------------------------------------------


def test_head_answers_wherever_get_does(client: TestClient) -> None:
    for path in (
        "/health",
        "/resolutions",
        "/resolutions/204-QĐ/TW/lineage",
        "/search?q=nghe",
        "/docs",
        "/openapi.json",
    ):
        get, head = client.get(path), client.head(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b""
        assert head.headers["content-length"] == get.headers["content-length"], path
        assert head.headers["content-type"] == get.headers["content-type"]
    assert client.head("/resolutions/999-NQ/TW").status_code == 404
    assert client.head("/documents").status_code == 405  # POST only


def test_head_answers_over_real_http(live_url: str) -> None:
    answer = httpx.head(live_url + "/resolutions/204-QĐ/TW")
    assert answer.status_code == 200 and answer.content == b"" and int(answer.headers["content-length"]) > 100


def test_cors_is_off_by_default(client: TestClient) -> None:
    answer = client.get("/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in answer.headers
    assert Settings().cors_origins == []


def test_cors_allows_only_the_listed_origins(
    api_store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DG_CORS_ORIGINS", "https://research.example, https://other.example/")
    settings = Settings(data_dir=tmp_path, read_token=SecretStr("r" * 20))
    assert settings.cors_origins == ["https://research.example", "https://other.example"]
    with TestClient(create_app(settings, api_store), raise_server_exceptions=False) as client:
        allowed = client.options(
            "/resolutions",
            headers={
                "Origin": "https://research.example",
                "Access-Control-Request-Method": "GET",
                "Access-Control-Request-Headers": "authorization",
            },
        )
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "https://research.example"
        answer = client.get(
            "/resolutions", headers={"Origin": "https://research.example", "Authorization": "Bearer " + "r" * 20}
        )
        assert answer.headers["access-control-allow-origin"] == "https://research.example"
        assert "ETag" in answer.headers["access-control-expose-headers"]
        refused = client.get("/health", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in refused.headers


def _walk(value: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(value, dict):
        found.append(value)
        for inner in value.values():
            found.extend(_walk(inner))
    elif isinstance(value, list):
        for inner in value:
            found.extend(_walk(inner))
    return found


def test_answers_hide_name_norm_and_carry_no_empty_edge_id(client: TestClient, api_store: GraphStore) -> None:
    for path in (
        "/resolutions",
        "/resolutions/204-QĐ/TW",
        "/resolutions/204-QĐ/TW/lineage",
        "/resolutions/204-QĐ/TW/implementations",
        "/officials/nguyen-duc-trung@nghe-an",
        "/meetings",
        "/localities/tinh/nghe-an/directives",
        "/graph/neighbourhood?key=331-KH/TU&depth=2",
    ):
        body = client.get(path).json()
        for obj in _walk(body):
            assert "name_norm" not in obj, path
            assert obj.get("id", "x") != "", f"{path}: empty id in {obj}"
    assert "name_norm" in api_store.read("node", {"key": "57-NQ/TW"})[0]["properties"]  # stored, not shown
