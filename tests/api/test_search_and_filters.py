"""Search finds documents as people cite them; every list filter is accent-insensitive.

The graph is written by the real pipeline (POST /documents) from two short texts written for the
test: cited documents are nodes without a title (only the symbol), as in a real load."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from graph.model import Label
from kernel.settings import Settings
from loaders.write import GraphWriter

pytestmark = pytest.mark.api

TOKEN = "search-write-token-0123"
TEXTS = {
    "ha-tinh.txt": (
        "Tỉnh ủy Hà Tĩnh họp phiên thường kỳ tháng 5\n\n"
        "Ngày 12/5/2025, Ban Thường vụ Tỉnh ủy Hà Tĩnh đã họp. Hội nghị thống nhất ban hành Kế hoạch số 45-KH/TU "
        "triển khai Nghị quyết số 57-NQ/TW của Bộ Chính trị và Quyết định số 204-QĐ/TW của Ban Bí thư.\n"
    ),
    "nghe-an.txt": (
        "Nghệ An bàn giải pháp chuyển đổi số\n\n"
        "Ngày 3/6/2025, Ban Thường vụ Tỉnh ủy Nghệ An họp, cho ý kiến về Kế hoạch số 331-KH/TU thực hiện "
        "Quyết định số 204-QĐ/TW.\n"
    ),
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder = tmp_path_factory.mktemp("search")
    store = EmbeddedStore(folder / "var", start_timeout=30)
    store.apply_schema()
    writer = GraphWriter(store)  # officials with a province, to filter on
    writer.add_node(Label.OFFICIAL, "le-van-b@nghe-an", {"name": "Lê Văn B", "province": "Nghệ An"})
    writer.add_node(Label.OFFICIAL, "le-van-c@ha-tinh", {"name": "Lê Văn C", "province": "Hà Tĩnh"})
    writer.flush()
    settings = Settings(data_dir=folder, write_token=SecretStr(TOKEN))
    try:
        with TestClient(create_app(settings, store), raise_server_exceptions=False) as test_client:
            for name, text in TEXTS.items():
                answer = test_client.post(
                    "/documents",
                    content=text.encode(),
                    params={"name": name},
                    headers={"Authorization": f"Bearer {TOKEN}"},
                )
                assert answer.status_code == 201, answer.text
            yield test_client
    finally:
        store.close()


def hits(client: TestClient, q: str) -> list[str]:
    answer = client.get("/search", params={"q": q})
    assert answer.status_code == 200, answer.text
    return [hit["key"] for hit in answer.json()["results"]]


@pytest.mark.parametrize(
    ("query", "symbol"),
    [
        ("Quyết định 204", "204-QĐ/TW"),
        ("quyet dinh so 204", "204-QĐ/TW"),
        ("nghi quyet 57", "57-NQ/TW"),
        ("Nghị quyết 57", "57-NQ/TW"),
        ("NQ 57", "57-NQ/TW"),
        ("Kế hoạch 331", "331-KH/TU"),
        ("ke hoach 45", "45-KH/TU"),
    ],
)
def test_search_finds_a_document_by_kind_and_number(client: TestClient, query: str, symbol: str) -> None:
    found = hits(client, query)
    assert found, f"{query!r} found nothing"
    assert found[0].split("@")[0].split(":")[0] == symbol, found


def test_a_citation_finds_only_that_number_and_names_still_search(client: TestClient) -> None:
    assert not any(key.startswith(("45-", "331-")) for key in hits(client, "Kế hoạch 999"))
    assert any(key.startswith("le-van-b") for key in hits(client, "le van b"))


def keys(client: TestClient, path: str, **params: str) -> list[str]:
    answer = client.get(path, params=params)
    assert answer.status_code == 200, answer.text
    return [item["key"] for item in answer.json()["items"]]


@pytest.mark.parametrize("written", ["Nghệ An", "nghe an", "NGHE AN", "Nghe  An", "nghệ an"])
def test_province_filters_ignore_accents_and_case(client: TestClient, written: str) -> None:
    assert keys(client, "/officials", province=written) == ["le-van-b@nghe-an"]
    meetings = keys(client, "/meetings", province=written)
    assert meetings and all("nghe-an" in key for key in meetings)


def test_other_filters_ignore_accents(client: TestClient) -> None:
    plans = keys(client, "/resolutions", kind="KH")
    assert len(plans) == 2 and keys(client, "/resolutions", kind="kh") == plans
    assert keys(client, "/resolutions", kind="qd") == keys(client, "/resolutions", kind="QĐ") != []
    by_name = keys(client, "/resolutions", issuer="bo chinh tri")
    assert by_name and by_name == keys(client, "/resolutions", issuer="Bộ Chính trị")
    assert keys(client, "/resolutions", issuer="tu") == keys(client, "/resolutions", issuer="TU") != []
    assert keys(client, "/officials", name="LÊ VĂN") == keys(client, "/officials", name="le van") != []
    assert keys(client, "/officials", province="Quảng Trị") == []  # a province with no official: nothing
