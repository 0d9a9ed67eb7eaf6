"""ASSIGNED_TO, projects and places in the shapes read on investment, resettlement and groundbreaking articles of the
Mekong delta, the south-east and the south-central coast: project boards named by their sector with a dash and their
province alone, companies with a number, investors that "đăng ký thực hiện" a project, built schools listed with
their communes and then given to one investor ("Những dự án trên do X làm chủ đầu tư"), a cluster's commune after
"nằm ở", a town named with its province after a dash. Every sentence here is written for the test, in the shape
seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import assigned, orgs, run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["projects"]]


def places(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["localities"]]


# --- project boards and companies as investors -------------------------------------------------------------------


def test_a_project_board_named_by_its_sector_with_a_dash_and_its_province_is_the_investor() -> None:
    gold = run(
        "Dự án kè bảo vệ bờ biển đoạn từ cống Bảy Xã đến vàm Mỹ Thanh, xã Tân Thuận, tổng vốn 120 tỷ đồng, do Ban "
        "Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp - Phát triển nông thôn Sóc Trăng làm chủ đầu tư."
    )
    board = "Ban Quản lý dự án đầu tư xây dựng các công trình Nông nghiệp - Phát triển nông thôn Sóc Trăng"
    assert board in orgs(gold)
    assert ("Dự án kè bảo vệ bờ biển đoạn từ cống Bảy Xã đến vàm Mỹ Thanh", board) in assigned(gold)


def test_a_project_board_with_its_sector_abbreviated_is_one_name() -> None:
    gold = run(
        "Dự án nạo vét kênh Xáng Mới có tổng vốn 90 tỉ đồng. Chủ đầu tư là Ban quản lý dự án đầu tư xây dựng các "
        "công trình NN-PTNT Trà Vinh."
    )
    assert "Ban quản lý dự án đầu tư xây dựng các công trình NN-PTNT Trà Vinh" in orgs(gold)


def test_a_district_project_board_with_its_abbreviated_level_is_one_name() -> None:
    gold = run("Dự án Trường THCS An Thới Đông do Ban Quản lý đầu tư xây dựng công trình H.Cần Giờ làm chủ đầu tư.")
    board = "Ban Quản lý đầu tư xây dựng công trình H.Cần Giờ"
    assert board in orgs(gold)
    assert ("Dự án Trường THCS An Thới Đông", board) in assigned(gold)


def test_a_company_whose_name_ends_on_a_number_keeps_it() -> None:
    gold = run(
        "Cụ thể, Dự án Khu nhà ở công nhân Trà Nóc do Công ty TNHH Tư vấn Đầu tư 579 thực hiện trên diện tích "
        "12.000 m2 tại phường Thới An Đông."
    )
    assert "Công ty TNHH Tư vấn Đầu tư 579" in orgs(gold)


def test_a_company_that_registers_to_carry_out_a_project_is_its_investor() -> None:
    gold = run(
        "Nổi bật là Dự án Khu thương mại – căn hộ cao cấp Sông Hậu do Công ty Cổ phần Địa ốc Sông Hậu đăng ký thực "
        "hiện trên khu đất rộng 4.100 m2 tại phường Tân An. Dự án Khu nhà ở Cái Sơn do Công ty TNHH Xây dựng Hưng "
        "Phát thực hiện trên diện tích 9.000 m2 tại phường An Bình."
    )
    assert assigned(gold) >= {
        ("Dự án Khu thương mại – căn hộ cao cấp Sông Hậu", "Công ty Cổ phần Địa ốc Sông Hậu"),
        ("Dự án Khu nhà ở Cái Sơn", "Công ty TNHH Xây dựng Hưng Phát"),
        ("Dự án Khu nhà ở Cái Sơn", "An Bình"),
    }


# --- lists of built works and the investor of them all -----------------------------------------------------------


def test_schools_listed_as_built_with_their_communes_are_projects_placed_there() -> None:
    gold = run(
        "Các trường xây dựng gồm: Mầm non Hoa Mai (5.200 m2, xã Tân Phú), Tiểu học Lê Lợi (9.100 m2, xã Phước "
        "An), THCS Trần Phú (8.000 m2, xã Long Hòa).\n\nNhững dự án trên do Ban Quản lý dự án đầu tư xây dựng huyện "
        "Cần Giờ làm chủ đầu tư."
    )
    assert sorted(projects(gold)) == ["Mầm non Hoa Mai", "THCS Trần Phú", "Tiểu học Lê Lợi"]
    board = "Ban Quản lý dự án đầu tư xây dựng huyện Cần Giờ"
    assert assigned(gold) >= {
        ("Mầm non Hoa Mai", "Tân Phú"),
        ("Tiểu học Lê Lợi", "Phước An"),
        ("THCS Trần Phú", "Long Hòa"),
        ("Mầm non Hoa Mai", board),
        ("Tiểu học Lê Lợi", board),
        ("THCS Trần Phú", board),
    }


def test_schools_listed_without_a_build_verb_are_not_projects() -> None:
    gold = run("Các trường đạt chuẩn gồm: Mầm non Hoa Mai (xã Tân Phú), Tiểu học Lê Lợi (xã Phước An).")
    assert projects(gold) == []


def test_a_cluster_with_its_commune_after_nam_o_in_brackets_is_placed_there() -> None:
    gold = run(
        "Các cụm công nghiệp đã lấp đầy gồm: Cụm công nghiệp gốm sứ Tân Hạnh (nằm ở xã Tân Hạnh, huyện Long Thành), "
        "Cụm công nghiệp Phú Túc (xã Phú Túc, huyện Định Quán)."
    )
    assert assigned(gold) >= {("Cụm công nghiệp gốm sứ Tân Hạnh", "Tân Hạnh"), ("Cụm công nghiệp Phú Túc", "Phú Túc")}


# --- not projects, not places ------------------------------------------------------------------------------------


def test_a_pilot_or_overall_project_named_by_its_kind_alone_is_no_project() -> None:
    gold = run(
        "HĐND thông qua danh mục các khu đất thực hiện dự án thí điểm. Sở Xây dựng trình UBND tỉnh phê duyệt dự án "
        "tổng thể tại Quyết định số 463/QĐ-UBND ngày 20/4/2023."
    )
    assert projects(gold) == []


def test_a_counted_headline_of_clusters_is_no_cluster() -> None:
    gold = run("5 cụm công nghiệp lấp đầy 100%\n\nĐồng Nai có 28 cụm công nghiệp với diện tích 1.600 hécta.")
    assert projects(gold) == []


def test_a_town_named_with_its_province_after_a_dash_is_the_town() -> None:
    gold = run("Đây là tuyến giao thông nối thị xã Tân Châu - An Giang với cửa khẩu quốc tế Vĩnh Xương.")
    assert "Tân Châu" in places(gold)
    assert "Tân Châu - An Giang" not in places(gold)


def test_districts_listed_after_la_are_districts() -> None:
    gold = run("Trước đó 3 huyện còn lại của tỉnh Lâm Đồng là Lạc Dương, Đức Trọng và Đơn Dương thuộc quy hoạch chung.")
    assert {"Lạc Dương", "Đức Trọng", "Đơn Dương"} <= set(places(gold))


def test_a_headline_ending_on_a_counted_level_word_names_no_unit_on_the_next_line() -> None:
    gold = run("Lập quy hoạch trên 7 huyện\n\nTheo kế hoạch đến năm 2019, tỉnh Lâm Đồng sẽ thông qua quy hoạch.")
    assert "Theo" not in places(gold)


def test_a_district_named_in_a_resettlement_areas_or_a_towns_name_is_a_place() -> None:
    gold = run(
        "TP Cần Thơ lập 5 khu tái định cư. Cụ thể: Khu tái định cư Phong Điền (giai đoạn 2) có 248 nền; Khu tái định "
        "cư Vĩnh Thạnh có 851 nền. Tỉnh Khánh Hòa triển khai khu đô thị mới Cam Lâm."
    )
    assert {"Phong Điền", "Vĩnh Thạnh", "Cam Lâm"} <= set(places(gold))


def test_a_department_abbreviated_with_a_dash_is_given_the_scheme() -> None:
    gold = run(
        "UBND tỉnh cho biết đã giao Sở NN-PTNT thực hiện xây dựng đề án quản lý nhà lưới trên địa bàn tỉnh giai "
        "đoạn 2021 - 2025."
    )
    assert "Sở NN-PTNT" in orgs(gold)
    assert ("Đề án quản lý nhà lưới", "Sở NN-PTNT") in assigned(gold)


def test_a_letter_that_directs_a_department_to_guide_is_given_to_it() -> None:
    gold = run(
        "Ngày 2/4/2019, UBND tỉnh ban hành văn bản số 2040/UBND-NN chỉ đạo Sở Nông nghiệp và Phát triển nông thôn "
        "hướng dẫn các chủ rừng lập kế hoạch trồng rừng năm 2019."
    )
    assert ("2040/UBND-NN", "Sở Nông nghiệp và Phát triển nông thôn") in assigned(gold)


def test_a_projects_name_ends_before_its_funding_after_a_dash() -> None:
    gold = run(
        "Phó Thủ tướng đồng ý bổ sung Dự án Mua sắm thiết bị Bệnh viện Đa khoa tỉnh Kon Tum - vốn ODA của Chính phủ "
        "Áo vào danh mục đầu tư công. Phó Thủ tướng giao Bộ Kế hoạch và Đầu tư, Bộ Tài chính xử lý theo quy định."
    )
    assert projects(gold) == ["Dự án Mua sắm thiết bị Bệnh viện Đa khoa tỉnh Kon Tum"]
    assert assigned(gold) >= {
        ("Dự án Mua sắm thiết bị Bệnh viện Đa khoa tỉnh Kon Tum", "Bộ Kế hoạch và Đầu tư"),
        ("Dự án Mua sắm thiết bị Bệnh viện Đa khoa tỉnh Kon Tum", "Bộ Tài chính"),
    }


def test_each_body_of_a_sentence_about_a_project_after_cu_the_voi_is_given_it() -> None:
    gold = run(
        "Cụ thể, với Dự án Thành phần 2 (dự án cầu Rạch Chiếc), Sở Xây dựng phải góp ý các đồ án quy hoạch trước "
        "ngày 10-10; Sở Tài chính thẩm định Báo cáo nghiên cứu khả thi trước ngày 20-10."
    )
    assert assigned(gold) >= {("Dự án Thành phần 2", "Sở Xây dựng"), ("Dự án Thành phần 2", "Sở Tài chính")}


def test_an_industrial_park_named_back_by_a_bare_du_an_gets_its_investor() -> None:
    gold = run(
        "Tỉnh trao quyết định chấp thuận chủ trương đầu tư Khu công nghiệp Thạnh Đức 2, tại xã Bến Lức.\n\n"
        "Ông Nguyễn Văn A trao quyết định cho nhà đầu tư.\n\n"
        "Dự án do Công ty TNHH Phát triển Thạnh Đức làm chủ đầu tư, diện tích hơn 300 ha, tổng vốn 3.000 tỉ đồng."
    )
    assert ("Khu công nghiệp Thạnh Đức 2", "Công ty TNHH Phát triển Thạnh Đức") in assigned(gold)


def test_a_figure_after_an_industrial_park_word_is_no_park() -> None:
    gold = run("Tây Ninh gật đầu với siêu dự án khu công nghiệp 3.900 tỉ đồng.")
    assert projects(gold) == []


def test_a_project_at_a_zone_of_a_ward_is_in_the_ward() -> None:
    gold = run(
        "Bên cạnh đó, tỉnh sẽ khởi công dự án nhà ở xã hội tại khu hành chính và dân cư phường Phước Hậu, đáp ứng "
        "nhu cầu nhà ở."
    )
    assert ("Dự án nhà ở xã hội", "Phước Hậu") in assigned(gold)


def test_a_complex_named_by_its_parts_and_its_brand_is_a_project() -> None:
    gold = run(
        "Nổi bật là Tổ hợp Trung tâm thương mại – căn hộ cao cấp Sông Hậu Tower do Công ty Cổ phần Sông Hậu Tower "
        "đăng ký thực hiện. Các tổ hợp tác sản xuất rau Tân Phú cũng được hỗ trợ."
    )
    complex_ = "Tổ hợp Trung tâm thương mại – căn hộ cao cấp Sông Hậu Tower"
    assert projects(gold) == [complex_]
    assert (complex_, "Công ty Cổ phần Sông Hậu Tower") in assigned(gold)


def test_each_company_of_a_venture_chosen_as_investor_invests_in_the_project() -> None:
    gold = run(
        "Theo quyết định, liên danh Tập đoàn Hải Đăng - Công ty CP Sao Mai - Công ty CP Bến Thành - HUD 5 được chọn "
        "làm nhà đầu tư thực hiện dự án Khu đô thị hồ Bàu Sen."
    )
    assert assigned(gold) >= {
        ("Dự án Khu đô thị hồ Bàu Sen", "Tập đoàn Hải Đăng"),
        ("Dự án Khu đô thị hồ Bàu Sen", "Công ty CP Sao Mai"),
        ("Dự án Khu đô thị hồ Bàu Sen", "Công ty CP Bến Thành"),
    }


def test_a_short_name_whose_bracket_goes_on_with_the_wards_names_the_full_project() -> None:
    gold = run(
        "UBND tỉnh phê duyệt nhà đầu tư thực hiện dự án Khu đô thị - du lịch - thể thao hồ Bàu Sen (gọi tắt là Khu đô "
        "thị hồ Bàu Sen, ở các phường Quy Nhơn Đông, Quy Nhơn Tây).\n\nKhu đô thị hồ Bàu Sen ẢNH: MINH AN"
    )
    full = "Dự án Khu đô thị - du lịch - thể thao hồ Bàu Sen"
    assert assigned(gold) >= {(full, "Quy Nhơn Đông"), (full, "Quy Nhơn Tây")}
    assert "Khu đô thị hồ Bàu Sen ẢNH" not in projects(gold)


def test_each_project_of_a_counted_list_after_the_task_is_given_to_the_body() -> None:
    gold = run(
        "Ngoài ra, UBND tỉnh giao Ban Quản lý Khu kinh tế Bình Định lập chủ trương đầu tư 3 khu tái định cư gồm: Dự "
        "án Hạ tầng khu tái định cư phục vụ xây dựng Khu kinh tế Nhơn Hội, Dự án Hạ tầng khu tái định cư Cát Tiến và "
        "Dự án Hạ tầng khu tái định cư Cát Hải (giai đoạn 2)."
    )
    board = "Ban Quản lý Khu kinh tế Bình Định"
    assert assigned(gold) >= {
        ("Dự án Hạ tầng khu tái định cư Cát Tiến", board),
        ("Dự án Hạ tầng khu tái định cư Cát Hải (giai đoạn 2)", board),  # (its phase is part of its name)
    }
    assert ("Khu kinh tế Nhơn Hội", board) not in assigned(gold)


def test_investors_written_with_initials_in_lower_case_or_after_a_capital_venture_are_read() -> None:
    gold = run(
        "Khu công nghiệp Hòa Hội quy mô 250ha, do Công ty CP Tập đoàn T&T làm chủ đầu tư.\n"
        "Dự án nhà ở xã hội tại Khu tái định cư Vĩnh Hải cung cấp 900 căn hộ, do công ty TNHH Bất động sản Biển Đông "
        "làm chủ đầu tư.\n"
        "Khu đô thị hỗn hợp Cam Ranh rộng 200ha, do Liên danh Công ty TNHH Mặt Trời Phú Quốc và Công ty CP Du lịch "
        "Hòn Tằm làm chủ đầu tư."
    )
    assert assigned(gold) >= {
        ("Khu công nghiệp Hòa Hội", "Công ty CP Tập đoàn T&T"),
        ("Dự án nhà ở xã hội", "công ty TNHH Bất động sản Biển Đông"),
        ("Khu đô thị hỗn hợp Cam Ranh", "Công ty TNHH Mặt Trời Phú Quốc"),
        ("Khu đô thị hỗn hợp Cam Ranh", "Công ty CP Du lịch Hòn Tằm"),
    }


def test_a_park_inside_a_companys_name_or_the_countrys_parks_are_no_project() -> None:
    gold = run(
        "Dự án do Công ty CP Phát triển hạ tầng KCN Hòa Hội làm chủ đầu tư. Tỉnh bổ sung KCN Phú Xuân vào Quy hoạch "
        "phát triển các KCN Việt Nam."
    )
    assert "KCN Hòa Hội" not in projects(gold)
    assert "KCN Việt Nam" not in projects(gold)


def test_a_projects_name_ends_before_its_investor_in_apposition() -> None:
    gold = run("Dự án Khu công nghiệp công nghệ cao Bình Định, chủ đầu tư là Công ty CP Tập đoàn T&T.")
    assert projects(gold) == ["Dự án Khu công nghiệp công nghệ cao Bình Định"]
    assert ("Dự án Khu công nghiệp công nghệ cao Bình Định", "Công ty CP Tập đoàn T&T") in assigned(gold)


def test_a_project_named_before_tao_lac_ends_there() -> None:
    gold = run("Dự án Khu dân cư Phước Lý tọa lạc tại xã Phước Lý, huyện Cần Giuộc.")
    assert projects(gold) == ["Dự án Khu dân cư Phước Lý"]


def test_a_commune_marked_new_is_given_the_task_that_follows_the_mark() -> None:
    gold = run("UBND tỉnh đề nghị UBND xã Tân Phú (mới) khẩn trương bàn giao mặt bằng Dự án Đường Vành đai 3.")
    assert ("Dự án Đường Vành đai 3", "UBND xã Tân Phú") in assigned(gold)


def test_each_row_of_a_project_table_goes_to_the_body_of_its_investor_column() -> None:
    gold = run(
        "| STT | Tên dự án | Địa điểm | Chủ đầu tư |\n"
        "| 1 | Đường ven biển ĐT.994 | Xã Phước Hải | Ban QLDA giao thông tỉnh |\n"
        "| 2 | Cầu Long Sơn | Xã Long Sơn | UBND xã Long Sơn |"
    )
    assert assigned(gold) >= {
        ("Đường ven biển ĐT.994", "Ban QLDA giao thông tỉnh"),
        ("Cầu Long Sơn", "UBND xã Long Sơn"),
        ("Cầu Long Sơn", "Long Sơn"),
    }


def test_a_commune_that_breaks_ground_with_a_project_board_places_the_work_there() -> None:
    gold = run(
        "Chiều 5/9, UBND xã Phú Lộc phối hợp Ban Quản lý dự án đầu tư xây dựng khu vực 3 tổ chức lễ khởi công công "
        "trình Trường Mầm non Phú Lộc."
    )
    assert ("Trường Mầm non Phú Lộc", "Phú Lộc") in assigned(gold)


def test_a_task_asked_of_a_bodys_head_goes_to_the_body() -> None:
    gold = run(
        "Chủ tịch UBND tỉnh yêu cầu Giám đốc Sở Xây dựng chịu trách nhiệm hoàn thành thẩm định Dự án Khu nhà ở xã "
        "hội Tân Vạn trước ngày 30/9. Yêu cầu Chủ tịch UBND huyện Nhơn Trạch chỉ đạo hoàn thành bồi thường Dự án "
        "đường Vành đai 3 trong tháng 6."
    )
    assert assigned(gold) >= {
        ("Dự án Khu nhà ở xã hội Tân Vạn", "Sở Xây dựng"),
        ("Dự án đường Vành đai 3", "UBND huyện Nhơn Trạch"),
    }


def test_a_component_project_of_an_expressway_names_the_expressway() -> None:
    gold = run(
        "Tỉnh thu hồi 20 ha đất để xây dựng khu tái định cư tại xã Xuân Đông, thuộc dự án thành phần của cao tốc Dầu "
        "Giây – Tân Phú."
    )
    assert projects(gold) == ["Cao tốc Dầu Giây – Tân Phú"]


def test_a_cost_written_ti_is_no_projects_name() -> None:
    gold = run(
        "Tổng mức đầu tư dự án 350 tỉ đồng, huy động từ ngân sách tỉnh. Chủ đầu tư là Ban quản lý dự án đầu tư xây "
        "dựng các công trình NN-PTNT Sóc Trăng. Tỉnh khởi công dự án đường trục phía Nam hơn 480 tỉ đồng."
    )
    assert projects(gold) == ["Dự án đường trục phía Nam"]


def test_a_project_word_before_a_plural_names_none() -> None:
    gold = run("Nghị quyết điều chỉnh chủ trương đầu tư dự án các tuyến đường liên xã như: đường từ xã A đi xã B.")
    assert projects(gold) == []


def test_a_work_of_a_lower_case_kind_named_after_a_ceremony_is_a_project() -> None:
    gold = run(
        "Sáng 26/7, Liên đoàn Lao động tỉnh tổ chức Lễ gắn biển công trình cầu Rạch Gòi-Đường tỉnh 941 huyện Thoại "
        "Sơn. Công trình do Ban Quản lý dự án đầu tư xây dựng công trình giao thông và nông nghiệp An Giang làm chủ "
        "đầu tư."
    )
    assert [p for p in projects(gold) if p.startswith("Công trình cầu Rạch Gòi-Đường tỉnh 941")]


def test_an_investor_opening_a_later_sentence_invests_in_the_project_named_before() -> None:
    gold = run(
        "Dự án kè bờ sông TT.Sông Đốc được triển khai trong giai đoạn 2025 - 2028, thuộc nhóm B.\n\n"
        "Tổng mức đầu tư dự án 350 tỉ đồng, huy động từ ngân sách tỉnh. Chủ đầu tư là Ban quản lý dự án đầu tư xây "
        "dựng các công trình NN-PTNT Cà Mau."
    )
    board = "Ban quản lý dự án đầu tư xây dựng các công trình NN-PTNT Cà Mau"
    assert ("Dự án kè bờ sông TT.Sông Đốc", board) in assigned(gold)


def test_a_works_name_ends_before_the_occasion_it_marks() -> None:
    gold = run(
        "Sáng 26/7, tỉnh tổ chức Lễ gắn biển công trình cầu Rạch Gòi-Đường tỉnh 941, chào mừng Đại hội Công đoàn "
        "tỉnh lần thứ XI, kỷ niệm 94 năm Ngày thành lập Công đoàn Việt Nam."
    )
    assert projects(gold) == ["Công trình cầu Rạch Gòi-Đường tỉnh 941"]


def test_a_district_whose_name_opens_on_a_common_word_is_read_after_its_level() -> None:
    gold = run("Cơ sở 2 Trường mầm non Họa Mi, xã Phước Kiển, H.Nhà Bè, có tổng kinh phí 49 tỉ đồng.")
    assert "Nhà Bè" in places(gold)
