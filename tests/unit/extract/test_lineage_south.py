"""IMPLEMENTS, CITES and documents in the shapes the plans, decisions and news of the southern provinces take (the
Mekong delta, the south-east, the south-central coast and highlands): a headline over its dateline, a congress
resolution named again without its unit, a letter issued to carry out a plan, a six-digit letter number, a congress of
a city written "TP.".

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def keys(text: str) -> list[str]:
    return [r["key"] for r in run(text)["resolutions"]]


# --- documents ------------------------------------------------------------------------------------------------------


def test_a_headline_does_not_run_on_into_its_dateline() -> None:
    found = keys(
        "Tỉnh ủy Đắk Nông ban hành Nghị quyết về phát triển du lịch năm 2024\n12/01/2024 08:15 SA\n\n"
        "Ngày 5/1/2024, Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về phát triển du lịch năm 2024."
    )
    assert not any("12/01/2024" in k for k in found)


def test_a_wrapped_title_still_reads_on_over_a_period_of_years() -> None:
    found = keys("UBND tỉnh ban hành Kế hoạch phát triển nông nghiệp giai đoạn\n2021-2025 trên địa bàn tỉnh.")
    assert any(k.startswith("Kế hoạch phát triển nông nghiệp giai đoạn 2021-2025") for k in found)


def test_a_congress_resolution_named_again_without_its_province_is_the_one_named_before() -> None:
    found = keys(
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI, nhiệm kỳ 2020 - 2025 đề ra ba đột phá. Các "
        "cấp ủy đã cụ thể hóa Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 thành các chương trình."
    )
    assert found == ["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI, nhiệm kỳ 2020 - 2025"]


def test_congress_resolutions_of_two_named_provinces_stay_two() -> None:
    found = keys(
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bình Phước lần thứ XI và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh "
        "Đồng Nai lần thứ XI đều xác định hạ tầng là đột phá."
    )
    assert len(found) == 2


def test_a_letter_number_of_six_digits_with_a_leading_zero_is_read() -> None:
    found = keys("Căn cứ Công văn số 012345/UBND-KT ngày 3 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh về kế hoạch.")
    assert "012345/UBND-KT" in found


def test_a_city_congress_resolution_written_with_tp_and_a_term() -> None:
    found = keys(
        "Các cấp đã phấn đấu đạt các chỉ tiêu Nghị quyết Đại hội đại biểu Đảng bộ TP. Sóc Trăng nhiệm kỳ 2015-2020 "
        "đã đề ra."
    )
    assert any(k.startswith("Nghị quyết Đại hội đại biểu Đảng bộ TP. Sóc Trăng") for k in found)


# --- IMPLEMENTS ------------------------------------------------------------------------------------------------------


def test_a_letter_issued_to_carry_out_a_plan_implements_it() -> None:
    found = relations(
        run(
            "Thực hiện Kế hoạch số 88-KH/TU ngày 2/3/2023 của Ban Thường vụ Tỉnh ủy, UBND tỉnh vừa ban hành văn bản "
            "số 2150/UBND-VX gửi các sở, ngành."
        ),
        "IMPLEMENTS",
    )
    assert ("2150/UBND-VX", "88-KH/TU") in found


def test_a_letter_that_only_forwards_a_plan_does_not_implement_it() -> None:
    found = relations(
        run("UBND tỉnh vừa ban hành văn bản số 2150/UBND-VX gửi Kế hoạch số 88-KH/TU đến các sở, ngành."),
        "IMPLEMENTS",
    )
    assert ("2150/UBND-VX", "88-KH/TU") not in found


# --- what is no document ---------------------------------------------------------------------------------------------


def test_the_ministry_written_with_a_dash_is_no_plan() -> None:
    found = keys("UBND tỉnh vừa có văn bản gửi Bộ Kế hoạch - Đầu tư báo cáo Thủ tướng xem xét hỗ trợ vốn cho tỉnh.")
    assert not any(k.startswith("Kế hoạch") for k in found)


def test_a_reporter_is_no_report() -> None:
    found = keys("Tỉnh ủy tổ chức Hội thi Báo cáo viên, tuyên truyền viên giỏi khu vực miền Tây năm 2022.")
    assert found == []


def test_the_working_rules_of_a_congress_in_lower_case_are_no_document() -> None:
    found = keys("Đại hội đã thông qua Quy chế làm việc của đại hội, nội quy đại hội và chương trình làm việc.")
    assert found == []


def test_a_described_plan_ends_before_the_time_of_day_clause() -> None:
    found = keys(
        "Thực hiện Kế hoạch của UBND tỉnh về việc ra quân xây dựng nông thôn mới năm 2019, sáng ngày 5/2, tại thôn "
        "Tân Lập, xã Hòa Bình đã tổ chức lễ ra quân."
    )
    assert "Kế hoạch của UBND tỉnh về việc ra quân xây dựng nông thôn mới năm 2019" in found


def test_a_law_named_by_title_ends_before_the_manner_of_carrying_it_out() -> None:
    found = keys(
        "Để triển khai thi hành Luật Đất đai kịp thời, đồng bộ, thống nhất và hiệu quả, Ủy ban nhân dân tỉnh Tây Ninh "
        "ban hành Kế hoạch số 204/KH-UBND."
    )
    assert "Luật Đất đai" in found


def test_a_law_whose_title_ends_in_hiệu_quả_keeps_it() -> None:
    found = keys("Căn cứ Luật Sử dụng năng lượng tiết kiệm và hiệu quả ngày 17 tháng 6 năm 2010;")
    assert "Luật Sử dụng năng lượng tiết kiệm và hiệu quả" in found


# --- a city or town written "TP." or "TX." in the issuer's name ----------------------------------------------------


def implements(text: str) -> set[tuple[str, str]]:
    return relations(run(text), "IMPLEMENTS")


@pytest.mark.parametrize(
    "issuer", ["UBND TP. Cần Thơ", "Thành ủy TP.HCM", "UBND TX. Tân Châu", "Ban Thường vụ Thành ủy Tp. Long Xuyên"]
)
def test_a_purpose_first_holds_over_the_dot_of_a_city_in_the_issuers_name(issuer: str) -> None:
    found = implements(
        f"Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy, {issuer} ban hành Kế hoạch số 77/KH-UBND."
    )
    assert ("77/KH-UBND", "15-KH/TU") in found


def test_a_letter_of_a_city_written_tp_carries_out_the_plan() -> None:
    found = implements(
        "Triển khai Kế hoạch số 21-KH/TU của Thành ủy, UBND TP. Bạc Liêu vừa ban hành Công văn số 930/UBND-VP gửi các "
        "phòng, ban."
    )
    assert ("930/UBND-VP", "21-KH/TU") in found


def test_a_real_full_stop_still_ends_the_purpose() -> None:
    found = implements(
        "Thực hiện Kế hoạch số 15-KH/TU của Ban Thường vụ Tỉnh ủy. Tại TP. Cần Thơ, UBND thành phố ban hành Kế hoạch "
        "số 77/KH-UBND về du lịch."
    )
    assert ("77/KH-UBND", "15-KH/TU") not in found


def test_a_direction_of_a_city_written_tp_in_a_letter_is_carried_out() -> None:
    found = implements(
        "Thực hiện chỉ đạo của UBND TP. Cần Thơ tại Công văn số 120/UBND-KT, UBND quận Ninh Kiều ban hành Kế hoạch "
        "số 30/KH-UBND về chỉnh trang đô thị."
    )
    assert ("30/KH-UBND", "120/UBND-KT") in found


# --- a council's resolutions listed as items ------------------------------------------------------------------------


def test_resolutions_listed_as_items_are_named_by_what_they_do() -> None:
    found = keys(
        "Hội đồng nhân dân tỉnh xem xét, thông qua các dự thảo nghị quyết, cụ thể như sau:\n"
        "a) Nghị quyết quy định chế độ công tác phí trên địa bàn tỉnh Vĩnh Long.\n"
        "b) Nghị quyết quyết định biên chế công chức trong các cơ quan của tỉnh năm 2026.\n"
        "- Nghị quyết phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách."
    )
    assert "Nghị quyết quy định chế độ công tác phí trên địa bàn tỉnh Vĩnh Long" in found
    assert "Nghị quyết quyết định biên chế công chức trong các cơ quan của tỉnh năm 2026" in found
    assert "Nghị quyết phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách" in found


def test_an_item_that_only_talks_about_a_resolution_names_none() -> None:
    found = keys("Kết quả nổi bật:\n- Nghị quyết đã đi vào cuộc sống, tạo chuyển biến rõ nét.")
    assert found == []


def test_a_report_whose_số_is_glued_to_the_word_before_is_the_numbered_one() -> None:
    # (a copy from a legal database joins wrapped words: "Báo cáo thẩm trasố 46/BC- HĐND")
    found = keys(
        "Qua xem xét Tờ trình số 120/TTr-UBND ngày 1 tháng 12 năm 2012 của Ủy ban nhân dân tỉnh; Báo cáo thẩm trasố "
        "52/BC- HĐND ngày 8 tháng 12 năm 2012 của Ban Kinh tế - Ngân sách và ý kiến của đại biểu tại kỳ họp,"
    )
    assert sorted(found) == ["120/TTr-UBND", "52/BC-HĐND"]


# --- a letter about carrying a document out -----------------------------------------------------------------------


def test_a_letter_directing_a_directive_carried_out_implements_it() -> None:
    found = implements(
        "Ngày 10/4, UBND tỉnh Đồng Nai có Công văn số 2345/UBND-KTN chỉ đạo triển khai thực hiện Chỉ thị số 12/CT-TTg "
        "của Thủ tướng Chính phủ về phòng, chống thiên tai."
    )
    assert ("2345/UBND-KTN", "12/CT-TTg") in found


def test_a_letter_about_carrying_a_notice_out_implements_it() -> None:
    found = implements(
        "Căn cứ Công văn số 3120/VPCP-NN ngày 2/6/2025 của Văn phòng Chính phủ về việc triển khai Thông báo số "
        "215/TB-VPCP ngày 20/5/2025 của Văn phòng Chính phủ."
    )
    assert ("3120/VPCP-NN", "215/TB-VPCP") in found


def test_a_letter_reporting_on_a_directive_does_not_implement_it() -> None:
    found = implements(
        "UBND tỉnh có Công văn số 2345/UBND-KTN báo cáo kết quả thực hiện Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ."
    )
    assert ("2345/UBND-KTN", "12/CT-TTg") not in found


# --- a congress resolution named again in other words ---------------------------------------------------------------


def test_the_first_congress_in_words_is_the_one_in_a_roman_numeral() -> None:
    found = keys(
        "Nghị quyết Đại hội Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025-2030 xác định 3 đột phá. Để thực hiện Nghị "
        "quyết Đại hội Đảng bộ tỉnh lần thứ nhất, Tỉnh ủy ban hành Chương trình hành động số 02-CTr/TU."
    )
    assert found == ["Nghị quyết Đại hội Đảng bộ tỉnh Cà Mau lần thứ I, nhiệm kỳ 2025-2030", "02-CTr/TU"]


def test_a_congress_named_again_by_its_term_alone_is_the_one_named_before() -> None:
    found = keys(
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ XI, nhiệm kỳ 2020 - 2025 đề ra 22 chỉ tiêu. Sau "
        "5 năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025, tỉnh đạt 20 chỉ tiêu."
    )
    assert found == ["Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ XI, nhiệm kỳ 2020 - 2025"]


def test_congresses_of_two_terms_stay_two() -> None:
    found = keys(
        "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2015 - 2020 và Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 "
        "đều coi hạ tầng là khâu đột phá."
    )
    assert len(found) == 2


def test_a_circular_guiding_a_decision_and_a_letter_about_it_carry_it_out() -> None:
    found = implements(
        "Căn cứ Thông tư số 12/2016/TT-BXD ngày 29/6/2016 của Bộ Xây dựng về hướng dẫn thực hiện Quyết định số "
        "22/2016/QĐ-TTg;\nThực hiện chỉ đạo của Bộ tại Công văn số 1450/BXD-QLN ngày 2 tháng 8 năm 2017 về triển "
        "khai thực hiện Quyết định số 22/2016/QĐ-TTg;"
    )
    assert ("12/2016/TT-BXD", "22/2016/QĐ-TTg") in found
    assert ("1450/BXD-QLN", "22/2016/QĐ-TTg") in found


def test_a_description_ends_before_what_the_document_is_made_of() -> None:
    found = keys(
        "UBND tỉnh ban hành Quy chế làm việc của UBND tỉnh Gia Lai. Quy chế làm việc của UBND tỉnh Gia Lai gồm VIII "
        "chương, 40 điều, quy định về nguyên tắc làm việc."
    )
    assert found == ["Quy chế làm việc của UBND tỉnh Gia Lai"]


def test_the_rules_and_programme_of_a_congress_are_no_document() -> None:
    assert keys("Đại hội đã thông qua Quy chế làm việc và chương trình Đại hội.") == []
