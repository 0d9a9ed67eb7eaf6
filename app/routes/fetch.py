"""``POST /documents/fetch``: fetch a document by URL and ingest it as ``POST /documents`` does."""

from __future__ import annotations

from fastapi import APIRouter, Depends, status
from starlette.concurrency import run_in_threadpool

from app.deps import SettingsDep, StoreDep, require_write
from app.openapi import errors
from app.routes.documents import load_one
from app.schemas import FetchIn, IngestOut
from kernel.errors import InvalidInput
from loaders.read import valid_date
from loaders.read.fetch import FetchPolicy, fetch_document

router = APIRouter(prefix="/documents", tags=["documents"])


@router.post(
    "/fetch",
    response_model=IngestOut,
    status_code=status.HTTP_201_CREATED,
    summary="Fetch a document by URL and ingest it (read, extract, resolve, write)",
    dependencies=[Depends(require_write)],
    responses=errors(400, 401, 422, 500, 503),
)
async def ingest_url(body: FetchIn, store: StoreDep, settings: SettingsDep) -> IngestOut:
    """Fetches ``url`` (http or https; public addresses only unless DG_FETCH_ALLOW_PRIVATE; at most
    DG_MAX_FILE_BYTES, DG_FETCH_TIMEOUT_S and DG_FETCH_MAX_REDIRECTS; HTML, PDF, DOCX or plain text), reads
    a web page for its article (headline, lead, body) and loads it like ``POST /documents``: the document's
    source is the URL, so fetching it again replaces the earlier version. A refused or failed fetch is a 422
    whose message says why (``fetch_refused``, ``read_error``). Needs the write token."""
    if body.published is not None and not valid_date(body.published):
        raise InvalidInput("published must be a real date, YYYY-MM or YYYY-MM-DD", published=body.published)
    # The fetch waits on the network and parsing is CPU work on untrusted bytes: off the event loop.
    doc = await run_in_threadpool(
        fetch_document, body.url, FetchPolicy.from_settings(settings), published=body.published
    )
    return await load_one(doc, store, settings)
