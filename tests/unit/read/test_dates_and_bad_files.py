"""Where a document's date comes from, and files that must fail alone (issues 11 and 12)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kernel.errors import ReadError
from loaders.read import read_bytes, read_many, read_path
from tests.unit.read.pdfwriters import pdf_one_text_object
from tests.unit.read.test_readers import SENTENCE, _pdf_bytes

pytestmark = pytest.mark.unit

DATELINE = "Nghệ An, ngày 3 tháng 6 năm 2025"


def _docx(*paragraphs: str, created: dt.datetime | None = dt.datetime(2013, 12, 23, 23, 15)) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.created = created
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- dates -------------------------------------------------------------------------------


def test_docx_dateline_beats_the_template_date() -> None:
    doc = read_bytes(_docx("THÔNG BÁO", DATELINE, SENTENCE), name="tb.docx")
    assert (doc.published, doc.published_from) == ("2025-06-03", "dateline")


def test_docx_core_properties_are_the_last_resort() -> None:
    doc = read_bytes(_docx(SENTENCE), name="tb.docx")
    assert (doc.published, doc.published_from) == ("2013-12-23", "docx-properties")


def test_pdf_dateline_beats_the_creation_date() -> None:
    info = "<< /CreationDate (D:20260102120000+07'00') >>"
    doc = read_bytes(pdf_one_text_object(["THÔNG BÁO", DATELINE, SENTENCE], info=info), name="tb.pdf")
    assert (doc.published, doc.published_from) == ("2025-06-03", "dateline")
    only_meta = read_bytes(pdf_one_text_object([SENTENCE], info=info), name="tb.pdf")
    assert (only_meta.published, only_meta.published_from) == ("2026-01-02", "pdf-info")


def test_html_dateline_beats_the_meta_date() -> None:
    html = (
        '<html><head><meta property="article:published_time" content="2025-07-01T08:00:00+07:00"></head>'
        f"<body><article><p>THÔNG BÁO</p><p>{DATELINE}</p><p>{SENTENCE}</p></article></body></html>"
    )
    doc = read_bytes(html.encode(), name="a.html")
    assert (doc.published, doc.published_from) == ("2025-06-03", "dateline")
    meta_only = read_bytes(html.replace(DATELINE, "Tin tức").encode(), name="a.html")
    assert (meta_only.published, meta_only.published_from) == ("2025-07-01", "html-meta")


@pytest.mark.parametrize(
    ("line", "iso"),
    [("TP. Hồ Chí Minh, ngày 09/02/2024", "2024-02-09"), ("Hà Tĩnh, ngày 31 tháng 12 năm 2023.", "2023-12-31")],
)
def test_dateline_forms(line: str, iso: str) -> None:
    assert read_bytes(f"THÔNG BÁO\n{line}\n{SENTENCE}".encode(), name="a.txt").published == iso


def test_a_date_cited_in_the_lead_is_not_a_dateline() -> None:
    text = f"Tỉnh ủy triển khai Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị. {SENTENCE}"
    doc = read_bytes(text.encode(), name="a.txt")
    assert (doc.published, doc.published_from) == (None, None)


def test_explicit_date_beats_everything() -> None:
    doc = read_bytes(_docx(DATELINE, SENTENCE), name="tb.docx", published="2025-06-05")
    assert (doc.published, doc.published_from) == ("2025-06-05", "explicit")
    header = read_bytes(f" date 2025-06 {SENTENCE}".encode(), name="a.txt", published="2025-06-09")
    assert (header.published, header.published_from) == ("2025-06-09", "explicit")


def test_seed_header_is_the_texts_own_date() -> None:
    doc = read_bytes(f" date 2025-06 {SENTENCE}\n{DATELINE}".encode(), name="a.txt")
    assert (doc.published, doc.published_from) == ("2025-06", "header")


@pytest.mark.parametrize("bad", ["2025-13-45", "2025-02-30", "2025-00", "2025-6-1", "June"])
def test_an_impossible_explicit_date_is_refused(bad: str) -> None:
    with pytest.raises(ReadError, match="published"):
        read_bytes(SENTENCE.encode(), name="a.txt", published=bad)


def test_invalid_pdf_creation_date_is_ignored_with_a_warning() -> None:
    doc = read_bytes(pdf_one_text_object([SENTENCE], info="<< /CreationDate (D:2025-99-99) >>"), name="b.pdf")
    assert doc.published is None and SENTENCE in doc.text
    assert any("CreationDate" in w for w in doc.warnings)


# -- bad files fail alone -------------------------------------------------------------------


def _docx_with(document_xml: bytes) -> bytes:
    base = zipfile.ZipFile(io.BytesIO(_docx(SENTENCE)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in base.infolist():
            data = document_xml if item.filename == "word/document.xml" else base.read(item.filename)
            target.writestr(item.filename, data)
    return out.getvalue()


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _deep_xml() -> bytes:
    return b"<w:document " + W + b"><w:body>" + b"<w:p>" * 5000 + b"</w:p>" * 5000 + b"</w:body></w:document>"


def _billion_laughs() -> bytes:
    entities = b'<!ENTITY a0 "ha">' + b"".join(b'<!ENTITY a%d "&a%d;&a%d;&a%d;&a%d;">' % (i, i - 1, i - 1, i - 1, i - 1)
                                               for i in range(1, 12))  # fmt: skip
    return (b"<?xml version='1.0'?><!DOCTYPE w:document [" + entities + b"]><w:document " + W
            + b"><w:body><w:p><w:r><w:t>&a11;</w:t></w:r></w:p></w:body></w:document>")  # fmt: skip


def _unsupported_method() -> bytes:
    data = bytearray(_docx(SENTENCE))
    # every local header and central directory entry says "method 99" (AES, which zipfile cannot read)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (found := data.find(signature, start)) >= 0:
            data[found + offset : found + offset + 2] = (99).to_bytes(2, "little")
            start = found + 4
    return bytes(data)


def _corrupt_deflate() -> bytes:
    data = bytearray(_docx_with(b"<w:document " + W + b"><w:body>" + b"<w:p/>" * 2000 + b"</w:body></w:document>"))
    archive = zipfile.ZipFile(io.BytesIO(bytes(data)))
    info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for i in range(start + 5, start + min(info.compress_size, 60)):
        data[i] ^= 0x5A
    return bytes(data)


BAD_FILES: dict[str, Callable[[], bytes]] = {
    "deep.docx": lambda: _docx_with(_deep_xml()),
    "laughs.docx": lambda: _docx_with(_billion_laughs()),
    "malformed.docx": lambda: _docx_with(b"<w:document " + W + b"><w:body><w:p></w:body>"),
    "method.docx": _unsupported_method,
    "deflate.docx": _corrupt_deflate,
    "limit.pdf": lambda: _pdf_bytes("Ke hoach").replace(b"xref\n0 6\n", b"xref\n0 99999999\n"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_a_read_error_naming_it(name: str) -> None:
    data = BAD_FILES[name]()
    try:
        doc = read_bytes(data, name=name)
    except ReadError as exc:
        assert name in exc.message
    else:  # a parser that ignores the damage must still give bounded, clean text
        assert len(doc.text) < 100_000


def test_a_batch_goes_on_past_every_bad_file(tmp_path: Path) -> None:
    for name, make in BAD_FILES.items():
        (tmp_path / name).write_bytes(make())
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    results = list(read_many(sorted(tmp_path.iterdir())))
    assert len(results) == len(BAD_FILES) + 1
    assert any(getattr(r, "text", None) == SENTENCE for r in results)


def test_docx_unpacked_size_is_limited_before_parsing() -> None:
    bomb = _docx_with(b"<w:document " + W + b"><w:body>" + b"<w:p/>" * 400_000 + b"</w:body></w:document>")
    assert len(bomb) < 100_000
    with pytest.raises(ReadError, match="unpacks"):
        read_bytes(bomb, name="bomb.docx", max_bytes=1_000_000)


def test_docx_media_count_more_loosely_than_the_parsed_xml() -> None:
    base = zipfile.ZipFile(io.BytesIO(_docx(SENTENCE)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in base.infolist():
            target.writestr(item.filename, base.read(item.filename))
        target.writestr("word/media/image1.png", bytes(1_500_000))  # not parsed: allowed up to 4x the limit
    assert SENTENCE in read_bytes(out.getvalue(), name="anh.docx", max_bytes=1_000_000).text
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as target:
        target.writestr("word/media/image2.png", bytes(3_000_000))
    with pytest.raises(ReadError, match="content unpacks"):
        read_bytes(out.getvalue(), name="anh.docx", max_bytes=1_000_000)


def test_pdf_unpacked_size_is_limited() -> None:
    paragraphs = [SENTENCE] * 400  # compresses well: a small file, a large content stream
    bomb = pdf_one_text_object(paragraphs, width=200)
    assert len(bomb) < 60_000
    with pytest.raises(ReadError, match="unpack to more than"):
        read_bytes(bomb, name="bomb.pdf", max_bytes=100_000)
    assert SENTENCE in read_bytes(bomb, name="fine.pdf", max_bytes=2_000_000).text


# -- text the stores accept ---------------------------------------------------------------


def test_control_characters_are_removed_before_writing(tmp_path: Path) -> None:
    text = "A" * 5000 + "\x00 " + SENTENCE + "\x07\x1b\r\nDòng hai\tcột\x0c"
    path = tmp_path / "nul.txt"
    path.write_bytes(text.encode())
    doc = read_path(path)
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in doc.text + doc.title)
    assert "\nDòng hai cột" in doc.text and SENTENCE in doc.text  # tabs are spaces after NFC


def test_nul_in_pdf_text_and_title_is_removed() -> None:
    doc = read_bytes(_pdf_bytes("Ke hoach\\000 so 331-KH/TU"), name="k.pdf")
    assert "\x00" not in doc.text and "331-KH/TU" in doc.text
    titled = read_bytes(pdf_one_text_object([SENTENCE], info="<< /Title (Ke\\000hoach\\033) >>"), name="t.pdf")
    assert titled.title == "Kehoach"


def test_one_stray_byte_in_utf8_is_replaced_and_reported() -> None:
    data = (SENTENCE * 20).encode()
    data = data[:300] + b"\xff" + data[300:]
    doc = read_bytes(data, name="a.txt")
    assert doc.encoding == "utf-8" and doc.text.count("\ufffd") == 1
    assert any("invalid" in w for w in doc.warnings)
