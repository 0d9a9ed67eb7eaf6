"""The documents of a session's agenda: a council's resolutions listed by topic after a plural head, each cited by
the session.

Every sentence here is written for the test, in the shape of what real articles say.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.extract.gold_views import relations, run

pytestmark = pytest.mark.unit


def kinds(gold: dict[str, Any]) -> dict[str, str]:
    return {r["key"]: r["kind"] for r in gold["resolutions"]}


def test_resolutions_listed_by_topic_after_a_plural_head_are_one_per_item() -> None:
    gold = run(
        "Ngày 20/12, HĐND xã Tân Lập tổ chức kỳ họp thứ Năm. Các đại biểu đã biểu quyết thông qua 6 nghị quyết quan "
        "trọng về các nhóm vấn đề: Dự toán thu, chi ngân sách xã năm 2026; kế hoạch đầu tư công năm 2026; hỗ trợ "
        "kinh phí cho các thôn đạt chuẩn văn minh năm 2025."
    )
    assert kinds(gold) == {
        "Nghị quyết về dự toán thu, chi ngân sách xã năm 2026": "NQ",
        "Nghị quyết về kế hoạch đầu tư công năm 2026": "NQ",
        "Nghị quyết về hỗ trợ kinh phí cho các thôn đạt chuẩn văn minh năm 2025": "NQ",
    }
    assert len(relations(gold, "CITES")) == 3


def test_submissions_and_resolutions_on_a_list_of_topics() -> None:
    gold = run(
        "Tại kỳ họp, HĐND phường Bình Minh đã thảo luận, biểu quyết thông qua các tờ trình, nghị quyết về: Nhiệm vụ "
        "phát triển kinh tế - xã hội năm 2026; phân bổ vốn đầu tư công năm 2026; Quy chế làm việc của HĐND phường "
        "khóa I."
    )
    assert set(kinds(gold)) == {
        "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2026",
        "Nghị quyết về phân bổ vốn đầu tư công năm 2026",
        "Nghị quyết về quy chế làm việc của HĐND phường khóa I",
    }


def test_the_lead_may_name_the_fields_the_resolutions_cover() -> None:
    gold = run(
        "HĐND xã Hòa Bình đã thông qua 5 nghị quyết. Các nghị quyết tập trung vào những lĩnh vực quan trọng như: "
        "phê chuẩn kế hoạch đầu tư công vốn ngân sách năm 2025; giao biên chế công chức xã năm 2025."
    )
    assert set(kinds(gold)) == {
        "Nghị quyết về phê chuẩn kế hoạch đầu tư công vốn ngân sách năm 2025",
        "Nghị quyết về giao biên chế công chức xã năm 2025",
    }


def test_drafts_to_be_adopted_later_and_generic_items_are_not_listed() -> None:
    planned = run(
        "Kỳ họp dự kiến sẽ xem xét các dự thảo nghị quyết liên quan đến: Dự toán ngân sách năm 2026; kế hoạch đầu "
        "tư công năm 2026."
    )
    assert not any(k.startswith("Nghị quyết về") for k in kinds(planned))
    generic = run(
        "Kỳ họp đã xem xét các tờ trình và dự thảo nghị quyết liên quan đến: các nghị quyết về phân bổ vốn cho các "
        "dự án cấp thiết; Giá đất cụ thể năm 2026 trên địa bàn xã."
    )
    assert set(kinds(generic)) == {"Nghị quyết về giá đất cụ thể năm 2026 trên địa bàn xã"}


def test_lower_case_papers_listed_after_an_agenda_cue_are_one_each() -> None:
    gold = run(
        "Kỳ họp đã thảo luận, thông qua các nghị quyết của kỳ họp, trong đó có nghị quyết về dự toán ngân sách huyện "
        "năm 2026; nghị quyết về chương trình giám sát năm 2026."
    )
    assert set(kinds(gold)) == {
        "Nghị quyết về dự toán ngân sách huyện năm 2026",
        "Nghị quyết về chương trình giám sát năm 2026",
    }
    assert len(relations(gold, "CITES")) == 2


def test_a_draft_in_lower_case_is_the_paper_it_drafts() -> None:
    gold = run(
        "Tại phiên họp, Thường trực HĐND huyện đã xem xét, thông qua dự thảo nghị quyết về điều chỉnh kế hoạch đầu tư "
        "công năm 2026; điều chỉnh quy hoạch đất; dự thảo quyết định thành lập đoàn khảo sát việc quản lý chợ trên "
        "địa bàn huyện."
    )
    assert kinds(gold) == {
        "Nghị quyết về điều chỉnh kế hoạch đầu tư công năm 2026": "NQ",
        "Quyết định thành lập đoàn khảo sát việc quản lý chợ trên địa bàn huyện": "QĐ",
    }


def test_papers_a_session_will_consider_later_are_none_yet() -> None:
    gold = run("Kỳ họp tới sẽ xem xét dự thảo nghị quyết về giá đất năm 2026; dự thảo quyết định về bảng giá đất.")
    assert kinds(gold) == {}


def test_the_reports_of_several_bodies_on_one_topic_are_one_per_body() -> None:
    gold = run(
        "Chiều 9/12, kỳ họp nghe các báo cáo của Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh và Cục Thi hành án "
        "dân sự tỉnh về kết quả công tác năm 2025, nhiệm vụ năm 2026."
    )
    assert kinds(gold) == {
        "Báo cáo của Tòa án nhân dân tỉnh về kết quả công tác năm 2025, nhiệm vụ năm 2026": "BC",
        "Báo cáo của Viện Kiểm sát nhân dân tỉnh về kết quả công tác năm 2025, nhiệm vụ năm 2026": "BC",
        "Báo cáo của Cục Thi hành án dân sự tỉnh về kết quả công tác năm 2025, nhiệm vụ năm 2026": "BC",
    }


def test_a_counted_plural_of_submissions_on_as_many_topics() -> None:
    gold = run(
        "Tại kỳ họp, đại biểu HĐND huyện nghe 2 tờ trình về điều chỉnh kế hoạch vốn năm 2025 và phê duyệt chủ trương "
        "đầu tư đường liên xã Tân Hòa."
    )
    assert kinds(gold) == {
        "Tờ trình về điều chỉnh kế hoạch vốn năm 2025": "TTr",
        "Tờ trình về phê duyệt chủ trương đầu tư đường liên xã Tân Hòa": "TTr",
    }


def test_reports_of_unnamed_bodies_or_topics_that_do_not_count_up_are_none() -> None:
    assert kinds(run("Hội nghị nghe các báo cáo của các sở, ngành về tình hình thực hiện nhiệm vụ năm 2025.")) == {}
    assert kinds(run("Kỳ họp nghe 3 tờ trình về đầu tư công và giá đất năm 2026.")) == {}


def test_reports_and_submissions_listed_after_the_first_paper_heard() -> None:
    gold = run(
        "Phiên họp nghe UBND tỉnh trình bày Tờ trình tổng hợp các nội dung trình kỳ họp thứ 9; báo cáo tóm tắt kết quả "
        "thực hiện nhiệm vụ năm 2025. Kỳ họp cũng nghe báo cáo của UBND tỉnh về kết quả giải quyết kiến nghị cử tri; "
        "báo cáo của Thường trực HĐND tỉnh về kết quả giám sát việc giải quyết kiến nghị cử tri; báo cáo thẩm tra của "
        "các Ban HĐND tỉnh."
    )
    assert kinds(gold) == {
        "Tờ trình tổng hợp các nội dung trình kỳ họp thứ 9": "TTr",
        "Báo cáo tóm tắt kết quả thực hiện nhiệm vụ năm 2025": "BC",
        "Báo cáo của UBND tỉnh về kết quả giải quyết kiến nghị cử tri": "BC",
        "Báo cáo của Thường trực HĐND tỉnh về kết quả giám sát việc giải quyết kiến nghị cử tri": "BC",
    }


def test_a_bare_paper_word_before_a_conjunction_names_none() -> None:
    gold = run("Tại kỳ họp, HĐND phường đã xem xét tờ trình và biểu quyết thông qua việc kiện toàn nhân sự phường.")
    assert kinds(gold) == {}
