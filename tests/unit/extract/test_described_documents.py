"""Documents named by description: where the name ends (an amending law's title listing the laws it amends, a verb
after a title), a re-mention of the amending law ("của các luật nêu trên"), a resolution told by the verb before it
("công bố Nghị quyết xác nhận ..."), the national congress's resolution by its ordinal in Arabic.

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract

pytestmark = pytest.mark.unit


def gold(text: str) -> dict[str, Any]:
    out: dict[str, Any] = extract(text, published="2025-06").to_gold()
    return out


def keys(text: str) -> list[str]:
    return [r["key"] for r in gold(text)["resolutions"]]


def test_an_amending_law_s_title_reads_over_the_list_of_laws_it_amends() -> None:
    found = keys(
        "Bộ Tư pháp trình Chính phủ dự án Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công sửa đổi, Luật Ngân "
        "sách nhà nước sửa đổi và Luật Quản lý thuế sửa đổi theo trình tự rút gọn."
    )
    assert found == [
        "Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công sửa đổi, Luật Ngân sách nhà nước sửa đổi và Luật "
        "Quản lý thuế sửa đổi",
        # each law the title names is a document the text names too, ending with the title at the latest
        "Luật Đầu tư công sửa đổi",
        "Luật Ngân sách nhà nước sửa đổi",
        "Luật Quản lý thuế sửa đổi",
    ]


def test_an_amending_law_s_list_keeps_the_symbols_of_the_laws_it_names() -> None:
    found = keys(
        "Chính phủ ban hành Nghị quyết số 91/NQ-CP về dự án xây dựng Luật sửa đổi, bổ sung một số điều của Luật "
        "Thuế số 12/2022/QH15, Luật Phí số 45/2023/QH15, trình Quốc hội xem xét tại kỳ họp."
    )
    assert "Luật sửa đổi, bổ sung một số điều của Luật Thuế số 12/2022/QH15, Luật Phí số 45/2023/QH15" in found
    assert {"12/2022/QH15", "45/2023/QH15", "91/NQ-CP"} <= set(found)


def test_the_laws_named_above_are_the_amending_law_again() -> None:
    found = keys(
        "Chính phủ thông qua dự án Luật sửa đổi, bổ sung một số điều của Luật Thuế số 12/2022/QH15, Luật Phí số "
        "45/2023/QH15, trình Quốc hội. Bộ Tài chính hoàn thiện dự án Luật sửa đổi, bổ sung một số điều của các luật "
        "nêu trên theo ý kiến của các bộ."
    )
    assert not any("nêu trên" in k for k in found)
    assert sum(k.startswith("Luật sửa đổi") for k in found) == 1


def test_an_amending_law_s_title_ends_before_the_verb_after_it() -> None:
    found = keys(
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án nhân dân đề xuất thu gọn các cấp tòa án từ ngày 1/7."
    )
    assert found == [
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án nhân dân",
        "Luật Tổ chức Tòa án nhân dân",
    ]


def test_a_resolution_announced_by_what_it_decides_is_one() -> None:
    found = keys(
        "Tại kỳ họp thứ nhất, Ủy ban bầu cử xã công bố Nghị quyết xác nhận tư cách đại biểu HĐND xã nhiệm kỳ mới và "
        "trao giấy chứng nhận cho các đại biểu."
    )
    assert any(k.startswith("Nghị quyết xác nhận tư cách đại biểu") for k in found)


def test_the_national_congress_s_resolution_by_its_arabic_ordinal() -> None:
    found = keys(
        "Đoàn kiểm tra làm việc với Ban Thường vụ Tỉnh ủy về việc học tập, quán triệt Nghị quyết Đại hội 14 trong "
        "toàn Đảng bộ."
    )
    assert "Nghị quyết Đại hội 14" in found


def test_a_second_short_number_dated_after_it_is_a_document_too() -> None:
    found = gold("Theo Nghị quyết 64 và 65 ngày 12/4, Chính phủ giao Bộ Xây dựng hoàn thiện hồ sơ.")
    assert {r["number"] for r in found["resolutions"]} == {"64", "65"}


def test_a_count_after_a_short_number_is_no_document() -> None:
    found = gold("Theo Kế hoạch 45 và 30 ngày sau đó, huyện tổ chức kiểm tra.")
    assert {r["number"] for r in found["resolutions"]} == {"45"}


def test_an_issuer_s_resolution_amending_laws_is_named_by_the_whole_list() -> None:
    found = keys(
        "Chính phủ đề xuất xây dựng Nghị quyết của Quốc hội sửa đổi Luật Đầu tư 2020, Luật Doanh nghiệp, Luật Hóa "
        "chất theo hướng rút ngắn thủ tục."
    )
    assert "Nghị quyết của Quốc hội sửa đổi Luật Đầu tư 2020, Luật Doanh nghiệp, Luật Hóa chất" in found


def test_a_report_going_to_a_named_congress_in_lower_case_is_one() -> None:
    found = keys(
        "Ban Thường vụ Huyện ủy họp góp ý dự thảo báo cáo chính trị trình Đại hội Đảng bộ huyện lần thứ XV. Các ý "
        "kiến đề nghị rút gọn phần đánh giá của Báo cáo chính trị."
    )
    assert found == ["Báo cáo chính trị trình Đại hội Đảng bộ huyện lần thứ XV"]


def test_a_bare_draft_congress_resolution_is_the_reported_congress_s() -> None:
    found = keys(
        "Tiểu ban văn kiện Đại hội Đảng bộ huyện lần thứ XV họp thống nhất nội dung dự thảo Báo cáo chính trị và dự "
        "thảo Nghị quyết đại hội trước khi gửi xin ý kiến."
    )
    assert "Nghị quyết Đại hội Đảng bộ huyện lần thứ XV" in found


def test_a_number_in_brackets_after_the_kind_word_with_its_issuer_after_them() -> None:
    found = gold(
        "Quyết định (số 845, ngày 14/7/2024) của Thủ tướng Chính phủ phê duyệt quy hoạch vùng đặt mục tiêu cao."
    )
    assert [(r["key"], r["issued_on"]) for r in found["resolutions"]] == [("845/QĐ-TTg", "2024-07-14")]


def test_a_number_in_brackets_with_no_issuer_names_no_symbol() -> None:
    assert keys("Quyết định (số 12) nêu rõ mức hỗ trợ cho hộ nghèo.") == []


def test_a_described_decision_then_its_bare_number_is_one_document() -> None:
    found = keys(
        "Sáng 12/3, UBND tỉnh tổ chức hội nghị công bố Quyết định của Thủ tướng Chính phủ về phê duyệt Quy hoạch "
        "tỉnh thời kỳ 2021-2030. Theo Quyết định số 845/QĐ-TTg ngày 14/7/2024, tỉnh phấn đấu trở thành tỉnh khá."
    )
    assert found == ["845/QĐ-TTg"]


def test_a_numbered_decision_with_its_own_topic_stays_another_document() -> None:
    found = keys(
        "Huyện tổ chức lễ công bố Quyết định của Thủ tướng Chính phủ công nhận huyện đạt chuẩn nông thôn mới. Huyện "
        "đã thực hiện Quyết định số 263/QĐ-TTg ngày 22/2/2022 phê duyệt Chương trình mục tiêu quốc gia."
    )
    assert len(found) == 2


def test_a_decision_s_description_ends_before_what_it_consists_of() -> None:
    found = keys(
        "Tại hội nghị, Ban Thường vụ Tỉnh ủy đã trao Quyết định thành lập Ban Chỉ đạo tổng kết Nghị quyết số "
        "18-NQ/TW, gồm 15 đồng chí."
    )
    assert "Quyết định thành lập Ban Chỉ đạo tổng kết Nghị quyết số 18-NQ/TW" in found


def test_an_agenda_item_after_a_list_comma_ends_the_name_before() -> None:
    found = keys(
        "Ban Thường vụ cho ý kiến về Kế hoạch tổ chức phục vụ Đại hội, Đề cương Báo cáo chính trị Đại hội Đảng bộ "
        "huyện lần thứ XV."
    )
    assert "Kế hoạch tổ chức phục vụ Đại hội" in found


def test_a_decision_and_a_plan_sharing_a_topic_are_two_documents() -> None:
    found = keys("Ủy ban Kiểm tra Huyện ủy triển khai quyết định và kế hoạch kiểm tra đối với Chi bộ thôn Đồng Tâm.")
    assert found == [
        "Quyết định kiểm tra đối với Chi bộ thôn Đồng Tâm",
        "Kế hoạch kiểm tra đối với Chi bộ thôn Đồng Tâm",
    ]


def test_a_council_s_lower_case_list_of_resolutions_is_one_per_item() -> None:
    found = keys(
        "Kỳ họp đã thông qua 4 nghị quyết, gồm: nghị quyết về kế hoạch đầu tư công năm 2026, nghị quyết thông qua "
        "danh mục dự án thu hồi đất, nghị quyết về Chương trình giám sát năm 2026 của HĐND xã và nghị quyết phê chuẩn "
        "quyết toán ngân sách năm 2024."
    )
    assert found == [
        "Nghị quyết về kế hoạch đầu tư công năm 2026",
        "Nghị quyết thông qua danh mục dự án thu hồi đất",
        "Nghị quyết về Chương trình giám sát năm 2026 của HĐND xã",
        "Nghị quyết phê chuẩn quyết toán ngân sách năm 2024",
    ]


def test_a_plural_of_units_goes_on_a_scheme_s_report() -> None:
    found = keys(
        "Kỳ họp nghe Báo cáo tóm tắt Đề án thành lập thị xã Đông Hòa và các phường thuộc thị xã Đông Hòa, tỉnh Phú Yên."
    )
    assert found == [
        "Báo cáo tóm tắt Đề án thành lập thị xã Đông Hòa và các phường thuộc thị xã Đông Hòa, tỉnh Phú Yên"
    ]


def test_a_plural_item_after_a_report_still_ends_it() -> None:
    found = keys("Kỳ họp nghe Báo cáo kết quả hoạt động của HĐND tỉnh năm 2024 và các tờ trình của UBND tỉnh.")
    assert found == ["Báo cáo kết quả hoạt động của HĐND tỉnh năm 2024"]


def test_a_resolution_of_a_body_on_a_topic_on_a_line_of_its_own_is_one() -> None:
    found = keys(
        "Các nội dung được thông qua:\nNghị quyết của Thường trực HĐND phường về số lượng đại biểu HĐND phường sau "
        "sắp xếp.\n"
    )
    assert found == ["Nghị quyết của Thường trực HĐND phường về số lượng đại biểu HĐND phường sau sắp xếp"]


def test_resolutions_numbered_in_brackets_in_a_list() -> None:
    found = keys(
        "Đại biểu biểu quyết thông qua các Nghị quyết: (1) Nghị quyết ban hành Quy chế làm việc của HĐND xã Tân Hòa; "
        "(2) Nghị quyết về việc đổi tên các thôn trên địa bàn xã Tân Hòa."
    )
    assert "Nghị quyết ban hành Quy chế làm việc của HĐND xã Tân Hòa" in found
    assert "Nghị quyết về việc đổi tên các thôn trên địa bàn xã Tân Hòa" in found


def test_resolutions_by_the_abbreviation_the_text_defines() -> None:
    found = keys(
        "HĐND xã thông qua 4 nghị quyết (NQ). Trong đó có NQ về nhiệm vụ phát triển kinh tế năm 2026; NQ điều chỉnh, "
        "bổ sung kế hoạch đầu tư công năm 2025; cùng các NQ về tổ chức kỳ họp."
    )
    assert found == [
        "Nghị quyết về nhiệm vụ phát triển kinh tế năm 2026",
        "Nghị quyết điều chỉnh, bổ sung kế hoạch đầu tư công năm 2025",
    ]


def test_the_abbreviation_names_no_resolution_unless_the_text_defines_it() -> None:
    assert keys("Các chi bộ thực hiện tốt NQ về phát triển kinh tế của Đảng ủy.") == []


def test_resolutions_counted_then_listed_by_topic_are_one_per_item() -> None:
    found = keys(
        "HĐND xã đã biểu quyết thông qua 03 Nghị quyết quan trọng về các nhóm vấn đề: Dự toán và phân bổ ngân sách xã "
        "năm 2026; kế hoạch đầu tư công năm 2026; phê chuẩn quyết toán ngân sách năm 2024."
    )
    assert found == [
        "Nghị quyết về dự toán và phân bổ ngân sách xã năm 2026",
        "Nghị quyết về kế hoạch đầu tư công năm 2026",
        "Nghị quyết phê chuẩn quyết toán ngân sách năm 2024",
    ]


def test_a_report_or_a_scheme_in_such_a_list_is_not_a_resolution() -> None:
    found = keys(
        "Kỳ họp biểu quyết thông qua 2 nghị quyết gồm: Đề án phát triển du lịch cộng đồng xã Tân Hòa; giao biên chế "
        "công chức xã năm 2026."
    )
    assert found == ["Nghị quyết về giao biên chế công chức xã năm 2026"]


def test_a_list_of_resolutions_still_to_be_adopted_names_none() -> None:
    assert (
        keys("Kỳ họp sẽ thông qua 2 nghị quyết gồm: giao biên chế công chức năm 2026; dự toán ngân sách năm 2026.")
        == []
    )


def test_a_headline_decision_on_cadres_is_the_one_numbered_decision_on_a_cadre() -> None:
    found = keys(
        "Trao quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ\nChiều 5/3, Ban Thường vụ Tỉnh ủy công bố Quyết "
        "định số 1520-QĐ/TU ngày 4/3/2025 của Ban Thường vụ Tỉnh ủy điều động đồng chí Lê Văn An giữ chức Bí thư Huyện "
        "ủy."
    )
    assert found == ["1520-QĐ/TU"]


def test_a_headline_decision_on_cadres_stays_apart_from_two_numbered_ones() -> None:
    found = keys(
        "Trao quyết định của Ban Thường vụ Tỉnh ủy về công tác cán bộ\nBan Thường vụ Tỉnh ủy công bố Quyết định số "
        "1520-QĐ/TU điều động đồng chí Lê Văn An và Quyết định số 1521-QĐ/TU bổ nhiệm đồng chí Trần Văn Bình."
    )
    assert len(found) == 3
