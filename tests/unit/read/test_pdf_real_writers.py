"""PDFs from two real writers (fpdf2 and ReportLab, dev dependencies) read like the plain text (issue 11).

Skipped with the reason when a writer or a Unicode TrueType font is missing, except under CI (``CI``
set), where that is a failure."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from loaders.read import read_bytes
from tests.unit.read.test_pdf_lines import PARAGRAPHS, _summary

pytestmark = pytest.mark.unit

FONTS = [
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
]


def _font() -> Path:
    return next((f for f in FONTS if f.exists()), FONTS[0])


def _needs(module: str) -> None:
    missing = [f"the Python package {module}"] if importlib.util.find_spec(module) is None else []
    if not _font().exists():
        missing.append(f"a Unicode TrueType font ({', '.join(map(str, FONTS))})")
    if missing:
        reason = "PDF writer test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)


def _module(name: str) -> Any:
    """The writer's module, untyped (neither library ships complete type hints)."""
    return importlib.import_module(name)


def fpdf2_pdf() -> bytes:
    _needs("fpdf")
    pdf = _module("fpdf").FPDF()
    pdf.set_creation_date(dt.datetime(2013, 1, 1, tzinfo=dt.UTC))  # a template's date: the text's wins
    pdf.add_page()
    pdf.add_font("Unicode", fname=str(_font()))
    pdf.set_font("Unicode", size=12)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(90, 7, paragraph)
        pdf.ln(4)
    return bytes(pdf.output())


def reportlab_pdf() -> bytes:
    _needs("reportlab")
    platypus, styles = _module("reportlab.platypus"), _module("reportlab.lib.styles")
    _module("reportlab.pdfbase.pdfmetrics").registerFont(
        _module("reportlab.pdfbase.ttfonts").TTFont("Unicode", str(_font()))
    )
    style = styles.ParagraphStyle("body", fontName="Unicode", fontSize=12, leading=15, spaceAfter=8)
    buffer = io.BytesIO()
    document = platypus.SimpleDocTemplate(buffer, pagesize=_module("reportlab.lib.pagesizes").A4, rightMargin=300)
    document.build([platypus.Paragraph(p, style) for p in PARAGRAPHS])
    return buffer.getvalue()


WRITERS: dict[str, Callable[[], bytes]] = {"fpdf2": fpdf2_pdf, "reportlab": reportlab_pdf}


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_real_writers_pdf_reads_like_the_text(writer: str) -> None:
    pdf = read_bytes(WRITERS[writer](), name=f"{writer}.pdf")
    txt = read_bytes("\n\n".join(PARAGRAPHS).encode(), name="tb.txt")
    assert pdf.text.split("\n\n") == PARAGRAPHS
    assert _summary(pdf.text) == _summary(txt.text) == (["Hoàng Trung Dũng"], [("331-KH/TU", "57-NQ/TW")])
    assert pdf.published_from == "pdf-info"
