"""IMPLEMENTS in texts copied with hard line breaks (a legal database's copy of a plan or decision wraps its lines
anywhere, also inside "thực hiện" or "Nghị quyết"), and in the upper-case titles of such texts.

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def implements(text: str) -> set[tuple[str, str]]:
    return relations(run(text), "IMPLEMENTS")


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 512/QĐ-UBND\nCao Bằng, ngày 14 tháng 01 năm 2025\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Chương trình hành động năm 2025\nỦY BAN NHÂN DÂN TỈNH\n"
    "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 10/12/2024 của HĐND tỉnh Cao Bằng về Kế hoạch đầu tư công năm 2025;\n"
    "QUYẾT ĐỊNH:\n"
)
_PROGRAMME = "Chương trình hành động thực hiện Nghị quyết của HĐND tỉnh về Kế hoạch đầu tư công năm 2025"


def test_a_cue_wrapped_over_a_line_break_still_reads() -> None:
    found = implements(
        _DECISION + "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động thực\nhiện Nghị quyết của "
        "HĐND tỉnh về Kế hoạch đầu tư công năm 2025.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."
    )
    # the council's resolution named again by its issuer and topic is 45/NQ-HĐND
    assert (_PROGRAMME, "45/NQ-HĐND") in found


_TITLE = (
    "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 2210/CTr-UBND\nYên Bái, ngày 12 tháng 6 năm 2023\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
    "THỰC HIỆN NGHỊ QUYẾT SỐ 19-NQ/TW NGÀY 16/6/2022 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG, NGHỊ\n"
    "QUYẾT SỐ 26/NQ-CP NGÀY 07/3/2023 CỦA CHÍNH PHỦ VÀ KẾ HOẠCH SỐ\n"
    "85-KH/TU NGÀY 02/5/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY THỰC HIỆN NGHỊ QUYẾT SỐ\n"
    "19-NQ/TW VỀ NÔNG NGHIỆP, NÔNG DÂN, NÔNG THÔN\nI. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa các nhiệm vụ, giải pháp.\n"
)


def test_a_kind_word_wrapped_in_a_title_list_is_still_a_listed_document() -> None:
    found = implements(_TITLE)
    assert {("2210/CTr-UBND", "19-NQ/TW"), ("2210/CTr-UBND", "26/NQ-CP"), ("2210/CTr-UBND", "85-KH/TU")} <= found


def test_an_upper_case_title_says_what_a_listed_plan_carries_out() -> None:
    found = implements(_TITLE)
    assert ("85-KH/TU", "19-NQ/TW") in found
    assert ("26/NQ-CP", "19-NQ/TW") not in found  # listed beside the plan, not carrying out what the plan does


def test_a_decision_issuing_a_programme_does_not_carry_out_the_programme_s_target() -> None:
    found = implements(
        _DECISION + "Điều 1. Ban hành kèm theo Quyết định này Chương trình hành động thực hiện Nghị quyết của "
        "HĐND tỉnh về Kế hoạch đầu tư công năm 2025.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."
    )
    assert (_PROGRAMME, "45/NQ-HĐND") in found
    assert ("512/QĐ-UBND", "45/NQ-HĐND") not in found  # the programme carries it out; the decision issues it


_OWN_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 61/KH-UBND\nLạng Sơn, ngày 5 tháng 5 năm 2025\nKẾ HOẠCH\n"
    "TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ\n"
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Kế hoạch số 210-KH/TU ngày 02/4/2025 của "
    "Tỉnh ủy triển khai thực hiện Nghị quyết số 57-NQ/TW.\n"
    "UBND tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW và Chương trình hành động của Chính phủ về phát "
    "triển khoa học, công nghệ.\n"
)


def test_the_plan_a_plan_text_says_its_issuer_issues_is_the_text_itself() -> None:
    found = implements(_OWN_PLAN)
    programme = "Chương trình hành động của Chính phủ về phát triển khoa học, công nghệ"
    assert {("61/KH-UBND", "57-NQ/TW"), ("61/KH-UBND", programme), ("210-KH/TU", "57-NQ/TW")} <= found
    assert ("210-KH/TU", programme) not in found  # the provincial committee's plan named before is not this one


def test_a_programme_s_name_stops_before_the_next_document_of_the_list() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 77/KH-UBND\nHà Nam, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\n"
        "Phát triển du lịch cộng đồng năm 2023\nThực hiện Quyết định số 12/QĐ-TTg ngày 05/01/2023 của Thủ tướng Chính "
        "phủ phê duyệt Chương trình phát triển du lịch cộng đồng giai đoạn 2023-2030, Quyết định số\n45/QĐ-BVHTTDL "
        "ngày 03/3/2023 của Bộ Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội "
        "dung như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    gold = run(text)
    assert "Chương trình phát triển du lịch cộng đồng giai đoạn 2023-2030" in {p["name"] for p in gold["projects"]}
    assert {("77/KH-UBND", "12/QĐ-TTg"), ("77/KH-UBND", "45/QĐ-BVHTTDL")} <= implements(text)


def test_a_plan_approved_by_a_decision_listed_under_the_cue_carries_it_out() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 78/KH-UBND\nHà Nam, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\n"
        "Truyền thông về du lịch cộng đồng năm 2023\nThực hiện Quyết định số 12/QĐ-TTg ngày 05/01/2023 của Thủ tướng "
        "Chính phủ phê duyệt Chương trình phát triển du lịch cộng đồng giai đoạn 2023-2030, Quyết định số "
        "45/QĐ-BVHTTDL ngày 03/3/2023 của Bộ Văn hóa, Thể thao và Du lịch phê duyệt Kế hoạch truyền thông về du "
        "lịch cộng đồng giai đoạn 2023-2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert ("Chương trình phát triển du lịch cộng đồng giai đoạn 2023-2030", "12/QĐ-TTg") in found
    assert ("Kế hoạch truyền thông về du lịch cộng đồng giai đoạn 2023-2025", "45/QĐ-BVHTTDL") in found


def test_an_approval_wrapped_after_its_verb_still_reads() -> None:
    found = implements(
        "Số: 79/KH-UBND\nKẾ HOẠCH\nPhát triển du lịch cộng đồng năm 2023\nThực hiện Quyết định số 45/QĐ-BVHTTDL ngày "
        "03/3/2023 của Bộ Văn hóa, "
        "Thể thao và Du lịch phê duyệt\nKế hoạch truyền thông về du lịch cộng đồng giai đoạn 2023-2025, Ủy ban nhân "
        "dân tỉnh ban hành Kế hoạch với các nội dung như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert ("Kế hoạch truyền thông về du lịch cộng đồng giai đoạn 2023-2025", "45/QĐ-BVHTTDL") in found


_LONG_NAME = (
    "Đề án “Nâng cao chất lượng, hiệu quả công tác đào tạo, bồi dưỡng, thu hút và trọng dụng nhân tài nhằm phát "
    "triển nguồn nhân lực chất lượng cao cho các cơ quan, đơn vị sự nghiệp công lập và doanh nghiệp của tỉnh”"
)


def test_a_long_quoted_name_of_a_scheme_is_read_to_its_closing_quote() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 96/KH-UBND\nThái Bình, ngày 2 tháng 7 năm 2021\nKẾ HOẠCH\n"
        "Triển khai thực hiện Đề án trên địa bàn tỉnh giai đoạn 2021 - 2025\nThực hiện Quyết định số 701/QĐ-TTg ngày "
        "10/5/2021 của Thủ tướng Chính phủ về việc ban hành " + _LONG_NAME + ", Ủy ban nhân dân tỉnh ban hành kế "
        "hoạch triển khai thực hiện Đề án trên địa bàn tỉnh như sau:\nI. MỤC TIÊU\n"
    )
    name = _LONG_NAME.replace("“", "").replace("”", "")
    assert (name, "701/QĐ-TTg") in found


def test_a_long_quoted_name_in_an_upper_case_title_is_read_to_its_closing_quote() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 97/KH-UBND\nThái Bình, ngày 2 tháng 7 năm 2021\nKẾ HOẠCH\n"
        "TRIỂN KHAI THỰC HIỆN " + _LONG_NAME.upper() + " TRÊN ĐỊA BÀN TỈNH\nI. MỤC TIÊU\n"
    )
    name = _LONG_NAME.replace("“", "").replace("”", "")
    assert any(
        s == "97/KH-UBND" and t.replace("“", "").replace("”", "").casefold() == name.casefold() for s, t in found
    )


def test_the_government_s_programme_is_not_the_province_s_numbered_one_of_the_same_resolution() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\nSố: 120/KH-UBND\nBắc Giang, ngày 2 tháng 8 năm 2021\nKẾ HOẠCH\n"
        "Thực hiện Nghị quyết số 50/NQ-CP ngày 20/5/2021 của Chính phủ ban hành Chương trình hành động của Chính phủ "
        "thực hiện Nghị quyết số 12-NQ/TW ngày 03/01/2021 của Bộ Chính trị; Chương trình hành động số 30-CTr/TU "
        "ngày 02/7/2021 của Tỉnh ủy thực hiện Nghị quyết số 12-NQ/TW, UBND tỉnh ban hành Kế hoạch thực hiện như "
        "sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    programme = "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 12-NQ/TW"
    assert {(programme, "12-NQ/TW"), (programme, "50/NQ-CP"), ("30-CTr/TU", "12-NQ/TW")} <= found


def test_a_plan_s_title_ends_before_its_triển_khai_recital() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 80/KH-UBND\nHà Nam, ngày 3 tháng 4 năm 2023\nKẾ HOẠCH\n"
        "TRUYỀN THÔNG VỀ DU LỊCH CỘNG ĐỒNG TRÊN ĐỊA BÀN TỈNH HÀ NAM\nTriển khai thực hiện Quyết định số\n"
        "45/QĐ-BVHTTDL ngày 03/3/2023 của Bộ Văn hóa, Thể thao và Du lịch phê duyệt Kế hoạch truyền thông quốc gia "
        "về du lịch cộng đồng giai đoạn 2023-2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các nội dung như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert ("Kế hoạch truyền thông quốc gia về du lịch cộng đồng giai đoạn 2023-2025", "45/QĐ-BVHTTDL") in found


def test_a_listed_decision_wrapped_before_its_number_is_still_under_the_cue() -> None:
    found = implements(
        "Số: 81/KH-UBND\nKẾ HOẠCH\nDu lịch cộng đồng năm 2023\nTriển khai thực hiện Quyết định số 12/QĐ-TTg ngày "
        "05/01/2023 của Thủ tướng Chính phủ phê duyệt Chương trình phát triển du lịch cộng đồng giai đoạn\n"
        "2023-2030, Quyết định số\n45/QĐ-BVHTTDL ngày 03/3/2023 của Bộ Văn hóa, Thể thao và Du lịch phê duyệt\n"
        "Kế hoạch truyền thông quốc gia về du lịch cộng đồng, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert ("Kế hoạch truyền thông quốc gia về du lịch cộng đồng", "45/QĐ-BVHTTDL") in found


def test_counted_plans_issued_for_a_purpose_each_carry_it_out() -> None:
    found = implements(
        "Để triển khai Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành 02 kế hoạch: Kế hoạch số 120-KH/TU "
        "về tuyên truyền và Kế hoạch số 121-KH/TU về chuyển đổi số trong các cơ quan đảng."
    )
    assert {("120-KH/TU", "57-NQ/TW"), ("121-KH/TU", "57-NQ/TW")} <= found


def test_a_plan_issued_to_carry_out_what_the_clause_before_the_semicolon_names() -> None:
    found = implements(
        "Tỉnh ủy đã lãnh đạo triển khai Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương; Ban Thường vụ Tỉnh ủy "
        "ban hành Chương trình hành động số 33-CTr/TU ngày 05/9/2022 để thực hiện."
    )
    assert ("33-CTr/TU", "19-NQ/TW") in found


def test_a_headline_naming_a_plan_by_what_it_carries_out_is_the_numbered_plan_of_the_story() -> None:
    text = (
        "Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
        "Ban Thường vụ Tỉnh ủy Tuyên Quang vừa ban hành Kế hoạch số 180-KH/TU. Theo đó, mục tiêu đến năm 2030, tỉnh "
        "nằm trong nhóm khá của cả nước về chuyển đổi số."
    )
    assert ("180-KH/TU", "57-NQ/TW") in implements(text)
    gold = run(text)
    assert [r["key"] for r in gold["resolutions"] if r["kind"] == "KH"] == ["180-KH/TU"]


def test_a_conclusion_named_again_by_its_issuer_and_part_of_its_topic_is_the_numbered_one() -> None:
    found = implements(
        "Kết luận số 123-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương về Đề án bổ sung phát triển kinh tế - xã "
        "hội năm 2025 với mục tiêu tăng trưởng 8%. UBND tỉnh ban hành Kế hoạch số 40/KH-UBND triển khai Kết luận "
        "của Ban Chấp hành Trung ương về mục tiêu tăng trưởng."
    )
    assert ("40/KH-UBND", "123-KL/TW") in found


def test_a_regulation_named_again_by_its_issuer_and_topic_is_the_numbered_one() -> None:
    found = implements(
        "Hội nghị nghe quán triệt Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên. Ban "
        "Thường vụ Tỉnh ủy ban hành Kế hoạch số 60-KH/TU thực hiện Quy định của Bộ Chính trị về chuẩn mực đạo đức "
        "cách mạng."
    )
    assert ("60-KH/TU", "144-QĐ/TW") in found


def test_a_congress_resolution_with_its_number_in_brackets_after_it_is_one_document() -> None:
    text = (
        "Đại hội đã thông qua Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 (Nghị quyết số "
        "01-NQ/ĐH). Ngay sau đó, Tỉnh ủy ban hành Chương trình hành động số 01-CTr/TU thực hiện Nghị quyết Đại hội."
    )
    assert ("01-CTr/TU", "01-NQ/ĐH") in implements(text)
    gold = run(text)
    assert [r["key"] for r in gold["resolutions"] if r["kind"] == "NQ"] == ["01-NQ/ĐH"]


def test_a_bare_resolution_after_a_cue_is_the_described_one_a_council_passed_before() -> None:
    found = implements(
        "Tại kỳ họp, HĐND tỉnh đã thông qua Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp. "
        "Ngay sau kỳ họp, UBND tỉnh đã ban hành Kế hoạch số 112/KH-UBND triển khai Nghị quyết."
    )
    assert ("112/KH-UBND", "Nghị quyết quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp") in found


def test_a_plan_another_document_issues_in_a_plan_s_preamble_is_not_the_text_itself() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 14/KH-UBND\nBắc Ninh, ngày 24 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "PHÁT TRIỂN KINH TẾ TƯ NHÂN NĂM 2026\nCăn cứ Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát "
        "triển kinh tế tư nhân;\nCăn cứ Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ ban hành Kế hoạch hành "
        "động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị;\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    plan = "Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW"
    assert {(plan, "68-NQ/TW"), (plan, "138/NQ-CP")} <= found


def test_a_decision_made_to_carry_out_a_policy_under_a_decision_carries_that_decision_out() -> None:
    found = implements(
        "UBND tỉnh vừa ban hành Quyết định số 301/QĐ-UBND về việc phân bổ kinh phí cho các xã để thực hiện chính "
        "sách hỗ trợ học sinh bán trú theo Quyết định số 1120/QĐ-TTg ngày 05/7/2021 của Thủ tướng Chính phủ."
    )
    assert ("301/QĐ-UBND", "1120/QĐ-TTg") in found
