"""Read: files and bytes in, :class:`SourceDocument` out (NFC text, metadata, content hash).

This is the one place text is normalized (:func:`kernel.text.nfc`). A bad file raises
:class:`kernel.errors.ReadError` with the reason; :func:`read_many` turns that into a
:class:`ReadFailure` so a batch goes on.
"""

from __future__ import annotations

import glob
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kernel.errors import ReadError
from kernel.text import nfc
from loaders.read.formats import RawText, read_docx, read_html, read_pdf, read_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?|\?)[ \t]*\n?")
_DATELINE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_ISO_DATE = re.compile(r"((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?")


@dataclass(frozen=True)
class SourceDocument:
    """One source document, read and normalized."""

    key: str  # content hash of the normalized text (the Document node's key)
    text: str
    title: str
    published: str | None
    source: str
    stem: str
    format: str
    encoding: str


@dataclass(frozen=True)
class ReadFailure:
    source: str
    reason: str


def content_key(text: str) -> str:
    """The document key: the first 16 hex digits of the SHA-256 of its normalized text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _sniff(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in SUFFIXES:
        return SUFFIXES[suffix]
    head = data[:512].lstrip().lower()
    if head.startswith(b"%pdf"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "txt"


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = _ISO_DATE.search(value)
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def _date_in_text(text: str) -> str | None:
    """The dateline of an official text ("Nghệ An, ngày 29 tháng 6 năm 2021") near its top, as ISO."""
    m = _DATELINE.search(text[:600])
    if not m:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year}-{month:02d}-{day:02d}"


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:300]
    return ""


def read_bytes(
    data: bytes, *, name: str, source: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceDocument:
    """Read one document from bytes; the format comes from ``name``'s suffix or the content."""
    if len(data) > max_bytes:
        raise ReadError(f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit", path=name)
    if not data.strip():
        raise ReadError(f"{name}: empty file", path=name)
    kind = _sniff(data, name)
    readers = {"txt": read_text, "md": read_text, "html": read_html, "pdf": read_pdf, "docx": read_docx}
    try:
        raw: RawText = readers[kind](data, name)
    except ReadError:
        raise
    except (UnicodeError, ValueError, RecursionError, MemoryError) as exc:
        raise ReadError(f"{name}: cannot read it as {kind} ({type(exc).__name__})", path=name) from exc
    text = nfc(raw.text)
    published = _iso(raw.published)
    header = _HEADER.match(text) if kind in ("txt", "md") else None
    text = (text[header.end() :] if header else text).strip()
    if not text:
        raise ReadError(f"{name}: no text in the document", path=name)
    if header:  # the header decides, "?" meaning unknown
        published = None if header.group(1) == "?" else header.group(1)
    elif not published:
        published = _date_in_text(text)
    return SourceDocument(
        key=content_key(text),
        text=text,
        title=nfc(raw.title).strip() if raw.title else _first_line(text),
        published=published,
        source=source or name,
        stem=Path(name).stem,
        format=kind,
        encoding=raw.encoding,
    )


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceDocument:
    """Read one file (at most ``max_bytes``)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit", path=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read the file ({exc.strerror or exc})", path=str(path)) from exc
    return read_bytes(data, name=str(path), source=str(path), max_bytes=max_bytes)


def iter_sources(patterns: Iterable[str]) -> Iterator[Path]:
    """Files named by paths, folders (recursively, supported suffixes) and globs; sorted, once each."""
    seen: set[Path] = set()
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.exists():
            found = [path]
        else:
            found = sorted(Path(p) for p in glob.glob(pattern, recursive=True) if Path(p).is_file())
            if not found:
                raise ReadError(f"{pattern}: no such file, folder or match", path=pattern)
        for item in found:
            resolved = item.resolve()
            if resolved not in seen:
                seen.add(resolved)
                yield item


def read_many(paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDocument | ReadFailure]:
    """Read each path; a bad file becomes a :class:`ReadFailure` and the rest go on."""
    for path in paths:
        try:
            yield read_path(path, max_bytes=max_bytes)
        except ReadError as exc:
            yield ReadFailure(str(path), exc.message)
