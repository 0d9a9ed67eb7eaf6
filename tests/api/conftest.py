"""An app over a fresh embedded store holding the fixture graph."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import uvicorn
from fastapi.testclient import TestClient
from pydantic import SecretStr
from starlette.types import ASGIApp

from app.main import create_app
from app.transport import http_protocol
from graph.store import GraphStore
from kernel.settings import Settings
from loaders.graphfile import import_jsonl
from tests.conftest import BACKENDS, FIXTURE_GRAPH, empty_store

WRITE_TOKEN = "test-write-token"


@pytest.fixture(scope="module", params=BACKENDS)
def api_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[GraphStore]:
    """The fixture graph on each backend in turn: the embedded store always, a Neo4j server when DG_NEO4J_URI
    names one (``make neo4j-test``; skipped otherwise, with the reason). Every test on ``client``, ``live_url``
    or ``api_store`` runs on both."""
    with empty_store(request.param, tmp_path_factory.mktemp("api") / "var", suite="API") as store:
        import_jsonl(store, FIXTURE_GRAPH)
        yield store


@pytest.fixture(scope="module")
def api_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=Path(tmp_path_factory.mktemp("unused")), write_token=SecretStr(WRITE_TOKEN))


@pytest.fixture(scope="module")
def client(api_store: GraphStore, api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings, api_store), raise_server_exceptions=False) as test_client:
        yield test_client


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(app: ASGIApp, protocol: type[asyncio.Protocol]) -> Iterator[str]:
    """``app`` served by uvicorn with ``protocol`` on a free loopback port, in a thread; yields its URL."""
    config = uvicorn.Config(app, host="127.0.0.1", port=free_port(), http=protocol, log_config=None)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


@pytest.fixture(scope="module")
def live_url(api_store: GraphStore, api_settings: Settings) -> Iterator[str]:
    """The app served by uvicorn with ``dg serve``'s HTTP protocol."""
    with serving(create_app(api_settings, api_store), http_protocol()) as url:
        yield url


def raw_request(url: str, target: bytes, method: bytes = b"GET") -> tuple[int, dict[str, str], bytes]:
    """Send one request line as raw bytes (no client would send raw UTF-8) and read the answer."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(method + b" " + target + b" HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body
