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


def test_a_session_drafts_are_submitted_to_is_not_held_by_the_body_that_discusses_them() -> None:
    gold = run(
        "Chiều 14/6, UBND tỉnh thảo luận các nội dung trình tại kỳ họp thứ 9, HĐND tỉnh khóa XVIII. Đồng chí Lê Văn "
        "Tâm, Chủ tịch UBND tỉnh chủ trì hội nghị.",
        "2024-06-14",
    )
    assert meetings(gold) == [("UBND tỉnh", "2024-06-14")]


def test_a_session_whose_programme_is_told_is_still_the_session_held() -> None:
    gold = run(
        "Sáng 9/12, Kỳ họp thứ 20, HĐND tỉnh khóa XVIII khai mạc. Kỳ họp đã hoàn thành chương trình kỳ họp đề ra.",
        "2024-12-09",
    )
    assert meetings(gold) == [("HĐND tỉnh", "2024-12-09")]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Chiều 20/11, UBND tỉnh thảo luận các nội dung trình tại kỳ họp thứ 22, HĐND tỉnh khóa XVIII.", "UBND tỉnh"),
        ("Sáng 5/3, Ban Thường vụ Huyện ủy cho ý kiến vào dự thảo đề án sáp nhập các xã.", "Ban Thường vụ Huyện ủy"),
        ("Ngày 14/10, Thường trực Tỉnh ủy nghe báo cáo tiến độ các công trình trọng điểm.", "Thường trực Tỉnh ủy"),
    ],
)
def test_a_body_deliberating_in_a_clause_that_opens_with_its_day_holds_a_meeting(sentence: str, body: str) -> None:
    gold = run(sentence, "2024-11-25")
    assert [b for b, _ in meetings(gold)] == [body]


def test_a_body_deliberating_with_no_day_of_its_own_holds_no_meeting() -> None:
    gold = run("Trong năm 2024, UBND tỉnh đã xem xét nhiều đề xuất của doanh nghiệp.", "2024-12")
    assert meetings(gold) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Hôm nay (25/2), UBND tỉnh sơ kết 2 năm thực hiện Đề án 06.", ("UBND tỉnh", "2025-02-25")),
        ("Sáng 5/3, Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết số 57-NQ/TW.", ("Ban Thường vụ Tỉnh ủy", "2025-03-05")),
        ("Chiều 10/1, Huyện ủy Bảo Thắng tổng kết công tác năm 2024.", ("Huyện ủy", "2025-01-10")),
    ],
)
def test_a_body_that_reviews_or_briefs_in_a_clause_opening_with_its_day_holds_a_meeting(
    sentence: str, expected: tuple[str, str]
) -> None:
    gold = run(sentence, "2025-03-06" if "5/3" in sentence else "2025-02-25" if "25/2" in sentence else "2025-01-11")
    assert meetings(gold) == [expected]


def test_a_body_that_reviewed_in_a_year_holds_no_meeting_of_a_day() -> None:
    gold = run("Năm 2024, UBND tỉnh tổng kết nhiều mô hình hay và nhân rộng.", "2025-01")
    assert meetings(gold) == []


def test_a_congress_told_by_what_it_did_sits() -> None:
    gold = run(
        "Ngày 16/1, sau 2 ngày làm việc, Đại hội Đảng bộ xã Tân Hòa lần thứ VII đã bầu Ban Chấp hành gồm 15 đồng chí. "
        "Đại hội biểu quyết thông qua Nghị quyết Đại hội.",
        "2025-01-17",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ xã", "2025-01-16")]


def test_a_congress_that_will_elect_does_not_sit() -> None:
    gold = run("Đại hội Đảng bộ xã Tân Hòa lần thứ VII sẽ bầu Ban Chấp hành khóa mới gồm 15 đồng chí.", "2025-01-10")
    assert meetings(gold) == []


def test_a_body_that_reviews_after_its_day_and_its_venue_holds_a_meeting() -> None:
    gold = run("Sáng 12/8, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy sơ kết 5 năm thực hiện Chỉ thị 05.", "2024-08")
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-08-12")]
