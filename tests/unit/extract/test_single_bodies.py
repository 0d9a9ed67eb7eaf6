"""Bodies named singly as real articles write them (issue #10, stop 17): courts and procuracies at every level, their
abbreviation in brackets or in place of the words; border guard posts and commands; labour unions; the journalists'
association; a company's name never runs over a line break (GOLD_FORMAT: the fullest form in the text is the name)."""

from __future__ import annotations

from loaders.extract import extract


def _organizations(text: str) -> list[str]:
    return [o.name for o in extract(text, published="2024-04").organizations]


def test_a_procuracy_and_a_court_abbreviated_or_bracketed() -> None:
    names = _organizations(
        "Sáng 3/4, Viện Kiểm sát nhân dân (VKSND) tỉnh Bình Phước tổ chức hội nghị tập huấn. Viện trưởng VKSND tỉnh "
        "Bình Phước phát biểu khai mạc. Dự có Chánh án TAND huyện Chơn Thành và Viện trưởng Viện KSND huyện Bù Đốp."
    )
    assert "Viện Kiểm sát nhân dân tỉnh Bình Phước" in names
    assert "VKSND tỉnh Bình Phước" not in names and "Viện Kiểm sát nhân dân" not in names  # one body, its full name
    assert "TAND huyện Chơn Thành" in names and "Viện KSND huyện Bù Đốp" in names


def test_a_border_guard_post_and_its_provincial_force() -> None:
    names = _organizations(
        "Đồn Biên phòng Ba Lạt, Bộ đội Biên phòng tỉnh Cà Mau phối hợp với Công an xã tuần tra trên biển. "
        "Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài kiểm tra người xuất cảnh."
    )
    assert "Đồn Biên phòng Ba Lạt" in names and "Bộ đội Biên phòng tỉnh Cà Mau" in names
    assert "Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài" in names
    assert not [n for n in names if n.startswith("Phòng ")]  # not an office "Phòng Ba Lạt"


def test_labour_unions_and_the_journalists_association() -> None:
    names = _organizations(
        "Chiều 2/5, Liên đoàn Lao động Tỉnh phối hợp với Hội Nhà báo tỉnh tổ chức lễ trao giải. Phó Chủ tịch Tổng "
        "LĐLĐ Việt Nam Trần Văn Bình dự và trao giải."
    )
    assert "Liên đoàn Lao động Tỉnh" in names and "Hội Nhà báo tỉnh" in names and "Tổng LĐLĐ Việt Nam" in names
    assert "Hội Nhà" not in names


def test_a_company_name_stops_at_the_line_break() -> None:
    names = _organizations(
        "Tăng cường hợp tác giữa UBND tỉnh Quảng Ngãi và Tổng Công ty Điện lực miền Trung\nChiều 4/5, hai bên ký kết "
        "thỏa thuận hợp tác."
    )
    assert "Tổng Công ty Điện lực miền Trung" in names
    assert not [n for n in names if "\n" in n]


def test_banks_of_the_state_and_for_social_policy_with_their_branch() -> None:
    names = _organizations(
        "Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Bình đã giải ngân 120 tỷ đồng. Ngân hàng Nhà nước chi nhánh "
        "tỉnh Gia Lai và Ngân hàng Nhà nước Khu vực 8 cùng tham dự."
    )
    assert "Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Bình" in names
    assert "Ngân hàng Nhà nước chi nhánh tỉnh Gia Lai" in names and "Ngân hàng Nhà nước Khu vực 8" in names


def test_central_offices_committees_and_numbered_units() -> None:
    names = _organizations(
        "Văn phòng Quốc hội phối hợp với Văn phòng Chủ tịch nước chuẩn bị buổi lễ. Ủy ban An toàn giao thông Quốc gia "
        "kiểm tra tại tỉnh; Ban An toàn giao thông tỉnh Hòa Bình báo cáo. Lữ đoàn 147 và Trung đoàn 996 cùng tham gia."
    )
    assert "Văn phòng Quốc hội" in names and "Văn phòng Chủ tịch nước" in names and "Quốc hội" not in names
    assert "Ủy ban An toàn giao thông Quốc gia" in names and "Ban An toàn giao thông tỉnh Hòa Bình" in names
    assert "Lữ đoàn 147" in names and "Trung đoàn 996" in names


def test_social_insurance_treasury_and_tax_offices_by_level_or_area() -> None:
    names = _organizations(
        "Bảo hiểm xã hội tỉnh Phú Thọ thu 200 tỷ đồng. Kho bạc Nhà nước khu vực IX giải ngân vốn. Chi cục Thuế khu vực "
        "5 và Cục Thuế tỉnh Nghệ An họp bàn. Luật Bảo hiểm xã hội năm 2024 có hiệu lực."
    )
    assert "Bảo hiểm xã hội tỉnh Phú Thọ" in names and "Kho bạc Nhà nước khu vực IX" in names
    assert "Chi cục Thuế khu vực 5" in names and "Cục Thuế tỉnh Nghệ An" in names
    assert not [n for n in names if n.startswith("Luật")]


def test_inspectorate_audit_cooperative_alliance_and_military_command_abbreviated() -> None:
    names = _organizations(
        "Thanh tra Chính phủ ban hành kết luận. Kiểm toán Nhà nước khu vực II kiểm toán ngân sách tỉnh. Bộ CHQS "
        "tỉnh Quảng Trị tổ chức diễn tập. Liên minh Hợp tác xã Việt Nam và Liên minh Hợp tác xã tỉnh Thái Bình ký "
        "kết chương trình. Tổng cục Thống kê công bố số liệu quý III."
    )
    assert "Thanh tra Chính phủ" in names and "Chính phủ" not in names
    assert "Kiểm toán Nhà nước khu vực II" in names and "Bộ CHQS tỉnh Quảng Trị" in names
    assert "Liên minh Hợp tác xã Việt Nam" in names and "Liên minh Hợp tác xã tỉnh Thái Bình" in names
    assert "Tổng cục Thống kê" in names
