"""ASSIGNED_TO and the projects it hangs on, in the shapes read on real project and task articles of the central
provinces (investment news, groundbreakings, task letters, plans with their tasks). Every sentence here is written
for the test, in the shape seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import assigned, run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["projects"]]


# --- projects named after a lower-case "dự án" -----------------------------------------------------------------


def test_a_lower_case_project_word_then_its_kind_and_a_name_is_a_project() -> None:
    gold = run(
        "Công tác giải phóng mặt bằng phục vụ dự án nhà máy điện gió Hòa Thắng 2 đặt tại xã Hòa Thắng, huyện "
        "Bắc Bình đã hoàn thành."
    )
    assert projects(gold) == ["Dự án nhà máy điện gió Hòa Thắng 2"]
    assert assigned(gold) == {("Dự án nhà máy điện gió Hòa Thắng 2", "Hòa Thắng")}


def test_a_road_named_after_a_lower_case_project_word_is_a_project() -> None:
    gold = run(
        "UBND tỉnh phê bình 3 huyện làm chậm tiến độ dự án đường bộ cao tốc Cam Lộ - La Sơn, đoạn qua địa bàn "
        "tỉnh Quảng Trị."
    )
    assert projects(gold) == ["Dự án đường bộ cao tốc Cam Lộ - La Sơn"]
    assert ("Dự án đường bộ cao tốc Cam Lộ - La Sơn", "Quảng Trị") in assigned(gold)


def test_a_lower_case_project_word_before_a_place_or_a_type_names_no_project() -> None:
    gold = run(
        "Tỉnh rà soát các dự án chậm tiến độ và dự án trên địa bàn huyện Ia Pa. Khu công nghiệp Nam Cấm là "
        "dự án FDI lớn. UBND tỉnh bố trí vốn để thực hiện dự án theo thẩm quyền."
    )
    assert projects(gold) == ["Khu công nghiệp Nam Cấm"]


# --- named sites ------------------------------------------------------------------------------------------------


def test_a_site_name_with_lower_case_words_between_its_capitals_is_read_whole() -> None:
    gold = run(
        "Nhà máy Điện mặt trời Phong Điền 2 được xây dựng trên diện tích 50 ha thuộc địa phận 2 xã Phong Hòa, "
        "Phong Bình, huyện Phong Điền."
    )
    assert projects(gold) == ["Nhà máy Điện mặt trời Phong Điền 2"]
    assert assigned(gold) == {
        ("Nhà máy Điện mặt trời Phong Điền 2", "Phong Hòa"),
        ("Nhà máy Điện mặt trời Phong Điền 2", "Phong Bình"),
    }


def test_site_names_joined_by_a_hyphen_capitalised_heads_and_lower_case_airports() -> None:
    gold = run(
        "Tỉnh nghe báo cáo quy hoạch chung Khu du lịch Hồ Tràm-Bình Châu. Khu Kinh tế Vân Phong rộng 150.000 ha. "
        "Thủ tướng giao UBND tỉnh Sơn La lập báo cáo nghiên cứu tiền khả thi sân bay Nà Sản."
    )
    names = projects(gold)
    assert "Khu du lịch Hồ Tràm-Bình Châu" in names
    assert "Khu Kinh tế Vân Phong" in names
    assert "Sân bay Nà Sản" in names
    assert any(source == "Sân bay Nà Sản" and target.startswith("UBND tỉnh") for source, target in assigned(gold))


# --- where a project is -----------------------------------------------------------------------------------------


def test_a_place_inside_the_name_of_the_project_a_part_belongs_to_does_not_locate_it() -> None:
    gold = run("Sáng nay, Dự án thành phần 2 thuộc Dự án đường bộ cao tốc Bắc Giang - Lạng Sơn đã thông xe kỹ thuật.")
    assert not assigned(gold)


def test_a_site_named_later_in_the_sentence_is_not_placed_by_the_chain_of_the_first() -> None:
    gold = run(
        "Song song với việc triển khai dự án Khu nhà ở công nhân tại xã Nghi Thạch, huyện Nghi Lộc, UBND tỉnh "
        "đã phê duyệt quy hoạch dự án Nhà văn hóa công nhân tại Khu công nghiệp Nam Cấm."
    )
    found = assigned(gold)
    assert ("Dự án Khu nhà ở công nhân", "Nghi Thạch") in found
    assert not any(target == "Nghi Thạch" for source, target in found if source != "Dự án Khu nhà ở công nhân")


def test_a_province_is_dropped_where_the_text_names_the_communes_of_the_project() -> None:
    gold = run(
        "Công ty Bình An tham gia đầu tư dự án Khu đô thị mới Phú Mỹ tại tỉnh Bình Định. Dự án Khu đô thị mới "
        "Phú Mỹ được thực hiện trên địa bàn các xã: Cát Tiến, Cát Chánh."
    )
    found = {target for source, target in assigned(gold) if source == "Dự án Khu đô thị mới Phú Mỹ"}
    assert found == {"Cát Tiến", "Cát Chánh"}


def test_each_part_of_a_project_by_area_gives_its_unit() -> None:
    gold = run(
        "Dự án Khu tái định cư Nam Hòa có quy mô 120 ha, gồm 80 ha tại xã Hòa Phong, 25 ha thuộc phường Hòa Minh "
        "và 15 ha thuộc xã Hòa Liên."
    )
    assert {target for _, target in assigned(gold)} == {"Hòa Phong", "Hòa Minh", "Hòa Liên"}


# --- tasks and investors ----------------------------------------------------------------------------------------


def test_a_body_asked_to_direct_the_work_on_a_project_is_given_it() -> None:
    gold = run(
        "Phó Thủ tướng yêu cầu UBND tỉnh Bình Phước chỉ đạo lập, thẩm định và phê duyệt Dự án đầu tư xây dựng hồ "
        "chứa nước Sông Bé 3."
    )
    assert any(
        source.startswith("Dự án đầu tư xây dựng hồ chứa nước Sông Bé 3") and target.startswith("UBND tỉnh")
        for source, target in assigned(gold)
    )


def test_the_authorities_of_a_district_asked_to_act_on_a_project() -> None:
    gold = run(
        "Đối với Dự án kè biển Sa Kỳ, Chủ tịch UBND tỉnh yêu cầu chính quyền huyện Bình Sơn khẩn trương bàn "
        "giao mặt bằng cho nhà thầu."
    )
    assert ("Dự án kè biển Sa Kỳ", "Bình Sơn") in assigned(gold)


def test_a_task_given_according_to_the_letter_named_before_is_that_letter_s() -> None:
    gold = run(
        "Ngày 5/3, UBND tỉnh ban hành văn bản số 1200/UBND-KT về chủ trương đầu tư nhà văn hóa xã.\nTheo văn bản, "
        "Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan kiểm tra hiện trạng."
    )
    assert ("1200/UBND-KT", "Sở Xây dựng") in assigned(gold)


def test_the_investor_named_before_the_project_it_invests_in() -> None:
    gold = run(
        "Chậm nhất đến cuối năm, Sở Giao thông vận tải, chủ đầu tư dự án Đường ven sông Trà Lý, phải giải ngân "
        "hết vốn được giao."
    )
    assert ("Dự án Đường ven sông Trà Lý", "Sở Giao thông vận tải") in assigned(gold)


def test_a_body_given_the_role_of_investor_of_a_project() -> None:
    gold = run(
        "Sở Xây dựng vừa được giao làm chủ đầu tư dự án nạo vét kênh Tây trên địa bàn, tổng kinh phí 10 tỷ đồng."
    )
    assert projects(gold) == ["Dự án nạo vét kênh Tây"]
    assert assigned(gold) == {("Dự án nạo vét kênh Tây", "Sở Xây dựng")}


# --- project names ------------------------------------------------------------------------------------------------


def test_a_site_named_again_without_its_project_word_is_the_same_project() -> None:
    gold = run("Công ty An Phát tham gia đầu tư dự án Khu đô thị mới Long Hải. Khu đô thị mới Long Hải rộng 500 ha.")
    assert projects(gold) == ["Dự án Khu đô thị mới Long Hải"]


def test_a_project_name_stops_before_a_comma_and_what_the_event_marks() -> None:
    gold = run("UBND tỉnh khởi công dự án xây dựng cầu Cửa Đại giai đoạn 2, đánh dấu bước tiến mới của tỉnh.")
    assert projects(gold) == ["Dự án xây dựng cầu Cửa Đại giai đoạn 2"]


def test_a_project_placed_beside_its_name_in_two_communes_of_one_level() -> None:
    gold = run(
        "UBND tỉnh phê duyệt dự án nhà máy điện gió Tây Sơn 2 (xã Bình Tân và xã Bình Thành, tỉnh Gia Lai). Dự án "
        "Hệ thống cấp nước Đông Hà, xã Cam Hiếu, xã Cam Thủy huyện Cam Lộ được khởi công."
    )
    assert assigned(gold) == {
        ("Dự án nhà máy điện gió Tây Sơn 2", "Bình Tân"),
        ("Dự án nhà máy điện gió Tây Sơn 2", "Bình Thành"),
        ("Dự án Hệ thống cấp nước Đông Hà", "Cam Hiếu"),
        ("Dự án Hệ thống cấp nước Đông Hà", "Cam Thủy"),
    }


def test_a_project_whose_bracket_describes_its_stretch_and_ends_on_its_unit() -> None:
    gold = run(
        "HĐND tỉnh điều chỉnh chủ trương đầu tư Dự án kè suối Ia Nhin (đoạn từ cầu Lê Lợi đến đường Trần Phú, "
        "TP. Kon Tum)."
    )
    assert assigned(gold) == {("Dự án kè suối Ia Nhin", "Kon Tum")}


def test_two_sites_joined_by_and_opening_a_sentence_are_both_where_it_says() -> None:
    gold = run(
        "Nhà máy Điện mặt trời Hải Lăng 1 và Nhà máy Điện mặt trời Hải Lăng 2 được xây dựng trên diện tích 90 ha "
        "thuộc địa phận xã Hải Dương."
    )
    assert assigned(gold) == {
        ("Nhà máy Điện mặt trời Hải Lăng 1", "Hải Dương"),
        ("Nhà máy Điện mặt trời Hải Lăng 2", "Hải Dương"),
    }


def test_an_industrial_park_named_by_its_abbreviation_is_a_project() -> None:
    gold = run("KCN Đông Nam Nghệ An II là công trình trọng điểm, nằm tại xã Nghi Thuận, huyện Nghi Lộc.")
    assert projects(gold) == ["KCN Đông Nam Nghệ An II"]
    assert assigned(gold) == {("KCN Đông Nam Nghệ An II", "Nghi Thuận")}


def test_many_projects_counted_and_a_project_s_funding_name_none() -> None:
    gold = run(
        "Sáng nay, cả nước khởi công 250 dự án mừng Quốc khánh 2/9. Tỉnh lập dự án mở rộng đường Lê Lai bằng "
        "nguồn vốn ngân sách tỉnh."
    )
    assert projects(gold) == ["Dự án mở rộng đường Lê Lai"]


def test_the_stretch_of_a_project_through_a_unit_places_it_there() -> None:
    gold = run(
        "Tỉnh giao Sở Xây dựng chủ trì, phối hợp với UBND huyện Đức Linh bàn giao mặt bằng đoạn qua huyện Đức Linh "
        "của Dự án đường cao tốc Dầu Giây - Phan Thiết trước ngày 30/6/2025."
    )
    assert ("Dự án đường cao tốc Dầu Giây - Phan Thiết", "Đức Linh") in assigned(gold)


def test_a_body_directed_to_complete_the_file_of_a_project_is_given_it() -> None:
    gold = run(
        "Bà Trần Thị Lan đề nghị UBND tỉnh chỉ đạo Sở Nông nghiệp và Môi trường hoàn thiện hồ sơ Dự án kè sông "
        "Tiền đoạn qua xã An Hiệp."
    )
    assert ("Dự án kè sông Tiền", "Sở Nông nghiệp và Môi trường") in assigned(gold)


def test_a_unit_joined_by_and_after_the_district_in_brackets_of_the_one_before() -> None:
    gold = run(
        "Thí điểm Đề án “Chợ số nông thôn” tại xã Tân Thành (huyện Hữu Lũng) và xã Hòa Cư (huyện Cao Lộc) trong "
        "năm 2025. Chương trình “Sinh kế biên giới” được thí điểm tại các xã: Đàm Thủy, Đình Phong (huyện Trùng "
        "Khánh) và xã Sóc Hà (huyện Hà Quảng)."
    )
    found = assigned(gold)
    assert {("Đề án Chợ số nông thôn", "Tân Thành"), ("Đề án Chợ số nông thôn", "Hòa Cư")} <= found
    assert {target for source, target in found if source == "Chương trình Sinh kế biên giới"} == {
        "Đàm Thủy", "Đình Phong", "Sóc Hà"
    }  # fmt: skip


def test_a_body_opening_the_sentence_after_a_project_takes_its_site_work() -> None:
    gold = run(
        "Hội nghị thống nhất chủ trương đầu tư Dự án Khu công nghiệp Thọ Sơn II. UBND thị xã Thái Hòa chịu trách "
        "nhiệm giải phóng mặt bằng, bàn giao cho nhà đầu tư trước quý IV. UBND tỉnh Hòa Bình chịu trách nhiệm về "
        "công tác cán bộ."
    )
    assert assigned(gold) == {("Dự án Khu công nghiệp Thọ Sơn II", "UBND thị xã Thái Hòa")}


def test_the_place_of_a_groundbreaking_told_after_its_time_is_the_project_s() -> None:
    gold = run(
        "Cụ thể, vào chiều 14/10, tại thôn Na Hồng, xã Trung Lý, UBND tỉnh tổ chức lễ khởi công dự án Trường "
        "phổ thông dân tộc nội trú Trung Lý. Sáng 15/10, tại xã Quang Chiểu, đoàn công tác làm việc về Dự án "
        "đường Mường Lát - Pù Nhi."
    )
    assert assigned(gold) == {("Dự án Trường phổ thông dân tộc nội trú Trung Lý", "Trung Lý")}


def test_a_lower_case_project_word_ending_a_headline_names_nothing_on_the_next_line() -> None:
    gold = run("Siết chặt kỷ luật đối với dự án đầu tư xây dựng\nPhó Chủ tịch UBND tỉnh yêu cầu các huyện vào cuộc.")
    assert projects(gold) == []


def test_a_project_name_stops_before_what_it_follows() -> None:
    gold = run(
        "UBND tỉnh giao Công ty Hòa Phát có trách nhiệm thực hiện đầu tư xây dựng dự án Khu nghỉ dưỡng Sơn Trà "
        "theo đúng quy định hiện hành. Công ty hoàn chỉnh hồ sơ dự án Khu đô thị mới Nam Hội An theo chủ trương "
        "nêu trên, gửi Sở Xây dựng thẩm định."
    )
    assert projects(gold) == ["Dự án Khu nghỉ dưỡng Sơn Trà", "Dự án Khu đô thị mới Nam Hội An"]


def test_investment_projects_that_use_land_are_no_project() -> None:
    gold = run("Danh mục khu đất thực hiện dự án đầu tư có sử dụng đất trên địa bàn tỉnh Quảng Ngãi năm 2025.")
    assert projects(gold) == []
    assert not assigned(gold)


def test_a_table_row_places_its_project_in_every_commune_of_its_cell() -> None:
    gold = run(
        "| STT | Dự án | Địa điểm | Diện tích (ha) |\n"
        "| 1 | Khu đô thị mới Bắc Sơn Tịnh | Các xã: Tịnh Phong, Tịnh Thọ và Tịnh Hà huyện Sơn Tịnh | 320 |\n"
    )
    assert assigned(gold) == {
        ("Khu đô thị mới Bắc Sơn Tịnh", "Tịnh Phong"),
        ("Khu đô thị mới Bắc Sơn Tịnh", "Tịnh Thọ"),
        ("Khu đô thị mới Bắc Sơn Tịnh", "Tịnh Hà"),
    }


def test_a_task_opening_a_paragraph_is_the_one_project_of_the_paragraph_before() -> None:
    gold = run(
        "Chủ tịch UBND tỉnh đồng ý cho Công ty An Phú khảo sát, lập quy hoạch dự án Khu đô thị mới Tân Lộc tại "
        "xã Tịnh Ấn, huyện Sơn Tịnh.\nGiao Sở Xây dựng chủ trì, phối hợp với UBND huyện Sơn Tịnh hướng dẫn Công ty "
        "An Phú trong quá trình triển khai."
    )
    assert ("Dự án Khu đô thị mới Tân Lộc", "Sở Xây dựng") in assigned(gold)


def test_a_project_name_stops_before_the_province_it_crosses() -> None:
    gold = run(
        "Dự án đường bộ cao tốc Bắc - Nam giai đoạn 2021 - 2025 qua Quảng Bình dài 127 km, đi qua các huyện: Bố "
        "Trạch, Quảng Ninh."
    )
    assert projects(gold) == ["Dự án đường bộ cao tốc Bắc - Nam giai đoạn 2021 - 2025"]


def test_a_unit_after_an_opening_phrase_is_the_subject_of_the_clause_not_the_project_s_place() -> None:
    gold = run(
        "Nằm trong Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, huyện Đạ Tẻh vừa "
        "được phê duyệt bổ sung 6 công trình. Cụm công nghiệp Phú Hội, huyện Đức Trọng có 12 nhà đầu tư."
    )
    assert assigned(gold) == {("Cụm công nghiệp Phú Hội", "Đức Trọng")}


def test_a_programme_name_stops_before_the_time_it_is_looked_at() -> None:
    gold = run("Huyện kiểm tra kết quả thực hiện Chương trình nông thôn mới thời gian qua tại xã Hương Đô.")
    assert projects(gold) == ["Chương trình nông thôn mới"]


def test_a_project_name_stops_at_the_comma_before_the_task_or_its_size() -> None:
    gold = run(
        "UBND tỉnh phê duyệt Đề án phát triển du lịch cộng đồng Phong Nha, giao UBND huyện Bố Trạch chủ trì triển "
        "khai. Trọng điểm là Dự án nâng cấp đê biển Hải Ninh, có chiều dài 5 km."
    )
    assert projects(gold) == ["Đề án phát triển du lịch cộng đồng Phong Nha", "Dự án nâng cấp đê biển Hải Ninh"]
    assert ("Đề án phát triển du lịch cộng đồng Phong Nha", "UBND huyện Bố Trạch") in assigned(gold)


def test_a_unit_given_the_role_of_investor_of_a_project() -> None:
    gold = run("Huyện Bố Trạch được giao làm chủ đầu tư Dự án đường ven biển Nhân Trạch - Lý Hòa.")
    assert assigned(gold) == {("Dự án đường ven biển Nhân Trạch - Lý Hòa", "Bố Trạch")}


def test_a_body_of_a_unit_opening_its_sentence_that_carries_out_a_project_makes_it_the_unit_s() -> None:
    gold = run(
        "Năm 2024, UBND xã Hương Trà triển khai thực hiện Đề án chuyển đổi số cấp xã. Đảng ủy xã Kỳ Sơn đã lãnh "
        "đạo thực hiện thành công Đề án xây dựng xã nông thôn mới kiểu mẫu. Sở Tài chính thẩm định Đề án sắp xếp "
        "trụ sở."
    )
    assert assigned(gold) == {
        ("Đề án chuyển đổi số cấp xã", "Hương Trà"),
        ("Đề án xây dựng xã nông thôn mới kiểu mẫu", "Kỳ Sơn"),
    }


def test_the_investor_opening_the_sentence_then_the_project_it_invests_in() -> None:
    gold = run(
        "Sở Giao thông vận tải là chủ đầu tư Dự án cầu Cửa Tùng. Dự án cầu Hiền Lương mới do UBND huyện Vĩnh Linh "
        "làm chủ đầu tư, tổng vốn 200 tỷ đồng."
    )
    assert assigned(gold) == {
        ("Dự án cầu Cửa Tùng", "Sở Giao thông vận tải"),
        ("Dự án cầu Hiền Lương mới", "UBND huyện Vĩnh Linh"),
    }


def test_a_sentence_about_a_project_after_an_opening_adverbial_says_where_it_is() -> None:
    gold = run("Theo kế hoạch, Dự án Khu công nghiệp Hải Lăng sẽ được xây dựng tại xã Hải Lệ, thị xã Quảng Trị.")
    assert assigned(gold) == {("Dự án Khu công nghiệp Hải Lăng", "Hải Lệ")}


def test_a_body_acting_on_the_project_the_sentence_opens_about() -> None:
    gold = run(
        "Đối với Dự án khu tái định cư Triệu Giang, UBND huyện Triệu Phong phải hoàn thành bàn giao mặt bằng trước "
        "30/9. Đối với Dự án cầu Đại Lộc, các sở cho biết đã hoàn thành."
    )
    assert assigned(gold) == {("Dự án khu tái định cư Triệu Giang", "UBND huyện Triệu Phong")}


def test_two_sites_named_by_their_side_are_two_projects() -> None:
    gold = run(
        "| 1 | Khu đô thị mới Nam Sông Vệ - phía Bắc | Các xã: Nghĩa Hà, Nghĩa Phú huyện Tư Nghĩa | 300 |\n"
        "| 2 | Khu đô thị mới Nam Sông Vệ - phía Nam | Các xã: Đức Nhuận, Đức Lợi huyện Mộ Đức | 280 |\n"
    )
    assert projects(gold) == ["Khu đô thị mới Nam Sông Vệ - phía Bắc", "Khu đô thị mới Nam Sông Vệ - phía Nam"]
    assert ("Khu đô thị mới Nam Sông Vệ - phía Nam", "Đức Lợi") in assigned(gold)


def test_a_project_through_a_commune_named_after_qua() -> None:
    gold = run("Phóng viên ghi nhận tại Dự án Hạ tầng nông thôn tỉnh Quảng Trị qua xã Triệu Sơn, huyện Triệu Phong.")
    assert projects(gold) == ["Dự án Hạ tầng nông thôn tỉnh Quảng Trị"]
    assert assigned(gold) == {("Dự án Hạ tầng nông thôn tỉnh Quảng Trị", "Triệu Sơn")}


def test_a_table_row_places_its_project_by_the_place_column_of_its_header() -> None:
    gold = run(
        "| STT | Tên dự án | Công suất | Địa điểm | Tiến độ |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Nhà máy điện gió Ia Pết | 100 MW | Xã Ia Pết và xã Ia Dêr, tỉnh Gia Lai | 2025 - 2027 |\n"
        "| 2 | Nhà máy điện mặt trời Chư Ngọc | 50 MW | Xã Chư Ngọc, tỉnh Gia Lai | 2026 |\n"
    )
    assert assigned(gold) == {
        ("Nhà máy điện gió Ia Pết", "Ia Pết"),
        ("Nhà máy điện gió Ia Pết", "Ia Dêr"),
        ("Nhà máy điện mặt trời Chư Ngọc", "Chư Ngọc"),
    }


def test_a_task_table_gives_each_row_s_task_to_its_leading_body_only() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\nSố: 88/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Xây dựng Đề án chính quyền số tỉnh | Sở Khoa học và Công nghệ | Sở Tài chính | Quý III/2025 |\n"
        "| 2 | Tuyên truyền về chuyển đổi số | Sở Văn hóa, Thể thao và Du lịch | Sở Nội vụ | Hằng năm |\n"
    )
    found = assigned(gold)
    assert ("Đề án chính quyền số tỉnh", "Sở Khoa học và Công nghệ") in found
    assert ("88/KH-UBND", "Sở Văn hóa, Thể thao và Du lịch") in found
    assert not any(target in ("Sở Tài chính", "Sở Nội vụ") for _, target in found)


def test_a_road_from_its_start_to_its_end_is_in_both_communes() -> None:
    gold = run("Dự án đường ven biển Hải Khê có điểm đầu tại xã Hải An, điểm cuối tại xã Hải Khê, huyện Hải Lăng.")
    assert projects(gold) == ["Dự án đường ven biển Hải Khê"]
    assert assigned(gold) == {("Dự án đường ven biển Hải Khê", "Hải An"), ("Dự án đường ven biển Hải Khê", "Hải Khê")}


def test_a_project_name_stops_before_o_and_its_commune() -> None:
    gold = run("Tỉnh khởi công Dự án cầu Quán Hàu ở xã Võ Ninh, huyện Quảng Ninh.")
    assert assigned(gold) == {("Dự án cầu Quán Hàu", "Võ Ninh")}


def test_social_housing_is_named_whole() -> None:
    gold = run(
        "Tỉnh khởi công Dự án Nhà ở xã hội Bắc Nghĩa tại phường Bắc Nghĩa. Công ty Hưng Thịnh đề xuất dự án nhà ở "
        "xã hội Hòa Khánh tại phường Hòa Khánh."
    )
    assert projects(gold) == ["Dự án Nhà ở xã hội Bắc Nghĩa", "Dự án nhà ở xã hội Hòa Khánh"]
    assert assigned(gold) == {
        ("Dự án Nhà ở xã hội Bắc Nghĩa", "Bắc Nghĩa"),
        ("Dự án nhà ở xã hội Hòa Khánh", "Hòa Khánh"),
    }
