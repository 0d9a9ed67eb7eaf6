"""ASSIGNED_TO and project names in the shapes read on investment, site and task-letter articles of the north-central
coast and the Central Highlands: investors after "do", an investor in apposition, a project's owner after "của", the
document that gives a task beside the project it is about, a letter's subject line, project lists after "dự án như:",
movements launched by name. Every sentence here is written for the test, in the shape seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import assigned, run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["projects"]]


def organizations(gold: dict[str, Any]) -> list[str]:
    return [o["name"] for o in gold["organizations"]]


# --- investors --------------------------------------------------------------------------------------------------


def test_a_company_that_invests_after_do_is_the_projects_investor() -> None:
    gold = run(
        "Dự án Nhà máy chế biến gỗ Hương Điền (tại xã Phong Mỹ, huyện Phong Điền) do Công ty CP lâm sản Hương Giang "
        "đầu tư, với tổng mức đầu tư 300 tỉ đồng."
    )
    assert "Công ty CP lâm sản Hương Giang" in organizations(gold)
    assert ("Dự án Nhà máy chế biến gỗ Hương Điền", "Công ty CP lâm sản Hương Giang") in assigned(gold)
    assert ("Dự án Nhà máy chế biến gỗ Hương Điền", "Phong Mỹ") in assigned(gold)


def test_two_projects_joined_by_va_that_one_company_invests_in_are_both_its() -> None:
    gold = run(
        "Dự án Nhà máy chế biến tinh bột sắn và Nhà máy chế biến thức ăn chăn nuôi đều do Công ty CP Nông sản Tân Kỳ "
        "(H.Tân Kỳ) đầu tư."
    )
    assert sorted(projects(gold)) == ["Dự án Nhà máy chế biến tinh bột sắn", "Nhà máy chế biến thức ăn chăn nuôi"]
    assert assigned(gold) >= {
        ("Dự án Nhà máy chế biến tinh bột sắn", "Công ty CP Nông sản Tân Kỳ"),
        ("Nhà máy chế biến thức ăn chăn nuôi", "Công ty CP Nông sản Tân Kỳ"),
    }


def test_an_abbreviated_project_board_in_apposition_is_the_investor() -> None:
    gold = run(
        "Đến hết tháng 9, BQL DA các công trình thủy lợi, chủ đầu tư dự án hồ chứa nước Sông Rác phải giải ngân hết "
        "vốn được giao."
    )
    assert "BQL DA các công trình thủy lợi" in organizations(gold)
    assert ("Dự án hồ chứa nước Sông Rác", "BQL DA các công trình thủy lợi") in assigned(gold)


def test_a_military_command_that_owns_a_project_after_cua() -> None:
    gold = run(
        "UBND tỉnh giao Sở Xây dựng chủ trì kiểm tra việc thi công dự án đường vành đai biên giới tỉnh Kon Tum "
        "của Bộ Tư lệnh Quân khu 5 trên địa bàn tỉnh."
    )
    assert "Bộ Tư lệnh Quân khu 5" in organizations(gold)
    assert ("Dự án đường vành đai biên giới tỉnh Kon Tum", "Bộ Tư lệnh Quân khu 5") in assigned(gold)
    assert ("Dự án đường vành đai biên giới tỉnh Kon Tum", "Sở Xây dựng") in assigned(gold)


# --- the document that gives the task --------------------------------------------------------------------------


def test_the_letter_that_gives_a_task_on_a_project_is_assigned_too() -> None:
    gold = run(
        "Ngày 5/3, UBND tỉnh ban hành Công văn số 512/UBND-KT gửi Sở Công Thương về việc kiểm tra dự án thủy điện "
        "Đăk Mi 2. Theo đó, UBND tỉnh giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan kiểm tra dự "
        "án thủy điện Đăk Mi 2."
    )
    assert assigned(gold) >= {
        ("Dự án thủy điện Đăk Mi 2", "Sở Công Thương"),
        ("512/UBND-KT", "Sở Công Thương"),
    }


def test_a_reply_with_a_subject_line_assigns_its_subject_and_the_letter_it_quotes() -> None:
    gold = run(
        "V/v Gia hạn tiến độ thực hiện dự án Khu du lịch sinh thái Suối Tiên\n"
        "UBND tỉnh có ý kiến như sau:\n"
        "Giao Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Xây dựng tham mưu UBND tỉnh; hoàn thành trước ngày "
        "15/6/2024.\n"
        "(Theo Công văn số 2210/UBND-KT, ngày 20/5/2024)"
    )
    assert assigned(gold) >= {
        ("Dự án Khu du lịch sinh thái Suối Tiên", "Sở Kế hoạch và Đầu tư"),
        ("2210/UBND-KT", "Sở Kế hoạch và Đầu tư"),
    }


# --- project names -----------------------------------------------------------------------------------------------


def test_a_project_board_named_without_its_unit_is_no_project() -> None:
    gold = run("Công trình đang được Ban Quản lý Dự án gấp rút thi công để kịp khánh thành.")
    assert projects(gold) == []


def test_a_re_mention_without_the_level_word_and_with_another_dash_is_the_same_project() -> None:
    gold = run(
        "Dự án Đường ven biển nối cảng Cửa Việt tỉnh Quảng Trị - Giai đoạn 2 đang được triển khai.\n"
        "Sáng 3/5, tỉnh đã khởi công Dự án đường ven biển nối cảng Cửa Việt Quảng Trị – giai đoạn 2 với tổng mức "
        "đầu tư 900 tỉ đồng."
    )
    assert projects(gold) == ["Dự án Đường ven biển nối cảng Cửa Việt tỉnh Quảng Trị - Giai đoạn 2"]


def test_a_road_from_one_point_to_the_start_of_another_keeps_its_whole_name() -> None:
    gold = run("Dự án đường từ quốc lộ 9 đến điểm đầu tuyến đường trục Khu kinh tế Đông Nam dài 5 km đã khởi công.")
    assert projects(gold) == ["Dự án đường từ quốc lộ 9 đến điểm đầu tuyến đường trục Khu kinh tế Đông Nam"]


def test_a_headline_project_named_by_its_cost_is_no_project() -> None:
    gold = run("Quảng Ngãi: Dự án đường ngàn tỷ phải giải ngân hết vốn trong năm nay")
    assert projects(gold) == []


def test_a_site_name_stops_before_where_the_road_goes() -> None:
    gold = run(
        "Lãnh đạo thành phố kiểm tra giải phóng mặt bằng dự án đường nối từ Khu công nghiệp Hòa Cầm đi cảng Tiên Sa "
        "(đường Nguyễn Tất Thành nối dài)."
    )
    assert sorted(projects(gold)) == [
        "Dự án đường nối từ Khu công nghiệp Hòa Cầm đi cảng Tiên Sa",
        "Khu công nghiệp Hòa Cầm",
    ]


def test_the_items_of_a_list_of_projects_are_projects_located_where_they_say() -> None:
    gold = run(
        "UBND tỉnh quyết định giãn tiến độ một số dự án như: Khu nghỉ dưỡng sinh thái ven sông tại xã Điện Dương, "
        "thị xã Điện Bàn (120 ha), Sân golf Tam Anh (300 ha)."
    )
    assert sorted(projects(gold)) == ["Khu nghỉ dưỡng sinh thái ven sông", "Sân golf Tam Anh"]
    assert assigned(gold) == {("Khu nghỉ dưỡng sinh thái ven sông", "Điện Dương")}


def test_a_movement_launched_by_name_is_a_project_of_its_area() -> None:
    gold = run(
        "Sáng 3/2, huyện tổ chức lễ phát động phong trào làm đường giao thông nông thôn Mùa xuân năm 2024 trên địa "
        "bàn huyện Sơn Hà."
    )
    assert projects(gold) == ["Phong trào làm đường giao thông nông thôn Mùa xuân năm 2024"]
    assert assigned(gold) == {("Phong trào làm đường giao thông nông thôn Mùa xuân năm 2024", "Sơn Hà")}


def test_a_chain_of_units_ends_at_a_comma_that_opens_a_new_clause() -> None:
    gold = run(
        "Thực hiện kế hoạch của tỉnh, huyện phát động phong trào làm đường giao thông nông thôn năm 2024 trên địa "
        "bàn tỉnh Quảng Ngãi, sáng ngày 5/2, tại thôn Gò Da, xã Ba Tơ đã tổ chức lễ ra quân."
    )
    assert assigned(gold) == {("Phong trào làm đường giao thông nông thôn năm 2024", "Quảng Ngãi")}


def test_the_owner_after_a_project_named_with_two_provinces() -> None:
    gold = run(
        "Sở Nông nghiệp kiểm tra việc thi công dự án đường tuần tra biên giới tỉnh Gia Lai, Kon Tum của Bộ Tư lệnh "
        "Quân khu 5 có liên quan đến đất rừng."
    )
    assert ("Dự án đường tuần tra biên giới tỉnh Gia Lai", "Bộ Tư lệnh Quân khu 5") in assigned(gold)


def test_a_part_of_a_project_and_the_project_it_belongs_to_are_two() -> None:
    gold = run(
        "Dự án hệ thống kênh tưới thuộc dự án hồ chứa nước Ea Súp - giai đoạn 2 được thực hiện trên địa bàn xã Ia "
        "Rvê, với tổng mức đầu tư 90 tỷ đồng."
    )
    assert projects(gold) == ["Dự án hệ thống kênh tưới", "Dự án hồ chứa nước Ea Súp - giai đoạn 2"]
    assert assigned(gold) == {("Dự án hệ thống kênh tưới", "Ia Rvê")}


def test_an_airport_project_in_lower_case_is_a_project() -> None:
    gold = run("Thủ tướng đi kiểm tra dự án cảng biển Nhơn Hội, dự án cảng hàng không Phù Cát.")
    assert "Dự án cảng hàng không Phù Cát" in projects(gold)


def test_a_headline_short_name_is_the_fuller_project_named_after_it() -> None:
    gold = run(
        "Đẩy nhanh tiến độ dự án cao tốc Bắc - Nam đoạn qua Quảng Trị\n"
        "Chủ tịch UBND tỉnh yêu cầu các địa phương tập trung bàn giao mặt bằng phục vụ dự án đường bộ cao tốc Bắc - "
        "Nam, đoạn qua Quảng Trị."
    )
    assert projects(gold) == ["Dự án đường bộ cao tốc Bắc - Nam"]


def test_a_site_named_by_its_size_is_no_project() -> None:
    gold = run("Tạm dừng di dời Khu công nghiệp gần 80ha vì doanh nghiệp không đồng thuận.")
    assert projects(gold) == []


def test_an_economic_zone_inside_its_boards_name_in_lower_case_is_no_project() -> None:
    gold = run(
        "Ngày 7/10, Ban quản lý khu kinh tế tỉnh Hà Tĩnh trao quyết định chủ trương đầu tư dự án Nhà máy điện X."
    )
    assert "Khu kinh tế tỉnh Hà Tĩnh" not in projects(gold)


def test_a_project_name_ends_before_the_next_work_of_a_list() -> None:
    gold = run("Bộ đồng ý tăng vốn tại dự án cao tốc Cam Lộ - Lao Bảo, xây mới cầu Đakrông và đầu tư mới 8 km đường.")
    assert projects(gold) == ["Dự án cao tốc Cam Lộ - Lao Bảo"]


def test_a_ceremony_placed_after_another_clause_locates_the_project() -> None:
    gold = run(
        "Sáng 19/12, cùng với 80 điểm cầu trên cả nước, tại xã Tịnh Phong (tỉnh Quảng Ngãi) đã tổ chức khởi công Dự "
        "án Nhà máy thép đặc biệt Dung Quất 3."
    )
    assert assigned(gold) == {("Dự án Nhà máy thép đặc biệt Dung Quất 3", "Tịnh Phong")}


def test_a_site_with_its_province_in_brackets_and_a_plant_built_there() -> None:
    gold = run(
        "Thủ tướng yêu cầu làm rõ về Nhà máy Phân bón Chu Lai được xây dựng với số vốn 100 triệu USD (2.300 tỷ đồng) "
        "tại Khu kinh tế mở Chu Lai (Quảng Nam) vừa hoàn thành đã đắp chiếu."
    )
    assert assigned(gold) == {("Khu kinh tế mở Chu Lai", "Quảng Nam"), ("Nhà máy Phân bón Chu Lai", "Quảng Nam")}


def test_targets_given_as_follows_go_to_each_unit_of_the_list() -> None:
    gold = run(
        "Ngày 20/1, UBND tỉnh Kon Tum ban hành Công văn số 210/UBND-NN về việc giao chỉ tiêu xây dựng nông thôn mới "
        "năm 2018 cho các huyện.\n"
        "Theo đó, UBND tỉnh giao chỉ tiêu cụ thể như sau: huyện Đăk Hà có 2 xã đạt chuẩn nông thôn mới; huyện Sa Thầy "
        "có 1 xã đạt chuẩn và huyện Kon Rẫy có bình quân mỗi xã đạt 12 tiêu chí."
    )
    assert assigned(gold) == {("210/UBND-NN", "Đăk Hà"), ("210/UBND-NN", "Sa Thầy"), ("210/UBND-NN", "Kon Rẫy")}


def test_a_project_named_in_a_capitals_only_title_is_a_project() -> None:
    gold = run(
        "KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN ĐỀ ÁN “PHÁT TRIỂN CÂY DƯỢC LIỆU GIAI ĐOẠN 2021-2025” TRÊN ĐỊA BÀN TỈNH "
        "KON TUM\n"
        "Thực hiện Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:"
    )
    assert [p.lower() for p in projects(gold)] == ["đề án “phát triển cây dược liệu giai đoạn 2021-2025”"]


def test_a_project_title_in_capitals_wrapped_over_two_lines_is_one_name() -> None:
    gold = run(
        "KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC\nGIA GIẢM NGHÈO BỀN VỮNG GIAI ĐOẠN 2021 - 2025 TRÊN ĐỊA BÀN "
        "TỈNH\n"
        "GIA LAI\nĐể triển khai Chương trình, UBND tỉnh ban hành Kế hoạch như sau:"
    )
    assert [p.lower() for p in projects(gold)] == [
        "chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"
    ]


def test_a_project_name_ends_before_what_it_has() -> None:
    gold = run("Dự án Khu tái định cư Hòa Liên có quy mô 12 ha, thuộc địa phận xã Hòa Liên, huyện Hòa Vang.")
    assert projects(gold) == ["Dự án Khu tái định cư Hòa Liên"]


def test_an_investor_whose_name_goes_on_after_dau_tu_is_not_read_short() -> None:
    gold = run(
        "Dự án đường tránh phía Tây TP Pleiku do Ban Quản lý dự án đầu tư xây dựng công trình giao thông và dân dụng "
        "tỉnh làm chủ đầu tư."
    )
    assert ("Dự án đường tránh phía Tây TP Pleiku", "Ban Quản lý dự án") not in assigned(gold)


def test_a_chain_of_units_goes_on_with_the_communes_it_is_made_of() -> None:
    gold = run(
        "Dự án Khu đô thị mới Ea Kao được thực hiện trên địa bàn thành phố Buôn Ma Thuột, gồm các xã: Ea Kao, Hòa Xuân."
    )
    assert assigned(gold) == {("Dự án Khu đô thị mới Ea Kao", "Ea Kao"), ("Dự án Khu đô thị mới Ea Kao", "Hòa Xuân")}


def test_a_chain_of_units_goes_on_with_a_list_of_communes_and_towns() -> None:
    gold = run(
        "Dự án Khu đô thị mới Ea Kao được thực hiện trên địa bàn huyện Cư Kuin, gồm các xã, thị trấn: Ea Ktur, Ea "
        "Tiêu. Cùng với đó là một phần thuộc thành phố Buôn Ma Thuột."
    )
    assert assigned(gold) == {("Dự án Khu đô thị mới Ea Kao", "Ea Ktur"), ("Dự án Khu đô thị mới Ea Kao", "Ea Tiêu")}


def test_the_project_a_part_belongs_to_needs_a_name() -> None:
    gold = run("Một số hạng mục thuộc dự án thi công chậm, dang dở và chưa hoàn trả mặt bằng cho xã Thạch Hưng.")
    assert projects(gold) == []


_PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nSố: 52/KH-UBND\nQuảng Trị, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\n"
    "Phát triển thương mại điện tử năm 2024\n"
    "Thực hiện Quyết định số 645/QĐ-TTg ngày 15/5/2020 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Công Thương\n"
    "- Là cơ quan thường trực, chủ trì tổ chức triển khai Kế hoạch.\n"
    "- Tổng hợp, báo cáo UBND tỉnh trước ngày 15/12.\n"
    "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch.\n"
    "3. UBND các huyện Hướng Hóa, Đakrông\n"
    "- Phối hợp với Sở Công Thương tuyên truyền đến người dân.\n"
    "4. Sở Xây dựng\n"
    "- Chủ trì triển khai Dự án Nhà máy nước sạch Khe Sanh.\n"
)


def test_a_plans_tasks_under_each_bodys_heading_are_the_bodys() -> None:
    gold = run(_PLAN)
    assert assigned(gold) >= {
        ("52/KH-UBND", "Sở Công Thương"),
        ("52/KH-UBND", "Sở Tài chính"),
        ("52/KH-UBND", "Sở Xây dựng"),
        ("Dự án Nhà máy nước sạch Khe Sanh", "Sở Xây dựng"),
    }


def test_a_body_whose_heading_lists_only_help_is_not_the_plans() -> None:
    gold = run(_PLAN)
    assert not {t for s, t in assigned(gold) if s == "52/KH-UBND"} & {"UBND huyện Hướng Hóa", "UBND huyện Đakrông"}


def test_a_project_about_digitising_is_not_a_numbered_one() -> None:
    gold = run("Sở Thông tin và Truyền thông chủ trì triển khai Dự án số hóa di tích quốc gia đặc biệt.")
    assert projects(gold) == ["Dự án số hóa di tích quốc gia đặc biệt"]


def test_a_project_board_written_with_a_capital_du_an_is_the_investor() -> None:
    gold = run(
        "Dự án đường nối xã Châu Hạnh, huyện Quỳ Châu do Ban Quản lý Dự án Công trình Giao thông Nghệ An làm chủ đầu "
        "tư."
    )
    assert ("Dự án đường nối xã Châu Hạnh", "Ban Quản lý Dự án Công trình Giao thông Nghệ An") in assigned(gold)


def test_a_headline_abbreviating_a_project_named_in_full_below_is_that_project() -> None:
    gold = run(
        "Đóng dự án nâng cấp mở rộng Quốc lộ 49 tại Thừa Thiên Huế\n"
        "Văn phòng Chính phủ vừa có thông báo về việc đóng Dự án Nâng cấp, mở rộng Quốc lộ 49 đoạn từ cảng Thuận An "
        "đến Quốc lộ 1."
    )
    assert projects(gold) == ["Dự án Nâng cấp, mở rộng Quốc lộ 49 đoạn từ cảng Thuận An đến Quốc lộ 1"]
    assert assigned(gold) == {
        ("Dự án Nâng cấp, mở rộng Quốc lộ 49 đoạn từ cảng Thuận An đến Quốc lộ 1", "Thừa Thiên Huế")
    }


def test_a_bracket_after_two_projects_joined_by_va_places_both() -> None:
    gold = run(
        "Chủ tịch UBND tỉnh kiểm tra dự án chỉnh trang bờ sông Đông Ba và dự án phố đi bộ đường Nguyễn Đình Chiểu "
        "(thành phố Huế)."
    )
    assert assigned(gold) == {
        ("Dự án chỉnh trang bờ sông Đông Ba", "Huế"),
        ("Dự án phố đi bộ đường Nguyễn Đình Chiểu", "Huế"),
    }


def test_a_lower_case_road_upgrade_with_its_number_is_a_project() -> None:
    gold = run(
        "Sau hai năm thi công, dự án nâng cấp, mở rộng các đoạn xung yếu trên quốc lộ 40B qua tỉnh Kon Tum đã xong."
    )
    assert projects(gold) == ["Dự án nâng cấp, mở rộng các đoạn xung yếu trên quốc lộ 40B"]
    assert assigned(gold) == {("Dự án nâng cấp, mở rộng các đoạn xung yếu trên quốc lộ 40B", "Kon Tum")}


def test_a_province_that_breaks_ground_on_projects_is_where_they_are() -> None:
    gold = run(
        "(QNO) - Ngày 5.5 Quảng Ngãi đã cùng lúc khởi công 2 dự án lớn, là dự án Khu du lịch Mỹ Khê và dự án Khu "
        "công nghiệp Phổ Phong mở rộng và 3 tuyến đường nối vào khu công nghiệp."
    )
    assert sorted(projects(gold)) == ["Dự án Khu công nghiệp Phổ Phong mở rộng", "Dự án Khu du lịch Mỹ Khê"]
    assert assigned(gold) == {
        ("Dự án Khu du lịch Mỹ Khê", "Quảng Ngãi"),
        ("Dự án Khu công nghiệp Phổ Phong mở rộng", "Quảng Ngãi"),
    }


def test_projects_listed_after_their_commune_are_there() -> None:
    gold = run(
        "Ba dự án này đều tại xã Tịnh Sơn của huyện Sơn Tịnh, gồm: dự án trang trại nuôi heo tại thôn Hòa Bình với "
        "diện tích 5ha; dự án trồng rau sạch kết hợp du lịch tại thôn Phú Thọ với diện tích 3ha."
    )
    assert assigned(gold) == {
        ("Dự án trang trại nuôi heo", "Tịnh Sơn"),
        ("Dự án trồng rau sạch kết hợp du lịch", "Tịnh Sơn"),
    }


def test_an_economic_zone_a_plan_is_made_for_is_a_project_too() -> None:
    gold = run(
        "Ủy ban Nhân dân tỉnh Phú Yên chủ trì lập Quy hoạch chung xây dựng Khu kinh tế Nam Phú Yên theo quy định."
    )
    assert sorted(projects(gold)) == ["Khu kinh tế Nam Phú Yên", "Quy hoạch chung xây dựng Khu kinh tế Nam Phú Yên"]
    assert ("Quy hoạch chung xây dựng Khu kinh tế Nam Phú Yên", "Ủy ban Nhân dân tỉnh Phú Yên") in assigned(gold)


def test_a_project_named_inside_a_road_to_it_is_not_that_road_written_short() -> None:
    gold = run("Tỉnh hỗ trợ vốn cho Dự án Cảng Tiên Sa và Dự án đường ven biển nối Cảng Tiên Sa trong năm 2025.")
    assert sorted(projects(gold)) == ["Dự án Cảng Tiên Sa", "Dự án đường ven biển nối Cảng Tiên Sa"]


def test_a_site_with_its_abbreviation_in_brackets_is_one_name() -> None:
    gold = run("UBND tỉnh vừa quyết định thành lập Cụm công nghiệp (CCN) Hoằng Phụ ở huyện Hoằng Hóa.")
    assert projects(gold) == ["Cụm công nghiệp Hoằng Phụ"]
    assert assigned(gold) == {("Cụm công nghiệp Hoằng Phụ", "Hoằng Hóa")}


def test_a_name_that_opens_on_two_verbs_keeps_both() -> None:
    gold = run("Ông cho biết dự án Cải tạo, xây dựng lại khu chung cư Kim Long đang bị chậm tiến độ.")
    assert projects(gold) == ["Dự án Cải tạo, xây dựng lại khu chung cư Kim Long"]


def test_a_board_named_with_its_department_words_then_its_abbreviation_is_the_investor() -> None:
    gold = run(
        "Dự án Hồ chứa nước Đăk Long được UBND tỉnh phê duyệt năm 2019.\n"
        "Dự án có tổng vốn hơn 300 tỷ đồng, do Ban quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát "
        "triển nông thôn tỉnh (Ban quản lý dự án ĐTXD các công trình NN&PTNT) làm chủ đầu tư."
    )
    assert (
        "Dự án Hồ chứa nước Đăk Long",
        "Ban quản lý dự án đầu tư xây dựng các công trình Nông nghiệp và Phát triển nông thôn tỉnh",
    ) in assigned(gold)


def test_an_investor_opening_the_paragraph_after_its_project_and_the_communes_listed_after_va() -> None:
    gold = run(
        "UBND tỉnh đã phê duyệt dự án đầu tư xây dựng sửa chữa, nâng cấp các hồ chứa nước giai đoạn 2026 - 2030.\n"
        "Ban Quản lý dự án Nông nghiệp và Phát triển nông thôn tỉnh là chủ đầu tư. Dự án được triển khai tại phường "
        "Tam Quan và các xã: Hoài Sơn, Hoài Châu. Thời gian thực hiện dự án dự kiến từ năm 2026 - 2030."
    )
    name = "Dự án đầu tư xây dựng sửa chữa, nâng cấp các hồ chứa nước giai đoạn 2026 - 2030"
    assert projects(gold) == [name]
    assert assigned(gold) >= {
        (name, "Ban Quản lý dự án Nông nghiệp và Phát triển nông thôn tỉnh"),
        (name, "Tam Quan"),
        (name, "Hoài Sơn"),
        (name, "Hoài Châu"),
    }


def test_a_list_of_projects_after_what_they_build() -> None:
    gold = run(
        "4 dự án đầu tư xây dựng nhà ở, gồm: Khu đô thị sinh thái phía bắc đường Trần Hưng Đạo, Khu biệt thự sinh "
        "thái hồ Hòa Trung."
    )
    assert sorted(projects(gold)) == [
        "Khu biệt thự sinh thái hồ Hòa Trung",
        "Khu đô thị sinh thái phía bắc đường Trần Hưng Đạo",
    ]


def test_a_company_that_breaks_ground_on_a_project_is_its_investor() -> None:
    gold = run(
        "Tại phường Hòa Khánh Bắc (quận Liên Chiểu, Đà Nẵng), Công ty CP dây cáp điện Tân Cường (TP.HCM) cũng đã khởi "
        "công xây dựng khu đô thị Tân Phú Hòa có tổng diện tích 90 ha."
    )
    assert assigned(gold) >= {
        ("Khu đô thị Tân Phú Hòa", "Công ty CP dây cáp điện Tân Cường"),
        ("Khu đô thị Tân Phú Hòa", "Hòa Khánh Bắc"),
    }


def test_a_lower_case_board_that_builds_is_no_project() -> None:
    gold = run(
        "UBND tỉnh và ban quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Quảng Bình đã chỉ đạo kiểm tra."
    )
    assert projects(gold) == []


def test_a_road_project_and_the_residential_area_on_that_road_are_two() -> None:
    gold = run("Chủ tịch UBND tỉnh làm việc về dự án đường Lê Duẩn và dự án Hạ tầng kỹ thuật Khu dân cư đường Lê Duẩn.")
    assert sorted(projects(gold)) == ["Dự án Hạ tầng kỹ thuật Khu dân cư đường Lê Duẩn", "Dự án đường Lê Duẩn"]


def test_an_investment_project_as_a_class_is_no_project() -> None:
    gold = run(
        "Tỉnh nâng cao trách nhiệm quản lý đối với dự án đầu tư xây dựng do Chủ tịch UBND tỉnh giao các Ban làm."
    )
    assert projects(gold) == []


def test_a_site_named_by_its_width_is_no_project() -> None:
    gold = run("Thanh Hóa sắp có khu đô thị rộng 1.133ha ở phía bắc thành phố.")
    assert projects(gold) == []


def test_an_extended_road_keeps_keo_dai_in_its_name() -> None:
    gold = run("| 2 | Dự án đường Lê Lợi kéo dài | xã Cam Thành, huyện Cam Lộ | 80 |")
    assert projects(gold) == ["Dự án đường Lê Lợi kéo dài"]
    assert assigned(gold) == {("Dự án đường Lê Lợi kéo dài", "Cam Thành")}
