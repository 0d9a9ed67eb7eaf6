"""The recall probe: each signal fires when extraction missed the fact and stays quiet when it found it.

The texts are written for these tests. Misses are simulated with an empty or partial Extraction (so the
tests do not depend on what today's rules happen to read); the end-to-end checks run the real extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import app as cli_app
from kernel.settings import get_settings
from loaders.extract import extract
from loaders.extract.model import Extraction, Meeting, Official, Project, Relation, Resolution, Span
from loaders.probe import SIGNAL_IDS, probe_extraction, probe_text, probe_texts

pytestmark = pytest.mark.unit


def counts(text: str, extraction: Extraction) -> dict[str, int]:
    return probe_extraction("t", text, extraction, "2025-03").counts


def at(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece), "")


def test_an_uncovered_symbol_fires_and_a_covered_one_does_not() -> None:
    text = "UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số."
    assert counts(text, Extraction("t", None))["symbol"] == 1
    found = Resolution("88/KH-UBND", "KH", "88", mentions=[at(text, "88/KH-UBND")])
    assert counts(text, Extraction("t", None, resolutions=[found]))["symbol"] == 0


def test_a_numbered_project_covers_its_symbol() -> None:
    text = "Huyện ủy ban hành Đề án số 05-ĐA/HU về phát triển vùng chè."
    project = Project("Đề án số 05-ĐA/HU về phát triển vùng chè", "đề án", [at(text, "Đề án số 05-ĐA/HU")])
    assert counts(text, Extraction("t", None))["symbol"] == 1
    assert counts(text, Extraction("t", None, projects=[project]))["symbol"] == 0


@pytest.mark.parametrize("symbol", ["57-NQ/TW", "12/2024/NQ-HĐND", "15/2023/QH15", "1685-QĐ/TW", "45 - KH/TU"])
def test_every_symbol_shape_is_seen(symbol: str) -> None:
    assert counts(f"Văn bản {symbol} đã được ký.", Extraction("t", None))["symbol"] == 1


@pytest.mark.parametrize("not_symbol", ["Sáng 12/3, hội nghị khai mạc.", "giai đoạn 2021-2025", "tỷ lệ 3/4 số xã"])
def test_dates_periods_and_fractions_are_not_symbols(not_symbol: str) -> None:
    assert counts(not_symbol, Extraction("t", None))["symbol"] == 0


IMPLEMENTING = "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU để triển khai thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị."


def test_an_implementing_sentence_without_implements_fires() -> None:
    assert counts(IMPLEMENTING, Extraction("t", None))["implements"] == 1
    relation = Relation("IMPLEMENTS", "12-KH/TU", "57-NQ/TW", at(IMPLEMENTING, "Kế hoạch số 12-KH/TU"), "x")
    assert counts(IMPLEMENTING, Extraction("t", None, relations=[relation]))["implements"] == 0


def test_a_report_on_an_implementation_or_one_document_is_quiet() -> None:
    report = "Hội nghị nghe Báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW và Kết luận số 123-KL/TW."
    single = "Các sở tiếp tục thực hiện Nghị quyết số 57-NQ/TW."
    assert counts(report, Extraction("t", None))["implements"] == 0
    assert counts(single, Extraction("t", None))["implements"] == 0


MEETING = "Chiều 14/5, Ban Thường vụ Huyện ủy Yên Thành tổ chức hội nghị sơ kết công tác quý I."


def test_a_meeting_word_and_a_date_without_a_meeting_fires_once_per_text() -> None:
    assert counts(MEETING + " " + MEETING, Extraction("t", None))["meeting"] == 1
    meeting = Meeting("Ban Thường vụ Huyện ủy", "2025-05-14", None, "hội nghị")
    assert counts(MEETING, Extraction("t", None, meetings=[meeting]))["meeting"] == 0


def test_a_meeting_word_without_a_date_is_quiet() -> None:
    assert counts("Tỉnh sẽ tổ chức hội nghị tổng kết vào cuối năm.", Extraction("t", None))["meeting"] == 0


GIVEN = "Ban Thường vụ giao Sở Xây dựng chủ trì thẩm định hồ sơ."
PLACED = "Dự án đường ven biển Cửa Hội, xã Nghi Thủy được khởi công."


def test_a_task_given_or_a_project_placed_without_assigned_to_fires() -> None:
    assert counts(GIVEN, Extraction("t", None))["assigned"] == 1
    relation = Relation("ASSIGNED_TO", "doc", "Sở Xây dựng", at(GIVEN, "giao Sở Xây dựng"), "x")
    assert counts(GIVEN, Extraction("t", None, relations=[relation]))["assigned"] == 0

    project = Project("Dự án đường ven biển Cửa Hội", "dự án", [at(PLACED, "Dự án đường ven biển Cửa Hội")])
    assert counts(PLACED, Extraction("t", None, projects=[project]))["assigned"] == 1
    located = Relation("ASSIGNED_TO", project.name, "Nghi Thủy", at(PLACED, "Nghi Thủy"), "x")
    assert counts(PLACED, Extraction("t", None, projects=[project], relations=[located]))["assigned"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Dự hội nghị có đồng chí Trịnh Văn Khải, Phó Chủ tịch UBND tỉnh.",
        "Phát biểu tại buổi làm việc, Giám đốc Sở Tài chính Lưu Thị Mến cho biết tiến độ đạt yêu cầu.",
    ],
)
def test_a_titled_name_no_official_covers_fires(text: str) -> None:
    name = "Trịnh Văn Khải" if "Khải" in text else "Lưu Thị Mến"
    assert counts(text, Extraction("t", None))["official"] == 1
    official = Official(name, ["Giám đốc"], [at(text, name)])
    assert counts(text, Extraction("t", None, officials=[official]))["official"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Đồng chí Bí thư Tỉnh ủy Hà Tĩnh chủ trì.",  # a province after the title, not a person
        "Ông Trần Minh Sơn cho biết dự án đã xong.",  # a name with no title beside it
        "Đại hội bầu Đoàn Chủ tịch và Đoàn Thư ký.",  # bodies, not people
    ],
)
def test_places_untitled_names_and_bodies_are_not_officials(text: str) -> None:
    assert counts(text, Extraction("t", None))["official"] == 0


ARTICLE = (
    "Sáng 12/3, Ban Thường vụ Tỉnh ủy Tuyên Quang tổ chức hội nghị. Đồng chí Hầu Văn Lực, Phó Bí thư Tỉnh ủy, "
    "chủ trì hội nghị.\n"
    "Để cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành "
    "Kế hoạch số 301-KH/TU.\n"
)


def test_end_to_end_an_article_the_extractor_reads_is_quiet() -> None:
    extraction = extract(ARTICLE, published="2025-03")
    assert extraction.meetings and extraction.officials  # what the probe relies on being read
    report = probe_texts([("a", ARTICLE, "2025-03")])
    assert report.totals == dict.fromkeys(SIGNAL_IDS, 0), report.documents[0].hits


def test_a_refused_text_is_one_documents_error() -> None:
    probe = probe_text("big", "x" * 10, None)
    assert probe.error is None
    limit = get_settings().max_extract_chars
    probe = probe_text("big", "a " * (limit // 2 + 1), None)
    assert probe.error and "DG_MAX_EXTRACT_CHARS" in probe.error


def test_dg_probe_json_counts_per_document_and_in_total(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(MEETING + "\n" + GIVEN, encoding="utf-8")
    result = CliRunner().invoke(cli_app, ["probe", str(tmp_path), "--json", "--examples", "2"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 2
    per_doc = {d["doc"]: d for d in report["per_document"]}
    assert sum(per_doc["a"][s] for s in SIGNAL_IDS) == 0
    assert per_doc["b"]["assigned"] == report["totals"]["assigned"] >= 1
    assert report["examples"]["assigned"][0]["doc"] == "b"


def test_seen_counts_the_candidates_found_or_missed() -> None:
    relation = Relation("ASSIGNED_TO", "doc", "Sở Xây dựng", at(GIVEN, "giao Sở Xây dựng"), "x")
    found = probe_extraction("t", GIVEN, Extraction("t", None, relations=[relation]))
    missed = probe_extraction("t", GIVEN, Extraction("t", None))
    assert found.seen["assigned"] == missed.seen["assigned"] == 1
    assert (found.counts["assigned"], missed.counts["assigned"]) == (0, 1)
    report = probe_texts([("a", ARTICLE, "2025-03")])
    assert report.seen["symbol"] == 2 and report.seen["meeting"] == 1 and report.seen["official"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/5, UBND tỉnh giao Ban Quản lý dự án triển khai các hạng mục.",  # a task, not a "giao ban"
        "Ngày 3/5, các xã tiếp tục thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX.",  # a document's name
        "Ngày 3/5, các địa phương khẩn trương chuẩn bị Đại hội Đảng bộ xã.",  # still to come
        "Ngày 3/5, triển lãm ảnh mở cửa tại Trung tâm Hội nghị tỉnh.",  # a venue
    ],
)
def test_meeting_words_that_report_no_meeting_are_quiet(text: str) -> None:
    assert counts(text, Extraction("t", None))["meeting"] == 0


def test_a_name_does_not_run_over_a_line_break() -> None:
    text = "Chủ tịch HĐND tỉnh Lò Văn Phương làm việc với huyện Sơn Dương\nNgày 14/3, đoàn đến xã."
    official = Official("Lò Văn Phương", ["Chủ tịch HĐND tỉnh"], [at(text, "Lò Văn Phương")])
    assert counts(text, Extraction("t", None, officials=[official]))["official"] == 0


def test_a_period_of_implementation_is_not_an_implementing_sentence() -> None:
    text = "Năm 2025 là năm thứ năm thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XX Đảng bộ tỉnh."
    assert counts(text, Extraction("t", None))["implements"] == 0
