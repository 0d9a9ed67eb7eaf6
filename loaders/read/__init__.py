"""Read: files and bytes in, :class:`SourceDocument` out (NFC text, metadata, content hash).

This is the one place text is normalized (:func:`kernel.text.nfc`) and cleaned of the control
characters the stores refuse. A bad file raises :class:`kernel.errors.ReadError` naming the
file, whatever the parser raised; :func:`read_many` turns that into a :class:`ReadFailure` so
a batch goes on.

A document's date, strongest first (``published_from`` records which one gave it):
``explicit`` (the caller's ``published=``) > the text's own ``header`` (the corpus'
" date 2025-06" line) > its ``dateline`` ("Nghệ An, ngày 29 tháng 6 năm 2021") > the format's
metadata (``html-meta``, then file metadata: ``docx-properties``, ``pdf-info``), which
is often a template's or a printer's date.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kernel.errors import ReadError
from kernel.text import nfc
from loaders.read.formats import DATELINE, RawText, read_docx, read_html, read_pdf, read_text

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{2}(?:-\d{2})?|\?)[ \t]*\n?")
# Characters the stores refuse or that mean nothing in text: C0 controls but tab and newline, DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
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
    published_from: str | None = None  # explicit, header, dateline, html-meta, docx-properties, pdf-info
    warnings: tuple[str, ...] = ()  # what was repaired on the way (a replaced byte, an ignored date)


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


def valid_date(value: str) -> bool:
    """``YYYY-MM-DD`` naming a real day, or ``YYYY-MM`` naming a real month."""
    if not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", value):
        return False
    try:
        dt.date.fromisoformat(value if len(value) == 10 else value + "-01")
    except ValueError:
        return False
    return True


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    m = _ISO_DATE.search(value)
    if not m:
        return None
    iso = "-".join(g for g in m.groups() if g)
    return iso if valid_date(iso) else None


def _date_in_text(text: str) -> str | None:
    """The dateline of an official text ("Nghệ An, ngày 29 tháng 6 năm 2021") near its top, as ISO."""
    m = DATELINE.search(text[:800])
    if not m:
        return None
    day, month, year = int(m.group(1)), int(m.group(2) or m.group(3)), m.group(4)
    iso = f"{year}-{month:02d}-{day:02d}"
    return iso if valid_date(iso) else None


def clean_text(text: str) -> str:
    """Line ends as ``\\n``; control characters the stores refuse (NUL, ESC ...) removed."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _first_line(text: str) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:300]
    return ""


def read_bytes(
    data: bytes,
    *,
    name: str,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: str | None = None,
) -> SourceDocument:
    """Read one document from bytes; the format comes from ``name``'s suffix or the content.

    ``published`` (explicit) beats any date the document carries. Raises only ReadError."""
    if published is not None and not valid_date(published):
        raise ReadError(f"{name}: published must be a real date, YYYY-MM or YYYY-MM-DD (got {published!r})", path=name)
    if len(data) > max_bytes:
        raise ReadError(f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit", path=name)
    if not data.strip():
        raise ReadError(f"{name}: empty file", path=name)
    kind = _sniff(data, name)
    readers = {"txt": read_text, "md": read_text, "html": read_html, "pdf": read_pdf, "docx": read_docx}
    try:
        raw: RawText = readers[kind](data, name, max_bytes)
    except ReadError:
        raise
    except Exception as exc:  # a parser's error on hostile input (zlib, lxml, pypdf, zipfile ...) is this file's
        reason = " ".join(str(exc).split())[:200]
        raise ReadError(f"{name}: not a readable {kind.upper()} ({type(exc).__name__}: {reason})", path=name) from exc
    text = clean_text(nfc(raw.text))
    header = _HEADER.match(text) if kind in ("txt", "md") else None
    text = (text[header.end() :] if header else text).strip()
    if not text:
        raise ReadError(f"{name}: no text in the document", path=name)
    date, date_from = _pick_date(text, header, raw, published)
    return SourceDocument(
        key=content_key(text),
        text=text,
        title=clean_text(nfc(raw.title)).strip() if raw.title else _first_line(text),
        published=date,
        source=source or name,
        stem=Path(name).stem,
        format=kind,
        encoding=raw.encoding,
        published_from=date_from,
        warnings=raw.warnings,
    )


def _pick_date(
    text: str, header: re.Match[str] | None, raw: RawText, explicit: str | None
) -> tuple[str | None, str | None]:
    """(date, where it came from), by the precedence in the module docstring."""
    if explicit is not None:
        return explicit, "explicit"
    if header:  # the header decides, "?" meaning unknown
        return (None, None) if header.group(1) == "?" else (header.group(1), "header")
    in_text = _date_in_text(text)
    if in_text:
        return in_text, "dateline"
    meta = _iso(raw.published)
    return (meta, raw.published_from) if meta else (None, None)


def source_name(path: Path, roots: Iterable[str] = ()) -> str:
    """How a file is named in the graph: relative, never an absolute path of this machine's disk.

    Relative to the working folder when the file is under it; else relative to the parent of the
    folder it was found in (``/data/corpus/seeds/a.txt`` loaded as ``/data/corpus/seeds`` is
    ``seeds/a.txt``); else its file name."""
    if not path.is_absolute():
        return path.as_posix()
    resolved = path.resolve()
    candidates = [Path.cwd().resolve()]
    for root in roots:
        folder = Path(root)
        if folder.is_dir():
            candidates.append(folder.resolve().parent)
    for base in candidates:
        if resolved.is_relative_to(base):
            return resolved.relative_to(base).as_posix()
    return resolved.name


def read_path(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, source: str | None = None) -> SourceDocument:
    """Read one file (at most ``max_bytes``); ``source`` names it in the graph (default: the path)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError(f"{path}: {size:,} bytes is over the {max_bytes:,}-byte limit", path=str(path))
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"{path}: cannot read the file ({exc.strerror or exc})", path=str(path)) from exc
    return read_bytes(data, name=str(path), source=source or str(path), max_bytes=max_bytes)


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


def unsupported_in(patterns: Iterable[str]) -> list[Path]:
    """Files inside the named folders that :func:`iter_sources` passes over (a type no reader takes),
    hidden files excepted, so that a load can say what it did not read."""
    found: list[Path] = []
    for pattern in patterns:
        path = Path(pattern)
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() not in SUFFIXES and not p.name.startswith(".")
            )
    return found


def read_many(paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[SourceDocument | ReadFailure]:
    """Read each path; a bad file becomes a :class:`ReadFailure` and the rest go on."""
    for path in paths:
        try:
            yield read_path(path, max_bytes=max_bytes)
        except ReadError as exc:
            yield ReadFailure(str(path), exc.message)
