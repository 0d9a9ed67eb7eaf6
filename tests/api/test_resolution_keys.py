"""A resolution is asked for the way people qualify a symbol: with its province (``11-KH/TU@nghe-an``), its
year (``11-KH/TU:2023``), or both, not only by its full key or its bare symbol. The documents are loaded
through the pipeline (sentences written for this test), so the keys are the ones the loader makes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from loaders.pipeline import Loader

pytestmark = pytest.mark.api

DOCS = {
    "nghe-an.txt": "Nghệ An cụ thể hóa\n\nNgày 3/5/2023, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Kế hoạch số 11-KH/TU "
    "ngày 3/5/2023 thực hiện Nghị quyết số 26-NQ/TW ngày 30/7/2013 của Bộ Chính trị.\n",
    "ha-tinh.txt": "Hà Tĩnh cụ thể hóa\n\nNgày 6/6/2024, Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 11-KH/TU "
    "ngày 6/6/2024 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n",
    "yen-thanh.txt": "Yên Thành cụ thể hóa\n\nNgày 8/6/2023, UBND huyện Yên Thành ban hành Kế hoạch số 77/KH-UBND "
    "ngày 8/6/2023 thực hiện Kế hoạch số 11-KH/TU ngày 3/5/2023 của Ban Thường vụ Tỉnh ủy Nghệ An.\n",
    "tinh.txt": "Nghệ An triển khai chỉ thị\n\nNgày 2/8/2023, UBND tỉnh Nghệ An ban hành Kế hoạch số 77/KH-UBND ngày "
    "2/8/2023 thực hiện Chỉ thị số 5-CT/TW ngày 15/5/2016 của Bộ Chính trị.\n",
    "chi-thi.txt": "Học tập và làm theo\n\nTỉnh ủy Hà Tĩnh sơ kết Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính "
    "trị.\n",
}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("resolution-keys")
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    store = EmbeddedStore(root / "var", start_timeout=30)
    store.apply_schema()
    Loader(store).load_paths([str(root / name) for name in DOCS])
    try:
        with TestClient(create_app(Settings(data_dir=root / "unused"), store), raise_server_exceptions=False) as c:
            yield c
    finally:
        store.close()


@pytest.mark.parametrize(
    ("asked", "key"),
    [
        ("11-KH/TU@nghe-an:2023", "11-KH/TU@nghe-an:2023"),  # the key itself
        ("11-KH/TU@nghe-an", "11-KH/TU@nghe-an:2023"),  # symbol and province
        ("11-KH/TU@ha-tinh", "11-KH/TU@ha-tinh:2024"),
        ("11-KH/TU:2023", "11-KH/TU@nghe-an:2023"),  # symbol and year: one of the two provinces
        ("26-NQ/TW:2013", "26-NQ/TW:2013"),
    ],
)
def test_a_qualified_symbol_finds_its_one_resolution(client: TestClient, asked: str, key: str) -> None:
    answer = client.get(f"/resolutions/{asked}/implementations")
    assert answer.status_code == 200, answer.text
    assert answer.json()["key"] == key


def test_a_symbol_of_two_provinces_is_ambiguous_and_a_wrong_qualifier_is_not_found(client: TestClient) -> None:
    assert client.get("/resolutions/11-KH/TU").status_code == 409
    assert client.get("/resolutions/11-KH/TU@nghe-an:2024").status_code == 404
    assert client.get("/resolutions/11-KH/TU@quang-tri").status_code == 404


def test_a_plan_of_a_code_every_level_uses_is_not_said_to_be_provincial(client: TestClient) -> None:
    # "/KH-UBND" is written by a province's, a district's and a commune's people's committee alike: the
    # symbol does not tell the level, so the district's plan is not dropped from the district's answer
    def implementers(level: str) -> list[str]:
        answer = client.get("/resolutions/11-KH/TU@nghe-an/implementations", params={"level": level})
        assert answer.status_code == 200, answer.text
        return [item["key"] for item in answer.json()["items"]]

    assert [key.split("@")[0] for key in implementers("district")] == ["77/KH-UBND"]
    assert implementers("central") == []


def test_a_number_written_without_its_leading_zero_finds_the_one_document(client: TestClient) -> None:
    # one node for "05-CT/TW" and "5-CT/TW" (two documents wrote it each way), found by either spelling and by search
    for asked in ("05-CT/TW", "5-CT/TW", "5-CT/TW:2016"):
        answer = client.get(f"/resolutions/{asked}/implementations")
        assert answer.status_code == 200, answer.text
        assert answer.json()["key"] == "05-CT/TW:2016"
    for q in ("Chỉ thị 5", "5-CT/TW", "05-CT/TW"):
        hits = client.get("/search", params={"q": q}).json()["results"]
        assert hits and hits[0]["key"] == "05-CT/TW:2016", q


def test_a_district_plan_and_a_provincial_plan_with_one_symbol_are_two_and_each_is_found(client: TestClient) -> None:
    provincial = client.get("/resolutions/77/KH-UBND@nghe-an/implementations")
    assert provincial.status_code == 200, provincial.text
    assert provincial.json()["key"] == "77/KH-UBND@nghe-an:2023"
    district = client.get("/resolutions/77/KH-UBND@nghe-an/huyen-yen-thanh/implementations")
    assert district.status_code == 200, district.text
    assert district.json()["key"] == "77/KH-UBND@nghe-an/huyen-yen-thanh:2023"
