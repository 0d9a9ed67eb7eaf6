"""IMPLEMENTS in the shapes real plans and decisions take: a decision that issues its annexed plan, and a plan that
carries out one document and "tiếp tục" another.

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def implements(text: str) -> set[tuple[str, str]]:
    return relations(run(text), "IMPLEMENTS")


# --- a decision that issues a plan (GOLD_FORMAT: the plan implements the decision and what it carries out) ----------

_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 2105/QĐ-UBND\nTuyên Quang, ngày 3 tháng 6 năm 2025\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
    "ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
)


def test_the_plan_annexed_to_the_text_s_own_decision_implements_it() -> None:
    found = implements(
        _DECISION + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch số 77/KH-UBND thực hiện Nghị quyết số "
        "57-NQ/TW của Bộ Chính trị.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."
    )
    assert {("77/KH-UBND", "2105/QĐ-UBND"), ("77/KH-UBND", "57-NQ/TW")} <= found
    assert ("2105/QĐ-UBND", "57-NQ/TW") not in found  # the decision issues the plan; the plan carries 57 out
    assert ("2105/QĐ-UBND", "77/KH-UBND") not in found


def test_a_decision_whose_title_issues_a_plan_does_not_carry_out_the_plan_s_target() -> None:
    found = implements(_DECISION + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện trên địa bàn tỉnh.")
    assert ("2105/QĐ-UBND", "57-NQ/TW") not in found


def test_a_plan_text_issued_as_follows_still_implements_its_target() -> None:
    found = implements(
        "Số: 88/KH-UBND\nKẾ HOẠCH\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW như "
        "sau:\nI. MỤC ĐÍCH, YÊU CẦU"
    )
    assert ("88/KH-UBND", "57-NQ/TW") in found


def test_a_decision_issuing_a_plan_in_an_article_gives_no_reverse_edge() -> None:
    found = implements(
        "Ngày 12/5/2025, UBND tỉnh ban hành Quyết định số 940/QĐ-UBND ban hành kèm theo Kế hoạch số 31/KH-UBND "
        "triển khai Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy."
    )
    assert {("31/KH-UBND", "940/QĐ-UBND"), ("31/KH-UBND", "05-CT/TU")} <= found
    assert not {("940/QĐ-UBND", "31/KH-UBND"), ("940/QĐ-UBND", "05-CT/TU")} & found


# --- chains: "A thực hiện B, tiếp tục thực hiện C" --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
        "Bộ Chính trị, tiếp tục thực hiện Kết luận số 123-KL/TW của Ban Bí thư.",
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 57-NQ/TW về khoa học, công "
        "nghệ và tiếp tục triển khai Kết luận số 123-KL/TW.",
        "Kế hoạch số 12-KH/HU triển khai thực hiện Nghị quyết số 57-NQ/TW, đồng thời tiếp tục thực hiện Kết luận số "
        "123-KL/TW.",
    ],
)
def test_a_plan_that_carries_out_one_document_and_continues_another(text: str) -> None:
    found = implements(text)
    assert {("12-KH/HU", "57-NQ/TW"), ("12-KH/HU", "123-KL/TW")} <= found
    assert ("57-NQ/TW", "123-KL/TW") not in found


def test_continuing_inside_a_document_s_topic_is_that_document_s() -> None:
    found = implements(
        "Huyện ủy ban hành Kế hoạch số 40-KH/HU thực hiện Kết luận số 93-KL/TW của Ban Bí thư về việc tiếp tục "
        "thực hiện Chỉ thị số 42-CT/TW của Bộ Chính trị."
    )
    assert {("40-KH/HU", "93-KL/TW"), ("93-KL/TW", "42-CT/TW")} <= found
    assert ("40-KH/HU", "42-CT/TW") not in found


# --- a plan that carries out a named movement (GOLD_FORMAT: named movements are projects) -----------------------------


def test_a_plan_carries_out_a_named_movement() -> None:
    found = implements(
        "Chủ tịch UBND tỉnh vừa ký ban hành Kế hoạch số 210/KH-UBND thực hiện phong trào thi đua “Chung tay vì "
        "người nghèo” giai đoạn 2021 - 2025."
    )
    assert any(source == "210/KH-UBND" and "Chung tay vì người nghèo" in target for source, target in found)


def test_a_directive_launching_a_movement_does_not_implement_it() -> None:
    found = implements(
        "Chủ tịch UBND tỉnh ban hành Chỉ thị số 03/CT-UBND về việc phát động phong trào thi đua “Chung tay vì người "
        "nghèo” năm 2025."
    )
    assert found == set()


def test_a_directive_that_ties_tasks_to_a_campaign_does_not_implement_it() -> None:
    found = implements(
        "Chỉ thị số 14-CT/TU của Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy coi công tác dân vận là nhiệm vụ thường "
        "xuyên, gắn với thực hiện Cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”."
    )
    assert not {source for source, _ in found} & {"14-CT/TU"}


# --- the preamble of a plan text, wrapped like a PDF and listing what it carries out ----------------------------------


def test_a_preamble_wrapped_over_hard_line_breaks() -> None:
    found = implements(
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố:\n145/KH-UBND\nYên Bái, ngày 02 tháng 6 năm 2025\nKẾ HOẠCH\nPhát triển "
        "cây dược liệu\nThực hiện Quyết định số\n1976/QĐ-TTg ngày 30/10/2013 của Thủ tướng Chính phủ; Kế hoạch số "
        "410/KH-BYT ngày 5/5/2025 của\nBộ Y tế, triển khai Quyết định số 1976/QĐ-TTg của Thủ tướng. Ủy ban nhân dân "
        "tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\nPhát triển vùng dược liệu."
    )
    assert {("145/KH-UBND", "1976/QĐ-TTg"), ("145/KH-UBND", "410/KH-BYT"), ("410/KH-BYT", "1976/QĐ-TTg")} <= found


def test_a_preamble_listing_resolutions_of_the_council_and_a_letter() -> None:
    found = implements(
        "Số: 31/CTr-UBND\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết số 25/NQ-CP ngày 2/2/2025 của Chính phủ và "
        "triển khai Nghị quyết số 158/2024/QH15 của Quốc hội; các Nghị quyết của Hội đồng nhân dân tỉnh: số "
        "210/NQ-HĐND ngày 10/12/2024 về nhiệm vụ năm 2025; số 214/NQ-HĐND ngày 10/12/2024 về đầu tư công và Công "
        "văn số 77/BTC-NSNN của Bộ Tài chính, Ủy ban nhân dân tỉnh ban hành Chương trình hành động như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU"
    )
    own = {target for source, target in found if source == "31/CTr-UBND"}
    assert {"25/NQ-CP", "158/2024/QH15", "210/NQ-HĐND", "214/NQ-HĐND", "77/BTC-NSNN"} <= own


def test_a_preamble_item_in_another_document_s_topic_is_not_a_target() -> None:
    found = implements(
        "Số: 40/KH-UBND\nKẾ HOẠCH\nThực hiện Chỉ thị số 12/CT-TTg ngày 3/4/2025 của Thủ tướng Chính phủ về việc "
        "triển khai Nghị quyết số 66/NQ-CP của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU"
    )
    assert ("40/KH-UBND", "12/CT-TTg") in found
    assert ("40/KH-UBND", "66/NQ-CP") not in found


def test_a_plan_text_issued_to_roll_out_a_movement() -> None:
    found = implements(
        "Số: 96/KH-UBND\nKẾ HOẠCH\nỦy ban nhân dân tỉnh ban hành Kế hoạch triển khai phong trào thi đua “Dân vận "
        "khéo” trên địa bàn tỉnh như sau:\nI. MỤC ĐÍCH, YÊU CẦU"
    )
    assert any(source == "96/KH-UBND" and "Dân vận khéo" in target for source, target in found)


def test_the_target_of_an_annexed_plan_is_not_the_annexed_document() -> None:
    found = implements(
        _DECISION + "Điều 1.\nBan hành kèm theo Quyết định này Kế hoạch thực hiện\nChương trình phát triển nghề "
        "công tác xã hội trên địa bàn tỉnh giai đoạn 2021 - 2025.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký."
    )
    assert not any(target == "2105/QĐ-UBND" and "công tác xã hội" in source for source, target in found)


def test_a_programme_in_a_document_s_topic_does_not_take_the_next_cue() -> None:
    found = implements(
        "Thực hiện Nghị quyết số 11/NQ-CP của Chính phủ về Chương trình phục hồi và phát triển kinh tế - xã hội và "
        "triển khai Nghị quyết số 43/2022/QH15 của Quốc hội, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 50/KH-UBND."
    )
    assert {("50/KH-UBND", "11/NQ-CP"), ("50/KH-UBND", "43/2022/QH15")} <= found
    assert not {target for source, target in found if source.startswith("Chương trình")}


@pytest.mark.parametrize(
    "text",
    [
        "Căn cứ Nghị quyết số 12/NQ-HĐND ngày 5/3/2025 của HĐND tỉnh, UBND tỉnh ban hành Kế hoạch số 30/KH-UBND về "
        "chuyển đổi số.",
        "Tại kỳ họp, HĐND tỉnh thông qua Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh, Ủy ban nhân dân tỉnh "
        "ban hành Kế hoạch số 30/KH-UBND.",
    ],
)
def test_a_resolution_then_another_body_issuing_a_plan_is_not_the_plan_s_issuer(text: str) -> None:
    assert ("30/KH-UBND", "12/NQ-HĐND") not in implements(text)


# --- CITES: a background meeting told in a sentence inside a paragraph of the main meeting ---------------------------


def cites(text: str) -> set[tuple[str, str]]:
    return relations(run(text), "CITES")


def test_a_background_meeting_in_one_sentence_keeps_only_its_sentence() -> None:
    found = cites(
        "Sáng 18/6/2025, UBND tỉnh Cao Bằng tổ chức hội nghị triển khai Nghị quyết số 202/2025/QH15. Trước đó, ngày "
        "28/4/2025, HĐND tỉnh tổ chức kỳ họp thứ 25, thông qua Nghị quyết số 31/NQ-HĐND. Để triển khai Nghị quyết số "
        "202/2025/QH15, UBND tỉnh đã ban hành Kế hoạch số 95/KH-UBND."
    )
    assert {("meeting:0", "202/2025/QH15"), ("meeting:1", "31/NQ-HĐND"), ("meeting:0", "95/KH-UBND")} <= found
    assert ("meeting:1", "95/KH-UBND") not in found


def test_a_background_meeting_goes_on_over_the_sentences_that_name_it() -> None:
    found = cites(
        "Sáng 18/6/2025, UBND tỉnh Cao Bằng tổ chức hội nghị triển khai Nghị quyết số 202/2025/QH15. Trước đó, ngày "
        "28/4/2025, HĐND tỉnh tổ chức kỳ họp thứ 25. Kỳ họp đã thông qua Nghị quyết số 31/NQ-HĐND và Nghị quyết số "
        "32/NQ-HĐND. Hội nghị cũng cho ý kiến vào Kế hoạch số 95/KH-UBND."
    )
    assert {("meeting:1", "31/NQ-HĐND"), ("meeting:1", "32/NQ-HĐND"), ("meeting:0", "95/KH-UBND")} <= found


# --- a project named again by the short name the text gives it ("(gọi tắt là Đề án 06)") ------------------------------


def test_a_short_name_given_in_brackets_is_the_project_it_names() -> None:
    found = implements(
        "Căn cứ Quyết định số 21/QĐ-TTg ngày 6/1/2024 của Thủ tướng Chính phủ phê duyệt Đề án phát triển kinh tế ban "
        "đêm giai đoạn 2024 - 2030 (gọi tắt là Đề án 21).\nUBND huyện ban hành Kế hoạch số 40/KH-UBND triển khai Đề án "
        "21 trên địa bàn huyện."
    )
    assert ("40/KH-UBND", "Đề án phát triển kinh tế ban đêm giai đoạn 2024 - 2030") in found
    assert ("40/KH-UBND", "Đề án 21") not in found


# --- a document named back as the subject of the next sentence ("Quyết định được ban hành nhằm thực hiện ...") ------


def test_a_decision_named_back_carries_out_what_the_next_sentence_says() -> None:
    found = implements(
        "UBND tỉnh ban hành Quyết định số 512/QĐ-UBND ngày 3/3/2025 về việc thành lập Ban Chỉ đạo chuyển đổi số. "
        "Quyết định được ban hành nhằm thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương và Kết luận số "
        "121-KL/TW của Bộ Chính trị."
    )
    assert {("512/QĐ-UBND", "18-NQ/TW"), ("512/QĐ-UBND", "121-KL/TW")} <= found


def test_a_plan_named_back_also_concretises_the_tasks_a_resolution_set() -> None:
    found = implements(
        "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày 5/1/2025. Kế hoạch đồng thời cụ thể hóa các "
        "nhiệm vụ mà Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX đã đề ra."
    )
    assert ("45-KH/HU", "Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XX") in found


def test_a_plan_word_with_no_marker_is_no_subject_named_back() -> None:
    found = implements(
        "Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 45-KH/HU ngày 5/1/2025. Kế hoạch thực hiện Chỉ thị số "
        "05-CT/TW của các xã phải hoàn thành trong tháng 3."
    )
    assert ("45-KH/HU", "05-CT/TW") not in found


def test_a_purpose_clause_naming_the_plan_back() -> None:
    found = implements(
        "Hội nghị thông qua Kế hoạch số 20-KH/ĐU của Đảng ủy Quân sự tỉnh thực hiện Nghị quyết số 57-NQ/TW. Để thực "
        "hiện kế hoạch, Đảng ủy giao Bộ Chỉ huy Quân sự tỉnh xây dựng Đề án số 05-ĐA/ĐU về chuyển đổi số trong lực "
        "lượng vũ trang."
    )
    assert any(source.startswith("Đề án số 05-ĐA/ĐU") and target == "20-KH/ĐU" for source, target in found)
    assert not any(source.startswith("Đề án số 05-ĐA/ĐU") and target == "57-NQ/TW" for source, target in found)


def test_a_plan_named_back_is_not_one_the_plan_before_carries_out() -> None:
    found = implements(
        "Hội nghị thông qua Kế hoạch số 20-KH/ĐU triển khai Kế hoạch số 886-KH/ĐU của Đảng ủy Quân khu và Kế hoạch "
        "số 265-KH/TU của Ban Thường vụ Tỉnh ủy. Để thực hiện kế hoạch, Đảng ủy giao Bộ Chỉ huy Quân sự tỉnh xây dựng "
        "Đề án số 05-ĐA/ĐU về chuyển đổi số."
    )
    back = {target for source, target in found if source.startswith("Đề án số 05-ĐA/ĐU")}
    assert back == {"20-KH/ĐU"}


def test_a_project_named_back_in_the_next_paragraph() -> None:
    found = implements(
        "UBND tỉnh vừa ban hành Quyết định số 640/QĐ-UBND phê duyệt Dự án Đường ven sông Lô, đoạn qua xã Phú Lâm.\n"
        "Tuyến đường dài 7 km, đi qua 3 xã.\nDự án nhằm cụ thể hóa Quy hoạch tỉnh Tuyên Quang thời kỳ 2021 - 2030, "
        "tầm nhìn đến năm 2050."
    )
    assert any(s.startswith("Dự án Đường ven sông Lô") and t.startswith("Quy hoạch tỉnh Tuyên Quang") for s, t in found)


def test_a_plan_named_back_after_a_lead_in_and_made_for_a_purpose() -> None:
    found = implements(
        "Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Lai Châu thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Theo "
        "quyết định, quy hoạch được lập căn cứ Luật Quy hoạch năm 2017, nhằm cụ thể hóa Nghị quyết số 81/2023/QH15 "
        "của Quốc hội về Quy hoạch tổng thể quốc gia."
    )
    assert any(s.startswith("Quy hoạch tỉnh Lai Châu") and t == "81/2023/QH15" for s, t in found)


# --- a programme or scheme issued or approved by a decision the text carries out --------------------------------------


def test_a_programme_issued_by_a_decision_the_text_carries_out() -> None:
    found = implements(
        "Thực hiện Quyết định số 1450/QĐ-TTg ngày 2/8/2023 của Thủ tướng Chính phủ ban hành Chương trình “Sức khỏe "
        "học đường giai đoạn 2023 - 2030”, UBND tỉnh xây dựng Kế hoạch hành động như sau:"
    )
    assert any("Sức khỏe học đường" in s and t == "1450/QĐ-TTg" for s, t in found)


def test_an_approval_wrapped_over_a_hard_line_break() -> None:
    found = implements(
        "Số: 70/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 63/QĐ-TTg\nngày 12 tháng 01 năm 2018 của Thủ tướng Chính "
        "phủ về phê duyệt Đề án phát triển du lịch cộng đồng vùng cao, Ủy ban nhân dân tỉnh xây dựng kế hoạch triển "
        "khai như sau:\nI. MỤC TIÊU"
    )
    assert ("Đề án phát triển du lịch cộng đồng vùng cao", "63/QĐ-TTg") in found


def test_a_scheme_another_body_issues_is_not_issued_by_the_resolution_before() -> None:
    found = implements(
        "Để thực hiện Chương trình hành động số 12-CTr/TU ngày 2/4/2022 của Tỉnh ủy thực hiện Nghị quyết số "
        "09-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Đề án số 04-ĐA/TU về phát triển kinh tế biển."
    )
    assert not any(s.startswith("Đề án số 04-ĐA/TU") and t == "09-NQ/TW" for s, t in found)
    assert any(s.startswith("Đề án số 04-ĐA/TU") and t == "12-CTr/TU" for s, t in found)


def test_a_programme_completed_with_a_further_target_after_a_semicolon() -> None:
    found = implements(
        "Tỉnh ủy tiếp tục hoàn thiện Chương trình hành động số 15-CTr/TU thực hiện Nghị quyết số 66-NQ/TW; bổ sung "
        "thêm nội dung thực hiện Nghị quyết số 59-NQ/TW của Bộ Chính trị. Các sở rà soát Kế hoạch số 30/KH-UBND; "
        "thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư."
    )
    assert {("15-CTr/TU", "66-NQ/TW"), ("15-CTr/TU", "59-NQ/TW")} <= found
    assert ("66-NQ/TW", "59-NQ/TW") not in found
    assert ("30/KH-UBND", "05-CT/TW") not in found  # a new clause with a cue of its own, not a continuation


# --- purpose clauses and lists of the documents issued to carry something out --------------------------------------


@pytest.mark.parametrize(
    "opening",
    ["Tiếp tục thực hiện", "Quán triệt và triển khai", "Quán triệt, triển khai thực hiện", "Tiếp tục cụ thể hóa"],
)
def test_a_purpose_clause_that_continues_or_follows_a_study_of_the_document(opening: str) -> None:
    found = implements(f"{opening} Nghị quyết số 57-NQ/TW, UBND tỉnh ban hành Kế hoạch số 30/KH-UBND về chuyển đổi số.")
    assert ("30/KH-UBND", "57-NQ/TW") in found


def test_the_documents_listed_as_issued_to_carry_one_out() -> None:
    found = implements(
        "UBND tỉnh đã ban hành nhiều văn bản triển khai Nghị quyết số 57-NQ/TW, như: Kế hoạch số 30/KH-UBND ngày "
        "2/3/2025, Quyết định số 1450/QĐ-UBND ngày 5/3/2025 và Kế hoạch số 41/KH-UBND. Báo cáo số 12/BC-UBND nêu rõ "
        "kết quả."
    )
    assert {("30/KH-UBND", "57-NQ/TW"), ("1450/QĐ-UBND", "57-NQ/TW"), ("41/KH-UBND", "57-NQ/TW")} <= found
    assert ("12/BC-UBND", "57-NQ/TW") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 12-KH/TU ngày 5/3/2025 và Chỉ thị số 03-CT/TU ngày 10/3/2025 "
        "để thực hiện Nghị quyết số 57-NQ/TW.",
        "Tỉnh ủy ban hành các kế hoạch: số 12-KH/TU, số 03-KH/TU thực hiện Nghị quyết số 57-NQ/TW.",
        "Kế hoạch số 12-KH/TU, Kế hoạch số 03-KH/TU và Chỉ thị số 05-CT/TU đã cụ thể hóa Nghị quyết số 57-NQ/TW.",
    ],
)
def test_documents_listed_before_one_cue_each_carry_it_out(text: str) -> None:
    found = implements(text)
    assert ("12-KH/TU", "57-NQ/TW") in found
    assert {s for s, t in found if t == "57-NQ/TW"} >= {"12-KH/TU"} and len({s for s, t in found}) >= 2


def test_a_list_that_a_cue_carries_out_gives_no_sources() -> None:
    found = implements(
        "Huyện ủy triển khai Kế hoạch số 12-KH/TU và Kế hoạch số 40-KH/HU thực hiện Nghị quyết số 57-NQ/TW."
    )
    assert ("12-KH/TU", "57-NQ/TW") not in found


def test_a_scheme_s_name_wrapped_over_a_hard_line_break() -> None:
    found = implements(
        "Số: 70/KH-UBND\nKẾ HOẠCH\nThực hiện Quyết định số 63/QĐ-TTg ngày 12/01/2018 của Thủ tướng Chính phủ về phê "
        "duyệt Đề án cơ cấu lại\nđầu tư công giai đoạn 2017 - 2020, Ủy ban nhân dân tỉnh xây dựng kế hoạch như sau:\n"
        "I. MỤC TIÊU"
    )
    assert ("Đề án cơ cấu lại đầu tư công giai đoạn 2017 - 2020", "63/QĐ-TTg") in found
