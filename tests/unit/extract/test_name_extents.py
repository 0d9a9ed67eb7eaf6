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
    gold = run(
        "Đoàn công tác kiểm tra Dự án đường nối từ Hòa Bình (Phú Thọ) - Mộc Châu (Sơn La) đoạn qua xã Tân Lạc."
    )
    assert "Dự án đường nối từ Hòa Bình - Mộc Châu" in projects(gold)
    assigned = {(r["source"], r["target"]) for r in gold["relations"] if r["type"] == "ASSIGNED_TO"}
    assert not any(target in ("Phú Thọ", "Sơn La") for _, target in assigned)
