"""Lineage on the shapes of real plan, decision and news texts of the northern mountain provinces: the purpose
clause and the documents issued for it, re-mentions of a document, and the document a text is (its header, its
title named again). Sentences written for these tests, in the shape of the texts read."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def keys(gold: dict[str, object]) -> list[str]:
    return [r["key"] for r in gold["resolutions"]]  # type: ignore[attr-defined]


# --- IMPLEMENTS: the purpose clause and what is issued for it ----------------------------------------------------


def test_a_plan_issued_after_studying_a_resolution_implements_it() -> None:
    gold = run(
        "Quán triệt Nghị quyết số 66-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy Điện Biên đã ban hành "
        "Chương trình hành động số 21-CTr/TU."
    )
    assert ("21-CTr/TU", "66-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_every_body_that_issues_a_document_for_the_purpose_implements_it() -> None:
    gold = run(
        "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Tỉnh ủy Yên Bái đã ban hành Kế hoạch số 31-KH/TU, "
        "UBND tỉnh ban hành Kế hoạch số 64/KH-UBND và các sở xây dựng kế hoạch của ngành."
    )
    found = relations(gold, "IMPLEMENTS")
    assert {("31-KH/TU", "57-NQ/TW"), ("64/KH-UBND", "57-NQ/TW")} <= found


def test_a_resolution_a_council_passes_for_the_purpose_implements_it() -> None:
    gold = run(
        "Thực hiện Kết luận số 123-KL/TW của Ban Chấp hành Trung ương, HĐND tỉnh Lai Châu đã thông qua "
        "Nghị quyết số 41/NQ-HĐND về điều chỉnh chỉ tiêu tăng trưởng năm 2025."
    )
    assert ("41/NQ-HĐND", "123-KL/TW") in relations(gold, "IMPLEMENTS")


def test_a_capitalised_remention_in_the_purpose_is_the_document_named_before() -> None:
    gold = run(
        "Tỉnh ủy Cao Bằng ban hành Nghị quyết số 07-NQ/TU về phát triển cây thuốc lá. "
        "Để thực hiện Nghị quyết trên, UBND tỉnh đã ban hành Kế hoạch số 93/KH-UBND."
    )
    assert ("93/KH-UBND", "07-NQ/TU") in relations(gold, "IMPLEMENTS")


# --- the document the text is, and a document named twice -----------------------------------------------------


HEADER_RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH YÊN BÁI
Số: 18/NQ-HĐND
Yên Bái, ngày 10 tháng 7 năm 2024
NGHỊ QUYẾT
VỀ CHÍNH SÁCH HỖ TRỢ PHÁT TRIỂN CÂY QUẾ TRÊN ĐỊA BÀN TỈNH GIAI ĐOẠN 2024 - 2030
HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Xét Tờ trình số 77/TTr-UBND ngày 20 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh về việc ban hành Nghị quyết về \
chính sách hỗ trợ phát triển cây quế trên địa bàn tỉnh giai đoạn 2024 - 2030; ý kiến của đại biểu tại kỳ họp.
QUYẾT NGHỊ:
Điều 1. Ban hành chính sách hỗ trợ.
"""


def test_the_resolution_a_submission_asks_for_is_the_text_itself() -> None:
    gold = run(HEADER_RESOLUTION)
    assert [k for k in keys(gold) if k.startswith("Nghị quyết")] == []
    assert all(t != "18/NQ-HĐND" and not t.startswith("Nghị quyết") for _, t in relations(gold, "CITES"))


def test_a_description_that_holds_a_symbol_is_that_document() -> None:
    gold = run(
        "Căn cứ Luật Tổ chức chính quyền địa phương;\nXét Tờ trình số 15/TTr-UBND của UBND tỉnh; Báo cáo thẩm "
        "tra số 211/BC-HĐND ngày 02 tháng 12 năm 2023 của Ban Kinh tế\n- Ngân sách Hội đồng nhân dân tỉnh."
    )
    assert [k for k in keys(gold) if "211" in k] == ["211/BC-HĐND"]


def test_a_header_flattened_to_one_line_still_makes_the_text_its_document() -> None:
    gold = run(
        "TỈNH ỦY ĐIỆN BIÊN * Số 88-BC/TU ĐẢNG CỘNG SẢN VIỆT NAM Điện Biên, ngày 3 tháng 5 năm 2022 BÁO CÁO "
        "Sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch."
    )
    cited = {t for _, t in relations(gold, "CITES")}
    assert "12-NQ/TU" in cited
    assert "88-BC/TU" not in cited


def test_a_headline_that_names_a_numbered_plan_by_its_topic_is_that_plan() -> None:
    gold = run(
        "Kế hoạch tổ chức Ngày hội đọc sách năm 2023\n\nUBND tỉnh Bắc Kạn vừa ban hành Kế hoạch số 71/KH-UBND về "
        "việc tổ chức Ngày hội đọc sách Việt Nam năm 2023 trên địa bàn tỉnh."
    )
    assert keys(gold) == ["71/KH-UBND"]


def test_reporting_to_a_body_is_not_a_report() -> None:
    gold = run(
        "Các sở, ngành triển khai giao chỉ tiêu cho các đơn vị; báo cáo về Ủy ban nhân dân tỉnh, Sở Tài chính "
        "trước ngày 31/01/2026."
    )
    assert keys(gold) == []


def test_a_plan_carried_out_on_the_local_ground_implements_the_plan_it_rests_on() -> None:
    gold = run(
        "Căn cứ Kế hoạch số 140/KH-UBND của UBND tỉnh, UBND huyện Mù Cang Chải đã ban hành Kế hoạch số 33/KH-UBND "
        "triển khai trên địa bàn huyện."
    )
    assert ("33/KH-UBND", "140/KH-UBND") in relations(gold, "IMPLEMENTS")


def test_a_body_issuing_its_document_after_a_semicolon_serves_the_same_purpose() -> None:
    gold = run(
        "Thực hiện Chỉ thị số 45-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy Tam Đường ban hành Kế hoạch số "
        "70-KH/HU; Đảng ủy xã Bản Bo ban hành Kế hoạch số 03-KH/ĐU."
    )
    assert {("70-KH/HU", "45-CT/TW"), ("03-KH/ĐU", "45-CT/TW")} <= relations(gold, "IMPLEMENTS")


def test_a_programme_issued_to_bring_a_resolution_into_life_implements_it() -> None:
    gold = run(
        "Để Nghị quyết số 06-NQ/TW sớm đi vào cuộc sống, Ban Thường vụ Thành ủy Phúc Yên đã ban hành Chương trình "
        "hành động số 11-CTr/TU."
    )
    assert ("11-CTr/TU", "06-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_plan_for_another_place_is_not_carried_out_by_a_report() -> None:
    gold = run(
        "Căn cứ Kế hoạch số 140/KH-UBND của UBND tỉnh, Phòng Nội vụ đã có Báo cáo số 21/BC-PNV gửi về UBND huyện."
    )
    assert relations(gold, "IMPLEMENTS") == set()


def test_a_further_document_with_a_purpose_of_its_own_carries_out_that() -> None:
    gold = run(
        "Để triển khai Nghị quyết số 57-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình hành động số "
        "30-CTr/TU; UBND tỉnh ban hành Kế hoạch số 99/KH-UBND triển khai thực hiện Chương trình hành động này."
    )
    found = relations(gold, "IMPLEMENTS")
    assert ("30-CTr/TU", "57-NQ/TW") in found
    assert ("99/KH-UBND", "57-NQ/TW") not in found


def test_a_law_made_concrete_on_the_local_ground_ends_before_the_ground() -> None:
    gold = run(
        "Nghị quyết số 22/2024/NQ-HĐND được HĐND tỉnh ban hành nhằm cụ thể hóa Luật Đất đai năm 2024 trên địa bàn "
        "tỉnh Tuyên Quang."
    )
    assert "Luật Đất đai năm 2024" in keys(gold)
    assert ("22/2024/NQ-HĐND", "Luật Đất đai năm 2024") in relations(gold, "IMPLEMENTS")


def test_counted_plans_are_no_one_document_and_the_one_named_among_them_implements_their_target() -> None:
    gold = run(
        "Đến nay, các huyện đã ban hành 7 kế hoạch thực hiện Nghị quyết số 21-NQ/TU, trong đó huyện Sìn Hồ ban hành "
        "Kế hoạch số 31-KH/HU ngày 4/4/2023."
    )
    assert keys(gold) == ["21-NQ/TU", "31-KH/HU"]
    assert relations(gold, "IMPLEMENTS") == {("31-KH/HU", "21-NQ/TU")}


def test_a_resolution_made_concrete_by_another_is_implemented_by_it() -> None:
    gold = run(
        "Tỉnh ủy Lai Châu đã cụ thể hóa Nghị quyết số 11-NQ/TW của Bộ Chính trị bằng Nghị quyết chuyên đề số "
        "04-NQ/TU về phát triển vùng chè."
    )
    assert ("04-NQ/TU", "11-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_means_without_a_cue_is_no_implementation() -> None:
    gold = run("Tỉnh ủy đánh giá Nghị quyết số 11-NQ/TW bằng Báo cáo số 102-BC/TU gửi Bộ Chính trị.")
    assert relations(gold, "IMPLEMENTS") == set()


def test_a_programme_named_by_description_that_a_resolution_issues_implements_it() -> None:
    gold = run(
        "Căn cứ Nghị quyết số 33/NQ-CP ngày 2/3/2023 của Chính phủ ban hành Chương trình hành động của Chính phủ "
        "thực hiện Nghị quyết số 29-NQ/TW của Ban Chấp hành Trung ương;"
    )
    programme = "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW"
    found = {(s[: len(programme)], t) for s, t in relations(gold, "IMPLEMENTS")}
    assert {(programme, "33/NQ-CP"), (programme, "29-NQ/TW")} <= found


def test_a_plan_that_is_a_resolutions_topic_or_a_target_handed_out_is_no_document() -> None:
    gold = run(
        "HĐND tỉnh thông qua Nghị quyết số 45/NQ-HĐND về kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030. "
        "Căn cứ Nghị quyết số 50/NQ-HĐND ngày 9/12/2025 của Hội đồng nhân dân tỉnh về kế hoạch tài chính 5 năm. "
        "UBND tỉnh giao kế hoạch phát triển kinh tế - xã hội năm 2026 cho các sở, ngành."
    )
    assert keys(gold) == ["45/NQ-HĐND", "50/NQ-HĐND"]


def test_a_law_title_with_a_compound_word_is_read_whole() -> None:
    gold = run(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật phòng, chống nhiễm vi rút gây "
        "ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006;"
    )
    assert any(k.startswith("Luật phòng, chống nhiễm vi rút") for k in keys(gold))


def test_a_congress_resolution_numbered_in_arabic_is_named() -> None:
    gold = run(
        "Đại hội nhằm kiểm điểm, đánh giá việc thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 14, nhiệm "
        "kỳ 2020-2025 và xác định mục tiêu nhiệm kỳ mới."
    )
    assert any(k.startswith("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ 14") for k in keys(gold))


def test_a_congress_resolution_in_arabic_and_in_roman_is_one_document() -> None:
    gold = run(
        "Tỉnh ủy quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV. Sau 5 năm thực hiện Nghị quyết Đại "
        "hội đại biểu Đảng bộ tỉnh lần thứ 14, kinh tế tăng trưởng khá."
    )
    assert len([k for k in keys(gold) if k.startswith("Nghị quyết Đại hội")]) == 1


def test_a_thematic_resolution_issued_to_make_a_congress_resolution_concrete_implements_it() -> None:
    gold = run(
        "Đảng ủy xã Tả Van ban hành Nghị quyết chuyên đề về phát triển du lịch cộng đồng giai đoạn 2025 - 2030 để "
        "cụ thể hóa Nghị quyết Đại hội Đảng bộ xã lần thứ XXV."
    )
    topic = "Nghị quyết chuyên đề về phát triển du lịch cộng đồng giai đoạn 2025 - 2030"
    assert topic in keys(gold)
    assert (topic, "Nghị quyết Đại hội Đảng bộ xã lần thứ XXV") in relations(gold, "IMPLEMENTS")


def test_a_plan_carrying_out_a_programme_on_the_local_ground_does_not_carry_out_the_document_before() -> None:
    gold = run(
        "Căn cứ Quyết định số 90/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch số 12/KH-UBND triển "
        "khai trên địa bàn tỉnh Chương trình mục tiêu quốc gia giảm nghèo bền vững."
    )
    assert ("12/KH-UBND", "90/QĐ-TTg") not in relations(gold, "IMPLEMENTS")


def test_a_purpose_standing_as_its_own_sentence_is_served_by_the_document_issued_next() -> None:
    gold = run(
        "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ. Ban Thường vụ "
        "Tỉnh ủy Cao Bằng đã ban hành Kế hoạch số 210-KH/TU ngày 5/2/2025."
    )
    assert ("210-KH/TU", "57-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_purpose_with_a_main_clause_of_its_own_is_not_served_by_the_next_sentence() -> None:
    gold = run(
        "Thực hiện Nghị quyết số 57-NQ/TW, tỉnh đã có 12 mô hình chuyển đổi số. UBND tỉnh ban hành Kế hoạch số "
        "30/KH-UBND về phòng, chống thiên tai."
    )
    assert relations(gold, "IMPLEMENTS") == set()


HEADER_DECISION = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
Số: 1402/QĐ-UBND
Lạng Sơn, ngày 2 tháng 8 năm 2024
QUYẾT ĐỊNH
BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH LẠNG SƠN
ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý cụm công nghiệp trên địa bàn tỉnh Lạng Sơn.
"""


def test_the_regulation_a_decision_issues_is_not_the_decision() -> None:
    gold = run(HEADER_DECISION)
    assert any(k.startswith("Quy định về quản lý cụm công nghiệp") for k in keys(gold))


def test_cues_listed_or_followed_by_theo_open_a_purpose_too() -> None:
    gold = run(
        "Quán triệt, triển khai Nghị quyết số 66-NQ/TW của Bộ Chính trị, Ban Thường vụ Huyện ủy Bảo Yên đã ban "
        "hành Kế hoạch số 81-KH/HU. Thực hiện theo Kế hoạch số 30-KH/TU của Tỉnh ủy, Đảng ủy xã Phong Niên ban hành "
        "Kế hoạch số 07-KH/ĐU."
    )
    assert {("81-KH/HU", "66-NQ/TW"), ("07-KH/ĐU", "30-KH/TU")} <= relations(gold, "IMPLEMENTS")


def test_a_description_runs_on_inside_its_quoted_name() -> None:
    gold = run(
        "Căn cứ Quyết định số 712/QĐ-TTg của Thủ tướng Chính phủ về việc ban hành Kế hoạch tổ chức thực hiện Phong "
        "trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025;"
    )
    plan = "Kế hoạch tổ chức thực hiện Phong trào thi đua “Chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”"
    assert any(k.startswith(plan) for k in keys(gold))


HEADER_PLAN_FOR_A_PROJECT = """ỦY BAN NHÂN DÂN
HUYỆN MƯỜNG LA
Số: 140/KH-UBND
Mường La, ngày 12 tháng 4 năm 2024
KẾ HOẠCH
Triển khai thực hiện Đề án phát triển du lịch lòng hồ thủy điện huyện Mường La giai đoạn 2024 - 2030
Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;
Thực hiện Nghị quyết số 05-NQ/HU ngày 2/2/2024 của Ban Chấp hành Đảng bộ huyện;
UBND huyện ban hành Kế hoạch triển khai thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_a_plan_whose_title_carries_out_a_project_implements_it() -> None:
    found = relations(run(HEADER_PLAN_FOR_A_PROJECT), "IMPLEMENTS")
    project = "Đề án phát triển du lịch lòng hồ thủy điện huyện Mường La giai đoạn 2024 - 2030"
    assert {("140/KH-UBND", project), ("140/KH-UBND", "05-NQ/HU")} <= found


def test_a_decision_that_issues_a_plan_does_not_itself_carry_out_the_plans_project() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 1528/QĐ-UBND\nYên Bái, ngày 29 tháng 4 năm 2021\nQUYẾT ĐỊNH\nBAN HÀNH KẾ "
        "HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG TÁC XÃ HỘI\nCăn cứ Công văn số 555/LĐTBXH-BTXH ngày 3/3/2021 "
        "của Bộ Lao động - Thương binh và Xã hội về việc\ntriển khai Chương trình phát triển công tác xã hội giai "
        "đoạn 2021 - 2030;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình "
        "phát triển công tác xã hội.\n"
    )
    assert not any(s == "1528/QĐ-UBND" and t.startswith("Chương trình") for s, t in relations(gold, "IMPLEMENTS"))


def test_a_capitalised_plan_as_a_numbered_resolutions_topic_is_no_document() -> None:
    gold = run(
        "Căn cứ Nghị quyết số 61/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh Sơn La về Kế hoạch "
        "đầu tư công trung hạn giai đoạn 2026 - 2030;"
    )
    assert keys(gold) == ["61/NQ-HĐND"]


def test_a_short_number_is_pinned_by_the_issuer_that_has_it() -> None:
    gold = run(
        "Trả lời chất vấn, Giám đốc Sở cho biết Tỉnh ủy đã có Chương trình hành động số 21 về thực hiện Nghị quyết "
        "số 19 của Bộ Chính trị về phát triển nông nghiệp."
    )
    assert ("21-CTr/TU", "19-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_congress_resolution_in_apposition_to_its_number_is_that_document() -> None:
    gold = run(
        "Căn cứ Nghị quyết số 01-NQ/ĐH ngày 20 tháng 9 năm 2025 Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Điện Biên "
        "lần thứ XV, nhiệm kỳ 2025 - 2030;"
    )
    assert keys(gold) == ["01-NQ/ĐH"]
