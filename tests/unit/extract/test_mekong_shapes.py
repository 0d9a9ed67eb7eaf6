"""Meetings, officials and bodies in shapes the Mekong delta's and the south-east's news use (congresses written
"Đại hội Đại biểu", a Party organization holding its congress's preparatory session, a venue before the
organizers, a deputies' delegation of a constituency, "title - name", bodies that run into a place or a person);
sentences written for the test, none copied from an article or the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract import gold_views
from tests.unit.extract.gold_views import meetings, officials, orgs

pytestmark = pytest.mark.unit


def run(text: str, published: str = "2025-10") -> dict[str, Any]:
    return gold_views.run(text, published)


def titles(gold: dict[str, Any], name: str) -> list[str]:
    return next((o["titles"] for o in gold["officials"] if o["name"] == name), [])


# --- congresses -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 14-10, Đại hội Đại biểu Đảng bộ tỉnh Hậu Giang lần thứ XIV, nhiệm kỳ 2025 - 2030 đã khai mạc.",
        # attended and directed by a central leader
        "Ngày 14-10, ông Lê Văn Sáu, Bí thư Trung ương Đảng, đã thay mặt Bộ Chính trị tham dự và chỉ đạo Đại hội Đại "
        "biểu Đảng bộ tỉnh Hậu Giang lần thứ I, nhiệm kỳ 2025 - 2030.",
    ],
)
def test_a_congress_written_with_a_capital_dai_bieu_sits(text: str) -> None:
    assert ("Đại hội đại biểu Đảng bộ tỉnh", "2025-10-14") in meetings(run(text))


def test_a_party_organization_holding_its_congress_preparatory_session_is_the_congress() -> None:
    gold = run(
        "Chiều 8-10, Đảng bộ tỉnh Bình Phước tổ chức phiên trù bị Đại hội đại biểu Đảng bộ tỉnh lần thứ nhất, nhiệm kỳ "
        "2025 - 2030. Dự phiên trù bị có 400 đại biểu."
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ tỉnh", "2025-10-08")]


def test_a_leader_attending_a_ward_congress_reports_it() -> None:
    gold = run(
        "Sáng 12/8, ông Trần Văn Chín - Ủy viên Ban Thường vụ Thành ủy TP HCM - dự Đại hội Đảng bộ phường Tân Định. "
        "Đại hội xác định 5 nhiệm vụ trọng tâm."
    )
    assert ("Đại hội đại biểu Đảng bộ phường", "2025-08-12") in meetings(gold)


def test_a_delegation_sent_to_a_congress_does_not_report_it() -> None:
    gold = run("Sáng 12/8, Đoàn đại biểu dự Đại hội đại biểu Đảng bộ tỉnh Cà Mau lần thứ I gặp mặt các cử tri.")
    assert not any(body.startswith("Đại hội") for body, _ in meetings(gold))


# --- the meeting's body -----------------------------------------------------------------------------------------------


def test_a_venue_before_the_organizers_is_not_one_of_them() -> None:
    gold = run(
        "Chiều 16/11, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy Bến Tre phối hợp với Ban Chỉ đạo Tây Nam bộ tổ "
        "chức hội nghị trực tuyến tuyên truyền lịch sử vùng đất Nam bộ.",
        "2025-11",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-11-16")]


def test_a_deputies_delegation_of_a_constituency_meets_voters() -> None:
    gold = run(
        "Ngày 19/11, Đoàn đại biểu Quốc hội đơn vị tỉnh Long An tổ chức hội nghị tiếp xúc cử tri tại các huyện.",
        "2025-11",
    )
    assert meetings(gold) == [("Đoàn đại biểu Quốc hội tỉnh Long An", "2025-11-19")]


# --- officials --------------------------------------------------------------------------------------------------------


def test_titles_then_a_dash_then_the_name() -> None:
    gold = run(
        "Dự họp mặt có Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh - Trần Văn Bảy; Phó Chủ tịch UBND tỉnh – Lê Thị Mười. "
        "Tại hội nghị, Phó chủ tịch UBND tỉnh – Đỗ Văn Năm báo cáo kết quả."
    )
    assert {"Trần Văn Bảy", "Lê Thị Mười", "Đỗ Văn Năm"} <= officials(gold)
    assert "Phó Chủ tịch UBND tỉnh" in titles(gold, "Lê Thị Mười")


# --- bodies -----------------------------------------------------------------------------------------------------------


def test_a_company_name_stops_before_its_commune() -> None:
    gold = run("Đoàn đến làm việc tại Công ty TNHH Phát triển Khu công nghiệp Tân Hương xã Tân Phước 2.")
    assert "Công ty TNHH Phát triển Khu công nghiệp Tân Hương" in orgs(gold)
    assert not any("xã" in o for o in orgs(gold))


def test_a_ministry_name_stops_before_its_officer_with_a_two_syllable_name() -> None:
    gold = run("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hoàng Trung, cùng ông Lê Văn Hai dự hội nghị.")
    assert "Bộ Nông nghiệp và Phát triển nông thôn" in orgs(gold)
    assert not any(o.endswith("Hoàng Trung") for o in orgs(gold))


def test_a_ministry_name_keeps_a_province_that_starts_like_a_surname() -> None:
    assert "Sở Nội vụ Hà Tĩnh" in orgs(run("Sở Nội vụ Hà Tĩnh báo cáo kết quả."))


def test_a_project_board_written_in_capitals() -> None:
    gold = run("Ban Quản lý dự án Đầu tư Xây dựng tỉnh Bình Phước đã nhận được văn bản kiến nghị.")
    assert "Ban Quản lý dự án Đầu tư Xây dựng tỉnh Bình Phước" in orgs(gold)


def test_the_ethnic_affairs_board_after_its_head_in_lower_case() -> None:
    gold = run("Ông Lê Văn Mười, Trưởng ban Dân tộc tỉnh Hậu Giang phát biểu khai mạc.")
    assert "Ban Dân tộc tỉnh Hậu Giang" in orgs(gold)


def test_a_deputies_delegation_named_with_its_term() -> None:
    gold = run("Ông Trần Văn Hai, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội khóa XV tỉnh dự họp.")
    assert "Đoàn Đại biểu Quốc hội tỉnh" in orgs(gold)


def test_a_body_never_runs_over_a_dash_into_a_rank() -> None:
    gold = run("Tại hội nghị, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh - Đại tá Võ Văn Tám thông tin về tình hình.")
    assert "Bộ Chỉ huy Quân sự tỉnh" in orgs(gold)
    assert not any("Đại tá" in o for o in orgs(gold))


def test_an_earlier_session_named_in_passing_is_not_the_meeting() -> None:
    gold = run(
        "Ngày 10/6, Đoàn kiểm tra số 5 của Bộ Chính trị làm việc với Ban Thường vụ Tỉnh ủy Sóc Trăng về công tác cán "
        "bộ. Tại kỳ họp thứ 15 trước đó, HĐND tỉnh đã thông qua nghị quyết về đầu tư công.",
        "2025-06",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-06-10")]


def test_a_title_written_all_in_lower_case() -> None:
    gold = run("Cùng dự có phó bí thư tỉnh ủy Nguyễn Văn Ba và các đại biểu.")
    assert "Nguyễn Văn Ba" in officials(gold)


@pytest.mark.parametrize(
    "name",
    [
        "Sở Giao thông-Vận tải",
        "Công ty CP Cấp thoát nước Bến Tre",
        "Công ty TNHH MTV Xổ số kiến thiết Bến Tre",
        "Ban QLDA ĐTXD tỉnh",
    ],
)
def test_bodies_written_with_abbreviations_or_a_hyphen(name: str) -> None:
    assert name in orgs(run(f"Dự hội nghị có đại diện {name} và các đơn vị liên quan."))


def test_an_inspection_at_a_commune_committee_is_its_meeting() -> None:
    gold = run(
        "Ngày 9/6, Đoàn kiểm tra 1152 của Ban Thường vụ Tỉnh ủy do đồng chí Trần Văn Ba làm trưởng đoàn kiểm tra tại "
        "Đảng ủy xã Long Hựu.",
        "2025-06",
    )
    assert meetings(gold) == [("Đảng ủy xã", "2025-06-09")]
    assert "Đoàn kiểm tra 1152 của Ban Thường vụ Tỉnh ủy" in orgs(gold)


def test_a_symposium_held_by_a_board_with_a_partner() -> None:
    gold = run(
        "Hội thảo khoa học về kinh tế số do Ban Tuyên giáo Tỉnh ủy phối hợp Trường Đại học Cần Thơ tổ chức ngày 12/3.",
        "2025-03",
    )
    assert meetings(gold) == [("Ban Tuyên giáo Tỉnh ủy", "2025-03-12")]


def test_a_commune_committee_and_its_bodies_hold_a_ceremony() -> None:
    gold = run(
        "Sáng 1/7, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã Tân Phước tổ chức lễ công bố quyết định thành lập.",
        "2025-07",
    )
    assert meetings(gold) == [("Đảng ủy xã", "2025-07-01")]


def test_a_subcommittee_name_stops_before_the_day() -> None:
    gold = run(
        "Tiếp tục kế hoạch công tác của Tiểu ban Văn kiện Đại hội XIV, sáng 14-5, đoàn công tác do đồng chí Lê Văn Hai "
        "làm trưởng đoàn làm việc với Ban Thường vụ Tỉnh ủy Kiên Giang.",
        "2025-05",
    )
    assert "Tiểu ban Văn kiện Đại hội XIV" in orgs(gold)
    assert not any("sáng" in o for o in orgs(gold))


def test_a_congress_only_announced_at_a_press_conference_is_not_held() -> None:
    gold = run(
        "Ngày 24.9, Tỉnh ủy Đồng Nai tổ chức buổi họp báo thông tin về Đại hội. Theo Tỉnh ủy Đồng Nai, Đại hội "
        "đại biểu Đảng bộ tỉnh Đồng Nai lần thứ 1 diễn ra trong 2 ngày (29 - 30.9) tại Trung tâm hội nghị tỉnh.",
        "2025-09-24",
    )
    assert meetings(gold) == [("Tỉnh ủy", "2025-09-24")]


def test_posts_in_brackets_after_the_names() -> None:
    gold = run(
        "Có 4 Phó bí thư là bà Tôn Thị Hạnh (thường trực), bà Huỳnh Thị Hằng (Chủ tịch Ủy ban MTTQ Việt Nam tỉnh), "
        "ông Võ Tấn Đức (Chủ tịch UBND tỉnh) và ông Thái Bảo."
    )
    assert {"Huỳnh Thị Hằng", "Võ Tấn Đức"} <= officials(gold)
    assert "Chủ tịch UBND tỉnh" in titles(gold, "Võ Tấn Đức")


def test_a_post_written_with_a_capital_second_word() -> None:
    gold = run("Đến dự có đồng chí Trần Văn Tám – Bí Thư Trung ương Đảng – Chủ nhiệm Ủy ban Kiểm tra Trung ương.")
    assert "Trần Văn Tám" in officials(gold)


def test_an_anti_corruption_steering_committee_holds_its_session() -> None:
    gold = run(
        "Sáng 5/3, Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Long tổ chức phiên họp thứ 8. "
        "Đồng chí Trần Văn Lâu, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì phiên họp.",
        "2025-03",
    )
    name = "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh Vĩnh Long"
    assert name in orgs(gold)
    assert [body for body, _ in meetings(gold)] == [name]


def test_bodies_listed_before_the_verb_hold_it_as_the_first_of_them() -> None:
    gold = run(
        "Ngày 8/1, Bộ Chính trị, Ban Bí thư tổ chức Hội nghị toàn quốc quán triệt Nghị quyết số 57-NQ/TW. Tại điểm cầu "
        "tỉnh Long An, đồng chí Nguyễn Văn Được, Bí thư Tỉnh ủy chủ trì.",
        "2025-01",
    )
    assert meetings(gold) == [("Bộ Chính trị", "2025-01-08")]


def test_a_group_and_a_company_named_with_capitals() -> None:
    gold = run("Dự hội nghị có đại diện Tập đoàn Becamex IDC và Công ty CP Đầu tư PV2.")
    assert {"Tập đoàn Becamex IDC", "Công ty CP Đầu tư PV2"} <= orgs(gold)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bí thư Huyện ủy Châu Thành Lê Văn Sáu phát biểu.", "Lê Văn Sáu"),
        ("Chủ tịch UBND thành phố Châu Đốc Trần Thị Bảy báo cáo.", "Trần Thị Bảy"),
        ("Bà Huỳnh Ngọc Nữ Phương Hồng, Bí thư Đảng ủy phường, phát biểu.", "Huỳnh Ngọc Nữ Phương Hồng"),
    ],
)
def test_a_unit_named_like_a_surname_before_the_person(text: str, name: str) -> None:
    assert officials(run(text)) == {name}


@pytest.mark.parametrize(
    "name",
    [
        "Đoàn giám sát của Ủy ban Thường vụ Quốc hội",
        "Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy Tây Ninh",
        "Đoàn công tác của Chính phủ",
        "Đoàn kiểm tra của Bộ Tài chính",
    ],
)
def test_a_delegation_of_a_named_body(name: str) -> None:
    gold = run(f"Ngày 5/3, {name} do đồng chí Lê Văn Hai làm trưởng đoàn làm việc với UBND tỉnh Trà Vinh.", "2025-03")
    assert name in orgs(gold)
    assert meetings(gold) == [("UBND tỉnh", "2025-03-05")]


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 29/8, tại UBND tỉnh Sóc Trăng, đồng chí Vương Quốc Năm, Phó Chủ tịch UBND tỉnh đã tổ chức cuộc họp với "
        "Tổ công tác liên ngành để nghe báo cáo.",
        "Sáng 29/8, Phó Chủ tịch UBND tỉnh Lê Văn Tư chủ trì cuộc họp nghe báo cáo tiến độ dự án cao tốc.",
    ],
)
def test_a_meeting_chaired_by_a_deputy_chair_is_the_committee_s(text: str) -> None:
    assert meetings(run(text, "2024-08")) == [("UBND tỉnh", "2024-08-29")]


def test_a_provincial_council_of_appraisal_holds_its_meeting() -> None:
    gold = run(
        "Sáng ngày 27/7, Hội đồng thẩm định nông thôn mới tỉnh tổ chức họp xét công nhận các xã đạt chuẩn. Ông Trần "
        "Anh Tư, Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng thẩm định tỉnh chủ trì cuộc họp.",
        "2023-07",
    )
    assert "Hội đồng thẩm định nông thôn mới tỉnh" in orgs(gold)
    assert meetings(gold) == [("Hội đồng thẩm định nông thôn mới tỉnh", "2023-07-27")]


def test_a_company_named_with_its_province_in_lower_case() -> None:
    gold = run(
        "Đoàn có buổi làm việc với Ban lãnh đạo Công ty Điện lực tỉnh. Công ty Cấp nước Hậu Giang làm việc với tỉnh."
    )
    assert "Công ty Điện lực tỉnh" in orgs(gold)
    assert "Công ty Cấp nước Hậu Giang" in orgs(gold)


def test_a_delegation_of_two_bodies_keeps_the_journalists_association() -> None:
    gold = run(
        "Chiều 18-11, Đoàn công tác của Ban Tuyên giáo Thành ủy và Hội Nhà báo TPHCM do đồng chí Lê Văn Hai dẫn đầu "
        "có buổi làm việc với tỉnh Bạc Liêu.",
        "2025-11",
    )
    assert "Đoàn công tác của Ban Tuyên giáo Thành ủy và Hội Nhà báo TPHCM" in orgs(gold)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Sáng 31/10, tại Trung tâm hội nghị tỉnh Bạc Liêu, đã diễn ra phiên họp trù bị Đại hội Đại biểu các DTTS "
            "tỉnh Bạc Liêu lần thứ IV, năm 2024.",
            "Đại hội đại biểu các DTTS tỉnh",
        ),
        (
            "Trong hai ngày (30-31/10), tỉnh Trà Vinh tổ chức Đại hội đại biểu các dân tộc thiểu số lần thứ IV năm "
            "2024.",
            "Đại hội đại biểu các dân tộc thiểu số tỉnh",
        ),
        (
            "Sáng 30/10, Đại hội đại biểu Hội Nông dân tỉnh Long An lần thứ XI, nhiệm kỳ 2023 - 2028 khai mạc.",
            "Đại hội đại biểu Hội Nông dân tỉnh",
        ),
        (
            "Sáng 30/10, Đại hội đại biểu MTTQ Việt Nam huyện Châu Thành lần thứ XIII, nhiệm kỳ 2024 - 2029 khai mạc.",
            "Đại hội đại biểu MTTQ Việt Nam huyện",
        ),
    ],
)
def test_a_congress_of_a_mass_organization_sits(text: str, body: str) -> None:
    assert meetings(run(text, "2024-10")) == [(body, "2024-10-30" if "30" in text else "2024-10-31")]


def test_a_mass_organization_congress_only_prepared_is_not_held() -> None:
    gold = run(
        "Ngày 5/9, Ban Dân tộc tỉnh họp triển khai công tác chuẩn bị Đại hội đại biểu các dân tộc thiểu số tỉnh lần "
        "thứ IV.",
        "2024-09",
    )
    assert not any(body.startswith("Đại hội") for body, _ in meetings(gold))


def test_a_farmers_union_congress_named_without_dai_bieu() -> None:
    gold = run("Sáng 30/10, Đại hội Hội Nông dân huyện Cái Bè lần thứ XI, nhiệm kỳ 2023 - 2028 đã khai mạc.", "2024-10")
    assert meetings(gold) == [("Đại hội đại biểu Hội Nông dân huyện", "2024-10-30")]


def test_a_congress_named_without_its_unit_after_the_unit() -> None:
    gold = run(
        "Sáng 12/8, 159 đại biểu đại diện cho hơn 1.200 đảng viên xã Phước Hải (TP HCM) tham dự Đại hội Đảng bộ lần "
        "thứ I, nhiệm kỳ 2025 - 2030.",
        "2025-08",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ xã", "2025-08-12")]


def test_a_province_written_with_a_bare_hyphen_in_a_body_name() -> None:
    gold = run("Ban Chấp hành Đảng bộ tỉnh Bà Rịa-Vũng Tàu khoá VII đã bầu Ban Thường vụ Tỉnh ủy.", "2020-09")
    assert "Ban Chấp hành Đảng bộ tỉnh Bà Rịa-Vũng Tàu" in orgs(gold)


def test_a_congress_entering_its_third_working_day() -> None:
    gold = run(
        "Sáng 25/9, Đại hội Đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI, nhiệm kỳ 2020-2025 bước vào ngày làm việc "
        "thứ ba.",
        "2020-09",
    )
    assert ("Đại hội đại biểu Đảng bộ tỉnh", "2020-09-25") in meetings(gold)


def test_a_council_committee_with_its_province_capitalised() -> None:
    gold = run(
        "Chiều 9/7, Ban Văn hóa - Xã hội Hội đồng nhân dân Tỉnh tổ chức buổi họp thẩm tra các nội dung trình Kỳ họp "
        "thứ 16.",
        "2024-07",
    )
    assert meetings(gold) == [("Ban Văn hóa - Xã hội Hội đồng nhân dân Tỉnh", "2024-07-09")]


def test_names_listed_before_one_appointment() -> None:
    gold = run("Các đồng chí Nguyễn Thị Yến, Lê Văn Bảy, Nguyễn Văn Thọ được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    assert {"Nguyễn Thị Yến", "Lê Văn Bảy", "Nguyễn Văn Thọ"} <= officials(gold)


def test_a_meeting_held_yesterday() -> None:
    gold = run(
        "Chiều hôm qua, ông Lữ Văn Tư, Phó Chủ tịch UBND tỉnh Vĩnh Long đã chủ trì buổi họp với các sở ngành.",
        "2017-01-13",
    )
    assert meetings(gold) == [("UBND tỉnh", "2017-01-12")]


def test_a_central_inspection_delegation_and_the_theory_council() -> None:
    gold = run(
        "Chiều 22-2, ông Lê Văn Tám, Chủ tịch Hội đồng Lý luận Trung ương, Trưởng Đoàn Kiểm tra 1914 của Trung ương, "
        "chủ trì Hội nghị công bố Quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Hậu Giang.",
        "2025-02",
    )
    assert {"Đoàn Kiểm tra 1914 của Trung ương", "Hội đồng Lý luận Trung ương"} <= orgs(gold)


def test_officials_who_leave_a_post() -> None:
    gold = run(
        "Bộ Chính trị điều động đồng chí Nguyễn Thành Phúc thôi giữ chức Bí thư Tỉnh ủy Bến Tre; đồng chí Mai Văn "
        "Chín, thôi chức vụ Bí thư Tỉnh ủy Long An để nhận nhiệm vụ mới."
    )
    assert {"Nguyễn Thành Phúc", "Mai Văn Chín"} <= officials(gold)


def test_the_central_agencies_bloc_party_committee() -> None:
    gold = run("Tham dự có đồng chí Lê Văn Hai, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan Trung ương.")
    assert "Đảng ủy Khối các cơ quan Trung ương" in orgs(gold)


def test_a_body_holding_with_a_partner_named_without_voi() -> None:
    gold = run(
        "Chiều 10-10, UBND tỉnh Bạc Liêu phối hợp Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức họp báo quý III.", "2025-10"
    )
    assert meetings(gold) == [("UBND tỉnh", "2025-10-10")]


@pytest.mark.parametrize(
    "name", ["Ban Thường Vụ Tỉnh ủy", "Ủy ban Nhân dân thành phố Cần Thơ", "Vụ Nghiên cứu tổng hợp"]
)
def test_bodies_capitalised_otherwise(name: str) -> None:
    gold = run(f"Dự có đại diện {name} và các đơn vị.")
    assert name in orgs(gold)
    assert not any(o.startswith("Vụ Tỉnh ủy") for o in orgs(gold))


def test_a_steering_committee_name_stops_before_its_verb_thong_bao() -> None:
    gold = run(
        "Đồng chí Lê Văn Hai, Phó trưởng ban Ban Chỉ đạo công tác thông tin đối ngoại Trung ương thông báo nhanh."
    )
    assert "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương" in orgs(gold)
