"""Meetings held as working visits, inspections and field trips: the host's session (GOLD_FORMAT: in "A làm việc với
B" the meeting is B's). The host is read from the receivers listed after a reception cue ("Tiếp Bộ trưởng ... có",
"Tham gia tiếp đoàn có", "Về phía tỉnh có"), from the body an inspection is held at ("Đoàn giám sát ... tiến hành giám
sát ... tại Sở X"), from the units a leader works with ("làm việc với các huyện A, B"), and a unit's Party
organization hosts by its committee ("làm việc với Đảng bộ xã X" is the Đảng ủy xã's). A leader who only goes to see a
site ("đi kiểm tra tiến độ ... tại huyện Y") holds no session, nor does a team only planned.

Every sentence here is written for the test (none is copied from an article or the corpus)."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import meetings, relations, run

pytestmark = pytest.mark.unit


def test_a_leader_received_by_name_is_received_by_the_members_named() -> None:
    gold = run(
        "Chiều 14/3, Bộ trưởng Bộ Y tế Trần Văn Hải đến thăm Bệnh viện Đa khoa tỉnh. Tiếp Bộ trưởng tại trụ sở Tỉnh "
        "ủy có đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy, cùng các đồng chí trong Ban Thường vụ Tỉnh ủy.",
        "2025-03",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-03-14")]


def test_a_central_team_received_on_the_province_side_meets_the_standing_board_and_cites_what_it_checks() -> None:
    gold = run(
        "Sáng 21/5, Đoàn công tác của Ban Tổ chức Trung ương do đồng chí Lê Minh Tâm, Phó Trưởng Ban Tổ chức Trung "
        "ương làm Trưởng đoàn đã đến kiểm tra, khảo sát việc thực hiện Quy định số 50-QĐ/TW tại tỉnh Sóc Trăng. "
        "Về phía tỉnh có đồng chí Trần Văn Lâu, Bí thư Tỉnh ủy; các đồng chí Phó Bí thư Tỉnh ủy.",
        "2024-05",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-05-21")]
    assert ("meeting:0", "50-QĐ/TW") in relations(gold, "CITES")


def test_a_government_guest_received_by_the_peoples_committee_chair_meets_the_peoples_committee() -> None:
    gold = run(
        "Ngày 9/10, Thứ trưởng Bộ Xây dựng Nguyễn Văn Sinh dẫn đầu đoàn công tác kiểm tra tiến độ tuyến cao tốc qua "
        "địa bàn. Tham gia tiếp đoàn có các đồng chí: Bùi Văn Quang, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Hồ Đại "
        "Dũng, Phó Chủ tịch UBND tỉnh.",
        "2024-10",
    )
    assert meetings(gold) == [("UBND tỉnh", "2024-10-09")]


def test_an_inspection_held_at_a_department_is_the_departments_session() -> None:
    gold = run(
        "Chiều 12/6, Đoàn giám sát của Ban Pháp chế HĐND tỉnh do bà Lò Thị Hà, Trưởng Ban làm Trưởng đoàn tiến hành "
        "giám sát việc thực hiện chính sách trợ giúp pháp lý năm 2024 tại Sở Tư pháp.",
        "2025-06",
    )
    assert meetings(gold) == [("Sở Tư pháp", "2025-06-12")]


@pytest.mark.parametrize(
    "text",
    [
        # a leader who goes to see a site in a district: no session
        "Chiều 12/6, Chủ tịch UBND tỉnh Hà Văn Lộc đi kiểm tra tiến độ thi công cầu Bến Lức tại huyện Cần Giuộc.",
        # a team's supervision only planned
        "Theo kế hoạch, từ ngày 1/10, Đoàn giám sát sẽ tiến hành giám sát việc thu ngân sách tại UBND huyện Mỹ Tú.",
    ],
)
def test_a_site_visit_or_a_planned_inspection_holds_no_session(text: str) -> None:
    assert meetings(run(text, "2025-06")) == []


def test_a_leader_working_with_districts_listed_by_name_meets_the_first_ones_peoples_committee() -> None:
    gold = run(
        "Chiều 8/9, Phó Chủ tịch UBND tỉnh Lê Văn Sỹ chủ trì buổi làm việc với các huyện Phú Lộc, Nam Đông và thị xã "
        "Hương Thủy về tiến độ giải ngân vốn đầu tư công.",
        "2021-09",
    )
    assert meetings(gold) == [("UBND huyện Phú Lộc", "2021-09-08")]


def test_a_communes_party_organization_hosts_by_its_committee() -> None:
    gold = run(
        "Ngày 5/11, đồng chí Trần Thị Hằng, Phó Bí thư Tỉnh ủy đến thăm và làm việc với Đảng bộ xã Tân Phước về kết "
        "quả thực hiện nhiệm vụ năm 2025.",
        "2025-11",
    )
    assert meetings(gold) == [("Đảng ủy xã Tân Phước", "2025-11-05")]


def test_a_council_committee_written_in_lower_case_hosts_its_chair() -> None:
    gold = run(
        "Chiều 3/6, ông Nguyễn Văn Bình, Chủ tịch HĐND tỉnh làm việc với Ban văn hóa - xã hội HĐND tỉnh về kết quả "
        "hoạt động 6 tháng đầu năm.",
        "2025-06",
    )
    assert meetings(gold) == [("Ban văn hóa - xã hội HĐND tỉnh", "2025-06-03")]


def test_a_party_secretary_receiving_a_team_receives_it_for_the_standing_board() -> None:
    gold = run(
        "Sáng 20/4, đoàn công tác tỉnh Bắc Kạn do đồng chí Hoàng Duy Chinh, Bí thư Tỉnh ủy làm trưởng đoàn đến trao "
        "đổi kinh nghiệm tại tỉnh Quảng Ninh. Đồng chí Vũ Đại Thắng, Bí thư Tỉnh ủy Quảng Ninh cùng lãnh đạo tỉnh tiếp "
        "và làm việc với đoàn.",
        "2024-04",
    )
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2024-04-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Chiều 17/8, đồng chí Hà Văn Minh, Bí thư Tỉnh ủy đã đến thăm, chúc mừng cán bộ, chiến sỹ Công an tỉnh.",
        "Sáng 17/8, Đoàn công tác của Thường trực Tỉnh ủy do đồng chí Lò Văn Tiến, Phó Bí thư Tỉnh ủy dẫn đầu đã đến "
        "chúc mừng cán bộ, chiến sĩ Công an tỉnh Sơn La.",
    ],
)
def test_a_visit_to_congratulate_the_staff_of_a_body_is_the_bodys_session(text: str) -> None:
    assert meetings(run(text, "2025-08")) == [("Công an tỉnh", "2025-08-17")]


def test_a_visit_to_a_family_or_a_site_is_no_bodys_session() -> None:
    gold = run(
        "Ngày 17/1, Bí thư Tỉnh ủy Hà Văn Minh đến thăm, chúc Tết gia đình chính sách tại xã Mường Sại.", "2025-01"
    )
    assert meetings(gold) == []


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Sáng 12/9, đồng chí Nguyễn Văn Hùng, Bí thư Tỉnh ủy đã thăm và làm việc tại huyện Krông Pắc về tình hình "
            "thực hiện nhiệm vụ 9 tháng.",
            "Ban Thường vụ Huyện ủy Krông Pắc",
        ),
        (
            "Sáng 12/9, Chủ tịch UBND tỉnh Lê Văn Hòa làm việc với xã Tân Hòa về công tác giải phóng mặt bằng.",
            "UBND xã Tân Hòa",
        ),
        (
            "Sáng 12/9, Phó Bí thư Thường trực Tỉnh ủy Trần Thị Lan đến thăm và làm việc với phường Bình Minh.",
            "Đảng ủy phường Bình Minh",
        ),
    ],
)
def test_a_unit_named_bare_hosts_by_the_body_the_visitors_side_makes_plain(text: str, host: str) -> None:
    assert meetings(run(text, "2025-09")) == [(host, "2025-09-12")]


def test_the_receivers_listed_after_working_with_the_team_host_it() -> None:
    gold = run(
        "Ngày 6/3, Đoàn công tác của Ban Dân vận Tỉnh ủy do đồng chí Mai Văn Tú làm trưởng đoàn đã đến kiểm tra việc "
        "thực hiện quy chế dân chủ ở cơ sở tại huyện Bảo Lâm. Làm việc với đoàn có đồng chí Vi Văn Bình, Bí thư Huyện "
        "ủy cùng các đồng chí trong Ban Thường vụ Huyện ủy.",
        "2024-03",
    )
    assert meetings(gold) == [("Ban Thường vụ Huyện ủy", "2024-03-06")]
