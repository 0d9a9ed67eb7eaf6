"""Meetings, bodies and officials in the shapes north-central, central-coast and Mekong articles use: the Party
organizations of units, associations holding symposia, a plenum convened by its standing board, co-organizers,
ranks and degrees before names.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, officials, orgs, run

pytestmark = pytest.mark.unit


def test_two_hosts_with_a_city_written_after_the_dot_the_first_holds_it() -> None:
    gold = run("Sáng nay (3.11), Thành ủy và UBND TP.Quy Nhơn tổ chức hội nghị công bố quyết định cán bộ.", "2025-11")
    assert meetings(gold) == [("Thành ủy", "2025-11-03")]
    assert "UBND TP.Quy Nhơn" in orgs(gold)


def test_the_party_organization_of_a_unit_is_a_body_and_holds_its_congress() -> None:
    gold = run(
        "Sáng 12/6, Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Tĩnh tổ chức Đại hội nhiệm kỳ 2025 - 2030. "
        "Đồng chí Lê Văn Bình, Bí thư Đảng ủy Các cơ quan Đảng tỉnh, dự đại hội. Nhiệm kỳ qua, Ban Chấp hành Đảng bộ "
        "UBND tỉnh Bến Tre lãnh đạo tốt; Đảng bộ UBND tỉnh cần phát huy."
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh", "2025-06-12")]
    assert {
        "Đảng bộ Đoàn đại biểu Quốc hội và HĐND tỉnh Hà Tĩnh",
        "Đảng ủy Các cơ quan Đảng tỉnh",
        "Ban Chấp hành Đảng bộ UBND tỉnh Bến Tre",
        "Đảng bộ UBND tỉnh",
    } <= orgs(gold)


def test_an_association_holds_its_symposium_and_is_a_body() -> None:
    gold = run(
        "Chiều ngày 14/5, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức Tọa đàm về vai trò của trí thức. "
        "Tham dự có ông Lê Văn Bình, Chủ tịch Hội Xây dựng.",
        "2024-05",
    )
    assert meetings(gold) == [("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "2024-05-14")]
    assert {"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Hội Xây dựng"} <= orgs(gold)


def test_an_association_with_a_partner_holds_the_workshop() -> None:
    gold = run(
        "Sáng 9/7, Hội Khoa học Lịch sử tỉnh Quảng Trị phối hợp với Bảo tàng tỉnh tổ chức Hội thảo khoa học về "
        "một nhà cách mạng. Về phía tỉnh có đồng chí Trần Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
        "2023-07",
    )
    assert meetings(gold) == [("Hội Khoa học Lịch sử tỉnh Quảng Trị", "2023-07-09")]


def test_hoi_nghi_and_hoi_an_are_not_associations() -> None:
    gold = run("Hội nghị diễn ra tại TP Hội An. Hội Đồng hương tổ chức gặp mặt.", "2023-07")
    assert not {name for name in orgs(gold) if name.startswith("Hội ")}


def test_a_plenum_convened_by_the_standing_board_is_the_plenums() -> None:
    gold = run(
        "Chiều nay (6/11), Ban Thường vụ Tỉnh ủy Long An tổ chức Hội nghị Ban Chấp hành Đảng bộ triển khai Quyết định "
        "của Ban bí thư về công tác cán bộ.",
        "2020-11",
    )
    assert meetings(gold) == [("Ban Chấp hành Đảng bộ tỉnh", "2020-11-06")]
    assert "Ban bí thư" in orgs(gold)


def test_a_unit_and_its_parent_joined_by_a_dash_the_unit_leads() -> None:
    gold = run(
        "Sáng 21/10, Viện Lịch sử Đảng - Học viện Chính trị quốc gia Hồ Chí Minh phối hợp Ban Tuyên giáo Tỉnh ủy "
        "Thừa Thiên - Huế tổ chức hội thảo khoa học.",
        "2019-10",
    )
    assert meetings(gold) == [("Viện Lịch sử Đảng", "2019-10-21")]
    assert "Ban Tuyên giáo Tỉnh ủy Thừa Thiên - Huế" in orgs(gold)


def test_former_memberships_ranks_and_degrees_before_names() -> None:
    gold = run(
        "Tham dự có đồng chí Phan Văn Lộc, nguyên Ủy viên Bộ Chính trị, nguyên Trưởng Ban Tư tưởng - Văn hóa Trung "
        "ương; đồng chí Trung tướng Lê Hữu Tình, nguyên Ủy viên Trung ương Đảng; TS. Hồ Văn Tâm, Ủy viên thường vụ "
        "Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy.",
        "2022-07",
    )
    assert {"Phan Văn Lộc", "Lê Hữu Tình", "Hồ Văn Tâm"} <= officials(gold)
    assert "Ban Tư tưởng - Văn hóa Trung ương" in orgs(gold)


def test_a_standing_board_named_in_an_abbreviated_membership() -> None:
    gold = run(
        "Dự có ông Hồ Văn Sơn, UVTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh; ông Lê An, Ủy viên Thường vụ Thành ủy, Giám "
        "đốc Sở Y tế.",
        "2022-07",
    )
    assert {"Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Thành ủy"} <= orgs(gold)


def test_a_city_committee_named_with_the_abbreviated_city_and_a_centre_before_do() -> None:
    gold = run(
        "Điểm cầu Thành ủy TP Sầm Sơn do đồng chí Lê Văn Xuân, Bí thư Thành ủy chủ trì. Điểm cầu Trung tâm Chính "
        "trị thành phố do đồng chí Giám đốc chủ trì.",
        "2024-02",
    )
    assert {"Thành ủy TP Sầm Sơn", "Trung tâm Chính trị thành phố"} <= orgs(gold)
    assert "Thành ủy" not in orgs(gold)


def test_a_department_with_its_level_word_and_a_city_council_after_the_dot_are_named_once() -> None:
    gold = run(
        "Sáng 2.12, Thành ủy và UBND TP.Quy Nhơn tổ chức hội nghị. Sở Nội vụ thành phố công bố quyết định. Bà Lan, "
        "Giám đốc Sở Nội vụ, được điều động. Ông Hải được điều động đến UBND TP để nhận nhiệm vụ mới.",
        "2025-12",
    )
    assert {"UBND TP.Quy Nhơn", "Sở Nội vụ thành phố"} <= orgs(gold)
    assert not {"UBND TP", "Sở Nội vụ"} & orgs(gold)


def test_an_abbreviated_steering_committee_holds_the_meeting_its_chair_convenes() -> None:
    gold = run(
        "Bí thư Tỉnh ủy Quảng Trị Lê Văn An vừa chủ trì cuộc họp BCĐ sắp xếp đơn vị hành chính cấp xã. Chủ tịch "
        "UBND tỉnh Hồ Văn Bình, các thành viên BCĐ cùng dự.",
        "2025-04",
    )
    assert meetings(gold) == [("BCĐ sắp xếp đơn vị hành chính cấp xã", "2025-04")]
    assert "BCĐ sắp xếp đơn vị hành chính cấp xã" in orgs(gold)


def test_a_central_committee_membership_with_the_board_in_lower_case() -> None:
    gold = run(
        "Dự hội nghị có các đồng chí: Lê Văn Hải, Ủy viên Bộ Chính trị; Mai Văn Tùng, Ủy viên Ban chấp hành Trung ương "
        "Đảng, Phó Trưởng Ban Tổ chức Trung ương.",
        "2019-08",
    )
    assert {"Lê Văn Hải", "Mai Văn Tùng"} <= officials(gold)


def test_a_photo_caption_place_between_name_and_titles() -> None:
    gold = run(
        "Ông Lê Văn Tư (thứ 3 từ phải sang) – Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy và TS Hồ "
        "Văn Năm (bìa trái) – nguyên Trưởng Ban Tuyên giáo Tỉnh ủy trao sách.",
        "2024-12",
    )
    people = {o["name"]: o["titles"] for o in gold["officials"]}
    assert people["Lê Văn Tư"] == ["Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng Ban Tuyên giáo Tỉnh ủy"]
    assert "Hồ Văn Năm" in people


def test_a_delegations_full_time_deputy_and_a_member_of_an_assembly_council() -> None:
    gold = run(
        "Đồng chí Trần Văn Ba, Phó trưởng đoàn chuyên trách phụ trách Đoàn ĐBQH tỉnh chủ trì. Bà Lê Thị Bốn - Ủy "
        "viên Hội đồng Dân tộc của Quốc hội, Phó Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam tỉnh Nghệ An dự.",
        "2025-12",
    )
    assert {"Trần Văn Ba", "Lê Thị Bốn"} <= officials(gold)
    assert {"Hội đồng Dân tộc của Quốc hội", "Hội Liên hiệp Phụ nữ Việt Nam tỉnh Nghệ An"} <= orgs(gold)


def test_re_elected_with_tiep_tuc_before_duoc() -> None:
    gold = run("Ông Lê Văn Hải tiếp tục được bầu làm Bí thư Tỉnh ủy Bạc Liêu tại Hội nghị lần thứ nhất.", "2020-10")
    assert officials(gold) == {"Lê Văn Hải"}


def test_a_unit_of_a_parent_holds_its_workshop_and_a_dash_against_a_word() -> None:
    gold = run(
        "Sáng ngày 12/10/2022, Viện Nghiên cứu Văn hóa thuộc Viện Hàn lâm Khoa học xã hội Việt Nam tổ chức hội thảo "
        "khoa học. Viện Kinh tế- Xã hội thành phố Cần Thơ phối hợp. Đảng ủy Bộ đội Biên phòng tỉnh An Giang dự.",
        "2022-10",
    )
    assert meetings(gold) == [("Viện Nghiên cứu Văn hóa", "2022-10-12")]
    assert {"Viện Kinh tế- Xã hội thành phố Cần Thơ", "Đảng ủy Bộ đội Biên phòng tỉnh An Giang"} <= orgs(gold)


def test_a_central_committee_member_without_dang_names_the_central_committee() -> None:
    gold = run(
        "Về phía tỉnh có đồng chí Đỗ Văn Hưng - Ủy viên Trung ương, Bí thư Tỉnh ủy; bà Hồ Thị Bé, Ủy viên Trung "
        "ương Hội Nông dân Việt Nam.",
        "2023-11",
    )
    assert "Trung ương Đảng" in orgs(gold)
    gold = run("Dự có bà Hồ Thị Bé, Ủy viên Trung ương Hội Nông dân Việt Nam, Chủ tịch Hội Nông dân tỉnh.", "2023-11")
    assert "Trung ương Đảng" not in orgs(gold)


def test_a_list_of_councils_without_a_colon_and_a_business_association_host() -> None:
    gold = run(
        "Ngày 2/7/2020, Thường trực Hội đồng nhân dân tỉnh tổ chức cuộc họp giám sát tại Ủy ban nhân dân các huyện "
        "Cầu Kè, Tiểu Cần và Duyên Hải; lãnh đạo Văn phòng Hội đồng nhân dân tỉnh dự.",
        "2020-07",
    )
    assert {
        "Ủy ban nhân dân huyện Cầu Kè",
        "Ủy ban nhân dân huyện Tiểu Cần",
        "Ủy ban nhân dân huyện Duyên Hải",
        "Văn phòng Hội đồng nhân dân tỉnh",
    } <= orgs(gold)
    gold = run(
        "Sáng 14-10, Chủ tịch UBND TP Cần Thơ Lê Văn Tư đã có buổi làm việc với Hiệp hội Doanh nghiệp TP Cần Thơ. "
        "Ông giao sớm hợp nhất Hiệp hội Doanh nghiệp tỉnh Hậu Giang, Sóc Trăng cũ.",
        "2025-10",
    )
    assert meetings(gold) == [("Hiệp hội Doanh nghiệp TP Cần Thơ", "2025-10-14")]
    assert {"Hiệp hội Doanh nghiệp TP Cần Thơ", "Hiệp hội Doanh nghiệp tỉnh Hậu Giang"} <= orgs(gold)


def test_a_numbered_team_and_a_group_of_deputies_meeting_voters() -> None:
    gold = run(
        "Tổ đại biểu HĐND tỉnh số 7 tiếp xúc cử tri tại phường Long Châu\nTại buổi tiếp xúc, đại biểu thông tin kết "
        "quả kỳ họp.",
        "2025-12",
    )
    assert meetings(gold) == [("Tổ đại biểu HĐND tỉnh", "2025-12")]
    gold = run(
        "Sáng 4/3, Đoàn kiểm tra số 12 do Phó Chủ tịch UBND tỉnh Lê Văn Năm làm Trưởng đoàn đã kiểm tra.", "2026-03"
    )
    assert "Đoàn kiểm tra số 12" in orgs(gold)


def test_the_party_organization_of_the_party_offices_capitalised_holds_its_congress() -> None:
    gold = run(
        "Sáng 14/8, Đảng bộ Các cơ quan Đảng tỉnh Hà Tĩnh trọng thể tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 "
        "- 2030.",
        "2025-08",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ Các cơ quan Đảng tỉnh", "2025-08-14")]
    assert "Đảng bộ Các cơ quan Đảng tỉnh Hà Tĩnh" in orgs(gold)


def test_a_body_named_only_as_a_venue_is_not_a_body() -> None:
    gold = run(
        "Phiên chính thức khai mạc ngày 24/8/2025 tại hội trường Đảng ủy xã Vĩnh Điều. Sáng 5/3, tại Hội trường UBND "
        "tỉnh, HĐND tỉnh tổ chức kỳ họp thứ 20.",
        "2025-08",
    )
    assert orgs(gold) == {"HĐND tỉnh"}
    assert meetings(gold) == [("HĐND tỉnh", "2025-03-05")]


def test_a_provincial_committee_listed_with_the_council_and_the_front_holds_the_ceremony() -> None:
    gold = run(
        "Sáng 10/3, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu tổ chức lễ kỷ niệm ngày truyền thống. "
        "Sáng 11/3, Huyện ủy, HĐND, UBND và Ủy ban MTTQ Việt Nam huyện Long Mỹ tổ chức Lễ dâng hoa.",
        "2025-06",
    )
    assert meetings(gold) == [("Tỉnh ủy", "2025-03-10"), ("Huyện ủy", "2025-03-11")]


def test_a_commune_whose_second_syllable_is_a_surname_and_a_birth_year_after_a_name() -> None:
    gold = run(
        "Chủ tịch HĐND xã Nghi Lộc Trần Văn Năm khai mạc kỳ họp. Ông Nguyễn Văn Hải (SN 1975), Phó Giám đốc Sở Tài "
        "chính được bổ nhiệm.",
        "2025-06",
    )
    assert officials(gold) == {"Trần Văn Năm", "Nguyễn Văn Hải"}


def test_a_central_leader_working_with_a_province_named_bare() -> None:
    gold = run("Ngày 14/1, Phó Thủ tướng Lê Văn Sáu dẫn đầu đoàn công tác đến làm việc với tỉnh Bạc Liêu.", "2016-01")
    assert meetings(gold) == [("UBND tỉnh", "2016-01-14")]
    gold = run("Chiều 5/3, Ủy viên Bộ Chính trị Hồ Văn Tám làm việc với lãnh đạo tỉnh Hậu Giang.", "2025-03")
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-03-05")]


def test_a_second_session_the_same_named_day_and_a_council_followed_by_its_province() -> None:
    gold = run(
        "Ngày 5-11, HĐND phường Trường Vinh, tỉnh Nghệ An đã tổ chức Kỳ họp thứ IV, khóa I.\n\nCũng trong ngày 5-11, "
        "HĐND xã Hưng Nguyên khóa XXI đã tổ chức kỳ họp thông qua các quyết định về công tác cán bộ.",
        "2025-11",
    )
    assert meetings(gold) == [("HĐND phường", "2025-11-05"), ("HĐND xã", "2025-11-05")]


def test_a_holder_replaced_and_a_post_left_with_the_councils_term() -> None:
    gold = run(
        "HĐND phường bầu bà Lê Thị Ba thay ông Hồ Văn Tư đã được điều động giữ chức Bí thư Đảng ủy xã Đông Sơn. Các "
        "đại biểu biểu quyết miễn nhiệm chức danh Chủ tịch HĐND phường Nghi Tân khóa V, nhiệm kỳ 2016- 2021 đối với "
        "ông Ngô Văn Năm.",
        "2020-05",
    )
    assert {"Hồ Văn Tư", "Ngô Văn Năm"} <= officials(gold)


def test_an_online_meeting_of_a_steering_committee_chaired_elsewhere() -> None:
    gold = run(
        "Chiều 26-9, Phó Thủ tướng Lê Văn Bảy chủ trì cuộc họp trực tuyến của Ban Chỉ đạo quốc gia về phòng, chống "
        "thiên tai về công tác ứng phó bão số 4. Chủ tịch UBND thành phố Hồ Văn Tám chủ trì tại điểm cầu Đà Nẵng.",
        "2022-09",
    )
    assert meetings(gold) == [("Ban Chỉ đạo quốc gia về phòng, chống thiên tai", "2022-09-26")]


def test_a_province_celebrating_and_its_bodies_listed_with_va() -> None:
    gold = run("Ngày 18/1, tỉnh Trà Vinh tổ chức kỷ niệm 60 năm Ngày truyền thống của tỉnh.", "2023-01")
    assert meetings(gold) == [("Tỉnh ủy", "2023-01-18")]
    gold = run(
        "Tối 3.6, Tỉnh ủy, HĐND, UBND và Ủy ban MTTQ tỉnh Quảng Trị đã tổ chức Lễ kỷ niệm 35 năm tái lập tỉnh. Văn "
        "phòng HĐND và UBND xã Hải Lăng báo cáo.",
        "2024-06",
    )
    assert meetings(gold) == [("Tỉnh ủy", "2024-06-03")]
    assert {"HĐND tỉnh Quảng Trị", "UBND tỉnh Quảng Trị"} <= orgs(gold)
    assert "HĐND xã Hải Lăng" not in orgs(gold)


def test_a_session_named_with_its_body_in_a_second_dated_sentence() -> None:
    gold = run(
        "Sáng 12/12, kỳ họp thứ 20, HĐND tỉnh Quảng Trị khóa 8 đã tiến hành bầu Chủ tịch UBND tỉnh. Trước đó, ngày "
        "11/12, Ban Chấp hành Đảng bộ tỉnh Quảng Trị đã tổ chức hội nghị để thực hiện công tác cán bộ.",
        "2023-12",
    )
    assert sorted(meetings(gold)) == [("Ban Chấp hành Đảng bộ tỉnh", "2023-12-11"), ("HĐND tỉnh", "2023-12-12")]


def test_degrees_written_out_and_a_deputy_head_of_a_department_in_lower_case() -> None:
    gold = run(
        "Giáo sư, Tiến sĩ Tạ Văn Tám, Phó Chủ tịch Thường trực Hội đồng lý luận Trung ương dự. Đồng chí Phạm Văn "
        "Chín - Phó vụ trưởng Vụ địa phương III dự.",
        "2022-07",
    )
    assert {"Tạ Văn Tám", "Phạm Văn Chín"} <= officials(gold)
    assert "Hội đồng lý luận Trung ương" in orgs(gold)


def test_a_former_post_capitalised_after_a_dash_and_the_front_abbreviated_two_ways() -> None:
    gold = run(
        "Tham dự có ông Lê Văn An – Nguyên Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương. Dự có Chủ tịch UBMTTQ "
        "tỉnh Hà Văn Hùng và lãnh đạo Ủy ban MTTQ tỉnh.",
        "2023-12",
    )
    assert {"Lê Văn An", "Hà Văn Hùng"} <= officials(gold)
    assert len([name for name in orgs(gold) if "MTTQ" in name]) == 1


def test_offices_in_lower_case_after_their_heads_post_and_the_supreme_court_abbreviated() -> None:
    gold = run(
        "Ông Lê Văn Lợi, Chánh văn phòng Thành ủy, được bổ nhiệm giữ chức Chánh thanh tra thành phố. Ông Hồ Văn Trí, "
        "Chánh án TAND Tối cao; ông Lê Văn Tiến, Viện trưởng VKSND Tối cao dự.",
        "2025-12",
    )
    assert {"Văn phòng Thành ủy", "Thanh tra thành phố", "TAND Tối cao", "VKSND Tối cao"} <= orgs(gold)


def test_the_central_inspection_committee_abbreviated_holds_its_session() -> None:
    gold = run(
        "Tại kỳ họp, UBKT T.Ư đã xem xét đề nghị của Ban Thường vụ Tỉnh ủy Hà Tĩnh và đề nghị Ban Bí thư thi hành kỷ "
        "luật ông Lê Văn Năm, nguyên Tỉnh ủy viên.",
        "2022-01",
    )
    assert meetings(gold) == [("Ủy ban Kiểm tra Trung ương", "2022-01")]
    assert "UBKT Trung ương" in orgs(gold)
