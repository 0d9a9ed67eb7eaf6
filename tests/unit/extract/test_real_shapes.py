"""Shapes read on real articles of many provinces (documents, IMPLEMENTS, CITES, ASSIGNED_TO); every sentence
here is written for the test, in the shape seen, never copied."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def keys(gold: dict[str, Any]) -> set[str]:
    return {r["key"] for r in gold["resolutions"]}


def test_a_decision_that_issues_a_plan_does_not_implement_it() -> None:
    gold = run(
        "Ngày 4/4/2025, UBND tỉnh Sơn La ban hành Quyết định số 512/QĐ-UBND ban hành kèm theo Kế hoạch số "
        "77/KH-UBND thực hiện Nghị quyết số 68-NQ/TW của Bộ Chính trị."
    )
    found = relations(gold, "IMPLEMENTS")
    assert ("512/QĐ-UBND", "77/KH-UBND") not in found
    assert {("77/KH-UBND", "68-NQ/TW"), ("77/KH-UBND", "512/QĐ-UBND")} <= found


def test_family_planning_is_no_plan() -> None:
    gold = run(
        "Căn cứ Quyết định số 210/QĐ-UBND của UBND tỉnh về kiện toàn Ban Chỉ đạo công tác Dân số - Kế hoạch hóa "
        "gia đình tỉnh Cao Bằng giai đoạn 2024 - 2026;"
    )
    assert keys(gold) == {"210/QĐ-UBND"}


def test_an_action_programme_symbol_written_cthd_is_a_programme() -> None:
    gold = run(
        "Hội nghị quán triệt Chương trình hành động số 45-CTHĐ/TU ngày 3/5/2023 của Tỉnh ủy về thực hiện "
        "Nghị quyết số 29-NQ/TW của Bộ Chính trị."
    )
    kinds = {r["key"]: r["kind"] for r in gold["resolutions"]}
    assert kinds["45-CTHĐ/TU"] == "CTr"
    assert ("45-CTHĐ/TU", "29-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_plan_in_a_generic_list_of_kinds_is_not_a_document() -> None:
    gold = run(
        "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy triển khai thực hiện các chỉ thị, kế hoạch của Bộ Chính trị, "
        "Ban Thường vụ Tỉnh ủy về công tác cán bộ."
    )
    assert not any(r["kind"] == "KH" for r in gold["resolutions"])


def test_a_plan_named_only_by_its_issuer_is_the_numbered_plan_of_that_issuer() -> None:
    gold = run(
        "Hội nghị quán triệt chỉ thị, kế hoạch của Ban Thường vụ Tỉnh ủy và hướng dẫn của Ban Tổ chức Tỉnh ủy. "
        "Các đại biểu được quán triệt "
        "Chỉ thị số 21-CT/TU ngày 2/8/2024 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 140-KH/TU ngày 2/8/2024 của "
        "Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các cấp."
    )
    assert keys(gold) == {"21-CT/TU", "140-KH/TU"}


def test_a_plan_named_only_by_an_issuer_that_issued_no_numbered_plan_is_no_document() -> None:
    gold = run("Hội nghị quán triệt nghị quyết, kế hoạch của Ban Thường vụ Tỉnh ủy và các văn bản hướng dẫn.")
    assert not any(r["kind"] == "KH" for r in gold["resolutions"])


def test_a_quoted_topic_does_not_leave_its_closing_quote_in_a_project_name() -> None:
    gold = run(
        "Tỉnh ủy ban hành Nghị quyết số 07-NQ/TU về “Phát triển nông nghiệp gắn với thực hiện Chương trình mục "
        "tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025”; Kết luận số 12-KL/TU về du lịch."
    )
    assert all(not p["name"].endswith(("”", '"')) for p in gold["projects"])


def test_a_congress_resolution_with_a_capitalised_delegates_word_is_named() -> None:
    gold = run(
        "Hội nghị thông qua Chương trình hành động thực hiện Nghị quyết Đại hội Đại biểu Đảng bộ xã lần thứ I, "
        "nhiệm kỳ 2025-2030."
    )
    key = "Nghị quyết Đại hội Đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025-2030"
    assert key in keys(gold)
    assert any(target == key for _, target in relations(gold, "IMPLEMENTS"))


def test_the_programme_above_and_a_counted_kind_are_no_projects() -> None:
    gold = run(
        "Sở Nội vụ tham mưu ban hành các văn bản để triển khai thực hiện Chương trình hành động trên. Các sở xây "
        "dựng kế hoạch về thực hiện 4 Chương trình công tác trọng tâm của tỉnh."
    )
    assert gold["projects"] == []


def test_a_scheme_name_ends_before_a_clause_opening_with_a_vietnamese_capital() -> None:
    gold = run(
        "Thực hiện Quyết định số 1450/QĐ-TTg ngày 2/8/2022 của Thủ tướng Chính phủ về việc phê duyệt Đề án phát "
        "triển du lịch nông thôn, Ủy ban nhân dân tỉnh xây dựng kế hoạch triển khai như sau:"
    )
    name = "Đề án phát triển du lịch nông thôn"
    assert [p["name"] for p in gold["projects"]] == [name]
    assert (name, "1450/QĐ-TTg") in relations(gold, "IMPLEMENTS")


def test_a_phase_number_before_a_project_is_no_count() -> None:
    gold = run("UBND huyện chịu trách nhiệm hoàn thành giai đoạn 2 Dự án sắp xếp dân cư tại xã Tà Tổng trong năm 2025.")
    assert [p["name"] for p in gold["projects"]] == ["Dự án sắp xếp dân cư"]


def test_a_decree_the_task_follows_is_not_what_is_assigned() -> None:
    gold = run(
        "UBND tỉnh ban hành văn bản số 3120/UBND-KT về quản lý cụm công nghiệp. Theo đó, UBND tỉnh giao Ban Quản "
        "lý Khu kinh tế triển khai công tác quản lý các cụm công nghiệp trên địa bàn theo quy định tại Nghị định "
        "số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ."
    )
    found = relations(gold, "ASSIGNED_TO")
    assert ("32/2024/NĐ-CP", "Ban Quản lý Khu kinh tế") not in found
    assert ("3120/UBND-KT", "Ban Quản lý Khu kinh tế") in found


def test_a_task_given_for_a_plan_named_by_its_purpose_is_the_plans() -> None:
    gold = run(
        "Hội nghị cho ý kiến vào dự thảo Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 45-KL/TW ngày "
        "3/4/2025 của Bộ Chính trị. Đối với kế hoạch thực hiện Kết luận 45, giao Ban Tổ chức Tỉnh ủy chủ trì hoàn "
        "chỉnh, trình ban hành trước ngày 30/6/2025."
    )
    found = relations(gold, "ASSIGNED_TO")
    plan = "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 45-KL/TW"
    assert (plan, "Ban Tổ chức Tỉnh ủy") in found
    assert ("45-KL/TW", "Ban Tổ chức Tỉnh ủy") not in found


def test_a_body_that_takes_on_the_project_of_the_clause_before_is_given_that_project() -> None:
    gold = run(
        'Số: 41-KH/TU\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW.\n1. Thí điểm Đề án "Bản đồ số du lịch" tại xã '
        "Bản Lầu (huyện Mường Khương); Huyện ủy Mường Khương chỉ đạo triển khai, rút kinh nghiệm để nhân rộng."
    )
    found = relations(gold, "ASSIGNED_TO")
    assert ("Đề án Bản đồ số du lịch", "Huyện ủy Mường Khương") in found
    assert ("41-KH/TU", "Huyện ủy Mường Khương") not in found


def test_a_leading_body_keeps_its_task_in_the_clauses_after_a_semicolon() -> None:
    gold = run(
        "Sở Công Thương chủ trì bảo đảm chỉ số sản xuất công nghiệp tăng 12%; sớm đưa Cụm công nghiệp Phú Lâm (xã "
        "Phú Lâm, huyện Tiên Du) vào hoạt động trong năm 2025. UBND huyện Tiên Du chủ trì giải phóng mặt bằng."
    )
    assert ("Cụm công nghiệp Phú Lâm", "Sở Công Thương") in relations(gold, "ASSIGNED_TO")


def test_a_clause_with_a_new_subject_after_a_semicolon_is_not_the_leading_bodys() -> None:
    gold = run(
        "Sở Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch số 17-KH/TU; phường Hạc Thành thí điểm Đề án chính quyền "
        'số cấp xã; Ủy ban MTTQ Việt Nam tỉnh vận động Nhân dân tham gia phong trào "Bình dân học vụ số".'
    )
    found = relations(gold, "ASSIGNED_TO")
    assert ("Đề án chính quyền số cấp xã", "Sở Nội vụ") not in found
    assert ("Bình dân học vụ số", "Sở Nội vụ") not in found


def test_the_decision_a_scheme_is_annexed_to_is_not_the_task() -> None:
    gold = run(
        "Giao Sở Xây dựng chủ trì tham mưu cơ chế hỗ trợ; tiếp tục triển khai Đề án phát triển nhà ở xã hội ban "
        "hành kèm theo Quyết định số 318/QĐ-UBND ngày 2/3/2024 của UBND tỉnh."
    )
    found = relations(gold, "ASSIGNED_TO")
    assert ("318/QĐ-UBND", "Sở Xây dựng") not in found


def test_a_background_meeting_cites_only_its_own_paragraph() -> None:
    gold = run(
        "Sáng 20/6/2025, UBND tỉnh Lạng Sơn tổ chức hội nghị triển khai Nghị quyết số 1680/NQ-UBTVQH15 về sắp xếp "
        "đơn vị hành chính cấp xã.\n"
        "Trước đó, ngày 29/4/2025, HĐND tỉnh tổ chức kỳ họp thứ 30, thông qua Nghị quyết số 12/NQ-HĐND về chủ "
        "trương sắp xếp đơn vị hành chính.\n"
        "Để triển khai Nghị quyết số 1680/NQ-UBTVQH15, UBND tỉnh đã ban hành Kế hoạch số 150/KH-UBND ngày 18/6/2025.\n"
        "Phát biểu kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu các địa phương không để gián đoạn công việc."
    )
    meetings = [m["body"] for m in gold["meetings"]]
    main, aside = f"meeting:{meetings.index('UBND tỉnh')}", f"meeting:{meetings.index('HĐND tỉnh')}"
    found = relations(gold, "CITES")
    assert (aside, "12/NQ-HĐND") in found
    assert (main, "150/KH-UBND") in found
    assert (aside, "150/KH-UBND") not in found


def test_a_meeting_held_after_the_main_one_keeps_the_paragraphs_after_it() -> None:
    gold = run(
        "Sáng 5/10/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị cho ý kiến vào dự thảo Kế hoạch số 90-KH/TU.\n"
        "Chiều 6/10/2025, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9.\n"
        "Theo báo cáo của Sở Tài chính, tỉnh đã thực hiện Kế hoạch số 280/KH-UBND ngày 15/1/2025."
    )
    meetings = [m["body"] for m in gold["meetings"]]
    assert (f"meeting:{meetings.index('UBND tỉnh')}", "280/KH-UBND") in relations(gold, "CITES")


def test_a_capitalised_bare_resolution_after_a_purpose_cue_is_the_one_named_before() -> None:
    gold = run(
        "Bộ Chính trị ban hành Nghị quyết số 71-NQ/TW về giáo dục. Để cụ thể hóa Nghị quyết, Ban Thường vụ Tỉnh ủy "
        "ban hành Kế hoạch số 35-KH/TU ngày 2/10/2025."
    )
    assert ("35-KH/TU", "71-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_plan_issued_to_carry_out_what_its_sentence_named_before_implements_it() -> None:
    gold = run(
        "Ngay sau khi Bộ Chính trị ban hành Nghị quyết số 72-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
        "120-KH/TU ngày 3/10/2025 để triển khai thực hiện."
    )
    assert ("120-KH/TU", "72-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_route_through_two_communes_is_located_in_both() -> None:
    gold = run("Tỉnh đẩy nhanh Dự án đường ven biển đoạn qua xã Diễn Kim, xã Diễn Hải (huyện Diễn Châu).")
    found = relations(gold, "ASSIGNED_TO")
    assert {("Dự án đường ven biển", "Diễn Kim"), ("Dự án đường ven biển", "Diễn Hải")} <= found
    assert ("Dự án đường ven biển", "Diễn Châu") not in found


def test_a_project_on_the_territory_of_a_commune_is_located_there() -> None:
    gold = run(
        "Dự án Khu du lịch sinh thái Suối Mỡ có tổng mức đầu tư 300 tỷ đồng, thuộc địa bàn xã Nghĩa Phương, "
        "huyện Lục Nam."
    )
    assert ("Dự án Khu du lịch sinh thái Suối Mỡ", "Nghĩa Phương") in relations(gold, "ASSIGNED_TO")


def test_a_project_list_item_with_its_commune_after_a_dash() -> None:
    gold = run(
        "Danh mục dự án khởi công năm 2025:\n1. Dự án đường liên xã Tân Hợp - Tân Thành - xã Tân Hợp\n"
        "2. Dự án trường mầm non Hoa Sen - xã Bình Minh"
    )
    assert {p["name"] for p in gold["projects"]} == {
        "Dự án đường liên xã Tân Hợp - Tân Thành",
        "Dự án trường mầm non Hoa Sen",
    }
    found = relations(gold, "ASSIGNED_TO")
    assert {
        ("Dự án đường liên xã Tân Hợp - Tân Thành", "Tân Hợp"),
        ("Dự án trường mầm non Hoa Sen", "Bình Minh"),
    } <= found


def test_a_sentence_that_opens_on_a_place_locates_its_projects() -> None:
    gold = run(
        "Tại xã Phú Lâm, huyện Tiên Du, Dự án Khu công nghiệp Tiên Sơn mở rộng đang được giải phóng mặt bằng. "
        "Trên địa bàn huyện Tuy Phước có 2 dự án lớn: Khu đô thị Nhơn Bình, Cụm công nghiệp Phước An."
    )
    found = relations(gold, "ASSIGNED_TO")
    assert ("Dự án Khu công nghiệp Tiên Sơn mở rộng", "Phú Lâm") in found
    assert {("Khu đô thị Nhơn Bình", "Tuy Phước"), ("Cụm công nghiệp Phước An", "Tuy Phước")} <= found


def test_a_project_placed_after_its_name_keeps_that_commune_not_the_opening_district() -> None:
    gold = run("Tại huyện Chương Mỹ, Cụm công nghiệp Đông Sơn (xã Đông Sơn) có quy mô 4,8 ha.")
    found = relations(gold, "ASSIGNED_TO")
    assert ("Cụm công nghiệp Đông Sơn", "Đông Sơn") in found
    assert ("Cụm công nghiệp Đông Sơn", "Chương Mỹ") not in found


def test_a_short_name_given_in_brackets_is_not_a_second_project() -> None:
    gold = run(
        "UBND tỉnh ban hành Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm (gọi tắt là Chương trình OCOP) "
        "năm 2025."
    )
    assert [p["name"] for p in gold["projects"]] == ["Chương trình Mỗi xã một sản phẩm"]


def test_a_lower_case_programme_carrying_out_a_named_resolution_is_a_project() -> None:
    gold = run(
        "Các đại biểu được quán triệt những nội dung cốt lõi và chương trình hành động thực hiện Nghị quyết Đại hội "
        "đại biểu Đảng bộ xã Yên Thọ lần thứ I, nhiệm kỳ 2025-2030."
    )
    names = [p["name"] for p in gold["projects"]]
    assert len(names) == 1 and names[0].startswith("Chương trình hành động thực hiện Nghị quyết Đại hội")
    assert (names[0], "Nghị quyết Đại hội đại biểu Đảng bộ xã Yên Thọ lần thứ I, nhiệm kỳ 2025-2030") in relations(
        gold, "IMPLEMENTS"
    )


def test_a_programme_named_by_its_issuer_is_that_issuers_numbered_programme() -> None:
    gold = run(
        "Triển khai Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW\n"
        "UBND tỉnh yêu cầu các sở xây dựng kế hoạch triển khai thực hiện Chương trình hành động số 15-CTr/TU ngày "
        "6/3/2025 của Ban Chấp hành Đảng bộ tỉnh."
    )
    assert gold["projects"] == []
    assert ("15-CTr/TU", "57-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_description_ends_at_an_ellipsis() -> None:
    gold = run(
        "HĐND tỉnh thông qua điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025 nguồn vốn "
        "ngân sách tỉnh… Cũng tại kỳ họp, HĐND tỉnh thực hiện công tác cán bộ."
    )
    assert all("Cũng tại" not in r["key"] for r in gold["resolutions"])


def test_projects_listed_in_lower_case_with_their_names() -> None:
    gold = run(
        "HĐND tỉnh thông qua chủ trương đầu tư các công trình. Đó là dự án Trụ sở làm việc các cơ quan xã Tân Lập, "
        "huyện Đồng Phú; dự án Nâng cấp Bệnh viện huyện Bù Đăng; dự án Luật Đất đai được góp ý. Ban Quản lý dự án Mỹ "
        "Thuận đôn đốc nhà thầu."
    )
    names = {p["name"] for p in gold["projects"]}
    assert {"Dự án Trụ sở làm việc các cơ quan xã Tân Lập", "Dự án Nâng cấp Bệnh viện huyện Bù Đăng"} <= names
    assert not any("Luật" in n or "Mỹ Thuận" in n for n in names)
    assert ("Dự án Trụ sở làm việc các cơ quan xã Tân Lập", "Đồng Phú") in relations(gold, "ASSIGNED_TO")


def test_a_described_conclusion_ends_where_the_main_clause_issues_a_plan() -> None:
    gold = run(
        "Thực hiện kết luận của Thủ tướng Chính phủ về các dự án giao thông trọng điểm, UBND tỉnh ban hành Kế hoạch "
        "số 55/KH-UBND ngày 3/3/2025."
    )
    key = "Kết luận của Thủ tướng Chính phủ về các dự án giao thông trọng điểm"
    assert key in keys(gold)
    assert ("55/KH-UBND", key) in relations(gold, "IMPLEMENTS")


def test_plans_still_to_be_issued_are_not_documents() -> None:
    gold = run(
        "Sở Tài chính tham mưu ban hành kế hoạch thực hiện Nghị quyết số 68-NQ/TW. Đồng chí Bí thư yêu cầu sớm ban "
        "hành Kế hoạch thực hiện Nghị quyết số 66-NQ/TW. Các địa phương khẩn trương ban hành kế hoạch, chương trình "
        "hành động thực hiện Nghị quyết số 57-NQ/TW."
    )
    assert keys(gold) == {"68-NQ/TW", "66-NQ/TW", "57-NQ/TW"}
    assert gold["projects"] == []
    assert relations(gold, "IMPLEMENTS") == set()


def test_tasks_listed_right_after_a_plan_is_reported_issued_are_that_plans() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 150-KH/TU thực hiện Nghị quyết số 57-NQ/TW. Ban cán sự đảng "
        "UBND tỉnh lãnh đạo, chỉ đạo xây dựng cơ sở dữ liệu dùng chung; Ban Tuyên giáo Tỉnh ủy chủ trì công tác "
        "tuyên truyền."
    )
    found = relations(gold, "ASSIGNED_TO")
    assert {("150-KH/TU", "Ban cán sự đảng UBND tỉnh"), ("150-KH/TU", "Ban Tuyên giáo Tỉnh ủy")} <= found


def test_a_bare_congress_resolution_is_the_one_named_before() -> None:
    gold = run(
        "Đại hội đã thông qua Nghị quyết Đại hội đại biểu Đảng bộ xã Tam Hưng lần thứ I, nhiệm kỳ 2025 - 2030. Để cụ "
        "thể hóa Nghị quyết Đại hội, Ban Chấp hành Đảng bộ xã đã ban hành Chương trình hành động số 01-CTr/ĐU."
    )
    key = "Nghị quyết Đại hội đại biểu Đảng bộ xã Tam Hưng lần thứ I, nhiệm kỳ 2025 - 2030"
    assert ("01-CTr/ĐU", key) in relations(gold, "IMPLEMENTS")
    assert len(gold["resolutions"]) == 2


def test_a_programme_that_carries_out_the_same_resolution_is_listed_beside_the_plan_not_its_target() -> None:
    gold = run(
        "Thực hiện Kế hoạch số 312-KH/TU ngày 10/02/2025 của Ban Thường vụ Tỉnh ủy triển khai Nghị quyết 57-NQ/TW và "
        "Chương trình hành động của Ban Bí thư Trung ương Đoàn thực hiện Nghị quyết 57-NQ/TW, Ban Thường vụ Tỉnh đoàn "
        "đã ban hành Kế hoạch số 145-KH/TĐTN ngày 05/3/2025."
    )
    programme = "Chương trình hành động của Ban Bí thư Trung ương Đoàn thực hiện Nghị quyết 57-NQ/TW"
    found = relations(gold, "IMPLEMENTS")
    assert ("312-KH/TU", programme) not in found
    assert {("312-KH/TU", "57-NQ/TW"), ("145-KH/TĐTN", "312-KH/TU"), ("145-KH/TĐTN", programme)} <= found


def test_projects_in_a_table_and_in_a_numbered_list_with_their_places() -> None:
    gold = run(
        "Danh mục dự án:\n| TT | Tên dự án | Địa điểm | Tổng mức đầu tư |\n"
        "| 1 | Dự án kè chống sạt lở sông Gâm | Phường Nông Tiến | 40 tỷ |\n"
        "2. Dự án nâng cấp chợ trung tâm, địa điểm: xã Yên Sơn, huyện Lục Yên.\n"
        "3. Dự án xây dựng trường tiểu học Kim Đồng; địa điểm xây dựng: thị trấn Yên Thế."
    )
    names = {p["name"] for p in gold["projects"]}
    assert names == {
        "Dự án kè chống sạt lở sông Gâm",
        "Dự án nâng cấp chợ trung tâm",
        "Dự án xây dựng trường tiểu học Kim Đồng",
    }
    found = relations(gold, "ASSIGNED_TO")
    assert {
        ("Dự án kè chống sạt lở sông Gâm", "Nông Tiến"),
        ("Dự án nâng cấp chợ trung tâm", "Yên Sơn"),
        ("Dự án xây dựng trường tiểu học Kim Đồng", "Yên Thế"),
    } <= found


def test_a_programme_about_carrying_out_a_resolution_in_a_quoted_topic_implements_it() -> None:
    gold = run(
        "Hội nghị quán triệt Chương trình hành động số 83-CTHĐ/TU, ngày 25/7/ 2017, của Tỉnh ủy về “ Thực hiện Nghị "
        "quyết số 08-NQ/TW, ngày 16/1/2017, của Bộ Chính trị về phát triển du lịch”."
    )
    assert ("83-CTHĐ/TU", "08-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_the_decision_that_annexes_a_plan_does_not_implement_what_the_plan_carries_out() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 1410/QĐ-UBND\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ "
        "05/2024/NQ-HĐND\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số "
        "05/2024/NQ-HĐND ngày 10/7/2024 của HĐND tỉnh về phát triển kinh tế tập thể."
    )
    found = relations(gold, "IMPLEMENTS")
    assert ("1410/QĐ-UBND", "05/2024/NQ-HĐND") not in found
    assert ("Kế hoạch thực hiện Nghị quyết số 05/2024/NQ-HĐND", "05/2024/NQ-HĐND") in found


def test_congress_resolutions_of_a_province_and_a_district_keep_their_units() -> None:
    gold = run(
        "Buổi làm việc đánh giá kết quả thực hiện Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh, Nghị quyết Đại hội "
        "lần thứ XXIV Đảng bộ huyện Phú Lương. Việc triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, Nghị quyết "
        "Đại hội Đảng bộ huyện còn một số hạn chế."
    )
    assert keys(gold) == {
        "Nghị quyết Đại hội lần thứ XX của Đảng bộ tỉnh",
        "Nghị quyết Đại hội lần thứ XXIV Đảng bộ huyện Phú Lương",
    }


def test_a_scheme_name_keeps_its_standard_to_reach() -> None:
    gold = run("Huyện tập trung thực hiện Đề án xây dựng huyện Đồng Hỷ đạt chuẩn nông thôn mới năm 2025.")
    assert [p["name"] for p in gold["projects"]] == ["Đề án xây dựng huyện Đồng Hỷ đạt chuẩn nông thôn mới năm 2025"]


def test_more_ways_to_place_a_project() -> None:
    gold = run(
        "Đoàn kiểm tra tiến độ Dự án đường tránh Quốc lộ 1 thuộc xã Hòa Thắng, huyện Đông Hòa. Hiện nay, trên địa bàn "
        "xã Tân Lập đang triển khai 2 dự án: Dự án hồ chứa nước Bản Lải và Dự án đường tỉnh 242."
    )
    found = relations(gold, "ASSIGNED_TO")
    assert {
        ("Dự án đường tránh Quốc lộ 1", "Hòa Thắng"),
        ("Dự án hồ chứa nước Bản Lải", "Tân Lập"),
        ("Dự án đường tỉnh 242", "Tân Lập"),
    } <= found


def test_a_provincial_symbol_written_with_a_horn_is_the_provincial_committees() -> None:
    gold = run(
        "TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 445-KL/TƯ\nKẾT LUẬN\nHội nghị đã thảo luận Tờ trình của "
        "Ban Thường vụ Tỉnh ủy, Báo cáo của Ban cán sự đảng UBND tỉnh và kết luận:\nSau 10 năm thực hiện Nghị quyết "
        "13-NQ/TƯ của Tỉnh ủy (khóa XIV), hạ tầng có bước phát triển. Thực hiện Nghị quyết 57-NQ/TƯ của Bộ Chính trị."
    )
    assert {"445-KL/TU", "13-NQ/TU", "57-NQ/TW", "Báo cáo của Ban cán sự đảng UBND tỉnh"} <= keys(gold)


def test_units_that_pilot_a_scheme_after_a_semicolon_are_its_places() -> None:
    gold = run(
        "Sở Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch số 17-KH/TU; phường Hạc Thành và xã Nga Sơn thí điểm Đề "
        "án chính quyền số cấp xã, hoàn thành trước ngày 30/6/2026."
    )
    found = relations(gold, "ASSIGNED_TO")
    assert {("Đề án chính quyền số cấp xã", "Hạc Thành"), ("Đề án chính quyền số cấp xã", "Nga Sơn")} <= found


def test_a_task_given_after_theo_do_is_the_document_named_before() -> None:
    gold = run(
        "UBND tỉnh ban hành văn bản số 3120/UBND-KT về quản lý cụm công nghiệp.\nTheo đó, UBND tỉnh giao Ban Quản lý "
        "Khu kinh tế triển khai công tác quản lý các cụm công nghiệp trên địa bàn."
    )
    assert ("3120/UBND-KT", "Ban Quản lý Khu kinh tế") in relations(gold, "ASSIGNED_TO")


def test_the_plans_of_many_units_are_no_document() -> None:
    gold = run(
        "Thường trực Tỉnh ủy làm việc với các ban xây dựng Đảng về kế hoạch hành động thực hiện Nghị quyết Đại hội "
        "Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025 của các đơn vị."
    )
    assert not any(r["kind"] == "KH" for r in gold["resolutions"])


def test_a_hard_wrapped_plan_text_is_its_own_document() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 1204/KH-UBND\nKẾ HOẠCH\nCăn cứ Quyết định số 919/QĐ-TTg của Thủ tướng "
        "Chính phủ;\nỦy ban nhân dân tỉnh ban\nhành Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm (gọi tắt là "
        "Chương\ntrình OCOP) trên địa bàn tỉnh năm 2025 với những nội dung sau:\nI. MỤC ĐÍCH, YÊU CẦU"
    )
    assert keys(gold) == {"1204/KH-UBND", "919/QĐ-TTg"}
    assert ("1204/KH-UBND", "Chương trình Mỗi xã một sản phẩm") in relations(gold, "IMPLEMENTS")


def test_a_shorter_re_mention_of_a_described_document_is_that_document() -> None:
    gold = run(
        "Hội nghị cho ý kiến vào dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XV trình Đại hội đại "
        "biểu Đảng bộ tỉnh lần thứ XVI. Góp ý vào dự thảo Báo cáo chính trị, đồng chí Giám đốc Sở Nội vụ đề nghị "
        "làm rõ nhiệm vụ."
    )
    reports = [r["key"] for r in gold["resolutions"] if r["kind"] == "BC"]
    assert reports == [
        "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XV trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI"
    ]


def test_every_document_issued_for_a_purpose_implements_it() -> None:
    gold = run(
        "Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU về phát triển du lịch. Để triển khai thực hiện nghị quyết của Tỉnh "
        "ủy, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 48-KH/HU ngày 02/8/2021 và Đề án số 03-ĐA/HU về phát "
        "triển du lịch biển giai đoạn 2021 - 2025."
    )
    found = relations(gold, "IMPLEMENTS")
    assert ("48-KH/HU", "05-NQ/TU") in found
    assert ("Đề án số 03-ĐA/HU về phát triển du lịch biển giai đoạn 2021 - 2025", "05-NQ/TU") in found


def test_a_resolution_of_the_central_military_commission_named_again() -> None:
    gold = run(
        "Quân ủy Trung ương đã ban hành Nghị quyết số 1525-NQ/QUTW ngày 18/02/2025; Đảng ủy Quân khu 3 ban hành Kế "
        "hoạch số 886-KH/ĐU ngày 03/3/2025 thực hiện nghị quyết của Quân ủy Trung ương."
    )
    assert ("886-KH/ĐU", "1525-NQ/QUTW") in relations(gold, "IMPLEMENTS")
