"""IMPLEMENTS, CITES and the documents they name, in the shapes the plans, programmes and news of the north-west, the
north-central provinces and the cities take: two plans of two issuers issued in one sentence before one cue, a scheme
named back ("Đề án nêu trên"), a programme or plan under an unnumbered heading whose cue is on the next line.

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def implements(text: str) -> set[tuple[str, str]]:
    return relations(run(text), "IMPLEMENTS")


# --- two issuers, each issuing a plan, one cue after the last -------------------------------------------------------


def test_two_plans_of_two_issuers_in_one_sentence_both_carry_out_the_cue_after_the_last() -> None:
    found = implements(
        "Ban Thường vụ Tỉnh ủy Lai Châu ban hành Kế hoạch số 41-KH/TU, UBND tỉnh ban hành Kế hoạch số 97/KH-UBND "
        "thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị."
    )
    assert ("41-KH/TU", "66-NQ/TW") in found
    assert ("97/KH-UBND", "66-NQ/TW") in found


def test_two_plans_issued_in_clauses_over_a_semicolon_with_their_dates() -> None:
    found = implements(
        "Tỉnh ủy đã ban hành Chương trình hành động số 12-CTr/TU ngày 3/3/2025; UBND tỉnh đã ban hành Kế hoạch số "
        "210/KH-UBND ngày 9/3/2025 để triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị."
    )
    assert ("12-CTr/TU", "57-NQ/TW") in found
    assert ("210/KH-UBND", "57-NQ/TW") in found


def test_two_plans_issued_in_clauses_joined_by_và() -> None:
    found = implements(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 41-KH/TU ngày 2/3/2025 và UBND tỉnh ban hành Kế hoạch số "
        "97/KH-UBND ngày 5/3/2025 thực hiện Nghị quyết số 57-NQ/TW."
    )
    assert {("41-KH/TU", "57-NQ/TW"), ("97/KH-UBND", "57-NQ/TW")} <= found


def test_a_resolution_issued_in_the_clause_before_is_the_target_not_a_second_plan() -> None:
    found = implements(
        "Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW, UBND tỉnh ban hành Kế hoạch số 33/KH-UBND thực hiện Nghị quyết "
        "số 68-NQ/TW."
    )
    assert found == {("33/KH-UBND", "68-NQ/TW")}


def test_a_plan_the_clause_before_carries_out_is_not_a_second_plan_of_the_cue() -> None:
    found = implements(
        "Thực hiện Kế hoạch số 20-KH/TU, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND triển khai Nghị quyết số 59-NQ/TW."
    )
    assert ("20-KH/TU", "59-NQ/TW") not in found


# --- a scheme or resolution named back ------------------------------------------------------------------------------


def test_a_scheme_named_back_nêu_trên_is_the_scheme_named_before() -> None:
    gold = run(
        "Thủ tướng Chính phủ phê duyệt Đề án phát triển du lịch cộng đồng vùng Tây Bắc tại Quyết định số 456/QĐ-TTg. "
        "Để triển khai Đề án nêu trên, UBND tỉnh Sơn La ban hành Kế hoạch số 77/KH-UBND ngày 3/4/2024."
    )
    assert ("77/KH-UBND", "Đề án phát triển du lịch cộng đồng vùng Tây Bắc") in relations(gold, "IMPLEMENTS")
    assert not any("nêu trên" in p["name"] for p in gold["projects"])


def test_a_resolution_named_back_nói_trên_after_a_sentence_opening_cue() -> None:
    found = implements(
        "Ngày 4/5/2025, Bộ Chính trị ban hành Nghị quyết số 68-NQ/TW về phát triển kinh tế tư nhân. Thực hiện Nghị "
        "quyết nói trên, Ban Thường vụ Tỉnh ủy Phú Thọ ban hành Kế hoạch số 115-KH/TU ngày 20/5/2025."
    )
    assert ("115-KH/TU", "68-NQ/TW") in found


# --- an unnumbered plan or programme under its heading, the cue on the next line -------------------------------------


def test_an_unnumbered_plan_under_its_heading_is_the_text_and_carries_out_its_title() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN\nKẾ HOẠCH\ntriển khai thực hiện Nghị quyết số 59-NQ/TW ngày 24/1/2025 của "
        "Bộ Chính trị về hội nhập quốc tế\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt đầy đủ nội dung Nghị quyết."
    )
    plans = [r["key"] for r in gold["resolutions"] if r["kind"] == "KH"]
    assert plans == ["Kế hoạch triển khai thực hiện Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị về hội nhập "
                     "quốc tế"]  # fmt: skip
    assert (plans[0], "59-NQ/TW") in relations(gold, "IMPLEMENTS")
    assert (("doc", plans[0])) not in relations(gold, "CITES")


def test_an_unnumbered_programme_heading_in_a_news_text_is_a_project_carrying_out_its_title() -> None:
    gold = run(
        "Báo Lai Châu trân trọng giới thiệu toàn văn Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh.\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh "
        "tế tư nhân\nI. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa các nhiệm vụ của Nghị quyết."
    )
    programmes = [p["name"] for p in gold["projects"] if p["name"].startswith("Chương trình hành động")]
    assert programmes == [
        "Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế "
        "tư nhân"
    ]
    assert (programmes[0], "68-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_programme_heading_with_its_issuer_line_in_capitals_before_the_cue_line() -> None:
    gold = run(
        "ĐẢNG BỘ TỈNH SƠN LA\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nthực hiện Kết luận số "
        "126-KL/TW của Bộ Chính trị, Ban Bí thư\nI. MỤC TIÊU\n1. Sắp xếp tinh gọn bộ máy."
    )
    assert ("Chương trình hành động thực hiện Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư", "126-KL/TW") in (
        relations(gold, "IMPLEMENTS")
    )


def test_a_kind_heading_over_a_title_that_names_no_cue_is_not_read_as_a_plan() -> None:
    gold = run("UBND TỈNH HÀ TĨNH\nKẾ HOẠCH\nPhòng, chống thiên tai năm 2025\nI. MỤC ĐÍCH\n1. Chủ động ứng phó.")
    assert [r["key"] for r in gold["resolutions"] if r["kind"] == "KH"] == []


# --- described documents ---------------------------------------------------------------------------------------------


def test_a_description_in_a_headline_stops_before_the_table_of_the_next_line() -> None:
    gold = run(
        "Quyết định 12/QĐ-UBND thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2026 do tỉnh Lai Châu ban hành\n"
        "| Số hiệu | 12/QĐ-UBND |\n| Ngày ban hành | 02/01/2026 |\n"
    )
    plans = [r["key"] for r in gold["resolutions"] if r["kind"] == "KH"]
    assert plans and not any("Số hiệu" in k for k in plans)


def test_a_congress_report_described_three_times_ends_at_its_term_and_is_one_document() -> None:
    gold = run(
        "Thực hiện Kế hoạch số 150-KH/TU về lấy ý kiến góp ý dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ I, nhiệm kỳ 2025-2030, Báo Lào Cai đăng toàn văn dự thảo Báo cáo chính trị trình Đại hội đại "
        "biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030 và gợi ý nội dung góp ý trên báo điện tử."
    )
    reports = [r["key"] for r in gold["resolutions"] if r["kind"] == "BC"]
    assert reports == ["Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030"]


# --- a document named back by its bare kind word after the tasks it sets ----------------------------------------------


def test_the_tasks_of_a_bare_resolution_after_a_cue_are_those_of_the_one_named_before() -> None:
    found = implements(
        "Ngày 30/4/2025, Bộ Chính trị ban hành Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng pháp luật. Ban "
        "Thường vụ Tỉnh ủy Thanh Hóa ban hành Chương trình hành động số 31-CTr/TU để cụ thể hóa các mục tiêu, nhiệm "
        "vụ và giải pháp của Nghị quyết."
    )
    assert ("31-CTr/TU", "66-NQ/TW") in found


def test_a_bare_kind_word_after_tasks_with_nothing_of_that_kind_before_names_nothing() -> None:
    gold = run("Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU để thực hiện các nhiệm vụ, giải pháp của Chỉ thị.")
    assert relations(gold, "IMPLEMENTS") == set()


# --- the plans of several bodies ------------------------------------------------------------------------------------


def test_two_bodies_issuing_plans_to_carry_out_one_resolution_issue_one_plan_each() -> None:
    found = implements(
        "Ban Thường vụ Tỉnh ủy và UBND tỉnh Tuyên Quang đã ban hành các kế hoạch thực hiện Nghị quyết số 68-NQ/TW của "
        "Bộ Chính trị."
    )
    sources = {s for s, t in found if t == "68-NQ/TW"}
    assert len(sources) == 2 and all(s.startswith("Kế hoạch của ") for s in sources)


def test_the_plans_of_two_bodies_each_with_its_own_của_are_two_plans() -> None:
    found = implements(
        "Các kế hoạch của Ban Thường vụ Tỉnh ủy và của UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW đã được ban hành."
    )
    assert len({s for s, t in found if t == "57-NQ/TW"}) == 2


def test_a_resolution_concretised_by_two_bodies_in_parallel_clauses_has_both_plans() -> None:
    found = implements(
        "Nghị quyết số 59-NQ/TW được Tỉnh ủy cụ thể hóa bằng Kế hoạch số 20-KH/TU, UBND tỉnh cụ thể hóa bằng Kế hoạch "
        "số 30/KH-UBND."
    )
    assert found == {("20-KH/TU", "59-NQ/TW"), ("30/KH-UBND", "59-NQ/TW")}


def test_a_plan_carries_out_a_notice_of_conclusions_named_after_a_sentence_opening_cue() -> None:
    found = implements(
        "Thực hiện Thông báo kết luận số 45-TB/TU của Ban Thường vụ Tỉnh ủy, UBND tỉnh đã ban hành Kế hoạch số "
        "70/KH-UBND ngày 1/4/2025."
    )
    assert ("70/KH-UBND", "45-TB/TU") in found


def test_a_programme_named_by_its_issuer_listed_before_a_plan_shares_the_plans_cue() -> None:
    gold = run(
        "Tỉnh đã ban hành Chương trình hành động của Ban Thường vụ Tỉnh ủy và Kế hoạch của UBND tỉnh thực hiện Nghị "
        "quyết số 57-NQ/TW của Bộ Chính trị."
    )
    assert ("Chương trình hành động của Ban Thường vụ Tỉnh ủy", "57-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_programme_listed_after_a_cue_before_a_plan_is_not_its_cue_source() -> None:
    gold = run(
        "Tỉnh tiếp tục triển khai Chương trình hành động của Ban Thường vụ Tỉnh ủy và Kế hoạch số 14/KH-UBND thực hiện "
        "Nghị quyết số 57-NQ/TW."
    )
    assert ("Chương trình hành động của Ban Thường vụ Tỉnh ủy", "57-NQ/TW") not in relations(gold, "IMPLEMENTS")


def test_a_preamble_line_under_a_programme_heading_is_no_title() -> None:
    gold = run(
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nThực hiện Nghị quyết Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ I, nhiệm kỳ 2025 - 2030, Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động, cụ thể như "
        "sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa Nghị quyết."
    )
    assert not any("như sau" in p["name"] for p in gold["projects"])


def test_a_programme_heading_under_a_headline_naming_it_by_its_first_words_is_that_project() -> None:
    gold = run(
        "Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW\nTỉnh ủy Hà Tĩnh ban hành Chương trình hành động. Báo "
        "Hà Tĩnh giới thiệu toàn văn.\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ "
        "Chính trị\nI. MỤC ĐÍCH, YÊU CẦU\n1. Quán triệt Nghị quyết."
    )
    programmes = [p["name"] for p in gold["projects"] if p["name"].startswith("Chương trình hành động thực hiện")]
    assert programmes == ["Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW"]
    assert ("Chương trình hành động thực hiện Nghị quyết số 66-NQ/TW", "66-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_an_action_plan_heading_over_a_capitalised_cue_line_in_a_draft_with_no_number() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố:      /KH-UBND\nDự thảo\nKẾ HOẠCH HÀNH ĐỘNG\nThực hiện Nghị quyết số "
        "12/NQ-CP ngày 5/2/2024 của Chính phủ\nCăn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng "
        "Chính phủ\nvề việc ban hành Chương trình hành động thực hiện Nghị quyết số 52-NQ/TW;\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Triển khai."
    )
    plans = [r["key"] for r in gold["resolutions"] if r["kind"] == "KH"]
    assert len(plans) == 1 and plans[0].startswith("Kế hoạch hành động thực hiện Nghị quyết số 12/NQ-CP")
    found = relations(gold, "IMPLEMENTS")
    assert (plans[0], "12/NQ-CP") in found
    assert (plans[0], "52-NQ/TW") not in found  # the programme a basis line's decision issued carries that out
