"""Projects and ASSIGNED_TO in the shapes read on groundbreaking, investment and decision articles of the Central
Highlands, the South-East and the south-central coast: a project name that runs into the next verb ("vừa", "và
đẩy nhanh", ", phân bổ"), lists of projects after "các dự án như" / "các công trình gồm" with their place in
brackets, a place fronted before the groundbreaking ("Sáng 5/4, tại xã A, ... khởi công dự án B"), a company that
breaks ground with the province, an investor field ("Chủ đầu tư, đơn vị đề xuất: X"). Every sentence here is
written for the test, in the shape seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import assigned, run

pytestmark = pytest.mark.unit


def projects(gold: dict[str, Any]) -> list[str]:
    return [p["name"] for p in gold["projects"]]


# --- where a project's name ends ------------------------------------------------------------------------------------


def test_a_name_ends_before_vua() -> None:
    gold = run("Dự án nhà máy thủy điện Đắk Pô Kô vừa chính thức phát điện vào chiều qua.")
    assert projects(gold) == ["Dự án nhà máy thủy điện Đắk Pô Kô"]


def test_a_name_ends_before_va_and_a_task_verb() -> None:
    gold = run("Tỉnh đang hoàn tất hồ sơ Dự án Hồ chứa nước Ia Mơr và đẩy nhanh việc bồi thường cho người dân.")
    assert projects(gold) == ["Dự án Hồ chứa nước Ia Mơr"]


def test_a_name_ends_before_a_comma_and_an_allocation_verb() -> None:
    gold = run("HĐND tỉnh bố trí 300 tỷ đồng cho dự án đường Đồng Phú - Bù Đăng, phân bổ cho bồi thường và xây lắp.")
    assert projects(gold) == ["Dự án đường Đồng Phú - Bù Đăng"]


# --- lists of projects ----------------------------------------------------------------------------------------------


def test_a_list_after_cac_du_an_nhu_without_a_colon_gives_each_item_and_its_bracketed_place() -> None:
    gold = run(
        "HĐND tỉnh điều chỉnh tổng mức đầu tư các dự án như Hồ chứa nước Ea Tam; Đường giao thông trung tâm xã Cư Né "
        "(huyện Krông Búk); Trạm bơm Ea Kuăng (xã Ea Kuăng, huyện Krông Pắc)."
    )
    names = projects(gold)
    assert "Hồ chứa nước Ea Tam" in names
    assert "Đường giao thông trung tâm xã Cư Né" in names
    assert "Trạm bơm Ea Kuăng" in names
    assert ("Đường giao thông trung tâm xã Cư Né", "Krông Búk") in assigned(gold)
    assert ("Trạm bơm Ea Kuăng", "Ea Kuăng") in assigned(gold)


def test_a_list_of_works_after_cac_cong_trinh_gom_gives_each_with_its_ward() -> None:
    gold = run(
        "Các công trình gồm: Trường Mầm non Sơn Ca (phường Tân Đông Hiệp), Trường Tiểu học Bình An (phường Bình An) "
        "và Nhà văn hóa khu phố 3."
    )
    names = projects(gold)
    assert "Trường Mầm non Sơn Ca" in names
    assert "Trường Tiểu học Bình An" in names
    assert ("Trường Mầm non Sơn Ca", "Tân Đông Hiệp") in assigned(gold)
    assert ("Trường Tiểu học Bình An", "Bình An") in assigned(gold)


def test_a_generic_list_after_cac_du_an_nhu_gives_nothing() -> None:
    gold = run("Tỉnh ưu tiên các dự án như giao thông, thủy lợi và trường học trong năm tới.")
    assert projects(gold) == []


# --- where a groundbreaking takes place -----------------------------------------------------------------------------


def test_a_place_fronted_before_a_groundbreaking_locates_the_project() -> None:
    gold = run(
        "Sáng 12/4, tại xã Ia Pếch, huyện Ia Grai, UBND tỉnh Gia Lai tổ chức lễ khởi công Dự án Nhà máy điện gió "
        "Ia Pếch 2."
    )
    assert ("Dự án Nhà máy điện gió Ia Pếch 2", "Ia Pếch") in assigned(gold)


def test_a_fronted_place_in_another_sentence_locates_nothing() -> None:
    gold = run("Sáng 12/4, tại xã Ia Pếch, đoàn công tác làm việc với người dân. Tỉnh khởi công Dự án Cầu Ia Grai 3.")
    assert not {t for _, t in assigned(gold)} & {"Ia Pếch"}


def test_a_company_that_co_organises_a_groundbreaking_is_the_investor() -> None:
    gold = run(
        "UBND tỉnh Bình Thuận đã phối hợp với Công ty cổ phần Năng lượng Hòa Thắng tổ chức lễ khởi công Dự án Nhà "
        "máy điện mặt trời Hòa Thắng 3."
    )
    assert ("Dự án Nhà máy điện mặt trời Hòa Thắng 3", "Công ty cổ phần Năng lượng Hòa Thắng") in assigned(gold)


def test_a_company_that_breaks_ground_on_a_listed_pair_invests_in_both() -> None:
    gold = run(
        "Ngày 2/6, tỉnh Đồng Nai và Tổng Công ty Sonadezi chính thức khởi công hai dự án: Khu công nghiệp Xuân Quế "
        "rộng 500 ha và Khu công nghiệp Sông Nhạn diện tích 300 ha."
    )
    got = assigned(gold)
    assert ("Khu công nghiệp Xuân Quế", "Tổng Công ty Sonadezi") in got
    assert ("Khu công nghiệp Sông Nhạn", "Tổng Công ty Sonadezi") in got


# --- an investor field ----------------------------------------------------------------------------------------------


def test_an_investor_field_with_a_second_role_names_the_projects_investor() -> None:
    gold = run(
        "Tên dự án: Đường liên xã Ea Bar đi Cư M'gar.\n"
        "Chủ đầu tư, đơn vị đề xuất dự án: UBND huyện Buôn Đôn.\n"
        "Tổng mức đầu tư: 20 tỷ đồng."
    )
    assert ("Đường liên xã Ea Bar đi Cư M'gar", "UBND huyện Buôn Đôn") in assigned(gold)


def test_a_place_fronted_after_a_dotted_date_locates_the_project() -> None:
    gold = run("Sáng 20.5, tại xã Ia Pếch, huyện Ia Grai, UBND tỉnh Gia Lai tổ chức lễ khởi công Dự án Cầu Ia Pếch 3.")
    assert ("Dự án Cầu Ia Pếch 3", "Ia Pếch") in assigned(gold)


def test_a_company_named_with_its_trades_in_lower_case_is_the_investor() -> None:
    gold = run(
        "UBND tỉnh đã phối hợp với Công ty cổ phần đầu tư xây dựng và phát triển Hòa Phú tổ chức lễ khởi công Dự án "
        "Nhà máy điện mặt trời Hòa Phú 1."
    )
    assert ("Dự án Nhà máy điện mặt trời Hòa Phú 1", "Công ty cổ phần đầu tư xây dựng và phát triển Hòa Phú") in (
        assigned(gold)
    )


def test_a_scheme_title_goes_on_over_its_place_to_its_period() -> None:
    gold = run(
        "UBND tỉnh phê duyệt Đề án Phát triển du lịch cộng đồng tại xã Đăk Ring và xã Măng Ri, huyện Tu Mơ Rông "
        "đến năm 2025, định hướng đến năm 2030."
    )
    assert projects(gold) == [
        "Đề án Phát triển du lịch cộng đồng tại xã Đăk Ring và xã Măng Ri, huyện Tu Mơ Rông đến năm 2025, định hướng "
        "đến năm 2030"
    ]


def test_a_project_named_at_a_place_still_ends_there() -> None:
    gold = run("Tỉnh khởi công Dự án Cầu Đăk Bla 2 tại xã Ngọk Bay, thành phố Kon Tum.")
    assert projects(gold) == ["Dự án Cầu Đăk Bla 2"]


def test_a_body_responsible_for_carrying_out_the_scheme_named_back_is_assigned_it() -> None:
    gold = run(
        "Điều 1. Phê duyệt Đề án Phát triển cây dược liệu huyện Tu Mơ Rông đến năm 2030.\n"
        "Điều 2. Ủy ban nhân dân huyện Tu Mơ Rông chịu trách nhiệm chính trong tổ chức triển khai thực hiện Đề án."
    )
    assert ("Đề án Phát triển cây dược liệu huyện Tu Mơ Rông đến năm 2030", "Ủy ban nhân dân huyện Tu Mơ Rông") in (
        assigned(gold)
    )


def test_a_scheme_of_each_commune_is_generic() -> None:
    gold = run("Phê duyệt Đề án Phát triển du lịch huyện Kon Plông đến năm 2030 (có Đề án của từng xã kèm theo).")
    assert projects(gold) == ["Đề án Phát triển du lịch huyện Kon Plông đến năm 2030"]


def organizations(gold: dict[str, Any]) -> list[str]:
    return [o["name"] for o in gold["organizations"]]


def test_a_project_board_named_in_lower_case_up_to_its_unit_is_the_investor() -> None:
    gold = run(
        "Dự án đường Nam Ban – Tân Văn có địa điểm xây dựng tại xã Phú Sơn, huyện Lâm Hà. Dự án do Ban Quản lý đầu tư "
        "xây dựng và công trình công cộng huyện Lâm Hà làm chủ đầu tư."
    )
    assert projects(gold) == ["Dự án đường Nam Ban – Tân Văn"]
    assert "Ban Quản lý đầu tư xây dựng và công trình công cộng huyện Lâm Hà" in organizations(gold)
    assert ("Dự án đường Nam Ban – Tân Văn", "Ban Quản lý đầu tư xây dựng và công trình công cộng huyện Lâm Hà") in (
        assigned(gold)
    )
    assert ("Dự án đường Nam Ban – Tân Văn", "Phú Sơn") in assigned(gold)


def test_a_project_board_with_its_sectors_in_lower_case_is_named_whole() -> None:
    gold = run(
        "UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng công trình giao thông và nông nghiệp phát triển nông thôn "
        "tỉnh Đắk Lắk làm đầu mối tiếp nhận hồ sơ."
    )
    assert (
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông và nông nghiệp phát triển nông thôn tỉnh Đắk Lắk"
        in organizations(gold)
    )


# --- a commune that breaks ground on its own projects ---------------------------------------------------------------


def test_a_commune_people_s_committee_that_breaks_ground_on_counted_projects_locates_those_named_next() -> None:
    gold = run(
        "(GLO)- Sáng 12-4, UBND xã Ia Hrú (tỉnh Gia Lai) tổ chức khởi công 2 dự án trên địa bàn.\n"
        "Cụ thể, Dự án xây dựng nhà văn hóa làng Ia Lang có tổng kinh phí 3 tỷ đồng.\n"
        "Dự án đường giao thông từ làng Tơ Vơn đến trung tâm xã dài 2 km.\n"
        "Ngoài ra, tỉnh đang chuẩn bị Dự án Hồ chứa nước Ia Mơr."
    )
    got = assigned(gold)
    assert ("Dự án xây dựng nhà văn hóa làng Ia Lang", "Ia Hrú") in got
    assert ("Dự án đường giao thông từ làng Tơ Vơn đến trung tâm xã", "Ia Hrú") in got
    assert ("Dự án Hồ chứa nước Ia Mơr", "Ia Hrú") not in got


def test_a_provincial_people_s_committee_breaking_ground_locates_nothing_by_itself() -> None:
    gold = run("Sáng 12-4, UBND tỉnh Gia Lai tổ chức khởi công 1 dự án.\nCụ thể, Dự án Cầu Ia Ly 2 dài 300 m.")
    assert not {t for _, t in assigned(gold)} & {"Gia Lai"}


def test_a_body_responsible_after_a_meeting_opener_is_assigned_the_project() -> None:
    gold = run(
        "Tại buổi làm việc, UBND huyện Ea Súp chịu trách nhiệm hoàn thành giải phóng mặt bằng Dự án Hồ chứa nước Ea "
        "Súp Thượng trước ngày 30/6."
    )
    assert ("Dự án Hồ chứa nước Ea Súp Thượng", "UBND huyện Ea Súp") in assigned(gold)


def test_a_named_work_opened_by_a_ward_is_a_project_in_the_ward() -> None:
    gold = run("Sáng 2/9, UBND phường Tân An tổ chức khánh thành công trình Trường Mầm non Hoa Mai.")
    assert "Trường Mầm non Hoa Mai" in projects(gold)
    assert ("Trường Mầm non Hoa Mai", "Tân An") in assigned(gold)


def test_a_work_in_lower_case_after_the_ceremony_is_no_project() -> None:
    gold = run("Tỉnh khánh thành công trình giao thông nông thôn của xã.")
    assert projects(gold) == []


def test_a_commune_that_opens_a_project_locates_it() -> None:
    gold = run("Ngày 15/8, xã Tân Hòa khánh thành Dự án cầu Suối Đá 2.")
    assert ("Dự án cầu Suối Đá 2", "Tân Hòa") in assigned(gold)


def test_a_leading_body_after_theo_ke_hoach_is_assigned_the_project() -> None:
    gold = run("Theo kế hoạch, Sở Giao thông vận tải chủ trì lập Dự án nâng cấp Quốc lộ 14C đoạn qua huyện Ngọc Hồi.")
    assert ("Dự án nâng cấp Quốc lộ 14C", "Sở Giao thông vận tải") in assigned(gold)


def test_a_company_named_with_a_dash_is_asked_to_finish_the_project() -> None:
    gold = run(
        "Tỉnh yêu cầu Công ty CP Thủy điện Vĩnh Sơn - Sông Hinh khẩn trương hoàn thành Dự án Nhà máy thủy điện "
        "Thượng Kon Tum."
    )
    assert ("Dự án Nhà máy thủy điện Thượng Kon Tum", "Công ty CP Thủy điện Vĩnh Sơn - Sông Hinh") in assigned(gold)


def test_a_body_that_is_given_a_programme_leads_it() -> None:
    gold = run(
        "Sở Nông nghiệp và Môi trường được giao chủ trì thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn "
        "mới."
    )
    assert ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "Sở Nông nghiệp và Môi trường") in assigned(gold)


def test_a_commune_given_a_scheme_to_carry_out_is_assigned_it() -> None:
    gold = run("Trong đó, xã Ea Kly được giao triển khai Đề án phát triển cà phê bền vững.")
    assert ("Đề án phát triển cà phê bền vững", "Ea Kly") in assigned(gold)


def test_a_body_given_only_a_share_is_not_the_lead() -> None:
    gold = run("Sở Tài chính được giao phối hợp thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững.")
    assert ("Chương trình mục tiêu quốc gia giảm nghèo bền vững", "Sở Tài chính") not in assigned(gold)


def localities(gold: dict[str, Any]) -> list[str]:
    return [loc["name"] for loc in gold["localities"]]


def test_a_highland_unit_with_a_capital_after_its_apostrophe_is_read_whole() -> None:
    gold = run("Dự án Cao tốc Khánh Hòa – Buôn Ma Thuột đi qua huyện Ia H'Drai và huyện Cư M’gar.")
    assert "Ia H'Drai" in localities(gold)
    assert "Cư M’gar" in localities(gold)


# --- movements and numbered schemes ----------------------------------------------------------------------------------


def test_a_movement_named_without_quotes_is_a_project() -> None:
    gold = run("Huyện tiếp tục đẩy mạnh phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư.")
    assert projects(gold) == ["Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"]


def test_a_movement_of_a_body_is_not_named_by_the_body() -> None:
    gold = run("Các phong trào Hội Nông dân phát động được hội viên hưởng ứng.")
    assert projects(gold) == []


def test_a_numbered_scheme_s_issuer_is_not_part_of_its_name() -> None:
    gold = run("Thực hiện Đề án 06 của Chính phủ, Công an tỉnh đã cấp 500.000 tài khoản định danh điện tử.")
    assert projects(gold) == ["Đề án 06"]


def test_a_school_whose_building_starts_is_a_project_at_its_ward() -> None:
    gold = run("Sáng 5/9, khởi công xây dựng Trường Tiểu học Kim Long tại phường Hiệp Thành.")
    assert "Trường Tiểu học Kim Long" in projects(gold)
    assert ("Trường Tiểu học Kim Long", "Hiệp Thành") in assigned(gold)


# --- investors in a joint venture, boards named by what they develop, short codes --------------------------------


def test_every_company_of_a_joint_venture_is_the_investor() -> None:
    gold = run(
        "Dự án Khu đô thị Bãi Dài do liên danh Công ty Cổ phần Hòn Tằm, Công ty Cổ phần Đầu tư Cam Lâm và Công ty "
        "Cổ phần Giải pháp Năng lượng VinES làm chủ đầu tư."
    )
    got = assigned(gold)
    assert ("Dự án Khu đô thị Bãi Dài", "Công ty Cổ phần Hòn Tằm") in got
    assert ("Dự án Khu đô thị Bãi Dài", "Công ty Cổ phần Đầu tư Cam Lâm") in got
    assert ("Dự án Khu đô thị Bãi Dài", "Công ty Cổ phần Giải pháp Năng lượng VinES") in got


def test_a_project_board_named_by_what_it_develops_is_the_investor() -> None:
    gold = run("Tỉnh khởi công Dự án Khu tái định cư Ninh Thọ, do Ban Quản lý Dự án phát triển tỉnh làm chủ đầu tư.")
    assert ("Dự án Khu tái định cư Ninh Thọ", "Ban Quản lý Dự án phát triển tỉnh") in assigned(gold)


def test_a_project_named_back_by_its_bracketed_code_is_the_same_project() -> None:
    gold = run(
        "Tỉnh khởi công dự án Nhà ở xã hội Phước Long Residence (NOXH-02) tại phường Bắc Nha Trang. Dự án NOXH-02 "
        "dự kiến hoàn thành năm 2027."
    )
    assert projects(gold) == ["Dự án Nhà ở xã hội Phước Long Residence"]


def test_a_place_opening_a_ceremony_sentence_with_dien_ra_locates_the_project() -> None:
    gold = run("* Tại xã Phước Hà diễn ra Lễ khánh thành công trình Dự án Hồ chứa nước Sông Than.")
    assert ("Dự án Hồ chứa nước Sông Than", "Phước Hà") in assigned(gold)


def test_a_place_inside_the_purpose_of_a_project_does_not_locate_it() -> None:
    gold = run(
        "Dự án Nhà ở xã hội Phước Long góp phần giải quyết nhu cầu nhà ở cho công nhân và các gia đình chính sách tại "
        "tỉnh Khánh Hòa."
    )
    assert assigned(gold) == set()


def test_a_site_and_its_ward_opening_a_ceremony_sentence_locate_the_project() -> None:
    gold = run(
        "* Tại Khu đô thị mới Phước Long, phường Bắc Nha Trang diễn ra lễ khởi công Dự án Nhà ở xã hội Phước Long 2."
    )
    got = assigned(gold)
    assert ("Dự án Nhà ở xã hội Phước Long 2", "Bắc Nha Trang") in got
    assert ("Khu đô thị mới Phước Long", "Bắc Nha Trang") in got


def test_a_part_of_a_project_opened_at_a_commune_is_located_there() -> None:
    gold = run(
        "* Tại xã Phước Hà diễn ra Lễ khánh thành Dự án thành phần 1 thuộc dự án Đường nối từ cao tốc Bắc - Nam với "
        "Quốc lộ 27."
    )
    assert ("Dự án thành phần 1", "Phước Hà") in assigned(gold)


def test_a_project_defined_by_a_bracketed_term_runs_to_its_place() -> None:
    gold = run(
        "Quốc hội xem xét chủ trương đầu tư Dự án đường liên vùng kết nối Gia Lai, Đắk Lắk và Phú Yên, từ cửa khẩu Lệ "
        "Thanh đến Quốc lộ 19C, xã Ia Dom, huyện Đức Cơ, tỉnh Gia Lai (Dự án)."
    )
    name = "Dự án đường liên vùng kết nối Gia Lai, Đắk Lắk và Phú Yên, từ cửa khẩu Lệ Thanh đến Quốc lộ 19C"
    assert projects(gold) == [name]
    assert (name, "Ia Dom") in assigned(gold)


def test_a_counted_list_of_projects_after_a_colon_gives_each_item_in_the_commune() -> None:
    gold = run(
        "Trên địa bàn xã Phú Riềng có 2 dự án lớn: Nhà máy chế biến mủ cao su Phú Riềng và Khu dân cư Phú Riềng Đỏ."
    )
    names = projects(gold)
    assert "Nhà máy chế biến mủ cao su Phú Riềng" in names
    assert "Khu dân cư Phú Riềng Đỏ" in names
    assert ("Nhà máy chế biến mủ cao su Phú Riềng", "Phú Riềng") in assigned(gold)


def test_a_committee_that_directs_another_body_does_not_lead_the_task() -> None:
    gold = run("Huyện ủy chỉ đạo UBND huyện tập trung triển khai Đề án số 04-ĐA/HU về phát triển cây dược liệu.")
    got = assigned(gold)
    assert ("Đề án số 04-ĐA/HU về phát triển cây dược liệu", "UBND huyện") in got
    assert ("Đề án số 04-ĐA/HU về phát triển cây dược liệu", "Huyện ủy") not in got


def test_a_listed_school_named_with_va_is_one_item() -> None:
    gold = run("Các công trình gồm: Trường Tiểu học và THCS Lê Lợi (xã Ia Nan), Nhà văn hóa làng Ia Lang.")
    assert "Trường Tiểu học và THCS Lê Lợi" in projects(gold)


def test_a_scheme_title_goes_on_over_va_and_a_verb_inside_it() -> None:
    gold = run(
        "Tỉnh triển khai Đề án ứng dụng, vận hành và quản lý hệ thống truy xuất nguồn gốc nông sản; Sở X theo dõi."
    )
    assert projects(gold) == ["Đề án ứng dụng, vận hành và quản lý hệ thống truy xuất nguồn gốc nông sản"]


def test_a_province_opening_the_clause_after_doi_voi_project_is_no_apposition() -> None:
    gold = run(
        "Đối với dự án đường cao tốc Biên Hòa - Vũng Tàu, tỉnh Đồng Nai đề nghị các địa phương hoàn thành giải phóng "
        "mặt bằng trong năm 2025."
    )
    assert ("Dự án đường cao tốc Biên Hòa - Vũng Tàu", "Đồng Nai") not in assigned(gold)


def test_a_name_goes_on_over_the_dot_of_tp() -> None:
    gold = run("Tỉnh sẽ khởi công Dự án Khu đô thị hỗn hợp TP. Buôn Ma Thuột vào dịp Quốc khánh.")
    assert projects(gold) == ["Dự án Khu đô thị hỗn hợp TP. Buôn Ma Thuột"]


def test_a_site_named_with_tp_dot_is_one_site() -> None:
    gold = run("Các dự án gồm Khu đô thị hỗn hợp TP. Buôn Ma Thuột và KCN Hòa Phú.")
    assert "Khu đô thị hỗn hợp TP. Buôn Ma Thuột" in projects(gold)
    assert "Khu đô thị hỗn hợp TP" not in projects(gold)


def test_a_shared_head_list_without_a_colon_names_each_body() -> None:
    gold = run(
        "Để đẩy nhanh tiến độ Dự án cao tốc Quy Nhơn - Pleiku, UBND tỉnh yêu cầu UBND các xã Tây Phú, Bình Tân tập "
        "trung bàn giao mặt bằng."
    )
    assert {"UBND xã Tây Phú", "UBND xã Bình Tân"} <= set(organizations(gold))
    got = assigned(gold)
    assert ("Dự án cao tốc Quy Nhơn - Pleiku", "UBND xã Tây Phú") in got
    assert ("Dự án cao tốc Quy Nhơn - Pleiku", "UBND xã Bình Tân") in got


def test_a_shared_head_without_names_is_no_list() -> None:
    gold = run("UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố tập trung giải ngân vốn.")
    assert [o for o in organizations(gold) if o.startswith("UBND huyện")] == []


def test_a_managing_body_and_an_investor_in_two_clauses_are_both_given_the_project() -> None:
    gold = run(
        "Dự án Cảng hàng không Phan Thiết do Bộ Quốc phòng làm cơ quan chủ quản, Công ty CP Rạng Đông làm chủ đầu tư."
    )
    got = assigned(gold)
    assert ("Dự án Cảng hàng không Phan Thiết", "Bộ Quốc phòng") in got
    assert ("Dự án Cảng hàng không Phan Thiết", "Công ty CP Rạng Đông") in got


def test_a_listed_project_with_its_place_after_a_colon_is_located_there() -> None:
    gold = run(
        "- Dự án Nhà máy chế biến gỗ Đức Cơ: xã Ia Krêl, huyện Đức Cơ.\n- Dự án Khu dân cư Đức An: thị trấn Đức An, "
        "huyện Đắk Song."
    )
    got = assigned(gold)
    assert ("Dự án Nhà máy chế biến gỗ Đức Cơ", "Ia Krêl") in got
    assert ("Dự án Khu dân cư Đức An", "Đức An") in got


def test_a_named_facility_being_built_is_a_project() -> None:
    gold = run("Trong khi đó, Trường Mầm non Hoa Sen được xây mới tại xã Ia Dom với quy mô 6 phòng học.")
    assert "Trường Mầm non Hoa Sen" in projects(gold)
    assert ("Trường Mầm non Hoa Sen", "Ia Dom") in assigned(gold)


def test_a_facility_that_hosts_an_event_is_no_project() -> None:
    gold = run("Trường Mầm non Hoa Sen được chọn làm điểm tổ chức hội thi.")
    assert projects(gold) == []


def test_a_movement_launched_by_a_body_is_that_body_s() -> None:
    gold = run("Phong trào thi đua “Tuổi trẻ Đắk Lắk sáng tạo” do Tỉnh đoàn phát động được đoàn viên hưởng ứng.")
    assert ("Tuổi trẻ Đắk Lắk sáng tạo", "Tỉnh đoàn") in assigned(gold)


def test_projects_counted_then_listed_after_cu_the_are_each_a_project() -> None:
    gold = run(
        "HĐND tỉnh quyết định chủ trương đầu tư 3 dự án. Cụ thể: dự án Hệ thống thủy lợi Ea Súp, với tổng mức đầu tư "
        "320 tỷ đồng; Chỉnh trang Quảng trường 10/3, với tổng mức đầu tư 13 tỷ đồng và dự án Trung tâm Văn hóa tỉnh."
    )
    names = projects(gold)
    assert "Chỉnh trang Quảng trường 10/3" in names
    assert "Dự án Hệ thống thủy lợi Ea Súp" in names


def test_a_name_goes_on_over_tai_a_road_junction() -> None:
    gold = run("Thành phố khởi công Dự án xây dựng hầm chui tại nút giao Ngã 5 Phước Kiến vào sáng nay.")
    assert projects(gold) == ["Dự án xây dựng hầm chui tại nút giao Ngã 5 Phước Kiến"]


def test_a_road_between_two_named_places_that_is_being_built_is_a_project() -> None:
    gold = run("Nhà thầu thi công đường Đạo Nghĩa – Quảng Tín tiến hành san lấp trên phần đất chưa bồi thường.")
    assert projects(gold) == ["Đường Đạo Nghĩa – Quảng Tín"]


def test_a_road_built_between_two_places_is_located_where_it_goes() -> None:
    gold = run("Tỉnh làm đường Long Sơn - Cái Mép đi qua TP Vũng Tàu và thị xã Phú Mỹ dài hơn 3,7 km.")
    got = assigned(gold)
    assert ("Đường Long Sơn - Cái Mép", "Vũng Tàu") in got
    assert ("Đường Long Sơn - Cái Mép", "Phú Mỹ") in got


def test_a_street_named_after_a_person_is_no_project() -> None:
    gold = run("Đoàn đi qua đường Nguyễn Tất Thành và thăm hỏi người dân.")
    assert projects(gold) == []


def test_a_site_named_by_two_places_with_a_spaced_dash_is_one_site() -> None:
    gold = run(
        "* Tại Khu đô thị biển Phước Sơn - Ninh Hải, phường Đông Hải diễn ra lễ khởi công Dự án Nhà ở xã hội Ninh Hải."
    )
    assert "Khu đô thị biển Phước Sơn - Ninh Hải" in projects(gold)
    assert ("Dự án Nhà ở xã hội Ninh Hải", "Đông Hải") in assigned(gold)


def test_a_factory_inside_a_limited_company_s_full_name_is_no_project() -> None:
    gold = run("Đoàn làm việc tại Công ty Trách nhiệm hữu hạn Nhà máy Bia Sài Gòn – Đắk Lắk, phường Tân An.")
    assert projects(gold) == []


def test_a_route_with_lower_case_words_before_its_ends_is_a_project() -> None:
    gold = run(
        "Ngày 23/9, lễ khánh thành tuyến đường tạo lực Bắc Tân Uyên-Phú Giáo-Bàu Bàng đã diễn ra tại tỉnh Bình Dương."
    )
    assert projects(gold) == ["Đường tạo lực Bắc Tân Uyên-Phú Giáo-Bàu Bàng"]


def test_the_site_work_of_an_article_about_one_project_is_that_project_s() -> None:
    gold = run(
        "Phó Chủ tịch UBND tỉnh kiểm tra Dự án đường trục Bắc - Nam huyện Ea Kar.\n"
        "Báo cáo tại buổi làm việc, huyện đã chi trả cho 300 hộ dân theo Quyết định số 15/QĐ-UBND.\n"
        "Kết luận buổi làm việc, Phó Chủ tịch nhấn mạnh không được lùi tiến độ. UBND huyện Ea Kar chịu trách nhiệm "
        "hoàn thành bàn giao mặt bằng trước ngày 30/11."
    )
    assert ("Dự án đường trục Bắc - Nam huyện Ea Kar", "UBND huyện Ea Kar") in assigned(gold)


def test_site_work_in_an_article_about_two_projects_is_not_guessed() -> None:
    gold = run(
        "Tỉnh kiểm tra Dự án Cầu Krông Ana 2 và Dự án Hồ chứa nước Ea Mlai.\n"
        "Kết luận, Phó Chủ tịch nhấn mạnh không được lùi tiến độ. UBND huyện Ea Kar chịu trách nhiệm hoàn thành bàn "
        "giao mặt bằng trước ngày 30/11."
    )
    assert not {s for s, t in assigned(gold) if t == "UBND huyện Ea Kar"}


def test_a_party_board_that_leads_and_directs_keeps_the_scheme() -> None:
    gold = run(
        "Ban cán sự đảng UBND tỉnh lãnh đạo, chỉ đạo UBND tỉnh xây dựng Đề án phát triển kinh tế cửa khẩu đến năm 2030."
    )
    assert ("Đề án phát triển kinh tế cửa khẩu đến năm 2030", "Ban cán sự đảng UBND tỉnh") in assigned(gold)


# --- tables of projects ----------------------------------------------------------------------------------------------


def test_each_row_of_a_project_name_column_is_a_project_placed_by_its_ward_column() -> None:
    gold = run(
        "| TT | Danh mục dự án | Xã, phường | Quy mô |\n| 1 | Khu dân cư Tây Nam | Phường Tân Lợi | 20 ha |\n"
        "| 2 | Trường Tiểu học Lê Lợi | Xã Ia Dom | 2 ha |"
    )
    assert {"Khu dân cư Tây Nam", "Trường Tiểu học Lê Lợi"} <= set(projects(gold))
    got = assigned(gold)
    assert ("Khu dân cư Tây Nam", "Tân Lợi") in got
    assert ("Trường Tiểu học Lê Lợi", "Ia Dom") in got


def test_a_header_row_or_a_total_row_is_no_project() -> None:
    gold = run("| TT | Tên dự án | Địa điểm |\n| | Tổng cộng | |\n| 1 | Dự án Cầu Ia Ly | Xã Ia Ly |")
    assert projects(gold) == ["Dự án Cầu Ia Ly"]


def test_an_unquoted_movement_cut_by_its_purpose_is_not_named_short() -> None:
    gold = run("Xã triển khai Cuộc vận động Nhân dân góp đất để mở rộng đường giao thông nông thôn; Chỉ thị số 05.")
    assert "Nhân dân góp đất" not in projects(gold)
