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
