"""Curation over HTTP: the log (``GET /curations``), a correction (``POST /curations``), an undo
(``POST /curations/{id}/undo``). The same rules as ``dg curate`` (loaders/curation.py); writes need the token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Path, Query, status
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from app.api_errors import ErrorResponse
from app.deps import SettingsDep, StoreDep, require_read, require_write
from app.openapi import errors
from app.schemas import CurationOut, CurationsOut, UndoOut, UnloadOut
from graph.store import GraphStore
from kernel.errors import NotFound
from kernel.locks import writer_lock
from kernel.settings import Settings
from loaders import curation
from loaders.unload import UnloadSummary, refresh

router = APIRouter(prefix="/curations", tags=["curation"])

#: A body that is not JSON is refused before validation, with 400.
NOT_JSON: dict[int | str, dict[str, Any]] = {
    400: {
        "model": ErrorResponse,
        "description": "The request body is not JSON",
        "content": {
            "application/json": {
                "example": {
                    "error": {"code": "bad_request", "message": "There was an error parsing the body", "detail": {}}
                }
            }
        },
    }
}


class CorrectionIn(BaseModel):
    """A correction: ``merge`` (source kept, target absorbed), ``keep-apart`` (source and target stay two),
    ``drop-edge`` or ``add-edge`` (source to target), ``rename`` (source gets ``name``)."""

    action: Literal["merge", "keep-apart", "drop-edge", "add-edge", "rename"]
    source: str = Field(min_length=1, max_length=500)
    target: str | None = Field(None, min_length=1, max_length=500, description="not for rename")
    name: str | None = Field(None, min_length=1, max_length=500, description="rename: the new name")
    type: str | None = Field(None, max_length=40, description="drop-edge, add-edge: the relationship type")
    why: str = Field(min_length=1, max_length=2000)
    author: str = Field(min_length=1, max_length=200)


class UndoIn(BaseModel):
    author: str = Field(min_length=1, max_length=200)
    why: str = Field("", max_length=2000)


KEY = Query(
    min_length=1,
    max_length=500,
    description="only the entries naming this node (as source or target: the node kept by a merge) and their undos",
    examples=["ban-thường-vụ-tỉnh-ủy@nghe-an"],
)
ID = Path(description="the correction's id (`id` in GET /curations, dg curate list)", examples=["3f9a0c1e"])


def _out(entry: curation.Entry, in_force: bool) -> CurationOut:
    return CurationOut(**entry.as_props(), in_force=in_force)


@router.get("", response_model=CurationsOut, summary="The curation log, oldest first",
            dependencies=[Depends(require_read)], responses=errors(401, 422, 500, 503))  # fmt: skip
def list_curations(store: StoreDep, key: Annotated[str | None, KEY] = None) -> CurationsOut:
    entries = curation.log(store)
    in_force = {e.id for e in curation.active(entries)}
    if key is not None:
        naming = {e.id for e in entries if key in (e.source, e.target)}
        entries = [e for e in entries if e.id in naming or e.undoes in naming]
    return CurationsOut(items=[_out(e, e.id in in_force) for e in entries])


T = TypeVar("T")


def _alone(settings: Settings, work: Callable[..., T], *args: Any) -> T:
    """One writer at a time per data folder, as for ``dg load`` (409 ``writer_busy`` past the time budget)."""
    with writer_lock(settings.data_dir, wait=settings.answer_timeout_s):
        return work(*args)


def _correct(store: GraphStore, settings: Settings, body: CorrectionIn) -> curation.Entry:
    entry = curation.record(
        store, body.action, source=body.source, target=body.target, rel_type=body.type, name=body.name,
        why=body.why, author=body.author,
    )  # fmt: skip
    if entry.action == "keep-apart":  # the resolver's judgement: the documents naming either key are read again
        refresh(store, curation.touched_documents(store, entry), max_bytes=settings.max_file_bytes,
                decisions_log=settings.data_dir / "identity-decisions.jsonl")  # fmt: skip
    curation.apply(store)
    return entry


@router.post(
    "",
    response_model=CurationOut,
    status_code=status.HTTP_201_CREATED,
    summary="Record a correction (merge, keep-apart, drop-edge, add-edge, rename) and apply it; "
    "applied again after every load",
    responses={**errors(401, 404, 422, 500, 503), **NOT_JSON},
    dependencies=[Depends(require_write)],
)
async def add_curation(body: CorrectionIn, store: StoreDep, settings: SettingsDep) -> CurationOut:
    """Needs the write token. 404 when a key names no node, 422 when the correction does not hold (a merge of
    keys a judgement keeps apart, a keep-apart of keys a merge made one)."""
    entry = await run_in_threadpool(_alone, settings, _correct, store, settings, body)
    return _out(entry, True)


@router.post(
    "/{id}/undo",
    response_model=UndoOut,
    summary="Cancel a correction; the documents it touched are loaded again from their stored text",
    responses={**errors(401, 404, 422, 500, 503), **NOT_JSON},
    dependencies=[Depends(require_write)],
)
async def undo_curation(id: Annotated[str, ID], body: UndoIn, store: StoreDep, settings: SettingsDep) -> UndoOut:
    """Needs the write token; 404 unless the id names a correction in force."""

    def undo() -> tuple[curation.Entry, UnloadSummary]:
        target = next((e for e in curation.log(store) if e.id == id), None)
        if target is None:
            raise NotFound(f"no correction with id {id!r}", id=id)
        undone = curation.record(store, "undo", undoes=id, why=body.why, author=body.author)
        curation.retract(store, target)
        summary = refresh(
            store,
            curation.touched_documents(store, target),
            max_bytes=settings.max_file_bytes,
            decisions_log=settings.data_dir / "identity-decisions.jsonl",
        )
        return undone, summary

    undone, summary = await run_in_threadpool(_alone, settings, undo)
    return UndoOut(undo=_out(undone, False), documents=UnloadOut(**summary.as_dict()))
