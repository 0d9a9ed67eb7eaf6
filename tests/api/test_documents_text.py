"""``/documents``: the date's precedence, bad files, the text served and the source shown (issues 11, 12)."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from loaders.pipeline import Loader

pytestmark = pytest.mark.api

TOKEN = "documents-write-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Written for these tests, in the shape of a provincial plan.
BODY = "Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 45-KH/TU để cụ thể hóa Nghị quyết số 57-NQ/TW."


def _docx(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = dt.datetime(2013, 12, 23, 23, 15)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "var", start_timeout=30)
    store.apply_schema()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def client(store: EmbeddedStore, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr(TOKEN), max_body_bytes=2_000_000)
    with TestClient(create_app(settings, store), raise_server_exceptions=False) as client:
        yield client


def _post(client: TestClient, data: bytes, name: str, **params: str) -> Any:
    return client.post("/documents", params={"name": name, **params}, content=data, headers=AUTH)


def test_the_dateline_beats_the_template_date_and_explicit_beats_both(client: TestClient) -> None:
    posted = _post(client, _docx("KẾ HOẠCH", "Hà Tĩnh, ngày 5 tháng 5 năm 2025", BODY), "kh.docx")
    assert posted.status_code == 201, posted.text
    assert posted.json()["published"] == "2025-05-05"
    document = client.get(f"/documents/{posted.json()['key']}").json()
    assert document["properties"]["published"] == "2025-05-05"
    assert document["properties"]["published_from"] == "dateline"

    explicit = _post(client, _docx("KẾ HOẠCH", "Hà Tĩnh, ngày 5 tháng 5 năm 2025", BODY, "Thêm."), "kh2.docx",
                     published="2025-05-09")  # fmt: skip
    assert explicit.status_code == 201 and explicit.json()["published"] == "2025-05-09"
    shown = client.get(f"/documents/{explicit.json()['key']}").json()["properties"]
    assert shown["published_from"] == "explicit"


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30", "2025-00"])
def test_an_impossible_date_is_422(client: TestClient, bad: str) -> None:
    assert _post(client, BODY.encode(), "a.txt", published=bad).status_code == 422


def test_a_bad_docx_is_422_naming_the_file(client: TestClient) -> None:
    data = bytearray(_docx(BODY))
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            data[found + offset : found + offset + 2] = (99).to_bytes(2, "little")
            start = found + 4
    response = _post(client, bytes(data), "hong.docx")
    assert response.status_code == 422 and "hong.docx" in response.text


def test_a_stray_byte_is_read_and_reported(client: TestClient) -> None:
    data = (BODY + " " + BODY).encode()
    response = _post(client, data[:40] + b"\xfe" + data[40:], "a.txt")
    assert response.status_code == 201, response.text
    assert any("U+FFFD" in w for w in response.json()["warnings"])


def test_the_document_serves_its_text_once_with_control_characters_removed(client: TestClient) -> None:
    posted = _post(client, ("A\x07B\x1b " + BODY + "\x00").encode().rjust(5000), "a.txt").json()
    properties = client.get(f"/documents/{posted['key']}").json()["properties"]
    assert properties["text"] == "AB " + BODY


def test_parsing_runs_off_the_event_loop(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from loaders.read import read_bytes as original

    seen: list[bool] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        try:
            asyncio.get_running_loop()
            seen.append(True)
        except RuntimeError:
            seen.append(False)
        return original(*args, **kwargs)

    monkeypatch.setattr("app.routes.documents.read_bytes", spy)
    assert _post(client, BODY.encode(), "a.txt").status_code == 201
    assert seen == [False]


def test_the_source_shown_is_never_an_absolute_path(client: TestClient, store: EmbeddedStore, tmp_path: Path) -> None:
    folder = tmp_path / "corpus" / "plans"
    folder.mkdir(parents=True)
    (folder / "kh.txt").write_text(BODY, encoding="utf-8")
    summary = Loader(store).load_paths([str(folder.resolve())])
    document = client.get(f"/documents/{summary.loaded[0]}").json()["properties"]
    assert document["source"] == "plans/kh.txt"
    assert str(tmp_path) not in str(document)


def test_neighbours_of_an_entity_carry_no_document_text(client: TestClient, store: EmbeddedStore) -> None:
    posted = _post(client, BODY.encode(), "a.txt").json()
    resolution = next(row["key"] for row in store.read("document_mentions", {"key": posted["key"]}))
    for query in ("neighbours", "neighbourhood_step"):
        params = {"key": resolution, "keys": [resolution], "limit": 100}
        rows = [r for r in store.read(query, params) if "Document" in r["labels"]]
        assert rows and all("text" not in r["node"] and r["node"]["title"] for r in rows), query
    drawn = client.get("/graph/neighbourhood", params={"key": resolution}).json()["nodes"]
    assert all("text" not in node["properties"] for node in drawn if "Document" in node["labels"])
