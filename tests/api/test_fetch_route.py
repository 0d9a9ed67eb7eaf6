"""``POST /documents/fetch``: a URL fetched within the policy and ingested like ``POST /documents``.

Against a local HTTP server on 127.0.0.1 (tests/unit/read/localweb.py), never the internet."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.client import ApiError, Client
from app.main import create_app
from app.transport import http_protocol
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from tests.api.conftest import serving
from tests.api.test_health_and_lineage import assert_error
from tests.unit.read import newspages
from tests.unit.read.localweb import holding, local_web

pytestmark = pytest.mark.api

TOKEN = "fetch-route-write-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def web() -> Iterator[str]:
    with local_web() as url:
        yield url


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(tmp_path_factory.mktemp("fetch") / "var", start_timeout=30)
    opened.apply_schema()
    try:
        yield opened
    finally:
        opened.close()


def _client(store: EmbeddedStore, tmp_path: Path, **settings: object) -> TestClient:
    config = Settings(data_dir=tmp_path, write_token=SecretStr(TOKEN), **settings)  # type: ignore[arg-type]
    return TestClient(create_app(config, store), raise_server_exceptions=False)


def test_a_fetched_page_is_ingested_with_its_url_as_source(web: str, store: EmbeddedStore, tmp_path: Path) -> None:
    url = f"{web}/tin/provincial_newspaper.html"
    with _client(store, tmp_path, fetch_allow_private=True) as client:
        response = client.post("/documents/fetch", json={"url": url}, headers=AUTH)
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["status"] == "loaded" and body["published"] == newspages.PUBLISHED
        assert body["title"] == newspages.TITLE and body["written"]["Resolution"] >= 3
        document = client.get(f"/documents/{body['key']}").json()
        assert document["properties"]["source"] == url
        assert document["properties"]["text"] == newspages.PLAIN
        again = client.post("/documents/fetch", json={"url": url}, headers=AUTH)
        assert again.status_code == 201 and again.json()["status"] == "unchanged"


def test_a_refused_url_is_a_422_with_the_reason(web: str, store: EmbeddedStore, tmp_path: Path) -> None:
    with _client(store, tmp_path) as client:  # the default: no private addresses
        for url in (f"{web}/tin/national_outlet.html", "http://10.0.0.1/a.html"):
            response = client.post("/documents/fetch", json={"url": url}, headers=AUTH)
            assert_error(response, 422, "fetch_refused")
            assert "DG_FETCH_ALLOW_PRIVATE" in response.json()["error"]["message"]
        assert_error(
            client.post("/documents/fetch", json={"url": "ftp://example.vn/a"}, headers=AUTH), 422, "invalid_input"
        )
        bad_date = client.post(
            "/documents/fetch", json={"url": "http://10.0.0.1/", "published": "2025-13"}, headers=AUTH
        )
        assert_error(bad_date, 422, "invalid_input")
        assert_error(client.post("/documents/fetch", json={"url": "http://10.0.0.1/"}), 401, "unauthorized")
    with _client(store, tmp_path, fetch_allow_private=True) as client:
        assert_error(
            client.post("/documents/fetch", json={"url": f"{web}/anh.png"}, headers=AUTH), 422, "fetch_refused"
        )
        assert_error(client.post("/documents/fetch", json={"url": f"{web}/khong-co"}, headers=AUTH), 422, "read_error")


def test_the_python_client_ingests_a_url(web: str, store: EmbeddedStore, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, write_token=SecretStr(TOKEN), fetch_allow_private=True)
    with serving(create_app(settings, store), http_protocol()) as url, Client(url, token=TOKEN) as api:
        answer = api.ingest_url(f"{web}/tin/party_portal.html", published="2025-05-13")
        assert answer.title == newspages.TITLE and answer.published == "2025-05-13"  # the caller's date wins
        with pytest.raises(ApiError) as refused:
            api.ingest_url(f"{web}/anh.png")
        assert refused.value.status == 422 and refused.value.code == "fetch_refused"


def test_a_slow_fetch_does_not_hold_up_other_requests(web: str, store: EmbeddedStore, tmp_path: Path) -> None:
    """The fetch runs off the event loop: /health answers while a fetch is held by the web server (a fetch run
    on the loop would keep /health waiting until it is released, and the request below times out)."""
    settings = Settings(data_dir=tmp_path, write_token=SecretStr(TOKEN), fetch_allow_private=True)
    with (
        serving(create_app(settings, store), http_protocol()) as url,
        httpx.Client(base_url=url) as http,
        ThreadPoolExecutor(1) as pool,
        holding() as hold,
    ):
        slow = pool.submit(http.post, "/documents/fetch", json={"url": f"{web}/held.html"}, headers=AUTH)
        assert hold.arrived.wait(timeout=30), "the fetch never reached the web server"
        assert http.get("/health", timeout=10).status_code == 200
        assert not slow.done()
        hold.release.set()
        assert slow.result(timeout=30).status_code == 201
