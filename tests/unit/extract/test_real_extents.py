"""Meetings, officials, bodies and places in more shapes real articles use (sentences written for the test,
none copied from an article or the corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract.text import Doc
from tests.unit.extract.gold_views import assigned, meetings, officials, orgs, run

pytestmark = pytest.mark.unit


def places(gold: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {(p["name"], p["level"]) for p in gold["localities"]}


# --- sentences ------------------------------------------------------------------------------------------


def test_no_sentence_ends_after_an_abbreviation() -> None:
    doc = Doc.of("Sáng 4/3, tại TP. Cần Thơ, PGS. TS. Lê Văn Bình báo cáo. Tiếp đó, ThS. Ngô An phát biểu.", None)
    assert [doc.text[s:e].strip() for s, e in doc.sentences()] == [
        "Sáng 4/3, tại TP. Cần Thơ, PGS. TS. Lê Văn Bình báo cáo.",
        "Tiếp đó, ThS. Ngô An phát biểu.",
    ]


# --- places ---------------------------------------------------------------------------------------------


def test_a_level_word_at_a_line_end_takes_no_name_from_the_next_line() -> None:
    gold = run("Dừng hoạt động chính quyền cấp huyện\nChiều 13/3, Ban Chỉ đạo của Chính phủ họp phiên thứ nhất.")
    assert not any(name.startswith("Chiều") for name, _ in places(gold))


def test_a_city_committee_named_with_its_city_in_full() -> None:
    gold = run("Ngày 5/3, Đoàn kiểm tra công bố quyết định đối với Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh.")
    assert places(gold) == {("Hồ Chí Minh", "thành phố")}
    assert "Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh" in orgs(gold)


def test_a_province_written_with_an_en_dash() -> None:
    gold = run("Lễ khởi công được tổ chức tại tỉnh Bà Rịa – Vũng Tàu; Bình Phước và Bà Rịa-Vũng Tàu cùng dự.")
    assert places(gold) == {("Bà Rịa - Vũng Tàu", "tỉnh"), ("Bình Phước", "tỉnh")}


def test_a_reporters_name_is_no_place() -> None:
    gold = run("PV Quảng Bình/VOV Miền Trung cho biết, sáng nay tỉnh Gia Lai tổ chức lễ công bố quyết định.")
    assert places(gold) == {("Gia Lai", "tỉnh")}


def test_a_commune_name_in_lower_case_is_not_cut_to_one_syllable() -> None:
    gold = run("Xã Tân lập được thành lập trên cơ sở nhập các xã Hòa An, Hòa Bình. Đảng bộ xã Tân Lập có 900 người.")
    assert ("Tân", "xã") not in places(gold)
    assert ("Tân Lập", "xã") in places(gold)


# --- bodies ---------------------------------------------------------------------------------------------


def test_a_provincial_body_takes_only_a_province_after_it() -> None:
    gold = run("Dự lễ có các đồng chí: Ủy viên Ban TVTU, Chủ tịch HĐND tỉnh Lê Bảo; Phó Chủ tịch UBND tỉnh Võ An.")
    assert orgs(gold) >= {"HĐND tỉnh", "UBND tỉnh"}
    assert not any("Lê Bảo" in name for name in orgs(gold))
    assert officials(gold) >= {"Lê Bảo", "Võ An"}


def test_a_department_written_in_lower_case() -> None:
    gold = run("UBND tỉnh giao sở Tài chính chủ trì, phối hợp với các cơ sở Đảng trực thuộc thực hiện.")
    assert "Sở Tài chính" in orgs(gold)
    assert not any("Đảng trực" in name for name in orgs(gold))


def test_the_national_assembly_delegation_in_every_spelling() -> None:
    gold = run(
        "Đồng chí Hà Văn Ba, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh dự. Chiều 4/5, Đoàn đại biểu Quốc hội (ĐBQH) tỉnh "
        "Yên Bái tổ chức hội nghị tiếp xúc cử tri xã Minh Quân."
    )
    assert any(name.casefold().startswith("đoàn") for name in orgs(gold))
    assert meetings(gold) == [("Đoàn đại biểu Quốc hội tỉnh Yên Bái", "2025-05-04")]


def test_a_steering_committee_named_by_its_task() -> None:
    gold = run(
        "Chiều 13/3, Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp đã họp phiên thứ nhất. "
        "Phó Thủ tướng Lê Văn Bình, Trưởng ban Chỉ đạo chủ trì phiên họp."
    )
    assert "Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp" in orgs(gold)
    assert meetings(gold) == [("Ban Chỉ đạo thực hiện sắp xếp, tổ chức lại đơn vị hành chính các cấp", "2025-03-13")]


def test_the_central_committees_boards_abbreviated() -> None:
    gold = run("Chiều 11/6, tại Hà Nội, Ban Tuyên giáo T.Ư tổ chức hội nghị triển khai quyết định về công tác cán bộ.")
    assert meetings(gold) == [("Ban Tuyên giáo T.Ư", "2025-06-11")]


# --- meetings -------------------------------------------------------------------------------------------


def test_a_session_named_with_its_council_after_a_comma() -> None:
    gold = run("Sáng nay 4-7, tại Hội trường UBND tỉnh đã diễn ra Kỳ họp thứ 6, HĐND tỉnh khóa IX với 80 đại biểu.")
    assert meetings(gold) == [("HĐND tỉnh", "2025-07-04")]


def test_a_plenum_organized_by_the_standing_committee_is_the_plenums() -> None:
    gold = run(
        "Ngày 9-4, tại Hội trường Tỉnh ủy, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị BCH Đảng bộ tỉnh lần thứ 18, "
        "khóa XVII (mở rộng). Đồng chí Chẩu Văn Lâm, Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    assert meetings(gold) == [("Ban Chấp hành Đảng bộ tỉnh", "2025-04-09")]
    assert not any("Chẩu" in name for name in orgs(gold))


def test_the_host_of_a_collective_working_session() -> None:
    gold = run(
        "Sáng 3.9, Tổng Bí thư Lê Văn An chủ trì buổi làm việc của tập thể Bộ Chính trị với Ban Thường vụ Thành ủy "
        "TP.HCM để cho ý kiến về dự thảo văn kiện."
    )
    assert meetings(gold) == [("Ban Thường vụ Thành ủy", "2025-09-03")]


def test_a_delegation_meeting_voters_through_its_head() -> None:
    gold = run(
        "Chiều 4/5, đồng chí Đỗ Văn Duy, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh đã có cuộc tiếp xúc với cử tri các "
        "xã: Minh Quân, Bảo Hưng (huyện Trấn Yên)."
    )
    assert meetings(gold) == [("Đoàn ĐBQH tỉnh", "2025-05-04")]
    assert {("Minh Quân", "xã"), ("Bảo Hưng", "xã")} <= places(gold)


def test_a_congress_entering_its_official_sitting() -> None:
    gold = run(
        "Sáng 24-9, Đại hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI (nhiệm kỳ 2020 – 2025) đã bước vào phiên làm "
        "việc chính thức.",
        "2020-09",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ tỉnh", "2020-09-24")]


# --- officials ------------------------------------------------------------------------------------------


def test_posts_in_lower_case() -> None:
    gold = run(
        "Tham dự buổi lễ có Phó thủ tướng Chính phủ Trần Hồng Hải; Trần Thị Vân, Phó trưởng Đoàn ĐBQH tỉnh và "
        "Phó trưởng ban Tuyên giáo Tỉnh ủy Lê Văn Hòa."
    )
    assert officials(gold) >= {"Trần Hồng Hải", "Trần Thị Vân", "Lê Văn Hòa"}


def test_a_post_shared_by_names_without_a_colon() -> None:
    gold = run("Chủ tịch HĐND tỉnh Phan Việt Cường, các Phó Chủ tịch HĐND tỉnh Trần Xuân Vinh, Nguyễn Công Thanh đồng "
               "chủ trì kỳ họp.")  # fmt: skip
    assert officials(gold) == {"Phan Việt Cường", "Trần Xuân Vinh", "Nguyễn Công Thanh"}


def test_the_second_name_of_a_list_of_names_with_posts() -> None:
    gold = run(
        "Các đồng chí Hồ Thanh Sơn, Phó bí thư Thường trực Tỉnh ủy, Cao Tiến Dũng, Phó bí thư Tỉnh ủy, Chủ tịch "
        "UBND tỉnh chủ trì cuộc họp."
    )
    assert officials(gold) == {"Hồ Thanh Sơn", "Cao Tiến Dũng"}


def test_surnames_of_more_peoples() -> None:
    gold = run("Ngày 9-4, đồng chí Bí thư Tỉnh ủy Chẩu Văn Lâm quán triệt bài phát biểu của đồng chí Tổng Bí thư.")
    assert officials(gold) == {"Chẩu Văn Lâm"}
    assert orgs(gold) == {"Tỉnh ủy"}


def test_a_prefix_is_a_whole_word() -> None:
    gold = run("Đoàn ĐBQH tỉnh gồm các đồng chí: Uông Chu Lưu, Phó Chủ tịch Quốc hội; Mai Sỹ Diến, Tỉnh ủy viên.")
    assert "Chu Lưu" not in officials(gold)


def test_a_rank_between_a_post_and_the_name() -> None:
    gold = run("Dự có Trưởng Công an huyện Thượng tá Nguyễn Quang Thành và Chủ tịch UBND huyện Bùi Văn Hùng.")
    assert officials(gold) == {"Nguyễn Quang Thành", "Bùi Văn Hùng"}


def test_a_post_of_a_committee_of_the_national_assembly() -> None:
    gold = run("Dự có Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội Lê Quang Huy.")
    assert officials(gold) == {"Lê Quang Huy"}


def test_a_post_named_before_its_holder_in_a_personnel_decision() -> None:
    gold = run("Thủ tướng phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh Bắc Kạn đối với ông Trương Chí Trung.")
    assert {o["name"]: o["titles"] for o in gold["officials"]} == {"Trương Chí Trung": ["Chủ tịch UBND tỉnh Bắc Kạn"]}


def test_a_ward_committee_with_a_three_syllable_name() -> None:
    gold = run("Chiều 14-11, Đảng ủy phường An Phú Đông tổ chức lễ ra mắt mô hình họp trực tuyến.")
    assert "Đảng ủy phường An Phú Đông" in orgs(gold)
    assert ("An Phú Đông", "phường") in places(gold)


def test_a_working_delegation_ends_at_its_task_verb() -> None:
    gold = run("Ông Nguyễn Thanh Phong dẫn đầu Đoàn công tác HĐND tỉnh khảo sát về tình hình hoạt động của HĐND xã.")
    assert "Đoàn công tác HĐND tỉnh" in orgs(gold)


def test_a_town_abbreviated_without_a_dot() -> None:
    gold = run("Đường ven sông nối cao tốc đến TX Đông Triều được đầu tư.")
    assert ("Đông Triều", "thị xã") in places(gold)


def test_more_spellings_of_bodies() -> None:
    gold = run(
        "Chiều 14/3, Chủ tịch Quốc hội Trần Văn Mẫn, Trưởng đoàn kiểm tra số 11 của Bộ Chính trị chủ trì hội nghị "
        "với Thành ủy TPHCM. Dự có Chủ tịch UBMTTQ Việt Nam tỉnh Võ Xuân Ca và lãnh đạo Thành ủy."
    )
    assert {"Đoàn kiểm tra số 11 của Bộ Chính trị", "Ủy ban MTTQ Việt Nam tỉnh"} <= {
        name.replace("UBMTTQ", "Ủy ban MTTQ") for name in orgs(gold)
    }
    assert "Thành ủy" not in orgs(gold)  # one committee, named in full once: "Thành ủy TPHCM"


def test_a_delegation_and_an_academy_written_in_capitals() -> None:
    gold = run(
        "Đồng chí Lê Thị Thanh, Bí thư Tỉnh ủy, Trưởng đoàn Đại biểu Quốc hội tỉnh dự; Giám đốc Học viện Chính trị "
        "quốc gia Hồ Chí Minh Nguyễn Xuân Hòa phát biểu."
    )
    assert {"Đoàn Đại biểu Quốc hội tỉnh", "Học viện Chính trị quốc gia Hồ Chí Minh"} <= orgs(gold)


def test_a_supervision_session_and_its_chair_with_abbreviated_posts() -> None:
    gold = run(
        "Sáng 27/11, Thường trực HĐND tỉnh tổ chức giám sát việc thực hiện nhiệm vụ năm 2025 của ngành Tư pháp. Các "
        "đồng chí: Hoàng Văn Tứ, UV BTV Tỉnh ủy, Phó Chủ tịch TT HĐND tỉnh; Đinh Văn Dực, Phó Chủ tịch HĐND tỉnh dự."
    )
    assert meetings(gold) == [("Thường trực HĐND tỉnh", "2025-11-27")]
    assert officials(gold) == {"Hoàng Văn Tứ", "Đinh Văn Dực"}


def test_a_number_before_a_duration_is_no_unit() -> None:
    gold = run("Hội nghị giao ban với Thường trực HĐND các huyện, thành phố 6 tháng đầu năm; quận 3 và phường 12.")
    assert places(gold) == {("3", "quận"), ("12", "phường")}


def test_a_congress_prepared_for_is_not_held() -> None:
    gold = run(
        "Sáng ngày 26/8/2019, Đảng ủy xã Hà Vị đã tổ chức Hội nghị triển khai công tác chuẩn bị Đại hội các Chi bộ "
        "trực thuộc Đảng ủy, Đại hội Đảng bộ xã lần thứ XII, nhiệm kỳ 2020-2025."
    )
    assert meetings(gold) == [("Đảng ủy xã", "2019-08-26")]


def test_a_level_word_in_capitals_ends_a_schools_name() -> None:
    gold = run("Trường Chính trị Tôn Đức Thắng Tỉnh An Giang tổ chức hội thảo khoa học.")
    assert "Trường Chính trị Tôn Đức Thắng" in orgs(gold)


def test_a_known_department_ends_its_name() -> None:
    gold = run(
        "UBND tỉnh giao Sở Công Thương tăng cường công tác kêu gọi đầu tư; Sở Công Thương và Thủ trưởng các đơn vị "
        "thực hiện Thông tư của Bộ Công Thương quy định về cụm công nghiệp; Sở Nội vụ tỉnh phối hợp."
    )
    assert orgs(gold) == {"UBND tỉnh", "Sở Công Thương", "Bộ Công Thương", "Sở Nội vụ tỉnh"}


def test_a_rank_after_a_district_body_is_no_place() -> None:
    gold = run("Dự có Trưởng Công an huyện Thượng tá Nguyễn Quang Thành.")
    assert orgs(gold) == {"Công an huyện"}
    assert places(gold) == set()


def test_lists_and_names_stop_at_a_line_break() -> None:
    gold = run("Làm việc tại 2 tỉnh Kiên Giang, An Giang\nTheo sự phân công, Sở Lao động\n- Thương binh và Xã hội dự.")
    assert places(gold) == {("Kiên Giang", "tỉnh"), ("An Giang", "tỉnh")}
    assert not any("\n" in name for name in orgs(gold))


def test_a_committees_term_and_a_person_are_no_part_of_its_name() -> None:
    gold = run(
        "Dự có đồng chí Nguyễn Đặng Ân, Chủ tịch HĐND huyện Khóa XX và Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Nguyễn Hải; "
        "công trình đê ngăn lũ vùng Tứ giác Long Xuyên."
    )
    assert ("Khóa", "huyện") not in places(gold)
    assert "Ủy ban Kiểm tra Tỉnh ủy" in orgs(gold)
    assert ("Tứ giác Long Xuyên", "vùng") in places(gold)


def test_a_steering_committee_in_lower_case_and_its_head_after_the_unit() -> None:
    gold = run(
        "Dự cuộc họp có Bí thư huyện ủy, Trưởng Ban chỉ đạo phòng, chống dịch Covid-19 huyện Đoàn Văn Thông; "
        "Ban chỉ đạo phòng, chống dịch Covid-19 tỉnh đã họp."
    )
    assert ("Đoàn Văn Thông", "huyện") not in places(gold)
    assert any(name.startswith("Ban Chỉ đạo phòng, chống dịch") for name in orgs(gold))


def test_a_districts_post_with_its_term_before_the_name() -> None:
    gold = run(
        "Đồng chí Bí thư Huyện ủy Tân Kỳ nhiệm kỳ 2020 - 2025 Nguyễn Văn Ánh phát biểu. Chủ tịch UBND thị xã Thái "
        "Hòa khóa XX Lê Văn Bình dự."
    )
    assert {o["name"]: o["titles"] for o in gold["officials"]} == {
        "Nguyễn Văn Ánh": ["Bí thư Huyện ủy Tân Kỳ"],
        "Lê Văn Bình": ["Chủ tịch UBND thị xã Thái Hòa"],
    }


def test_a_working_group_a_project_board_and_a_membership_abbreviated() -> None:
    gold = run(
        "Chiều 10/10, Tổ công tác 751 tỉnh họp nghe báo cáo tiến độ rà soát các dự án. Dự có đồng chí Trần Minh "
        "Lực, UVTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh và Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng và "
        "công nghiệp tỉnh."
    )
    assert meetings(gold) == [("Tổ công tác 751 tỉnh", "2025-10-10")]
    assert "Trần Minh Lực" in officials(gold)
    assert "Ban Quản lý dự án Đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh" in orgs(gold)


def test_a_list_of_communes_goes_on_past_a_bracket() -> None:
    gold = run("Đoàn kiểm tra tại các xã Mỹ Trung, Hậu Mỹ Trinh (huyện Cái Bè) và Tân Lý Tây (huyện Châu Thành).")
    assert {("Mỹ Trung", "xã"), ("Hậu Mỹ Trinh", "xã"), ("Tân Lý Tây", "xã"), ("Cái Bè", "huyện")} <= places(gold)


def test_a_provinces_congress_named_without_its_party_organization() -> None:
    gold = run(
        "Sáng 3-10, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dự và phát biểu chỉ đạo Đại hội đại biểu tỉnh "
        "An Giang lần thứ I, nhiệm kỳ 2025-2030."
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ tỉnh", "2025-10-03")]


def test_a_councils_committee_and_a_commune_named_like_an_islet() -> None:
    gold = run(
        "Dự có thành viên Ban Kinh tế - Ngân sách HĐND tỉnh. Ngày 5/8, Đảng ủy xã Cù Lao Dung tổ chức hội nghị "
        "về an ninh vùng Bắc Trung Bộ và duyên hải Trung Bộ."
    )
    assert {"Ban Kinh tế - Ngân sách HĐND tỉnh", "Đảng ủy xã Cù Lao Dung"} <= orgs(gold)
    assert ("Bắc Trung Bộ và duyên hải Trung Bộ", "vùng") in places(gold)


def test_any_body_named_right_after_the_meeting_word() -> None:
    gold = run(
        "(MT) - Ngày 28/9, tại Bắc Ninh đã diễn ra Hội nghị Đoàn Chủ tịch UBTƯ MTTQ Việt Nam lần thứ 18, khoá IX. "
        "Chủ trì Hội nghị có ông Đỗ Văn Chiến, Chủ tịch UBTƯ MTTQ Việt Nam."
    )
    assert meetings(gold) == [("Đoàn Chủ tịch UBTƯ MTTQ Việt Nam", "2025-09-28")]


def test_a_congress_served_by_a_subcommittee_is_not_held() -> None:
    gold = run(
        "Ngày 28-2, Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 triển khai nhiệm "
        "vụ công tác tổ chức phục vụ Đại hội. Đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam khảo sát tại tỉnh."
    )
    assert not any(body.startswith("Đại hội") for body, _ in meetings(gold))
    assert "Đoàn công tác của Ủy ban Trung ương MTTQ Việt Nam" in orgs(gold)


def test_party_organizations_of_offices_and_blocs() -> None:
    gold = run(
        "Ngày 10-2, Đảng bộ Văn phòng UBND tỉnh tổ chức Đại hội lần thứ VIII. Dự có đồng chí Đỗ Đình Hữu, Bí thư "
        "Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh, và Bí thư Đảng ủy Sở Y tế Lê Văn Hải."
    )
    assert {"Đảng bộ Văn phòng UBND tỉnh", "Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh", "Đảng ủy Sở Y tế"} <= orgs(
        gold
    )


def test_a_meeting_before_a_congress_does_not_seat_the_congress() -> None:
    gold = run(
        "Chiều ngày 18/8/2025, Đảng ủy Phường Bến Thành tổ chức Hội nghị sinh hoạt đại biểu tham dự Đại hội đại biểu "
        "Đảng bộ Phường Bến Thành lần thứ I, nhiệm kỳ 2025-2030.",
        "2025-08",
    )
    assert meetings(gold) == [("Đảng ủy phường", "2025-08-18")]
    assert "Đảng ủy Phường Bến Thành" in orgs(gold)


def test_an_alternate_member_of_the_central_committee_as_written() -> None:
    gold = run("Đồng chí Đào Hồng Lan, Ủy viên Dự khuyết Trung ương Đảng, Phó Bí thư Thường trực Tỉnh ủy chủ trì.")
    assert officials(gold) == {"Đào Hồng Lan"}


def test_bodies_that_share_their_unit() -> None:
    gold = run(
        "Dự có lãnh đạo Đảng ủy, HĐND, UBND, UBMTTQ Việt Nam phường Phổ Thạnh; nguyên lãnh đạo Huyện ủy, HĐND, UBND "
        "huyện Vĩnh Tường."
    )
    assert {
        "Đảng ủy phường Phổ Thạnh",
        "HĐND phường Phổ Thạnh",
        "UBND phường Phổ Thạnh",
        "UBMTTQ Việt Nam phường Phổ Thạnh",
        "Huyện ủy Vĩnh Tường",
        "HĐND huyện Vĩnh Tường",
        "UBND huyện Vĩnh Tường",
    } <= orgs(gold)


def test_a_bracket_between_a_post_and_its_holder() -> None:
    gold = run("Đồng chí Vụ trưởng Vụ Địa phương III (Ban Tổ chức Trung ương) Mai Thị Thu Hằng công bố quyết định.")
    assert officials(gold) == {"Mai Thị Thu Hằng"}


def test_central_committee_members_present_are_guests() -> None:
    gold = run(
        "Chiều 18/3, Đoàn giám sát của Ủy ban Thường vụ Quốc hội có buổi làm việc tại tỉnh Hà Tĩnh. Cùng dự có các "
        "đồng chí Ủy viên Trung ương Đảng: Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội Lê Quang Huy."
    )
    assert not any(body == "Ban Chấp hành Trung ương" for body, _ in meetings(gold))


def test_a_ceremony_held_and_a_subcommittee_named() -> None:
    gold = run(
        "Chiều 14-11, Đảng ủy phường An Phú Đông tổ chức ra mắt bộ thiết bị họp trực tuyến. Ngày 28-2, Tiểu ban Tổ "
        "chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 triển khai nhiệm vụ."
    )
    assert meetings(gold) == [("Đảng ủy phường", "2025-11-14")]
    assert "Tiểu ban Tổ chức phục vụ Đại hội Đảng bộ tỉnh lần thứ XX" in orgs(gold)


def test_a_form_of_address_is_no_part_of_a_name_and_two_elected_together() -> None:
    gold = run(
        "Đến dự có Ông Nguyễn Minh Tân – Phó Bí thư Thường trực Tỉnh uỷ, Ông Nguyễn Thành Tâm, Phó Bí thư Tỉnh uỷ; Bà "
        "Nguyễn Đài Thy, Bí thư Huyện uỷ. Các đồng chí Lê Thanh Hải và Nguyễn Văn Tuấn được bầu làm Phó Bí thư "
        "Huyện ủy Hà Trung."
    )
    assert officials(gold) == {
        "Nguyễn Minh Tân",
        "Nguyễn Thành Tâm",
        "Nguyễn Đài Thy",
        "Lê Thanh Hải",
        "Nguyễn Văn Tuấn",
    }


def test_a_delegation_named_after_its_electoral_unit() -> None:
    gold = run(
        "Đồng chí Đỗ Thanh Bình, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội đơn vị tỉnh Kiên Giang phát biểu."
    )
    assert "Đoàn đại biểu Quốc hội tỉnh Kiên Giang" in orgs(gold)


def test_a_steering_bodys_name_ends_before_a_date() -> None:
    gold = run("Tổng Bí thư phát biểu tại phiên họp đầu tiên của Tiểu ban nhân sự ngày 13/3/2024.")
    assert "Tiểu ban nhân sự" in orgs(gold)


def test_a_companys_chairman_is_no_official_and_a_politburo_member_in_lower_case() -> None:
    gold = run(
        "Ngày 31/1, ông Phạm Minh Chính, Ủy viên Bộ chính trị, trao quyết định. Chiều 10/6, đồng chí Đỗ Trọng Hưng, "
        "Bí thư Tỉnh ủy đã tiếp ông Trương Thông Nguyên, Chủ tịch Tập đoàn Hoa Lợi, Đài Loan. Chủ tịch Liên minh Hợp "
        "tác xã tỉnh Đặng Văn Lực phát biểu."
    )
    assert officials(gold) == {"Phạm Minh Chính", "Đỗ Trọng Hưng", "Đặng Văn Lực"}


def test_a_congress_going_on_with_its_work() -> None:
    gold = run(
        "Sáng 7.8, Đại hội đại biểu Đảng bộ huyện Hà Trung lần thứ XXII, nhiệm kỳ 2020 - 2025 tiếp tục ngày làm việc "
        "thứ 3. Theo kết quả phiên họp thứ nhất, Ban Thường vụ Huyện ủy gồm 11 đồng chí.",
        "2020-08",
    )
    assert ("Đại hội đại biểu Đảng bộ huyện", "2020-08-07") in meetings(gold)


def test_a_party_board_after_its_heads_post_in_lower_case() -> None:
    gold = run(
        "Cùng làm việc có Trưởng ban Tuyên giáo Huyện uỷ Lê Thị Thanh Tâm, Trưởng ban Dân vận Huyện uỷ Trần Quỳnh Thao."
    )
    assert {"Ban Tuyên giáo Huyện ủy", "Ban Dân vận Huyện ủy"} <= orgs(gold)


# --- unit lists with their district between the level word and the names --------------------------------


def test_a_list_of_communes_of_a_named_district_is_communes() -> None:
    gold = run(
        "Khu kinh tế cửa khẩu Quốc tế Bản Mồ bao gồm 4 xã thuộc huyện Sơn Tây là: Tân Lạc, Hòa Nam, Lũng Vân, "
        "Phúc Thịnh với tổng diện tích 20.000 ha."
    )
    assert {("Tân Lạc", "xã"), ("Phúc Thịnh", "xã"), ("Sơn Tây", "huyện")} <= places(gold)
    project = "Khu kinh tế cửa khẩu Quốc tế Bản Mồ"
    assert {(project, "Tân Lạc"), (project, "Lũng Vân"), (project, "Phúc Thịnh")} <= assigned(gold)
    assert (project, "Sơn Tây") not in assigned(gold)


def test_a_list_after_gom_with_its_district() -> None:
    gold = run("Dự án đường liên xã Đông Bình đi qua các xã thuộc huyện Yên Phong gồm: Đông Thọ, Văn Môn và Hòa Tiến.")
    assert {("Đông Thọ", "xã"), ("Hòa Tiến", "xã")} <= places(gold)
    assert ("Dự án đường liên xã Đông Bình", "Văn Môn") in assigned(gold)


def test_a_department_name_wrapped_at_its_dash() -> None:
    gold = run("Theo đề nghị của Sở Lao động\n- Thương binh và Xã hội tại Tờ trình số 15/TTr-SLĐTBXH ngày 2/3/2024.")
    assert "Sở Lao động" not in orgs(gold)
    assert "Sở Lao động - Thương binh và Xã hội" in orgs(gold)


def test_the_first_of_the_co_organizers_leads_a_symposium() -> None:
    gold = run(
        "Sáng 12/11, Ban Tuyên giáo Tỉnh ủy, Trường Chính trị tỉnh, Sở Văn hóa, Thể thao và Du lịch và Hội Nhà báo "
        "tỉnh phối hợp tổ chức Hội thảo khoa học về văn hóa đọc.",
        "2025-11",
    )
    assert meetings(gold) == [("Ban Tuyên giáo Tỉnh ủy", "2025-11-12")]


def test_a_partner_named_with_phoi_hop_voi_still_leaves_the_lead_first() -> None:
    gold = run(
        "Chiều 3/10, Học viện Báo chí và Tuyên truyền phối hợp với Tỉnh ủy Lạng Sơn tổ chức hội thảo khoa học.",
        "2025-10",
    )
    assert meetings(gold) == [("Học viện Báo chí và Tuyên truyền", "2025-10-03")]


def test_a_plenum_named_in_a_resolutions_name_is_no_meeting() -> None:
    gold = run(
        "Ngày 12/5/2024, UBND tỉnh ban hành Kế hoạch số 88/KH-UBND thực hiện Nghị quyết số 27-NQ/TW ngày 9/11/2022 "
        "Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII về xây dựng Nhà nước pháp quyền.",
        "2024-05",
    )
    assert meetings(gold) == []


def test_a_conference_on_a_plenums_resolution_is_not_the_plenum() -> None:
    gold = run(
        "Sáng 16/4, Tỉnh ủy tổ chức Hội nghị trực tuyến quán triệt, triển khai Nghị quyết Hội nghị lần thứ 11 Ban "
        "Chấp hành Trung ương Đảng khóa XIII.",
        "2025-04",
    )
    assert meetings(gold) == [("Tỉnh ủy", "2025-04-16")]


def test_a_one_syllable_name_with_its_apostrophe() -> None:
    gold = run(
        "Sáng 3/4, đồng chí K'Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Lạc Dương chủ trì hội nghị. Bí thư "
        "Huyện ủy Đam Rông K'Sơn phát biểu.",
        "2025-04",
    )
    assert {"K'Bình", "K'Sơn"} <= officials(gold)


def test_a_steering_committees_name_ends_before_an_imperative_verb() -> None:
    gold = run(
        "Chiều 5/3, Ban Chỉ đạo phát triển kinh tế tập thể tỉnh họp phiên thứ nhất. Trưởng Ban Chỉ đạo yêu cầu các "
        "thành viên Ban Chỉ đạo đẩy nhanh tiến độ, Ban Chỉ đạo tăng cường kiểm tra và Ban Chỉ đạo sớm báo cáo.",
        "2025-03",
    )
    assert orgs(gold) == {"Ban Chỉ đạo phát triển kinh tế tập thể tỉnh"}


def test_a_bare_steering_committee_is_the_one_named_before() -> None:
    gold = run(
        "UBND tỉnh đã kiện toàn Ban Chỉ đạo phát triển kinh tế tập thể tỉnh. Chiều 5/3, Ban Chỉ đạo họp phiên thứ "
        "nhất để đánh giá kết quả năm 2024.",
        "2025-03",
    )
    assert meetings(gold) == [("Ban Chỉ đạo phát triển kinh tế tập thể tỉnh", "2025-03-05")]


def test_the_numbered_session_of_a_steering_committee() -> None:
    gold = run(
        "Chiều 3/6, Phó Thủ tướng Lê Văn Thành chủ trì Phiên họp lần thứ 12 của Ban Chỉ đạo quốc gia về phát triển "
        "du lịch. Trước đó, Bộ Văn hóa, Thể thao và Du lịch đã trình dự thảo đề án.",
        "2022-06",
    )
    assert meetings(gold) == [("Ban Chỉ đạo quốc gia về phát triển du lịch", "2022-06-03")]
