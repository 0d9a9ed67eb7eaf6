"""Meetings, bodies, places, projects and ASSIGNED_TO in the shapes real articles of every province use.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract

pytestmark = pytest.mark.unit


def run(text: str, published: str = "2025-06") -> dict[str, Any]:
    return extract(text, published=published).to_gold()


def meetings(gold: dict[str, Any]) -> list[tuple[str, str | None]]:
    return [(m["body"], m["date"]) for m in gold["meetings"]]


def relations(gold: dict[str, Any], kind: str) -> set[tuple[str, str]]:
    return {(r["source"], r["target"]) for r in gold["relations"] if r["type"] == kind}


# --- meetings -------------------------------------------------------------------------------------------


def test_a_leader_working_with_a_district_is_the_districts_meeting() -> None:
    gold = run("Chiều 5/9, Phó Chủ tịch UBND tỉnh Lê Văn An làm việc với UBND huyện Yên Thành về tiến độ giải ngân.")
    assert meetings(gold) == [("UBND huyện", "2025-09-05")]


def test_an_inspection_announced_to_a_committee_is_its_meeting() -> None:
    gold = run(
        "Ngày 4/3, Đoàn kiểm tra số 9 của Bộ Chính trị có buổi làm việc để công bố quyết định kiểm tra năm 2026 "
        "đối với Ban Thường vụ Tỉnh ủy Lai Châu.",
        "2026-03",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2026-03-04")]


def test_any_body_holding_a_symposium_with_a_partner() -> None:
    gold = run(
        "(TTX) - Ngày 3/4, Ban Tuyên giáo Tỉnh ủy Hà Nam phối hợp với Sở Nội vụ tổ chức tọa đàm về cải cách hành "
        "chính. Đồng chí Trần Văn Bảy, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì tọa đàm."
    )
    assert meetings(gold) == [("Ban Tuyên giáo Tỉnh ủy Hà Nam", "2025-04-03")]


def test_a_provincial_committee_named_with_its_province() -> None:
    gold = run("(ABC) - Ngày 7/5, Ban Thường vụ Tỉnh ủy Hà Nam tổ chức hội nghị sơ kết công tác quý I.")
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-05-07")]


def test_a_congress_reports_each_of_its_sittings() -> None:
    gold = run(
        "Chiều 9/10, Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I, nhiệm kỳ 2025 - 2030 tiến hành phiên trù bị. "
        "Các đại biểu bầu Đoàn Chủ tịch.\n\nSáng 10/10, Đại hội khai mạc phiên chính thức.",
        "2025-10",
    )
    assert meetings(gold) == [
        ("Đại hội đại biểu Đảng bộ tỉnh", "2025-10-09"),
        ("Đại hội đại biểu Đảng bộ tỉnh", "2025-10-10"),
    ]


def test_a_congress_only_announced_is_not_held() -> None:
    gold = run("Đại hội đại biểu Đảng bộ tỉnh Lào Cai lần thứ I sẽ khai mạc vào ngày 12/10.", "2025-10")
    assert meetings(gold) == []


def test_an_earlier_session_reported_with_its_day() -> None:
    gold = run(
        "Sáng 20/6, UBND tỉnh Hà Nam tổ chức hội nghị triển khai sắp xếp đơn vị hành chính.\n\n"
        "Trước đó, chiều 2/6, HĐND tỉnh khóa XIX tổ chức kỳ họp chuyên đề thông qua chủ trương."
    )
    assert meetings(gold) == [("UBND tỉnh", "2025-06-20"), ("HĐND tỉnh", "2025-06-02")]


def test_a_body_in_a_longer_name_does_not_hold_the_meeting() -> None:
    gold = run("Hôm nay (11/6), Ban Thường vụ Đảng ủy Bộ Xây dựng tổ chức hội nghị quán triệt nghị quyết.")
    assert all(body != "Bộ Xây dựng" for body, _ in meetings(gold))
