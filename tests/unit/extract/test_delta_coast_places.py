"""Places and documents in the shapes of Red River delta, north-east and south-central coast news, before and after
the 2025 mergers (lists of the new communes and wards, committee names, congress resolutions); sentences written
for the test, none copied from an article or the corpus."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract import gold_views

pytestmark = pytest.mark.unit


def run(text: str, published: str = "2025-08") -> dict[str, Any]:
    return gold_views.run(text, published)


def places(gold: dict[str, Any]) -> set[str]:
    return {p["name"] for p in gold["localities"]}


def places_at(gold: dict[str, Any], level: str) -> set[str]:
    return {p["name"] for p in gold["localities"] if p["level"] == level}


def keys(gold: dict[str, Any]) -> set[str]:
    return {r["key"] for r in gold["resolutions"]}


# --- places ---------------------------------------------------------------------------------------------


def test_a_list_after_a_bare_level_word_and_a_colon() -> None:
    gold = run("Huyện Đông Sơn được sắp xếp thành 3 đơn vị là xã: Đông Tiến, Đông Thanh và Đông Minh.")
    assert {"Đông Tiến", "Đông Thanh", "Đông Minh"} <= places_at(gold, "xã")


def test_a_counted_list_with_a_longer_phrase_before_its_colon() -> None:
    gold = run("Tỉnh dự kiến 4 phường sẽ được thành lập mới gồm: Bắc Lâm Hải, Nam Lâm Hải, Lâm Hải và Tân Cảng.")
    assert {"Bắc Lâm Hải", "Nam Lâm Hải", "Lâm Hải", "Tân Cảng"} <= places_at(gold, "phường")


def test_a_ward_named_as_a_province_inside_a_list_of_wards() -> None:
    gold = run("Thành phố được sắp xếp thành các đơn vị là phường Thủy Nguyên, Hòa Bình, Nam Triệu và Lưu Kiếm.")
    assert {"Thủy Nguyên", "Hòa Bình", "Nam Triệu", "Lưu Kiếm"} <= places_at(gold, "phường")


@pytest.mark.parametrize("text", ["phát huy truyền thống Thành phố Anh hùng", "xây dựng thành phố Cảng văn minh"])
def test_a_common_word_after_a_city_level_word_is_no_city(text: str) -> None:
    gold = run(f"Đại hội đặt mục tiêu {text}, như Nghệ An đã làm ở thành phố Vinh.")
    assert places(gold) & {"Anh", "Cảng"} == set()
    assert "Vinh" in places(gold)


@pytest.mark.parametrize(("written", "name", "level"), [("H. Nghi Lộc", "Nghi Lộc", "huyện"),
                                                        ("X. Nghi Lâm", "Nghi Lâm", "xã")])  # fmt: skip
def test_a_district_and_a_commune_written_with_one_letter(written: str, name: str, level: str) -> None:
    gold = run(f"Đoàn công tác của tỉnh Nghệ An kiểm tra tiến độ dự án tại {written} trong tháng 7.")
    assert name in places_at(gold, level)


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Tỉnh là cửa ngõ của khu vực Bắc Trung Bộ và duyên hải miền Trung.", "Bắc Trung Bộ và duyên hải miền Trung"),
        ("Hải Dương nằm ở trung tâm vùng đồng bằng sông Hồng.", "Đồng bằng sông Hồng"),
    ],
)
def test_a_region_after_khu_vuc_or_in_lower_case(text: str, region: str) -> None:
    gold = run(text)
    assert region in places_at(gold, "vùng")


def test_districts_the_gazetteer_knows_after_cac_dia_phuong() -> None:
    gold = run("Các địa phương Tiên Lãng, Vĩnh Bảo của thành phố Hải Phòng đã hoàn thành kế hoạch.")
    assert {"Tiên Lãng", "Vĩnh Bảo"} <= places(gold)


# --- documents ------------------------------------------------------------------------------------------


def test_a_described_resolution_stops_before_a_date_clause() -> None:
    gold = run(
        "Theo Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh Lào Cai năm "
        "2025, từ ngày 1/7/2025, tỉnh Yên Bái và tỉnh Lào Cai hợp nhất thành tỉnh Lào Cai."
    )
    assert (
        "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã của tỉnh Lào Cai năm 2025"
        in keys(gold)
    )


def test_a_plan_issued_by_a_committee_with_its_scope_and_period() -> None:
    gold = run(
        "UBND tỉnh Hà Nam vừa ban hành Kế hoạch thực hiện sắp xếp đơn vị hành chính cấp huyện, cấp xã trên địa bàn "
        "tỉnh, giai đoạn 2023 - 2025. Kế hoạch yêu cầu bảo đảm ổn định."
    )
    assert any(k.startswith("Kế hoạch thực hiện sắp xếp đơn vị hành chính") for k in keys(gold))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("HĐND tỉnh Thái Bình vừa ban hành Nghị quyết thông qua Đồ án quy hoạch phân khu Khu công nghiệp Liên Hà "
         "Thái.", "Nghị quyết thông qua Đồ án quy hoạch phân khu Khu công nghiệp Liên Hà Thái"),
        ("Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề về phát triển du lịch biển đến năm 2030.",
         "Nghị quyết chuyên đề về phát triển du lịch biển đến năm 2030"),
    ],
)  # fmt: skip
def test_a_resolution_issued_and_named_by_what_it_does(text: str, key: str) -> None:
    assert key in keys(run(text))


def test_a_resolution_adopted_at_a_congress_is_the_congress_resolution() -> None:
    gold = run(
        "Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030 đã bế mạc sáng 30/9. Đại hội thống "
        "nhất thông qua Nghị quyết với mục tiêu xây dựng tỉnh phát triển nhanh."
    )
    assert "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh lần thứ XX, nhiệm kỳ 2025-2030" in keys(gold)


def test_the_congress_resolution_of_a_bloc_party_organization() -> None:
    gold = run(
        "Các chi bộ học tập Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, Nghị quyết Đại hội Đảng bộ Khối cơ quan và "
        "doanh nghiệp tỉnh lần thứ I."
    )
    assert "Nghị quyết Đại hội Đảng bộ Khối cơ quan và doanh nghiệp tỉnh lần thứ I" in keys(gold)


@pytest.mark.parametrize(
    "text",
    [
        "Đại hội thống nhất thông qua Nghị quyết với mục tiêu phát triển nhanh.",  # no congress named
        "Các sở cần ban hành Nghị quyết chuyên đề về du lịch trong quý tới.",  # still to be issued
    ],
)
def test_a_bare_resolution_names_no_document_without_its_congress_or_once_issued(text: str) -> None:
    assert keys(run(text)) == set()


def test_a_header_symbol_takes_the_date_of_its_place_line_and_differs_from_an_older_one() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 09/CT-UBND\nNinh Thuận, ngày 12 tháng 5 năm 2024\n\nCHỈ THỊ\n"
        "Về tăng cường kỷ luật hành chính\n\nThực hiện Chỉ thị số 09/CT-UBND ngày 20/4/2022 của UBND tỉnh, các sở "
        "đã có chuyển biến."
    )
    dated = {(r["number"], r.get("issued_on")) for r in gold["resolutions"] if r["kind"] == "CT"}
    assert dated == {("09", "2024-05-12"), ("09", "2022-04-20")}


def test_a_count_after_a_list_of_wards_is_no_ward_and_the_next_list_is_read() -> None:
    gold = run("Thành phố mới có 15 đơn vị gồm 10 phường: Hòa Lạc, Tân Phú và 5 xã: Đông Quang, Tây Quang.")
    assert "5" not in places(gold)
    assert {"Đông Quang", "Tây Quang"} <= places_at(gold, "xã")


def test_a_list_under_several_level_words_gives_no_level_of_its_own() -> None:
    gold = run("Nghị quyết sắp xếp các đơn vị ở 3 huyện, thị xã, thành phố gồm: Quảng Yên, Vân Đồn, Hạ Long.")
    assert {(p["name"], p["level"]) for p in gold["localities"]} >= {("Quảng Yên", None), ("Vân Đồn", None)}


def test_a_provincial_city_named_as_its_province_is_a_second_unit() -> None:
    gold = run("Đoàn khảo sát tại thành phố Nam Định và huyện Giao Thủy của tỉnh Nam Định; thành phố Hải Phòng dự.")
    assert {(p["name"], p["level"]) for p in gold["localities"]} >= {("Nam Định", "thành phố"), ("Nam Định", "tỉnh")}
    assert [p["name"] for p in gold["localities"]].count("Hải Phòng") == 1


def test_a_described_decision_goes_on_past_an_abbreviated_level() -> None:
    gold = run("Tại hội nghị, Ban Tổ chức Tỉnh ủy công bố quyết định về việc thành lập Đảng bộ TP.Đông Triều mới.")
    assert "Quyết định về việc thành lập Đảng bộ TP.Đông Triều mới" in keys(gold)


def test_a_plan_a_numbered_resolution_issues_in_its_title() -> None:
    gold = run(
        "Thực hiện Nghị quyết số 74/NQ-CP ngày 7/4/2025 của Chính phủ về ban hành Kế hoạch thực hiện sắp xếp đơn vị "
        "hành chính và xây dựng mô hình chính quyền địa phương 2 cấp, UBND tỉnh giao các sở chủ trì."
    )
    assert any(k.startswith("Kế hoạch thực hiện sắp xếp đơn vị hành chính") for k in keys(gold))


def test_a_numbered_option_paper_keeps_its_kind() -> None:
    gold = run("Căn cứ Phương án số 316/PA-UBND ngày 19/01/2024 của UBND tỉnh về sắp xếp đơn vị hành chính cấp xã.")
    assert {(r["kind"], r["number"]) for r in gold["resolutions"]} == {("PA", "316")}


def test_two_decisions_announced_together_and_a_basis_clause_after_one() -> None:
    gold = run(
        "Hội nghị công bố quyết định về việc thành lập Đảng bộ TP.Hòa Lạc và quyết định thành lập Đảng bộ P.Tân Xá. "
        "Ban Tổ chức công bố quyết định của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ xã Đông Xuân, trên cơ sở "
        "sáp nhập hai đảng bộ xã."
    )
    assert {"Quyết định về việc thành lập Đảng bộ TP.Hòa Lạc", "Quyết định thành lập Đảng bộ P.Tân Xá",
            "Quyết định của Ban Thường vụ Tỉnh ủy về thành lập Đảng bộ xã Đông Xuân"} <= keys(gold)  # fmt: skip


def test_a_decision_announced_again_with_its_issuer_and_the_same_topic_is_one() -> None:
    gold = run(
        "Hội nghị công bố quyết định về việc thành lập Đảng bộ phường Yên Hòa mới. Tại hội nghị, Ban Tổ chức Tỉnh ủy "
        "công bố quyết định của Ban Chấp hành Đảng bộ tỉnh về thành lập Đảng bộ phường Yên Hòa mới."
    )
    assert len([r for r in gold["resolutions"] if r["kind"] == "QĐ"]) == 1


def test_a_decision_of_a_city_committee_named_with_its_city_and_topic() -> None:
    gold = run(
        "Đại hội đã công bố quyết định của Ban Thường vụ Thành ủy Hà Nội về chỉ định nhân sự ban chấp hành Đảng ủy "
        "phường Ô Chợ Dừa nhiệm kỳ 2025 - 2030."
    )
    assert any(k.startswith("Quyết định của Ban Thường vụ Thành ủy Hà Nội về chỉ định nhân sự") for k in keys(gold))


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("UBND tỉnh Hưng Yên vừa có quyết định phê duyệt bổ sung 12 dự án, diện tích 80 ha vào kế hoạch sử dụng "
         "đất năm 2025.", "Quyết định phê duyệt bổ sung 12 dự án, diện tích 80 ha vào kế hoạch sử dụng đất năm 2025"),
        ("Công ty nhận quyết định chấp thuận chủ trương đầu tư khu đô thị tại phường Tân Hưng.",
         "Quyết định chấp thuận chủ trương đầu tư khu đô thị tại phường Tân Hưng"),
    ],
)  # fmt: skip
def test_a_decision_just_made_named_by_what_it_approves(text: str, key: str) -> None:
    assert key in keys(run(text))


def test_a_political_report_ends_before_what_it_is_said_to_set_out() -> None:
    gold = run("Báo cáo chính trị tại đại hội xác định, nhiệm kỳ tới phường tập trung phát triển đô thị.")
    assert "Báo cáo chính trị tại đại hội" in keys(gold)


def test_a_district_named_in_an_industrial_parks_name() -> None:
    gold = run("Tập đoàn đã đầu tư 6 tỷ USD tại khu công nghiệp Yên Phong và KCN Quế Võ của tỉnh Bắc Ninh.")
    assert {"Yên Phong", "Quế Võ"} <= places(gold)


def test_communes_joined_by_dashes_after_a_plural_level_word() -> None:
    gold = run("Dự án tiêu thoát lũ các xã Diên Sơn - Diên Điền - Diên Phú của tỉnh Khánh Hòa được phê duyệt.")
    assert {"Diên Sơn", "Diên Điền", "Diên Phú"} <= places_at(gold, "xã")


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Thành phố là trung tâm của Vùng kinh tế trọng điểm Bắc bộ.", "kinh tế trọng điểm Bắc Bộ"),
        ("Tỉnh có vai trò quan trọng trong Vùng đồng bằng sông Hồng.", "Đồng bằng sông Hồng"),
    ],
)
def test_a_region_after_a_capitalised_vung(text: str, region: str) -> None:
    assert region in places_at(run(text), "vùng")


def test_each_resolution_a_council_adopts_in_a_list_after_a_colon() -> None:
    gold = run(
        "Tại kỳ họp, HĐND tỉnh đã thông qua các nghị quyết về: quy định mức chi hỗ trợ cán bộ luân chuyển; danh mục "
        "dự án thu hồi đất năm 2025; chương trình giám sát năm 2026 của HĐND tỉnh. Kỳ họp bế mạc."
    )
    assert {"Nghị quyết về quy định mức chi hỗ trợ cán bộ luân chuyển", "Nghị quyết về danh mục dự án thu hồi đất "
            "năm 2025", "Nghị quyết về chương trình giám sát năm 2026 của HĐND tỉnh"} <= keys(gold)  # fmt: skip


def test_resolutions_listed_each_with_its_kind_word_after_a_colon() -> None:
    gold = run(
        "Kỳ họp sẽ xem xét các nghị quyết như: Nghị quyết quy định mức chi dinh dưỡng cho vận động viên; Nghị quyết "
        "phê duyệt chủ trương đầu tư dự án kè sông Cái."
    )
    assert {"Nghị quyết quy định mức chi dinh dưỡng cho vận động viên",
            "Nghị quyết phê duyệt chủ trương đầu tư dự án kè sông Cái"} <= keys(gold)  # fmt: skip


def test_the_congress_resolution_adopted_as_nghi_quyet_dai_hoi() -> None:
    gold = run(
        "Đại hội đã thông qua Nghị quyết Đại hội với 100% đại biểu tán thành. Đại hội đại biểu Đảng bộ xã Yên Phong "
        "lần thứ I, nhiệm kỳ 2025 - 2030 bế mạc."
    )
    assert keys(gold) == {"Nghị quyết Đại hội đại biểu Đảng bộ xã Yên Phong lần thứ I, nhiệm kỳ 2025 - 2030"}


def test_the_texts_own_plan_titled_by_the_resolution_it_carries_out() -> None:
    gold = run(
        "KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trên địa bàn xã Tân "
        "Lập\n\nThực hiện Nghị quyết số 57-NQ/TW, Đảng ủy xã ban hành Kế hoạch thực hiện như sau:\n1. Mục đích"
    )
    assert any(r["kind"] == "KH" and r["key"].startswith("Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW")
               for r in gold["resolutions"])  # fmt: skip


def test_a_headline_naming_a_document_is_no_plan_of_the_text() -> None:
    gold = run("KẾ HOẠCH\nThực hiện Chỉ thị số 19/CT-TTg: tỉnh đạt nhiều kết quả\n\nNăm qua, các sở đã triển khai tốt.")
    assert all(r["kind"] != "KH" for r in gold["resolutions"])


def test_a_plenum_resolution_named_by_the_plenums_number_alone() -> None:
    gold = run(
        "Căn cứ Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương, các kết luận của Bộ Chính trị, tỉnh xây dựng đề án."
    )
    assert any(k.startswith("Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương") for k in keys(gold))


def test_a_plenum_resolution_by_the_plenums_number_is_the_numbered_one_tied_to_it() -> None:
    gold = run(
        "Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII, "
        "tỉnh xây dựng đề án. Căn cứ Nghị quyết Hội nghị 11 Ban Chấp hành Trung ương, tỉnh trình Chính phủ."
    )
    assert keys(gold) == {"60-NQ/TW"}


def test_a_decision_appointing_committees_goes_on_past_the_commas_of_their_list() -> None:
    gold = run(
        "Tại đại hội, Đoàn Chủ tịch công bố quyết định của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp hành Đảng "
        "bộ, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy xã Tân Hòa nhiệm kỳ 2025 - 2030."
    )
    assert (
        "Quyết định của Ban Thường vụ Tỉnh ủy về việc chỉ định Ban Chấp hành Đảng bộ, Ban Thường vụ, Bí thư, Phó Bí "
        "thư Đảng ủy xã Tân Hòa nhiệm kỳ 2025 - 2030" in keys(gold)
    )


def test_special_zones_in_a_counted_list() -> None:
    gold = run(
        "Sau sắp xếp, tỉnh Quảng Ninh có 54 đơn vị hành chính cấp xã, gồm 30 phường, 2 đặc khu là Cô Tô và Vân Đồn."
    )
    assert {"Cô Tô", "Vân Đồn"} <= places_at(gold, "đặc khu")


def test_a_conclusion_a_committee_has_on_a_matter() -> None:
    gold = run(
        "Trước đó, Thành ủy Hải Phòng có kết luận về việc điều chỉnh địa giới hành chính giữa hai quận, hoàn thành "
        "trước năm 2025."
    )
    assert any(r["kind"] == "KL" for r in gold["resolutions"])


def test_a_committee_concluding_is_no_conclusion_document() -> None:
    gold = run("Ban Thường vụ Tỉnh ủy đã kết luận về việc điều chỉnh địa giới hành chính giữa hai quận.")
    assert gold["resolutions"] == []


def test_a_district_of_a_province_merged_into_the_articles_after_the_reform() -> None:
    gold = run("Đoàn công tác của tỉnh Ninh Bình kiểm tra đê biển tại Hải Hậu và Giao Thủy.", published="2025-09")
    assert {"Hải Hậu", "Giao Thủy"} <= places(gold)


def test_before_the_reform_a_neighbours_district_stays_unread() -> None:
    gold = run("Đoàn công tác của tỉnh Ninh Bình kiểm tra đê biển tại Hải Hậu và Giao Thủy.", published="2020-09")
    assert not {"Hải Hậu", "Giao Thủy"} & places(gold)


def test_a_city_inside_a_new_wards_dashed_name_is_no_city_of_its_own() -> None:
    gold = run("Đại hội diễn ra tại Học viện Lục quân (phường Lâm Viên - Đà Lạt, tỉnh Lâm Đồng).", published="2025-10")
    assert "Lâm Viên - Đà Lạt" in places_at(gold, "phường")
    assert "Đà Lạt" not in places(gold)


def test_a_communes_district_in_brackets_after_it() -> None:
    gold = run("Đoàn công tác kiểm tra tại xã Nghi Lâm (Nghi Lộc) và xã Kiến Quốc (Kiến Thụy) trong tháng 5.")
    assert {("Nghi Lộc", "huyện"), ("Kiến Thụy", "huyện")} <= {(p["name"], p["level"]) for p in gold["localities"]}


def test_a_bracketed_name_that_is_not_the_communes_district_is_no_unit() -> None:
    gold = run("Đoàn công tác kiểm tra tại xã Nghi Lâm (Hợp tác xã Thành Công) trong tháng 5.")
    assert "Hợp tác xã Thành Công" not in places(gold)


def test_a_notice_of_conclusions_is_one_notice_not_also_a_conclusion() -> None:
    gold = run(
        "Thực hiện Thông báo kết luận của Thường trực Tỉnh ủy về tình hình thực hiện dự án cao tốc, các sở đã họp."
    )
    assert {r["kind"] for r in gold["resolutions"]} == {"TB"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("UBND tỉnh ban hành Chỉ thị về tăng cường công tác phòng, chống thiên tai năm 2025.", "CT"),
        ("Ban Thường vụ Tỉnh ủy ban hành Quyết định về việc thành lập Ban Chỉ đạo chuyển đổi số.", "QĐ"),
    ],
)
def test_a_directive_or_decision_issued_and_named_by_its_topic(text: str, kind: str) -> None:
    assert [r["kind"] for r in run(text)["resolutions"]] == [kind]


@pytest.mark.parametrize("credit", ["Ảnh: Thanh Hóa", "Nguồn: Báo Thái Bình", "Bài và ảnh: Hải Dương", "Theo: Vinh"])
def test_a_credit_line_after_the_first_names_no_place(credit: str) -> None:
    """A photo credit or source line names a photographer or an outlet, wherever it stands in the text (it used to be
    skipped only as the text's first line: the line pattern began with ^, which pattern.match at a later line's
    start never matches without MULTILINE)."""
    gold = run(f"UBND tỉnh Hà Tĩnh họp phiên thường kỳ tháng 7.\n{credit}\nHội nghị bàn các nhiệm vụ trọng tâm.")
    assert places(gold) <= {"Hà Tĩnh"}
