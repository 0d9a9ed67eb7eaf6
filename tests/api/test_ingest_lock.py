"""POST /documents takes the same writer lock as ``dg load``: never two writers on one data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.store import GraphStore
from kernel.locks import writer_lock
from kernel.settings import Settings
from tests.api.test_health_and_lineage import assert_error

pytestmark = pytest.mark.api

TOKEN = "ingest-lock-write-token"
TEXT = "Ngày 3/3/2025, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ, quán triệt Nghị quyết số 12-NQ/TU.\n"


def test_an_upload_waits_for_a_running_load_then_gives_up_clearly(api_store: GraphStore, tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr(TOKEN), answer_timeout_s=0.3)
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}
    with TestClient(create_app(settings, api_store), raise_server_exceptions=False) as client:
        with writer_lock(settings.data_dir):  # a dg load is writing
            busy = client.post("/documents", params={"name": "lock.txt"}, content=TEXT.encode(), headers=auth)
            assert_error(busy, 409, "writer_busy")
            assert str(tmp_path) not in busy.text
        done = client.post("/documents", params={"name": "lock.txt"}, content=TEXT.encode(), headers=auth)
        assert done.status_code == 201, done.text
