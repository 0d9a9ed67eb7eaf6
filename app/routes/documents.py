"""Source documents: what each one mentions."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from app.deps import StoreDep, require_read
from app.describe import describe
from app.schemas import NodeDetailOut
from graph.model import Label

router = APIRouter(prefix="/documents", tags=["documents"])


@router.get(
    "/{key:path}",
    response_model=NodeDetailOut,
    summary="One source document and the entities it mentions",
    dependencies=[Depends(require_read)],
)
def get_document(key: str, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.DOCUMENT)
