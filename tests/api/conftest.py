"""An app over a fresh embedded store holding the fixture graph."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from loaders.graphfile import import_jsonl
from tests.conftest import FIXTURE_GRAPH

WRITE_TOKEN = "test-write-token"


@pytest.fixture(scope="module")
def api_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path_factory.mktemp("api") / "var", start_timeout=30)
    store.apply_schema()
    import_jsonl(store, FIXTURE_GRAPH)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(scope="module")
def api_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(data_dir=Path(tmp_path_factory.mktemp("unused")), write_token=SecretStr(WRITE_TOKEN))


@pytest.fixture(scope="module")
def client(api_store: EmbeddedStore, api_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(api_settings, api_store), raise_server_exceptions=False) as test_client:
        yield test_client
