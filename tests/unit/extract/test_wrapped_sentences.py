"""A line break inside a sentence (a text copied from a legal database or a portal wraps its lines anywhere, and a
plan's capitals header goes on with its title on a lower-case line) is no sentence end; headings, list items, a date
line and a header block stay sentences of their own. Offsets stay those of the text.

Every sentence here is written for the test, in the shape of what real texts say.
"""

from __future__ import annotations

import pytest

from loaders.extract.text import Doc
from tests.unit.extract.gold_views import meetings, orgs, run

pytestmark = pytest.mark.unit


def _sentences(text: str) -> list[str]:
    doc = Doc.of(text, None)
    assert len(doc.match) == len(text)
    return [" ".join(text[s:e].split()) for s, e in doc.sentences()]


def test_a_line_wrapped_before_a_lower_case_word_goes_on() -> None:
    text = "Thực hiện Quyết\nđịnh số 112-QĐ/TW ngày 4/12/2023 của Ban Bí thư, Tỉnh ủy ban hành kế hoạch.\nMỤC ĐÍCH"
    assert _sentences(text) == [
        "Thực hiện Quyết định số 112-QĐ/TW ngày 4/12/2023 của Ban Bí thư, Tỉnh ủy ban hành kế hoạch.",
        "MỤC ĐÍCH",
    ]


def test_a_capitals_header_goes_on_with_its_lower_case_title() -> None:
    text = "Số 31-CTr/TU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 21-NQ/TW của Bộ Chính trị về\nphát triển vùng"
    assert _sentences(text) == [
        "Số 31-CTr/TU",
        "CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 21-NQ/TW của Bộ Chính trị về phát triển vùng",
    ]


def test_a_line_ending_in_a_word_that_cannot_end_a_sentence_goes_on() -> None:
    text = "Căn cứ Chỉ thị số\n08-CT/TW của\nBan Bí thư,\nBan Thường vụ Huyện ủy chỉ đạo như sau:\n- Các chi bộ làm."
    assert _sentences(text) == [
        "Căn cứ Chỉ thị số 08-CT/TW của Ban Bí thư, Ban Thường vụ Huyện ủy chỉ đạo như sau:",
        "- Các chi bộ làm.",
    ]


def test_a_word_hyphen_at_a_line_end_goes_on() -> None:
    assert _sentences("Đoàn công tác làm việc tại tỉnh Bà Rịa -\nVũng Tàu ngày 5/3.") == [
        "Đoàn công tác làm việc tại tỉnh Bà Rịa - Vũng Tàu ngày 5/3."
    ]


def test_list_items_headings_and_a_header_block_stay_apart() -> None:
    text = (
        "TỈNH ỦY ĐIỆN BIÊN\n*\nSố 12-KH/TU\nĐiện Biên, ngày 3 tháng 5 năm 2024\nKẾ HOẠCH\nTriển khai chỉ thị\n"
        "-----\nI. MỤC ĐÍCH\n1. Mục đích\na) nâng cao nhận thức\nb) đổi mới phương thức\n- tuyên truyền sâu rộng\n"
        "+ các xã tổ chức\nT/M BAN THƯỜNG VỤ,\nBÍ THƯ\n\nthực hiện nghiêm túc."
    )
    doc = Doc.of(text, None)
    assert all("\n" not in text[s:e].strip() for s, e in doc.sentences())


def test_a_sentence_that_ended_stays_ended() -> None:
    assert _sentences("Hội nghị đã thành công tốt đẹp.\ntrước đó, các đại biểu đã thảo luận:\nnhiều ý kiến") == [
        "Hội nghị đã thành công tốt đẹp.",
        "trước đó, các đại biểu đã thảo luận:",
        "nhiều ý kiến",
    ]


def test_the_evidence_keeps_the_text_as_given() -> None:
    text = "Thực hiện Quyết\nđịnh số 112-QĐ/TW, Tỉnh ủy ban hành kế hoạch."
    doc = Doc.of(text, None)
    assert doc.text == text and doc.sentences() == [(0, len(text))]
    assert doc.span(10, 20).start == 10 and doc.span(10, 20).sentence == text


# --- what the extractors read over such a line break ------------------------------------------------------------------


def test_a_body_wrapped_before_its_lower_case_word_is_the_meeting_s_body() -> None:
    gold = run("Ngày 5/3, Ban Thường vụ Tỉnh\nủy Sơn La tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW.")
    assert meetings(gold) == [("Ban Thường vụ Tỉnh ủy", "2025-03-05")]
    assert "Ban Thường vụ Tỉnh ủy Sơn La" in orgs(gold)


def test_an_issuer_wrapped_onto_the_next_line_is_the_document_s_issuer() -> None:
    gold = run(
        "Căn cứ Nghị quyết số 45/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân\ntỉnh Cao Bằng về đầu tư công năm 2025;"
    )
    assert [(r["key"], r["issuer"]) for r in gold["resolutions"]] == [("45/NQ-HĐND", "Hội đồng nhân dân tỉnh")]
    assert "Hội đồng nhân dân tỉnh Cao Bằng" in orgs(gold)


def test_a_name_wrapped_after_its_hyphen_has_no_line_break_in_it() -> None:
    gold = run("Ủy ban nhân dân tỉnh Bà Rịa -\nVũng Tàu ban hành Kế hoạch số 77/KH-UBND về chuyển đổi số.")
    assert orgs(gold) == {"Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"}


def test_a_preamble_cue_on_a_wrapped_line_still_opens_its_line() -> None:
    doc = Doc.of("KẾ HOẠCH\nChuyển đổi số năm 2025\nthực hiện Nghị quyết số 57-NQ/TW của\nBan Bí thư", None)
    assert doc.match.count("\n") == 2  # the line before "thực hiện" goes on, and the line reads as a line of its own
    assert len(doc.sentences()) == 2


_WRAPPED = (
    "Căn cứ Nghị quyết số 18/NQ-CP ngày 3 tháng 2 năm 2023 của Chính phủ ban hành Chương trình\n"
    "hành động của Chính phủ thực hiện Nghị quyết số 29-NQ/TW ngày 17 tháng 11 năm 2022 của Bộ\n"
    "Chính trị về đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước đến năm 2030, tầm nhìn đến\n"
    "năm 2045 và các văn bản hướng dẫn của các bộ, ngành trung ương có liên quan đến công nghiệp\n"
    "hóa;\n"
)


def test_a_text_wrapped_to_a_width_goes_on_before_a_capitalized_word_too() -> None:
    assert _sentences(_WRAPPED) == [" ".join(_WRAPPED.split())]
    gold = run(_WRAPPED)
    assert ("29-NQ/TW", "Bộ Chính trị") in {(r["key"], r["issuer"]) for r in gold["resolutions"]}


def test_a_headline_over_its_lead_stays_apart_in_a_wrapped_text() -> None:
    headline = "Tỉnh ủy Quảng Trị quán triệt nghị quyết mới của Trung ương về phát triển kinh tế biển"
    assert _sentences(headline + "\nQTO - " + _WRAPPED)[0] == headline
