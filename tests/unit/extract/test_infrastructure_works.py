"""Road and infrastructure works as the news names them: a work named by its kind, what it is for and its place
("công trình kè chống sạt lở bờ biển X (huyện Y)", "kiểm tra hồ chứa nước Z (xã A, huyện B)", "DA Kè bảo vệ bờ tả
sông C"), names that would run on into what is said of them ("... có dung tích", "... khởi công vào", "... dự kiến
ngày hoàn thành", "... và phê duyệt dự án"), and names that go on in brackets with the phase or sub-zone they are
("(giai đoạn 2)", "(Phân khu B)"; not the stretch: "(đoạn từ A đến B)" says where it is). Every sentence here is
written for the test, in the shape seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import assigned, run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["projects"]]


# --- a work named by its kind, its purpose and its place ------------------------------------------------------------


def test_a_sea_wall_named_by_its_purpose_after_cong_trinh_is_a_project_located_by_its_bracket() -> None:
    gold = run("Công trình kè chống sạt lở bờ biển Cửa Tùng (huyện Vĩnh Linh) đã hoàn thành trước mùa mưa bão.")
    assert projects(gold) == ["Kè chống sạt lở bờ biển Cửa Tùng"]
    assert assigned(gold) == {("Kè chống sạt lở bờ biển Cửa Tùng", "Vĩnh Linh")}


def test_a_reservoir_inspected_is_a_project_located_by_its_commune() -> None:
    gold = run("Phó Chủ tịch UBND tỉnh kiểm tra hồ chứa nước Ea Rớt (xã Ea Kiết, huyện Cư M'gar).")
    assert projects(gold) == ["Hồ chứa nước Ea Rớt"]
    assert ("Hồ chứa nước Ea Rớt", "Ea Kiết") in assigned(gold)


def test_a_work_after_da_in_capitals_is_named_to_its_river() -> None:
    gold = run("Năm 2024, tỉnh quyết định đầu tư khẩn cấp DA Kè bảo vệ bờ tả sông Lam, đoạn qua xã Thanh Nam.")
    assert projects(gold) == ["DA Kè bảo vệ bờ tả sông Lam"]


def test_a_work_with_no_cue_of_building_is_no_project() -> None:
    assert projects(run("Người dân câu cá bên hồ chứa nước Kẻ Gỗ vào cuối tuần.")) == []
    assert projects(run("Du khách dừng chân chụp ảnh trên cầu Trường Tiền.")) == []


# --- where the name of a work ends ----------------------------------------------------------------------------------


def test_a_name_ends_before_its_size_after_co() -> None:
    gold = run("Dự án hồ chứa nước Bản Mồng có dung tích 200 triệu m3.")
    assert projects(gold) == ["Dự án hồ chứa nước Bản Mồng"]


def test_a_name_ends_before_a_ceremony_verb_after_its_proper_name() -> None:
    gold = run("Dự án cầu Phước An khởi công vào tháng 3/2023 và sẽ thông xe cuối năm nay.")
    assert projects(gold) == ["Dự án cầu Phước An"]


def test_a_name_ends_before_du_kien_and_a_date() -> None:
    gold = run("Dự án nâng cấp QL.217 đoạn Km0 - Km12 dự kiến ngày hoàn thành là 30/6/2026.")
    assert projects(gold) == ["Dự án nâng cấp QL.217 đoạn Km0 - Km12"]


def test_a_name_ends_before_va_phe_duyet_and_the_next_project() -> None:
    gold = run("UBND tỉnh phê duyệt quy hoạch phân khu khu vực hồ Tà Keo và phê duyệt dự án hồ Tà Keo.")
    assert sorted(projects(gold)) == ["Dự án hồ Tà Keo", "Quy hoạch phân khu khu vực hồ Tà Keo"]


# --- a name that goes on in brackets --------------------------------------------------------------------------------


def test_a_phase_in_brackets_is_part_of_the_name_and_a_stretch_is_not() -> None:
    gold = run("Dự án nạo vét kênh tưới Bắc Đuống (giai đoạn 2) chậm tiến độ nhiều tháng.")
    assert projects(gold) == ["Dự án nạo vét kênh tưới Bắc Đuống (giai đoạn 2)"]
    gold = run("Dự án nạo vét kênh tưới Bắc Đuống (đoạn từ cầu Đình Bảng đến trạm bơm Trịnh Xá) chậm tiến độ.")
    assert projects(gold) == ["Dự án nạo vét kênh tưới Bắc Đuống"]


def test_a_sub_zone_in_brackets_is_part_of_the_plan() -> None:
    gold = run("Tỉnh công bố Quy hoạch phân khu Khu đô thị sinh thái Yên Tử (Phân khu B) tại xã Tràng Lương.")
    assert "Quy hoạch phân khu Khu đô thị sinh thái Yên Tử (Phân khu B)" in projects(gold)


def test_a_name_ends_before_the_river_a_bridge_crosses() -> None:
    gold = run("Tỉnh sẽ xây dựng cầu Bến Thủy 3 vượt sông Lam trong giai đoạn 2026 - 2030.")
    assert projects(gold) == ["Cầu Bến Thủy 3"]


def test_a_name_ends_before_the_plan_it_is_added_to() -> None:
    gold = run("HĐND tỉnh bổ sung Dự án đê bao chống ngập Vàm Cỏ vào kế hoạch đầu tư công trung hạn 2021-2025.")
    assert projects(gold) == ["Dự án đê bao chống ngập Vàm Cỏ"]


def test_a_name_ends_before_o_and_the_stretch() -> None:
    gold = run("Bộ giao vốn cho dự án nâng cấp đường Hồ Chí Minh ở đoạn qua tỉnh Kon Tum.")
    assert projects(gold) == ["Dự án nâng cấp đường Hồ Chí Minh"]


def test_a_name_of_road_works_goes_on_over_va_xu_ly() -> None:
    gold = run("Dự án nâng cấp QL.12A đoạn Km5 - Km20 và xử lý sạt trượt đoạn Bãi Dinh - Cha Lo đã về đích sớm.")
    assert projects(gold) == ["Dự án nâng cấp QL.12A đoạn Km5 - Km20 và xử lý sạt trượt đoạn Bãi Dinh - Cha Lo"]


# --- the same work named twice, and parts of a work -----------------------------------------------------------------


def test_a_numbered_component_project_is_a_project() -> None:
    gold = run("Tổng mức đầu tư của dự án thành phần 2 tăng thêm 500 tỷ đồng so với dự toán ban đầu.")
    assert projects(gold) == ["Dự án thành phần 2"]


def test_works_counted_with_a_classifier_name_none() -> None:
    gold = run("Bộ Xây dựng được giao làm chủ đầu tư dự án xây dựng hai chiếc cầu mới này.")
    assert projects(gold) == []


def test_an_expressway_widened_after_du_an_dau_tu_is_named_whole() -> None:
    gold = run("Bộ trình Chính phủ dự án đầu tư mở rộng cao tốc Hòa Lạc - Hòa Bình lên 4 làn xe.")
    assert projects(gold) == ["Dự án đầu tư mở rộng cao tốc Hòa Lạc - Hòa Bình"]


def test_a_work_inside_a_longer_project_name_is_not_read_alone() -> None:
    gold = run(
        "Tỉnh bổ sung dự án xây dựng kè cấp bách bảo vệ đê biển Đông kết hợp xây dựng khu dân cư ven biển đoạn từ cống "
        "Huyện Sử đến cống Rạch Gốc và đoạn từ cửa Bảy Háp hướng về Kênh Năm, sử dụng từ nguồn vốn dự phòng ngân sách "
        "Trung ương năm 2019 và nguồn vốn ngân sách tỉnh."
    )
    assert "Kè cấp bách bảo vệ đê biển Đông" not in projects(gold)


# --- where a work is: its bracket ------------------------------------------------------------------------------------


def test_a_bracket_with_an_abbreviated_town_level_locates_the_work() -> None:
    gold = run("Công trình kè chống sạt lở bờ sông Trà Bồng (TX.Đức Phổ) đã hoàn thành trước mùa lũ.")
    assert assigned(gold) == {("Kè chống sạt lở bờ sông Trà Bồng", "Đức Phổ")}


def test_a_bracket_that_opens_on_a_hamlet_locates_the_work_in_its_commune() -> None:
    gold = run("Đoàn kiểm tra hồ chứa nước Khe Chè (thôn Khe Chè, xã Bình Dân, huyện Vân Đồn) trước mùa mưa.")
    assert assigned(gold) == {("Hồ chứa nước Khe Chè", "Bình Dân")}


# --- a road's stretch under works, and a work named again without its project words ---------------------------------


def test_a_road_stretch_under_repair_is_a_project_located_by_its_bracket() -> None:
    gold = run("Hai gói thầu sửa chữa trên tuyến Quốc lộ 4D đoạn từ Sa Pa đi Bình Lư (xã Tả Phìn) đang được thi công.")
    assert projects(gold) == ["Quốc lộ 4D đoạn từ Sa Pa đi Bình Lư"]
    assert assigned(gold) == {("Quốc lộ 4D đoạn từ Sa Pa đi Bình Lư", "Tả Phìn")}


def test_a_road_with_no_work_or_no_stretch_is_no_project() -> None:
    assert projects(run("Xe khách bị lật trên Quốc lộ 6 đoạn qua xã Chiềng Mung.")) == []
    assert projects(run("Tỉnh đề nghị Bộ sớm nâng cấp Quốc lộ 279 để phục vụ người dân.")) == []


def test_a_road_named_again_without_its_project_words_is_the_same_project() -> None:
    gold = run("Bộ trình dự án đầu tư mở rộng cao tốc Hòa Lạc - Hòa Bình. Cao tốc Hòa Lạc - Hòa Bình hiện có 2 làn xe.")
    assert projects(gold) == ["Dự án đầu tư mở rộng cao tốc Hòa Lạc - Hòa Bình"]


def test_a_work_built_with_the_short_verb_xay_is_a_project() -> None:
    gold = run("Bộ dùng vốn dư của dự án khác để xây cầu Sông Chua trên Quốc lộ 25.")
    assert projects(gold) == ["Cầu Sông Chua"]


def test_two_works_sharing_their_kind_word_are_two_projects() -> None:
    gold = run("Tỉnh dành 500 tỷ đồng xây cầu Sông Chua và Đà Rằng.")
    assert sorted(projects(gold)) == ["Cầu Sông Chua", "Cầu Đà Rằng"]


def test_a_work_handed_over_after_its_hamlet_in_the_bracket_is_located_in_its_ward() -> None:
    gold = run(
        "Ban Quản lý dự án tỉnh nghiệm thu đưa vào sử dụng bờ kè chống sạt lở kênh Cái Cam (khu vực Khóm 2, phường "
        "Long Châu, TX Bình Minh)."
    )
    assert projects(gold) == ["Bờ kè chống sạt lở kênh Cái Cam"]
    assert assigned(gold) == {("Bờ kè chống sạt lở kênh Cái Cam", "Long Châu")}


def test_a_reservoir_of_two_names_is_read_to_its_second_name() -> None:
    gold = run("Bộ phê duyệt kinh phí kiểm tra hồ chứa nước Kẻ Gỗ – Sông Rác trước mùa lũ.")
    assert projects(gold) == ["Hồ chứa nước Kẻ Gỗ – Sông Rác"]


def test_a_headline_work_is_the_project_named_in_full_below() -> None:
    gold = run(
        "Hơn 20 tỷ đồng nâng cấp hồ chứa nước Khe Đá\n\nDự án sửa chữa, nâng cấp đảm bảo an toàn hồ chứa nước Khe Đá "
        "do UBND huyện làm chủ đầu tư."
    )
    assert projects(gold) == ["Dự án sửa chữa, nâng cấp đảm bảo an toàn hồ chứa nước Khe Đá"]


def test_a_numbered_road_being_built_or_opened_is_a_project_located_by_its_stretch() -> None:
    gold = run("Huyện đầu tư nâng cấp, mở rộng đường ĐH.12 đoạn qua xã Tân Lợi với kinh phí 45 tỷ đồng.")
    assert projects(gold) == ["Đường ĐH.12"]
    assert assigned(gold) == {("Đường ĐH.12", "Tân Lợi")}
    gold = run("Lễ thông xe tuyến ĐT.830 đoạn qua xã Long Thượng diễn ra vào ngày 20/5.")
    assert projects(gold) == ["Tuyến ĐT.830"]


def test_a_headline_road_is_the_component_project_that_builds_it() -> None:
    gold = run(
        "Tạm dừng thi công Quốc lộ 15C gây nứt nhà dân\n\nNgười dân phản ánh việc thi công Dự án thành phần 1 - Đầu tư "
        "xây dựng Quốc lộ 15C đoạn tránh thị trấn Mường Lát, tỉnh Thanh Hóa đã làm nứt nhà."
    )
    assert projects(gold) == ["Dự án thành phần 1 - Đầu tư xây dựng Quốc lộ 15C đoạn tránh thị trấn Mường Lát"]


def test_a_bridge_name_ends_before_the_provinces_it_joins() -> None:
    gold = run("Bộ Xây dựng khởi công cầu Đại Ngãi 2 nối tỉnh Trà Vinh với tỉnh Sóc Trăng.")
    assert projects(gold) == ["Cầu Đại Ngãi 2"]


def test_a_road_built_by_its_stretch_between_two_places_is_named_whole() -> None:
    gold = run("Tỉnh khởi công đường ven biển đoạn Quảng Phúc - Cảng Hòn La dài 9 km.")
    assert "Đường ven biển đoạn Quảng Phúc - Cảng Hòn La" in projects(gold)  # (the port at its end is one too)


def test_an_industrial_park_written_with_a_capital_cong_is_a_site_located_by_the_ceremony() -> None:
    gold = run(
        "Ngày 18/4, tại xã Hải Phương, huyện Hải Hậu, UBND tỉnh tổ chức khởi công xây dựng hạ tầng Cụm Công nghiệp "
        "Hải Phương."
    )
    assert projects(gold) == ["Cụm Công nghiệp Hải Phương"]
    assert assigned(gold) == {("Cụm Công nghiệp Hải Phương", "Hải Phương")}


def test_a_bridge_as_a_figure_of_speech_or_a_verb_of_culverts_is_no_work() -> None:
    assert projects(run("Mặt trận cần xây dựng cầu nối giữa Đảng với Nhân dân.")) == []
    assert projects(run("Tỉnh đầu tư cống hóa mương tiêu Đồng Bông và kênh hóa mương Bà Sáu.")) == []
    assert projects(run("Đài đầu tư kênh truyền hình Sông Hậu và xây dựng kênh thông tin Zalo của tỉnh.")) == []


@pytest.mark.parametrize("join", ["-", "- ", " - "])
def test_a_bridge_named_with_the_provincial_road_it_carries_keeps_the_road_number(join: str) -> None:
    gold = run(
        f"Công trình cầu Rạch Gốc{join}Đường tỉnh 942, bắc ngang rạch Gốc, nằm trên trục đường Lê Lợi, thị trấn "
        "Chợ Mới dài 80m."
    )
    assert [name.replace(" - ", "-").replace("- ", "-") for name in projects(gold)] == ["Cầu Rạch Gốc-Đường tỉnh 942"]
