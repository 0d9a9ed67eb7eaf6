"""Text out of each format: plain text and Markdown, HTML, PDF, DOCX.

Each reader returns the raw text plus whatever metadata the format carries (title, date).
Libraries do the parsing (selectolax, pypdf, python-docx); only limits and clean-up are ours.
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

MAX_HTML_DEPTH = 400  # deeper markup is treated as hostile (and would exhaust the parser)
_BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, button, menu"
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {b"br", b"hr", b"img", b"meta", b"link", b"input", b"wbr", b"source", b"area", b"col", b"base", b"track"}


@dataclass(frozen=True)
class RawText:
    text: str
    encoding: str
    title: str | None = None
    published: str | None = None


def read_text(data: bytes, name: str) -> RawText:
    decoded = decode(data, name=name)
    return RawText(decoded.text, decoded.encoding)


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


def read_html(data: bytes, name: str) -> RawText:
    if _nesting_depth(data) > MAX_HTML_DEPTH:
        raise ReadError(f"{name}: HTML nested deeper than {MAX_HTML_DEPTH} levels; refusing it", path=name)
    decoded = decode(data, name=name)
    tree = LexborHTMLParser(decoded.text)
    title_node = tree.css_first("title")
    title = _meta(tree, "og:title") or (title_node.text(strip=True) if title_node is not None else None)
    published = _meta(tree, "article:published_time") or _meta(tree, "pubdate") or _meta(tree, "date")
    for node in tree.css(_BOILERPLATE):
        node.decompose()
    body = tree.css_first("article") or tree.css_first("main") or _largest_block(tree) or tree.body
    if body is None:
        raise ReadError(f"{name}: HTML without a body", path=name)
    blocks = [n.text(separator=" ", strip=True) for n in body.css("h1, h2, h3, h4, p, li, td, blockquote")]
    text = "\n\n".join(b for b in blocks if b) or body.text(separator="\n", strip=True)
    return RawText(text, decoded.encoding, title or None, published)


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


def read_pdf(data: bytes, name: str) -> RawText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        raise ReadError(f"{name}: not a readable PDF ({type(exc).__name__}: {exc})", path=name) from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text:
        raise ReadError(f"{name}: the PDF has no text layer (scanned?)", path=name)
    title = str(info.title) if info is not None and info.title else None
    published = None
    if info is not None and info.creation_date is not None:
        published = info.creation_date.date().isoformat()
    return RawText(text, "pdf", title, published)


def read_docx(data: bytes, name: str) -> RawText:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ReadError(f"{name}: not a readable DOCX ({type(exc).__name__}: {exc})", path=name) from exc
    paragraphs = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                paragraphs.append(" | ".join(cells))
    props = document.core_properties
    published = props.created.date().isoformat() if props.created else None
    return RawText("\n\n".join(paragraphs), "docx", props.title or None, published)
