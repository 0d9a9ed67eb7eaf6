"""IMPLEMENTS and the documents it joins, read per construction (issue 10, stop 17): each test is a sentence written
for the construction, not copied from an article."""

from __future__ import annotations

from tests.unit.extract.gold_views import relations, run


def test_a_title_quoted_in_title_case_still_issues_its_programme() -> None:
    gold = run(
        "Căn cứ Nghị quyết số 45/NQ-CP ngày 3 tháng 5 năm 2023 của Chính phủ về Ban hành Chương trình hành động "
        "của Chính phủ thực hiện Nghị quyết số 19-NQ/TW ngày 16 tháng 6 năm 2022 của Ban Chấp hành Trung ương;"
    )
    programme = "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 19-NQ/TW"
    found = relations(gold, "IMPLEMENTS")
    assert {(programme, "19-NQ/TW"), (programme, "45/NQ-CP")} <= found
    assert ("45/NQ-CP", "19-NQ/TW") not in found


def test_a_decision_about_issuing_a_plan_in_title_case_is_carried_out_by_the_plan() -> None:
    gold = run(
        "Căn cứ Quyết định số 321/QĐ-TTg ngày 9 tháng 3 năm 2023 của Thủ tướng Chính phủ về việc Ban hành Kế hoạch "
        "triển khai Nghị quyết số 19-NQ/TW;"
    )
    assert ("Kế hoạch triển khai Nghị quyết số 19-NQ/TW", "321/QĐ-TTg") in relations(gold, "IMPLEMENTS")


def test_documents_listed_after_a_cue_with_written_out_dates_are_each_carried_out() -> None:
    gold = run(
        "Sở Tài chính ban hành Kế hoạch số 44/KH-STC triển khai Nghị quyết số 07/NQ-CP ngày 14 tháng 2 năm 2025 của "
        "Chính phủ và Chương trình hành động số 09-CTr/TU ngày 3 tháng 3 năm 2025 của Tỉnh ủy về thực hiện Nghị "
        "quyết số 68-NQ/TW."
    )
    found = relations(gold, "IMPLEMENTS")
    assert {("44/KH-STC", "07/NQ-CP"), ("44/KH-STC", "09-CTr/TU"), ("09-CTr/TU", "68-NQ/TW")} <= found
    assert ("44/KH-STC", "68-NQ/TW") not in found


def test_a_resolution_issued_with_its_contents_announced_is_the_texts_own_document() -> None:
    gold = run(
        "Trên cơ sở quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về phát triển khoa học, công "
        "nghệ, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết về phát triển khoa học, công nghệ của tỉnh đến năm 2030 với "
        "những nội dung chính như sau:\nI. QUAN ĐIỂM CHỈ ĐẠO\n1. Khoa học, công nghệ là động lực.\n2. Cụ thể hóa các "
        "quan điểm, mục tiêu của Nghị quyết số 57-NQ/TW phù hợp với tình hình của tỉnh."
    )
    own = "Nghị quyết về phát triển khoa học, công nghệ của tỉnh đến năm 2030"
    assert own in {r["key"] for r in gold["resolutions"]}
    assert (own, "57-NQ/TW") in relations(gold, "IMPLEMENTS")
    assert ("doc", own) not in relations(gold, "CITES")


def test_an_aim_that_makes_a_document_concrete_is_the_plans_not_a_bodys_task() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 150/KH-UBND\nHà Tĩnh, ngày 4 tháng 4 năm 2025\nKẾ HOẠCH\nPhát triển "
        "thương mại điện tử năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa nhiệm vụ, giải pháp của Chỉ thị số 20/CT-TTg "
        "phù hợp với điều kiện của tỉnh.\n2. Các sở, ngành cụ thể hóa Quyết định số 645/QĐ-TTg trong kế hoạch năm."
    )
    found = relations(run(text), "IMPLEMENTS")
    assert ("150/KH-UBND", "20/CT-TTg") in found
    assert ("150/KH-UBND", "645/QĐ-TTg") not in found


def test_a_kind_word_with_a_capitalised_second_syllable_still_names_its_document() -> None:
    gold = run(
        "Sáng 12/3, Đảng ủy Quân sự tỉnh quán triệt Nghị Quyết số 30 về Chiến lược An ninh mạng quốc gia và Chỉ Thị "
        "số 05-CT/TW của Bộ Chính trị."
    )
    keys = {r["key"] for r in gold["resolutions"]}
    assert {"30-NQ/TW", "05-CT/TW"} <= keys


def test_a_plan_a_headline_names_by_its_topic_after_a_verb_is_the_one_numbered_plan_of_the_story() -> None:
    gold = run(
        "Quán triệt Kế hoạch đẩy mạnh chuyển đổi số trong cơ quan đảng\nSáng 5/3, Đảng ủy xã tổ chức hội nghị quán "
        "triệt Kế hoạch số 07-KH/ĐU của Ban Thường vụ Đảng ủy."
    )
    assert {r["key"] for r in gold["resolutions"]} == {"07-KH/ĐU"}


def test_a_plan_a_headline_names_by_what_it_carries_out_after_a_verb_stays_apart() -> None:
    gold = run(
        "Triển khai Kế hoạch thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã\nThực hiện Kế hoạch số 12-KH/TU của "
        "Ban Thường vụ Tỉnh ủy, sáng 5/3, Đảng ủy xã tổ chức hội nghị triển khai."
    )
    assert "12-KH/TU" in {r["key"] for r in gold["resolutions"]}
    assert ("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW", "12-KH/TU") not in relations(gold, "IMPLEMENTS")


def test_a_plan_posted_with_a_blank_number_is_named_by_the_title_under_its_heading() -> None:
    gold = run(
        "UỶ BAN NHÂN DÂN\nXÃ TÂN LẬP\nSố: /KH-UBND\nTân Lập, ngày 3 tháng 3 năm 2021\nKẾ HOẠCH\nTuyên truyền phòng, "
        "chống cháy rừng trên địa bàn xã Tân Lập mùa khô năm 2021\nThực hiện Kế hoạch số 30/KH-UBND ngày 20/1/2021 "
        "của UBND huyện, UBND xã Tân Lập ban hành Kế hoạch tuyên truyền phòng, chống cháy rừng, cụ thể như sau:\n"
        "I. MỤC ĐÍCH"
    )
    own = "Kế hoạch Tuyên truyền phòng, chống cháy rừng trên địa bàn xã Tân Lập mùa khô năm 2021"
    assert own in {r["key"] for r in gold["resolutions"]}
    assert (own, "30/KH-UBND") in relations(gold, "IMPLEMENTS")


def test_the_plan_a_decisions_own_title_issues_carries_the_decision_out() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 812/QĐ-UBND\nGia Lai, ngày 9 tháng 5 năm 2025\nQUYẾT ĐỊNH\nBan hành Kế "
        "hoạch hành động của Ủy ban nhân dân tỉnh triển khai Nghị quyết số 71/NQ-CP ngày 1 tháng 4 năm 2025 của "
        "Chính phủ\nỦY BAN NHÂN DÂN TỈNH GIA LAI\nCăn cứ Luật Tổ chức chính quyền địa phương;"
    )
    plan = "Kế hoạch hành động của Ủy ban nhân dân tỉnh triển khai Nghị quyết số 71/NQ-CP"
    found = relations(gold, "IMPLEMENTS")
    assert {(plan, "812/QĐ-UBND"), (plan, "71/NQ-CP")} <= found
    assert ("812/QĐ-UBND", "71/NQ-CP") not in found


def test_a_bare_kind_word_after_a_cue_opening_the_sentence_is_the_document_named_before() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 08-CT/TU về phòng, chống thiên tai. Triển khai Chỉ thị, UBND tỉnh "
        "ban hành Kế hoạch số 51/KH-UBND."
    )
    assert ("51/KH-UBND", "08-CT/TU") in relations(gold, "IMPLEMENTS")


def test_the_aim_a_sentence_states_for_a_plan_named_back_is_carried_out_by_that_plan() -> None:
    gold = run(
        "Sở Công Thương vừa ban hành Kế hoạch số 19/KH-SCT về phát triển thương mại. Mục tiêu của kế hoạch là triển "
        "khai kịp thời, đồng bộ Nghị quyết số 68-NQ/TW và Kết luận số 123-KL/TW. Kế hoạch đề ra các nhiệm vụ để các "
        "phòng thực hiện Quyết định số 77/QĐ-TTg."
    )
    found = relations(gold, "IMPLEMENTS")
    assert {("19/KH-SCT", "68-NQ/TW"), ("19/KH-SCT", "123-KL/TW")} <= found
    assert ("19/KH-SCT", "77/QĐ-TTg") not in found
