"""Documents (resolutions), IMPLEMENTS and CITES: rules read off real articles of many provinces and genres.

Every sentence here is written for the test, in the shape of what real articles say.
"""

from __future__ import annotations

from typing import Any

import pytest

from loaders.extract import extract
from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def keys(gold: dict[str, Any]) -> set[str]:
    return {r["key"] for r in gold["resolutions"]}


def kinds(gold: dict[str, Any]) -> dict[str, str]:
    return {r["key"]: r["kind"] for r in gold["resolutions"]}


# --- look-alikes that are not documents -------------------------------------------------------


def test_a_report_given_at_a_meeting_is_a_verb_not_a_document() -> None:
    gold = run("Báo cáo tại buổi làm việc, Giám đốc Sở Xây dựng Trần Văn Bình cho biết tiến độ dự án còn chậm.")
    assert keys(gold) == set()


def test_reporting_to_a_body_is_a_verb() -> None:
    gold = run("Đảng ủy xã định kỳ báo cáo Ban Thường vụ Huyện ủy kết quả thực hiện Kế hoạch số 12-KH/ĐU.")
    assert keys(gold) == {"12-KH/ĐU"}


def test_a_plan_each_unit_still_has_to_write_is_not_a_document() -> None:
    gold = run(
        "Các sở, ngành và địa phương xây dựng kế hoạch thực hiện của đơn vị mình, gửi về Sở Nội vụ trước ngày "
        "20/5/2025. Các huyện xây dựng Kế hoạch cụ thể, hoàn thành trước ngày 30/4/2025."
    )
    assert keys(gold) == set()


def test_the_plan_itself_announced_as_follows_is_not_a_described_document() -> None:
    gold = run("UBND tỉnh ban hành Kế hoạch thực hiện trên địa bàn tỉnh như sau: Kế hoạch này giao các sở chủ trì.")
    assert keys(gold) == set()


def test_a_numbered_project_symbol_is_not_a_resolution() -> None:
    gold = run("Huyện ủy triển khai Đề án số 04-ĐA/HU về phát triển cây ăn quả giai đoạn 2021 - 2025.")
    assert keys(gold) == set()


def test_a_bare_resolution_of_an_issuer_is_the_one_named_before() -> None:
    gold = run(
        "Hội nghị quán triệt Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị về hội nhập quốc tế. "
        "Các cấp ủy cần đưa Nghị quyết của Bộ Chính trị sớm đi vào cuộc sống."
    )
    assert keys(gold) == {"59-NQ/TW"}


def test_a_law_title_stops_before_a_verb_or_the_next_document() -> None:
    gold = run(
        "Đại biểu cho rằng việc thi hành Luật Đất đai năm 2024 còn chậm. Tỉnh thực hiện Luật Lâm nghiệp "
        "và Nghị định số 156/2018/NĐ-CP của Chính phủ."
    )
    assert {"Luật Đất đai năm 2024", "Luật Lâm nghiệp"} <= keys(gold)


# --- documents named by description -----------------------------------------------------------


def test_a_personnel_decision_named_by_its_issuer_and_content() -> None:
    gold = run(
        "Đồng chí Phó Trưởng Ban Tổ chức Trung ương trao quyết định của Ban Bí thư chuẩn y đồng chí Lê Văn Hùng, "
        "Chủ tịch UBND tỉnh, giữ chức Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025."
    )
    assert kinds(gold) == {"Quyết định của Ban Bí thư chuẩn y đồng chí Lê Văn Hùng": "QĐ"}


def test_two_personnel_decisions_in_two_sentences_are_two_documents() -> None:
    gold = run(
        "Hội nghị công bố quyết định của Bộ Chính trị điều động đồng chí Trần Minh Tâm đến nhận công tác tại "
        "Đảng bộ tỉnh. Hội nghị cũng công bố Quyết định của Ban Bí thư Trung ương Đảng về việc chỉ định đồng chí "
        "Vũ Thị Hoa tham gia Ban Thường vụ Tỉnh ủy."
    )
    assert len(gold["resolutions"]) == 2
    assert {r["kind"] for r in gold["resolutions"]} == {"QĐ"}


def test_a_decision_naming_a_whole_committee_stops_at_its_size() -> None:
    gold = run(
        "Đồng chí công bố quyết định của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã khóa I, "
        "nhiệm kỳ 2025 - 2030 gồm 19 đồng chí."
    )
    expected = "Quyết định của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã khóa I, nhiệm kỳ 2025 - 2030"
    assert keys(gold) == {expected}


def test_a_conclusion_of_the_prime_minister_about_a_topic() -> None:
    gold = run(
        "Tỉnh đang khẩn trương thực hiện kết luận của Thủ tướng Chính phủ về phát triển hạ tầng khu kinh tế ven "
        "biển, trong đó có tuyến đường ven biển."
    )
    assert kinds(gold) == {"Kết luận của Thủ tướng Chính phủ về phát triển hạ tầng khu kinh tế ven biển": "KL"}


def test_a_lower_case_directive_with_a_number_and_its_issuer() -> None:
    gold = run("Đại hội được tổ chức theo đúng tinh thần chỉ thị 35 của Bộ Chính trị.")
    assert keys(gold) == {"35-CT/TW"}


def test_a_number_after_a_lower_case_kind_word_that_counts_something_is_not_a_document() -> None:
    gold = run("Tỉnh đã hoàn thành kế hoạch 5 năm và nghị quyết 3 nội dung trọng tâm.")
    assert keys(gold) == set()


def test_resolutions_passed_by_a_council_named_by_topic() -> None:
    gold = run(
        "Kỳ họp đã thông qua 12 nghị quyết, trong đó có Nghị quyết về phân bổ vốn đầu tư công năm 2025 và "
        "Nghị quyết về điều chỉnh chủ trương đầu tư dự án đường liên xã."
    )
    assert keys(gold) == {
        "Nghị quyết về phân bổ vốn đầu tư công năm 2025",
        "Nghị quyết về điều chỉnh chủ trương đầu tư dự án đường liên xã",
    }


def test_a_congress_resolution_with_the_units_name_and_term() -> None:
    gold = run(
        "Toàn Đảng bộ quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện Kim Sơn lần thứ "
        "XXIII, nhiệm kỳ 2025 - 2030."
    )
    assert keys(gold) == {"Nghị quyết Đại hội đại biểu Đảng bộ huyện Kim Sơn lần thứ XXIII, nhiệm kỳ 2025 - 2030"}


def test_a_rule_of_the_standing_committee_named_by_topic() -> None:
    gold = run("Hội nghị thống nhất sửa đổi Quy định của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ.")
    assert kinds(gold) == {"Quy định của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ": "QĐi"}


def test_lower_case_resolutions_passed_in_a_list() -> None:
    gold = run(
        "Hội đồng nhân dân huyện đã thông qua nghị quyết về kế hoạch đầu tư công năm 2026 và nghị quyết về "
        "giá đất năm 2026. Cuộc họp nghe Tờ trình về việc đặt tên đường do đồng chí Trưởng phòng Nội vụ trình bày."
    )
    assert keys(gold) == {
        "Nghị quyết về kế hoạch đầu tư công năm 2026",
        "Nghị quyết về giá đất năm 2026",
        "Tờ trình về việc đặt tên đường",
    }


def test_a_second_personnel_decision_after_and() -> None:
    gold = run(
        "Hội nghị công bố quyết định của Ban Bí thư chỉ định đồng chí Hà Văn Nam giữ chức Phó Bí thư Tỉnh ủy và "
        "quyết định của Thủ tướng Chính phủ phê chuẩn đồng chí Lý Thị Hằng giữ chức Phó Chủ tịch UBND tỉnh."
    )
    assert len(gold["resolutions"]) == 2


def test_numbers_listed_before_one_issuer_are_each_a_document() -> None:
    gold = run("Cùng với các Nghị quyết số 57, 59, 66 và 68 của Bộ Chính trị, tỉnh đã ban hành các kế hoạch.")
    assert keys(gold) == {"57-NQ/TW", "59-NQ/TW", "66-NQ/TW", "68-NQ/TW"}


# --- IMPLEMENTS ---------------------------------------------------------------------------------


def test_a_conclusion_about_continuing_a_resolution_implements_it() -> None:
    gold = run(
        "Hội nghị quán triệt Kết luận số 80-KL/TW ngày 5/6/2024 của Bộ Chính trị về tiếp tục thực hiện "
        "Nghị quyết số 27-NQ/TW của Ban Chấp hành Trung ương khóa XII."
    )
    assert ("80-KL/TW", "27-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_purpose_clause_with_a_long_description_before_the_issuing_body() -> None:
    gold = run(
        "Thực hiện Chỉ thị số 21-CT/TW ngày 10/5/2023 của Ban Bí thư về tăng cường công tác phòng chống thiên tai "
        "ở vùng núi phía Bắc, Ban Thường vụ Đảng ủy xã đã ban hành Kế hoạch số 07-KH/ĐU ngày 2/6/2023."
    )
    assert ("07-KH/ĐU", "21-CT/TW") in relations(gold, "IMPLEMENTS")


def test_a_purpose_clause_after_a_reporting_clause() -> None:
    gold = run(
        "Phát biểu tại hội nghị, Trưởng ban Dân vận cho biết, để triển khai thực hiện Kế hoạch số 44-KH/TU, "
        "Ban Thường trực đã ban hành Kế hoạch số 15/KH-MTTQ-BTT ngày 3/3/2024."
    )
    assert ("15/KH-MTTQ-BTT", "44-KH/TU") in relations(gold, "IMPLEMENTS")


def test_a_government_resolution_carrying_out_a_party_resolution() -> None:
    gold = run(
        "Tỉnh thực hiện Nghị quyết số 12/NQ-CP ngày 9/2/2025 của Chính phủ triển khai thực hiện Nghị quyết số "
        "59-NQ/TW của Bộ Chính trị."
    )
    assert ("12/NQ-CP", "59-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_council_resolution_issued_to_carry_out_a_law() -> None:
    gold = run(
        "Nghị quyết số 18/2024/NQ-HĐND quy định mức hỗ trợ cho người có công, được ban hành để triển khai "
        "thực hiện Luật Nhà ở năm 2023."
    )
    assert ("18/2024/NQ-HĐND", "Luật Nhà ở năm 2023") in relations(gold, "IMPLEMENTS")


def test_an_inspection_team_plan_is_not_a_review() -> None:
    gold = run(
        "Hội nghị thông qua Kế hoạch số 05-KH/ĐKT của Đoàn kiểm tra triển khai thực hiện Quyết định số "
        "1500-QĐ/TW của Bộ Chính trị."
    )
    assert ("05-KH/ĐKT", "1500-QĐ/TW") in relations(gold, "IMPLEMENTS")


def test_documents_listed_with_their_issuers_after_one_cue() -> None:
    gold = run(
        "Hội nghị thông qua Kế hoạch số 30-KH/ĐU của Đảng ủy Quân sự tỉnh triển khai thực hiện Kế hoạch số "
        "500-KH/ĐU của Đảng ủy Quân khu 2 và Kế hoạch số 120-KH/TU ngày 2/3/2025 của Ban Thường vụ Tỉnh ủy."
    )
    assert {("30-KH/ĐU", "500-KH/ĐU"), ("30-KH/ĐU", "120-KH/TU")} <= relations(gold, "IMPLEMENTS")


def test_a_programme_named_again_by_its_issuer_is_the_numbered_one() -> None:
    gold = run(
        "Thực hiện Chương trình hành động số 14-CTr/TU của Tỉnh ủy, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch "
        "số 60-KH/HU. Sau đó, Ủy ban MTTQ huyện ban hành Kế hoạch số 09/KH-MTTQ triển khai thực hiện Chương trình "
        "hành động của Tỉnh ủy."
    )
    assert {("60-KH/HU", "14-CTr/TU"), ("09/KH-MTTQ", "14-CTr/TU")} <= relations(gold, "IMPLEMENTS")


def test_a_directive_referred_to_as_this_directive() -> None:
    gold = run(
        "Hội nghị quán triệt Chỉ thị số 40-CT/TW của Ban Bí thư. Để cụ thể hóa Kế hoạch số 150-KH/TU của Ban "
        "Thường vụ Tỉnh ủy thực hiện chỉ thị này, Huyện ủy đã ban hành Kế hoạch số 20-KH/HU."
    )
    assert {("150-KH/TU", "40-CT/TW"), ("20-KH/HU", "150-KH/TU")} <= relations(gold, "IMPLEMENTS")


def test_a_purpose_clause_targets_only_its_own_documents_not_those_they_carry_out() -> None:
    gold = run(
        "Thực hiện Chương trình hành động số 30-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 19-NQ/TW của Ban Chấp "
        "hành Trung ương, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 70-KH/HU."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert ("70-KH/HU", "30-CTr/TU") in implements
    assert ("70-KH/HU", "19-NQ/TW") not in implements


def test_a_second_target_after_at_the_same_time() -> None:
    gold = run(
        "Hội nghị cho ý kiến vào Kế hoạch số 99-KH/TU thực hiện Kết luận số 70-KL/TW của Bộ Chính trị về tiếp tục "
        "thực hiện Nghị quyết số 33-NQ/TW về văn hóa, đồng thời thực hiện Nghị quyết số 08-NQ/TU của Tỉnh ủy."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert {("99-KH/TU", "70-KL/TW"), ("99-KH/TU", "08-NQ/TU"), ("70-KL/TW", "33-NQ/TW")} <= implements
    assert ("33-NQ/TW", "08-NQ/TU") not in implements


def test_a_headline_plan_is_the_numbered_plan_of_the_body() -> None:
    gold = run(
        "Đắk Nông ban hành kế hoạch thực hiện Nghị quyết 68-NQ/TW\n"
        "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 301-KH/TU triển khai thực hiện Nghị quyết số 68-NQ/TW "
        "của Bộ Chính trị về phát triển kinh tế tư nhân."
    )
    assert keys(gold) == {"301-KH/TU", "68-NQ/TW"}


def test_descriptions_stop_at_a_speaker_a_manner_or_an_annex() -> None:
    gold = run(
        "Góp ý vào dự thảo Báo cáo chính trị, Thượng tá Lê Văn Phúc, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh đề nghị "
        "bổ sung nhiệm vụ. Hội nghị thông qua Kế hoạch đầu tư công năm 2026 theo hướng tập trung vốn. Tỉnh tiếp tục "
        "thực hiện Kế hoạch thực hiện Quy hoạch tỉnh ban hành kèm theo Quyết định số 900/QĐ-UBND."
    )
    assert {"Báo cáo chính trị", "Kế hoạch đầu tư công năm 2026", "Kế hoạch thực hiện Quy hoạch tỉnh"} <= keys(gold)


def test_generic_plans_reports_and_department_names_are_not_documents() -> None:
    gold = run(
        "Các địa phương xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế. Báo cáo tự đánh giá phải có số "
        "liệu minh chứng. Vụ Kế hoạch - Tài chính bố trí kinh phí thực hiện Kế hoạch từ nguồn sự nghiệp. "
        "Kế hoạch đồng thời cụ thể hóa các nhiệm vụ giám sát."
    )
    assert keys(gold) == set()


def test_a_law_named_with_its_number_is_one_numbered_document() -> None:
    gold = run("Đại biểu góp ý việc thi hành Luật Bảo hiểm xã hội số 41/2024/QH15.")
    assert keys(gold) == {"41/2024/QH15"}


def test_a_resolution_named_again_by_its_issuer_and_topic_is_the_numbered_one() -> None:
    gold = run(
        "Tỉnh quán triệt Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và "
        "thi hành pháp luật. Sở Tư pháp rà soát văn bản theo tinh thần Nghị quyết của Bộ Chính trị về đổi mới công "
        "tác xây dựng và thi hành pháp luật."
    )
    assert keys(gold) == {"66-NQ/TW"}


# --- the text is the document -------------------------------------------------------------------

_HEADER_PLAN = """ỦY BAN NHÂN DÂN
XÃ AN PHÚ
Số: 45/KH-UBND
An Phú, ngày 3 tháng 6 năm 2025

KẾ HOẠCH
Triển khai thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã về chuyển đổi số

Thực hiện Kế hoạch số 120/KH-UBND ngày 2/5/2025 của UBND tỉnh về thực hiện Nghị quyết số 57-NQ/TW và Nghị quyết \
số 11/NQ-HĐND ngày 20/5/2025 của HĐND xã;
Ủy ban nhân dân xã ban hành Kế hoạch triển khai thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Thực hiện có hiệu quả Kế hoạch này.
"""


def test_a_text_with_a_header_is_its_own_document_and_never_cites_itself() -> None:
    gold = run(_HEADER_PLAN)
    assert "45/KH-UBND" in keys(gold)
    cited = {t for _, t in relations(gold, "CITES")}
    assert "45/KH-UBND" not in cited
    assert {"120/KH-UBND", "05-NQ/ĐU"} <= cited


def test_a_text_with_a_header_implements_what_its_title_and_preamble_carry_out() -> None:
    implements = relations(run(_HEADER_PLAN), "IMPLEMENTS")
    assert {("45/KH-UBND", "05-NQ/ĐU"), ("45/KH-UBND", "120/KH-UBND"), ("45/KH-UBND", "11/NQ-HĐND")} <= implements
    assert ("45/KH-UBND", "57-NQ/TW") not in implements


def test_a_directive_published_in_full_is_the_text_itself() -> None:
    gold = run(
        "Ngày 6/8, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 21-CT/TU về tăng cường công tác dân vận. "
        "Nội dung Chỉ thị như sau:\nThời gian qua, thực hiện Kết luận số 114-KL/TW của Ban Bí thư, công tác dân vận "
        "có chuyển biến."
    )
    cited = {t for _, t in relations(gold, "CITES")}
    assert cited == {"114-KL/TW"}


# --- CITES --------------------------------------------------------------------------------------


def test_each_meeting_cites_the_documents_of_its_own_passage() -> None:
    from loaders.extract.model import Meeting
    from loaders.extract.relations import cites
    from loaders.extract.resolutions import extract_resolutions
    from loaders.extract.text import Doc

    text = (
        "Sáng 3/6, Ban Thường vụ Tỉnh ủy họp cho ý kiến Kế hoạch số 10-KH/TU.\n"
        "Chiều cùng ngày, HĐND tỉnh họp kỳ họp chuyên đề thông qua Nghị quyết số 20/NQ-HĐND."
    )
    doc = Doc.of(text, "2025-06")
    _, found = extract_resolutions(doc)
    first = Meeting("Ban Thường vụ Tỉnh ủy", "2025-06-03", None, "phiên họp", [doc.span(5, 30)])
    second = Meeting("HĐND tỉnh", "2025-06-03", None, "kỳ họp", [doc.span(text.index("HĐND"), text.index("HĐND") + 9)])
    pairs = {(r.source, r.target) for r in cites(doc, found, [first, second], None)}
    assert pairs == {("meeting:0", "10-KH/TU"), ("meeting:1", "20/NQ-HĐND")}


# --- read off real articles (second batch) --------------------------------------------------------


def test_a_five_year_plan_is_not_plan_number_five() -> None:
    gold = run("Tỉnh phấn đấu hoàn thành Kế hoạch 5 năm (2021 - 2025) và Nghị quyết 3 năm liền kề.")
    assert not any(r["number"] for r in gold["resolutions"])


def test_an_upper_case_title_keeps_the_issuer_code_of_the_prime_minister() -> None:
    gold = run("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ\nThực hiện Chỉ thị số 19/CT-TTg.")
    assert keys(gold) == {"19/CT-TTg"}


def test_a_preamble_implements_its_listed_documents_not_those_named_in_their_topics() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nSố: 77/KH-UBND\nKẾ HOẠCH\n"
        "Thực hiện Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ về phát động thi đua theo Nghị quyết Đại hội đại "
        "biểu toàn quốc lần thứ XIII của Đảng và Kế hoạch số 30/KH-HĐTĐKT của Hội đồng Thi đua - Khen thưởng "
        "Trung ương, UBND tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n"
    )
    implements = relations(gold, "IMPLEMENTS")
    assert {("77/KH-UBND", "12/CT-TTg"), ("77/KH-UBND", "30/KH-HĐTĐKT")} <= implements
    assert not any(t.startswith("Nghị quyết Đại hội") for _, t in implements)


def test_the_plan_being_issued_with_its_contents_is_the_header_document() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nSố: 88/KH-UBND\nKẾ HOẠCH\nCăn cứ Quyết định số 919/QĐ-TTg của Thủ tướng Chính phủ;\n"
        "UBND tỉnh ban hành Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm năm 2024 với những nội dung sau:\n"
    )
    assert keys(gold) == {"88/KH-UBND", "919/QĐ-TTg"}


def test_a_law_cited_with_its_date_and_a_plan_inside_a_submissions_topic() -> None:
    gold = run(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; sau khi xem xét Tờ trình của Ủy ban "
        "nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030."
    )
    assert keys(gold) == {
        "Luật Tổ chức chính quyền địa phương",
        "Tờ trình của Ủy ban nhân dân tỉnh về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
    }


def test_a_report_named_again_by_its_issuer_is_the_same_report() -> None:
    gold = run(
        "Hội nghị nghe Báo cáo của Ban Thường vụ Huyện ủy về kết quả đại hội chi bộ. Các đại biểu thống nhất với "
        "Báo cáo của Ban Thường vụ Huyện ủy cả về ưu điểm và hạn chế."
    )
    assert len(gold["resolutions"]) == 1


def test_two_drafts_joined_by_and_are_two_documents_and_plural_objects_are_generic() -> None:
    gold = run(
        "Hội nghị thông qua dự thảo Báo cáo kiểm điểm Ban Chấp hành nhiệm kỳ 2020 - 2025 và dự thảo Báo cáo chính "
        "trị trình Đại hội. Hội nghị thống nhất kế hoạch triển khai thực hiện các nghị quyết trong năm 2026."
    )
    assert keys(gold) == {"Báo cáo kiểm điểm Ban Chấp hành nhiệm kỳ 2020 - 2025", "Báo cáo chính trị trình Đại hội"}


def test_a_document_never_implements_one_issued_after_it() -> None:
    gold = run(
        "Thực hiện Kế hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 100-KL/TW "
        "của Ban Bí thư và Kết luận số 111-KL/TU ngày 14/8/2017 của Ban Thường vụ Tỉnh ủy, công tác dư luận xã hội "
        "có chuyển biến."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert ("25-KH/TU", "100-KL/TW") in implements
    assert ("25-KH/TU", "111-KL/TU") not in implements


def test_a_plan_named_by_its_length_is_not_one_document() -> None:
    gold = run("Nhân dân thi đua thực hiện thắng lợi Kế hoạch 5 năm (2026 - 2030) của tỉnh.")
    assert keys(gold) == set()


def test_a_party_symbol_with_a_compound_issuer() -> None:
    gold = run("Tỉnh đoàn ban hành Kế hoạch số 45-KH/TĐTN-TNTH ngày 5/3/2025.")
    assert keys(gold) == {"45-KH/TĐTN-TNTH"}


def test_a_plan_carrying_out_both_resolutions_named_before() -> None:
    gold = run(
        "Với Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành "
        "Kế hoạch số 11-KH/TU thực hiện đồng thời hai nghị quyết này."
    )
    assert {("11-KH/TU", "57-NQ/TW"), ("11-KH/TU", "68-NQ/TW")} <= relations(gold, "IMPLEMENTS")


def test_a_plan_carrying_out_the_directive_named_before() -> None:
    gold = run(
        "Để triển khai Chỉ thị số 25-CT/TU, Hội Nông dân tỉnh ban hành Kế hoạch số 30/KH-HND; Tỉnh đoàn ban hành "
        "Kế hoạch số 99-KH/TĐTN thực hiện chỉ thị."
    )
    assert {("30/KH-HND", "25-CT/TU"), ("99-KH/TĐTN", "25-CT/TU")} <= relations(gold, "IMPLEMENTS")


def test_a_resolution_made_to_carry_out_a_named_project() -> None:
    gold = run(
        "Nghị quyết số 08-NQ/TU được Tỉnh ủy ban hành nhằm cụ thể hóa Đề án tái cơ cấu ngành nông nghiệp tỉnh "
        "Đồng Tháp."
    )
    assert ("08-NQ/TU", "Đề án tái cơ cấu ngành nông nghiệp tỉnh Đồng Tháp") in relations(gold, "IMPLEMENTS")


def test_a_second_document_listed_after_the_first_ones_topic() -> None:
    gold = run(
        "Quy hoạch tỉnh được xây dựng nhằm cụ thể hóa Nghị quyết số 09-NQ/TW của Bộ Chính trị về xây dựng, phát "
        "triển tỉnh đến năm 2030 và Nghị quyết số 55/2022/QH15 của Quốc hội về thí điểm một số cơ chế đặc thù."
    )
    implements = relations(gold, "IMPLEMENTS")
    sources = {s for s, _ in implements}
    assert len(sources) == 1
    assert {t for _, t in implements} == {"09-NQ/TW", "55/2022/QH15"}


def test_a_decision_with_two_content_verbs() -> None:
    gold = run(
        "Đồng chí Trưởng Ban Tổ chức Trung ương trao quyết định của Bộ Chính trị điều động, chỉ định ông Lê Văn An."
    )
    assert kinds(gold) == {"Quyết định của Bộ Chính trị điều động, chỉ định ông Lê Văn An": "QĐ"}


def test_plenum_and_congress_resolutions_named_by_session_or_term() -> None:
    gold = run(
        "Đoàn công tác làm việc về việc thực hiện Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa "
        "XIII. Nghị quyết Đại hội đại biểu Đảng bộ tỉnh khóa XIX, nhiệm kỳ 2020-2025 đã xác định ba khâu đột phá."
    )
    assert {r["kind"] for r in gold["resolutions"]} == {"NQ"}
    assert len(gold["resolutions"]) == 2


def test_an_upper_case_title_implements_each_document_it_lists() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nSố: 50/KH-UBND\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 240-KH/TU CỦA TỈNH ỦY VÀ NGHỊ "
        "QUYẾT SỐ 41-NQ/TW CỦA BỘ CHÍNH TRỊ\nI. MỤC ĐÍCH\n"
    )
    assert {("50/KH-UBND", "240-KH/TU"), ("50/KH-UBND", "41-NQ/TW")} <= relations(gold, "IMPLEMENTS")


def test_a_headline_plan_for_a_programme_is_the_numbered_plan() -> None:
    gold = run(
        "Kế hoạch thực hiện Chương trình hành động của Chính phủ về kinh tế tư nhân theo Nghị quyết số 10-NQ/TW\n"
        "Ngày 15/6/2023, UBND tỉnh ban hành Kế hoạch số 100/KH-UBND thực hiện Chương trình hành động của Chính phủ "
        "tiếp tục thực hiện Nghị quyết số 10-NQ/TW."
    )
    assert {r["key"] for r in gold["resolutions"] if r["kind"] == "KH"} == {"100/KH-UBND"}


def test_a_report_still_to_be_drawn_up_is_not_a_document() -> None:
    gold = run(
        "Thủ tướng giao Bộ Tài chính xây dựng báo cáo tình hình phát triển vùng giai đoạn 2021-2025 và báo cáo "
        "đánh giá kết quả thực hiện Quyết định số 941/QĐ-TTg."
    )
    assert keys(gold) == {"941/QĐ-TTg"}


def test_a_plan_issued_by_a_decision_implements_the_decision() -> None:
    gold = run(
        "UBND tỉnh ban hành Quyết định số 120/QĐ-UBND ngày 3/3/2025 ban hành Kế hoạch số 45/KH-UBND thực hiện Nghị "
        "quyết số 57-NQ/TW."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert {("45/KH-UBND", "57-NQ/TW"), ("45/KH-UBND", "120/QĐ-UBND")} <= implements
    assert ("120/QĐ-UBND", "57-NQ/TW") not in implements


def test_several_documents_made_together_to_carry_out_one() -> None:
    gold = run(
        "Trước khi hợp nhất, Tỉnh ủy A ban hành Kế hoạch số 205-KH/TU, Tỉnh ủy B có Chương trình hành động số "
        "31-CTr/TU, cùng để thực hiện Nghị quyết số 57-NQ/TW."
    )
    assert {("205-KH/TU", "57-NQ/TW"), ("31-CTr/TU", "57-NQ/TW")} <= relations(gold, "IMPLEMENTS")


def test_a_report_cited_after_according_to_and_a_topic_with_a_modal_inside() -> None:
    gold = run(
        "Theo Báo cáo sơ kết 3 năm thực hiện Nghị quyết số 07-NQ/TU do đồng chí Phó Bí thư trình bày, kết quả khá. "
        "Kỳ họp thông qua nghị quyết về danh mục các công trình, dự án cần thu hồi đất năm 2026."
    )
    assert {
        "Báo cáo sơ kết 3 năm thực hiện Nghị quyết số 07-NQ/TU",
        "Nghị quyết về danh mục các công trình, dự án cần thu hồi đất năm 2026",
    } <= keys(gold)


def test_a_party_symbol_reused_by_an_earlier_term_is_another_document() -> None:
    gold = run(
        "Ban Chấp hành Đảng bộ tỉnh khóa I ban hành Nghị quyết số 06-NQ/TU ngày 24/11/2025 về kinh tế số, tiếp nối "
        "Nghị quyết số 06-NQ/TU của Tỉnh ủy khóa XVII về chuyển đổi số. Huyện ủy ban hành Nghị quyết số 04-NQ/HU "
        "ngày 15/3/2021 về phát triển chè, kế thừa kết quả của Nghị quyết số 04-NQ/HU nhiệm kỳ 2015 - 2020."
    )
    numbers = sorted(r["number"] for r in gold["resolutions"])
    assert numbers == ["04", "04", "06", "06"]
    assert len(keys(gold)) == 4


def test_the_same_symbol_named_twice_is_one_document() -> None:
    gold = run(
        "Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU ngày 2/3/2022 của Ban Chấp hành Đảng bộ tỉnh khóa XX về du lịch. "
        "Sau hai năm, Nghị quyết số 09-NQ/TU của Tỉnh ủy khóa XX đã đi vào cuộc sống."
    )
    assert keys(gold) == {"09-NQ/TU"}


def test_experience_of_carrying_out_a_document_is_not_an_implementation() -> None:
    gold = run(
        "Tỉnh thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025, có kế thừa kinh nghiệm triển khai Chỉ thị số 35-CT/TW "
        "ngày 30/5/2019 của Bộ Chính trị."
    )
    assert relations(gold, "IMPLEMENTS") == set()


def test_a_named_project_listed_after_a_resolution_is_a_target_too() -> None:
    gold = run(
        "Nghị quyết số 11-NQ/TU được Tỉnh ủy ban hành nhằm cụ thể hóa Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần "
        "thứ XI và Đề án phát triển du lịch cộng đồng tỉnh Lào Cai."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert ("11-NQ/TU", "Đề án phát triển du lịch cộng đồng tỉnh Lào Cai") in implements


def test_a_bare_directive_of_its_issuer_is_the_nearest_one_named_before() -> None:
    gold = run(
        "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị kế thừa Chỉ thị số 35-CT/TW ngày 30/5/2019. Ngay sau "
        "khi chỉ thị 35 ban hành, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 158-KH/TU thực hiện chỉ thị của Bộ "
        "Chính trị."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert ("158-KH/TU", "35-CT/TW") in implements


def test_a_decision_approving_a_plan_is_no_implementation_without_a_cue() -> None:
    gold = run(
        "Căn cứ Quyết định số 219/QĐ-TTg ngày 17/2/2022 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Bắc Giang "
        "thời kỳ 2021 - 2030. Phó Thủ tướng vừa ký Quyết định số 1586/QĐ-TTg phê duyệt Quy hoạch tỉnh Bình Định "
        "thời kỳ 2021 - 2030."
    )
    assert relations(gold, "IMPLEMENTS") == set()


def test_at_the_same_time_belongs_to_the_plan_not_to_the_conclusion_in_its_topic() -> None:
    gold = run(
        "Hội nghị cho ý kiến vào dự thảo Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 91-KL/TW của Bộ "
        "Chính trị về tiếp tục thực hiện Nghị quyết số 29-NQ/TW về giáo dục, đồng thời thực hiện Nghị quyết số "
        "12-NQ/TU của Tỉnh ủy. Đối với kế hoạch thực hiện Kết luận 91, giao Ban Tuyên giáo Tỉnh ủy chủ trì."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert ("91-KL/TW", "12-NQ/TU") not in implements
    plan = "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Kết luận số 91-KL/TW"
    assert {(plan, "91-KL/TW"), (plan, "12-NQ/TU"), ("91-KL/TW", "29-NQ/TW")} <= implements
    assert {r["key"] for r in gold["resolutions"] if r["kind"] == "KH"} == {plan}


def test_descriptions_stop_where_names_run_on() -> None:
    gold = run(
        "Hội nghị nghe Tờ trình về việc điều chỉnh quy hoạch đô thị Vĩnh Yên và thống nhất thông qua. Hội nghị "
        "thông qua Báo cáo tổng kết công tác năm 2024 của Huyện ủy Khóa XX. Đồng chí Bí thư cho ý kiến vào dự thảo "
        "Báo cáo chính trị trình Đại hội đồng chủ trì phiên thảo luận. Hội nghị cho ý kiến vào Báo cáo kết quả "
        "thực hiện nhiệm vụ năm 2024, Đề án thành lập phường Nam Sơn, Tờ trình về nhân sự."
    )
    assert {
        "Tờ trình về việc điều chỉnh quy hoạch đô thị Vĩnh Yên",
        "Báo cáo tổng kết công tác năm 2024 của Huyện ủy",
        "Báo cáo chính trị trình Đại hội",
        "Báo cáo kết quả thực hiện nhiệm vụ năm 2024",
        "Tờ trình về nhân sự",
    } == keys(gold)


def test_a_plan_drawn_up_right_here_owns_the_cue_after_a_decision() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nSố:\n54/KH-UBND\nThực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính "
        "phủ, UBND tỉnh xây dựng Kế hoạch hành động thực hiện Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu "
        "đời” đến năm 2025 như sau:\n1. Mục tiêu chung\n"
    )
    implements = relations(gold, "IMPLEMENTS")
    assert keys(gold) == {"54/KH-UBND", "1896/QĐ-TTg"}
    assert ("54/KH-UBND", "1896/QĐ-TTg") in implements
    assert not any(s == "1896/QĐ-TTg" for s, _ in implements)
    assert "54/KH-UBND" not in {t for _, t in relations(gold, "CITES")}


def test_an_official_letter_about_deploying_a_decision_carries_it_out() -> None:
    # (GOLD_FORMAT: X "was made to carry out" Y; the hand annotations of real letters and circulars "về (việc) triển
    # khai / hướng dẫn thực hiện" a decision count it, s15; the plan carrying out the letter is another relation)
    gold = run("Thực hiện Công văn số 2928/LĐTBXH-BVCSTE của Bộ về việc triển khai Quyết định số 34/2014/QĐ-TTg.")
    assert relations(gold, "IMPLEMENTS") == {("2928/LĐTBXH-BVCSTE", "34/2014/QĐ-TTg")}


def test_a_header_plan_issued_to_carry_out_a_named_project() -> None:
    gold = run(
        "ỦY BAN NHÂN DÂN\nSố: 24/KH-UBND\nKẾ HOẠCH\nCăn cứ Nghị quyết số 14/2020/NQ-HĐND của HĐND tỉnh;\nUBND tỉnh "
        "ban hành Kế hoạch triển khai thực hiện Đề án xây dựng nếp sống văn minh đô thị giai đoạn 2021-2025 như "
        "sau:\nI. MỤC ĐÍCH\n"
    )
    implements = relations(gold, "IMPLEMENTS")
    # (the project's name is the projects extractor's; here only that the plan implements it)
    assert any(s == "24/KH-UBND" and t.startswith("Đề án xây dựng nếp sống văn minh") for s, t in implements)


def test_a_resolution_named_by_its_committee_and_quarter() -> None:
    gold = run("Các chỉ tiêu đều đạt so với Nghị quyết Tỉnh ủy quý I-2024.")
    assert kinds(gold) == {"Nghị quyết Tỉnh ủy quý I-2024": "NQ"}


def test_the_plans_of_two_bodies_carrying_out_one_resolution_are_two_plans() -> None:
    gold = run("Tỉnh đã ban hành các kế hoạch của Tỉnh ủy, UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW.")
    plans = {
        "Kế hoạch của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW",
        "Kế hoạch của UBND tỉnh thực hiện Nghị quyết số 57-NQ/TW",
    }
    assert plans <= keys(gold)
    assert {(p, "57-NQ/TW") for p in plans} <= relations(gold, "IMPLEMENTS")


def test_a_report_on_two_documents_joined_by_and_is_two_reports() -> None:
    gold = run(
        "Ban Thường vụ cho ý kiến vào báo cáo sơ kết 3 năm thực hiện Nghị quyết số 06-NQ/TU ngày 16/11/2021 của Ban "
        "Chấp hành Đảng bộ tỉnh về phát triển nông nghiệp và Chỉ thị số 11-CT/TU ngày 5/4/2022 của Ban Thường vụ "
        "Tỉnh ủy về quản lý đất đai."
    )
    assert {
        "Báo cáo sơ kết 3 năm thực hiện Nghị quyết số 06-NQ/TU",
        "Báo cáo sơ kết 3 năm thực hiện Chỉ thị số 11-CT/TU",
    } <= keys(gold)


def test_a_headline_plan_is_the_plan_that_carries_out_the_same_resolution_named_again() -> None:
    gold = run(
        "Đảng ủy Bộ Xây dựng ban hành kế hoạch thực hiện Nghị quyết 68-NQ/TW\nHội nghị quán triệt Nghị quyết số "
        "68-NQ/TW của Bộ Chính trị. Ban Thường vụ Đảng ủy Bộ đã ban hành Kế hoạch số 27-KH/ĐU thực hiện Nghị quyết "
        "của Bộ Chính trị trong Đảng bộ."
    )
    assert {r["key"] for r in gold["resolutions"] if r["kind"] == "KH"} == {"27-KH/ĐU"}


def test_the_central_committee_written_with_its_vowel_in_a_symbol() -> None:
    gold = run("Thực hiện Nghị quyết số 57-NQ/TƯ của Bộ Chính trị, Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.")
    assert keys(gold) == {"57-NQ/TW", "12-KH/TU"}
    assert ("12-KH/TU", "57-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_notice_with_its_title_first_and_the_minutes_are_not_cited() -> None:
    gold = run(
        "THÔNG BÁO\n\nKẾT LUẬN TẠI HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ TỈNH về tình hình thực hiện nhiệm vụ 6 tháng đầu "
        "năm\n\n"
        "Ngày 29/6/2025, Ban Chấp hành Đảng bộ tỉnh họp (Biên bản số 210-BB/TU) cho ý kiến về tình hình thực hiện "
        "Chỉ thị số 05-CT/TW của Bộ Chính trị."
    )
    assert {t for _, t in relations(gold, "CITES")} == {"05-CT/TW"}


def test_a_report_named_again_in_other_words_is_the_same_report() -> None:
    gold = run(
        "Hội nghị cho ý kiến Báo cáo kết quả triển khai thực hiện Kết luận số 99-KL/TW của Bộ Chính trị. Đồng chí "
        "Chủ nhiệm Ủy ban Kiểm tra góp ý vào báo cáo kết quả thực hiện Kết luận số 99-KL/TW. Hội nghị cho ý kiến báo "
        "cáo kết quả triển khai thực hiện Đề án chuyển đổi số trong các cơ quan Đảng ban hành kèm theo Quyết định số "
        "204-QĐ/TW."
    )
    reports = {r["key"] for r in gold["resolutions"] if r["kind"] == "BC"}
    assert reports == {
        "Báo cáo kết quả triển khai thực hiện Kết luận số 99-KL/TW",
        "Báo cáo kết quả triển khai thực hiện Đề án chuyển đổi số trong các cơ quan Đảng",
    }


def test_a_decision_handed_over_or_announced_named_by_what_it_decides() -> None:
    gold = run(
        "Chủ tịch UBND tỉnh trao quyết định bổ nhiệm ông Trần Văn Hùng giữ chức Giám đốc Sở Xây dựng. Hội nghị công "
        "bố quyết định thành lập Đảng bộ xã Tân Lập. Phó Chủ tịch UBND tỉnh trao các quyết định bổ nhiệm cán bộ."
    )
    assert kinds(gold) == {
        "Quyết định bổ nhiệm ông Trần Văn Hùng giữ chức Giám đốc Sở Xây dựng": "QĐ",
        "Quyết định thành lập Đảng bộ xã Tân Lập": "QĐ",
    }


def test_a_term_named_two_ways_is_still_one_document() -> None:
    gold = run(
        "Nghị quyết số 05-NQ/TU ngày 15/3/2021 của Ban Chấp hành Đảng bộ tỉnh khóa XX về du lịch đạt kết quả tốt. "
        "Nghị quyết số 05-NQ/TU của Tỉnh ủy nhiệm kỳ 2020 - 2025 được sơ kết."
    )
    assert keys(gold) == {"05-NQ/TU"}


def test_a_described_document_named_again_in_nearly_the_same_words_is_one() -> None:
    gold = run(
        "Tổ biên tập hoàn thiện Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XX. Đồng chí "
        "Trưởng ban đề nghị hoàn thiện Dự thảo Báo cáo chính trị Đại hội đại biểu Đảng bộ tỉnh lần thứ XX. Hội nghị "
        "nghe Báo cáo tình hình kinh tế - xã hội năm 2024 và thông qua Báo cáo tình hình kinh tế - xã hội năm 2025."
    )
    assert len([r for r in gold["resolutions"] if r["kind"] == "BC"]) == 3


def test_a_comma_list_of_drafts() -> None:
    gold = run(
        "Các Bí thư Tỉnh ủy trình bày dự thảo các văn kiện gồm: Báo cáo chính trị, Báo cáo kiểm điểm sự lãnh đạo "
        "của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025, dự thảo Nghị quyết Đại hội, Đề án nhân sự cấp ủy."
    )
    assert "Báo cáo kiểm điểm sự lãnh đạo của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020-2025" in keys(gold)


def test_a_lower_case_draft_in_a_list_opened_by_consisting_of() -> None:
    gold = run(
        "Các đồng chí trình bày dự thảo văn kiện gồm: Báo cáo chính trị, dự thảo Nghị quyết Đại hội, Đề án nhân sự."
    )
    assert {"Báo cáo chính trị", "Nghị quyết Đại hội"} <= keys(gold)


def test_purpose_clauses_with_a_manner_or_the_direction_they_carry_out() -> None:
    gold = run(
        "Để triển khai có hiệu quả Nghị quyết số 57-NQ/TW, Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 33-KH/HU. "
        "Thực hiện chỉ đạo của Tỉnh ủy tại Kết luận số 10-KL/TU, UBND tỉnh đã ban hành Quyết định số 99/QĐ-UBND."
    )
    assert {("33-KH/HU", "57-NQ/TW"), ("99/QĐ-UBND", "10-KL/TU")} <= relations(gold, "IMPLEMENTS")


def test_a_congress_resolution_named_with_and_without_its_term_and_unit_is_one() -> None:
    gold = run(
        "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Bến Tre lần thứ XII\nBáo trân trọng đăng toàn văn Nghị quyết Đại hội "
        "đại biểu Đảng bộ tỉnh Bến Tre lần thứ XII, nhiệm kỳ 2025 - 2030. Đại hội đánh giá kết quả thực hiện Nghị "
        "quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 và Nghị quyết Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ XI."
    )
    assert len(gold["resolutions"]) == 2
    cited = {t for _, t in relations(gold, "CITES")}
    assert len(cited) == 1  # the text publishes the XII congress resolution: it is the document itself


def test_an_official_letter_by_its_symbol_is_a_letter_and_carries_out_what_it_is_about() -> None:
    # (a letter "về việc thực hiện" a directive was made to carry it out: implements.letter_on, s15)
    gold = run("UBND tỉnh có văn bản số 4912/UBND-NC về việc thực hiện Chỉ thị số 12/CT-TTg của Thủ tướng Chính phủ.")
    assert kinds(gold)["4912/UBND-NC"] == "CV"
    assert relations(gold, "IMPLEMENTS") == {("4912/UBND-NC", "12/CT-TTg")}


def test_a_plan_issued_with_a_decision_and_the_project_it_carries_out() -> None:
    gold = run(
        "Tỉnh tiếp tục thực hiện Kế hoạch thực hiện Quy hoạch tỉnh Bình Thuận thời kỳ 2021 - 2030 ban hành kèm theo "
        "Quyết định số 1416/QĐ-UBND ngày 12/6/2024 của UBND tỉnh."
    )
    implements = relations(gold, "IMPLEMENTS")
    plan = next(k for k in keys(gold) if k.startswith("Kế hoạch"))
    assert (plan, "1416/QĐ-UBND") in implements
    assert not any(s.startswith("Quy hoạch") for s, _ in implements)


def test_a_programme_still_to_be_drawn_up_implements_nothing_yet() -> None:
    gold = run(
        "Bí thư Tỉnh ủy giao Đảng ủy UBND tỉnh chủ trì tham mưu xây dựng chương trình hành động thực hiện Nghị quyết "
        "số 68-NQ/TW, trình Ban Thường vụ Tỉnh ủy trước ngày 30/6."
    )
    assert relations(gold, "IMPLEMENTS") == set()


def test_a_programme_annexed_to_a_resolution_implements_it() -> None:
    gold = run(
        "Tỉnh triển khai Chương trình hành động của Chính phủ thực hiện Nghị quyết số 26-NQ/TW ban hành kèm theo "
        "Nghị quyết số 168/NQ-CP ngày 11/10/2023 của Chính phủ."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert any(t == "168/NQ-CP" and s.startswith("Chương trình hành động") for s, t in implements)
    assert ("26-NQ/TW", "168/NQ-CP") not in implements


def test_a_headline_plan_for_a_programme_does_not_implement_what_the_programme_carries_out() -> None:
    gold = run(
        "Kế hoạch thực hiện Chương trình hành động của Chính phủ tiếp tục thực hiện Nghị quyết số 10-NQ/TW\n"
        "Ngày 15/6/2023, UBND tỉnh ban hành Kế hoạch số 100/KH-UBND thực hiện Chương trình hành động của Chính phủ "
        "tiếp tục thực hiện Nghị quyết số 10-NQ/TW."
    )
    assert ("100/KH-UBND", "10-NQ/TW") not in relations(gold, "IMPLEMENTS")


def test_a_lower_case_short_mention_gets_a_capitalised_key() -> None:
    gold = run("Tỉnh tập trung thực hiện nghị quyết 57, tạo chuyển biến rõ nét.")
    assert keys(gold) == {"Nghị quyết 57"}


def test_congress_resolutions_with_and_without_the_units_name_are_one_but_not_other_sessions() -> None:
    gold = run(
        "Xã quán triệt Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 – 2030. Các đại biểu quán "
        "triệt Nghị quyết Đại hội đại biểu Đảng bộ xã Sao Vàng lần thứ I, nhiệm kỳ 2025-2030, kế thừa Nghị quyết Đại "
        "hội đại biểu Đảng bộ xã lần thứ II."
    )
    assert len(gold["resolutions"]) == 2


def test_plans_to_be_drawn_up_for_a_deadline_or_by_guidance_are_not_documents() -> None:
    gold = run(
        "Giao các sở xây dựng Chương trình/Kế hoạch của UBND tỉnh về thực hiện 4 chương trình công tác trọng tâm, "
        "trình UBND tỉnh trong tháng 01/2021. Hướng dẫn các chi bộ xây dựng Kế hoạch hành động thực hiện Nghị quyết "
        "Đại hội Đảng bộ xã khóa I, nhiệm kỳ 2025-2030."
    )
    assert {r["kind"] for r in gold["resolutions"]} == {"NQ"}


def test_a_plan_already_drawn_up_is_a_document() -> None:
    gold = run("Ban Thường vụ Huyện ủy đã xây dựng Kế hoạch thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XXV.")
    assert {r["kind"] for r in gold["resolutions"]} == {"KH", "NQ"}


def test_a_task_goes_to_the_plan_not_to_the_resolutions_it_points_back_at() -> None:
    gold = run(
        "Với Nghị quyết số 57-NQ/TW và Nghị quyết số 68-NQ/TW, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số "
        "08-KH/TU thực hiện đồng thời hai nghị quyết này, giao Sở Tài chính chủ trì xây dựng trung tâm dữ liệu."
    )
    assert {s for s, _ in relations(gold, "ASSIGNED_TO")} == {"08-KH/TU"}


def test_a_headline_resolution_by_issuer_and_topic_is_the_numbered_one_named_below() -> None:
    gold = run(
        "Quảng Ninh triển khai nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã\n"
        "Tỉnh thực hiện Nghị quyết số 76/2025/UBTVQH15 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính "
        "năm 2025. HĐND tỉnh thông qua nghị quyết về chủ trương sắp xếp các đơn vị hành chính cấp xã năm 2025."
    )
    assert keys(gold) == {
        "76/2025/UBTVQH15",
        "Nghị quyết về chủ trương sắp xếp các đơn vị hành chính cấp xã năm 2025",
    }


def test_a_plenum_resolution_named_by_session_is_the_one_numbered_resolution_of_that_term() -> None:
    gold = run(
        "Tỉnh tổng kết 10 năm thực hiện Nghị quyết số 33-NQ/TW ngày 9/6/2014 của Ban Chấp hành Trung ương Đảng khóa "
        "XI về văn hóa. Năm 2020, thực hiện Kết luận số 76-KL/TW về tiếp tục thực hiện Nghị quyết Trung ương 9 khóa "
        "XI, tỉnh bổ sung nhiều chỉ tiêu."
    )
    assert keys(gold) == {"33-NQ/TW", "76-KL/TW"}
    assert ("76-KL/TW", "33-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_the_date_a_sentence_opens_with_is_the_date_the_document_it_issues_was_issued() -> None:
    gold = run(
        "Nghị quyết số 05-NQ/TU ngày 16/3/2021 của Tỉnh ủy nhiệm kỳ 2020 - 2025 đã hoàn thành. Ngày 10/12/2025, Ban "
        "Chấp hành Đảng bộ tỉnh đã ban hành Nghị quyết số 05-NQ/TU về phát triển nông nghiệp sinh thái."
    )
    assert sorted(r["issued_on"] for r in gold["resolutions"]) == ["2021-03-16", "2025-12-10"]


def test_one_number_of_two_issuers_is_two_documents_and_a_short_mention_joins_the_right_one() -> None:
    gold = run(
        "Tỉnh thực hiện Nghị quyết số 01/NQ-CP của Chính phủ và Nghị quyết số 01-NQ/TU của Tỉnh ủy. "
        "Chỉ thị số 35-CT/TW của Bộ Chính trị được quán triệt; thực hiện chỉ thị 35, các đảng bộ tổ chức đại hội."
    )
    assert keys(gold) == {"01/NQ-CP", "01-NQ/TU", "35-CT/TW"}


def test_short_mentions_whose_central_issuer_follows_their_topics() -> None:
    gold = run(
        "Hội nghị quán triệt Nghị quyết 79 về phát triển kinh tế nhà nước và Nghị quyết 80 về phát triển văn hóa "
        "của Bộ Chính trị."
    )
    assert keys(gold) == {"79-NQ/TW", "80-NQ/TW"}


def test_plenum_resolutions_of_two_terms_and_an_upper_case_rule_symbol() -> None:
    gold = run(
        "Sau khi có các Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng, công tác kiểm tra được nâng lên. "
        "HƯỚNG DẪN THỰC HIỆN QUY ĐỊNH SỐ 07-QĐI/TW CỦA BỘ CHÍNH TRỊ"
    )
    assert keys(gold) == {"Nghị quyết Trung ương 4 khóa XI", "Nghị quyết Trung ương 4 khóa XII", "07-QĐi/TW"}


def test_the_headline_documents_go_to_the_main_meeting() -> None:
    from loaders.extract.model import Meeting
    from loaders.extract.relations import cites
    from loaders.extract.resolutions import extract_resolutions
    from loaders.extract.text import Doc

    text = (
        "Quán triệt Nghị quyết số 57-NQ/TW\nSáng 3/6, HĐND tỉnh họp. Chiều 3/6, Tỉnh ủy họp bàn Kế hoạch số 10-KH/TU."
    )
    doc = Doc.of(text, "2025-06")
    _, found = extract_resolutions(doc)
    at_council, at_committee = text.index("HĐND"), text.index("Tỉnh ủy")
    main = Meeting("Tỉnh ủy", "2025-06-03", None, "hội nghị", [doc.span(at_committee, at_committee + 7)])
    other = Meeting("HĐND tỉnh", "2025-06-03", None, "kỳ họp", [doc.span(at_council, at_council + 9)])
    pairs = {(r.source, r.target) for r in cites(doc, found, [main, other], None)}
    assert pairs == {("meeting:0", "57-NQ/TW"), ("meeting:0", "10-KH/TU")}


def test_a_plan_carrying_out_the_goals_and_tasks_of_a_resolution() -> None:
    gold = run(
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 21-KH/HU nhằm thực hiện thắng lợi các mục tiêu, nhiệm vụ, giải "
        "pháp của Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXV."
    )
    implements = relations(gold, "IMPLEMENTS")
    assert any(s == "21-KH/HU" and t.startswith("Nghị quyết Đại hội") for s, t in implements)


def test_a_list_of_resolutions_each_with_its_own_cue_does_not_chain() -> None:
    gold = run("Tỉnh tập trung thực hiện Nghị quyết số 57-NQ/TW, thực hiện Nghị quyết số 68-NQ/TW trong năm 2025.")
    assert relations(gold, "IMPLEMENTS") == set()


def test_plans_each_named_after_its_own_cue_do_not_chain() -> None:
    gold = run("Các sở tiếp tục triển khai Kế hoạch số 10-KH/TU, thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy.")
    assert relations(gold, "IMPLEMENTS") == set()


def test_a_plan_carried_on_with_its_own_cue_right_after_it_still_implements() -> None:
    gold = run("UBND tỉnh tiếp tục triển khai Kế hoạch số 10/KH-UBND thực hiện Nghị quyết số 57-NQ/TW.")
    assert ("10/KH-UBND", "57-NQ/TW") in relations(gold, "IMPLEMENTS")


def test_a_governments_action_programme_named_by_its_resolution_in_brackets() -> None:
    gold = run(
        "Ngày 10/7/2024, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND thực hiện Chương trình hành động của Chính phủ "
        "tiếp tục thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 về công nghiệp hóa; cụ thể hóa các nhiệm vụ tại "
        "Chương trình hành động của Chính phủ (Nghị quyết số 77/NQ-CP ngày 2/4/2024 của Chính phủ).",
        "2024-07",
    )
    assert not [p for p in gold["projects"] if p["name"].startswith("Chương trình hành động của Chính phủ")]
    assert ("120/KH-UBND", "77/NQ-CP") in relations(gold, "IMPLEMENTS")


# --- one document however it is written, and its issuer's level ---------------------------------------------------


def by_key(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in gold["resolutions"]}


def test_a_plenum_resolution_named_by_its_number_and_by_its_plenum_is_one_document() -> None:
    # the plenum named after the symbol ("Hội nghị lần thứ 11 ..."), then the short name later
    gold = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 210-KH/TU thực hiện Nghị quyết số 13-NQ/TW ngày 10/11/2024 Hội "
        "nghị lần thứ mười một Ban Chấp hành Trung ương Đảng khóa XIII về phát triển vùng. Các chi bộ học tập Nghị "
        "quyết Trung ương 11 đến từng đảng viên."
    )
    assert keys(gold) == {"210-KH/TU", "13-NQ/TW"}
    # the short name in brackets right after the document it names
    gold = run(
        "Tỉnh ủy quán triệt Nghị quyết số 13-NQ/TW ngày 10/11/2024 của Ban Chấp hành Trung ương Đảng (Nghị quyết "
        "Trung ương 11) về phát triển vùng."
    )
    assert keys(gold) == {"13-NQ/TW"}
    # another plenum's short name stays another document
    gold = run(
        "Tỉnh ủy quán triệt Nghị quyết số 13-NQ/TW ngày 10/11/2024 Hội nghị lần thứ 11 Ban Chấp hành Trung ương "
        "Đảng khóa XIII và Nghị quyết Trung ương 8 khóa XIII."
    )
    assert keys(gold) == {"13-NQ/TW", "Nghị quyết Trung ương 8 khóa XIII"}


def test_the_issuer_named_before_ban_hanh_gives_the_level_and_the_unit() -> None:
    gold = run(
        "Ngày 8/6/2023, UBND huyện Yên Thành ban hành Kế hoạch số 77/KH-UBND thực hiện Kế hoạch số 11-KH/TU của Ban "
        "Thường vụ Tỉnh ủy. Đảng ủy xã Hưng Lộc đã ban hành Nghị quyết số 05-NQ/ĐU về chuyển đổi số."
    )
    found = by_key(gold)
    assert (found["77/KH-UBND"]["issuer"], found["77/KH-UBND"]["level"]) == ("UBND huyện Yên Thành", "district")
    assert (found["05-NQ/ĐU"]["issuer"], found["05-NQ/ĐU"]["level"]) == ("Đảng ủy xã Hưng Lộc", "commune")
    assert found["11-KH/TU"]["level"] == "provincial"
    gold = run("Thực hiện Kế hoạch số 41-KH/HU ngày 2/3/2024 của Ban Thường vụ Huyện ủy Anh Sơn về chuyển đổi số.")
    assert (by_key(gold)["41-KH/HU"]["issuer"], by_key(gold)["41-KH/HU"]["level"]) == (
        "Ban Thường vụ Huyện ủy Anh Sơn",
        "district",
    )


def test_central_party_committees_are_central_issuers_and_a_shared_code_takes_its_issuers_level() -> None:
    gold = run(
        "Thực hiện Kế hoạch số 12-KH/ĐUCP ngày 20/5/2025 của Đảng ủy Chính phủ, Nghị quyết số 08-NQ/ĐU ngày 3/1/2025 "
        "của Đảng ủy Quân sự tỉnh và Kế hoạch số 05-KH/ĐKT của Đoàn kiểm tra số 7 của Bộ Chính trị, Ban Thường vụ "
        "Tỉnh ủy ban hành Kế hoạch số 88-KH/TU."
    )
    found = by_key(gold)
    assert (found["12-KH/ĐUCP"]["issuer"], found["12-KH/ĐUCP"]["level"]) == ("Đảng ủy Chính phủ", "central")
    assert (found["08-NQ/ĐU"]["issuer"], found["08-NQ/ĐU"]["level"]) == ("Đảng ủy Quân sự tỉnh", "provincial")
    assert found["05-KH/ĐKT"]["level"] == "central"
    assert run("Thực hiện Kế hoạch số 12-KH/ĐUCP về chuyển đổi số.")["resolutions"][0]["level"] == "central"


def test_an_undated_article_takes_no_year_from_the_dates_of_the_documents_it_names() -> None:
    gold = extract(
        "Chiều 5/3, Ban Thường vụ Tỉnh ủy Gia Lai họp cho ý kiến dự thảo Kế hoạch thực hiện Nghị quyết số 57-NQ/TW "
        "ngày 22/12/2024 của Bộ Chính trị.",
        published=None,
    ).to_gold()
    assert [m["date"] for m in gold["meetings"]] == [None]
    # a date the article gives for an event does give it
    gold = extract(
        "Ngày 10/1/2025, Tỉnh ủy tổng kết năm. Chiều 5/3, Ban Thường vụ Tỉnh ủy Gia Lai họp cho ý kiến Kế hoạch "
        "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
        published=None,
    ).to_gold()
    assert [m["date"][:4] for m in gold["meetings"] if m["date"]] != ["2024"]


# --- constructions read off real articles of Bắc Ninh, Thái Nguyên, Gia Lai, Đắk Lắk, Khánh Hòa, Quảng Ngãi, Cần Thơ,
# --- An Giang, Cà Mau, Hà Nội (sentences written for the test) ---------------------------------------------------


def test_a_kind_word_then_a_number_and_a_party_code_is_a_party_symbol() -> None:
    gold = run("Thực hiện NQ số 33/TW tháng 6 năm 2014 của BCH TW Đảng, Tỉnh ủy đã ban hành NQ số 07-NQ/TU.")
    assert {(r["key"], r["kind"], r["number"]) for r in gold["resolutions"]} == {
        ("33-NQ/TW", "NQ", "33"),
        ("07-NQ/TU", "NQ", "07"),
    }


def test_a_decision_announced_by_what_it_orders_is_one_document() -> None:
    gold = run(
        "Tại Lâm Đồng, đoàn công tác của Bộ Chính trị công bố quyết định kiểm tra, giám sát chuyên đề với Ban Thường "
        "vụ Tỉnh ủy."
    )
    assert keys(gold) == {"Quyết định kiểm tra, giám sát chuyên đề với Ban Thường vụ Tỉnh ủy"}


def test_reports_of_many_bodies_are_not_one_document_and_the_summary_report_is() -> None:
    gold = run(
        "Hội nghị nghe Báo cáo tóm tắt 10 năm thực hiện Nghị quyết số 26-NQ/TW; báo cáo tham luận của các sở, ngành; "
        "ý kiến của các đại biểu, đồng chí Bí thư Tỉnh ủy phát biểu kết luận. HĐND tỉnh xem xét Tờ trình số "
        "12/TTr-UBND của UBND tỉnh, Báo cáo thẩm tra của các Ban và ý kiến đại biểu."
    )
    assert keys(gold) == {"26-NQ/TW", "Báo cáo tóm tắt 10 năm thực hiện Nghị quyết số 26-NQ/TW", "12/TTr-UBND"}


def test_a_plan_another_document_issued_is_not_the_text_announced_as_follows() -> None:
    gold = run(
        "Thực hiện Quyết định số 1200/QĐ-BTP ngày 2/8/2024 của Bộ Tư pháp về ban hành kế hoạch thực hiện Chương "
        "trình trợ giúp pháp lý giai đoạn 2024-2028, UBND tỉnh ban hành Kế hoạch triển khai trên địa bàn tỉnh như sau:"
    )
    assert keys(gold) == {"1200/QĐ-BTP", "Kế hoạch thực hiện Chương trình trợ giúp pháp lý giai đoạn 2024-2028"}


def test_one_congress_resolution_written_two_ways_and_a_bare_one_before_its_full_name() -> None:
    gold = run(
        "Cán bộ chiến sĩ học tập Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XII, Nghị quyết Đại hội lần thứ XIV "
        "của Đảng; quán triệt Chương trình hành động thực hiện Nghị quyết Đại hội XIV của Đảng."
    )
    assert keys(gold) == {"Nghị quyết Đại hội lần thứ XIV của Đảng", "Nghị quyết Đại hội Đảng bộ Quân đội lần thứ XII"}
    gold = run(
        "Tại phiên bế mạc, đồng chí Chánh Văn phòng Tỉnh ủy trình bày dự thảo Nghị quyết Đại hội. Các đại biểu biểu "
        "quyết thông qua Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025 - 2030."
    )
    assert keys(gold) == {"Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Quảng Trị lần thứ I, nhiệm kỳ 2025 - 2030"}


def test_a_committee_makes_its_resolution_of_a_year() -> None:
    gold = run("Đảng ủy Công an tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025 tại hội nghị chiều 12/12.")
    assert keys(gold) == {"Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025"}


def test_a_law_named_with_and_without_its_year_is_one_law() -> None:
    gold = run(
        "Căn cứ Luật Đầu tư công ngày 13/6/2019; Căn cứ Nghị định số 40/2020/NĐ-CP hướng dẫn Luật Đầu tư công 2019."
    )
    assert keys(gold) == {"Luật Đầu tư công", "40/2020/NĐ-CP"}


def test_a_decision_announced_by_what_it_orders_is_the_numbered_one_the_text_says_was_announced() -> None:
    gold = run(
        "Đoàn kiểm tra công bố quyết định kiểm tra tại Sơn La\n\nSáng 2/10, Đoàn kiểm tra số 5 của Bộ Chính trị đã "
        "công bố Quyết định số 1700-QĐ/TW ngày 20/9/2024 của Bộ Chính trị về kiểm tra việc thực hiện Chỉ thị số "
        "35-CT/TW."
    )
    assert keys(gold) == {"1700-QĐ/TW", "35-CT/TW"}


def test_a_provincial_boards_code_is_provincial_and_a_central_boards_central() -> None:
    gold = run(
        "Thực hiện Hướng dẫn số 12-HD/BTCTW ngày 3/4/2024 của Ban Tổ chức Trung ương, Ban Tổ chức Tỉnh ủy ban hành "
        "Hướng dẫn số 08-HD/BTCTU và Ủy ban Kiểm tra Tỉnh ủy ban hành Kế hoạch số 15-KH/UBKTTU."
    )
    levels = {r["key"]: r["level"] for r in gold["resolutions"]}
    assert levels == {"12-HD/BTCTW": "central", "08-HD/BTCTU": "provincial", "15-KH/UBKTTU": "provincial"}


def test_documents_named_in_lower_case_by_their_plenum_or_congress() -> None:
    gold = run(
        "Bộ Chính trị tổ chức hội nghị toàn quốc quán triệt nghị quyết hội nghị lần thứ 12 Ban Chấp hành Trung ương "
        "Đảng khóa 13. Cụ thể hóa nghị quyết Đại hội XIII, Bộ Chính trị ban hành Nghị quyết số 09-NQ/TW."
    )
    assert {r["kind"] for r in gold["resolutions"]} == {"NQ"} and len(gold["resolutions"]) == 3
    assert any(r["key"].startswith("Nghị quyết hội nghị lần thứ 12") for r in gold["resolutions"])


def test_documents_by_their_period_and_by_the_chairman_and_regulations_by_their_topic() -> None:
    gold = run(
        "Tỉnh ủy quyết tâm thực hiện thắng lợi Nghị quyết năm 2025 đã đề ra. Chỉ thị của Chủ tịch UBND tỉnh về việc "
        "tăng cường kỷ luật hành chính được ban hành ngày 2/1. Căn cứ Quy định về chế độ báo cáo của Đoàn và Quy chế "
        "làm việc của Ban Chấp hành Tỉnh đoàn khóa XV."
    )
    assert {(r["kind"], r["key"].split()[0]) for r in gold["resolutions"]} == {
        ("NQ", "Nghị"),
        ("CT", "Chỉ"),
        ("QĐi", "Quy"),
        ("QC", "Quy"),
    }


def test_one_plenum_resolution_named_twice_in_lower_case_a_city_congress_and_a_topic_naming_many() -> None:
    gold = run(
        "Hội nghị quán triệt nghị quyết hội nghị lần thứ 12 Ban Chấp hành Trung ương Đảng khóa 13. Tổng Bí thư cho "
        "biết nghị quyết hội nghị Trung ương 12 tập trung vào công tác cán bộ."
    )
    assert len(gold["resolutions"]) == 1
    gold = run("Các quận quán triệt nghị quyết Đại hội đại biểu Đảng bộ TP.HCM lần thứ XI.")
    assert keys(gold) == {"Nghị quyết Đại hội đại biểu Đảng bộ TP.HCM lần thứ XI"}
    gold = run("Chỉ thị của Chủ tịch UBND tỉnh về việc đổi mới công tác dân vận ở các đơn vị sự nghiệp công lập.")
    assert [r["kind"] for r in gold["resolutions"]] == ["CT"]


def test_council_session_documents_presented_passed_or_named_by_kind_word_and_number() -> None:
    gold = run(
        "Thay mặt UBND tỉnh, ông Lê Văn Tư trình bày tóm tắt báo cáo về việc giải quyết kiến nghị cử tri gửi tới Kỳ "
        "họp thứ 5. HĐND tỉnh thông qua nghị quyết miễn nhiệm chức danh Ủy viên UBND tỉnh đối với ông Trần Văn Ba. "
        "Theo đề nghị của Sở Tài chính tại Tờ trình số 88/STC ngày 2/3/2024, HĐND sửa đổi một số nội dung của Quy "
        "định nguyên tắc phân bổ vốn sự nghiệp ban hành kèm theo Nghị quyết số 05/2023/NQ-HĐND."
    )
    assert {(r["kind"], r["number"]) for r in gold["resolutions"]} == {
        ("BC", None),
        ("NQ", None),
        ("TTr", "88"),
        ("QĐi", None),
        ("NQ", "05/2023"),
    }


def test_a_decision_issued_by_what_it_approves_and_a_header_symbol_takes_the_kind_of_the_text() -> None:
    gold = run("Thủ tướng vừa ban hành Quyết định phê duyệt quy hoạch chung đô thị Kon Tum đến năm 2030.")
    assert [r["kind"] for r in gold["resolutions"]] == ["QĐ"]
    gold = run("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\nSố: 41/2008/CT-UBND\nBến Tre, ngày 5 tháng 3 năm 2008\nQUYẾT ĐỊNH\n"
               "BAN HÀNH QUY CHẾ PHỐI HỢP\nỦY BAN NHÂN DÂN TỈNH BẾN TRE\nCăn cứ Luật Đất đai năm 2003;")  # fmt: skip
    assert by_key(gold)["41/2008/CT-UBND"]["kind"] == "QĐ"


def test_a_text_opening_with_its_kind_and_title_and_no_number_is_that_document() -> None:
    gold = run(
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp giữa các sở trong quản lý cụm công nghiệp\nỦY BAN NHÂN DÂN "
        "TỈNH BẾN TRE\nCăn cứ Nghị định số 32/2024/NĐ-CP ngày 15/3/2024 của Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành "
        "kèm theo Quyết định này Quy chế phối hợp."
    )
    found = by_key(gold)
    own = next(k for k, r in found.items() if r["kind"] == "QĐ" and r["number"] is None)
    assert own.startswith("Quyết định về việc ban hành Quy chế phối hợp")
    assert ("doc", own) not in relations(gold, "CITES") and ("doc", "32/2024/NĐ-CP") in relations(gold, "CITES")
