"""CITES in the opening lines of texts a legal database copies: its metadata table ("Loại văn bản | Kế hoạch |"),
a submission numbered after a colon ("Xét Tờ trình số: 69/TTr-UBND"), a congress resolution named by its Party
organization without an ordinal.

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract

pytestmark = pytest.mark.unit


def cited(text: str) -> set[str]:
    gold: dict[str, Any] = extract(text, published="2025-06").to_gold()
    return {r["target"] for r in gold["relations"] if r["type"] == "CITES"}


def test_a_kind_word_in_a_metadata_table_is_no_document() -> None:
    found = cited(
        "Số hiệu | 41/KH-UBND |\nLoại văn bản | Kế hoạch |\nCơ quan ban hành | Tỉnh Bắc Kạn |\n"
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 41/KH-UBND\nBắc Kạn, ngày 2 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Phát triển du lịch năm 2024\nThực hiện Quyết định số 147/QĐ-TTg ngày 22/01/2020 của Thủ tướng Chính phủ;\n"
    )
    assert found == {"147/QĐ-TTg"}


def test_a_submission_numbered_after_a_colon_is_that_numbered_one() -> None:
    found = cited(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 15/2024/NQ-HĐND\nBắc Kạn, ngày 6 tháng 11 năm 2024\nNGHỊ QUYẾT\n"
        "Quy định mức chi hỗ trợ du lịch cộng đồng\nCăn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\n"
        "Xét Tờ trình số: 88/TTr-UBND ngày 10 tháng 10 năm 2024 của Ủy ban nhân dân tỉnh; ý kiến thảo luận của đại "
        "biểu Hội đồng nhân dân tại kỳ họp.\n"
    )
    assert "88/TTr-UBND" in found
    assert not any(t.startswith("Tờ trình") for t in found)


def test_a_congress_resolution_named_by_its_party_organization_alone_is_one_document() -> None:
    found = cited(
        "Ngày 12/12, Đảng ủy Sở Tài chính tỉnh Lạng Sơn tổ chức hội nghị học tập, quán triệt Nghị quyết Đại hội đại "
        "biểu Đảng bộ tỉnh Lạng Sơn; Nghị quyết Đại hội Đảng bộ Khối các cơ quan tỉnh lần thứ XV."
    )
    assert "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lạng Sơn" in found


def resolutions(text: str) -> list[str]:
    gold: dict[str, Any] = extract(text, published="2025-06").to_gold()
    return [r["key"] for r in gold["resolutions"]]


def test_a_congress_resolution_of_the_first_congress_written_in_words() -> None:
    keys = resolutions(
        "Hội nghị nhằm cụ thể hóa và triển khai thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh Tuyên Quang lần thứ nhất, "
        "nhiệm kỳ 2025 - 2030."
    )
    assert any(k.startswith("Nghị quyết Đại hội Đảng bộ tỉnh Tuyên Quang lần thứ nhất") for k in keys)


def test_a_report_s_description_stops_at_the_next_plural_item_of_a_list() -> None:
    keys = resolutions(
        "Tại kỳ họp, các đại biểu nghe Báo cáo kết quả hoạt động của HĐND tỉnh năm 2024, các tờ trình dự thảo nghị "
        "quyết trình kỳ họp."
    )
    assert "Báo cáo kết quả hoạt động của HĐND tỉnh năm 2024" in keys


@pytest.mark.parametrize("gap", [" ", "\n"])
def test_an_amending_law_is_one_law_whatever_laws_its_title_names(gap: str) -> None:
    found = cited(
        "QUYẾT ĐỊNH\nCăn cứ Luật Đất đai ngày 18 tháng 1 năm 2024;\nCăn cứ Luật Sửa đổi, bổ sung một số điều "
        f"của{gap}Luật Đất đai và Luật Nhà ở ngày 29 tháng 6 năm 2024;\n"
    )
    # one amending law; the laws its title names are documents the text names too (cited once each)
    assert found == {"Luật Đất đai", "Luật Sửa đổi, bổ sung một số điều của Luật Đất đai và Luật Nhà ở", "Luật Nhà ở"}


def test_a_description_wrapped_after_an_open_word_reads_on() -> None:
    keys = resolutions(
        "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 16/2024/NQ-HĐND\nBắc Kạn, ngày 6 tháng 11 năm 2024\nNGHỊ QUYẾT\n"
        "THÔNG QUA ĐỀ ÁN PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG TỈNH BẮC KẠN\nĐẾN NĂM 2030\n"
        "Căn cứ Luật Du lịch ngày 19 tháng 6 năm 2017;\nXét Tờ trình số 91/TTr-UBND ngày 10 tháng 10 năm 2024 của Ủy "
        "ban nhân dân tỉnh về việc đề nghị ban hành Nghị quyết thông qua\nĐề án phát triển du lịch cộng đồng tỉnh Bắc "
        "Kạn đến năm 2030; ý kiến thảo luận của đại biểu.\n"
    )
    assert not any(k.startswith("Nghị quyết thông qua") for k in keys)  # the text's own resolution, by its title


def test_a_wrapped_report_stops_before_the_next_item_of_the_recital() -> None:
    keys = resolutions(
        "Xét Tờ trình số 15/TTr-UBND ngày 2 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh; Báo cáo thẩm tra của\n"
        "Ban Văn hóa - Xã hội và ý kiến thảo luận của đại biểu\ntrong phiên họp.\n"
    )
    assert "Báo cáo thẩm tra của Ban Văn hóa - Xã hội" in keys


def test_a_state_number_with_a_letter_is_a_symbol() -> None:
    keys = resolutions("Các hộ được hỗ trợ từ nguồn vốn theo Nghị quyết số 30a/2008/NQ-CP của Chính phủ về giảm nghèo.")
    assert "30a/2008/NQ-CP" in keys


def test_a_congress_resolution_with_đại_hội_in_lower_case() -> None:
    keys = resolutions(
        "Hai mục tiêu lớn mà Nghị quyết đại hội Đảng bộ tỉnh Thái Bình lần thứ XIX, nhiệm kỳ 2015 – 2020 nêu ra đã đạt."
    )
    assert any(k.lower().startswith("nghị quyết đại hội đảng bộ tỉnh thái bình lần thứ xix") for k in keys)


def test_a_standing_committee_resolution_without_its_term_is_a_symbol() -> None:
    keys = resolutions("Căn cứ Nghị quyết số 1305/2017/UBTVQH ngày 12/3/2017 về tiêu chí của các làng nghề;")
    assert any(k.startswith("1305/2017/UBTVQH") for k in keys)


def test_a_symbol_with_a_space_after_its_dash_is_a_symbol() -> None:
    keys = resolutions("Theo đề nghị của Sở Tài chính tại Tờ trình số 58/TTr- STC ngày 02/10/2025.")
    assert any(k.startswith("58/TTr-") for k in keys)


def test_a_submission_and_its_draft_resolution_share_the_topic_after_them() -> None:
    keys = resolutions(
        "Kỳ họp xem xét các nội dung sau:\n1. Tờ trình của UBND tỉnh và dự thảo Nghị quyết của HĐND tỉnh về việc thông "
        "qua Quy hoạch chung xây dựng Khu công nghiệp Đồng Bành.\n2. Tờ trình của UBND tỉnh và dự thảo Nghị quyết của "
        "HĐND tỉnh về kế hoạch đầu tư công năm 2024.\n"
    )
    assert "Tờ trình của UBND tỉnh về việc thông qua Quy hoạch chung xây dựng Khu công nghiệp Đồng Bành" in keys
    assert "Tờ trình của UBND tỉnh về kế hoạch đầu tư công năm 2024" in keys
    assert "Nghị quyết của HĐND tỉnh về kế hoạch đầu tư công năm 2024" in keys


def test_a_submission_and_draft_deciding_a_policy_are_documents_of_their_own() -> None:
    keys = resolutions(
        "Kỳ họp xem xét các nội dung sau:\n1. Tờ trình của UBND tỉnh và dự thảo Nghị quyết của HĐND tỉnh về kế hoạch "
        "đầu tư công năm 2024.\n2. Tờ trình của UBND tỉnh và dự thảo Nghị quyết của HĐND tỉnh Quyết định chủ trương "
        "đầu tư dự án hồ chứa nước Bản Mồng.\n"
    )
    assert "Tờ trình của UBND tỉnh Quyết định chủ trương đầu tư dự án hồ chứa nước Bản Mồng" in keys
    assert "Nghị quyết của HĐND tỉnh Quyết định chủ trương đầu tư dự án hồ chứa nước Bản Mồng" in keys
