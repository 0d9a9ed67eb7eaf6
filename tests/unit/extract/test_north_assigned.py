"""ASSIGNED_TO and projects in the shapes read on groundbreaking, inauguration, investment-approval and new-rural
programme articles of the north and the north-central coast: a ceremony whose venue is told after the outlet's tag or
after the occasion it marks, a text whose sentence names its project back by its kind alone ("Dự án được triển khai
tại xã A", "Khu đất nghiên cứu quy hoạch thuộc địa bàn các xã B, C"), a site numbered rather than named ("Khu đô thị
số 3"), a bridge whose name is followed by what it spans, a programme followed by the date of its review. Every
sentence here is written for the test, in the shape seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import assigned, relations, run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["projects"]]


# --- a ceremony's venue -------------------------------------------------------------------------------------------


def test_a_ceremony_venue_after_the_outlets_tag_locates_the_work() -> None:
    gold = run(
        "Khánh thành cầu nối hai xã\n\nBNO - Sáng 14/10, tại xã Tam Đa (tỉnh Bắc Ninh), UBND tỉnh Bắc Ninh tổ "
        "chức lễ khánh thành Dự án cầu Tam Đa - Đông Phong."
    )
    assert ("Dự án cầu Tam Đa - Đông Phong", "Tam Đa") in assigned(gold)


def test_a_ceremony_venue_after_the_occasion_it_marks_locates_the_work() -> None:
    gold = run(
        "Chiều 5/6, nằm trong chuỗi hoạt động chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030, tại "
        "khu công nghiệp Đồng Văn 4, xã Đại Cương, tỉnh Hà Nam đã diễn ra lễ khởi công dự án Nhà máy may Kim Sơn."
    )
    assert ("Dự án Nhà máy may Kim Sơn", "Đại Cương") in assigned(gold)
    assert ("Khu công nghiệp Đồng Văn 4", "Đại Cương") in assigned(gold)


# --- a project named back by its kind alone -----------------------------------------------------------------------


def test_a_sentence_opening_on_the_bare_word_project_is_the_project_named_before() -> None:
    gold = run(
        "Khu công nghiệp Yên Lư có quy mô 300 ha.\nDự án được triển khai tại địa bàn xã Yên Lư và xã Nội Hoàng, "
        "dự kiến hoàn thành năm 2028."
    )
    assert {("Khu công nghiệp Yên Lư", "Yên Lư"), ("Khu công nghiệp Yên Lư", "Nội Hoàng")} <= assigned(gold)


def test_the_bare_word_project_before_the_text_names_it_is_the_texts_only_project() -> None:
    gold = run(
        "Sắp có khu công nghiệp 400 ha ở Bắc Giang\n\nDự án được triển khai tại địa bàn xã Hương Lâm và xã Đông "
        "Lỗ. Theo quyết định, Khu công nghiệp Hương Lâm có thời hạn hoạt động 50 năm."
    )
    assert {("Khu công nghiệp Hương Lâm", "Hương Lâm"), ("Khu công nghiệp Hương Lâm", "Đông Lỗ")} <= assigned(gold)


def test_the_land_studied_for_a_plan_lies_where_the_project_named_before_is() -> None:
    gold = run(
        "Khu đô thị Nam Quế Võ có quy mô gần 300ha. Khu đất nghiên cứu quy hoạch thuộc địa bàn các xã Phương Liễu, "
        "Nhân Hòa, phường Phố Mới."
    )
    found = assigned(gold)
    assert {("Khu đô thị Nam Quế Võ", x) for x in ("Phương Liễu", "Nhân Hòa", "Phố Mới")} <= found


# --- names -------------------------------------------------------------------------------------------------------


def test_a_site_numbered_rather_than_named_is_a_project_and_lies_where_it_is_said_to() -> None:
    gold = run("Khu đô thị số 3 nằm trên địa bàn xã Đông Hưng và xã Tiền Phong vừa được phê duyệt chủ trương đầu tư.")
    assert "Khu đô thị số 3" in projects(gold)
    assert {("Khu đô thị số 3", "Đông Hưng"), ("Khu đô thị số 3", "Tiền Phong")} <= assigned(gold)


def test_a_bridges_name_ends_before_what_it_spans() -> None:
    gold = run(
        "Dự án cầu Bến Tắm, bắc qua sông Cầu nối giữa xã Đông Xuyên (huyện Yên Phong) và xã Tam Giang (thành phố "
        "Bắc Ninh) được phê duyệt năm 2015."
    )
    assert "Dự án cầu Bến Tắm" in projects(gold)


def test_a_programme_ends_before_the_date_its_review_reaches() -> None:
    gold = run(
        "Văn phòng Điều phối tỉnh đánh giá tiến độ thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
        "đến tháng 6/2021 trên địa bàn 5 xã."
    )
    assert projects(gold) == ["Chương trình mục tiêu quốc gia xây dựng nông thôn mới"]


def test_a_company_after_a_kind_of_site_is_no_sites_name() -> None:
    gold = run("Hai khu đô thị Công ty cổ phần Đất Xanh đề xuất gồm Khu đô thị Nam Quế Võ và Khu đô thị Bắc Yên Phong.")
    assert "Khu đô thị Công" not in projects(gold)


def test_sites_listed_after_their_abbreviated_head_and_nhu_are_each_a_project() -> None:
    gold = run("Các KCN như Thuận Thành II, Yên Phong III, Gia Bình... đang được đầu tư mạnh về hạ tầng.")
    names = projects(gold)
    assert {"Khu công nghiệp Thuận Thành II", "Khu công nghiệp Yên Phong III", "Khu công nghiệp Gia Bình"} <= set(names)


# --- more places -------------------------------------------------------------------------------------------------


def test_a_bridge_joining_two_communes_lies_in_both() -> None:
    gold = run(
        "Dự án cầu Bến Tắm, bắc qua sông Cầu nối giữa xã Đông Xuyên (huyện Yên Phong) và xã Tam Giang (thành phố "
        "Bắc Ninh) được phê duyệt năm 2015."
    )
    assert {("Dự án cầu Bến Tắm", "Đông Xuyên"), ("Dự án cầu Bến Tắm", "Tam Giang")} <= assigned(gold)


def test_a_capitalised_city_after_a_site_and_a_comma_locates_it() -> None:
    gold = run(
        "Thủ tướng ký quyết định chấp thuận chủ trương đầu tư Khu công nghiệp Sóc Sơn, Thành phố Hà Nội (Dự án)."
    )
    assert ("Khu công nghiệp Sóc Sơn", "Hà Nội") in assigned(gold)


def test_a_stretch_of_a_road_named_before_has_the_road_projects_investor() -> None:
    gold = run(
        "Dự án đường ven biển Thái Bình dài 40 km do Sở Giao thông Vận tải làm chủ đầu tư.\n\nĐoạn qua huyện Tiền "
        "Hải dài 15 km, vốn đầu tư 900 tỷ đồng, do Ban Quản lý dự án đầu tư xây dựng tỉnh làm chủ đầu tư."
    )
    assert ("Dự án đường ven biển Thái Bình", "Ban Quản lý dự án đầu tư xây dựng tỉnh") in assigned(gold)


# --- more names --------------------------------------------------------------------------------------------------


def test_a_quoted_programme_runs_to_its_closing_quote() -> None:
    gold = run(
        'Công trình thuộc Dự án "Chương trình mở rộng quy mô nước sạch và vệ sinh nông thôn dựa trên kết quả" vay '
        "vốn Ngân hàng Thế giới."
    )
    quoted = "Chương trình mở rộng quy mô nước sạch và vệ sinh nông thôn dựa trên kết quả"
    assert any(name.endswith(quoted) for name in projects(gold))
    assert "Chương trình mở rộng" not in projects(gold)


def test_a_quoted_event_title_is_no_project() -> None:
    gold = run('Sở Tài chính tổ chức tọa đàm "Quy hoạch tỉnh Bắc Ninh: Cơ hội và động lực mới".')
    assert not [name for name in projects(gold) if "Cơ hội" in name]


def test_resettlement_housing_named_by_its_commune_is_a_project_there() -> None:
    gold = run(
        "Tỉnh sẽ khởi công dự án khu nhà ở xã hội cho công nhân Khu công nghiệp Tân Quang và dự án khu tái định cư "
        "tại xã Như Quỳnh."
    )
    assert "Khu tái định cư tại xã Như Quỳnh" in projects(gold)
    assert ("Khu tái định cư tại xã Như Quỳnh", "Như Quỳnh") in assigned(gold)


def test_a_road_to_a_site_is_the_work_not_the_site() -> None:
    gold = run("Lâm Đồng khánh thành đường vào sân bay Phan Thiết dịp Quốc khánh.")
    assert "Đường vào sân bay Phan Thiết" in projects(gold)
    assert ("Sân bay Phan Thiết", "Lâm Đồng") not in assigned(gold)


# --- what is no project ------------------------------------------------------------------------------------------


def test_a_programme_the_text_announces_below_names_none() -> None:
    gold = run("Ban Chấp hành Đảng bộ tỉnh xây dựng Chương trình hành động dưới đây:\n1. Mục tiêu chung")
    assert "Chương trình hành động dưới đây" not in projects(gold)
    gold = run("Ủy ban nhân dân tỉnh ban hành Chương trình triển khai thực hiện cụ thể như sau:\n1. Mục đích")
    assert not [name for name in projects(gold) if name.startswith("Chương trình triển khai")]


def test_a_name_cut_on_a_preposition_is_none() -> None:
    gold = run("Căn cứ Nghị quyết số 12-NQ/TU ngày 02/8/2016 của Ban Chấp hành Đảng bộ tỉnh thực hiện Chương trình mục "
               "tiêu quốc gia về…")  # fmt: skip
    assert "Chương trình mục tiêu quốc gia về" not in projects(gold)


def test_a_project_name_ends_before_what_it_is_put_into() -> None:
    gold = run("Thủ tướng yêu cầu sớm đưa dự án Nhổn - Ga Hà Nội vào hoạt động trong năm nay.")
    assert "Dự án Nhổn - Ga Hà Nội" in projects(gold)


def test_a_programme_ends_before_the_half_year_it_is_reviewed_for() -> None:
    gold = run("Ban Chỉ đạo đánh giá kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững 6 tháng đầu "
               "năm, triển khai nhiệm vụ 6 tháng cuối năm.")  # fmt: skip
    assert "Chương trình mục tiêu quốc gia giảm nghèo bền vững" in projects(gold)


def test_a_ceremony_item_is_no_programme() -> None:
    gold = run("Chương trình chào cờ tại đại hội. Ảnh: Mai Hoa")
    assert projects(gold) == []


# --- works in lower case -----------------------------------------------------------------------------------------


def test_a_bridge_built_written_in_lower_case_is_a_work_and_lies_where_the_sentence_says() -> None:
    gold = run("Tỉnh đầu tư xây dựng cầu Bình Ca trên địa bàn huyện Sơn Dương với tổng mức đầu tư 300 tỷ đồng.")
    assert "Cầu Bình Ca" in projects(gold)
    assert ("Cầu Bình Ca", "Sơn Dương") in assigned(gold)


def test_works_listed_in_lower_case_with_their_communes() -> None:
    gold = run("Các công trình hoàn thành gồm: Nhà văn hóa thôn Đông (xã Xuân Lâm); cầu Đá Bạc (xã Tiến Thắng).")
    assert "Cầu Đá Bạc" in projects(gold)
    assert ("Cầu Đá Bạc", "Tiến Thắng") in assigned(gold)


def test_a_street_upgraded_is_no_work_of_this_kind() -> None:
    gold = run("Thành phố nâng cấp đường Nguyễn Trãi trong năm 2025.")
    assert projects(gold) == []


# --- communes after the 2025 mergers -----------------------------------------------------------------------------


def test_a_merged_commune_carrying_on_a_project_from_a_date_is_its_unit() -> None:
    gold = run("Từ ngày 1/7/2025, xã Mường Hung (mới) tiếp tục triển khai Dự án đường nội thị Mường Hung.")
    assert ("Dự án đường nội thị Mường Hung", "Mường Hung") in assigned(gold)
    gold = run("Sau sáp nhập, phường Hạc Thành tiếp tục thực hiện Dự án chỉnh trang sông Nhà Lê.")
    assert ("Dự án chỉnh trang sông Nhà Lê", "Hạc Thành") in assigned(gold)


# --- investors ---------------------------------------------------------------------------------------------------


def test_a_company_approved_as_investor_of_the_project_named_after() -> None:
    gold = run("Công ty cổ phần Đầu tư Hải Đăng được chấp thuận làm nhà đầu tư Dự án Khu dân cư Bắc Sông Chu.")
    assert ("Dự án Khu dân cư Bắc Sông Chu", "Công ty cổ phần Đầu tư Hải Đăng") in assigned(gold)


def test_the_investor_after_nha_dau_tu_la_in_the_projects_sentence() -> None:
    gold = run(
        "Dự án Cụm công nghiệp Hoằng Sơn có quy mô 75 ha, nhà đầu tư là Công ty TNHH Phát triển hạ tầng Hoằng Sơn."
    )
    assert ("Dự án Cụm công nghiệp Hoằng Sơn", "Công ty TNHH Phát triển hạ tầng Hoằng Sơn") in assigned(gold)


def test_a_body_that_is_investor_in_a_clause_after_a_comma() -> None:
    gold = run("Dự án Bệnh viện Đa khoa Quan Sơn được đầu tư bằng nguồn vốn ngân sách tỉnh, Sở Y tế làm chủ đầu tư.")
    assert ("Dự án Bệnh viện Đa khoa Quan Sơn", "Sở Y tế") in assigned(gold)


def test_a_project_board_opening_its_sentence_carries_out_the_project_named_after_its_verb() -> None:
    gold = run(
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Nghệ An đang triển khai Dự án đường ven "
        "biển Nghi Sơn - Cửa Lò."
    )
    board = "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Nghệ An"
    assert ("Dự án đường ven biển Nghi Sơn - Cửa Lò", board) in assigned(gold)
    gold = run("Hiện nay, Công ty cổ phần Xây dựng Hòa Bình đang thi công Dự án cầu Cửa Hội 2.")
    assert ("Dự án cầu Cửa Hội 2", "Công ty cổ phần Xây dựng Hòa Bình") in assigned(gold)


def test_a_unit_committee_carrying_out_a_project_is_not_read_as_a_board() -> None:
    gold = run("Năm 2024, UBND xã Hương Trà triển khai thực hiện Đề án phát triển du lịch Hương Trà.")
    assert ("Đề án phát triển du lịch Hương Trà", "UBND xã Hương Trà") not in assigned(gold)


# --- a decision's fields -----------------------------------------------------------------------------------------


def test_a_decisions_place_field_locates_the_project_its_name_field_names() -> None:
    gold = run(
        "Điều 1. Quyết định chủ trương đầu tư Dự án Đường giao thông từ trung tâm xã Pù Nhi đi bản Chiềng Nưa, với "
        "các nội dung sau:\n1. Tên dự án: Đường giao thông từ trung tâm xã Pù Nhi đi bản Chiềng Nưa.\n2. Địa điểm "
        "thực hiện dự án: xã Pù Nhi, huyện Mường Lát, tỉnh Thanh Hóa.\n3. Chủ đầu tư: UBND huyện Mường Lát."
    )
    assert ("Dự án Đường giao thông từ trung tâm xã Pù Nhi đi bản Chiềng Nưa", "Pù Nhi") in assigned(gold)


def test_a_place_field_of_two_communes_gives_both() -> None:
    gold = run(
        "Điều 1. Phê duyệt Dự án Hồ chứa nước Bản Mồng như sau:\n- Địa điểm xây dựng: xã Tân Lập và xã Hua La, "
        "tỉnh Sơn La.\n- Chủ đầu tư: Sở Nông nghiệp và Môi trường."
    )
    assert {("Dự án Hồ chứa nước Bản Mồng", "Tân Lập"), ("Dự án Hồ chứa nước Bản Mồng", "Hua La")} <= assigned(gold)


def test_a_district_is_dropped_where_the_text_places_the_project_in_a_commune_of_it() -> None:
    gold = run(
        "Điều 1. Quyết định chủ trương đầu tư Dự án Đường giao thông từ trung tâm xã Pù Nhi đi bản Chiềng Nưa, huyện "
        "Mường Lát, với các nội dung sau:\n1. Tên dự án: Đường giao thông từ trung tâm xã Pù Nhi đi bản Chiềng Nưa."
        "\n2. Địa điểm thực hiện dự án: xã Pù Nhi, huyện Mường Lát, tỉnh Thanh Hóa."
    )
    found = assigned(gold)
    assert ("Dự án Đường giao thông từ trung tâm xã Pù Nhi đi bản Chiềng Nưa", "Pù Nhi") in found
    assert ("Dự án Đường giao thông từ trung tâm xã Pù Nhi đi bản Chiềng Nưa", "Mường Lát") not in found


def test_a_district_of_another_commune_is_kept() -> None:
    gold = run("Dự án đường tỉnh 295 đi qua huyện Yên Dũng và xã Tân Sỏi (huyện Yên Thế).")
    assert {("Dự án đường tỉnh 295", "Yên Dũng"), ("Dự án đường tỉnh 295", "Tân Sỏi")} <= assigned(gold)


def test_a_road_named_back_before_the_text_names_it_is_its_only_road() -> None:
    gold = run(
        "Tuyến đường có chiều dài 12 km, đi qua địa bàn các xã Quỳnh Thạch, Quỳnh Văn và phường Quỳnh Xuân. Đây là "
        "Dự án đường nối Quốc lộ 1A với cảng Đông Hồi."
    )
    road = "Dự án đường nối Quốc lộ 1A với cảng Đông Hồi"
    assert {(road, "Quỳnh Thạch"), (road, "Quỳnh Văn"), (road, "Quỳnh Xuân")} <= assigned(gold)


def test_works_in_lower_case_named_by_their_hamlets_are_the_communes_that_has_them() -> None:
    gold = run(
        "Xã Mường Mìn có 3 công trình được đầu tư: nhà văn hóa bản Pù Quăn, trường mầm non bản Chai và đường nội "
        "bản Chiềng Ban."
    )
    works = ("Nhà văn hóa bản Pù Quăn", "Trường mầm non bản Chai", "Đường nội bản Chiềng Ban")
    assert set(works) <= set(projects(gold))
    assert {(w, "Mường Mìn") for w in works} <= assigned(gold)


def test_a_unit_opening_a_sentence_without_a_verb_of_having_places_nothing() -> None:
    gold = run("Xã Yên Phú, huyện Hàm Yên, là nơi Dự án Trường THCS Yên Phú được khởi công năm 2024.")
    assert ("Dự án Trường THCS Yên Phú", "Hàm Yên") not in assigned(gold)


def test_a_bridges_name_ends_before_bac_qua_without_a_comma_and_before_a_dashed_description() -> None:
    gold = run("(PL)- Ngày 5-9, tại xã Vĩnh Xương, UBND tỉnh đã khởi công cầu Vĩnh Hòa bắc qua kênh Xáng nối hai xã.")
    assert "Cầu Vĩnh Hòa" in projects(gold)
    assert ("Cầu Vĩnh Hòa", "Vĩnh Xương") in assigned(gold)
    gold = run("Tỉnh tổ chức lễ khánh thành cầu Trà Khúc 3 – cây cầu dây văng đầu tiên của tỉnh.")
    assert "Cầu Trà Khúc 3" in projects(gold)


# --- a work named again --------------------------------------------------------------------------------------------


def test_a_work_named_again_with_its_commune_in_brackets_is_placed_there() -> None:
    gold = run(
        "Tập đoàn X tài trợ xây dựng các công trình: Trường THCS Lê Hữu Trác, Trường Tiểu học Sơn Lâm (huyện Hương "
        "Sơn).\n\nCác công trình gồm: nhà học bộ môn 2 tầng; công trình cải tạo khuôn viên, nhà vệ sinh Trường THCS "
        "Lê Hữu Trác (xã Sơn Trà) trị giá 2,2 tỷ đồng."
    )
    assert ("Trường THCS Lê Hữu Trác", "Sơn Trà") in assigned(gold)


# --- a project placed only by whom it serves ---------------------------------------------------------------------


def test_a_project_placed_nowhere_else_is_in_the_communes_its_purpose_names() -> None:
    gold = run(
        "Dự án cấp nước sinh hoạt Nậm Cang có tổng vốn 15 tỷ đồng, nhằm cung cấp nước sạch cho người dân các xã "
        "Nậm Cang và Sà Dề Phìn."
    )
    project = "Dự án cấp nước sinh hoạt Nậm Cang"
    assert {(project, "Nậm Cang"), (project, "Sà Dề Phìn")} <= assigned(gold)
    gold = run("Tỉnh khởi công Dự án kè chống sạt lở sông Lam để bảo vệ an toàn cho nhân dân xã Thanh Hưng.")
    assert ("Dự án kè chống sạt lở sông Lam", "Thanh Hưng") in assigned(gold)


def test_a_project_placed_in_the_text_is_not_placed_where_it_serves() -> None:
    gold = run("Dự án Hồ chứa nước Bản Lải tại xã Tân Lập nhằm cấp nước tưới cho xã Hữu Lân.")
    assert ("Dự án Hồ chứa nước Bản Lải", "Hữu Lân") not in assigned(gold)


def test_a_unit_breaking_ground_after_a_year_is_where_the_project_is() -> None:
    gold = run("Trong năm 2025, thành phố Thanh Hóa sẽ khởi công Dự án Cầu Nguyệt Viên 2.")
    assert ("Dự án Cầu Nguyệt Viên 2", "Thanh Hóa") in assigned(gold)


def test_the_projects_above_named_back_together_are_each_where_the_sentence_says() -> None:
    gold = run(
        "Tỉnh đã khởi công Dự án đường tránh Quốc lộ 1A, Dự án cầu Bến Thủy 3 và Dự án kè sông Lam. Các dự án trên "
        "đều nằm trên địa bàn huyện Nghi Xuân."
    )
    named = ("Dự án đường tránh Quốc lộ 1A", "Dự án cầu Bến Thủy 3", "Dự án kè sông Lam")
    assert {(p, "Nghi Xuân") for p in named} <= assigned(gold)


def test_a_stage_or_gathering_programme_is_an_event_not_a_project() -> None:
    for text in (
        "Tối 2/9, Chương trình nghệ thuật chào mừng Quốc khánh diễn ra tại quảng trường.",
        "Chương trình giao lưu văn nghệ giữa các xã được tổ chức sôi nổi.",
        "Chương trình khai mạc Đại hội được truyền hình trực tiếp.",
    ):
        assert projects(run(text)) == [], text


def test_a_bill_is_no_project() -> None:
    assert projects(run("Dự án Luật Đất đai (sửa đổi) được Quốc hội thông qua.")) == []


def test_a_town_named_like_the_district_after_a_commune_keeps_its_project() -> None:
    """The district written after the last commune ("(huyện Tân An)") is dropped for the project, but a town of the
    same name the project also lies in ("thị trấn Tân An") is not that district: it stays."""
    gold = run(
        "UBND tỉnh đề nghị HĐND tỉnh thông qua nhiệm vụ quy hoạch phân khu xây dựng Khu công nghiệp Phú Mỹ tỷ lệ "
        "1/2000. Khu vực nghiên cứu quy hoạch thuộc địa giới hành chính thị trấn Tân An và các xã Hòa Bình, Phú Lâm "
        "(huyện Tân An)."
    )
    assert relations(gold, "ASSIGNED_TO") >= {
        ("Khu công nghiệp Phú Mỹ", "Tân An"),
        ("Khu công nghiệp Phú Mỹ", "Hòa Bình"),
        ("Khu công nghiệp Phú Mỹ", "Phú Lâm"),
    }
