"""Deleting a source document: ``DELETE /documents/{key}`` (the API's ``dg unload``)."""

from __future__ import annotations

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from app.deps import SettingsDep, StoreDep, require_write
from kernel.errors import NotFound
from loaders.unload import unload

router = APIRouter(prefix="/documents", tags=["documents"])


class UnloadOut(BaseModel):
    """What ``DELETE /documents/{key}`` did."""

    unloaded: list[str] = Field(description="the document deleted, with its contributions")
    reloaded: list[str] = Field(description="documents sharing an entity with it, loaded again from their stored text")
    kept: list[str] = Field(description="sharing documents stored without their text; left as loaded")
    failed: list[str] = Field(description="sharing documents that failed to load again (source: reason)")


@router.delete(
    "/{key:path}",
    response_model=UnloadOut,
    summary="Delete one source document and what only it supported",
    dependencies=[Depends(require_write)],
)
async def delete_document(key: str, store: StoreDep, settings: SettingsDep) -> UnloadOut:
    """Its Document node, its mentions, its evidence on shared edges, and the edges and entities no
    other document supports go; what other documents support stays. Needs the write token."""
    if not store.read("documents_status", {"keys": [key], "paths": []}):
        raise NotFound(f"no document with key {key!r}", key=key)
    summary = await run_in_threadpool(
        unload,
        store,
        [key],
        max_bytes=settings.max_file_bytes,
        decisions_log=settings.data_dir / "identity-decisions.jsonl",
    )
    return UnloadOut(**summary.as_dict())
