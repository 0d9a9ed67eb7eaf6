"""Text out of each format: plain text and Markdown, HTML, PDF, DOCX.

Each reader returns the raw text plus whatever metadata the format carries (title, date).
Libraries do the parsing (trafilatura and selectolax, pypdf, python-docx); only limits and clean-up are ours.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from kernel.errors import ReadError
from loaders.read.encodings import decode
from loaders.read.html_main import article

MAX_HTML_DEPTH = 400  # deeper markup is treated as hostile (and would exhaust the parser)
_BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, menu"
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {b"br", b"hr", b"img", b"meta", b"link", b"input", b"wbr", b"source", b"area", b"col", b"base", b"track"}


# The dateline of an official text: a line that is "<Place>, ngày 29 tháng 6 năm 2021" (or
# "TP. Hồ Chí Minh, ngày 29/6/2021"), nothing else on the line. A date inside a sentence ("Nghị
# quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị") is a cited document's, not this one's.
DATELINE = re.compile(
    r"^[ \t]*[^\W\d_][^\n,;:]{0,40},[ \t]*ngày[ \t]+(\d{1,2})"
    r"(?:[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+|[ \t]*[/.-][ \t]*(\d{1,2})[ \t]*[/.-][ \t]*)"
    r"((?:19|20)\d{2})[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class RawText:
    text: str
    encoding: str
    title: str | None = None
    published: str | None = None  # the date the format's metadata gives (the weakest source)
    published_from: str | None = None  # which metadata: html-meta, docx-properties, pdf-info
    warnings: tuple[str, ...] = ()


def read_text(data: bytes, name: str, max_bytes: int) -> RawText:
    decoded = decode(data, name=name)
    return RawText(decoded.text, decoded.encoding, warnings=decoded.warnings)


def _nesting_depth(data: bytes) -> int:
    """Maximum element nesting, counted on the raw tags without building a tree."""
    depth = deepest = 0
    for match in _TAG.finditer(data):
        closing, tag, self_closing = match.group(1), match.group(2).lower(), match.group(3)
        if tag in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def read_html(data: bytes, name: str, max_bytes: int) -> RawText:
    """The article of the page (:mod:`loaders.read.html_main`: headline, lead, body, the date of the page's
    metadata); a page the main-text extractor finds nothing in (a fragment) is read whole, boilerplate cut."""
    if _nesting_depth(data) > MAX_HTML_DEPTH:
        raise ReadError(f"{name}: HTML nested deeper than {MAX_HTML_DEPTH} levels; refusing it", path=name)
    decoded = decode(data, name=name)
    tree = LexborHTMLParser(decoded.text)
    title_node = tree.css_first("title")
    title = _meta(tree, "og:title") or (title_node.text(strip=True) if title_node is not None else None)
    published = _meta(tree, "article:published_time") or _meta(tree, "pubdate") or _meta(tree, "date")
    found = article(decoded.text)
    if found is not None:
        title, published = found.title or title, found.published or published
        return RawText(
            found.text, decoded.encoding, title or None, published, "html-meta" if published else None, decoded.warnings
        )
    for node in tree.css(_BOILERPLATE):
        node.decompose()
    body = tree.css_first("article") or tree.css_first("main") or _largest_block(tree) or tree.body
    if body is None:
        raise ReadError(f"{name}: HTML without a body", path=name)
    blocks = [n.text(separator=" ", strip=True) for n in body.css("h1, h2, h3, h4, p, li, td, blockquote")]
    text = "\n\n".join(b for b in blocks if b) or body.text(separator="\n", strip=True)
    return RawText(
        text, decoded.encoding, title or None, published, "html-meta" if published else None, decoded.warnings
    )


def _meta(tree: Any, key: str) -> str | None:
    for attr in ("property", "name", "itemprop"):
        node = tree.css_first(f'meta[{attr}="{key}"]')
        if node is not None and node.attributes.get("content"):
            return str(node.attributes["content"]).strip()
    return None


def _largest_block(tree: Any) -> Any:
    best: Any = None
    best_len = 0
    for node in tree.css("div, section"):
        length = sum(len(p.text(strip=True)) for p in node.css("p"))
        if length > best_len:
            best, best_len = node, length
    return best


# A line of a PDF ends a paragraph when it ends a sentence, is a heading or a dateline, or is
# much shorter than the page's full lines; a line starting a list item ("- ", "+ ", "1. ",
# "a) ") starts one. Every other line break is the layout's wrap.
_SENTENCE_END = re.compile(r"[.!?:;…]['\"”)]*$")
_ITEM_START = re.compile(r"^(?:[-–—+•*]\s|\d{1,2}[.)]\s|[a-zđ][)]\s|[IVX]{1,4}[.]\s)")
_GLUED_END = re.compile(r"[\w][-/]$")  # "57-" + "NQ/TW": a symbol cut at its hyphen or slash


def _heading(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def unwrap_lines(text: str) -> str:
    """Join the lines a PDF layout wrapped inside paragraphs; keep paragraph breaks (as blank lines).

    "đồng chí Hoàng Trung\nDũng, Phó Bí thư" -> "đồng chí Hoàng Trung Dũng, Phó Bí thư";
    "Nghị quyết số\n57-NQ/TW" -> "Nghị quyết số 57-NQ/TW"; "Kế hoạch số 331-\nKH/TU" -> "331-KH/TU".
    """
    lines = [" ".join(raw.split()) for raw in text.splitlines()]
    lengths = sorted(len(line) for line in lines if line)
    full = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 5 else 0  # a full line of this page
    paragraphs: list[str] = []
    current = last = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        ends = _SENTENCE_END.search(last) or _heading(last) or DATELINE.match(last) or len(last) < 0.6 * full
        if current and (ends or _heading(line) or DATELINE.match(line) or _ITEM_START.match(line)):
            paragraphs.append(current)
            current = ""
        last = line
        if not current:
            current = line
        elif _GLUED_END.search(current) and line[:1].isalnum():
            current += line
        else:
            current += " " + line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _pdf_date(info: Any, name: str) -> tuple[str | None, tuple[str, ...]]:
    """The PDF's CreationDate as ISO; an unreadable one is ignored with a warning."""
    try:
        created = info.creation_date if info is not None else None
    except Exception as exc:  # pypdf raises ValueError and friends for malformed dates
        return None, (f"{name}: invalid CreationDate in the PDF metadata ignored ({type(exc).__name__})",)
    return (created.date().isoformat() if created is not None else None), ()


def read_pdf(data: bytes, name: str, max_bytes: int) -> RawText:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages, unpacked = [], 0
    for page in reader.pages:
        # Content streams are compressed: count what they unpack to, page by page, against the
        # same limit as the file (pypdf bounds one stream, not their sum).
        contents = page.get_contents()
        unpacked += len(contents.get_data()) if contents is not None else 0
        if unpacked > max_bytes:
            raise ReadError(f"{name}: the PDF's pages unpack to more than {max_bytes:,} bytes; refusing it", path=name)
        pages.append(unwrap_lines(page.extract_text() or ""))
    info = reader.metadata
    text = "\n\n".join(p for p in pages if p)
    if not text:
        raise ReadError(f"{name}: the PDF has no text layer (scanned?)", path=name)
    try:
        title = str(info.title) if info is not None and info.title else None
    except Exception:
        title = None
    published, warnings = _pdf_date(info, name)
    return RawText(text, "pdf", title, published, "pdf-info" if published else None, warnings)


#: Media (images, embedded files) are not parsed, but python-docx loads every part into memory:
#: their unpacked total is bounded too, more loosely than the XML that is parsed.
MEDIA_FACTOR = 4


def _check_unpacked(data: bytes, name: str, max_bytes: int) -> None:
    """Decompress every member of the zip, counting, before any XML is parsed: a DOCX whose XML
    unpacks to more than ``max_bytes`` (what is parsed), or whose parts all together unpack to more
    than ``MEDIA_FACTOR`` times that, is refused (a few KB can unpack to gigabytes); a member that
    zipfile cannot decompress (unknown method, corrupt data, bad CRC) fails here."""
    xml = total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            parsed = info.filename.lower().endswith((".xml", ".rels"))
            with archive.open(info) as member:
                while chunk := member.read(1 << 16):
                    total += len(chunk)
                    xml += len(chunk) if parsed else 0
                    if xml > max_bytes or total > MEDIA_FACTOR * max_bytes:
                        what = "XML" if xml > max_bytes else "content"
                        limit = max_bytes if xml > max_bytes else MEDIA_FACTOR * max_bytes
                        raise ReadError(f"{name}: the DOCX {what} unpacks to more than {limit:,} bytes; refusing it",
                                        path=name)  # fmt: skip


def read_docx(data: bytes, name: str, max_bytes: int) -> RawText:
    import docx

    _check_unpacked(data, name, max_bytes)
    document = docx.Document(io.BytesIO(data))
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                paragraphs.append(" | ".join(cells))
    props = document.core_properties
    published = props.created.date().isoformat() if props.created else None
    text = "\n\n".join(paragraphs)
    return RawText(text, "docx", props.title or None, published, "docx-properties" if published else None)
