"""Meetings, officials, bodies and places in shapes southern provincial and commune news uses (TP.HCM and its
spellings, congresses of the new wards and communes, bare names in lists); sentences written for the test, none
copied from an article or the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract.text import Doc
from tests.unit.extract import gold_views
from tests.unit.extract.gold_views import meetings, officials, orgs

pytestmark = pytest.mark.unit


def run(text: str, published: str = "2025-08") -> dict[str, Any]:
    return gold_views.run(text, published)


def places(gold: dict[str, Any]) -> set[str]:
    return {p["name"] for p in gold["localities"]}


def sentences(text: str) -> list[str]:
    doc = Doc.of(text, None)
    return [doc.text[s:e].strip() for s, e in doc.sentences()]


# --- sentences ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Th.S. Trần Văn Lộc, Phó Giám đốc Sở Y tế, trình bày tham luận.",
        "BSCKII. Lê Thị Mai, Giám đốc Trung tâm Y tế, báo cáo kết quả.",
        "CN. Phạm Văn Tư, Chủ tịch UBND phường, phát biểu.",
        "NGƯT. Võ Thị Hạnh, Hiệu trưởng, nhận bằng khen.",
        "Tổ công tác đến TX. Phú Mỹ và Q. Bình Thạnh rồi về TP. Vĩnh Long.",
    ],
)
def test_no_sentence_ends_after_a_degree_or_a_unit_abbreviation(text: str) -> None:
    assert sentences(text) == [text]


# --- bodies of Ho Chi Minh City, however the city is written -------------------------------------------


@pytest.mark.parametrize("city", ["TP.HCM", "TP HCM", "TPHCM", "TP. Hồ Chí Minh"])
def test_a_city_body_keeps_the_city_however_it_is_written(city: str) -> None:
    gold = run(
        f"Chiều 3/9, ông Lê Văn Tâm, Phó Chủ tịch UBND {city}, làm việc với lãnh đạo Liên đoàn Lao động {city}, "
        f"Ủy ban MTTQ Việt Nam {city} và Bộ Tư lệnh {city}; dự có Trưởng đoàn Đại biểu Quốc hội {city} Võ Thị Lan."
    )
    assert {
        f"UBND {city}",
        f"Liên đoàn Lao động {city}",
        f"Ủy ban MTTQ Việt Nam {city}",
        f"Bộ Tư lệnh {city}",
        f"Đoàn Đại biểu Quốc hội {city}",
    } <= orgs(gold)
    assert not {"UBND TP", "Bộ Tư lệnh", "MTTQ Việt Nam"} & orgs(gold)


def test_a_district_committee_named_by_its_number() -> None:
    gold = run("Bà Trần Thị Yến, nguyên Phó Bí thư Thường trực Quận ủy quận 3, dự buổi gặp mặt tại UBND quận 10.")
    assert {"Quận ủy quận 3", "UBND quận 10"} <= orgs(gold)
    assert "Quận ủy" not in orgs(gold)


def test_a_group_of_deputies_holds_a_meeting_with_voters() -> None:
    gold = run("Chiều 2-10, Tổ đại biểu Quốc hội TP HCM, đơn vị 7 đã có buổi tiếp xúc cử tri xã Tân Nhựt.")
    assert "Tổ đại biểu Quốc hội TP HCM" in orgs(gold)
    assert ("Tổ đại biểu Quốc hội TP HCM", "2025-10-02") in meetings(gold)


@pytest.mark.parametrize("city", ["TPHCM", "TP HCM", "TP.HCM,"])
def test_a_ward_party_organization_of_the_city_holds_its_congress(city: str) -> None:
    gold = run(f"Sáng 20/8, Đảng bộ phường Tân Hưng, {city} tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.")
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ phường", "2025-08-20")]


@pytest.mark.parametrize("council", ["HĐND TPHCM", "HĐND TP.HCM", "HĐND TP. Cần Thơ"])
def test_a_city_council_written_with_tp_holds_its_session(council: str) -> None:
    gold = run(f"Chiều 9-12, kỳ họp thứ 7 {council} khóa X bế mạc sau hai ngày làm việc.", published="2025-12")
    assert meetings(gold) == [("HĐND thành phố", "2025-12-09")]
    gold = run(f"Sáng 5/9, {council} khóa X đã tổ chức kỳ họp thứ 3 (kỳ họp chuyên đề).", published="2025-09")
    assert meetings(gold) == [("HĐND thành phố", "2025-09-05")]


# --- places ---------------------------------------------------------------------------------------------


def test_more_communes_after_a_level_word_and_its_name() -> None:
    gold = run(
        "Phường mới được lập từ phường Hiệp Bình Chánh, Hiệp Bình Phước và một phần phường Linh Đông. Phó Chủ tịch "
        "UBND tỉnh kiểm tra công trình tại xã Vĩnh Thành và Tân Thành Bình; UBND xã Ea Bông, Bình Hòa phối hợp."
    )
    assert {"Hiệp Bình Chánh", "Hiệp Bình Phước", "Linh Đông", "Vĩnh Thành", "Tân Thành Bình", "Ea Bông",
            "Bình Hòa"} <= places(gold)  # fmt: skip
    assert "Bình Phước" not in places(gold)  # a province's name inside a ward's is no province


def test_a_name_after_a_level_word_and_a_comma_that_no_gazetteer_knows_is_not_a_unit() -> None:
    gold = run("Ông Lê Văn Tâm, Chủ tịch UBND xã Tân Bình, Nguyễn Văn Út, Bí thư Đảng ủy xã, cùng dự.")
    assert "Nguyễn Văn Út" not in places(gold)


@pytest.mark.parametrize(("written", "name"), [("P.Tân An", "Tân An"), ("P. Giá Rai", "Giá Rai"), ("Q.3", "3")])
def test_wards_and_districts_written_with_an_abbreviated_level(written: str, name: str) -> None:
    gold = run(f"Tổ công tác làm việc tại {written} và các xã Khánh Bình, Phong Thạnh.")
    assert name in places(gold)


def test_a_count_after_a_named_unit_is_no_unit() -> None:
    gold = run("Đặc khu được lập từ thị trấn Cái Bàn và 12 xã: Đông Hải, Tây Hải thuộc huyện Long Đảo.")
    assert "12" not in places(gold)


# --- officials ------------------------------------------------------------------------------------------


def test_officials_in_the_shapes_of_personnel_news() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy phân công đồng chí Hà Minh Lộc, Ủy viên Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh phụ "
        "trách UBND tỉnh. Trước đó, HĐND tỉnh miễn nhiệm Phó Chủ tịch UBND tỉnh đối với ông Trần Văn Sang; miễn nhiệm "
        "ủy viên UBND tỉnh đối với các ông Văn Công Lực- nguyên Giám đốc Sở Y tế. Dự có nguyên Bí thư Quận ủy quận 3 "
        "(cũ) Lê Thị Mỹ Dung. Hai Phó Bí thư là bà Đỗ Thị Thu Hà và ông Phạm Hải Nam. Bà Trương Ngọc Bảo Phương Thảo, "
        "Bí thư Đảng ủy phường Tân Hưng, phát biểu."
    )
    assert {"Hà Minh Lộc", "Trần Văn Sang", "Văn Công Lực", "Lê Thị Mỹ Dung", "Đỗ Thị Thu Hà", "Phạm Hải Nam",
            "Trương Ngọc Bảo Phương Thảo"} <= officials(gold)  # fmt: skip


# --- meetings -------------------------------------------------------------------------------------------


def test_a_congress_day_only_aimed_at_is_not_held() -> None:
    gold = run(
        "Sáng 20/9, Đại hội đại biểu Đảng bộ tỉnh Bình Long lần thứ I khai mạc phiên trù bị. Phát biểu, đồng chí Lê An "
        "nhấn mạnh, Đại hội tiến hành phiên trù bị để bảo đảm cho đại hội chính thức diễn ra vào ngày 21-9.",
        published="2025-09",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ tỉnh", "2025-09-20")]


def test_a_press_conference_about_a_congress_is_not_the_congress() -> None:
    gold = run(
        "Chiều 24-9, Tỉnh ủy tổ chức họp báo thông tin về Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ "
        "2025-2030. Đại hội sẽ diễn ra phiên trù bị ngày 1-10 và phiên chính thức ngày 2-10.",
        published="2025-09",
    )
    assert ("Đại hội đại biểu Đảng bộ tỉnh", "2025-09-24") not in meetings(gold)


def test_a_symposium_by_a_body_named_after_its_quoted_title() -> None:
    gold = run(
        "Sáng 12/3, tại xã Phú Hòa, Phó Chủ tịch UBND tỉnh Lê Văn An dự Tọa đàm “Giải pháp tín dụng an toàn cho hội "
        "viên năm 2026” do Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức.",
        published="2026-03",
    )
    assert "Hội Liên hiệp Phụ nữ tỉnh" in orgs(gold)
    assert meetings(gold) == [("Hội Liên hiệp Phụ nữ tỉnh", "2026-03-12")]


def test_working_with_a_communes_party_committee_and_its_peoples_committee() -> None:
    gold = run(
        "Ngày 5/9, Phó Bí thư Thường trực Tỉnh ủy Lê Văn Hai thăm xã Tân Lộc. Làm việc với Đảng ủy, UBND xã, đồng chí "
        "Lê Văn Hai nghe báo cáo tình hình vận hành chính quyền hai cấp.",
        published="2025-09",
    )
    assert meetings(gold) == [("Đảng ủy xã", "2025-09-05")]


def test_a_delegation_received_by_a_communes_leader_is_the_communes_meeting() -> None:
    gold = run(
        "Sáng 6/2, Đoàn công tác xã Tân Phước do đồng chí Lê Văn Tư, Bí thư Đảng ủy xã Tân Phước làm trưởng đoàn đến "
        "thăm xã Mỹ Hòa. Tiếp và làm việc với đoàn có đồng chí Trần Văn Năm, Phó Bí thư Thường trực Đảng ủy xã Mỹ Hòa.",
        published="2026-02",
    )
    assert meetings(gold) == [("Đảng ủy xã", "2026-02-06")]


def test_delegations_set_up_to_work_with_districts_report_no_session() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy thành lập 3 đoàn công tác, đoàn 1 do đồng chí Lê An, Bí thư Tỉnh ủy làm trưởng đoàn "
        "làm việc với Ban Thường vụ Huyện ủy Tân Lập. Đoàn 2 làm việc với Ban Thường vụ huyện ủy: Tân Hòa, Tân Phú.",
        published="2015-04",
    )
    assert meetings(gold) == []


def test_a_party_secretary_and_council_chair_name_both_bodies_of_the_ward() -> None:
    gold = run("Đồng chí Lê Thanh Hà, Bí thư Đảng ủy, Chủ tịch HĐND phường Tân Lợi phát biểu khai mạc.")
    assert {"Đảng ủy phường Tân Lợi", "HĐND phường Tân Lợi"} <= orgs(gold)


def test_a_holders_name_after_shared_posts_is_no_unit() -> None:
    gold = run("Phát biểu, phó bí thư Huyện ủy, Chủ tịch UBND huyện Lê Đình Khải đề nghị các xã thu ngân sách.")
    assert "Huyện ủy Lê Đình Khải" not in orgs(gold)


def test_each_item_of_a_news_digest_keeps_its_own_day() -> None:
    gold = run(
        "(Cổng TTĐT) - Sáng ngày 12/3/2026, tại xã Phú Hòa, Phó Chủ tịch UBND tỉnh Lê Văn An dự Tọa đàm “Tín dụng an "
        "toàn năm 2026” do Hội Nông dân tỉnh tổ chức.\n(Cổng TTĐT) - Chiều 11/3/2026, Đoàn kiểm tra số 5 của Bộ Chính "
        "trị do đồng chí Trần Bình làm Phó trưởng đoàn đã có buổi làm việc với Đảng ủy UBND tỉnh.",
        published="2026-03",
    )
    assert set(meetings(gold)) == {("Đảng ủy UBND tỉnh", "2026-03-11"), ("Hội Nông dân tỉnh", "2026-03-12")}


# --- bodies ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Phó bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Lê Văn Ba dự.", {"Tỉnh ủy"}, {"Thường trực Tỉnh ủy"}),
        ("Cùng tham dự Đoàn công tác còn có đồng chí Lê Văn Ba.", set(), {"Đoàn công tác còn"}),
        ("Ông Lê Văn Ba, Giám đốc Sở VH-TT-DL tỉnh Bến Tre, cho biết.", {"Sở VH-TT-DL tỉnh Bến Tre"}, set()),
        (
            "Dự có ông Lê Ba, Trưởng ban Chính sách, chiến lược Trung ương; ông Võ Tư, Phó Chủ nhiệm Ủy ban Kinh tế và "
            "Tài chính Quốc hội.",
            {"Ban Chính sách, chiến lược Trung ương", "Ủy ban Kinh tế và Tài chính Quốc hội"},
            {"Ủy ban Kinh tế"},
        ),
        ("Ban Chấp hành Đảng bộ TP Cần Thơ đã lãnh đạo toàn diện.", {"Ban Chấp hành Đảng bộ TP Cần Thơ"}, set()),
        (
            "Đoàn 1 làm việc với Ban Thường vụ Huyện ủy Hòa Thành, Trảng Bàng và Thành ủy Thành phố Tây Ninh. Đoàn 2 "
            "làm việc với Ban Thường vụ huyện ủy: Tân Châu, Tân Biên.",
            {
                "Ban Thường vụ Huyện ủy Hòa Thành",
                "Ban Thường vụ Huyện ủy Trảng Bàng",
                "Thành ủy Thành phố Tây Ninh",
                "Ban Thường vụ Huyện ủy Tân Châu",
                "Ban Thường vụ Huyện ủy Tân Biên",
            },
            set(),
        ),
        ("Đồng chí Võ Văn Ba, Ủy viên BCH Trung ương Đảng, dự.", {"BCH Trung ương Đảng"}, {"Trung ương Đảng"}),
        (
            "Cuộc họp nghe báo cáo hoạt động của Ban Thường vụ, Thường trực Tỉnh ủy, Thường trực UBND tỉnh và Đảng ủy "
            "Khối Cơ quan và Doanh nghiệp tỉnh.",
            {
                "Ban Thường vụ Tỉnh ủy",
                "Thường trực Tỉnh ủy",
                "Thường trực UBND tỉnh",
                "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",
            },
            set(),
        ),
        (
            "Phòng Tài nguyên và Môi trường huyện chủ trì, phối hợp với phòng Nông nghiệp và Phát triển nông thôn, "
            "UBND xã Ea Bông, Bình Hòa kiểm tra; sở Nội vụ và phòng Tài chính - Kế hoạch huyện theo dõi.",
            {
                "Phòng Nông nghiệp và Phát triển nông thôn",
                "UBND xã Ea Bông",
                "UBND xã Bình Hòa",
                "Sở Nội vụ",
                "Phòng Tài chính - Kế hoạch huyện",
            },
            set(),
        ),
        (
            "Đồng chí Lê Hai đại diện cho Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam xã thăm hỏi cán bộ.",
            {"Đảng ủy xã", "HĐND xã", "UBND xã", "Ủy ban MTTQ Việt Nam xã"},
            set(),
        ),
    ],
)
def test_bodies_as_southern_news_names_them(text: str, expected: set[str], not_expected: set[str]) -> None:
    found = orgs(run(text))
    assert expected <= found
    assert not (not_expected & found)


def test_a_vice_chairs_standing_post_is_no_standing_board() -> None:
    gold = run("Phó Chủ tịch Thường trực UBND tỉnh Lê Văn Ba đề nghị các sở cập nhật dữ liệu.")
    assert "Thường trực UBND tỉnh" not in orgs(gold)


def test_more_bodies_and_places_of_southern_news() -> None:
    gold = run(
        "Chiều 11/3, Đoàn Kiểm tra, giám sát số 23 của Bộ Chính trị, Ban Bí thư làm việc với Đảng ủy UBND tỉnh. Đoàn "
        "tham quan Trung tâm phục vụ hành chính công xã. Tỉnh khởi công cầu Cần Thơ 2 và nâng cấp cảng Cần Thơ."
    )
    assert {"Đoàn Kiểm tra, giám sát số 23 của Bộ Chính trị, Ban Bí thư",
            "Trung tâm phục vụ hành chính công xã"} <= orgs(gold)  # fmt: skip
    assert "Cần Thơ" not in places(gold)


def test_a_generic_host_in_lower_case_holds_no_meeting() -> None:
    gold = run(
        "Thời gian các đoàn công tác của tỉnh làm việc với ban thường vụ huyện ủy, Thành ủy và các đảng ủy trực thuộc "
        "bắt đầu từ ngày 17/4."
    )
    assert meetings(gold) == []


def test_a_delegations_issuers_and_a_departments_bare_name() -> None:
    gold = run(
        "Chiều 11/3, Đoàn kiểm tra số 23 của Bộ Chính trị, Ban Bí thư làm việc với Đảng ủy UBND tỉnh. Giám đốc Sở Nội "
        "vụ công bố quyết định điều động ông Lê Minh, Phó Giám đốc Sở Nội vụ tỉnh Tây Ninh. Thành ủy Thành phố Tây "
        "Ninh và các huyện ủy, Thành ủy trực thuộc triển khai."
    )
    assert {"Bộ Chính trị", "Ban Bí thư", "Sở Nội vụ tỉnh Tây Ninh", "Thành ủy Thành phố Tây Ninh"} <= orgs(gold)
    assert not {"Sở Nội vụ", "Thành ủy"} & orgs(gold)


def test_regressions_read_off_more_real_texts() -> None:
    gold = run("Dự hội nghị tại điểm cầu Hưng Yên có ông Lê Văn Ba, Phó Bí thư Tỉnh ủy.")
    assert "Hưng Yên" in places(gold)
    gold = run("Đề nghị các phòng chức năng phòng Nội vụ, Tài chính - Kế hoạch tham mưu; Trưởng phòng Tài nguyên - Môi "
               "trường đảm nhận chức vụ Phó Bí thư.")  # fmt: skip
    assert "Phòng Nội vụ" in orgs(gold)
    assert not {"Phòng Nội vụ, Tài chính", "Phòng Tài nguyên - Môi trường đảm nhận"} & orgs(gold)
    gold = run(
        "Chiều 18/3, Đoàn giám sát của Ủy ban Thường vụ Quốc hội đã có buổi làm việc tại tỉnh Hà Tĩnh. Tiếp và làm "
        "việc với đoàn về phía tỉnh có các đồng chí: Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hoàng Trung Dũng; các "
        "đồng chí Ủy viên Ban Thường vụ Tỉnh ủy.",
        published="2021-03",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2021-03-18")]


def test_a_city_committee_written_tp_holds_its_plenum() -> None:
    gold = run("Sáng 7/4, Ban Chấp hành Đảng bộ TP khóa XV đã khai mạc hội nghị lần thứ tám.", published="2024-04")
    assert meetings(gold) == [("Ban Chấp hành Đảng bộ thành phố", "2024-04-07")]


def test_names_with_a_curly_apostrophe_and_civil_defence_commands() -> None:
    gold = run(
        "Sáng 24-12, Ban Chỉ huy Phòng thủ dân sự (PTDS) tỉnh tổ chức Hội nghị trực tuyến đến các xã. Bí thư Tỉnh ủy "
        "kiểm tra đường truyền đến 3 xã gồm: Ia R’vê, Nam Ka và Krông Á.",
        published="2025-12",
    )
    assert {"Ia R’vê", "Nam Ka", "Krông Á"} <= places(gold)
    assert "Ban Chỉ huy Phòng thủ dân sự tỉnh" in orgs(gold)
    assert meetings(gold) == [("Ban Chỉ huy Phòng thủ dân sự tỉnh", "2025-12-24")]


def test_the_issues_named_shapes_hold() -> None:
    """The shapes the issue names: lists after 'các phường:', lower-case agencies, 'TP. Vinh' inside a sentence."""
    gold = run("Đoàn làm việc tại các phường: Tân Định, Bến Thành và Sài Gòn; các xã: Bình Chánh, Tân Nhựt.")
    assert {"Tân Định", "Bến Thành", "Sài Gòn", "Bình Chánh", "Tân Nhựt"} <= places(gold)
    gold = run("UBND tỉnh giao sở Nội vụ chủ trì, phối hợp phòng Tài chính - Kế hoạch huyện Tân Châu thực hiện.")
    assert {"Sở Nội vụ", "Phòng Tài chính - Kế hoạch huyện Tân Châu"} <= orgs(gold)
    gold = run("Sáng 5/3, tại TP. Vinh, Ban Thường vụ Thành ủy họp.", published="2025-03")
    assert meetings(gold) == [("Ban Thường vụ Thành ủy", "2025-03-05")]


def test_a_boards_second_word_in_lower_case() -> None:
    gold = run("Ngày 13/12, Ban thường vụ Tỉnh ủy tổ chức hội nghị Ban chấp hành Đảng bộ tỉnh lần thứ 7.", "2021-12")
    assert {"Ban thường vụ Tỉnh ủy", "Ban chấp hành Đảng bộ tỉnh"} <= orgs(gold)
    assert meetings(gold) == [("Ban Chấp hành Đảng bộ tỉnh", "2021-12-13")]


def test_the_party_cell_of_a_hamlet_is_a_body() -> None:
    gold = run(
        "Cụm 1 chọn Chi bộ ấp Trung Hòa, thị trấn Phú Lâm làm điểm; cụm 2 chọn Chi bộ ấp Hòa Hưng 2, Chi bộ khu phố 5."
    )
    assert {"Chi bộ ấp Trung Hòa", "Chi bộ ấp Hòa Hưng 2", "Chi bộ khu phố 5"} <= orgs(gold)


def test_a_committee_named_by_its_task_ends_before_a_comma_and_va() -> None:
    gold = run("Dự có các đồng chí trong Tiểu ban Phục vụ Đại hội, và các lực lượng tham gia phục vụ đại hội.")
    assert "Tiểu ban Phục vụ Đại hội" in orgs(gold)
