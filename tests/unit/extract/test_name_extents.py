"""Where the name of a project or scheme ends (sentences written for the test, none copied from an article or the
corpus): a new kind of document joined by "và", a scheme known by its number, a plural list of kinds, a route whose
two ends carry their provinces in brackets."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> set[str]:
    return {p["name"] for p in gold["projects"]}


def test_a_scheme_name_ends_before_and_a_draft_resolution() -> None:
    gold = run(
        "Sở Giáo dục xin lùi thời hạn trình Đề án chuyển đổi số trường học và Dự thảo Nghị quyết quy định mức thu "
        "học phí trên địa bàn tỉnh."
    )
    assert "Đề án chuyển đổi số trường học" in projects(gold)


def test_a_scheme_known_by_its_number_ends_at_the_number() -> None:
    gold = run("Sáng 12/6, Công an tỉnh Lạng Sơn sơ kết Đề án 06 và công tác cấp căn cước trong quý II năm 2024.")
    assert "Đề án 06" in projects(gold)
    assert not any("căn cước" in name for name in projects(gold))


def test_a_scheme_known_by_its_number_keeps_its_topic() -> None:
    gold = run("Huyện ủy triển khai Đề án 05 về phát triển cây ăn quả giai đoạn 2021-2025 trên toàn huyện.")
    assert "Đề án 05 về phát triển cây ăn quả giai đoạn 2021-2025" in projects(gold)


def test_a_kind_word_in_a_plural_list_of_kinds_names_no_scheme() -> None:
    gold = run(
        "Kế hoạch nhằm thực hiện tốt các Nghị quyết, Quy hoạch, Chương trình, Đề án phát triển nông nghiệp của tỉnh "
        "và huyện trong giai đoạn tới."
    )
    assert not projects(gold)


def test_a_route_with_bracketed_provinces_runs_to_its_second_end() -> None:
    gold = run("Đoàn công tác kiểm tra Dự án đường nối từ Hòa Bình (Phú Thọ) - Mộc Châu (Sơn La) đoạn qua xã Tân Lạc.")
    assert "Dự án đường nối từ Hòa Bình - Mộc Châu" in projects(gold)
    assigned = {(r["source"], r["target"]) for r in gold["relations"] if r["type"] == "ASSIGNED_TO"}
    assert not any(target in ("Phú Thọ", "Sơn La") for _, target in assigned)


def resolutions(gold: dict[str, Any]) -> set[str]:
    return {r["key"] for r in gold["resolutions"]}


def test_a_merger_scheme_keeps_what_it_leaves() -> None:
    gold = run("Cử tri huyện Đông Sơn đồng tình với Đề án sáp nhập còn 12 xã, thị trấn được tỉnh trình Bộ Nội vụ.")
    assert "Đề án sáp nhập còn 12 xã, thị trấn" in projects(gold)


def test_a_scheme_word_before_a_verb_and_its_manner_names_no_scheme() -> None:
    gold = run("Các xã triển khai theo Đề án đảm bảo đúng tiến độ, không để chậm trễ.")
    assert not projects(gold)


def test_da_before_what_it_builds_is_a_project() -> None:
    gold = run("Huyện đã bàn giao mặt bằng để thi công DA nâng cấp QL9 đoạn qua xã Cam Tuyền.")
    assert "DA nâng cấp QL9" in projects(gold)


def test_a_submission_asking_for_a_review_runs_to_what_it_asks() -> None:
    gold = run("Các đại biểu nghe Tờ trình đề nghị xem xét thông qua Nghị quyết về mức hỗ trợ cán bộ thôn, tổ dân phố.")
    assert "Tờ trình đề nghị xem xét thông qua Nghị quyết về mức hỗ trợ cán bộ thôn, tổ dân phố" in resolutions(gold)


def test_a_law_title_ends_before_what_the_sentence_says_of_it() -> None:
    gold = run("Luật Đường bộ quy định rõ trách nhiệm của chính quyền địa phương trong quản lý hành lang an toàn.")
    assert "Luật Đường bộ" in resolutions(gold)


def test_a_decision_handed_over_ends_before_the_flowers() -> None:
    gold = run("Bí thư Huyện ủy trao Quyết định điều động và tặng hoa chúc mừng đồng chí Hà Văn Sơn.")
    assert "Quyết định điều động" in resolutions(gold)


def test_a_programme_name_ends_with_the_number_of_what_it_carries_out() -> None:
    gold = run(
        "Thành ủy ban hành Chương trình hành động thực hiện Nghị quyết số 30-NQ/TW ngày 23 tháng 11 năm 2022 của Bộ "
        "Chính trị về phát triển vùng đồng bằng sông Hồng."
    )
    assert "Chương trình hành động thực hiện Nghị quyết số 30-NQ/TW" in projects(gold)


def test_a_numbered_scheme_with_a_comma_before_its_date_keeps_its_topic() -> None:
    gold = run("Huyện ủy sơ kết Đề án số 02-ĐA/HU, ngày 20/4/2022 của Huyện ủy về phát triển chè đặc sản.")
    assert "Đề án số 02-ĐA/HU về phát triển chè đặc sản" in projects(gold)


def test_a_state_numbered_scheme_with_a_date_in_words_keeps_its_topic() -> None:
    gold = run(
        "Căn cứ Đề án số 210/ĐA-CP ngày 12 tháng 4 năm 2025 của Chính phủ về sắp xếp đơn vị hành chính cấp xã của "
        "tỉnh Hà Nam; UBND tỉnh ban hành kế hoạch triển khai."
    )
    assert "Đề án số 210/ĐA-CP về sắp xếp đơn vị hành chính cấp xã của tỉnh Hà Nam" in projects(gold)


def test_a_name_in_a_preamble_ends_at_the_main_clause_subject() -> None:
    gold = run("Thực hiện Đề án phát triển rừng gỗ lớn giai đoạn 2021-2025, huyện đã trồng mới 350 ha keo.")
    assert "Đề án phát triển rừng gỗ lớn giai đoạn 2021-2025" in projects(gold)


def test_a_body_before_lower_case_report_reports() -> None:
    gold = run("Chiều 9/5, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh báo cáo kết quả thẩm tra của Ban đối với 4 tờ trình.")
    assert not any(key.startswith("Báo cáo") for key in resolutions(gold))


def test_a_quoted_project_title_in_capitals_ends_at_its_closing_quote() -> None:
    gold = run(
        "QUYẾT ĐỊNH\n"
        "PHÊ DUYỆT “DỰ ÁN PHÁT TRIỂN CHĂN NUÔI BÒ THỊT TỈNH BÌNH PHƯỚC GIAI ĐOẠN 2021-2025”\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\n"
        "Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 6 năm 2015;"
    )
    assert {name.lower() for name in projects(gold)} == {
        "dự án phát triển chăn nuôi bò thịt tỉnh bình phước giai đoạn 2021-2025"
    }
