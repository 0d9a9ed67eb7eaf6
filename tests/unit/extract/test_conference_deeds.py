"""Conferences, plenums and congresses told by what they did rather than by "tổ chức hội nghị": a body that holds a
review or a briefing named by its activity ("tổ chức tổng kết", "tổ chức sơ kết", "tổ chức quán triệt"), a plenum
convened by the standing board and named with "của" ("tiến hành Hội nghị chuyên đề lần thứ 12 của Ban Chấp hành
Đảng bộ tỉnh"), and a congress over days listed one by one ("Trong 3 ngày, 7, 8 và 9/9/2020").

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, run

pytestmark = pytest.mark.unit


def test_a_committee_holds_a_review_named_by_its_activity_over_a_congress_told_in_passing() -> None:
    gold = run(
        "Chiều 19-12, Đảng ủy phường Tân An tổ chức tổng kết công tác xây dựng Đảng năm 2025 và triển khai nhiệm vụ "
        "năm 2026. Năm qua, phường đã tổ chức thành công Đại hội đại biểu Đảng bộ phường lần thứ I.",
        "2025-12-20",
    )
    assert meetings(gold) == [("Đảng ủy phường", "2025-12-19")]


@pytest.mark.parametrize("activity", ["sơ kết 6 tháng", "quán triệt Chỉ thị số 45-CT/TW", "học tập chuyên đề năm 2025"])
def test_a_review_or_a_briefing_held_by_a_body_is_its_meeting(activity: str) -> None:
    gold = run(f"Sáng 8/7, Huyện ủy Lục Yên tổ chức {activity} cho cán bộ chủ chốt.", "2024-07")
    assert meetings(gold) == [("Huyện ủy", "2024-07-08")]


def test_a_review_only_asked_for_is_no_meeting() -> None:
    gold = run("Ban Thường vụ Tỉnh ủy yêu cầu UBND tỉnh tổ chức sơ kết việc thực hiện trước ngày 30/6.", "2024-05")
    assert meetings(gold) == []


def test_a_plenum_convened_by_the_board_and_named_with_of_is_the_plenum() -> None:
    gold = run(
        "Ngày 12-3, Ban Thường vụ Tỉnh ủy tiến hành Hội nghị chuyên đề lần thứ 12 của Ban Chấp hành Đảng bộ tỉnh khóa "
        "XV. Đồng chí Trần Văn Nam, Bí thư Tỉnh ủy chủ trì hội nghị.",
        "2024-03",
    )
    assert meetings(gold) == [("Ban Chấp hành Đảng bộ tỉnh", "2024-03-12")]


def test_a_congress_over_days_listed_one_by_one_starts_on_the_first() -> None:
    gold = run(
        "Trong 03 ngày, 7, 8 và 9/9/2020, Đảng bộ huyện Tân Phú đã trọng thể tổ chức Đại hội đại biểu lần thứ XI, "
        "nhiệm kỳ 2020 - 2025.",
        "2020-09",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ huyện", "2020-09-07")]
