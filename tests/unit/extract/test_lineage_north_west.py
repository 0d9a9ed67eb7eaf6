"""IMPLEMENTS and CITES in the shapes the plans and news of the north-west and north-central provinces take: a
document named back after a sentence-opening cue ("Thực hiện Kế hoạch trên, ..."), programmes named by their date and
issuer, a notice named by its issuer and topic.

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def implements(text: str) -> set[tuple[str, str]]:
    return relations(run(text), "IMPLEMENTS")


# --- a document named back after a sentence-opening cue ------------------------------------------------------------


def test_a_plan_named_back_after_a_sentence_opening_cue_is_the_plan_named_before() -> None:
    found = implements(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 31-KH/TU ngày 8/4/2025 thực hiện Kết luận số 127-KL/TW. "
        "Thực hiện Kế hoạch trên, UBND tỉnh ban hành Kế hoạch số 212/KH-UBND phân công nhiệm vụ cho các sở."
    )
    assert ("212/KH-UBND", "31-KH/TU") in found
    assert ("31-KH/TU", "127-KL/TW") in found


def test_a_resolution_named_back_by_nay_after_triển_khai() -> None:
    found = implements(
        "Ngày 2/6, HĐND tỉnh Điện Biên thông qua Nghị quyết số 14/2025/NQ-HĐND về hỗ trợ trồng rừng. "
        "Triển khai Nghị quyết này, UBND tỉnh đã ban hành Quyết định số 905/QĐ-UBND giao chỉ tiêu cho các xã."
    )
    assert ("905/QĐ-UBND", "14/2025/NQ-HĐND") in found


def test_a_sentence_opening_cue_with_a_bare_kind_word_and_no_pointer_is_not_a_re_mention() -> None:
    # "Thực hiện kế hoạch, ..." with no "này"/"trên" and no purpose word: the plan of the sentence is not named back
    found = implements(
        "Tỉnh ủy ban hành Kế hoạch số 40-KH/TU về chuyển đổi số. Thực hiện kế hoạch năm, các xã đã ban hành "
        "Quyết định số 15/QĐ-UBND về kiện toàn tổ công nghệ số."
    )
    assert ("15/QĐ-UBND", "40-KH/TU") not in found


# --- a programme named by its date and issuer, not by a number -------------------------------------------------------

_DATED = "Chương trình hành động ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW"


def test_a_programme_named_by_its_date_and_issuer_carries_out_its_resolution() -> None:
    gold = run(
        "Thực hiện Chương trình hành động ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW "
        "ngày 22/12/2024 của Bộ Chính trị, UBND tỉnh Sơn La ban hành Kế hoạch số 90/KH-UBND về chuyển đổi số."
    )
    assert _DATED in {p["name"] for p in gold["projects"]}
    found = relations(gold, "IMPLEMENTS")
    assert (_DATED, "57-NQ/TW") in found
    assert ("90/KH-UBND", _DATED) in found
    assert ("90/KH-UBND", "57-NQ/TW") not in found  # what the programme carries out, not the plan


def test_a_programme_named_with_its_issuer_only_is_carried_out_by_the_plan_issued_for_it() -> None:
    programme = "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW"
    found = implements(
        "Thực hiện Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính "
        "trị, UBND tỉnh Hà Tĩnh đã ban hành Kế hoạch số 301/KH-UBND."
    )
    assert (programme, "66-NQ/TW") in found
    assert ("301/KH-UBND", programme) in found


# --- a notice named by its issuer and topic ------------------------------------------------------------------------


def test_a_notice_named_by_its_issuer_and_topic_is_a_document_the_text_cites() -> None:
    gold = run(
        "Sau khi có Thông báo của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 30-NQ/TW, Ban Thường vụ "
        "Tỉnh ủy Thanh Hóa đã xây dựng kế hoạch thực hiện."
    )
    notices = [r for r in gold["resolutions"] if r["kind"] == "TB"]
    assert [r["key"] for r in notices] == [
        "Thông báo của Bộ Chính trị về sơ kết 5 năm thực hiện Nghị quyết số 30-NQ/TW"
    ]
    assert ("doc", notices[0]["key"]) in relations(gold, "CITES")
    # a review of the resolution's implementation: it cites the resolution, it does not carry it out
    assert not any(t == "30-NQ/TW" for _, t in relations(gold, "IMPLEMENTS"))


def test_a_notice_with_no_topic_is_no_document() -> None:
    gold = run("Theo Thông báo của UBND tỉnh, các xã hoàn thành việc chi trả trước ngày 15/12.")
    assert not [r for r in gold["resolutions"] if r["kind"] == "TB"]


# --- a movement a plan's title says it carries out -------------------------------------------------------------------

_PLAN_HEADER = "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 418/KH-UBND\nNinh Bình, ngày 20 tháng 3 năm 2025\nKẾ HOẠCH\n"


def test_a_plan_titled_after_the_movement_it_deploys_implements_the_movement() -> None:
    gold = run(
        _PLAN_HEADER + "Triển khai Phong trào thi đua “Chung tay xây dựng xã hội học tập” trên địa bàn tỉnh\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của Nhân dân.\n"
    )
    assert ("418/KH-UBND", "Chung tay xây dựng xã hội học tập") in relations(gold, "IMPLEMENTS")


def test_a_movement_in_an_upper_case_title_is_a_project_the_plan_implements() -> None:
    gold = run(
        _PLAN_HEADER + "TRIỂN KHAI PHONG TRÀO THI ĐUA “CHUNG TAY XÂY DỰNG XÃ HỘI HỌC TẬP” TRÊN ĐỊA BÀN TỈNH\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của Nhân dân.\n"
    )
    assert "Chung tay xây dựng xã hội học tập" in {p["name"] for p in gold["projects"]}
    assert ("418/KH-UBND", "Chung tay xây dựng xã hội học tập") in relations(gold, "IMPLEMENTS")


def test_a_decision_titled_after_a_movement_does_not_implement_it_itself() -> None:
    # a decision issues the plan that carries the movement out (GOLD_FORMAT: the annexed plan does, not the decision)
    gold = run(
        "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 905/QĐ-UBND\nNinh Bình, ngày 20 tháng 3 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc ban hành Kế hoạch triển khai Phong trào thi đua “Chung tay xây dựng xã hội học tập”\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
    )
    assert ("905/QĐ-UBND", "Chung tay xây dựng xã hội học tập") not in relations(gold, "IMPLEMENTS")


# --- a programme's name wrapped inside the congress resolution it carries out ---------------------------------------


def test_a_programme_name_wrapped_inside_a_congress_resolution_runs_to_the_resolution_s_end() -> None:
    gold = run(
        "Căn cứ Quyết định số 2210/QĐ-UBND ngày 14/12/2020 của UBND tỉnh về việc ban hành Chương trình hành động "
        "thực hiện Nghị quyết Đại hội đại biểu\nĐảng bộ tỉnh Tuyên Quang lần thứ XVII (nhiệm kỳ 2020-2025);\n"
    )
    programme = "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVII"
    assert programme in {p["name"] for p in gold["projects"]}
    resolution = next(r["key"] for r in gold["resolutions"] if r["key"].startswith("Nghị quyết Đại hội"))
    assert (programme, resolution) in relations(gold, "IMPLEMENTS")
    assert (programme, "2210/QĐ-UBND") in relations(gold, "IMPLEMENTS")


def test_a_second_document_on_a_line_joined_to_the_sentence_before_is_in_that_sentence() -> None:
    # the decision's line breaks before "về việc": the programme and the resolution it carries out share the sentence
    gold = run(
        "Căn cứ Quyết định số 2210/QĐ-UBND ngày 14/12/2020 của UBND tỉnh\nvề việc ban hành Chương trình hành động "
        "thực hiện Nghị quyết Đại hội đại biểu\nĐảng bộ tỉnh Tuyên Quang lần thứ XVII (nhiệm kỳ 2020-2025);\n"
    )
    programme = "Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tuyên Quang lần thứ XVII"
    resolution = next(r["key"] for r in gold["resolutions"] if r["key"].startswith("Nghị quyết Đại hội"))
    assert (programme, resolution) in relations(gold, "IMPLEMENTS")


def test_a_purpose_clause_with_a_word_of_manner_names_its_document_back() -> None:
    found = implements(
        "Tỉnh ủy Lai Châu ban hành Nghị quyết số 12-NQ/TU về phát triển cây mắc ca. Để thực hiện hiệu quả Nghị "
        "quyết này, UBND tỉnh ban hành Kế hoạch số 77/KH-UBND."
    )
    assert ("77/KH-UBND", "12-NQ/TU") in found


# --- a purpose listed over semicolons; a plan listed after a central programme's target is not its target ------------

_OVER_SEMICOLONS = (
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Chương trình hành động của Chính phủ thực "
    "hiện Nghị quyết số 57-NQ/TW và Kế hoạch số 12-KH/TU ngày 15/2/2025 của Ban Thường vụ Tỉnh ủy, ngày 3/3/2025, "
    "UBND tỉnh Ninh Bình ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số."
)
_GOVERNMENT_PROGRAMME = "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"


def test_a_plan_issued_for_a_purpose_listed_over_semicolons_implements_each_listed_document() -> None:
    found = implements(_OVER_SEMICOLONS)
    assert {("45/KH-UBND", "57-NQ/TW"), ("45/KH-UBND", _GOVERNMENT_PROGRAMME), ("45/KH-UBND", "12-KH/TU")} <= found


def test_a_provincial_plan_listed_after_a_government_programme_s_target_is_not_the_programme_s_target() -> None:
    found = implements(_OVER_SEMICOLONS)
    assert (_GOVERNMENT_PROGRAMME, "57-NQ/TW") in found
    assert (_GOVERNMENT_PROGRAMME, "12-KH/TU") not in found  # a document carries out one of its level or higher


def test_documents_of_the_same_level_listed_after_a_cue_are_all_targets() -> None:
    found = implements(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 60-KH/TU thực hiện Nghị quyết số 57-NQ/TW và Kết luận số "
        "127-KL/TW của Bộ Chính trị."
    )
    assert {("60-KH/TU", "57-NQ/TW"), ("60-KH/TU", "127-KL/TW")} <= found


# --- plans issued side by side after the document they carry out --------------------------------------------------


def test_plans_issued_side_by_side_after_a_resolution_both_carry_it_out() -> None:
    found = implements(
        "Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW, Tỉnh ủy Lào Cai đã ban hành Kế hoạch số 42-KH/TU, "
        "UBND tỉnh ban hành Kế hoạch số 130/KH-UBND để triển khai thực hiện."
    )
    assert {("42-KH/TU", "66-NQ/TW"), ("130/KH-UBND", "66-NQ/TW")} <= found
    assert ("130/KH-UBND", "42-KH/TU") not in found  # issued beside it, not to carry it out


# --- a plenum resolution with its ordinal in words ------------------------------------------------------------------


def test_a_plenum_resolution_with_its_ordinal_in_words_is_the_document_a_programme_carries_out() -> None:
    gold = run(
        "Ban Chấp hành Đảng bộ tỉnh ban hành Chương trình hành động số 30-CTr/TU thực hiện Nghị quyết Hội nghị lần "
        "thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về chiến lược bảo vệ Tổ quốc."
    )
    plenum = "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII"
    assert plenum in {r["key"] for r in gold["resolutions"]}
    assert ("30-CTr/TU", plenum) in relations(gold, "IMPLEMENTS")


# --- a headline's plan is the one numbered plan the story says carries out the bare re-mention ----------------------


def test_a_headline_plan_is_the_numbered_plan_said_to_carry_out_the_bare_re_mention() -> None:
    gold = run(
        "Phú Thọ ban hành Kế hoạch thực hiện Nghị quyết 66-NQ/TW\nNgày 10/6, UBND tỉnh Phú Thọ ban hành Kế hoạch số "
        "171/KH-UBND nhằm triển khai Nghị quyết. Kế hoạch xác định 6 nhóm nhiệm vụ."
    )
    assert {r["key"] for r in gold["resolutions"] if r["kind"] == "KH"} == {"171/KH-UBND"}
    assert relations(gold, "IMPLEMENTS") == {("171/KH-UBND", "66-NQ/TW")}


# --- a resolution said to be concretised in plans --------------------------------------------------------------------


def test_a_resolution_concretised_in_listed_plans_is_carried_out_by_each_not_the_reverse() -> None:
    found = implements(
        "Các nhiệm vụ của Nghị quyết số 57-NQ/TW đã được cụ thể hóa tại Kế hoạch số 18-KH/TU và Kế hoạch số 60/KH-UBND."
    )
    assert found == {("18-KH/TU", "57-NQ/TW"), ("60/KH-UBND", "57-NQ/TW")}


def test_local_documents_listed_after_a_local_plan_s_cue_are_all_its_targets() -> None:
    # a symbol without its issuer does not say which local level it is: no level is told apart among local ones
    found = implements(
        "Kế hoạch số 10/KH-UBND thực hiện Kế hoạch số 45-KH/HU của Ban Thường vụ Huyện ủy và Kế hoạch số 88/KH-UBND "
        "của UBND huyện Sìn Hồ."
    )
    assert {("10/KH-UBND", "45-KH/HU"), ("10/KH-UBND", "88/KH-UBND")} <= found


# --- a header's preamble line wrapped onto the next line -------------------------------------------------------------

_SON_LA = "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 88/KH-UBND\nSơn La, ngày 2 tháng 4 năm 2025\nKẾ HOẠCH\n"


def test_a_preamble_line_wrapped_onto_a_lower_case_cue_keeps_the_cue_its_plan_s() -> None:
    found = implements(
        _SON_LA + "Thực hiện Kế hoạch số 45-KH/TU ngày 10/3/2025 của Ban Thường vụ Tỉnh ủy\ntriển khai Nghị quyết số "
        "57-NQ/TW của Bộ Chính trị\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert ("88/KH-UBND", "45-KH/TU") in found
    assert ("45-KH/TU", "57-NQ/TW") in found
    assert ("88/KH-UBND", "57-NQ/TW") not in found  # what the provincial plan carries out, not the text's plan


def test_a_title_wrapped_onto_its_cue_still_says_what_the_plan_carries_out() -> None:
    found = implements(
        _SON_LA + "Chuyển đổi số năm 2025\nthực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nI. MỤC ĐÍCH\n"
    )
    assert ("88/KH-UBND", "57-NQ/TW") in found


def test_an_upper_case_title_line_opening_on_a_cue_after_a_programme_is_the_programme_s() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 140/KH-UBND\nTuyên Quang, ngày 5 tháng 5 năm 2025\nKẾ HOẠCH\n"
        "TRIỂN KHAI THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 48-CTR/TU NGÀY 15/3/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
        "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert found == {("140/KH-UBND", "48-CTr/TU"), ("48-CTr/TU", "57-NQ/TW")}


def test_upper_case_title_lines_each_opening_on_a_cue_are_the_plan_s_own() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 141/KH-UBND\nTuyên Quang, ngày 5 tháng 5 năm 2025\nKẾ HOẠCH\n"
        "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW CỦA BỘ CHÍNH TRỊ\nTHỰC HIỆN KẾT LUẬN SỐ 123-KL/TW\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert {("141/KH-UBND", "57-NQ/TW"), ("141/KH-UBND", "123-KL/TW")} <= found


def test_a_people_s_committee_plan_listed_after_a_party_programme_s_target_is_not_the_programme_s_target() -> None:
    found = implements(
        "Thực hiện Chương trình hành động số 15-CTr/TU của Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW và Kế hoạch số "
        "30/KH-UBND của UBND tỉnh, UBND huyện Mường Lát ban hành Kế hoạch số 5/KH-UBND."
    )
    assert ("15-CTr/TU", "30/KH-UBND") not in found  # the committee's programme leads the People's Committee's plan
    assert {("15-CTr/TU", "57-NQ/TW"), ("5/KH-UBND", "15-CTr/TU"), ("5/KH-UBND", "30/KH-UBND")} <= found


def test_a_people_s_committee_plan_carries_out_a_party_plan_and_a_council_resolution_listed_together() -> None:
    found = implements(
        "UBND tỉnh ban hành Kế hoạch số 61/KH-UBND thực hiện Kế hoạch số 60-KH/TU và Nghị quyết số 12/NQ-HĐND của "
        "HĐND tỉnh."
    )
    assert {("61/KH-UBND", "60-KH/TU"), ("61/KH-UBND", "12/NQ-HĐND")} <= found


# --- a legal database's wrapped copy: a number opening a line, a kind word over a line break --------------------------


def test_a_wrapped_line_opening_on_a_number_does_not_start_the_plan_s_body() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 61/KH-UBND\nLạng Sơn, ngày 2 tháng 4 năm 2024\n"
        "Thực hiện Quyết định số 2020/QĐ-TTg ngày 9/9/2023 của Thủ tướng Chính phủ ban hành Chương trình “Nâng cao\n"
        "1.000 điểm trường vùng cao đạt chuẩn”, UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương\n"
        "trình “Nâng cao\n1.000 điểm trường vùng cao đạt chuẩn” đến năm 2025 như sau:\n1. Mục tiêu chung\n"
    )
    programmes = [p["name"] for p in gold["projects"]]
    assert programmes == ["Chương trình Nâng cao 1.000 điểm trường vùng cao đạt chuẩn"]
    assert ("61/KH-UBND", programmes[0]) in relations(gold, "IMPLEMENTS")
