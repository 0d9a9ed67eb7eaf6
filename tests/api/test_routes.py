"""Every read route against the fixture graph, and the one error shape on every route."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from kernel.errors import StoreUnavailable
from kernel.settings import Settings
from tests.api.test_health_and_lineage import assert_error

pytestmark = pytest.mark.api

#: Every GET route with a key that exists in the fixture graph, and one that does not.
KEYED_ROUTES = [
    ("/resolutions/{}", "331-KH/TU"),
    ("/resolutions/{}/lineage", "204-QĐ/TW"),
    ("/resolutions/{}/implementations", "204-QĐ/TW"),
    ("/officials/{}", "nguyễn-đức-trung@nghe-an"),
    ("/officials/{}", "nguyen-duc-trung@nghe-an"),  # the folded form of the key finds the one node it names
    ("/projects/{}", "đề-án-chuyển-đổi-số@nghe-an"),
    ("/projects/{}", "de-an-chuyen-doi-so@nghe-an"),
    ("/meetings/{}", "ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06"),
    ("/meetings/{}", "ban-thuong-vu-tinh-uy@nghe-an/2025-06"),
    ("/localities/{}", "tinh/nghe-an"),
    ("/localities/{}/directives", "tinh/nghe-an"),
    ("/documents/{}", "fixture-002"),
]
LIST_ROUTES = ["/resolutions", "/officials", "/meetings"]


def test_headline_question(client: TestClient) -> None:
    body = client.get("/resolutions/204-QĐ/TW/implementations", params={"level": "provincial"}).json()
    assert [item["key"] for item in body["items"]] == ["331-KH/TU"]
    [evidence] = body["items"][0]["evidence"]
    assert "cụ thể hoá Quyết định số 204-QĐ/TW" in evidence["sentence"]
    assert evidence["doc"] == "fixture-002" and evidence["published"] == "2025-06"
    assert client.get("/resolutions/204-QĐ/TW/implementations", params={"level": "district"}).json()["items"] == []


@pytest.mark.parametrize(("template", "key"), KEYED_ROUTES)
def test_keyed_route_plain_and_percent_encoded(client: TestClient, template: str, key: str) -> None:
    plain = client.get(template.format(key))
    assert plain.status_code == 200, plain.text
    encoded = client.get(template.format(quote(key, safe="")))
    assert encoded.json() == plain.json()


@pytest.mark.parametrize(("template", "key"), KEYED_ROUTES)
def test_keyed_route_unknown_key_is_404(client: TestClient, template: str, key: str) -> None:
    assert_error(client.get(template.format("999-XX/ZZ")), 404, "not_found")


def test_project_detail_says_what_it_implements_and_where_it_is(client: TestClient) -> None:
    body = client.get("/projects/de-an-chuyen-doi-so@nghe-an").json()
    assert body["properties"]["name"] == "Đề án chuyển đổi số trong các cơ quan đảng"
    linked = {link["key"] for links in body["relations"].values() for link in links}
    assert linked >= {"57-NQ/TW", "tinh/nghe-an"}


def _read_routes(client: TestClient) -> list[str]:
    """Every GET route of the OpenAPI schema, with a key of the fixture graph and the required parameters."""
    keys = {template.split("{}")[0]: key for template, key in KEYED_ROUTES}
    urls = []
    for path, ops in client.get("/openapi.json").json()["paths"].items():
        if "get" not in ops or path in ("/health", "/ready"):  # probes stay open
            continue
        url = path.replace("{key}", keys.get(path.split("{key}")[0], "x")) if "{key}" in path else path
        required = [p["name"] for p in ops["get"].get("parameters", []) if p.get("required") and p["in"] == "query"]
        urls.append(url + ("?" + "&".join(f"{name}=x" for name in required) if required else ""))
    return urls


def test_resolution_detail_groups_relations(client: TestClient) -> None:
    body = client.get("/resolutions/331-KH/TU").json()
    assert [link["key"] for link in body["relations"]["implements"]] == ["204-QĐ/TW"]
    assert [link["key"] for link in body["relations"]["cited_by"]] == ["ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06"]
    assert body["relations"]["implements"][0]["evidence"][0]["doc"] == "fixture-002"


def test_links_carry_the_date_of_the_other_end(client: TestClient) -> None:
    """Meetings of one body share a name: the date tells them apart (a meeting's date, a document's issue date)."""
    body = client.get("/resolutions/331-KH/TU").json()
    assert body["relations"]["cited_by"][0]["date"] == "2025-06"
    assert body["relations"]["implements"][0]["date"] == client.get("/resolutions/204-QĐ/TW").json()["properties"].get(
        "issued_on"
    )


def test_a_key_of_another_label_is_404(client: TestClient) -> None:
    assert_error(client.get("/officials/331-KH/TU"), 404, "not_found")


@pytest.mark.parametrize("route", LIST_ROUTES)
def test_list_routes_page(client: TestClient, route: str) -> None:
    body = client.get(route, params={"limit": 1}).json()
    assert len(body["items"]) == 1 and body["limit"] == 1 and body["offset"] == 0
    assert_error(client.get(route, params={"limit": 0}), 422, "invalid_input")
    assert_error(client.get(route, params={"limit": 10_000}), 422, "invalid_input")
    assert client.get(route, params={"limit": 500}).json()["limit"] == 200, "capped at DG_MAX_PAGE_SIZE"
    assert_error(client.get(route, params={"offset": -1}), 422, "invalid_input")


def test_resolution_filters(client: TestClient) -> None:
    def keys(**params: str) -> list[str]:
        return [item["key"] for item in client.get("/resolutions", params=params).json()["items"]]

    assert keys(kind="KH") == ["331-KH/TU"]
    assert keys(level="central") == ["204-QĐ/TW", "57-NQ/TW"]
    assert keys(issuer="TW", issued_from="2024-12") == ["57-NQ/TW"]
    assert keys(issued_to="2024") == ["204-QĐ/TW", "57-NQ/TW"]
    assert keys(text="chuyen doi so toan dien") == ["331-KH/TU"]
    assert_error(client.get("/resolutions", params={"issued_from": "yesterday"}), 422, "invalid_input")
    assert_error(client.get("/resolutions", params={"level": "galactic"}), 422, "invalid_input")


def test_official_and_meeting_filters(client: TestClient) -> None:
    assert (
        client.get("/officials", params={"name": "NGUYEN duc"}).json()["items"][0]["key"] == "nguyễn-đức-trung@nghe-an"
    )
    assert client.get("/officials", params={"province": "Hà Nội"}).json()["items"] == []
    meetings = client.get("/meetings", params={"body": "ban thuong vu", "date_from": "2025-06", "date_to": "2025-06"})
    assert [m["key"] for m in meetings.json()["items"]] == ["ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06"]
    assert client.get("/meetings", params={"date_from": "2026"}).json()["items"] == []


def test_official_detail_has_meetings_concluded(client: TestClient) -> None:
    body = client.get("/officials/nguyễn-đức-trung@nghe-an").json()
    assert body["relations"]["concluded"][0]["key"] == "ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06"


def test_locality_directives_carry_their_chain(client: TestClient) -> None:
    items = client.get("/localities/tinh/nghe-an/directives").json()["items"]
    chains = {item["key"]: item["chain"] for item in items}
    assert chains["331-KH/TU"] == ["tinh/nghe-an", "331-KH/TU"]
    assert chains["204-QĐ/TW"] == ["tinh/nghe-an", "331-KH/TU", "204-QĐ/TW"]


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("thai thanh quy", None),
        ("nguyen duc trung", "nguyễn-đức-trung@nghe-an"),
        ("NGUYỄN ĐỨC", "nguyễn-đức-trung@nghe-an"),
        ("204-qd-tw", "204-QĐ/TW"),
        ("204-QĐ/TW", "204-QĐ/TW"),
        ("khoa hoc va cong", "sở-khoa-học-và-công-nghệ@nghe-an"),
    ],
)
def test_search_is_accent_and_case_insensitive(client: TestClient, q: str, expected: str | None) -> None:
    results = client.get("/search", params={"q": q}).json()["results"]
    if expected is None:
        assert results == []
    else:
        assert results[0]["key"] == expected


def test_search_errors(client: TestClient) -> None:
    assert_error(client.get("/search"), 422, "invalid_input")
    assert client.get("/search", params={"q": "//--"}).json()["results"] == []
    assert_error(client.get("/search", params={"q": "x" * 500}), 422, "invalid_input")
    assert_error(client.get("/search", params={"q": "a", "limit": 1000}), 422, "invalid_input")


def test_neighbourhood(client: TestClient) -> None:
    one = client.get("/graph/neighbourhood", params={"key": "331-KH/TU"}).json()
    assert {n["key"] for n in one["nodes"]} == {
        "331-KH/TU",
        "204-QĐ/TW",
        "tinh/nghe-an",
        "ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06",
    }
    two = client.get("/graph/neighbourhood", params={"key": "331-KH/TU", "depth": 2}).json()
    assert len(two["nodes"]) > len(one["nodes"]) and len(two["edges"]) > len(one["edges"])
    assert_error(client.get("/graph/neighbourhood", params={"key": "nope"}), 404, "not_found")
    assert_error(client.get("/graph/neighbourhood", params={"key": "331-KH/TU", "depth": 9}), 422, "invalid_input")
    assert_error(client.get("/graph/neighbourhood"), 422, "invalid_input")


def test_openapi_lists_every_route(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    for expected in ["/health", "/ready", "/search", "/graph/neighbourhood", "/resolutions", "/officials", "/meetings"]:
        assert expected in paths


class _DeadStore:
    """A store whose server is gone for good."""

    backend = "embedded"

    def _down(self, *args: object, **kwargs: object) -> list[dict[str, object]]:
        raise StoreUnavailable("embedded store unavailable: connection refused")

    read = write = _down

    def version(self) -> str:
        raise StoreUnavailable("embedded store unavailable: connection refused")

    def apply_schema(self) -> list[str]:
        return []

    def ping(self) -> None:
        self._down()

    def indexes_building(self) -> list[str]:
        raise StoreUnavailable("embedded store unavailable: connection refused")

    def close(self) -> None:
        pass


@pytest.fixture(scope="module")
def dead_client(api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings, _DeadStore()), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "url",
    ["/ready", "/search?q=x", "/graph/neighbourhood?key=x", *LIST_ROUTES, *(t.format(k) for t, k in KEYED_ROUTES)],
)
def test_store_down_is_503_on_every_route(dead_client: TestClient, url: str) -> None:
    assert_error(dead_client.get(url), 503, "store_unavailable")


def test_health_stays_up_when_the_store_is_down(dead_client: TestClient) -> None:
    assert dead_client.get("/health").status_code == 200


@pytest.mark.parametrize("cache_mb", [64, 0], ids=["cache-on", "cache-off"])
def test_read_token_when_configured(
    api_store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory, cache_mb: int
) -> None:
    """Every read route checks the token itself, also with the answer cache (which checks it too) off."""
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("unused"), read_token=SecretStr("secret-read-token"), cache_mb=cache_mb
    )
    with TestClient(create_app(settings, api_store), raise_server_exceptions=False) as locked:
        urls = _read_routes(locked)
        assert len(urls) >= 14 and "/projects/de-an-chuyen-doi-so@nghe-an" in urls
        for url in urls:
            assert_error(locked.get(url), 401, "unauthorized")
            assert_error(locked.get(url, headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
            opened = locked.get(url, headers={"Authorization": "Bearer secret-read-token"})
            assert opened.status_code in (200, 404, 503), (url, opened.text)
        ok = locked.get("/resolutions/331-KH/TU", headers={"Authorization": "Bearer secret-read-token"})
        assert ok.status_code == 200
        assert locked.get("/health").status_code == 200


def test_errors_never_leak_tracebacks(client: TestClient) -> None:
    response = client.get("/resolutions/" + "%00" * 10)
    assert isinstance(response, httpx.Response)
    assert response.status_code in (404, 422)
    assert "Traceback" not in response.text


def test_read_routes_solve_their_dependencies_without_the_thread_pool(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FastAPI runs a plain ``def`` dependency in the thread pool: a thread hop per dependency per request (the
    settings, the store, the read check, the page), about 0.05 ms of CPU each; async dependencies run in place."""
    import fastapi.dependencies.utils as solving

    hops: list[str] = []
    pooled = solving.run_in_threadpool  # type: ignore[attr-defined]

    async def counted(func: object, *args: object, **kwargs: object) -> object:
        hops.append(getattr(func, "__qualname__", repr(func)))
        return await pooled(func, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(solving, "run_in_threadpool", counted)
    paths = [route.format(quote(key, safe="")) for route, key in KEYED_ROUTES] + LIST_ROUTES
    for path in [*paths, "/search?q=nghe", "/graph/neighbourhood?key=331-KH%2FTU"]:
        assert client.get(path).status_code == 200, path
    assert hops == []


def test_neighbourhood_and_search_answers_are_the_json_of_their_models(client: TestClient) -> None:
    """The two routes write their JSON from plain values: byte for byte what GraphOut and SearchOut render."""
    from app.schemas import GraphOut, SearchOut

    compared = 0
    for key in ["331-KH/TU", "204-QĐ/TW", "tinh/nghe-an", "fixture-002", "nguyễn-đức-trung@nghe-an"]:
        for depth in (1, 2):
            response = client.get("/graph/neighbourhood", params={"key": key, "depth": depth})
            assert response.status_code == 200, response.text
            assert response.headers["content-type"] == "application/json"
            assert response.content == GraphOut.model_validate_json(response.content).model_dump_json().encode()
            compared += bool(response.json()["edges"])
    for text in ["nghe an", "Quyết định 204", "kế hoạch", "204-qd-tw", "trung"]:
        response = client.get("/search", params={"q": text})
        assert response.status_code == 200, response.text
        assert response.content == SearchOut.model_validate_json(response.content).model_dump_json().encode()
        compared += bool(response.json()["results"])
    assert compared > 8
