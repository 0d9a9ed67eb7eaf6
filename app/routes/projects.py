"""Projects (đề án, dự án, quy hoạch, cụm/khu công nghiệp ...)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from app.deps import StoreDep, require_read
from app.describe import describe
from app.openapi import READ_ERRORS, errors, key_path
from app.schemas import NodeDetailOut
from graph.model import Label

router = APIRouter(
    prefix="/projects", tags=["projects"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS)
)
Key = Annotated[str, key_path("project", "de-an-chuyen-doi-so@nghe-an")]


@router.get(
    "/{key:path}",
    response_model=NodeDetailOut,
    summary="One project: what it implements, where it is",
    responses=errors(404),
)
def get_project(key: Key, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.PROJECT)
