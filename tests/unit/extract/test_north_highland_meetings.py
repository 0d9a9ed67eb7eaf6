"""Meetings in the shapes northern-mountain, Red River delta and Central Highlands articles use: a council named in
full with its abbreviation in brackets, a session "tổ chức khai mạc", a steering committee's meeting "nhằm" a purpose,
an institute named with its region.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, orgs, run

pytestmark = pytest.mark.unit


def test_a_council_named_in_full_with_its_abbreviation_in_brackets_holds_its_session() -> None:
    gold = run(
        "Ngày 12/3, Hội đồng nhân dân (HĐND) tỉnh Hà Giang khóa XV, nhiệm kỳ 2021 - 2026 tổ chức Kỳ họp chuyên đề "
        "để xem xét một số nội dung về đầu tư công.",
        "2024-03",
    )
    assert meetings(gold) == [("HĐND tỉnh", "2024-03-12")]


def test_a_people_s_committee_named_in_full_with_its_abbreviation_holds_its_meeting() -> None:
    gold = run(
        "Chiều 8/5, Ủy ban nhân dân (UBND) tỉnh Lai Châu đã tổ chức phiên họp thường kỳ tháng 5 để đánh giá tình "
        "hình kinh tế - xã hội.",
        "2024-05",
    )
    assert meetings(gold) == [("UBND tỉnh", "2024-05-08")]


def test_a_council_that_holds_the_opening_of_its_session_holds_the_session() -> None:
    gold = run(
        "Sáng 9/12, tại Hội trường tỉnh, HĐND tỉnh Hưng Yên khóa XVII tổ chức khai mạc Kỳ họp thứ 20 (kỳ họp "
        "thường lệ cuối năm), kéo dài trong 3 ngày.",
        "2024-12",
    )
    assert meetings(gold) == [("HĐND tỉnh", "2024-12-09")]


def test_a_steering_committee_s_meeting_held_to_a_purpose_ends_its_name_before_the_purpose() -> None:
    gold = run(
        "Chiều 5/9, ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh chủ trì cuộc họp "
        "của Ban Chỉ đạo nhằm rà soát tiến độ các nhiệm vụ.",
        "2024-09",
    )
    assert not any(name.endswith("nhằm") for name in orgs(gold))


def test_an_institute_named_with_its_region_keeps_the_region_and_holds_its_symposium() -> None:
    gold = run(
        "Ngày 20/4, Viện Nghiên cứu văn hóa vùng Tây Bắc đã tổ chức hội thảo khoa học về di sản các dân tộc.",
        "2023-04",
    )
    assert "Viện Nghiên cứu văn hóa vùng Tây Bắc" in orgs(gold)
    assert meetings(gold) == [("Viện Nghiên cứu văn hóa vùng Tây Bắc", "2023-04-20")]
