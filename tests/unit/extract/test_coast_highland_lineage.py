"""IMPLEMENTS on the shapes of real plan, programme and news texts of the south-central coast, the Central
Highlands and the Mekong delta: a resolution "về ban hành" a programme, a resolution "về việc triển khai" another,
one programme named twice. Sentences written for these tests, in the shape of the texts read."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def test_a_programme_a_government_resolution_is_about_issuing_implements_that_resolution() -> None:
    gold = run(
        "Trong năm, các nghị quyết của Chính phủ được quán triệt sâu rộng: Nghị quyết số 88/NQ-CP ngày 02/6/2023 "
        "của Chính phủ về ban hành Chương trình hành động thực hiện Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ "
        "Chính trị về vùng Bắc Trung Bộ."
    )
    found = relations(gold, "IMPLEMENTS")
    programme = "Chương trình hành động thực hiện Nghị quyết số 26-NQ/TW"
    assert any(s.startswith(programme) and t == "88/NQ-CP" for s, t in found)
    assert any(s.startswith(programme) and t == "26-NQ/TW" for s, t in found)
    assert not any(s == "88/NQ-CP" for s, _ in found)


def test_a_resolution_about_deploying_another_implements_it() -> None:
    gold = run(
        "Căn cứ Nghị quyết số 14/NQ-CP ngày 03/3/2021 của Chính phủ về việc triển khai Nghị quyết số 120/2020/QH14 "
        "của Quốc hội về chương trình phát triển vùng núi;"
    )
    assert ("14/NQ-CP", "120/2020/QH14") in relations(gold, "IMPLEMENTS")


def test_a_resolution_about_enforcing_a_law_implements_it() -> None:
    gold = run("Căn cứ Nghị quyết số 21/NQ-CP ngày 05/02/2019 của Chính phủ về triển khai thi hành Luật Thủy sản;")
    assert ("21/NQ-CP", "Luật Thủy sản") in relations(gold, "IMPLEMENTS")


def test_one_programme_named_in_the_headline_and_again_in_the_body_is_one_project() -> None:
    gold = run(
        "Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW\n"
        "Ngày 10/3, Ban Thường vụ Tỉnh ủy Phú Yên ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW "
        "ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ."
    )
    sources = {s for s, t in relations(gold, "IMPLEMENTS") if t == "57-NQ/TW"}
    assert len(sources) == 1
    programmes = [p["name"] for p in gold["projects"] if p["name"].startswith("Chương trình hành động")]
    assert len(programmes) == 1


def test_a_programme_restated_with_its_term_and_then_bare_is_one_project() -> None:
    gold = run(
        "Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh Bình Định thực hiện Nghị quyết Đại hội đại biểu Đảng "
        "bộ tỉnh lần thứ XXI, nhiệm kỳ 2020 - 2025\n"
        "Đại hội đã thông qua Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 thực hiện "
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI.\n"
        "Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI, Ban Chấp hành Đảng bộ tỉnh xây dựng "
        "Chương trình hành động, cụ thể như sau:"
    )
    sources = {s for s, _ in relations(gold, "IMPLEMENTS")}
    assert len(sources) == 1


def test_two_bodies_programmes_for_one_resolution_stay_two() -> None:
    gold = run(
        "Tỉnh ủy đã ban hành Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW; UBND tỉnh ban hành "
        "Chương trình hành động của UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW."
    )
    sources = {s for s, t in relations(gold, "IMPLEMENTS") if t == "57-NQ/TW"}
    assert len(sources) == 2


PLAN_HEADER = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN
Số: 45/KH-UBND
Phú Yên, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
THỰC HIỆN CHUYỂN ĐỔI SỐ NĂM 2025
I. MỤC ĐÍCH, YÊU CẦU
"""


def test_a_plan_named_back_to_give_form_to_and_carry_out_two_resolutions_implements_both() -> None:
    gold = run(
        PLAN_HEADER + "1. Kế hoạch nhằm cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết số 57-NQ/TW của Bộ Chính "
        "trị, Nghị quyết số 03/NQ-CP của Chính phủ."
    )
    found = relations(gold, "IMPLEMENTS")
    assert {("45/KH-UBND", "57-NQ/TW"), ("45/KH-UBND", "03/NQ-CP")} <= found


def test_a_programme_named_back_carries_out_the_national_congress_resolution_too() -> None:
    gold = run(
        "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII\n"
        "Tỉnh ủy ban hành Chương trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII.\n"
        "1. Chương trình hành động nhằm cụ thể hóa và tổ chức thực hiện hiệu quả Nghị quyết Đại hội đại biểu toàn "
        "quốc lần thứ XIII của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII."
    )
    programme = "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII"
    assert (programme, "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng") in relations(gold, "IMPLEMENTS")


def test_a_document_listed_after_the_short_name_given_in_brackets_is_carried_out_too() -> None:
    gold = run(
        "Thực hiện Kế hoạch số 33-KH/TU ngày 05/12/2022 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Nghị quyết "
        "số 19-NQ/TW ngày 16/6/2022 (sau đây gọi tắt là Nghị quyết số 19-NQ/TW) và Kế hoạch số 12-KH/TW ngày "
        "23/8/2022 của Bộ Chính trị về nông nghiệp, UBND tỉnh xây dựng Kế hoạch."
    )
    assert {("33-KH/TU", "19-NQ/TW"), ("33-KH/TU", "12-KH/TW")} <= relations(gold, "IMPLEMENTS")


def test_a_plan_issued_to_lead_and_direct_the_carrying_out_implements_the_document_named_before() -> None:
    gold = run(
        "Ngay sau khi Bộ Chính trị ban hành Kết luận số 91-KL/TW, Tỉnh ủy Gia Lai đã kịp thời ban hành Kế hoạch số "
        "212-KH/TU để lãnh đạo, chỉ đạo thực hiện."
    )
    assert ("212-KH/TU", "91-KL/TW") in relations(gold, "IMPLEMENTS")


def test_a_plan_issued_to_carry_out_across_the_party_organisation_implements_the_document_named_before() -> None:
    gold = run(
        "Sau khi Trung ương ban hành Chỉ thị số 35-CT/TW, Ban Thường vụ Tỉnh ủy An Giang đã ban hành Kế hoạch số "
        "151-KH/TU để triển khai thực hiện trong toàn Đảng bộ tỉnh."
    )
    assert ("151-KH/TU", "35-CT/TW") in relations(gold, "IMPLEMENTS")


def test_a_decision_of_a_named_province_issuing_a_plan_is_carried_out_by_the_plan() -> None:
    gold = run(
        "Quyết định số 1500/QĐ-UBND ngày 10/7/2024 của UBND tỉnh Bình Thuận ban hành Kế hoạch thực hiện Chỉ thị số "
        "05-CT/TTg của Thủ tướng Chính phủ."
    )
    assert ("Kế hoạch thực hiện Chỉ thị số 05-CT/TTg", "1500/QĐ-UBND") in relations(gold, "IMPLEMENTS")


def test_a_resolution_given_form_by_a_plan_in_the_passive_is_carried_out_by_the_plan() -> None:
    gold = run(
        "Nghị quyết số 09-NQ/TU của Tỉnh ủy về phát triển cây cà phê đã được UBND tỉnh cụ thể hóa bằng Kế hoạch số "
        "50/KH-UBND."
    )
    found = relations(gold, "IMPLEMENTS")
    assert ("50/KH-UBND", "09-NQ/TU") in found
    assert ("09-NQ/TU", "50/KH-UBND") not in found


PROGRAMME_HEADER = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
Số: 02/CTr-UBND
Sóc Trăng, ngày 20 tháng 01 năm 2024
CHƯƠNG TRÌNH HÀNH ĐỘNG
THỰC HIỆN NGHỊ QUYẾT CỦA CHÍNH PHỦ, TỈNH ỦY VỀ NHIỆM VỤ NĂM 2024; VỀ CẢI THIỆN MÔI TRƯỜNG KINH DOANH NĂM 2024
"""


def test_a_title_in_capitals_does_not_run_on_into_the_first_paragraph() -> None:
    gold = run(
        PROGRAMME_HEADER + "Năm 2023 là năm có ý nghĩa quan trọng, tạo nền tảng thực hiện mục tiêu Nghị quyết Đại hội "
        "đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025 và Kế hoạch phát triển kinh tế - xã hội 5 năm "
        "2021 - 2025.\n"
    )
    found = relations(gold, "IMPLEMENTS")
    assert not any(t.startswith(("Nghị quyết Đại hội", "Kế hoạch phát triển")) for s, t in found if s == "02/CTr-UBND")


def test_a_body_given_tasks_after_naming_its_basis_does_not_make_that_basis_carry_out_the_tasks() -> None:
    gold = run(
        PLAN_HEADER + "II. NHIỆM VỤ\n3. Các sở, ngành căn cứ Kế hoạch này và Chương trình hành động số 20-CTr/TU của "
        "Tỉnh ủy, triển khai nhiệm vụ được giao tại Nghị quyết số 03/NQ-CP."
    )
    assert ("20-CTr/TU", "03/NQ-CP") not in relations(gold, "IMPLEMENTS")


def test_a_plan_that_carries_out_the_tasks_given_in_a_resolution_implements_it() -> None:
    gold = run(
        "Sở Công Thương ban hành Kế hoạch số 12/KH-SCT triển khai nhiệm vụ được giao tại Nghị quyết số 71/NQ-CP."
    )
    assert ("12/KH-SCT", "71/NQ-CP") in relations(gold, "IMPLEMENTS")


def test_two_years_programmes_for_one_resolution_stay_two() -> None:
    gold = run(
        "Năm trước, tỉnh thực hiện Chương trình hành động năm 2024 thực hiện Nghị quyết số 57-NQ/TW; năm nay, tỉnh "
        "ban hành Chương trình hành động năm 2025 thực hiện Nghị quyết số 57-NQ/TW."
    )
    sources = {s for s, t in relations(gold, "IMPLEMENTS") if t == "57-NQ/TW"}
    assert len(sources) == 2


def test_a_report_about_deploying_a_resolution_does_not_implement_it() -> None:
    gold = run(
        "Báo cáo số 45/BC-UBND ngày 2/3/2025 của UBND tỉnh về việc triển khai Nghị quyết số 57-NQ/TW đã được gửi."
    )
    assert ("45/BC-UBND", "57-NQ/TW") not in relations(gold, "IMPLEMENTS")
