"""Deleting a source document: ``DELETE /documents/{key}`` (the API's ``dg unload``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.concurrency import run_in_threadpool

from app.deps import SettingsDep, StoreDep, require_write
from app.openapi import errors, key_path
from app.schemas import UnloadOut
from kernel.errors import NotFound
from kernel.locks import writer_lock
from loaders.unload import UnloadSummary, unload

router = APIRouter(prefix="/documents", tags=["documents"])


@router.delete(
    "/{key:path}",
    response_model=UnloadOut,
    summary="Delete one source document and what only it supported",
    dependencies=[Depends(require_write)],
    responses=errors(401, 404, 422, 500, 503),
)
async def delete_document(
    key: Annotated[str, key_path("document", "fixture-002")], store: StoreDep, settings: SettingsDep
) -> UnloadOut:
    """Its Document node, its mentions, its evidence on shared edges, and the edges and entities no
    other document supports go; what other documents support stays. Needs the write token."""
    if not store.read("documents_status", {"keys": [key], "paths": []}):
        raise NotFound(f"no document with key {key!r}", key=key)

    def unload_alone() -> UnloadSummary:
        """One writer at a time per data folder, as for ``dg load`` (409 ``writer_busy`` past the time budget)."""
        with writer_lock(settings.data_dir, wait=settings.answer_timeout_s):
            return unload(store, [key], max_bytes=settings.max_file_bytes,
                          decisions_log=settings.data_dir / "identity-decisions.jsonl")  # fmt: skip

    summary = await run_in_threadpool(unload_alone)
    return UnloadOut(**summary.as_dict())
