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


@pytest.mark.parametrize(
    "opening", ["Vào các ngày 24 và 25/1", "Trong các ngày 24 và 25/1", "Trong hai ngày 24 - 25/1", "Các ngày 24, 25/1"]
)
def test_a_meeting_held_over_the_days_listed_starts_on_the_first(opening: str) -> None:
    gold = run(f"{opening}, HĐND tỉnh Lai Châu khóa XV tổ chức kỳ họp thứ 22 để bầu bổ sung chức danh.", "2024-02")
    assert meetings(gold) == [("HĐND tỉnh", "2024-01-24")]


def test_an_association_named_in_lower_case_keeps_its_province_and_holds_its_symposium() -> None:
    gold = run(
        "Sáng 14/3, Hội Khoa học lịch sử tỉnh Hưng Yên tổ chức tọa đàm về danh nhân Phạm Ngũ Lão.",
        "2024-03",
    )
    assert "Hội Khoa học lịch sử tỉnh Hưng Yên" in orgs(gold)
    assert meetings(gold) == [("Hội Khoa học lịch sử tỉnh Hưng Yên", "2024-03-14")]  # (the scorer drops the province)


def test_the_union_of_science_associations_written_in_lower_case_holds_its_conference() -> None:
    gold = run(
        "Chiều 3/10, Liên hiệp các Hội khoa học và Kỹ thuật Việt Nam tổ chức Hội nghị giao ban các tỉnh miền núi.",
        "2023-10",
    )
    assert meetings(gold) == [("Liên hiệp các Hội khoa học và Kỹ thuật Việt Nam", "2023-10-03")]


def test_a_ceremony_held_in_a_province_with_no_organizer_named_is_the_province_committee_s() -> None:
    gold = run(
        "Sáng 1/7, tại tỉnh Tuyên Quang, đã diễn ra Lễ công bố các nghị quyết về sắp xếp đơn vị hành chính cấp xã.",
        "2025-07",
    )
    assert meetings(gold) == [("Tỉnh ủy", "2025-07-01")]


def test_a_later_dated_meeting_of_a_named_committee_is_reported_with_its_own_day() -> None:
    gold = run(
        "Sáng 2/10, HĐND tỉnh Kon Tum tổ chức kỳ họp chuyên đề. Chiều 25/9, ông Lê Văn Bình, Phó Chủ tịch UBND "
        "tỉnh, Trưởng Ban Chỉ đạo chuyển đổi số tỉnh đã chủ trì cuộc họp của Ban Chỉ đạo để đánh giá tiến độ.",
        "2024-10",
    )
    assert meetings(gold) == [("HĐND tỉnh", "2024-10-02"), ("Ban Chỉ đạo chuyển đổi số tỉnh", "2024-09-25")]


def test_a_meeting_held_by_a_body_named_after_a_long_title_and_do_is_that_body_s() -> None:
    gold = run(
        "Đó là khẳng định của đồng chí Lê Văn Bình, Chủ tịch UBND tỉnh tại hội nghị kỷ niệm 70 năm ngày thầy thuốc "
        "Việt Nam (27/2/1955 – 27/2/2025) và phát động thi đua năm 2025 do Sở Y tế tổ chức sáng nay.",
        "2025-02-25",
    )
    assert meetings(gold) == [("Sở Y tế", "2025-02-25")]


def test_a_congratulatory_visit_is_the_host_s_meeting() -> None:
    gold = run(
        "Sáng ngày 26/2, các đồng chí: Lê Văn Bình, Bí thư Tỉnh ủy; Trần Văn An, Chủ tịch UBND tỉnh đã đến thăm và "
        "chúc mừng các cán bộ, viên chức Sở Y tế Hà Giang nhân kỷ niệm Ngày Thầy thuốc Việt Nam.",
        "2025-02",
    )
    assert meetings(gold) == [("Sở Y tế Hà Giang", "2025-02-26")]  # (the scorer drops the province)


def test_a_congratulatory_visit_only_planned_is_no_meeting() -> None:
    gold = run("Ngày 26/2, lãnh đạo tỉnh sẽ đến thăm và chúc mừng Sở Y tế Hà Giang nhân Ngày Thầy thuốc.", "2025-02")
    assert meetings(gold) == []


def test_a_leader_who_receives_and_works_with_a_delegation_holds_the_meeting_for_his_committee() -> None:
    gold = run(
        "Sáng 5/3, Chủ tịch UBND tỉnh Lê Văn An tiếp và làm việc với Đoàn công tác của Ngân hàng Thế giới về dự án "
        "cấp nước.",
        "2024-03",
    )
    assert meetings(gold) == [("UBND tỉnh", "2024-03-05")]


def test_a_deputy_chair_s_reception_of_a_delegation_is_the_people_s_committee_s() -> None:
    gold = run(
        "Chiều 23/7, ông Lê Văn An – Phó Chủ tịch UBND tỉnh đã có buổi tiếp và làm việc với đoàn công tác của "
        "Bộ Nông nghiệp và Môi trường.",
        "2024-07",
    )
    assert meetings(gold) == [("UBND tỉnh", "2024-07-23")]


def test_a_reception_in_a_later_dated_sentence_is_reported_as_its_own_meeting() -> None:
    gold = run(
        "Sáng 2/8, HĐND tỉnh Đắk Nông tổ chức kỳ họp chuyên đề. Chiều 23/7, ông Lê Văn An, Phó Chủ tịch UBND tỉnh đã "
        "tiếp và làm việc với đoàn công tác của Bộ Y tế.",
        "2024-08",
    )
    assert meetings(gold) == [("HĐND tỉnh", "2024-08-02"), ("UBND tỉnh", "2024-07-23")]


def test_the_standing_board_abbreviated_ban_tvtu_hosts_a_working_visit() -> None:
    gold = run(
        "Chiều 23/6, Phó Thủ tướng Lê Văn An cùng Đoàn công tác Trung ương đã làm việc với Ban TVTU các tỉnh Hà Nam "
        "và Ninh Bình về tình hình sắp xếp bộ máy.",
        "2025-06",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-06-23")]


def test_a_central_leader_s_visit_to_a_province_reads_past_an_abbreviation_with_a_dot() -> None:
    gold = run(
        "Ngày 3/5, Tổng Bí thư, Trưởng Ban Chỉ đạo T.Ư về phòng, chống tham nhũng Lê Văn An cùng Đoàn công tác đã đến "
        "thăm, làm việc tại tỉnh Kon Tum.",
        "2024-05",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-05-03")]


def test_a_meeting_said_to_be_expected_after_its_name_is_only_planned() -> None:
    gold = run(
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh Hà Nam lần thứ 21 dự kiến tổ chức vào giữa tháng 12 để thông qua "
        "nghị quyết.",
        "2024-11",
    )
    assert meetings(gold) == []


def test_a_meeting_held_and_one_it_plans_keep_the_held_one() -> None:
    gold = run(
        "Chiều 5/11, Ban Thường vụ Tỉnh ủy Hà Nam họp cho ý kiến về việc chuẩn bị Hội nghị Ban Chấp hành Đảng bộ tỉnh "
        "lần thứ 21. Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 21 sẽ được tổ chức vào giữa tháng 12.",
        "2024-11",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-11-05")]


def test_a_party_committee_that_holds_its_congress_is_the_congress() -> None:
    gold = run(
        "Sáng nay (14/10), tại Trung tâm Hội nghị tỉnh, Ban Chấp hành Đảng bộ tỉnh Cao Bằng long trọng tổ chức Đại hội "
        "đại biểu lần thứ XX, nhiệm kỳ 2025 - 2030.",
        "2025-10-14",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ tỉnh", "2025-10-14")]


def test_a_party_committee_that_holds_a_congress_of_another_kind_is_not_its_congress() -> None:
    gold = run("Sáng 14/10, Ban Chấp hành Đảng bộ tỉnh Cao Bằng tổ chức Đại hội thi đua yêu nước.", "2025-10")
    assert meetings(gold) == [("Ban Chấp hành Đảng bộ tỉnh", "2025-10-14")]  # (no Party congress read)


def test_a_body_that_receives_and_works_with_a_delegation_holds_the_meeting() -> None:
    gold = run(
        "Sáng 5/3, Ban Thường vụ Tỉnh ủy Yên Bái tiếp và làm việc với Đoàn công tác của Ban Tổ chức Trung ương.",
        "2024-03",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-03-05")]
