"""Places and documents in the shapes of Red River delta, north-east and south-central coast news, before and after
the 2025 mergers (lists of the new communes and wards, committee names, congress resolutions); sentences written
for the test, none copied from an article or the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract import gold_views

pytestmark = pytest.mark.unit


def run(text: str, published: str = "2025-08") -> dict[str, Any]:
    return gold_views.run(text, published)


def places(gold: dict[str, Any]) -> set[str]:
    return {p["name"] for p in gold["localities"]}


def places_at(gold: dict[str, Any], level: str) -> set[str]:
    return {p["name"] for p in gold["localities"] if p["level"] == level}


def keys(gold: dict[str, Any]) -> set[str]:
    return {r["key"] for r in gold["resolutions"]}


# --- places ---------------------------------------------------------------------------------------------


def test_a_list_after_a_bare_level_word_and_a_colon() -> None:
    gold = run("Huyện Đông Sơn được sắp xếp thành 3 đơn vị là xã: Đông Tiến, Đông Thanh và Đông Minh.")
    assert {"Đông Tiến", "Đông Thanh", "Đông Minh"} <= places_at(gold, "xã")


def test_a_counted_list_with_a_longer_phrase_before_its_colon() -> None:
    gold = run("Tỉnh dự kiến 4 phường sẽ được thành lập mới gồm: Bắc Lâm Hải, Nam Lâm Hải, Lâm Hải và Tân Cảng.")
    assert {"Bắc Lâm Hải", "Nam Lâm Hải", "Lâm Hải", "Tân Cảng"} <= places_at(gold, "phường")


def test_a_ward_named_as_a_province_inside_a_list_of_wards() -> None:
    gold = run("Thành phố được sắp xếp thành các đơn vị là phường Thủy Nguyên, Hòa Bình, Nam Triệu và Lưu Kiếm.")
    assert {"Thủy Nguyên", "Hòa Bình", "Nam Triệu", "Lưu Kiếm"} <= places_at(gold, "phường")


@pytest.mark.parametrize("text", ["phát huy truyền thống Thành phố Anh hùng", "xây dựng thành phố Cảng văn minh"])
def test_a_common_word_after_a_city_level_word_is_no_city(text: str) -> None:
    gold = run(f"Đại hội đặt mục tiêu {text}, như Nghệ An đã làm ở thành phố Vinh.")
    assert places(gold) & {"Anh", "Cảng"} == set()
    assert "Vinh" in places(gold)


@pytest.mark.parametrize(("written", "name", "level"), [("H. Nghi Lộc", "Nghi Lộc", "huyện"),
                                                        ("X. Nghi Lâm", "Nghi Lâm", "xã")])  # fmt: skip
def test_a_district_and_a_commune_written_with_one_letter(written: str, name: str, level: str) -> None:
    gold = run(f"Đoàn công tác của tỉnh Nghệ An kiểm tra tiến độ dự án tại {written} trong tháng 7.")
    assert name in places_at(gold, level)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Tỉnh là cửa ngõ của khu vực Bắc Trung Bộ và duyên hải miền Trung.", "Bắc Trung Bộ và duyên hải miền Trung"),
        ("Hải Dương nằm ở trung tâm vùng đồng bằng sông Hồng.", "Đồng bằng sông Hồng"),
    ],
)
def test_a_region_after_khu_vuc_or_in_lower_case(text: str, region: str) -> None:
    gold = run(text)
    assert region in places_at(gold, "vùng")


def test_districts_the_gazetteer_knows_after_cac_dia_phuong() -> None:
    gold = run("Các địa phương Tiên Lãng, Vĩnh Bảo của thành phố Hải Phòng đã hoàn thành kế hoạch.")
    assert {"Tiên Lãng", "Vĩnh Bảo"} <= places(gold)
