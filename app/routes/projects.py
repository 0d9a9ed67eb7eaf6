"""Projects (đề án, dự án, quy hoạch, cụm/khu công nghiệp ...)."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from app.deps import StoreDep, require_read
from app.describe import describe
from app.schemas import NodeDetailOut
from graph.model import Label

router = APIRouter(prefix="/projects", tags=["projects"], dependencies=[Depends(require_read)])


@router.get("/{key:path}", response_model=NodeDetailOut, summary="One project: what it implements, where it is")
def get_project(key: str, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.PROJECT)
