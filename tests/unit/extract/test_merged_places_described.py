"""Localities after the 2025 mergers and documents named without a number: rules read off real commune, ward and
provincial news of 2016-2026 (units merged into a new one, committees written in lower case, province names spelt
without their tone marks; a conclusion named by its speaker, a document named again by its topic, the plan a text
itself issues "như sau:").

Every sentence here is written for the test, in the shape of what real articles say.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import run

pytestmark = pytest.mark.unit


def _docs(text: str) -> dict[str, tuple[str, str | None]]:
    return {r["key"]: (r["kind"], r["number"]) for r in run(text)["resolutions"]}


def _places(text: str, published: str = "2025-06") -> dict[str, str | None]:
    return {p["name"]: p["level"] for p in run(text, published)["localities"]}


# --- localities ----------------------------------------------------------------------------------------------------


def test_bare_names_merged_into_a_new_ward_share_its_level() -> None:
    places = _places(
        "Phường Bình Hưng Hòa mới được hình thành từ sáp nhập Bình Hưng Hòa A và Bình Trị Đông; trụ sở đặt tại "
        "UBND phường Bình Hưng Hòa A (cũ)."
    )
    assert places.get("Bình Trị Đông") == "phường"
    assert places.get("Bình Hưng Hòa A") == "phường"


def test_a_unit_named_with_a_roman_numeral_keeps_it_and_the_list_goes_on() -> None:
    places = _places(
        "Phường Sơn Trà (mới) được thành lập trên cơ sở nhập các phường An Hải III, An Hải IV, Phước Mỹ và một phần "
        "phường Thọ Quang."
    )
    assert {name: places.get(name) for name in ("An Hải III", "An Hải IV", "Phước Mỹ")} == {
        "An Hải III": "phường",
        "An Hải IV": "phường",
        "Phước Mỹ": "phường",
    }
    assert "An Hải" not in places


def test_bare_names_merged_on_the_basis_of_share_the_communes_level() -> None:
    places = _places(
        "Sáng 15/7, xã Hải Lăng (mới) ra mắt. Xã được thành lập trên cơ sở sáp nhập Hải Phú, Hải Thượng và Hải Lâm."
    )
    assert {"Hải Phú", "Hải Thượng", "Hải Lâm"} <= set(places)
    assert places["Hải Thượng"] == "xã"


def test_a_merger_of_provinces_names_no_commune() -> None:
    places = _places("Nội dung lấy ý kiến gồm việc sáp nhập TPHCM, tỉnh Bình Dương và tỉnh Long An, một phần Cà Mau.")
    assert places.get("Bình Dương") == "tỉnh"
    assert "một phần Cà Mau" not in places


def test_a_merger_names_no_person() -> None:
    places = _places("Phường Hòa Khánh mới từ sáp nhập Nguyễn Văn Linh và Hòa Minh theo đề xuất.")
    assert "Nguyễn Văn Linh" not in places


def test_a_committee_written_in_lower_case_names_its_unit() -> None:
    places = _places(
        "Ngày 5/4, Đoàn công tác của ban thường vụ huyện ủy Krông Nô làm việc với đảng ủy xã Nam Đà; thành ủy "
        "Gia Nghĩa cũng cử đại diện dự."
    )
    assert places.get("Krông Nô") == "huyện"
    assert places.get("Gia Nghĩa") == "thành phố"


def test_a_lower_case_committee_before_a_person_names_no_unit() -> None:
    places = _places("Đồng chí Bí thư huyện ủy Trần Văn Hùng phát biểu.")
    assert "Trần Văn Hùng" not in places


def test_a_province_spelt_without_its_tone_marks_is_the_province() -> None:
    places = _places("Tỉnh Đăk Lăk và tỉnh Đăk Nông ký kết hợp tác; đoàn làm việc tại huyện Krông Pắc, Đăk Lăk.")
    assert places.get("Đăk Lăk") == "tỉnh"
    assert places.get("Đăk Nông") == "tỉnh"


# --- documents named without a number -----------------------------------------------------------------------------


def test_a_conclusion_named_by_its_speaker_at_a_working_session_is_a_conclusion() -> None:
    docs = _docs(
        "Chiều 12/8, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Kết luận của Tổng Bí thư Tô Lâm tại buổi "
        "làm việc với Ban Thường vụ Tỉnh ủy ngày 5/7/2025 về phát triển kinh tế biển."
    )
    kinds = {k: v for k, v in docs.items() if k.startswith("Kết luận")}
    assert len(kinds) == 1
    key, (kind, number) = next(iter(kinds.items()))
    assert kind == "KL" and number is None
    assert "Tổng Bí thư" in key and "buổi làm việc" in key


def test_a_conclusion_verb_after_a_speaker_is_no_document() -> None:
    docs = _docs("Kết luận buổi làm việc, Thủ tướng Chính phủ đề nghị tỉnh tiếp thu các ý kiến góp ý.")
    assert not any(kind == "KL" for kind, _ in docs.values())


def test_a_resolution_named_again_by_its_topic_is_the_numbered_one() -> None:
    docs = _docs(
        "Ban Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 12-NQ/TU về phát triển du lịch. Nghị quyết về phát "
        "triển du lịch xác định mục tiêu đến năm 2030 đón 5 triệu lượt khách."
    )
    assert docs == {"12-NQ/TU": ("NQ", "12")}


def test_a_plan_the_text_builds_as_follows_is_its_own_document() -> None:
    docs = _docs(
        "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG BỘ TỈNH\n\n"
        "Căn cứ Thông báo số 210-TB/TU ngày 3/10/2024 của Ban Thường vụ Tỉnh ủy về tổ chức các ngày lễ lớn;\n\n"
        "Ủy ban nhân dân tỉnh xây dựng Kế hoạch tổ chức kỷ niệm 95 năm ngày thành lập Đảng bộ tỉnh như sau:\n\n"
        "1. MỤC ĐÍCH YÊU CẦU"
    )
    assert docs.get("Kế hoạch tổ chức kỷ niệm 95 năm ngày thành lập Đảng bộ tỉnh") == ("KH", None)


def test_a_plan_only_to_be_drawn_up_as_follows_is_no_document() -> None:
    docs = _docs("Các sở, ngành xây dựng kế hoạch thực hiện như sau: báo cáo kết quả trước ngày 15/12.")
    assert not any(kind == "KH" for kind, _ in docs.values())


def test_a_notice_of_a_leaders_conclusion_is_the_notice_alone() -> None:
    docs = _docs(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 512/TB-VPCP\nHà Nội, ngày 3 tháng 10 năm 2024\nTHÔNG BÁO\n"
        "Kết luận của Phó Thủ tướng Chính phủ Trần Văn Nam tại buổi làm việc với tỉnh Phú Yên về các dự án giao thông"
        "\n\nNgày 20/9, Phó Thủ tướng đã làm việc với tỉnh. Thông báo 512/TB-VPCP kết luận của Phó Thủ tướng tại buổi "
        "làm việc được gửi các bộ."
    )
    assert not any(kind == "KL" for kind, _ in docs.values())


def test_a_directive_named_again_by_its_topic_after_its_issuer_is_the_numbered_one() -> None:
    docs = _docs(
        "Chỉ thị số 05-CT/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy về tăng cường công tác phòng cháy được ban hành; "
        "Chỉ thị về tăng cường công tác phòng cháy yêu cầu các cấp ủy vào cuộc."
    )
    assert docs == {"05-CT/TU": ("CT", "05")}


def test_another_topic_is_another_document() -> None:
    docs = _docs(
        "Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU về phát triển du lịch. Nghị quyết về phát triển nông nghiệp công "
        "nghệ cao được thông qua tại kỳ họp."
    )
    assert len(docs) == 2


def test_a_concluding_speech_is_no_document() -> None:
    docs = _docs(
        "Đó là nội dung trong phát biểu kết luận của đồng chí Bí thư Tỉnh ủy Lê Văn Hòa tại hội nghị Ban Chấp hành "
        "Đảng bộ tỉnh lần thứ 20; ý kiến kết luận của Thủ tướng tại cuộc họp được gửi các bộ."
    )
    assert not any(kind == "KL" for kind, _ in docs.values())


def test_a_standing_committees_conclusion_at_a_working_session_is_a_conclusion() -> None:
    docs = _docs(
        "Chiều 20/5, Thường trực Tỉnh ủy làm việc với Đảng ủy xã Mường Giôn. Đồng chí Bí thư đề nghị xã thực hiện "
        "nghiêm Kết luận của Thường trực Tỉnh ủy tại buổi làm việc."
    )
    assert [kind for kind, _ in docs.values()] == ["KL"]


def test_a_lower_case_committee_before_a_name_cut_by_a_typo_names_no_unit() -> None:
    places = _places("Cũng trong đợt này huyện ủy Đô lương triển khai chương trình thực hiện nghị quyết.")
    assert "Đô" not in places


def test_a_plan_named_with_and_without_its_commune_is_one_plan() -> None:
    docs = _docs(
        "Đảng ủy xã Vĩnh Thạnh Trung triển khai kế hoạch tổ chức Đại hội Đảng bộ xã khóa X, nhiệm kỳ 2020 - 2025\n"
        "Đảng ủy xã Vĩnh Thạnh Trung tổ chức hội nghị triển khai kế hoạch tổ chức Đại hội Đảng bộ xã Vĩnh Thạnh Trung "
        "khóa X, nhiệm kỳ 2020 – 2025. Đồng chí Bí thư chủ trì."
    )
    assert len([k for k, (kind, _) in docs.items() if kind == "KH"]) == 1


def test_plans_of_two_communes_are_two_plans() -> None:
    docs = _docs(
        "Đảng ủy xã Tân Phú ban hành Kế hoạch tổ chức Đại hội Đảng bộ xã Tân Phú khóa X. Đảng ủy xã Tân Lập ban "
        "hành Kế hoạch tổ chức Đại hội Đảng bộ xã Tân Lập khóa X."
    )
    assert len([k for k, (kind, _) in docs.items() if kind == "KH"]) == 2


def test_a_charter_named_with_and_without_its_period_is_one_charter() -> None:
    docs = _docs(
        "Xét đề nghị của Sở Y tế về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác dân số tỉnh Yên Bái,\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động\ncủa Ban Chỉ đạo công tác dân số "
        "tỉnh Yên Bái, giai đoạn\n2016-2020."
    )
    assert len([k for k, (kind, _) in docs.items() if kind != "TTr"]) == 1


def test_guidance_of_central_boards_listed_is_one_document_each() -> None:
    docs = _docs(
        "Hội nghị quán triệt Hướng dẫn của Ban Tổ chức Trung ương về thành lập đảng bộ xã, Hướng dẫn của Ban Tuyên "
        "giáo và Dân vận Trung ương về tuyên truyền đại hội và Quy định của Ban Chấp hành Trung ương về kiểm tra."
    )
    assert docs.get("Hướng dẫn của Ban Tổ chức Trung ương về thành lập đảng bộ xã") == ("HD", None)
    assert docs.get("Hướng dẫn của Ban Tuyên giáo và Dân vận Trung ương về tuyên truyền đại hội") == ("HD", None)


def test_a_communes_topical_resolution_is_a_resolution_without_what_is_said_of_it() -> None:
    docs = _docs("Nghị quyết chuyên đề của Đảng ủy xã về phát triển du lịch cộng đồng được ban hành trong tháng 3.")
    assert docs == {"Nghị quyết chuyên đề của Đảng ủy xã về phát triển du lịch cộng đồng": ("NQ", None)}


def test_a_provincial_papers_code_tells_the_province_of_bare_districts() -> None:
    places = _places(
        "Cam Lộ phát triển kinh tế vườn đồi\n\nQTO - Những năm qua, Cam Lộ đã chú trọng phát triển kinh tế vườn "
        "đồi, huyện đã hỗ trợ người dân chuyển đổi cây trồng.",
        published="2023-05",
    )
    assert "Cam Lộ" in places
    assert "Quảng Trị" not in places  # (the paper's code names no locality)


def test_a_code_in_a_sentence_is_no_dateline() -> None:
    places = _places("Anh Nguyễn Văn Hải nói về QTO - trang tin của tỉnh, và Cam Lộ thì rất đẹp.", published="2023-05")
    assert "Cam Lộ" not in places


def test_a_notice_titled_by_a_conclusion_is_the_texts_own_notice() -> None:
    gold = run(
        "THÔNG BÁO\nKết luận của Thường trực Tỉnh ủy tại buổi làm việc với Đảng ủy xã Tân Lập\n\nNgày 5/3/2025, "
        "Thường trực Tỉnh ủy làm việc với Đảng ủy xã Tân Lập. Thường trực Tỉnh ủy kết luận như sau:\n1. Đánh giá cao "
        "kết quả của xã.",
        "2025-03",
    )
    docs = {r["key"]: r["kind"] for r in gold["resolutions"]}
    assert docs == {"Thông báo kết luận của Thường trực Tỉnh ủy tại buổi làm việc với Đảng ủy xã Tân Lập": "TB"}
    assert not [r for r in gold["relations"] if r["type"] == "CITES"]


def test_reporting_at_a_sentences_start_before_a_speaker_is_a_verb() -> None:
    docs = _docs(
        "Báo cáo về tiến độ chuẩn bị, Ban Tổ chức Tỉnh ủy cho biết, đến nay đã nhận được 120 bài tham luận. Báo cáo "
        "kết quả thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy được thông qua."
    )
    assert not any(k.startswith("Báo cáo về tiến độ") for k in docs)


def test_the_congress_resolution_voted_at_a_wards_congress_is_named_after_the_congress() -> None:
    docs = _docs(
        "Ngày 12-8, Đảng bộ phường Tân Định tổ chức Đại hội đại biểu Đảng bộ phường Tân Định lần thứ I, nhiệm kỳ "
        "2025-2030.\n\nCác đại biểu biểu quyết thông qua Nghị quyết đại hội."
    )
    assert docs == {"Nghị quyết Đại hội đại biểu Đảng bộ phường Tân Định lần thứ I, nhiệm kỳ 2025-2030": ("NQ", None)}


def test_a_merger_clause_lists_old_units_the_gazetteer_no_longer_holds() -> None:
    places = _places("Nghị quyết thành lập xã Lương Minh trên cơ sở nhập toàn bộ xã Minh Cầm và Lương Mông.")
    assert places.get("Lương Mông") == "xã"


def test_a_merger_clause_lists_no_person() -> None:
    places = _places("Việc sáp nhập xã Minh Cầm và Nguyễn Văn Bình báo cáo kết quả.")
    assert "Nguyễn Văn Bình" not in places


def test_the_merged_central_board_written_with_a_dash_is_a_body_and_its_heads_post() -> None:
    gold = run(
        "Cùng dự có Trưởng ban Tuyên giáo - Dân vận Trung ương Lê Văn Hòa và Trưởng ban Tổ chức Trung ương Trần "
        "Minh Khoa."
    )
    assert "Ban Tuyên giáo - Dân vận Trung ương" in {o["name"] for o in gold["organizations"]}
    assert {o["name"] for o in gold["officials"]} == {"Lê Văn Hòa", "Trần Minh Khoa"}
