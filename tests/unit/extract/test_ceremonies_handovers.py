"""Ceremonies and hand-overs the news reports: a decision handed over or announced, a ceremony a unit holds.

Every sentence here is written for the test, in the shape of what real articles say. The body of a hand-over is the
body that organizes it when the text names one, else the issuer of the decision handed over (GOLD_FORMAT leaves it
open: two annotators chose "Tỉnh ủy" and "Ban Thường vụ Tỉnh ủy" for a decision of the Ban Thường vụ Tỉnh ủy).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, relations, run

pytestmark = pytest.mark.unit


def keys(gold: dict[str, object]) -> set[str]:
    return {r["key"] for r in gold["resolutions"]}  # type: ignore[attr-defined]


# --- a decision handed over, with no meeting word -------------------------------------------------------------------


def test_a_decision_handed_over_on_a_day_at_a_place_is_its_issuers_ceremony() -> None:
    gold = run(
        "Cùng ngày, tại huyện Bình Gia, đồng chí Lương Văn Khải, Bí thư Tỉnh ủy đã trao Quyết định của Ban Thường vụ"
        " Tỉnh ủy về việc điều động đồng chí Hoàng Thị Mơ, Huyện ủy viên, giữ chức Phó Chánh Văn phòng Tỉnh ủy.",
        published="2023-10",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2023-10")]
    assert gold["meetings"][0]["kind"] == "lễ"
    assert relations(gold, "CITES") == {
        ("meeting:0", "Quyết định của Ban Thường vụ Tỉnh ủy về việc điều động đồng chí Hoàng Thị Mơ")
    }


def test_a_dated_hand_over_of_a_central_decision_is_held_that_day() -> None:
    gold = run(
        "Ngày 14/2, ông Đỗ Văn Tâm, Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương đã trao quyết định"
        " của Ban Bí thư chuẩn y bà Lò Thị Hoa giữ chức Phó Bí thư Tỉnh ủy Điện Biên.",
        published="2024-02",
    )
    assert meetings(gold) == [("Ban Bí thư", "2024-02-14")]


def test_a_hand_over_only_planned_or_done_to_someone_is_no_ceremony() -> None:
    planned = run(
        "Ngày 3/5, Ban Tổ chức Tỉnh ủy cho biết Quyết định của Ban Thường vụ Tỉnh ủy sẽ được trao cho ông Phan Văn"
        " Lộc vào tuần sau.",
        published="2022-05",
    )
    assert meetings(planned) == []
    undated = run(
        "Theo kế hoạch, Bí thư Tỉnh ủy trao Quyết định của Ban Thường vụ Tỉnh ủy cho các đồng chí được điều động.",
        published="2022-05",
    )
    assert meetings(undated) == []


# --- the body of a hand-over ceremony ------------------------------------------------------------------------------


def test_the_issuer_of_the_decision_announced_is_the_body_when_no_organizer_is_named() -> None:
    gold = run(
        "Chiều 9-6, đồng chí Vũ Đức Hạnh, Bí thư Tỉnh ủy chủ trì Hội nghị công bố các quyết định của Ban Thường vụ"
        " Tỉnh ủy về công tác cán bộ. Dự hội nghị có lãnh đạo các ban đảng Tỉnh ủy.",
        published="2023-06",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2023-06-09")]


def test_at_the_ceremony_the_decision_handed_over_names_the_body() -> None:
    gold = run(
        "Tại buổi lễ, đồng chí Trịnh Minh Đức, Bí thư Tỉnh ủy đã trao Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm"
        " đồng chí Chu Văn Lâm giữ chức Phó Trưởng Ban Dân vận Tỉnh ủy.",
        published="2021-08",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2021-08")]


def test_the_organizer_named_keeps_the_ceremony_over_the_issuer() -> None:
    gold = run(
        "Sáng 2/9, Thành ủy Cần Thơ tổ chức lễ công bố và trao quyết định của Bộ Chính trị về công tác cán bộ.",
        published="2025-09",
    )
    assert meetings(gold) == [("Thành ủy", "2025-09-02")]


# --- ceremonies a unit holds ---------------------------------------------------------------------------------------


def test_a_province_holds_a_ceremony_with_the_manner_after_the_verb() -> None:
    gold = run(
        "Sáng 1/7, tại Nhà văn hóa trung tâm, tỉnh Hà Tĩnh tổ chức trọng thể Lễ công bố các nghị quyết về sắp xếp"
        " đơn vị hành chính cấp xã.",
        published="2025-07",
    )
    assert meetings(gold) == [("Tỉnh ủy", "2025-07-01")]


def test_a_committee_holds_a_ceremony_with_its_manner_before_the_verb() -> None:
    gold = run("Ngày 20-5, UBND tỉnh Bình Phước trang trọng tổ chức Lễ trao tặng Huân chương Lao động hạng Ba.")
    assert meetings(gold) == [("UBND tỉnh", "2025-05-20")]


def test_a_district_holds_a_ceremony_of_its_committee() -> None:
    gold = run("Sáng ngày 18/8, huyện Yên Thế đã tổ chức Lễ trao tặng Huân chương kháng chiến cho 40 cá nhân.")
    assert meetings(gold) == [("Huyện ủy", "2025-08-18")]


def test_a_city_named_by_its_abbreviation_holds_a_conference_announcing_decisions() -> None:
    gold = run("Ngày 12/3, TP Đà Nẵng tổ chức Hội nghị công bố các quyết định về công tác cán bộ.")
    assert meetings(gold) == [("Thành ủy", "2025-03-12")]


def test_a_headline_above_does_not_hide_the_committee_that_holds_the_ceremony() -> None:
    gold = run(
        "Niềm vui ngày nhận huy hiệu ở Tân Lập\nĐảng ủy phường Tân Lập đã tổ chức lễ trao Huy hiệu Đảng cho 12 đảng"
        " viên vào chiều 2/9.",
        published="2025-09",
    )
    assert meetings(gold) == [("Đảng ủy phường", "2025-09-02")]  # (the unit is the meeting's place)


# --- the decisions handed over ---------------------------------------------------------------------------------------


def test_a_decision_handed_over_at_a_sentence_start_is_a_document() -> None:
    gold = run(
        "Tại buổi lễ, Bí thư Tỉnh ủy trao quyết định điều động đồng chí A Lăng Ni. Trao Quyết định điều động, chỉ"
        " định đồng chí Võ Thị Sen, Phó Giám đốc Sở Tư pháp tham gia Ban Chấp hành Huyện ủy."
    )
    assert "Quyết định điều động, chỉ định đồng chí Võ Thị Sen" in keys(gold)


def test_a_decision_handed_over_again_for_the_same_person_is_the_same_document() -> None:
    gold = run(
        "Tại buổi lễ, đồng chí Lê Văn Bảo đã trao Quyết định của Ban Thường vụ Tỉnh ủy bổ nhiệm đồng chí Đinh Thị Na,"
        " Phó Trưởng Ban Tổ chức Tỉnh ủy giữ chức Trưởng Ban Tổ chức Tỉnh ủy. Bí thư Tỉnh ủy Lê Văn Bảo trao quyết"
        " định bổ nhiệm Trưởng Ban Tổ chức Tỉnh ủy cho đồng chí Đinh Thị Na."
    )
    decided = [k for k in keys(gold) if "Đinh Thị Na" in k]
    assert len(decided) == 1


def test_a_headline_naming_the_decision_announced_is_the_decision_the_story_names_in_full() -> None:
    gold = run(
        "Công bố quyết định kiểm tra đối với Ban Thường vụ Tỉnh ủy Cà Mau\nChiều 5/4, Trưởng đoàn kiểm tra số 3 đã"
        " công bố quyết định kiểm tra của Ban Bí thư năm 2025 đối với Ban Thường vụ Tỉnh ủy Cà Mau."
    )
    assert len([k for k in keys(gold) if k.startswith("Quyết định kiểm tra")]) == 1


def test_a_ceremony_at_a_province_or_its_committee_is_theirs_whoever_issued_the_decision() -> None:
    at_committee = run(
        "Ngày 8/3, tại Tỉnh ủy Lai Châu diễn ra Hội nghị công bố quyết định của Bộ Chính trị về công tác cán bộ.",
        published="2024-03",
    )
    assert "Bộ Chính trị" not in [b for b, _ in meetings(at_committee)]
    at_city = run(
        "Sáng 30/6, tại TP. Huế, Phó Thủ tướng Trần Văn Nam dự Lễ công bố các nghị quyết, quyết định về sắp xếp đơn vị"
        " hành chính. Tại buổi lễ, Phó Thủ tướng đã trao Quyết định của Bộ Chính trị về việc thành lập Đảng bộ"
        " phường Thuận Hóa.",
        published="2025-06",
    )
    assert "Bộ Chính trị" not in [b for b, _ in meetings(at_city)]


def test_a_resolution_read_out_by_its_number_and_year_is_a_numbered_document() -> None:
    gold = run(
        "Tại buổi lễ, lãnh đạo Văn phòng Quốc hội công bố Nghị quyết số 1685/2025 của Ủy ban Thường vụ Quốc hội về"
        " việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai."
    )
    assert [(r["kind"], r["number"]) for r in gold["resolutions"]] == [("NQ", "1685/2025")]


def test_a_decision_on_cadres_announced_is_a_document_but_several_are_not() -> None:
    one = run("Chiều 4-10, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị công bố quyết định về công tác cán bộ.")
    assert keys(one) == {"Quyết định về công tác cán bộ"}
    several = run("Chiều 4-10, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị công bố các quyết định về công tác cán bộ.")
    assert keys(several) == set()


def test_a_committee_that_holds_a_hand_over_with_no_meeting_word_holds_a_ceremony() -> None:
    gold = run("Chiều 3/4, Huyện ủy Đầm Hà tổ chức trao quyết định nghỉ hưu cho 3 cán bộ thuộc diện quản lý.")
    assert [(m["body"], m["date"], m["kind"]) for m in gold["meetings"]] == [("Huyện ủy", "2025-04-03", "lễ")]


def test_a_district_with_its_province_as_address_holds_its_own_ceremony() -> None:
    gold = run("Sáng 9/2, huyện Bạch Thông, tỉnh Bắc Kạn tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.")
    assert meetings(gold) == [("Huyện ủy", "2025-02-09")]


def test_a_district_in_a_venue_s_address_does_not_hold_the_ceremony() -> None:
    gold = run("Sáng 6/3, tại thôn Nà Lầu, xã Cốc Đán, huyện Ngân Sơn, tỉnh Bắc Kạn đã tổ chức lễ ra quân làm đường.")
    assert "Huyện ủy" not in [b for b, _ in meetings(gold)]


def test_decisions_announced_by_a_congress_are_the_congress_not_a_ceremony_of_their_issuer() -> None:
    """ "Đại hội ... công bố các Quyết định của Bộ Chính trị": the congress announces them, it is the meeting."""
    gold = run(
        "Sáng 12/10, Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ I, nhiệm kỳ 2025-2030 công bố các Quyết định "
        "của Bộ Chính trị về công tác cán bộ.",
        published="2025-10",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ tỉnh", "2025-10-12")]
