"""Bodies, officials and meetings in the shapes 2025's merged units and their reports use: a commune named with its old
district ("xã Tân Hưng Lâm Hà"), holders introduced with "là", delegations and front committees of a city, a steering
committee's meeting ("chủ trì họp Ban Chỉ đạo ..."), a headline line before the first sentence.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, officials, orgs, run

pytestmark = pytest.mark.unit


def test_a_commune_named_with_its_old_district_keeps_the_whole_name_in_its_bodies() -> None:
    gold = run(
        "Sáng 3/8, Đảng bộ xã Tân Hưng Lâm Hà tổ chức Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030. "
        "Ủy ban nhân dân xã Tân Hưng Lâm Hà báo cáo tình hình.",
        "2025-08",
    )
    names = orgs(gold)
    assert "Đảng bộ xã Tân Hưng Lâm Hà" in names
    assert "Ủy ban nhân dân xã Tân Hưng Lâm Hà" in names
    assert "Đảng bộ xã Tân Hưng" not in names


def test_a_body_s_name_never_runs_over_the_headline_s_line_break() -> None:
    gold = run(
        "Thường trực Tỉnh ủy làm việc với Đảng bộ xã Phước Dương\n"
        "Thường trực Tỉnh ủy đã có buổi làm việc với Ban Thường vụ Đảng ủy xã Phước Dương về Đảng bộ xã Phước Dương.",
        "2025-07",
    )
    assert not any("\n" in name for name in orgs(gold))
    assert [o["name"] for o in gold["organizations"]].count("Đảng bộ xã Phước Dương") == 1


def test_holders_introduced_with_la_are_officials() -> None:
    gold = run(
        "Tại buổi lễ, ông Trịnh Văn Lộc giữ chức Bí thư Thành ủy; bà Lê Thị Hoa là Phó Bí thư Thường trực, Chủ tịch "
        "HĐND thành phố; ông Mạc Minh Tâm là Phó Bí thư Thành ủy, Chủ tịch UBND thành phố.",
        "2025-07",
    )
    assert {"Trịnh Văn Lộc", "Lê Thị Hoa", "Mạc Minh Tâm"} <= officials(gold)
    titles = {o["name"]: o["titles"] for o in gold["officials"]}
    assert "Chủ tịch UBND thành phố" in titles["Mạc Minh Tâm"]


def test_the_head_of_a_city_s_delegation_names_the_delegation_not_the_assembly() -> None:
    gold = run(
        "Ông Võ Văn Nam - Phó Bí thư Thành ủy, Trưởng Đoàn đại biểu Quốc hội TP dự hội nghị. Bà Hà Thu - Phó Bí thư "
        "Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh Phú Yên.",
        "2025-07",
    )
    names = orgs(gold)
    assert "Đoàn đại biểu Quốc hội TP" in names
    assert "Quốc hội" not in names
    titles = {o["name"]: o["titles"] for o in gold["officials"]}
    assert "Trưởng đoàn Đại biểu Quốc hội tỉnh Phú Yên" in titles["Hà Thu"]


def test_the_chair_of_a_city_s_front_committee_names_the_committee() -> None:
    gold = run(
        "Ông Hà Văn Tư, Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP dự họp. Bà Lý Thu, Chủ tịch Ủy ban Mặt "
        "trận Tổ quốc Việt Nam TP. Vinh phát biểu.",
        "2025-07",
    )
    names = orgs(gold)
    assert "Ủy ban MTTQ Việt Nam TP" in names
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam TP. Vinh" in names
    assert "Mặt trận Tổ quốc Việt Nam" not in names and "MTTQ Việt Nam" not in names


def test_people_listed_after_cac_ong_with_their_posts_in_brackets_are_officials() -> None:
    gold = run(
        "HĐND tỉnh đã bầu bổ sung 3 Ủy viên UBND tỉnh đối với các ông: Phan Văn Tùng (Giám đốc Sở Xây dựng), ông Lê "
        "Minh Đạt (Giám đốc Sở Y tế) và ông Đỗ Quang Huy (Giám đốc Sở Du lịch).",
        "2025-11",
    )
    assert {"Phan Văn Tùng", "Lê Minh Đạt", "Đỗ Quang Huy"} <= officials(gold)


def test_a_deputy_head_written_pho_ban_is_a_title() -> None:
    gold = run(
        "HĐND thành phố đã bầu ông Trần Đức Mạnh - Phó Ban Tổ chức Thành ủy giữ chức Phó Chủ tịch UBND thành phố.",
        "2025-11",
    )
    assert "Trần Đức Mạnh" in officials(gold)


def test_a_leader_who_chairs_a_meeting_of_a_steering_committee_holds_the_committee_s_meeting() -> None:
    gold = run(
        "Sáng 14-6, ông Lê Hữu Phước - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì họp Ban Chỉ đạo công tác cải "
        "cách hành chính tỉnh về kết quả 6 tháng đầu năm.",
        "2024-06",
    )
    assert meetings(gold) == [("Ban Chỉ đạo công tác cải cách hành chính tỉnh", "2024-06-14")]


def test_a_city_s_department_keeps_the_city_as_written() -> None:
    gold = run("Ông Lưu Văn Hòa - Giám đốc Sở Tài chính TPHCM báo cáo tại Học viện Cán bộ TPHCM.", "2025-11")
    assert {"Sở Tài chính TPHCM", "Học viện Cán bộ TPHCM"} <= orgs(gold)


def test_departments_listed_after_cac_so_nhu_are_one_department_each() -> None:
    gold = run(
        "Lãnh đạo các sở như Nội vụ, Y tế, Văn hóa, Thể thao và Du lịch, Dân tộc và Tôn giáo, Thanh tra tỉnh và Văn "
        "phòng UBND tỉnh đã được kiện toàn.",
        "2025-07",
    )
    names = orgs(gold)
    assert {"Sở Nội vụ", "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo"} <= names
    assert not any(name.startswith("Sở Thanh tra") or name == "Sở Văn hóa" for name in names)


def test_the_front_s_committee_named_without_its_unit_is_the_committee() -> None:
    gold = run(
        "Dự hội nghị có đại diện Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh.", "2025-04"
    )
    assert orgs(gold) >= {"Ủy ban Mặt trận Tổ quốc Việt Nam"}
    assert "Mặt trận Tổ quốc Việt Nam" not in orgs(gold)


def test_a_city_s_party_organization_written_with_tp_is_a_body() -> None:
    gold = run("Bộ Chính trị quyết định thành lập Đảng bộ TP. Cần Thơ trên cơ sở hợp nhất ba đảng bộ.", "2025-06")
    assert "Đảng bộ TP. Cần Thơ" in orgs(gold)


def test_the_front_s_committees_of_every_district_are_no_body_of_their_own() -> None:
    gold = run("Ông A yêu cầu Ủy ban MTTQ Việt Nam các huyện, thành phố xây dựng kế hoạch thực hiện.", "2025-04")
    assert not any(name.startswith("Ủy ban MTTQ") for name in orgs(gold))


def test_a_conference_a_deputy_party_secretary_chairs_is_the_committee_s() -> None:
    gold = run(
        "Hội nghị do đồng chí Lê Quốc Phong, Phó Bí thư Thành ủy Cần Thơ chủ trì, với sự tham dự của các Bí thư chi bộ "
        "tiêu biểu của 20 đảng bộ xã, phường.",
        "2026-02",
    )
    assert meetings(gold) == [("Thành ủy", "2026-02")]


def test_a_conference_the_head_of_an_inspection_team_chairs_is_the_team_s() -> None:
    gold = run(
        "Chiều 20/3, tại Hà Nội, Phó Thủ tướng Trần Văn Hùng, Trưởng Đoàn kiểm tra, đã chủ trì Hội nghị thông qua dự "
        "thảo báo cáo của Đoàn kiểm tra số 35 của Bộ Chính trị, Ban Bí thư đối với Đảng ủy Chính phủ.",
        "2025-03",
    )
    assert [(body.startswith("Đoàn kiểm tra số 35"), date) for body, date in meetings(gold)] == [(True, "2025-03-20")]


def test_an_earlier_working_session_dated_after_its_host_is_a_meeting_of_its_own() -> None:
    gold = run(
        "Chiều 16/7, Ban Chấp hành Đảng bộ tỉnh Gia Lai tổ chức Hội nghị lần thứ 3 để cho ý kiến vào các nội dung. "
        "Phát biểu khai mạc, đồng chí Bí thư Tỉnh ủy nhắc lại nhận xét của Phó Thủ tướng tại buổi làm việc với Ban "
        "Thường vụ Tỉnh ủy Gia Lai vào chiều 12/7.",
        "2025-07",
    )
    assert ("Ban Thường vụ Tỉnh ủy", "2025-07-12") in meetings(gold)
    assert ("Ban Chấp hành Đảng bộ tỉnh", "2025-07-16") in meetings(gold)


def test_the_friendship_union_of_a_province_holds_its_congress() -> None:
    gold = run(
        "Sáng 20.9, Liên hiệp các Tổ chức hữu nghị tỉnh Gia Lai tổ chức Đại hội lần thứ III, nhiệm kỳ 2024–2029.",
        "2024-09",
    )
    assert "Liên hiệp các Tổ chức hữu nghị tỉnh Gia Lai" in orgs(gold)
    assert meetings(gold) == [("Liên hiệp các Tổ chức hữu nghị tỉnh Gia Lai", "2024-09-20")]


def test_the_party_committee_of_a_city_s_party_agencies_is_a_body() -> None:
    gold = run(
        "Đảng ủy các cơ quan Đảng TPHCM tổ chức hội nghị quán triệt nghị quyết; Đảng ủy các cơ quan Đảng Trung ương "
        "và Đảng ủy các cơ quan Đảng tỉnh Gia Lai cùng dự.",
        "2025-09",
    )
    names = orgs(gold)
    assert {"Đảng ủy các cơ quan Đảng TPHCM", "Đảng ủy các cơ quan Đảng Trung ương"} <= names
    assert "Đảng ủy các cơ quan Đảng tỉnh Gia Lai" in names


def test_the_central_committee_of_an_association_is_not_the_party_s() -> None:
    gold = run(
        "Sáng 27/12, Hội nghị Ban Chấp hành Trung ương Hội Khuyến học Việt Nam lần thứ 5 đã diễn ra tại Hà Nội.",
        "2022-12",
    )
    assert ("Ban Chấp hành Trung ương", "2022-12-27") not in meetings(gold)


def test_a_regional_council_s_numbered_conference_is_the_council_s() -> None:
    gold = run(
        "Sáng 6.6, tại Bình Dương, Thủ tướng Phạm Minh Chính chủ trì Hội nghị lần thứ tư Hội đồng điều phối vùng Đông "
        "Nam Bộ. Cùng dự có Bí thư Thành ủy Thành phố Hồ Chí Minh Nguyễn Văn Nên.",
        "2024-06",
    )
    assert "Hội đồng điều phối vùng Đông Nam Bộ" in orgs(gold)
    assert meetings(gold) == [("Hội đồng điều phối vùng Đông Nam Bộ", "2024-06-06")]


def test_a_session_dated_after_a_linking_word_keeps_its_day() -> None:
    gold = run(
        "Kết quả bầu cử đại biểu HĐND xã Tân Lộc đã được công bố. Theo đó, ngày 27/6, diễn ra kỳ họp HĐND xã Tân Lộc "
        "để bầu các chức danh chủ chốt.",
        "2021-06-30",
    )
    assert meetings(gold) == [("HĐND xã", "2021-06-27")]


def test_people_elected_to_a_post_with_trung_cu_are_officials() -> None:
    gold = run(
        "Kỳ họp đã bầu các chức danh; ông Võ Văn Tín trúng cử chức vụ Chủ tịch HĐND xã, ông Lê Hoàng Nam trúng cử "
        "chức vụ Chủ tịch UBND xã Mỹ Hòa. Dự có Bí thư Huyện ủy Cao Lãnh – Nguyễn Văn Định.",
        "2021-06",
    )
    assert {"Võ Văn Tín", "Lê Hoàng Nam", "Nguyễn Văn Định"} <= officials(gold)
    assert "Cao Lãnh" not in officials(gold)


def test_a_secretary_named_after_a_dash_behind_his_district_s_name_is_an_official() -> None:
    gold = run("Đến dự có Bí thư Huyện ủy Tháp Mười – Nguyễn Văn Vũ Minh.", "2021-06")
    titles = {o["name"]: o["titles"] for o in gold["officials"]}
    assert titles == {"Nguyễn Văn Vũ Minh": ["Bí thư Huyện ủy Tháp Mười"]}


def test_a_conference_closed_by_the_deputy_secretary_of_the_party_agencies_committee_is_that_committee_s() -> None:
    gold = run(
        "Hội nghị học tập, quán triệt Nghị quyết Đại hội có sự tham dự của 300 đảng viên. Phát biểu chỉ đạo và bế mạc "
        "hội nghị, đồng chí Lâm Quốc Bảo, Phó Bí thư Đảng ủy các cơ quan Đảng tỉnh Cà Mau yêu cầu mỗi đảng viên gương "
        "mẫu.",
        "2025-09-12",
    )
    assert meetings(gold) == [("Đảng ủy các cơ quan Đảng tỉnh Cà Mau", "2025-09-12")]


def test_titles_in_the_friendship_union_and_the_people_s_council_written_in_title_case_are_read_whole() -> None:
    gold = run(
        "Dự có ông Trần Văn Lợi - Phó Chủ tịch Liên hiệp các Tổ chức hữu nghị Việt Nam; bà Lê Thị Mai - Chủ tịch Hội "
        "đồng Nhân dân phường.",
        "2022-08",
    )
    titles = {o["name"]: o["titles"] for o in gold["officials"]}
    assert titles["Trần Văn Lợi"] == ["Phó Chủ tịch Liên hiệp các Tổ chức hữu nghị Việt Nam"]


def test_a_congress_held_from_one_full_date_to_the_next_starts_on_the_first() -> None:
    gold = run(
        "Từ ngày 05/01/2025 đến ngày 06/01/2025, Đại hội Đảng bộ xã Hòa Thịnh lần thứ XV, nhiệm kỳ 2025-2030 đã diễn "
        "ra chính thức.",
        "2025-01-07",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ xã", "2025-01-05")]


def test_an_election_committee_written_in_lower_case_and_the_front_of_numbered_communes() -> None:
    gold = run("Dự có ông A, Ủy viên Ủy ban bầu cử tỉnh, và đại diện Ủy ban MTTQ Việt Nam 120 xã, phường.", "2026-02")
    assert "Ủy ban bầu cử tỉnh" in orgs(gold)
    assert "Ủy ban MTTQ Việt Nam" not in orgs(gold)


def test_a_ward_committee_followed_by_its_deputy_secretary_s_two_syllable_name_is_the_ward_s() -> None:
    gold = run(
        "Ngày 21-1, Đảng ủy phường Tân Hòa tổ chức hội nghị tổng kết. Phó Bí thư Thường trực Đảng ủy phường Lê Hùng "
        "trao bằng khen.",
        "2026-01",
    )
    assert "Đảng ủy phường Lê Hùng" not in orgs(gold)
    assert orgs(gold) == {"Đảng ủy phường Tân Hòa"}


def test_a_ward_s_committee_capitalised_and_named_bare_is_one_body() -> None:
    gold = run(
        "Chiều 18/8, Đảng ủy Phường Bến Nghé tổ chức hội nghị. Dự có đồng chí Lê Thị Hà – Bí thư Đảng ủy phường.",
        "2025-08",
    )
    assert orgs(gold) == {"Đảng ủy Phường Bến Nghé"}


def test_what_happened_at_a_congress_on_the_sentence_s_day_reports_the_congress() -> None:
    gold = run(
        "Ngày 21/8, tại Đại hội đại biểu Đảng bộ phường Tân Định lần thứ I, nhiệm kỳ 2025-2030, ông Lê Văn Bình được "
        "bầu làm Bí thư Đảng ủy phường.",
        "2025-08",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ phường", "2025-08-21")]


def test_a_ward_that_holds_its_congress_holds_its_party_congress() -> None:
    gold = run("Sáng 14/8, phường Ngọc Hà (Hà Nội) tổ chức Đại hội đại biểu lần thứ nhất.", "2025-08")
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ phường", "2025-08-14")]


def test_a_session_whose_results_a_meeting_with_voters_reports_is_not_held_there() -> None:
    gold = run(
        "Chiều 3/7, các đại biểu thuộc Đoàn đại biểu Quốc hội TP Hà Nội đã tiếp xúc cử tri phường Láng để báo cáo kết "
        "quả Kỳ họp thứ 9, Quốc hội khóa XV.",
        "2025-07",
    )
    assert meetings(gold) == [("Đoàn đại biểu Quốc hội TP Hà Nội", "2025-07-03")]


def test_members_listed_after_a_board_s_colon_are_no_units_and_a_ward_stops_before_its_secretary() -> None:
    gold = run(
        "Cùng dự có các Ủy viên Ban Thường vụ Thành ủy: Phó Chủ tịch UBND TP Lê Văn Sơn. Bí thư Đảng ủy, Chủ tịch HĐND "
        "phường Cầu Giấy Hà Minh Châu phát biểu. Tổ công tác số 7 chúc mừng Đại hội.",
        "2025-08",
    )
    names = orgs(gold)
    assert not any("Phó Chủ" in name or name.endswith(" Hà") for name in names)
    assert {"Đảng ủy phường Cầu Giấy", "Tổ công tác số 7"} <= names


def test_titles_of_the_public_security_party_committee_and_of_a_city_s_front_chair() -> None:
    gold = run(
        "Thượng tướng Lê Văn Tuyến, Ủy viên Ban thường vụ Đảng ủy Công an Trung ương dự. Chủ tịch Ủy ban MTTQ Việt Nam "
        "TP Hà Nội Nguyễn Lan Hương phát biểu.",
        "2025-08",
    )
    assert {"Lê Văn Tuyến", "Nguyễn Lan Hương"} <= officials(gold)
    assert "Công an TP Hà Nội" in orgs(run("Trung tướng Lê Văn Hà - Giám đốc Công an TP Hà Nội dự họp.", "2025-07"))
    assert "Ban thường vụ Đảng ủy Công an Trung ương" in orgs(gold)


def test_a_holder_named_after_a_two_word_province_starts_after_the_province() -> None:
    gold = run("Chủ tịch UBMTTQ Việt Nam tỉnh Tây Ninh Nguyễn Thanh Long yêu cầu các xã khẩn trương.", "2025-07")
    assert officials(gold) == {"Nguyễn Thanh Long"}


def test_the_last_words_of_a_commune_s_four_syllable_name_are_no_person() -> None:
    gold = run(
        "Đồng chí Hà Văn Lực, Phó Bí thư Thường trực Đảng ủy xã Tân Thanh Lâm Hà thông qua báo cáo chính trị.",
        "2025-07",
    )
    assert officials(gold) == {"Hà Văn Lực"}


def test_a_deputy_prime_minister_working_with_the_province_s_leaders_is_the_people_s_committee_s_meeting() -> None:
    gold = run(
        "Ngày 12/11, tại Gia Lai, Phó Thủ tướng Chính phủ Trần Văn Hùng cùng Đoàn công tác của Trung ương làm việc với "
        "lãnh đạo tỉnh về tình hình phát triển kinh tế - xã hội.",
        "2025-11",
    )
    assert meetings(gold) == [("UBND tỉnh", "2025-11-12")]


def test_a_regional_project_board_keeps_its_number() -> None:
    gold = run("Tham dự có đại diện Công an xã và Ban Quản lý dự án khu vực 4 cùng các phòng, ban của xã.", "2026-01")
    assert "Ban Quản lý dự án khu vực 4" in orgs(gold)


def test_a_new_year_s_visit_to_a_city_committee_is_the_host_s_meeting() -> None:
    gold = run(
        "Sáng ngày 5/2, Đoàn công tác tỉnh Bạc Liêu do đồng chí Lê Văn Tám, Phó Bí thư Tỉnh ủy làm Trưởng đoàn đã đến "
        "thăm và chúc Tết Thành ủy và UBND TP Cần Thơ.",
        "2024-02",
    )
    assert meetings(gold) == [("Thành ủy", "2024-02-05")]
