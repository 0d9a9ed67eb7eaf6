"""ASSIGNED_TO in the shapes plan texts and news of plans write a task in: the document the task carries out named
after a list of its verbs ("giao Sở X nghiên cứu, triển khai thực hiện Chỉ thị Y"), a plan named back as the task's
object ("... triển khai thực hiện kế hoạch theo quy định"), the bodies of a list that opens on a generic plural
("giao UBND các huyện, thị xã, Hội Nông dân tỉnh tiếp nhận ..."), and the body that heads a scheme ("Sở X làm chủ nhiệm
đề án"). Every sentence here is written for the test, in the shape seen, never copied."""

from __future__ import annotations

import pytest

from tests.unit.extract.gold_views import assigned, run

pytestmark = pytest.mark.unit


def test_the_document_a_task_carries_out_after_a_list_of_verbs_is_assigned() -> None:
    gold = run(
        "UBND tỉnh ban hành Kế hoạch số 30/KH-UBND về công tác pháp chế năm 2024. Theo đó, Chủ tịch UBND tỉnh giao "
        "Sở Tư pháp nghiên cứu, triển khai thực hiện Chỉ thị số 15/CT-BTP của Bộ Tư pháp về công tác hòa giải ở cơ sở."
    )
    assert ("30/KH-UBND", "Sở Tư pháp") in assigned(gold)  # the plan that gives the task
    assert ("15/CT-BTP", "Sở Tư pháp") in assigned(gold)  # the document the task carries out


def test_a_plan_named_back_as_the_object_of_the_task_is_assigned() -> None:
    gold = run(
        "UBND tỉnh Hòa Bình ban hành Quyết định số 1234/QĐ-UBND ngày 5/6/2023 về ban hành kế hoạch phát triển nghề "
        "cá giai đoạn 2023-2025; giao Sở Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp các sở, UBND các huyện "
        "triển khai thực hiện kế hoạch theo quy định."
    )
    sources = {s for s, t in assigned(gold) if t == "Sở Nông nghiệp và Phát triển nông thôn"}
    assert any(s.lower().startswith("kế hoạch phát triển nghề cá") for s in sources), sources


def test_a_plan_of_the_bodies_own_making_is_not_the_object() -> None:
    gold = run(
        "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số. Giao Sở Thông tin và Truyền thông chủ trì, "
        "phối hợp các sở xây dựng kế hoạch của đơn vị mình."
    )
    assert ("45/KH-UBND", "Sở Thông tin và Truyền thông") in assigned(gold)
    assert {s for s, _ in assigned(gold)} == {"45/KH-UBND"}


def test_a_named_body_after_a_generic_plural_in_the_list_of_assignees_is_assigned() -> None:
    gold = run(
        "UBND tỉnh ban hành Quyết định số 88/QĐ-UBND điều chuyển các tuyến đường và giao UBND các huyện, thị xã, "
        "Hội Nông dân tỉnh tiếp nhận, quản lý các tuyến đường trên."
    )
    assert ("88/QĐ-UBND", "Hội Nông dân tỉnh") in assigned(gold)


def test_a_list_of_generic_plurals_alone_gives_no_body() -> None:
    gold = run(
        "UBND tỉnh ban hành Kế hoạch số 5/KH-UBND và giao các sở, ngành, UBND các huyện, thành phố tiếp nhận, triển "
        "khai thực hiện kế hoạch."
    )
    assert assigned(gold) == set()


def test_the_body_that_heads_a_scheme_is_assigned_it() -> None:
    gold = run(
        "Thành phố sẽ trình Đề án phát triển kinh tế ban đêm trong quý IV. Sở Công Thương làm chủ nhiệm đề án, phối "
        "hợp với các ngành liên quan xây dựng nội dung."
    )
    assert ("Đề án phát triển kinh tế ban đêm", "Sở Công Thương") in assigned(gold)


def test_a_report_on_a_documents_implementation_is_not_carrying_it_out() -> None:
    gold = run(
        "Giao Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan tổng hợp báo cáo kết quả triển khai thực hiện "
        "Nghị định số 35/2023/NĐ-CP của Chính phủ trên địa bàn tỉnh."
    )
    assert ("35/2023/NĐ-CP", "Sở Xây dựng") not in assigned(gold)


def test_a_steering_committee_named_with_its_party_committee_is_no_cue() -> None:
    gold = run(
        "Ban Chỉ đạo Đảng ủy phường An Phú triển khai kế hoạch thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị "
        "năm 2026."
    )
    assert assigned(gold) == set()


def test_a_document_named_back_by_its_capitalised_kind_word_after_a_leading_body_is_its_task() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kết luận số 45-KL/TU về phát triển du lịch. Ban cán sự đảng UBND tỉnh lãnh "
        "đạo, chỉ đạo cụ thể hóa Kết luận bằng các chương trình, đề án."
    )
    assert ("45-KL/TU", "Ban cán sự đảng UBND tỉnh") in assigned(gold)


def test_the_scheme_a_body_heads_is_the_one_named_back_in_an_earlier_paragraph() -> None:
    gold = run(
        "Đề án thành lập thị xã Hòa Lạc được xây dựng từ năm 2024.\n"
        "Sở Nội vụ làm chủ nhiệm đề án, phối hợp với các sở xây dựng các đề án nhánh."
    )
    assert ("Đề án thành lập thị xã Hòa Lạc", "Sở Nội vụ") in assigned(gold)


def test_tasks_another_body_gives_out_are_that_bodys_document() -> None:
    gold = run(
        "UBND tỉnh ban hành Kế hoạch số 09/KH-UBND thực hiện Nghị quyết số 88-NQ/TU ngày 5/1/2024 của Ban Thường vụ "
        "Tỉnh ủy. Kế hoạch xác định rõ các nhiệm vụ trọng tâm do Ban Thường vụ Tỉnh ủy giao UBND tỉnh chủ trì thực "
        "hiện trong năm 2024."
    )
    assert ("88-NQ/TU", "UBND tỉnh") in assigned(gold)
    assert ("09/KH-UBND", "UBND tỉnh") not in assigned(gold)  # the plan of the body itself is not what it is given


def test_bodies_that_share_out_a_plan_named_back_each_take_it() -> None:
    gold = run(
        "Chiều 4/6, Thường trực Tỉnh ủy làm việc với các thành viên Tiểu ban phục vụ để triển khai Kế hoạch tổ chức "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XV.\n"
        "Thực hiện kế hoạch của Tỉnh ủy, các đơn vị đã triển khai các phần việc được giao. Trong đó, Văn phòng Tỉnh ủy "
        "phối hợp với các sở chuẩn bị hội trường.\n\n"
        "Ban Tuyên giáo Tỉnh ủy định hướng công tác tuyên truyền. Công an tỉnh xây dựng phương án bảo vệ đại hội."
    )
    plan = next(r["key"] for r in gold["resolutions"] if r["key"].startswith("Kế hoạch tổ chức Đại hội"))
    for body in ("Văn phòng Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Công an tỉnh"):
        assert (plan, body) in assigned(gold), body


def test_a_body_reporting_what_it_did_under_a_plan_is_not_given_it() -> None:
    gold = run(
        "Thực hiện Kế hoạch số 21-KH/TU của Tỉnh ủy, UBND huyện Kỳ Sơn đã tổ chức 12 lớp bồi dưỡng cho cán bộ cơ sở."
    )
    assert assigned(gold) == set()


def test_bodies_after_accordingly_take_the_document_named_before() -> None:
    gold = run(
        "UBND tỉnh vừa ban hành Quyết định số 25/2025/QĐ-UBND quy định phân cấp quản lý cây xanh đô thị. Theo đó, "
        "Sở Xây dựng theo dõi, kiểm tra việc trồng cây trên các tuyến đường; Sở Tài chính bố trí kinh phí hằng năm."
    )
    assert ("25/2025/QĐ-UBND", "Sở Xây dựng") in assigned(gold)
    assert ("25/2025/QĐ-UBND", "Sở Tài chính") in assigned(gold)


def test_a_body_reporting_after_accordingly_is_not_given_the_document() -> None:
    gold = run(
        "UBND tỉnh ban hành Báo cáo số 310/BC-UBND về tình hình trật tự xã hội. Theo đó, Công an tỉnh đã phát hiện "
        "12 vụ vi phạm."
    )
    assert assigned(gold) == set()


def test_bodies_listed_with_their_members_after_accordingly_are_not_given_the_decision() -> None:
    gold = run(
        "Bộ Chính trị ban hành Quyết định số 1850-QĐ/TW chỉ định Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025-2030. Theo "
        "đó, Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025-2030 gồm 61 người; Ban Thường vụ Tỉnh ủy gồm 17 người."
    )
    assert assigned(gold) == set()


def test_bodies_listed_after_a_document_that_shares_out_tasks_with_a_colon_take_it() -> None:
    gold = run(
        "Kế hoạch số 21/KH-UBND phân công: Sở Y tế chủ trì tổ chức tiêm chủng; Sở Giáo dục và Đào tạo chủ trì truyền "
        "thông trong trường học."
    )
    assert ("21/KH-UBND", "Sở Y tế") in assigned(gold)
    assert ("21/KH-UBND", "Sở Giáo dục và Đào tạo") in assigned(gold)


def test_list_lines_of_bodies_after_a_document_that_shares_out_its_tasks_take_it() -> None:
    gold = run(
        "UBND tỉnh ban hành Kế hoạch số 30/KH-UBND về phát triển nông nghiệp, giao nhiệm vụ cụ thể như sau:\n"
        "- Sở Nông nghiệp và Môi trường: chủ trì tổ chức thực hiện.\n"
        "- Sở Tài chính: bố trí kinh phí."
    )
    assert ("30/KH-UBND", "Sở Nông nghiệp và Môi trường") in assigned(gold)
    assert ("30/KH-UBND", "Sở Tài chính") in assigned(gold)


def test_a_body_given_a_task_by_a_named_giver_leads_it() -> None:
    gold = run("Sở Xây dựng được UBND tỉnh giao chủ trì triển khai Đề án phát triển nhà ở xã hội.")
    assert ("Đề án phát triển nhà ở xã hội", "Sở Xây dựng") in assigned(gold)


def test_giving_the_responsibility_to_a_body_is_a_cue() -> None:
    gold = run(
        "Để thực hiện Kế hoạch số 30/KH-UBND, UBND tỉnh giao trách nhiệm cho Sở Y tế chủ trì tổ chức tiêm chủng."
    )
    assert ("30/KH-UBND", "Sở Y tế") in assigned(gold)


def test_a_body_opening_a_later_clause_of_a_giving_sentence_takes_the_same_task() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 12-CTr/TU thực hiện Nghị quyết số 66-NQ/TW. "
        "Chương trình giao Đảng ủy UBND tỉnh chủ trì cụ thể hóa các nhiệm vụ; Ban Tổ chức Tỉnh ủy theo dõi, đôn đốc; "
        "Văn phòng Tỉnh ủy phối hợp tổng hợp kết quả."
    )
    assert ("12-CTr/TU", "Ban Tổ chức Tỉnh ủy") in assigned(gold)
    assert ("12-CTr/TU", "Văn phòng Tỉnh ủy") not in assigned(gold)  # a body that only helps


def test_a_later_clause_with_a_task_of_its_own_keeps_it() -> None:
    gold = run(
        "UBND tỉnh ban hành Kế hoạch số 77/KH-UBND. Kế hoạch giao Sở Nội vụ chủ trì sắp xếp bộ máy; Sở Xây dựng "
        "hướng dẫn điều chỉnh Quy hoạch chung đô thị Phú Mỹ."
    )
    assert ("77/KH-UBND", "Sở Xây dựng") not in assigned(gold)


def test_a_later_clause_after_a_task_object_is_not_given_that_object() -> None:
    gold = run(
        "Bí thư Tỉnh ủy giao Ban Tổ chức Tỉnh ủy chủ trì xây dựng Đề án nhân sự đại hội; Văn phòng Tỉnh ủy bảo đảm "
        "trụ sở làm việc cho bộ máy mới."
    )
    assert not any(t == "Văn phòng Tỉnh ủy" for _, t in assigned(gold))


def test_a_later_clause_of_a_giving_sentence_gives_its_own_project_to_its_body() -> None:
    gold = run(
        "Chủ tịch UBND tỉnh đề nghị chỉ đạo Sở Nông nghiệp hoàn thiện hồ sơ Dự án kè sông Tiền; Sở Giao thông vận tải "
        "phối hợp với Ban Quản lý dự án 7 đôn đốc nhà thầu thi công Dự án cầu Cổ Chiên 2."
    )
    assert ("Dự án cầu Cổ Chiên 2", "Sở Giao thông vận tải") in assigned(gold)
    assert not any(t == "Ban Quản lý dự án 7" for _, t in assigned(gold))


def test_a_body_under_a_plan_also_takes_the_programme_its_clause_carries_out() -> None:
    gold = run(
        "Ban Thường vụ ban hành Kế hoạch số 31-KH/ĐU thực hiện Nghị quyết số 68-NQ/TW.\n"
        "Theo Kế hoạch, Vụ Thị trường chủ trì rà soát các điều kiện kinh doanh. Cục Hóa chất nghiên cứu cơ chế mới, "
        "đồng thời tiếp tục thực hiện Chương trình phát triển công nghiệp hóa dược."
    )
    assert ("31-KH/ĐU", "Cục Hóa chất") in assigned(gold)
    assert ("Chương trình phát triển công nghiệp hóa dược", "Cục Hóa chất") in assigned(gold)


def test_a_body_that_follows_up_and_urges_a_named_plan_leads_it() -> None:
    gold = run(
        "Tỉnh ủy ban hành Kế hoạch số 45-KH/TU về cải cách hành chính. Văn phòng UBND tỉnh theo dõi, đôn đốc việc "
        "thực hiện Kế hoạch số 45-KH/TU."
    )
    assert ("45-KH/TU", "Văn phòng UBND tỉnh") in assigned(gold)


def test_a_body_given_a_task_with_a_verb_of_its_own_leads_it_but_not_one_given_land() -> None:
    gold = run(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 90-KH/TU thực hiện Nghị quyết số 66-NQ/TW; Đảng ủy Khối cơ quan "
        "tỉnh được giao hướng dẫn các chi bộ quán triệt Nghị quyết số 66-NQ/TW."
    )
    assert ("66-NQ/TW", "Đảng ủy Khối cơ quan tỉnh") in assigned(gold)
    gold = run(
        "Dự án Khu dân cư Bắc Sơn do Công ty cổ phần Hòa Phát làm chủ đầu tư; Công ty Minh Long được giao đất tại "
        "xã Tân Lập."
    )
    assert not any(t == "Công ty Minh Long" for _, t in assigned(gold))


def test_a_report_cited_for_its_figures_is_not_the_task_of_the_body_that_prepared_it() -> None:
    gold = run(
        "Theo Báo cáo sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU do Ban cán sự đảng UBND tỉnh chuẩn bị, toàn tỉnh "
        "đã có 40 xã đạt chuẩn nông thôn mới."
    )
    assert assigned(gold) == set()


def test_a_decree_the_task_follows_beside_a_law_is_not_the_task() -> None:
    gold = run(
        "Giao Bộ Nông nghiệp và Môi trường hướng dẫn tỉnh hoàn thiện hồ sơ theo Luật Lâm nghiệp và Nghị định số "
        "91/2024/NĐ-CP của Chính phủ."
    )
    assert ("91/2024/NĐ-CP", "Bộ Nông nghiệp và Môi trường") not in assigned(gold)


def test_the_issuer_announcing_its_own_notice_is_not_given_it() -> None:
    gold = run(
        "VĂN PHÒNG CHÍNH PHỦ\nSố: 210/TB-VPCP\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Gia "
        "Lai\n1. Giao Bộ Xây dựng hướng dẫn tỉnh lập hồ sơ dự án.\nVăn phòng Chính phủ thông báo để các cơ quan liên "
        "quan biết, thực hiện."
    )
    assert ("210/TB-VPCP", "Văn phòng Chính phủ") not in assigned(gold)
