"""Readers: every format, every encoding, every kind of bad input."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kernel.errors import ReadError
from loaders.read import ReadFailure, SourceDocument, iter_sources, read_bytes, read_many, read_path
from loaders.read.encodings import decode, tcvn3_to_unicode, unicode_to_tcvn3, unicode_to_vni, vni_to_unicode

pytestmark = pytest.mark.unit

SENTENCE = "Ban Thường vụ Tỉnh ủy Nghệ An ban hành Kế hoạch số 331-KH/TU để cụ thể hóa Quyết định số 204-QĐ/TW."
LOWER = "ủy ban nhân dân tỉnh nghệ an quyết định thực hiện nghị quyết về chuyển đổi số, thường vụ tỉnh ủy đồng ý"


def test_seed_header_gives_the_month_and_is_removed() -> None:
    doc = read_bytes(f" date 2025-06 Quang cảnh phiên họp\n\n{SENTENCE}".encode(), name="002_x.txt")
    assert doc.published == "2025-06"
    assert doc.text.startswith("Quang cảnh phiên họp")
    assert doc.stem == "002_x" and doc.format == "txt"


def test_unknown_date_header() -> None:
    doc = read_bytes(f" date ? {SENTENCE}\nngày 12/6/2020".encode(), name="a.txt")
    assert doc.published is None
    assert doc.text.startswith("Ban Thường vụ")


def test_dateline_of_an_official_text() -> None:
    doc = read_bytes(f"THÔNG BÁO\nNghệ An, ngày 29 tháng 6 năm 2021\n{SENTENCE}".encode(), name="tb.md")
    assert doc.published == "2021-06-29"


def test_nfc_once_and_same_key_for_nfd_input() -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", SENTENCE)
    a, b = read_bytes(nfd.encode(), name="a.txt"), read_bytes(SENTENCE.encode(), name="b.txt")
    assert a.text == b.text == SENTENCE and a.key == b.key


def to_cp1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base, marks = decomposed[0], decomposed[1:]
            shaped = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in "\u0302\u0306\u031b"))
            out += shaped.encode("cp1258") + "".join(m for m in marks if m not in "\u0302\u0306\u031b").encode("cp1258")
    return out


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1258"])
def test_standard_encodings(encoding: str) -> None:
    data = to_cp1258(SENTENCE) if encoding == "cp1258" else SENTENCE.encode(encoding)
    assert read_bytes(data, name="a.txt").text == SENTENCE


def test_tcvn3_round_trip_and_detection() -> None:
    data = unicode_to_tcvn3(LOWER)
    assert tcvn3_to_unicode(data) == LOWER
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (LOWER, "tcvn3")


def test_vni_round_trip_and_detection() -> None:
    data = unicode_to_vni(SENTENCE)
    assert vni_to_unicode(data.decode("cp1252")) == SENTENCE
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (SENTENCE, "vni")


def test_legacy_mojibake_inside_utf8_is_repaired() -> None:
    mojibake = unicode_to_tcvn3(LOWER).decode("latin-1")
    assert decode(mojibake.encode("utf-8")).text == LOWER


def test_html_article_without_boilerplate() -> None:
    html = f"""<html><head><title>Tin</title><meta property="og:title" content="Phiên họp BTV">
    <meta property="article:published_time" content="2025-06-03T08:00:00+07:00"></head>
    <body><nav>Trang chủ | Thời sự</nav><header>Báo Nghệ An</header>
    <article><h1>Phiên họp</h1><p>{SENTENCE}</p><script>var x = 1;</script></article>
    <aside>Tin liên quan</aside><footer>Bản quyền</footer></body></html>"""
    doc = read_bytes(html.encode(), name="a.html", source="https://example.vn/a")
    assert doc.title == "Phiên họp BTV" and doc.published == "2025-06-03" and doc.source == "https://example.vn/a"
    assert SENTENCE in doc.text
    for noise in ("Trang chủ", "Bản quyền", "Tin liên quan", "var x"):
        assert noise not in doc.text


def test_html_bomb_and_deep_nesting_are_refused() -> None:
    with pytest.raises(ReadError, match="nested"):
        read_bytes(b"<div>" * 10_000 + b"x", name="deep.html")
    with pytest.raises(ReadError, match="limit"):
        read_bytes(b"<p>" + b"a" * 2000 + b"</p>", name="big.html", max_bytes=1000)


def test_docx() -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Thông báo kết luận"
    document.add_paragraph(SENTENCE)
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_bytes(buffer.getvalue(), name="tb.docx")
    assert doc.format == "docx" and doc.title == "Thông báo kết luận" and SENTENCE in doc.text


def _pdf_bytes(text: str) -> bytes:
    """A one-page PDF with a text layer, built by hand (ASCII text)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_layer() -> None:
    doc = read_bytes(_pdf_bytes("Ke hoach so 331-KH/TU"), name="kh.pdf")
    assert doc.format == "pdf" and "331-KH/TU" in doc.text


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "empty.txt", "empty"),
        (b"   \n\t ", "blank.txt", "empty"),
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "blob.txt", "binary"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "cut.pdf", "PDF"),
        (b"PK\x03\x04 not really a zip", "cut.docx", "DOCX"),
    ],
)
def test_bad_input_is_a_clear_read_error(data: bytes, name: str, reason: str) -> None:
    with pytest.raises(ReadError, match=reason):
        read_bytes(data, name=name)


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 5000)
    with pytest.raises(ReadError, match="limit"):
        read_path(path, max_bytes=1000)


def test_a_batch_goes_on_past_bad_files(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "also.md").write_text(SENTENCE + " Thêm.", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00")
    results = list(read_many(iter_sources([str(tmp_path)])))
    assert sorted(type(r).__name__ for r in results) == ["ReadFailure", "SourceDocument", "SourceDocument"]
    failure = next(r for r in results if isinstance(r, ReadFailure))
    assert "empty" in failure.reason


def test_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SENTENCE, encoding="utf-8")
    assert [p.name for p in iter_sources([str(tmp_path / "*.txt"), str(tmp_path / "a.txt")])] == ["a.txt"]
    with pytest.raises(ReadError, match="no such"):
        list(iter_sources([str(tmp_path / "nothing-*.txt")]))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.html", "a.pdf", "a.docx", "a.md", "noext"]))
def test_read_bytes_raises_nothing_but_read_error(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, name=name)
    except ReadError:
        return
    assert isinstance(doc, SourceDocument) and doc.text == doc.text.strip() and doc.text
