"""Source documents: what each one mentions, and ingesting a new one (``POST /documents``)."""

from __future__ import annotations

import dataclasses
from pathlib import PurePath
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, status
from starlette.concurrency import run_in_threadpool

from app.deps import SettingsDep, StoreDep, require_read, require_write
from app.describe import describe
from app.openapi import errors, key_path
from app.schemas import IngestOut, NodeDetailOut
from graph.model import Label
from graph.store import GraphStore
from kernel.errors import InvalidInput, PayloadTooLarge
from kernel.locks import writer_lock
from kernel.settings import Settings
from loaders.pipeline import Loader, LoadSummary
from loaders.read import SourceDocument, read_bytes, valid_date

router = APIRouter(prefix="/documents", tags=["documents"])

#: a short text that reads as a document (the OpenAPI example of the body; the fuzzer sends it too)
INGEST_EXAMPLE = (
    "Ngày 5/5/2025, Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 12-KH/TU để cụ thể hóa "
    "Nghị quyết số 57-NQ/TW của Bộ Chính trị."
)
_FORMATS = {
    "text/plain": ".txt",
    "text/markdown": ".md",
    "text/html": ".html",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


async def _body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the body is {int(declared):,} bytes; the limit is {limit:,} (DG_MAX_BODY_BYTES)")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"the body is over the {limit:,}-byte limit (DG_MAX_BODY_BYTES)")
        chunks.append(chunk)
    return b"".join(chunks)


@router.post(
    "",
    response_model=IngestOut,
    status_code=status.HTTP_201_CREATED,
    summary="Ingest one document through the loader (read, extract, resolve, write)",
    dependencies=[Depends(require_write)],
    responses=errors(401, 413, 422, 500, 503),
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "the document's bytes: text, Markdown, HTML, PDF or DOCX (application/octet-stream: "
            "the suffix of `name` picks the format)",
            "content": {
                media: {"schema": {"type": "string", "format": "binary"}}
                | ({"example": INGEST_EXAMPLE} if media.startswith("text/") else {})
                for media in (*_FORMATS, "application/octet-stream")
            },
        }
    },
)
async def ingest_document(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    name: Annotated[
        str | None, Query(max_length=255, description="file name; its suffix picks the format (else Content-Type)")
    ] = None,
    source: Annotated[
        str | None,
        Query(
            max_length=2000,
            description="where it came from (URL or path; default: the name); a new version replaces the old",
        ),
    ] = None,
    published: Annotated[
        str | None,
        Query(max_length=10, description="publication date YYYY-MM or YYYY-MM-DD; beats any date the document carries"),
    ] = None,
) -> IngestOut:
    """The same path as ``dg load``: an unchanged document is not written again, a new version of
    the same ``source`` replaces the old one's contributions. Needs the write token."""
    if published is not None and not valid_date(published):
        raise InvalidInput("published must be a real date, YYYY-MM or YYYY-MM-DD", published=published)
    data = await _body(request, settings.max_body_bytes)
    media = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    filename = name or ("document" + _FORMATS.get(media, ".txt"))
    # Parsing is CPU work on untrusted bytes: off the event loop, so other requests go on.
    doc = await run_in_threadpool(
        read_bytes,
        data,
        name=filename,
        source=source or f"api:{filename}",
        max_bytes=settings.max_file_bytes,
        published=published,
    )
    if source is None and name is None:  # nothing names it: each upload is its own source
        doc = dataclasses.replace(doc, source=f"api:{doc.key}")
    return await load_one(doc, store, settings)


async def load_one(doc: SourceDocument, store: GraphStore, settings: Settings) -> IngestOut:
    """Load one document already read, through the loader (also ``POST /documents/fetch``), off the event loop."""
    loader = Loader(store, decisions_log=settings.data_dir / "identity-decisions.jsonl")

    def load_alone() -> LoadSummary:
        """One writer at a time per data folder, as for ``dg load`` (409 ``writer_busy`` past the time budget)."""
        with writer_lock(settings.data_dir, wait=settings.answer_timeout_s):
            return loader.load_documents([doc])

    summary = await run_in_threadpool(load_alone)
    if summary.failed:
        raise InvalidInput(summary.failed[0].reason, source=summary.failed[0].source)
    state = "unchanged" if summary.skipped else "replaced" if summary.replaced else "loaded"
    return IngestOut(
        key=doc.key,
        status=state,
        title=doc.title,
        published=doc.published,
        replaced=summary.replaced,
        written=dict(summary.written),
        warnings=list(doc.warnings),
    )


def _shown_path(value: object) -> object:
    """A source as shown: an absolute path on the server's disk (a graph loaded before sources
    were stored relative) is cut to its file name; URLs and relative paths are kept."""
    if isinstance(value, str) and PurePath(value).is_absolute():
        return PurePath(value).name
    return value


@router.get(
    "/{key:path}",
    response_model=NodeDetailOut,
    summary="One source document, its text (what evidence spans refer to) and the entities it mentions",
    dependencies=[Depends(require_read)],
    responses=errors(401, 404, 422, 500, 503),
)
def get_document(key: Annotated[str, key_path("document", "fixture-002")], store: StoreDep) -> NodeDetailOut:
    """``properties.text`` is the document's text as read and normalized; every edge's ``span``
    from this document is a ``[start, end)`` range of it. ``published_from`` says where the date
    came from (explicit, header, dateline, html-meta, docx-properties, pdf-info)."""
    detail = describe(store, key, Label.DOCUMENT)
    for field in ("source", "path"):
        if field in detail.properties:
            detail.properties[field] = _shown_path(detail.properties[field])
    return detail
