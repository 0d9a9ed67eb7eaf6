"""Two PDF writers for the reader tests, built by hand so the tests need no PDF library.

They lay text out the way two common families of PDF writers do, with a Unicode font (Type0,
Identity-H, a ToUnicode map) so Vietnamese letters survive:

* :func:`pdf_one_text_object` - one text object per page, lines advanced with ``TL``/``T*``,
  the content stream Flate-compressed (the style of ReportLab).
* :func:`pdf_text_object_per_line` - one text object per line placed with an absolute ``Tm``,
  glyphs in ``TJ`` arrays with small kerning, uncompressed (the style of FPDF).

Both wrap paragraphs at a fixed number of characters, so line breaks fall inside names and
document symbols, as they do in real PDFs.
"""

from __future__ import annotations

import textwrap
import zlib


def _wrap(paragraphs: list[str], width: int) -> list[list[str]]:
    return [textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False) for p in paragraphs]


class _Glyphs:
    """Characters to two-byte glyph ids (the order they are first seen)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def hex(self, text: str) -> str:
        return "".join(f"{self.ids.setdefault(ch, len(self.ids) + 1):04X}" for ch in text)

    def to_unicode(self) -> bytes:
        entries = "\n".join(f"<{gid:04X}> <{ord(ch):04X}>" for ch, gid in self.ids.items())
        return (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"{len(self.ids)} beginbfchar\n{entries}\nendbfchar\n"
            "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        ).encode()


def _assemble(content: bytes, glyphs: _Glyphs, *, compress: bool, info: str = "") -> bytes:
    if compress:
        content = zlib.compress(content)
    cmap = glyphs.to_unicode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(content), b" /Filter /FlateDecode" if compress else b"")
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ArialUnicode /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ArialUnicode /DW 500 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    if info:
        objects.append(info.encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    info_ref = b" /Info %d 0 R" % len(objects) if info else b""
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, info_ref, xref)
    return bytes(out)


def pdf_one_text_object(paragraphs: list[str], *, width: int = 38, info: str = "") -> bytes:
    glyphs = _Glyphs()
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for lines in _wrap(paragraphs, width):
        for line in lines:
            ops.append(f"<{glyphs.hex(line)}> Tj T*")
        ops.append("T*")  # an empty line between paragraphs
    ops.append("ET")
    return _assemble("\n".join(ops).encode(), glyphs, compress=True, info=info)


def pdf_text_object_per_line(paragraphs: list[str], *, width: int = 34, info: str = "") -> bytes:
    glyphs = _Glyphs()
    ops = []
    y = 800.0
    for lines in _wrap(paragraphs, width):
        for line in lines:
            words = line.split(" ")
            chunks = [w + " " for w in words[:-1]] + words[-1:]
            parts = " ".join(f"<{glyphs.hex(chunk)}> -12" for chunk in chunks)
            ops.append(f"BT /F1 10 Tf 1 0 0 1 50 {y:.2f} Tm [{parts}] TJ ET")
            y -= 12.5
        y -= 9  # paragraph spacing
    return _assemble("\n".join(ops).encode(), glyphs, compress=False, info=info)
