"""Documents named by description and merged units in the big cities' news: rules read off real articles of
national outlets and of Hà Nội, TP Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ and Quảng Ninh.

Every sentence here is written for the test, in the shape of what real articles say.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import run

pytestmark = pytest.mark.unit


def _docs(text: str) -> dict[str, tuple[str, str | None]]:
    return {r["key"]: (r["kind"], r["number"]) for r in run(text)["resolutions"]}


def _places(text: str) -> dict[str, str | None]:
    return {p["name"]: p["level"] for p in run(text)["localities"]}


def test_a_notice_of_conclusions_in_lower_case_is_a_notice() -> None:
    docs = _docs("Sáng 3/5, Chính phủ họp để triển khai thông báo kết luận số 07 của Bộ Chính trị ngày 2/5/2023.")
    assert docs == {"07-TB/TW": ("TB", "07")}


def test_each_item_of_a_list_of_adopted_resolutions_is_a_resolution() -> None:
    docs = _docs(
        "Sáng 3/5, Hội đồng nhân dân tỉnh Bình Phước đã biểu quyết thông qua các nghị quyết: Phân bổ vốn đầu tư "
        "công năm 2025 của tỉnh; quy định mức hỗ trợ học phí cho học sinh; điều chỉnh Chương trình phát triển "
        "nhà ở tỉnh giai đoạn 2021-2030."
    )
    assert set(docs) == {
        "Nghị quyết phân bổ vốn đầu tư công năm 2025 của tỉnh",
        "Nghị quyết quy định mức hỗ trợ học phí cho học sinh",
        "Nghị quyết điều chỉnh Chương trình phát triển nhà ở tỉnh giai đoạn 2021-2030",
    }
    assert {kind for kind, _ in docs.values()} == {"NQ"}


def test_a_list_of_resolutions_to_be_considered_later_is_not_adopted() -> None:
    docs = _docs("Kỳ họp tới sẽ xem xét các nghị quyết: Phân bổ vốn đầu tư công năm 2025; quy định mức học phí.")
    assert docs == {}


def test_a_title_without_a_number_makes_the_text_that_document() -> None:
    docs = _docs(
        "NGHỊ QUYẾT\n\nVề việc thành lập thị trấn Tân Lập thuộc huyện Đồng Phú\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n"
        "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
    )
    assert docs.get("Nghị quyết về việc thành lập thị trấn Tân Lập thuộc huyện Đồng Phú") == ("NQ", None)


def test_a_merged_unit_named_after_a_part_of_or_merged_with_takes_the_level_before() -> None:
    places = _places(
        "Phường Bình An được thành lập trên cơ sở nhập các phường Tân Hòa, Tân Mỹ và một phần Long Phước. "
        "Phường Thạnh Lộc sáp nhập với Thạnh Xuân để lập phường mới."
    )
    assert places.get("Long Phước") == "phường"
    assert places.get("Thạnh Xuân") == "phường"


def test_an_area_word_at_a_line_end_names_no_area_on_the_next_line() -> None:
    places = _places("Bến Tre phấn đấu thành cực tăng trưởng của vùng\n\nTheo ông Lê Văn Hai, tỉnh đã làm nhiều việc.")
    assert "Theo" not in places


def test_a_committee_that_also_has_a_decision_appointing_someone_issued_one() -> None:
    docs = _docs(
        "Ban Thường vụ Tỉnh ủy cũng có quyết định điều động, bổ nhiệm ông Lê Văn Hai giữ chức Chánh Văn phòng Tỉnh ủy."
    )
    assert [kind for kind, _ in docs.values()] == ["QĐ"]


def test_the_party_congress_resolution_named_with_its_roman_ordinal_after_dang() -> None:
    docs = _docs("Chính phủ thảo luận Chương trình hành động thực hiện Nghị quyết Đại hội Đảng XIII của Chính phủ.")
    assert [kind for kind, _ in docs.values()] == ["NQ"]
    assert "Nghị quyết Đại hội Đảng XIII" in docs


def test_a_notice_issued_on_a_topic_in_lower_case_is_a_notice() -> None:
    docs = _docs(
        "Ngày 2/3, Sở Y tế phát đi thông báo về việc tạm dừng tiếp nhận hồ sơ cấp phép hành nghề theo quy định mới."
    )
    assert docs == {"Thông báo về việc tạm dừng tiếp nhận hồ sơ cấp phép hành nghề": ("TB", None)}


def test_a_notice_received_is_not_read_as_one_issued() -> None:
    assert _docs("Người dân nhận được thông báo về việc cắt điện vào sáng mai.") == {}


def test_a_decision_receiving_and_appointing_a_cadre_is_a_decision() -> None:
    docs = _docs(
        "Tại buổi lễ, Phó Bí thư Tỉnh ủy trao quyết định tiếp nhận, bổ nhiệm bà Lê Thị Hoa, chuyên viên Ban Tổ chức."
    )
    assert list(docs.values()) == [("QĐ", None)]


def test_the_government_s_resolution_named_by_its_monthly_session() -> None:
    docs = _docs(
        "Tại Nghị quyết phiên họp Chính phủ thường kỳ tháng 9/2019, Chính phủ yêu cầu các bộ đẩy nhanh giải ngân."
    )
    assert docs == {"Nghị quyết phiên họp Chính phủ thường kỳ tháng 9/2019": ("NQ", None)}


def test_the_northern_delta_in_lower_case_is_a_region() -> None:
    assert _places("Tỉnh là một cực tăng trưởng của vùng đồng bằng Bắc Bộ.") == {"Đồng bằng Bắc Bộ": "vùng"}


def test_units_counted_then_named_in_brackets_take_the_counted_level() -> None:
    places = _places("Tỉnh hiện có 3 huyện (Lạc Sơn, Kim Bôi và Tân Lạc) và 2 đặc khu (Cô Tô, Vân Đồn).")
    assert places == {
        "Lạc Sơn": "huyện",
        "Kim Bôi": "huyện",
        "Tân Lạc": "huyện",
        "Cô Tô": "đặc khu",
        "Vân Đồn": "đặc khu",
    }


def test_a_draft_decree_named_by_its_topic_is_a_decree() -> None:
    docs = _docs("Phiên họp cho ý kiến về dự thảo Nghị định của Chính phủ quy định chi tiết thi hành Luật Quy hoạch.")
    assert ("NĐ", None) in docs.values()


def test_reporting_a_conclusion_is_a_verb_the_conclusion_is_the_document() -> None:
    docs = _docs("Văn phòng Chính phủ có văn bản báo cáo kết luận của Thủ tướng Chính phủ về tiến độ tuyến metro số 1.")
    assert [kind for kind, _ in docs.values()] == ["KL"]


def test_a_resolution_sharing_its_topic_with_decisions_after_it() -> None:
    docs = _docs(
        "Sáng 30/6, tỉnh tổ chức Lễ công bố Nghị quyết của Ủy ban Thường vụ Quốc hội và các quyết định của tỉnh về "
        "việc sắp xếp đơn vị hành chính cấp xã."
    )
    assert "Nghị quyết của Ủy ban Thường vụ Quốc hội về việc sắp xếp đơn vị hành chính cấp xã" in docs


def test_a_conclusion_of_the_prime_minister_named_with_his_name() -> None:
    docs = _docs(
        "Văn phòng Chính phủ truyền đạt kết luận của Thủ tướng Chính phủ Phạm Văn An về tiến độ tuyến metro số 2."
    )
    assert docs == {"Kết luận của Thủ tướng Chính phủ Phạm Văn An về tiến độ tuyến metro số 2": ("KL", None)}


def test_a_ward_named_by_two_old_names_joined_by_a_dash_keeps_both_whole() -> None:
    assert _places("Hai phường được nhập thành phường Văn Miếu - Quốc Tử Giám.") == {
        "Văn Miếu - Quốc Tử Giám": "phường"
    }


def test_a_plan_titled_in_capitals_after_a_resolution_of_a_body_names_that_resolution() -> None:
    docs = _docs(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 88/KH-UBND\nBình Định, ngày 3 tháng 5 năm 2022\n\nKẾ HOẠCH\n"
        "THỰC HIỆN NGHỊ QUYẾT CỦA TỈNH ỦY VỀ PHÁT TRIỂN DU LỊCH BIỂN GIAI ĐOẠN 2021 - 2025\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert docs.get("Nghị quyết của Tỉnh ủy về phát triển du lịch biển giai đoạn 2021 - 2025") == ("NQ", None)


def test_bare_names_merged_with_a_known_ward_are_wards() -> None:
    places = _places(
        "Phường Tân Lộc được giữ nguyên; Phường Thạnh Hòa hợp nhất với Thạnh Phú. Thạnh An nhập với Thạnh Hòa và "
        "Thạnh Quới, lấy tên là phường Thạnh An."
    )
    assert places.get("Thạnh Quới") == "phường"
