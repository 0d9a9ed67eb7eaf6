"""Meetings, bodies and officials in the shapes north-east, Red River delta and central-coast articles use: a
committee's name that a list of guests follows, the Party organization of a provincial People's Committee written in
capitals, a former district's name after its committee, bodies inside the posts of prosecutors and commissars.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, officials, orgs, run

pytestmark = pytest.mark.unit


def test_a_committee_name_stops_before_a_list_of_guests() -> None:
    gold = run(
        "Dự họp báo có lãnh đạo các Tiểu ban giúp việc Đại hội, lãnh đạo các sở, ngành liên quan. "
        "Dự thảo đang được Tiểu ban Văn kiện Đại hội và các cấp, các ngành góp ý.",
        "2025-09",
    )
    names = orgs(gold)
    assert not any("lãnh đạo" in name or "các cấp" in name for name in names)
    assert "Tiểu ban Văn kiện Đại hội" in names


def test_the_party_organization_of_the_peoples_committee_in_capitals_holds_its_congress() -> None:
    gold = run(
        "Ngày 5/8, đã diễn ra phiên chính thức Đại hội đại biểu Đảng bộ Ủy ban Nhân dân tỉnh Hà Nam lần thứ I, "
        "nhiệm kỳ 2025-2030. Ông Lê Văn Bình, Bí thư Tỉnh ủy, dự và chỉ đạo Đại hội.",
        "2025-08",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ Ủy ban Nhân dân tỉnh", "2025-08-05")]
    assert "Đảng bộ Ủy ban Nhân dân tỉnh Hà Nam" in orgs(gold)
    assert "Ủy ban Nhân dân tỉnh Hà Nam" not in orgs(gold)


def test_a_former_district_after_its_committee_is_not_a_person() -> None:
    gold = run(
        "Ông Trần Văn Hải từng giữ các chức Giám đốc Sở Tài chính, Bí thư Quận ủy Lê Chân cũ. "
        "Ông Nguyễn Văn Nam, Bí thư Quận ủy Hồng Bàng, phát biểu.",
        "2025-10",
    )
    names = officials(gold)
    assert "Lê Chân" not in names
    assert "Nguyễn Văn Nam" in names


def test_the_prosecutors_office_and_the_military_command_inside_posts_are_bodies() -> None:
    gold = run(
        "Tỉnh bổ sung hai Ủy viên Ban Chấp hành là ông Lê Văn Hùng - Viện trưởng VKSND tỉnh và Đại tá Trần Văn "
        "Việt - Chính ủy Bộ chỉ huy quân sự tỉnh.",
        "2025-09",
    )
    assert {"VKSND tỉnh", "Bộ chỉ huy quân sự tỉnh"} <= orgs(gold)


def test_a_former_district_in_brackets_after_its_committee_is_not_a_person() -> None:
    gold = run("Bà Trần Thị Hoa, nguyên Chủ tịch UBND huyện Vũ Thư (cũ), dự hội nghị.", "2025-10")
    assert "Vũ Thư" not in officials(gold)
