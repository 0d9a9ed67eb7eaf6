"""Projects, ASSIGNED_TO and localities in the shapes read on investment and new-rural articles of the Red River delta,
the north-east and the central coast (2014-2026): names that list places ("kết nối các tỉnh A, B và C"), routes whose
ends carry their places, adverbs and plurals that name no project, expressways named by their ends, project boards
named up to their province, and counted lists of communes after a clause ("12 xã ... gồm: A, B (huyện C); D"). Every
sentence here is written for the test, in the shape seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import assigned, run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["projects"]]


def places(gold: dict[str, Any]) -> set[tuple[str, str | None]]:
    return {(p["name"], p["level"]) for p in gold["localities"]}


# --- where a project's name ends ---------------------------------------------------------------------------------


def test_a_name_that_lists_places_after_a_plural_level_word_runs_over_their_commas() -> None:
    gold = run(
        "Sáng nay, tỉnh khởi công dự án đường vành đai kết nối các tỉnh Lạng Sơn, Cao Bằng và Bắc Kạn giai đoạn 2; "
        "dự án khu nhà ở xã hội phường Đông Kinh."
    )
    assert "Dự án đường vành đai kết nối các tỉnh Lạng Sơn, Cao Bằng và Bắc Kạn giai đoạn 2" in projects(gold)


def test_a_routes_two_ends_keep_their_places_in_the_name_and_the_investor_after_it() -> None:
    gold = run(
        "Năm nay bổ sung Dự án nâng cấp đường ĐT.295 đoạn từ Thắng, huyện Hiệp Hòa đi Phúc Hòa, huyện Tân Yên do "
        "Ban Quản lý dự án đầu tư xây dựng giao thông Bắc Giang làm chủ đầu tư."
    )
    name = "Dự án nâng cấp đường ĐT.295 đoạn từ Thắng, huyện Hiệp Hòa đi Phúc Hòa, huyện Tân Yên"
    assert projects(gold) == [name]
    assert assigned(gold) == {(name, "Ban Quản lý dự án đầu tư xây dựng giao thông Bắc Giang")}


def test_an_adverb_after_a_bare_project_word_names_no_project_and_the_site_goes_to_the_one_named() -> None:
    gold = run(
        "Tại điểm cầu xã Tân Phú diễn ra lễ khởi công Dự án Khu công nghiệp Tân Phú 3.\n"
        "Dự án chính thức được phê duyệt chủ trương đầu tư vào tháng 5/2025.\n"
        "Dự án được thực hiện tại phường Bãi Bông, xã Tân Phú (tỉnh Thái Nguyên). Công ty cổ phần Phát triển Tân Phú "
        "được giao làm chủ đầu tư."
    )
    assert projects(gold) == ["Dự án Khu công nghiệp Tân Phú 3"]
    assert ("Dự án Khu công nghiệp Tân Phú 3", "Bãi Bông") in assigned(gold)
    assert ("Dự án Khu công nghiệp Tân Phú 3", "Công ty cổ phần Phát triển Tân Phú") in assigned(gold)


def test_a_series_of_projects_is_no_project() -> None:
    assert projects(run("Quyết định này mở đường cho loạt dự án tỉ USD và hạ tầng động lực tại Cát Bà.")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Đoàn tham quan bản đồ Quy hoạch tỉnh, quy hoạch đô thị, quy hoạch khu công nghiệp của tỉnh.",
            "Quy hoạch tỉnh",
        ),
        (
            "Xã đang hoàn thiện hồ sơ dự án Khu đô thị Nam Cầu Rào, dự kiến trình UBND thành phố vào tháng 12.",
            "Dự án Khu đô thị Nam Cầu Rào",
        ),
        (
            "Nổi bật là khởi công dự án Khu du lịch Sơn Trà cùng nhiều công trình khác tại Đà Nẵng.",
            "Dự án Khu du lịch Sơn Trà",
        ),
    ],
)
def test_a_name_ends_before_the_next_plan_what_is_planned_next_or_what_comes_with_it(text: str, name: str) -> None:
    assert projects(run(text)) == [name]


def test_a_count_inside_a_schemes_name_is_no_cost() -> None:
    gold = run("Các dự án nhằm thực hiện Đề án trồng 1 triệu cây xanh giai đoạn 2021-2025 trên địa bàn tỉnh.")
    assert projects(gold) == ["Đề án trồng 1 triệu cây xanh giai đoạn 2021-2025"]


def test_an_expressway_named_by_its_two_ends_is_a_project() -> None:
    gold = run("Nổi bật trong số đó là tuyến cao tốc Tuyên Quang - Hà Giang, cảng cạn Lào Cai.")
    assert projects(gold) == ["Tuyến cao tốc Tuyên Quang - Hà Giang"]


def test_a_board_named_after_the_expressway_it_builds_is_no_project() -> None:
    gold = run("Ban Quản lý dự án cao tốc Hòa Bình - Mộc Châu đang đẩy nhanh tiến độ thi công.")
    assert projects(gold) == []


def test_a_city_glued_to_the_comma_after_a_name_locates_the_project() -> None:
    gold = run(
        "Ngày 5/3, Tập đoàn Sun Group khởi công khu B - dự án Khu du lịch sinh thái Hòn Gai,TP. Hạ Long (Quảng Ninh)."
    )
    assert projects(gold) == ["Dự án Khu du lịch sinh thái Hòn Gai"]
    assert assigned(gold) == {("Dự án Khu du lịch sinh thái Hòn Gai", "Hạ Long")}


def test_a_group_of_projects_broken_ground_on_is_a_project() -> None:
    gold = run("Sáng 2/9, thành phố tổ chức Lễ khởi công nhóm dự án hạ tầng kỹ thuật cải tạo vỉa hè tại phố Lê Lợi.")
    assert projects(gold) == ["Dự án hạ tầng kỹ thuật cải tạo vỉa hè"]


# --- localities --------------------------------------------------------------------------------------------------


def test_a_counted_list_of_communes_after_a_clause_and_gom() -> None:
    gold = run(
        "Năm 2024, 9 xã của huyện Lục Ngạn được tỉnh công nhận đạt chuẩn nông thôn mới gồm: Tân Hoa, Biên Sơn (huyện "
        "Lục Ngạn); Đông Phú (huyện Lục Nam)."
    )
    assert {("Tân Hoa", "xã"), ("Biên Sơn", "xã"), ("Đông Phú", "xã"), ("Lục Nam", "huyện")} <= places(gold)


def test_a_counted_list_whose_first_name_repeats_the_level_word() -> None:
    gold = run(
        "Năm nay tỉnh có 3 xã được công nhận đạt chuẩn nông thôn mới nâng cao, gồm: xã Quang Minh (huyện Hiệp Hòa); "
        "Xuân Cẩm, Hương Lâm (huyện Hiệp Hòa)."
    )
    assert {("Quang Minh", "xã"), ("Xuân Cẩm", "xã"), ("Hương Lâm", "xã")} <= places(gold)


# --- where a project is ------------------------------------------------------------------------------------------


def test_each_item_of_a_project_list_is_placed_by_its_own_clause() -> None:
    gold = run(
        "Đáng chú ý có: Dự án đầu tư xây dựng hạ tầng Khu công nghiệp Tân Hưng, thu hồi 120 ha đất tại xã Tân Hưng, "
        "Tân Phong; Dự án Khu công nghiệp Đông Mai, thu hồi 80 ha tại các phường Đông Mai, Hà An."
    )
    first = "Dự án đầu tư xây dựng hạ tầng Khu công nghiệp Tân Hưng"
    assert projects(gold) == [first, "Dự án Khu công nghiệp Đông Mai"]
    assert {(first, "Tân Hưng"), (first, "Tân Phong")} <= assigned(gold)
    assert (first, "Đông Mai") not in assigned(gold)


def test_a_commune_written_bare_after_one_with_its_level_word_is_a_place_of_the_project_too() -> None:
    gold = run("Dự án Khu đô thị sinh thái Vân Canh được thực hiện tại xã Vân Canh, Kim Chung (huyện Hoài Đức).")
    name = "Dự án Khu đô thị sinh thái Vân Canh"
    assert {(name, "Vân Canh"), (name, "Kim Chung")} <= assigned(gold)


def test_wards_and_communes_of_one_chain_are_one_tier() -> None:
    gold = run(
        "Dự án Khu công nghiệp Tân Phú 3 được thực hiện tại phường Bãi Bông, phường Ba Hàng, xã Tân Phú (tỉnh Thái "
        "Nguyên)."
    )
    name = "Dự án Khu công nghiệp Tân Phú 3"
    assert {(name, "Bãi Bông"), (name, "Ba Hàng"), (name, "Tân Phú")} <= assigned(gold)


def test_the_streets_of_an_address_lead_to_its_ward() -> None:
    gold = run("Lễ khởi công nhóm dự án chỉnh trang vỉa hè tại phố Lê Lợi, phố Lê Thánh Tông (phường Hồng Gai).")
    assert assigned(gold) == {("Dự án chỉnh trang vỉa hè", "Hồng Gai")}


def test_an_investor_written_with_a_capital_chu_dau_tu() -> None:
    gold = run(
        "Bổ sung Dự án đầu tư xây dựng đường ĐT.277 do Ban Quản lý dự án đầu tư xây dựng giao thông Bắc Ninh làm Chủ "
        "đầu tư."
    )
    assert assigned(gold) == {
        ("Dự án đầu tư xây dựng đường ĐT.277", "Ban Quản lý dự án đầu tư xây dựng giao thông Bắc Ninh")
    }


def test_a_site_named_again_short_with_another_tone_placement_is_the_same_project() -> None:
    gold = run(
        "Xã đang lập hồ sơ dự án Khu đô thị trung tâm Hòa Phong. Theo UBND xã, khu đô thị Hoà Phong có quy mô 120 ha."
    )
    assert projects(gold) == ["Dự án Khu đô thị trung tâm Hòa Phong"]


def test_the_plots_a_project_stands_on_are_part_of_its_name() -> None:
    gold = run("Thành phố khởi công dự án chung cư tại khu đất A2, A3 thuộc khu đô thị Nam Việt Á.")
    assert "Dự án chung cư tại khu đất A2, A3" in projects(gold)


def test_housing_broken_ground_on_at_a_commune_is_a_project_placed_there() -> None:
    gold = run(
        "Sáng 19/12, UBND tỉnh Thái Bình và Tập đoàn Vingroup khởi công khu nhà ở xã hội tại phường Kỳ Bá với quy mô "
        "20 ha."
    )
    assert projects(gold) == ["Khu nhà ở xã hội tại phường Kỳ Bá"]
    assert ("Khu nhà ở xã hội tại phường Kỳ Bá", "Kỳ Bá") in assigned(gold)


def test_a_named_social_housing_site_is_a_project() -> None:
    gold = run("Thủ tướng thăm Khu nhà ở xã hội Hòa Bình tại thành phố Bắc Giang.")
    assert projects(gold) == ["Khu nhà ở xã hội Hòa Bình"]
    assert assigned(gold) == {("Khu nhà ở xã hội Hòa Bình", "Bắc Giang")}


def test_a_mountain_district_of_a_province_is_no_district_of_that_name() -> None:
    gold = run(
        "Tăng tốc thi công cụm công nghiệp tại huyện miền núi Thái Nguyên. Dự án Cụm công nghiệp Phú Đình (huyện "
        "Định Hóa, tỉnh Thái Nguyên) đang được hoàn thiện."
    )
    assert ("Thái Nguyên", "huyện") not in places(gold)
    assert ("Định Hóa", "huyện") in places(gold)


def test_a_project_named_again_by_the_name_in_brackets_after_it_is_one_project() -> None:
    gold = run(
        "Nổi bật là dự án tổ hợp Sông Hàn Center cùng nhiều công trình.\nTại phường Hải Châu, Tập đoàn Vingroup tổ "
        "chức khởi công dự án tổ hợp thương mại dịch vụ cao cấp (Sông Hàn Center)."
    )
    assert projects(gold) == ["Dự án tổ hợp thương mại dịch vụ cao cấp"]
    assert ("Dự án tổ hợp thương mại dịch vụ cao cấp", "Hải Châu") in assigned(gold)


def test_what_a_project_belongs_to_is_no_unit_unless_a_level_word_says_so() -> None:
    gold = run("Dự án di dời dân cư khu vực I Kinh thành Huế thuộc quần thể di tích Cố đô Huế được triển khai.")
    assert assigned(gold) == set()
    gold = run("Dự án Khu tái định cư Hòa Hiệp thuộc phường Hòa Hiệp Bắc được khởi công.")
    assert assigned(gold) == {("Dự án Khu tái định cư Hòa Hiệp", "Hòa Hiệp Bắc")}


def test_a_list_of_industrial_parks_after_bao_gom_with_a_tail_per_item_and_their_investors() -> None:
    gold = run(
        "Các khu công nghiệp bao gồm Yên Lư II quy mô 50 ha do Công ty TNHH Hạ tầng Yên Lư làm nhà đầu tư; Song Khê "
        "giai đoạn 2 quy mô 30 ha; Việt Hàn II do Công ty Cổ phần Việt Hàn làm nhà đầu tư, có quy mô 20 ha."
    )
    assert projects(gold) == ["Khu công nghiệp Yên Lư II", "Khu công nghiệp Song Khê", "Khu công nghiệp Việt Hàn II"]
    assert assigned(gold) == {
        ("Khu công nghiệp Yên Lư II", "Công ty TNHH Hạ tầng Yên Lư"),
        ("Khu công nghiệp Việt Hàn II", "Công ty Cổ phần Việt Hàn"),
    }


def test_a_golf_course_named_is_a_project() -> None:
    gold = run("Tỉnh vừa khởi công Sân golf Yên Dũng tại huyện Yên Dũng.")
    assert assigned(gold) == {("Sân golf Yên Dũng", "Yên Dũng")}


def test_works_counted_after_a_project_word_name_no_project() -> None:
    gold = run("HĐND tỉnh quyết định chủ trương đầu tư dự án xây dựng hai khu dân cư trên địa bàn thành phố.")
    assert projects(gold) == []


def test_a_capitalised_common_noun_after_vung_is_no_area() -> None:
    gold = run("Khu đô thị nằm sát sông Thương và trục vành đai V vùng Thủ đô.")
    assert "Thủ" not in {name for name, _ in places(gold)}


def test_a_unit_named_again_bare_after_tai_places_the_project() -> None:
    gold = run(
        "Tiêu biểu, Dự án Khu đô thị Lam Hạ (huyện Duy Tiên) có quy mô 200 ha. Cùng thời điểm, dự án Khu đô thị Tây "
        "Nam Hòa Mạc tại Duy Tiên cũng được phê duyệt."
    )
    assert ("Dự án Khu đô thị Tây Nam Hòa Mạc", "Duy Tiên") in assigned(gold)


def test_a_one_word_name_of_several_syllables_after_a_level_word_is_a_unit() -> None:
    gold = run("Bí thư kiểm tra tại xã A Bung, huyện Đakrông và thành phố Cảng.")
    assert ("Đakrông", "huyện") in places(gold)
    assert "Cảng" not in {name for name, _ in places(gold)}


def test_the_programme_a_steering_board_steers_is_a_project() -> None:
    gold = run(
        "Ông Nguyễn Văn An, Trưởng Ban Chỉ đạo chương trình xóa nhà tạm, nhà dột nát của tỉnh, đã kiểm tra tại xã "
        "Hướng Phùng."
    )
    assert projects(gold) == ["Chương trình xóa nhà tạm, nhà dột nát của tỉnh"]


def test_a_sites_last_syllable_in_lower_case_before_its_place() -> None:
    gold = run("Thủ tướng thăm Khu nhà ở xã hội Hòa bình tại thành phố Bắc Giang.")
    assert assigned(gold) == {("Khu nhà ở xã hội Hòa bình", "Bắc Giang")}


def test_a_movement_carried_out_at_a_commune_is_placed_there() -> None:
    gold = run("Phong trào Toàn dân đoàn kết xây dựng nông thôn mới được triển khai tại xã Hải Lạng.")
    assert assigned(gold) == {("Toàn dân đoàn kết xây dựng nông thôn mới", "Hải Lạng")}


@pytest.mark.parametrize(
    ("text", "source", "unit"),
    [
        (
            "Năm 2025, xã Đông Sơn (mới) triển khai Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông "
            "thôn mới.",
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
            "Đông Sơn",
        ),
        (
            "Thời gian qua, đặc khu Cô Tô thực hiện Đề án phát triển du lịch biển đảo.",
            "Đề án phát triển du lịch biển đảo",
            "Cô Tô",
        ),
    ],
)
def test_a_commune_that_carries_out_a_provincial_programme_after_a_time_opener(
    text: str, source: str, unit: str
) -> None:
    assert assigned(run(text)) == {(source, unit)}


def test_a_work_that_is_a_named_facility_is_a_project() -> None:
    gold = run("Công trình Nhà văn hóa thôn Đông tại phường Yên Hòa được khánh thành.")
    assert assigned(gold) == {("Nhà văn hóa thôn Đông", "Yên Hòa")}


def test_a_sub_project_is_named_like_a_project() -> None:
    gold = run("Tiểu dự án bồi thường, hỗ trợ tái định cư đoạn qua xã Phù Đổng do UBND xã Phù Đổng thực hiện.")
    name = "Tiểu dự án bồi thường, hỗ trợ tái định cư"
    assert projects(gold) == [name]
    assert (name, "Phù Đổng") in assigned(gold)
    assert projects(run("Dự án gồm 3 tiểu dự án thành phần.")) == []


def test_a_facility_named_with_its_commune_before_it_is_inaugurated() -> None:
    gold = run("Trường Mầm non Hoa Sen tại phường Tân An (TP Buôn Ma Thuột cũ) được khánh thành.")
    assert assigned(gold) == {("Trường Mầm non Hoa Sen", "Tân An")}


def test_communes_that_hand_over_the_site_of_a_project_are_its_places() -> None:
    gold = run(
        "Các xã Hải Lăng, Nam Hải Lăng và Diên Sanh đã hoàn thành việc bàn giao mặt bằng Dự án cao tốc Vạn Ninh - "
        "Cam Lộ."
    )
    name = "Dự án cao tốc Vạn Ninh - Cam Lộ"
    assert assigned(gold) == {(name, "Hải Lăng"), (name, "Nam Hải Lăng"), (name, "Diên Sanh")}


def test_a_ward_responsible_for_a_project_named_in_the_topic_opener() -> None:
    gold = run("Về Dự án Khu du lịch Tuần Châu, UBND phường Tuần Châu có trách nhiệm bàn giao mặt bằng cho nhà đầu tư.")
    assert assigned(gold) == {("Dự án Khu du lịch Tuần Châu", "UBND phường Tuần Châu")}


def test_a_topic_opener_that_names_no_project_opens_no_task() -> None:
    gold = run(
        "Về chủ trương đầu tư, Ban Thường vụ Tỉnh ủy đồng ý thành lập Cụm công nghiệp Yên Lư (xã Yên Lư, huyện Yên "
        "Dũng)."
    )
    assert ("Cụm công nghiệp Yên Lư", "Ban Thường vụ Tỉnh ủy") not in assigned(gold)


def test_the_site_work_asked_of_a_unit_is_its_task_on_the_project() -> None:
    gold = run("Tỉnh đề nghị UBND huyện Vân Đồn bàn giao mặt bằng Dự án cảng Vạn Ninh trước tháng 6.")
    assert assigned(gold) == {("Dự án cảng Vạn Ninh", "UBND huyện Vân Đồn")}


def test_an_expressway_at_the_end_of_another_road_is_no_project_of_its_own() -> None:
    assert "Cao tốc Bắc - Nam" not in projects(run("Khánh thành đường nối từ cao tốc Bắc - Nam với Quốc lộ 1."))


def test_a_province_named_bare_after_another_in_a_projects_scope_is_no_second_place() -> None:
    gold = run("Dự án phát triển các thành phố loại 2 tại Quảng Nam, Hà Tĩnh và Đắk Lắk đang được triển khai.")
    assert ("Dự án phát triển các thành phố loại 2", "Hà Tĩnh") not in assigned(gold)


def test_a_foreign_city_of_several_syllables_written_as_one_is_not_read_so() -> None:
    assert places(run("Đoàn đại biểu thành phố Asan (Hàn Quốc) thăm tỉnh.")) == set()


def test_a_bracket_that_opens_on_the_communes_of_a_cluster_and_goes_on_with_its_size() -> None:
    gold = run(
        "Huyện Cẩm Giàng bổ sung CCN Lương Điền (thuộc các xã Lương Điền, Ngọc Liên và thị trấn Cẩm Giang, diện tích "
        "60 ha)."
    )
    assert assigned(gold) == {
        ("CCN Lương Điền", "Lương Điền"),
        ("CCN Lương Điền", "Ngọc Liên"),
        ("CCN Lương Điền", "Cẩm Giang"),
    }


def test_clusters_listed_after_an_abbreviated_head_share_the_bracket_of_the_last() -> None:
    gold = run(
        "Huyện Kim Thành bổ sung 3 CCN là Kim Lương, Kim Lương II và Kim Lương III (đều thuộc xã Kim Lương, diện "
        "tích 50 ha)."
    )
    names = ["Cụm công nghiệp Kim Lương", "Cụm công nghiệp Kim Lương II", "Cụm công nghiệp Kim Lương III"]
    assert projects(gold) == names
    assert assigned(gold) == {(name, "Kim Lương") for name in names}


def test_a_parks_size_in_brackets_before_its_place() -> None:
    gold = run("Đưa KCN Kim Thành (diện tích 120 ha) tại xã Kim Anh, xã Kim Tân, huyện Kim Thành vào quy hoạch.")
    assert assigned(gold) == {("KCN Kim Thành", "Kim Anh"), ("KCN Kim Thành", "Kim Tân")}


def test_the_units_a_plans_area_lies_in_place_the_project_named_before() -> None:
    gold = run(
        "HĐND tỉnh thông qua nhiệm vụ quy hoạch phân khu xây dựng Khu công nghiệp Lai Vu tỷ lệ 1/2000. Cụ thể khu vực "
        "nghiên cứu quy hoạch phân khu thuộc địa giới hành chính thị trấn Lai Cách và các xã Lai Vu, Cộng Hòa, Kim "
        "Xuyên (huyện Kim Thành)."
    )
    name = "Khu công nghiệp Lai Vu"
    assert assigned(gold) == {(name, "Lai Cách"), (name, "Lai Vu"), (name, "Cộng Hòa"), (name, "Kim Xuyên")}
