"""Meetings, officials and organizations in the shapes north-western, north-central and highland articles use: party
congresses of communes named with their district and province, personnel announcements ("trao quyết định ... tiếp
nhận ... về công tác"), HĐND sessions chaired by officials of the north-western peoples, joint meetings of several
provinces' committees, and the bodies these articles name (supervision teams by number, border-gate economic zone
boards, the science and technology unions).

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, officials, orgs, run

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("name", ["Chá A Chư", "Tráng A Páo", "Sình Văn Dũng", "Tẩn Láo Lở", "Khoàng Thị Mai"])
def test_a_person_of_the_north_western_peoples_is_named_after_the_title(name: str) -> None:
    gold = run(f"Sáng 9/7, Phó Chủ tịch HĐND tỉnh {name} chủ trì phiên thảo luận tại hội trường.", "2024-07")
    assert name in officials(gold)


def test_a_deputy_head_written_in_lower_case_is_a_title() -> None:
    gold = run(
        "Hội nghị công bố quyết định bổ nhiệm ông Lê Văn Khải, Phó chánh Văn phòng UBND tỉnh Hòa Bình. Ông Đinh "
        "Công Sơn là Phó trưởng ban phụ trách.",
        "2024-05",
    )
    assert {"Lê Văn Khải", "Đinh Công Sơn"} <= officials(gold)
    assert "Văn phòng UBND tỉnh Hòa Bình" in orgs(gold)


def test_the_science_and_technology_union_is_a_body_in_a_title() -> None:
    gold = run(
        "Ngày 5/4, ông Vũ Văn Tiến, Phó Chủ tịch UBND tỉnh trao quyết định tiếp nhận Phó Chủ tịch Liên hiệp các hội "
        "khoa học và kỹ thuật tỉnh Phạm Thu Hà về công tác tại Sở Nội vụ.",
        "2024-04",
    )
    assert "Phạm Thu Hà" in officials(gold)
    assert "Liên hiệp các hội khoa học và kỹ thuật tỉnh" in orgs(gold)


def test_a_commune_s_party_organization_named_with_its_district_and_province_holds_its_congress() -> None:
    gold = run(
        "Trong hai ngày 14-15/3, Đảng bộ xã Mường Bú, huyện Mường La, tỉnh Sơn La, tổ chức Đại hội lần thứ XXI, "
        "nhiệm kỳ 2020-2025. Đồng chí Lò Văn Hặc, Phó Bí thư Tỉnh ủy dự và chỉ đạo Đại hội.",
        "2020-03",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ xã", "2020-03-14")]
    assert "Đảng bộ xã Mường Bú" in orgs(gold)


def test_a_border_gate_economic_zone_board_is_a_body_with_its_province_after_a_dash() -> None:
    gold = run(
        "Chiều 4-6, UBND tỉnh tổ chức hội nghị công bố quyết định bổ nhiệm chức vụ Phó trưởng Ban Quản lý khu kinh tế "
        "cửa khẩu Tây Trang - Điện Biên đối với ông Lò Văn Thắng.",
        "2024-06",
    )
    assert "Ban Quản lý khu kinh tế cửa khẩu Tây Trang - Điện Biên" in orgs(gold)


def test_the_assembly_s_culture_and_society_committee_written_with_a_dash_is_a_body() -> None:
    gold = run("Dự hội nghị có ông Lê Quang Minh, Phó Chủ nhiệm Ủy ban Văn hóa - Xã hội của Quốc hội.", "2023-10")
    assert "Ủy ban Văn hóa - Xã hội của Quốc hội" in orgs(gold)


def test_a_department_s_name_ends_before_doi_voi_and_a_team_s_before_an_adverb() -> None:
    gold = run(
        "Hội nghị công bố quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Xây dựng Hà Tĩnh đối với ông Trần Văn Hải. Đoàn "
        "công tác cũng sẽ làm việc với UBND các xã.",
        "2024-06",
    )
    assert "Sở Xây dựng Hà Tĩnh" in orgs(gold)
    assert not any(name.endswith((" đối", " cũng")) for name in orgs(gold))


def test_a_standing_committee_that_co_organizes_a_conference_holds_it() -> None:
    gold = run(
        "Sáng 8/11, Ban Thường vụ Tỉnh ủy Hà Tĩnh phối hợp tổ chức hội nghị sơ kết hợp tác phát triển.", "2024-11"
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-11-08")]


def test_the_standing_committees_of_several_provinces_named_together_hold_their_joint_conference() -> None:
    gold = run(
        "Sáng 8/11, tại Hà Tĩnh, Ban Thường vụ Tỉnh ủy 3 tỉnh Hà Tĩnh, Nghệ An, Quảng Trị phối hợp tổ chức hội nghị "
        "sơ kết hợp tác. Các đồng chí: Lê Văn Bình - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh; Trần Văn Tú - Bí thư "
        "Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An chủ trì hội nghị.",
        "2024-11",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-11-08")]


def test_a_secretary_s_committee_takes_the_province_named_at_the_end_of_his_titles() -> None:
    gold = run(
        "Dự hội nghị có các đồng chí: Lê Văn Bình - Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Hà Tĩnh; Trần Văn Tú - Bí thư "
        "Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An; Đỗ Minh Hải - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh Quảng Trị.",
        "2024-11",
    )
    assert {"Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Nghệ An", "Tỉnh ủy Quảng Trị"} <= orgs(gold)


def test_a_group_of_deputies_listed_by_name_meets_its_voters() -> None:
    gold = run(
        "Sáng 12/11, Tổ đại biểu HĐND tỉnh gồm các đại biểu: Lê Văn Tú, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; Lê Thị "
        "Hoa, Bí thư Huyện ủy Như Xuân đã tiếp xúc cử tri huyện Như Xuân trước Kỳ họp thứ 23, HĐND tỉnh khóa XVIII.",
        "2024-11",
    )
    assert meetings(gold) == [("Tổ đại biểu HĐND tỉnh", "2024-11-12")]


def test_a_school_principal_is_a_post_and_a_school_s_name_ends_before_mong_muon() -> None:
    gold = run(
        "Hiệu trưởng Trường Chính trị tỉnh Lê Văn Minh chủ trì hội thảo. Báo cáo của Trường Chính trị Lê Duẩn mong "
        "muốn các đại biểu thảo luận.",
        "2024-03",
    )
    assert "Lê Văn Minh" in officials(gold)
    assert "Trường Chính trị Lê Duẩn" in orgs(gold)


def test_a_school_named_after_a_person_is_no_part_of_its_principal_s_name() -> None:
    gold = run("Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ Lê Quang Vinh chủ trì hội thảo khoa học.", "2024-03")
    assert "Lê Quang Vinh" in officials(gold)
    assert "Nguyễn Văn Cừ" not in officials(gold)


def test_a_school_named_after_a_person_after_its_principal_s_title_is_no_official() -> None:
    gold = run(
        "Báo cáo của ông Lê Quang Vinh - Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ nêu rõ các nội dung.", "2024-03"
    )
    assert officials(gold) == {"Lê Quang Vinh"}


def test_a_standing_committee_that_deliberates_under_its_chair_holds_a_session() -> None:
    gold = run(
        "Chiều ngày 20/5, dưới sự chủ trì của đồng chí Lê Văn Hải, Phó Bí thư thường trực Tỉnh ủy, Ban Thường vụ Tỉnh "
        "ủy thảo luận về đề cương biên soạn lịch sử Đảng bộ tỉnh.",
        "2021-05",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2021-05-20")]


def test_an_alternate_member_of_the_central_committee_written_in_lower_case_is_an_official() -> None:
    gold = run(
        "Dự hội nghị có ông Lê Văn Hòa, Ủy viên dự khuyết Ban chấp hành trung ương Đảng, Bí thư Thành ủy Cần Thơ.",
        "2023-08",
    )
    assert "Lê Văn Hòa" in officials(gold)
    assert "Ban chấp hành trung ương Đảng" in orgs(gold)


def test_a_party_team_working_with_wards_listed_by_name_is_the_wards_committees_meeting() -> None:
    gold = run(
        "Chiều 18/7, Đoàn công tác số 3 của Ban Thường vụ Tỉnh ủy do đồng chí Lê Văn Hải, Phó Bí thư Tỉnh ủy làm "
        "trưởng đoàn đã làm việc với 4 phường: Hạc Thành, Quảng Phú, Đông Quang, Đông Sơn về tình hình vận hành chính "
        "quyền địa phương 2 cấp.",
        "2025-07",
    )
    assert meetings(gold) == [("Đảng ủy phường", "2025-07-18")]


def test_a_government_team_working_with_communes_listed_by_name_is_their_people_s_committees_meeting() -> None:
    gold = run(
        "Sáng 5/8, Tổ công tác của UBND tỉnh do ông Lê Văn Hải làm tổ trưởng làm việc với các xã: Quang Chiểu, Mường "
        "Chanh về giải ngân vốn đầu tư công.",
        "2025-08",
    )
    assert meetings(gold) == [("UBND xã", "2025-08-05")]


def test_the_party_organization_of_an_agency_s_office_holds_its_congress() -> None:
    gold = run(
        "Sáng 20/7, Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh tổ chức Đại hội khóa I, nhiệm kỳ 2025 – 2030.",
        "2025-07",
    )
    assert "Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh" in orgs(gold)
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ Cơ quan Ủy ban MTTQ Việt Nam tỉnh", "2025-07-20")]


def test_a_central_committee_member_abbreviated_bchtw_after_a_degree_is_an_official() -> None:
    gold = run(
        "Chủ trì hội thảo có đồng chí PGS. TS Lê Văn Thành, Ủy viên BCHTW Đảng, Phó Giám đốc Học viện Chính trị quốc "
        "gia Hồ Chí Minh; Phó Giáo sư, Tiến sỹ Trần Thị Mai, Phó Bí thư Đảng ủy Trường Đại học Vinh.",
        "2025-09",
    )
    assert {"Lê Văn Thành", "Trần Thị Mai"} <= officials(gold)


def test_a_department_that_chairs_and_co_organizes_a_training_conference_holds_it() -> None:
    gold = run(
        "Ngày 30/5/2023, Cục Báo chí (Bộ Thông tin và Truyền thông) chủ trì, phối hợp với Sở Thông tin và Truyền "
        "thông tỉnh Cao Bằng tổ chức Hội nghị tập huấn công tác thông tin đối ngoại.",
        "2023-05",
    )
    assert meetings(gold) == [("Cục Báo chí", "2023-05-30")]


def test_the_second_partner_of_a_co_organized_symposium_holds_no_meeting_of_its_own() -> None:
    gold = run(
        "Ngày 29/11/2024, Trường Chính trị tỉnh Yên Bái phối hợp với Trường Đại học Vinh, Ban Tuyên giáo Tỉnh ủy Yên "
        "Bái tổ chức Hội thảo khoa học quốc gia.",
        "2024-11",
    )
    assert meetings(gold) == [("Trường Chính trị tỉnh", "2024-11-29")]


def test_a_standing_council_named_in_full_with_its_abbreviation_in_brackets_holds_its_meeting() -> None:
    gold = run(
        "Chiều 18/12, Thường trực Hội đồng nhân dân (HĐND) tỉnh tổ chức hội nghị rút kinh nghiệm việc tổ chức kỳ họp "
        "thứ ba.",
        "2021-12",
    )
    assert "Thường trực Hội đồng nhân dân tỉnh" in orgs(gold)
    assert meetings(gold) == [("Thường trực HĐND tỉnh", "2021-12-18")]


def test_a_department_named_with_its_abbreviation_in_brackets_keeps_its_province() -> None:
    gold = run("Ngày 3/5, Sở Thông tin và Truyền thông (TT&TT) tỉnh Lạng Sơn tổ chức hội nghị tập huấn.", "2023-05")
    assert "Sở Thông tin và Truyền thông tỉnh Lạng Sơn" in orgs(gold)


def test_a_standing_council_s_meeting_chaired_by_the_council_s_chair_is_one_meeting() -> None:
    gold = run(
        "Phiên họp rút kinh nghiệm kỳ họp thứ ba, Hội đồng nhân dân tỉnh khóa XIX\n\nChiều ngày 18/12/2021, Thường "
        "trực Hội đồng nhân dân (HĐND) tỉnh tổ chức hội nghị rút kinh nghiệm việc tổ chức kỳ họp thứ ba HĐND tỉnh "
        "khóa XIX. Đồng chí Lê Thị Lan, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì phiên họp.",
        "2021-12",
    )
    assert len(meetings(gold)) == 1


def test_a_person_named_like_a_province_stays_a_person() -> None:
    gold = run(
        "Phó Chủ tịch UBND tỉnh Nguyễn Văn Thái Bình chủ trì cuộc họp; dự có ông Lê Quảng Ninh, Giám đốc Sở Tài chính.",
        "2024-06",
    )
    assert {"Nguyễn Văn Thái Bình", "Lê Quảng Ninh"} <= officials(gold)
    assert not {loc["name"] for loc in gold["localities"]} & {"Thái Bình", "Quảng Ninh"}


def test_the_standing_board_of_a_ministry_s_party_committee_keeps_the_ministry_s_name() -> None:
    gold = run("Dự có ông Lê Văn Chi – Ủy viên Ban Thường vụ Đảng ủy Bộ Tài chính, Thứ trưởng Bộ Tài chính.", "2025-09")
    assert "Ban Thường vụ Đảng ủy Bộ Tài chính" in orgs(gold)


def test_the_secretariat_named_in_full_holds_a_national_conference_as_the_secretariat() -> None:
    gold = run(
        "Sáng 25-2, Ban Bí thư Trung ương Đảng tổ chức hội nghị toàn quốc quán triệt nghị quyết của Bộ Chính trị.",
        "2026-02",
    )
    assert meetings(gold) == [("Ban Bí thư", "2026-02-25")]


def test_a_police_academy_and_an_academy_abbreviated_inside_its_name_are_bodies_whole() -> None:
    gold = run("Dự hội thảo có đại diện Học viện Chính trị Công an nhân dân và Viện Hàn lâm KHXH Việt Nam.", "2025-09")
    assert {"Học viện Chính trị Công an nhân dân", "Viện Hàn lâm KHXH Việt Nam"} <= orgs(gold)
