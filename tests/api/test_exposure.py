"""What the API shows about itself (issue 12.8): no data folder path, no version, a locked-down page,
and a fresh data folder that is ready only when it can be read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from graph.store import GraphStore
from kernel.errors import StoreUnavailable
from kernel.settings import Settings

pytestmark = pytest.mark.api


class BrokenStore:
    """A store whose every call fails the way the embedded store fails on a bad data folder."""

    backend = "embedded"

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def _fail(self, *args: Any, **kwargs: Any) -> Any:
        log = self.data_dir / "falkordb.log"
        raise StoreUnavailable(
            f"the data folder {self.data_dir} is not usable (No space left on device); log: {log}",
            path=str(self.data_dir),
            log_tail=f"# Can't open the append-only file {self.data_dir}/falkordb/appendonlydir",
        )

    ping = read = write = version = apply_schema = _fail

    def close(self) -> None:
        return None


def test_ready_and_store_errors_never_show_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "secret-place" / "var"
    broken: Any = BrokenStore(data)
    with TestClient(create_app(Settings(data_dir=data), broken), raise_server_exceptions=False) as client:
        for path in ("/ready", "/resolutions", "/resolutions/57-NQ/TW"):
            response = client.get(path)
            assert response.status_code == 503, path
            assert response.json()["error"]["code"] == "store_unavailable"
            assert "secret-place" not in response.text, response.text
            assert str(tmp_path) not in response.text
            assert "DG_DATA_DIR" in response.json()["error"]["message"]  # still says which folder, by its setting


def test_health_does_not_show_the_version(client: TestClient) -> None:
    body = client.get("/health").json()
    assert body == {"status": "ok"}


@pytest.mark.parametrize("path", ["/", "/static/app.js", "/static/nothing-here.js"])
def test_page_and_static_files_are_locked_down(client: TestClient, path: str) -> None:
    response = client.get(path)
    policy = response.headers.get("content-security-policy", "")
    directives = {part.strip().split(" ", 1)[0]: part.strip() for part in policy.split(";") if part.strip()}
    assert directives.get("default-src") == "default-src 'self'", policy
    assert directives.get("frame-ancestors") == "frame-ancestors 'none'", policy
    assert directives.get("object-src") == "object-src 'none'", policy
    assert "unsafe-inline" not in directives.get("script-src", "script-src 'self'")
    assert response.headers.get("x-frame-options") == "DENY"
    assert response.headers.get("referrer-policy") == "no-referrer"
    assert response.headers.get("x-content-type-options") == "nosniff"


def test_api_answers_carry_the_same_protective_headers(client: TestClient) -> None:
    response = client.get("/resolutions")
    assert response.headers.get("x-content-type-options") == "nosniff"
    assert response.headers.get("referrer-policy") == "no-referrer"
    assert response.headers.get("x-frame-options") == "DENY"


def test_fresh_data_folder_serves_reads_and_is_ready(tmp_path: Path) -> None:
    """A server on a fresh data folder answers reads and is ready.

    Before, every read answered 500 'Invalid graph operation on empty key' while /ready said ready."""
    settings = Settings(data_dir=tmp_path / "var", embedded_start_timeout=30)
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        assert client.get("/ready").status_code == 200
        listed = client.get("/resolutions")
        assert listed.status_code == 200, listed.text
        assert listed.json()["items"] == []
        assert client.get("/search", params={"q": "nghị quyết"}).status_code == 200


def test_ready_is_false_while_a_read_would_fail(tmp_path: Path) -> None:
    """A server that answers PING but holds no graph yet is not ready."""
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)  # started, schema never applied: no graph key
    try:
        opened: GraphStore = store
        settings = Settings(data_dir=tmp_path / "var")
        app = create_app(settings, opened)
        with TestClient(app, raise_server_exceptions=False) as client:
            # the app does not own this store, so it does not prepare it: /ready must see that reads fail
            response = client.get("/ready")
            assert response.status_code == 503, response.text
            store.apply_schema()
            assert client.get("/ready").status_code == 200
    finally:
        store.close()
