"""PDF text: lines wrapped by the layout are joined, paragraph breaks stay (issue 11).

Two writers that lay text out differently must give the same extraction as the plain text."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import pytest
from pypdf import PdfReader

from loaders.extract import extract
from loaders.read import read_bytes
from tests.unit.read.pdfwriters import pdf_one_text_object, pdf_text_object_per_line

pytestmark = pytest.mark.unit

# Sentences written for this test, in the shape of a provincial meeting report.
PARAGRAPHS = [
    "THÔNG BÁO KẾT LUẬN",
    "Chiều 12/5/2025, Ban Thường vụ Tỉnh ủy Nghệ An họp phiên thường kỳ dưới sự chủ trì của đồng chí "
    "Hoàng Trung Dũng, Phó Bí thư Tỉnh ủy, Chủ tịch Hội đồng nhân dân tỉnh.",
    "Để triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy đã ban hành "
    "Kế hoạch số 331-KH/TU về phát triển khoa học, công nghệ và chuyển đổi số.",
    "Kết luận phiên họp, đồng chí Hoàng Trung Dũng đề nghị các sở, ngành khẩn trương hoàn thiện các đề án.",
]
WRITERS: dict[str, Callable[..., bytes]] = {
    "one-text-object": pdf_one_text_object,
    "per-line": pdf_text_object_per_line,
}


def _summary(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    gold: dict[str, Any] = extract(text, published="2025-05-12", doc="t").to_gold()
    officials = sorted(o["name"] for o in gold["officials"])
    implements = sorted((r["source"], r["target"]) for r in gold["relations"] if r["type"] == "IMPLEMENTS")
    return officials, implements


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_wrapped_lines_are_joined_and_paragraphs_kept(writer: str) -> None:
    pdf = WRITERS[writer](PARAGRAPHS)
    raw_lines = read_bytes(pdf, name="tb.pdf").text
    assert "Hoàng Trung Dũng" in raw_lines and "Nghị quyết số 57-NQ/TW" in raw_lines
    assert raw_lines.split("\n\n") == PARAGRAPHS


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_pdf_gives_the_same_extraction_as_the_text(writer: str) -> None:
    txt = read_bytes("\n\n".join(PARAGRAPHS).encode(), name="tb.txt").text
    pdf = read_bytes(WRITERS[writer](PARAGRAPHS), name="tb.pdf").text
    expected = _summary(txt)
    assert expected == (["Hoàng Trung Dũng"], [("331-KH/TU", "57-NQ/TW")])
    assert _summary(pdf) == expected


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_the_wrap_really_falls_inside_the_name_and_the_reference(writer: str) -> None:
    """The fixture is honest: the layout breaks a line inside the name and inside a reference."""
    page = PdfReader(io.BytesIO(WRITERS[writer](PARAGRAPHS))).pages[0].extract_text()
    assert re.search(r"Hoàng\s*\n\s*Trung Dũng|Hoàng Trung\s*\n\s*Dũng", page)
    assert re.search(r"(Nghị|quyết|Kế|hoạch|số)\s*\n\s*(quyết|hoạch|số|57|331)", page)
