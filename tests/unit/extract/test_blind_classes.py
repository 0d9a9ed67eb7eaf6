"""The error classes a blind all-type annotation of real articles showed: an inspection team announcing its decision
to the body it inspects (the host's meeting), titles written with abbreviations or in lower case, a list of bodies
sharing one head, Party units of a district or town written with a capital unit word, a conference named after a
congress, joint circular symbols.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, officials, orgs, relations, run

pytestmark = pytest.mark.unit


def test_an_inspection_team_led_by_a_long_titled_head_announcing_its_decision_is_the_host_s_meeting() -> None:
    gold = run(
        "Chiều 5/3, tại Kon Tum, Đoàn kiểm tra số 7 của Ban Bí thư do ông Lê Văn Hải, Ủy viên Trung ương Đảng, Phó "
        "Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung ương, Trưởng Tiểu ban Bảo vệ chính trị nội bộ Trung ương làm "
        "trưởng đoàn đã công bố Quyết định kiểm tra của Ban Bí thư đối với Ban Thường vụ Tỉnh ủy Kon Tum. Đoàn sẽ "
        "kiểm tra việc thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương.",
        "2025-03",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-03-05")]
    assert ("meeting:0", "18-NQ/TW") in relations(gold, "CITES")
    assert not any(source == "doc" for source, _ in relations(gold, "CITES"))


def test_officials_with_abbreviated_memberships_and_a_staff_post_are_found() -> None:
    gold = run(
        "Dự hội nghị có đồng chí Lê Văn Minh, UVTV Huyện ủy, Trưởng Ban Dân vận Huyện ủy; đồng chí Trần Thị Lan, HUV, "
        "Chủ tịch Hội Phụ nữ huyện; đồng chí Hồ Văn Tư, Chuyên viên BTC Huyện ủy.",
        "2024-05",
    )
    assert {"Lê Văn Minh", "Trần Thị Lan", "Hồ Văn Tư"} <= officials(gold)


def test_a_standing_board_written_with_a_lower_case_ban_is_a_membership() -> None:
    gold = run("Tham dự có ông Phan Văn Tài, Ủy viên ban Thường vụ Thị ủy, Trưởng phòng Nội vụ thị xã.", "2024-05")
    assert "Phan Văn Tài" in officials(gold)


def test_a_school_principal_is_an_official_and_the_school_an_organization() -> None:
    gold = run("Đồng chí Võ Thị Hạnh, Hiệu trưởng Trường Chính trị tỉnh phát biểu khai mạc lớp học.", "2024-05")
    assert "Võ Thị Hạnh" in officials(gold)
    assert "Trường Chính trị tỉnh" in orgs(gold)


def test_two_bodies_sharing_a_list_of_communes_each_with_its_level_word_are_one_body_per_commune() -> None:
    gold = run(
        "Dự kỳ họp có lãnh đạo Hội đồng nhân dân và Ủy ban nhân dân xã Phú Hòa, xã Long Mỹ và xã Tân Phú.",
        "2024-05",
    )
    for commune in ("Phú Hòa", "Long Mỹ", "Tân Phú"):
        assert f"Ủy ban nhân dân xã {commune}" in orgs(gold)
        assert f"Hội đồng nhân dân xã {commune}" in orgs(gold)


def test_a_list_headed_by_two_level_words_gives_each_item_its_own_level() -> None:
    gold = run("Ủy ban nhân dân các xã, phường: Tân Lập, Hòa Bình phối hợp với chủ đầu tư giao mặt bằng.", "2024-05")
    assert {"Ủy ban nhân dân xã Tân Lập", "Ủy ban nhân dân phường Hòa Bình"} <= orgs(gold)
    assert "Ủy ban nhân dân xã Hòa Bình" not in orgs(gold)


def test_a_town_s_party_organization_written_with_a_capital_level_word_keeps_its_place() -> None:
    gold = run(
        "Ngày 28/7, Đại hội đại biểu Đảng bộ Thị xã Phước Long lần thứ XII, nhiệm kỳ 2020 - 2025 đã bế mạc. Ban chấp "
        "hành Đảng bộ Thị xã Phước Long khóa mới ra mắt. Đảng bộ Quận Hoàng Mai gửi lẵng hoa chúc mừng.",
        "2020-07",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ thị xã", "2020-07-28")]
    assert {"Ban chấp hành Đảng bộ Thị xã Phước Long", "Đảng bộ Quận Hoàng Mai"} <= orgs(gold)
    assert "Đảng bộ thị xã" not in orgs(gold)


def test_a_town_s_congress_resolution_with_a_capital_level_word_is_the_town_s_not_the_party_s() -> None:
    gold = run(
        "Đại hội đã đánh giá việc thực hiện Nghị quyết Đại hội Đảng bộ Thị xã nhiệm kỳ 2015 - 2020 và rút ra bài học "
        "trong thực hiện Nghị quyết Đại hội XI của Đảng bộ Quận.",
        "2020-07",
    )
    keys = {r["key"] for r in gold["resolutions"]}
    assert "Nghị quyết Đại hội Đảng bộ Thị xã nhiệm kỳ 2015 - 2020" in keys
    assert "Nghị quyết Đại hội XI của Đảng bộ Quận" in keys
    assert "Nghị quyết Đại hội XI của Đảng" not in keys


def test_a_bare_town_committee_in_lower_case_is_the_one_named_with_a_capital_level_word() -> None:
    gold = run(
        "Ban chấp hành Đảng bộ Thị xã Phước Long khóa mới ra mắt. Đại hội kiểm điểm sự lãnh đạo của Ban Chấp hành "
        "Đảng bộ thị xã nhiệm kỳ trước.",
        "2020-07",
    )
    assert "Ban chấp hành Đảng bộ Thị xã Phước Long" in orgs(gold)
    assert "Ban Chấp hành Đảng bộ thị xã" not in orgs(gold)


def test_a_conference_named_after_a_congress_is_no_second_meeting() -> None:
    gold = run(
        "Sáng ngày 12/6/2023, Đảng bộ phường An Lạc đã tổ chức Hội nghị sơ kết giữa nhiệm kỳ Đại hội Đảng bộ phường "
        "lần thứ X, nhiệm kỳ 2020 - 2025.Tới dự và chỉ đạo Hội nghị có đồng chí Lê Văn Nam, Bí thư Quận ủy. Hội nghị "
        "đã nghe Báo cáo sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ phường lần thứ X.",
        "2023-06",
    )
    assert meetings(gold) == [("Đảng bộ phường An Lạc", "2023-06-12")]
    assert all(source == "meeting:0" for source, _ in relations(gold, "CITES"))


def test_a_joint_circular_symbol_with_a_slash_before_its_issuers_is_read() -> None:
    gold = run(
        "Căn cứ Thông tư liên tịch số: 45/2015/TTLT/BYT-BNV, ngày 30 tháng 11 năm 2015 giữa Bộ Y tế và Bộ Nội vụ "
        "hướng dẫn chức năng của cơ quan chuyên môn;",
        "2019-05",
    )
    keys = {(r["key"], r["kind"], r["number"]) for r in gold["resolutions"]}
    assert ("45/2015/TTLT-BYT-BNV", "TT", "45/2015") in keys


def test_an_article_publishing_the_programme_it_reports_issued_is_that_programme() -> None:
    gold = run(
        "Chương trình thực hiện Chỉ thị 21-CT/TW của Ban Bí thư về đẩy mạnh công tác dân vận\n"
        "Ngày 5/9/2019, Tỉnh ủy Quảng Nam đã ban hành Chương trình số 31-CTr/TU về thực hiện Chỉ thị 21-CT/TW của Ban "
        "Bí thư về đẩy mạnh công tác dân vận.\n"
        "Ban biên tập xin đăng toàn văn Chương trình quan trọng này:\n"
        "CHƯƠNG TRÌNH\n"
        "Thực hiện Chỉ thị 21-CT/TW, ngày 10/01/2019 của Ban Bí thư về đẩy mạnh công tác dân vận, Ban Thường vụ Tỉnh "
        "ủy ban hành chương trình thực hiện như sau:\n",
        "2019-09",
    )
    assert gold["projects"] == []
    assert relations(gold, "IMPLEMENTS") == {("31-CTr/TU", "21-CT/TW")}
    assert ("doc", "31-CTr/TU") not in relations(gold, "CITES")


def test_works_greeting_a_congress_do_not_make_the_congress_a_meeting() -> None:
    gold = run(
        "Tỉnh Quảng Bình sẽ tổ chức các lễ khởi công, khánh thành những công trình tiêu biểu chào mừng Đại hội Đảng "
        "bộ tỉnh, nhằm tạo khí thế thi đua.\nLễ khánh thành Nhà máy điện gió Lệ Thủy cũng diễn ra dịp này.\nTheo kế "
        "hoạch, Lễ khánh thành Nhà máy điện gió Lệ Thủy tại xã Sen Thủy sẽ diễn ra ngày 20/9/2025.",
        "2025-09",
    )
    assert not any(body.startswith("Đại hội") for body, _ in meetings(gold))


def test_a_numbered_team_named_again_without_its_owner_is_one_team_and_a_comma_name_stays_whole() -> None:
    gold = run(
        "Chiều 3/3, Đoàn kiểm tra, giám sát số 8 của Bộ Chính trị, Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy Lào "
        "Cai. Ông Lê Văn Tâm, Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương, Phó trưởng Đoàn kiểm tra, giám sát "
        "số 8 phát biểu.",
        "2026-03",
    )
    teams = {name for name in orgs(gold) if name.startswith("Đoàn")}
    assert teams == {"Đoàn kiểm tra, giám sát số 8 của Bộ Chính trị, Ban Bí thư"}
    assert "Đảng ủy MTTQ, các đoàn thể Trung ương" in orgs(gold)
    assert "MTTQ" not in orgs(gold)


def test_bodies_listed_before_the_unit_s_mass_organizations_in_general_are_the_unit_s() -> None:
    gold = run(
        "Về phía xã có đồng chí Lê Văn Tám, Bí thư Đảng ủy cùng các đồng chí trong TT Hội đồng nhân dân, UBND, "
        "UBMTTQVN, các đoàn thể xã.",
        "2023-05",
    )
    assert {"TT Hội đồng nhân dân xã", "UBND xã", "UBMTTQVN xã"} <= orgs(gold)


def test_a_caption_naming_the_same_appointment_is_the_same_decision() -> None:
    gold = run(
        "Tại buổi lễ, đồng chí Trần Văn Hùng đã trao Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Lê Thị "
        "Mai giữ chức Giám đốc Sở Nội vụ.\nBí thư Tỉnh ủy Trần Văn Hùng trao quyết định bổ nhiệm Giám đốc Sở Nội vụ "
        "cho đồng chí Lê Thị Mai",
        "2020-11",
    )
    decisions = [r["key"] for r in gold["resolutions"] if r["kind"] == "QĐ"]
    assert len(decisions) == 1
    assert decisions[0].startswith("Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm")
