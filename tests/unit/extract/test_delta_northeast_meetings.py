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


def test_a_commune_congress_with_its_province_after_a_comma_sits() -> None:
    gold = run(
        "Trong 2 ngày 11 - 12/8, Đảng bộ xã Tân Lập, Phú Thọ tổ chức Đại hội đại biểu lần thứ nhất, nhiệm kỳ "
        "2025–2030. Ông Lê Văn Bình, Bí thư Đảng ủy xã, phát biểu khai mạc.",
        "2025-08",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ xã", "2025-08-11")]


def test_a_congress_attended_by_its_delegates_sits() -> None:
    gold = run(
        "Trong hai ngày 21-22/8, các xã, phường trong tỉnh tổ chức đại hội. Đại hội đại biểu Đảng bộ phường Đông "
        "Sơn lần thứ I, nhiệm kỳ 2025-2030, có sự tham dự của 180 đại biểu chính thức.",
        "2025-08",
    )
    assert [body for body, _ in meetings(gold)] == ["Đại hội đại biểu Đảng bộ phường"]


def test_a_rarer_surname_named_to_a_post() -> None:
    gold = run("Bà Tống Thị Hương được chỉ định giữ chức Bí thư Đảng ủy xã. Ông Khuất Văn An phát biểu.", "2025-08")
    assert "Tống Thị Hương" in officials(gold)


def test_a_prefixed_name_with_its_title_right_after_it() -> None:
    gold = run("Ông Nghiêm Văn Hải Phó Chủ tịch HĐND tỉnh thông tin tại buổi họp báo.", "2025-12")
    assert officials(gold) == {"Nghiêm Văn Hải"}
    assert gold["officials"][0]["titles"] == ["Phó Chủ tịch HĐND tỉnh"]


def test_boards_of_a_ward_a_team_and_a_province_named_as_written() -> None:
    gold = run(
        "Sáng 2/3, Đoàn kiểm tra, giám sát số 12 tổ chức hội nghị công bố quyết định. Ông Lê Văn An, Chủ nhiệm Ủy ban "
        "Kiểm tra Đảng ủy phường, và bà Trần Thị Bình, Trưởng Ban Tuyên giáo và Dân vận tỉnh, cùng lãnh đạo UB MTTQ "
        "dự. Hội nghị diễn ra tại Trung tâm Tổ chức Hội nghị tỉnh.",
        "2026-03",
    )
    names = orgs(gold)
    assert {
        "Đoàn kiểm tra, giám sát số 12",
        "Ủy ban Kiểm tra Đảng ủy phường",
        "Ban Tuyên giáo và Dân vận tỉnh",
    } <= names
    assert "MTTQ" not in names
    assert not any(name.startswith("Trung tâm") for name in names)


def test_a_working_team_with_a_capital_and_a_committee_with_abbreviations_in_brackets() -> None:
    gold = run(
        "Ngày 9/9, Tổ Công tác số 3 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng. Chiều 1/8, Ban "
        "Chỉ đạo (BCĐ) về phát triển khoa học, công nghệ (KHCN) và chuyển đổi số tỉnh Cao Bằng tổ chức kỳ họp lần "
        "thứ hai. Chiều 2/8, Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh tổ chức họp cho ý kiến vào dự thảo. "
        "Ông Lê Văn An, Chủ tịch Ủy ban MTTQ VN tỉnh Cao Bằng, dự.",
        "2025-09",
    )
    names = orgs(gold)
    assert {
        "Tổ Công tác số 3 của Bộ Chính trị",
        "Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển đổi số tỉnh Cao Bằng",
        "Tiểu ban Văn kiện Đại hội đại biểu Đảng bộ tỉnh",
        "Ủy ban MTTQ VN tỉnh Cao Bằng",
    } <= names


def test_a_team_works_with_the_standing_boards_of_two_provinces() -> None:
    gold = run(
        "Ngày 9/9, Tổ Công tác số 3 của Bộ Chính trị làm việc với đại diện các Ban Thường vụ Tỉnh ủy Cao Bằng, "
        "Lạng Sơn để cho ý kiến vào dự thảo văn kiện.",
        "2025-09",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-09-09")]


def test_a_steering_committee_named_with_abbreviations_holds_its_session() -> None:
    gold = run(
        "Chiều 1/8, Ban Chỉ đạo (BCĐ) về phát triển khoa học, công nghệ (KHCN) và chuyển đổi số tỉnh Cao Bằng tổ "
        "chức kỳ họp lần thứ hai.",
        "2025-08",
    )
    [(body, date)] = meetings(gold)
    assert body.startswith("Ban Chỉ đạo về phát triển khoa học, công nghệ và chuyển đổi số tỉnh")
    assert date == "2025-08-01"


def test_a_counted_post_and_its_holders_listed_after_a_colon() -> None:
    gold = run(
        "Lãnh đạo UBND tỉnh gồm Chủ tịch và 4 Phó Chủ tịch. Cụ thể, 4 Phó Chủ tịch là các ông: Lê Văn Huy (Phó Chủ "
        "tịch Thường trực), Trần Hùng Nam, Phạm Văn Sơn, Ngô Văn Hoàn.",
        "2025-11",
    )
    assert {"Lê Văn Huy", "Trần Hùng Nam", "Phạm Văn Sơn", "Ngô Văn Hoàn"} <= officials(gold)


def test_the_inspection_committee_with_its_second_word_capitalised() -> None:
    gold = run(
        "Ông Lê Văn Hưng giữ chức vụ Chủ nhiệm Ủy Ban Kiểm tra Tỉnh ủy Hưng Yên nhiệm kỳ 2025 – 2030.", "2025-10"
    )
    assert "Ủy Ban Kiểm tra Tỉnh ủy Hưng Yên" in orgs(gold)


def test_the_inspection_committee_of_the_peoples_committees_party_organization() -> None:
    gold = run("Tỉnh ủy chỉ định 7 cán bộ tham gia Ủy ban Kiểm tra Đảng ủy UBND tỉnh nhiệm kỳ 2025-2030.", "2025-11")
    assert "Ủy ban Kiểm tra Đảng ủy UBND tỉnh" in orgs(gold)


def test_a_second_session_chaired_by_the_council_chair_on_its_own_day() -> None:
    gold = run(
        "Sáng 29/7, Tổ đại biểu HĐND tỉnh đơn vị số 3 tiếp xúc cử tri phường Tân Giang. Ngày 25/7, đồng chí Lê Văn "
        "Tịnh, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì phiên họp thường kỳ tháng 7.",
        "2025-07",
    )
    assert ("HĐND tỉnh", "2025-07-25") in meetings(gold)


def test_the_deputies_listed_after_their_post_and_term_with_no_colon() -> None:
    gold = run(
        "Các Phó Bí thư Thành ủy nhiệm kỳ 2020-2025 là ông Đỗ Văn Hiến, Lê Ngọc Hải, Phạm Văn Lập được chỉ định "
        "tiếp tục.",
        "2025-09",
    )
    assert {"Đỗ Văn Hiến", "Lê Ngọc Hải", "Phạm Văn Lập"} <= officials(gold)


def test_the_ministry_of_foreign_affairs_and_a_general_department() -> None:
    gold = run("Ông Lê Văn Trung, Quyền Bộ trưởng Bộ Ngoại giao; ông Trịnh Văn An, Chủ nhiệm Tổng cục Chính trị dự.")
    assert {"Bộ Ngoại giao", "Tổng cục Chính trị"} <= orgs(gold)
    assert "Bộ Ngoại" not in orgs(gold)


def test_a_council_deputy_elected_with_a_comma_before_the_post() -> None:
    gold = run(
        "Tại kỳ họp, các đại biểu bầu bà Lê Thị Tươm, giữ chức Phó Chủ tịch Hội đồng nhân dân xã khóa XX.", "2021-06"
    )
    assert "Lê Thị Tươm" in officials(gold)


def test_the_standing_boards_of_two_provinces_listed_after_one_committee() -> None:
    gold = run(
        "Ngày 9/9, Tổ Công tác số 3 của Bộ Chính trị làm việc với đại diện các Ban Thường vụ Tỉnh ủy Cao Bằng, "
        "Lạng Sơn. Các ý kiến tán thành với dự thảo của Tỉnh ủy Cao Bằng, Lạng Sơn.",
        "2025-09",
    )
    assert {
        "Ban Thường vụ Tỉnh ủy Cao Bằng",
        "Ban Thường vụ Tỉnh ủy Lạng Sơn",
        "Tỉnh ủy Cao Bằng",
        "Tỉnh ủy Lạng Sơn",
    } <= orgs(gold)


def test_a_sub_committee_named_for_the_congress_meets_and_the_congress_does_not_sit() -> None:
    gold = run(
        "Sáng 3/1, Tiểu ban Tuyên truyền – Khánh tiết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVI tổ chức họp nghe và "
        "cho ý kiến. Đồng chí Lê Văn Phương, Phó Bí thư Tỉnh ủy, Trưởng Tiểu ban chủ trì.",
        "2025-01",
    )
    assert not any(body.startswith("Đại hội") for body, _ in meetings(gold))
    assert "Tiểu ban Tuyên truyền – Khánh tiết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVI" in orgs(gold)


def test_a_council_session_with_its_kind_in_brackets_before_the_council() -> None:
    gold = run(
        "Ngày 8/9, tại kỳ họp thứ 3 (kỳ họp chuyên đề), HĐND TP Đà Nẵng khóa X bầu Chủ tịch UBND thành phố. Trước "
        "đó, chiều 6/9, Ban Thường vụ Thành ủy Đà Nẵng tổ chức hội nghị công bố quyết định của Bộ Chính trị.",
        "2025-09",
    )
    assert ("HĐND thành phố", "2025-09-08") in meetings(gold)


def test_a_post_of_a_city_written_right_after_the_dot_then_its_holder() -> None:
    gold = run("Theo Chủ tịch HĐND TP.Đà Nẵng Ngô Xuân Thắng, kỳ họp này có ý nghĩa đặc biệt.", "2025-06")
    assert officials(gold) == {"Ngô Xuân Thắng"}


def test_a_post_left_with_its_term_in_brackets_before_its_holder() -> None:
    gold = run(
        "HĐND thông qua tờ trình miễn nhiệm chức danh Chủ tịch UBND TP Đà Nẵng khóa X (nhiệm kỳ 2021 - 2026) đối "
        "với ông Lương Văn Minh Triết để nhận nhiệm vụ mới.",
        "2025-09",
    )
    assert officials(gold) == {"Lương Văn Minh Triết"}


def test_an_inspection_team_reports_its_findings_on_the_standing_board() -> None:
    gold = run(
        "Ngày 4/1, Đoàn kiểm tra số 12 của Bộ Chính trị đã làm việc, thông báo dự thảo báo cáo kết quả kiểm tra công "
        "tác lãnh đạo, chỉ đạo, tổ chức thực hiện Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng đối với "
        "Ban Thường vụ Tỉnh ủy Cao Bằng.",
        "2025-01",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-01-04")]


def test_an_earlier_session_opened_with_vao_before_its_day() -> None:
    gold = run(
        "Ngày 10/11, HĐND tỉnh Cao Bằng tổ chức kỳ họp thứ 30 bầu Chủ tịch UBND tỉnh. Trước đó vào chiều 9/11, Tỉnh "
        "ủy Cao Bằng tổ chức hội nghị công bố quyết định của Ban Bí thư. Trước đó, vào sáng 8/11, Ban Thường vụ Tỉnh "
        "ủy Cao Bằng họp cho ý kiến về công tác cán bộ.",
        "2025-11",
    )
    assert {("Tỉnh ủy", "2025-11-09"), ("Ban Thường vụ Tỉnh ủy", "2025-11-08")} <= set(meetings(gold))
