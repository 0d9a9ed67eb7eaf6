"""A Party committee written with a capital "Ủy" ("Tỉnh Ủy Bình Phước", "Huyện Ủy", "Đảng Ủy xã"), as some outlets and
title-case headlines write it, is the committee the rules know in its usual spelling ("Tỉnh ủy")."""

from __future__ import annotations

from tests.unit.extract.gold_views import run


def test_a_committee_with_a_capital_uy_is_a_body_and_never_a_person() -> None:
    gold = run(
        "Ngày 5/3, Ban Thường vụ Tỉnh Ủy Bình Phước tổ chức hội nghị sơ kết công tác. Đồng chí Trần Văn Hai, Bí thư "
        "Huyện Ủy Đồng Phú, phát biểu."
    )
    names = {o["name"] for o in gold["organizations"]}
    assert "Ban Thường vụ Tỉnh ủy Bình Phước" in names
    assert "Huyện ủy Đồng Phú" in names
    assert {o["name"] for o in gold["officials"]} == {"Trần Văn Hai"}


def test_the_capital_uy_of_a_committee_is_read_only_after_its_unit_word() -> None:
    gold = run("Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì. Đảng Ủy xã Tân Lập họp phiên thường kỳ ngày 3/4/2025.")
    names = {o["name"] for o in gold["organizations"]}
    assert "Đảng ủy xã Tân Lập" in names


def test_an_abbreviated_executive_committee_below_the_province_keeps_its_abbreviation() -> None:
    gold = run("Chiều 12/3, đại diện BCH Đảng bộ xã Vĩnh Hòa và BCH Đảng bộ huyện Cam Lộ dự buổi gặp mặt.")
    names = {o["name"] for o in gold["organizations"]}
    assert {"BCH Đảng bộ xã Vĩnh Hòa", "BCH Đảng bộ huyện Cam Lộ"} <= names
    assert not names & {"Đảng bộ xã Vĩnh Hòa", "Đảng bộ huyện Cam Lộ"}
