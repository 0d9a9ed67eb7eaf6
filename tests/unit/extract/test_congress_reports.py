"""Congresses as the news reports them: Party congresses held by their organization ("Đảng bộ xã X tổ chức thành công
Đại hội ..."), told in a headline ("... thành công tốt đẹp") or by a later session ("Trong ngày 8-5, đại hội diễn ra
phiên chính thức"), planned ("Ngày mai (15/7), Đại hội ... khai mạc"); congresses of the Front and the mass
organizations (abbreviated, in lower case, held by the organization and named without it); the resolution a congress
adopts told by what it sets; the organizations these reports name.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, orgs, relations, run

pytestmark = pytest.mark.unit


def _keys(gold: dict[str, object]) -> set[str]:
    return {r["key"] for r in gold["resolutions"]}  # type: ignore[attr-defined]


def test_a_party_organization_holding_its_congress_successfully_is_the_congress() -> None:
    gold = run("Ngày 9/3, Đảng bộ xã Tân Lập tổ chức thành công Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2025-2030.")
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ xã", "2025-03-09")]


def test_the_party_organization_of_a_ward_s_people_s_committee_holds_a_congress_named_without_the_ward() -> None:
    gold = run("Ngày 21/7, Đảng bộ UBND phường Tân An (TP.Cần Thơ) tổ chức thành công Đại hội lần thứ I.", "2025-07")
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ UBND phường", "2025-07-21")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Trong 2 ngày (12 và 13-5), Hội Nông dân huyện Yên Thế tổ chức Đại hội đại biểu Hội Nông dân huyện lần thứ "
            "X, nhiệm kỳ 2023-2028.",
            "Đại hội đại biểu Hội Nông dân huyện",
        ),
        (
            "Ngày 12-5, Hội Liên hiệp Phụ nữ (LHPN) huyện Mường Khương tổ chức Đại hội lần thứ XI, nhiệm kỳ 2021-2026.",
            "Đại hội đại biểu Hội Liên hiệp Phụ nữ huyện",
        ),
        (
            "Ngày 12/5, Hội cựu chiến binh xã Đồng Tâm long trọng tổ chức Đại hội đại biểu Hội cựu chiến binh xã Đồng "
            "Tâm lần thứ IX, nhiệm kỳ 2022-2027.",
            "Đại hội đại biểu Hội Cựu chiến binh xã",
        ),
        (
            "Sáng 12-5, Đại hội đại biểu MTTQVN huyện Tri Tôn lần thứ XII (nhiệm kỳ 2024-2029) chính thức khai mạc.",
            "Đại hội đại biểu MTTQ Việt Nam huyện",
        ),
    ],
)
def test_a_mass_organization_s_congress_is_named_by_the_organization_and_its_level(text: str, body: str) -> None:
    gold = run(text, "2023-05")
    assert meetings(gold) == [(body, "2023-05-12")]


def test_a_mass_organization_of_a_district_written_with_its_abbreviation_is_a_body() -> None:
    gold = run("Ngày 3-4, Hội Liên hiệp Phụ nữ (LHPN) huyện Si Ma Cai tổ chức hội nghị sơ kết.", "2024-04")
    assert "Hội Liên hiệp Phụ nữ huyện Si Ma Cai" in orgs(gold)


def test_a_veterans_association_written_in_lower_case_is_a_body() -> None:
    gold = run("Dự có ông Trần Văn An, Chủ tịch Hội cựu chiến binh huyện Lục Nam.", "2024-04")
    assert "Hội cựu chiến binh huyện Lục Nam" in orgs(gold)


def test_the_youth_union_s_central_bodies_in_titles_are_bodies() -> None:
    gold = run("Dự có ông Trần Văn An, Bí thư Trung ương Đoàn, Chủ tịch Hội đồng Đội Trung ương.", "2024-04")
    assert {"Trung ương Đoàn", "Hội đồng Đội Trung ương"} <= orgs(gold)


def test_a_congress_that_opens_tomorrow_is_not_reported_as_held() -> None:
    gold = run(
        "Ngày mai (15/7), Đại hội đại biểu Đảng bộ huyện Bảo Lâm lần thứ XXI chính thức được khai mạc.", "2020-07"
    )
    assert meetings(gold) == []


def test_a_congress_s_official_session_on_its_own_day_is_a_second_sitting() -> None:
    gold = run(
        "Sáng 6-5, Đại hội đại biểu Đảng bộ phường Tân Định lần thứ XIII, nhiệm kỳ 2020-2025 diễn ra phiên trù bị. "
        "Trong ngày 7-5, đại hội diễn ra phiên chính thức.",
        "2020-05",
    )
    assert meetings(gold) == [
        ("Đại hội đại biểu Đảng bộ phường", "2020-05-06"),
        ("Đại hội đại biểu Đảng bộ phường", "2020-05-07"),
    ]


def test_a_headline_reporting_the_congress_a_success_reports_it_held() -> None:
    gold = run(
        "Đại hội đại biểu Đảng bộ huyện Kim Sơn lần thứ XXV, nhiệm kỳ 2020-2025 thành công tốt đẹp\n\n"
        "Đến dự và chỉ đạo Đại hội có đồng chí Lê Văn Nam, Bí thư Tỉnh ủy.",
        "2020-08",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ huyện", "2020-08")]


def test_a_resolution_adopted_by_what_it_sets_is_the_congress_s_held_by_its_party_organization() -> None:
    gold = run(
        "Ngày 3/8, Đảng bộ xã Hòa Bình tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Đại hội đã thông qua "
        "Nghị quyết xác định ba khâu đột phá trong nhiệm kỳ.",
        "2025-08",
    )
    key = "Nghị quyết Đại hội đại biểu Đảng bộ xã Hòa Bình lần thứ I, nhiệm kỳ 2025-2030"
    assert key in _keys(gold)
    assert ("meeting:0", key) in relations(gold, "CITES")


def test_a_youth_union_congress_adopting_its_resolution_in_lower_case_names_it() -> None:
    gold = run(
        "Ngày 5/10, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ X, nhiệm kỳ 2022-2027 bế mạc. Đại hội "
        "đã thông qua nghị quyết đại hội.",
        "2022-10",
    )
    assert "Nghị quyết Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ X, nhiệm kỳ 2022-2027" in _keys(gold)


def test_the_front_s_earlier_congress_resolution_abbreviated_is_a_document_the_congress_cites() -> None:
    gold = run(
        "Sáng 2/7, Đại hội đại biểu MTTQVN tỉnh lần thứ X khai mạc. Đại hội đánh giá kết quả thực hiện Nghị quyết Đại "
        "hội đại biểu MTTQVN tỉnh lần thứ IX (nhiệm kỳ 2014-2019).",
        "2019-07",
    )
    assert ("meeting:0", "Nghị quyết Đại hội đại biểu MTTQVN tỉnh lần thứ IX") in relations(gold, "CITES")


def test_a_congress_whose_programme_goes_on_this_afternoon_sits_that_day() -> None:
    gold = run(
        "Tiếp tục chương trình Đại hội đại biểu Đảng bộ huyện Kỳ Anh lần thứ XXI nhiệm kỳ 2015-2020, chiều nay (6/8), "
        "các đại biểu thảo luận báo cáo chính trị.",
        "2015-08-06",
    )
    assert meetings(gold) == [("Đại hội đại biểu Đảng bộ huyện", "2015-08-06")]


def test_a_congress_last_evening_and_its_new_committee_s_first_session_the_same_day() -> None:
    gold = run(
        "Chiều tối qua (22/9), Đại hội đại biểu Đảng bộ tỉnh Quảng Bình lần thứ XVI đã tiến hành bầu Ban Chấp hành "
        "Đảng bộ tỉnh. Cùng ngày, Ban chấp hành Đảng bộ tỉnh khóa mới đã có phiên họp đầu tiên bầu Ban Thường vụ "
        "Tỉnh ủy.",
        "2015-09-23",
    )
    assert sorted(meetings(gold)) == [
        ("Ban Chấp hành Đảng bộ tỉnh", "2015-09-22"),
        ("Đại hội đại biểu Đảng bộ tỉnh", "2015-09-22"),
    ]


def test_the_women_s_congress_named_by_its_members_is_the_women_s_union_s() -> None:
    gold = run(
        "Sáng 21/12, Đại hội đại biểu Phụ nữ tỉnh Sóc Trăng lần thứ XII đã diễn ra. Hội tiếp tục thực hiện Nghị quyết "
        "Đại hội đại biểu phụ nữ tỉnh lần thứ XI.",
        "2021-12",
    )
    assert meetings(gold) == [("Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh", "2021-12-21")]
    assert ("meeting:0", "Nghị quyết Đại hội đại biểu phụ nữ tỉnh lần thứ XI") in relations(gold, "CITES")


def test_the_women_s_union_abbreviated_is_a_body() -> None:
    gold = run("Chiều 5/10, Hội LHPN tỉnh Hà Nam tổ chức họp báo về đại hội phụ nữ các cấp.", "2021-10")
    assert "Hội LHPN tỉnh Hà Nam" in orgs(gold)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Đại hội đã bầu Ban Chấp hành Hội LHPN huyện khóa XII gồm 15 thành viên.", "Ban Chấp hành Hội LHPN huyện"),
        (
            "Các đại biểu đã bầu 25 người vào Ban chấp hành Hội Nông dân huyện khoá X.",
            "Ban chấp hành Hội Nông dân huyện",
        ),
        ("Dự có bà Trần Thị Hoa, Phó Chủ tịch Ban Chấp hành Trung ương Hội NDVN.", "Ban Chấp hành Trung ương Hội NDVN"),
    ],
)
def test_the_executive_committee_a_mass_organization_s_congress_elects_is_a_body_without_its_term(
    text: str, body: str
) -> None:
    assert body in orgs(run(text, "2023-05"))


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Ngày 5/6, Hội Nông dân tỉnh Lạng Sơn tổ chức Đại hội Nông dân tiên tiến lần thứ VII.",
            "Hội Nông dân tỉnh Lạng Sơn",
        ),
        (
            "Ngày 5/6, Hội Nông dân huyện Văn Lãng tổ chức Đại hội nông dân sản xuất, kinh doanh giỏi lần thứ III.",
            "Hội Nông dân huyện Văn Lãng",
        ),
    ],
)
def test_a_mass_organization_s_congress_of_another_kind_is_not_its_own_congress(text: str, holder: str) -> None:
    assert [body for body, _ in meetings(run(text, "2024-06"))] == [holder]
