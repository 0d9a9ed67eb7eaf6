"""Officials: posts over time (HOLDS {title, as_of}), meetings attended and concluded."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.deps import StoreDep, require_read
from app.describe import describe
from app.filters import stored_values
from app.openapi import READ_ERRORS, errors, key_path
from app.paging import PageDep, folded, run_page
from app.schemas import NodeDetailOut, PageOut
from graph.model import Label

router = APIRouter(
    prefix="/officials", tags=["officials"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS)
)
Key = Annotated[str, key_path("official", "nguyen-duc-trung@nghe-an")]


@router.get("", response_model=PageOut, summary="Officials, filtered by name and province")
def list_officials(
    store: StoreDep,
    page: PageDep,
    name: Annotated[str | None, Query(max_length=200, description="accent-insensitive part of the name")] = None,
    province: Annotated[
        str | None, Query(max_length=100, description="province, accents optional (Nghệ An, nghe an)")
    ] = None,
) -> PageOut:
    provinces = stored_values(store, "official.province", province)
    return run_page(store, "officials_list", page, {"text": folded(name), "provinces": provinces})


@router.get(
    "/{key:path}",
    response_model=NodeDetailOut,
    summary="One official: posts, meetings attended, concluded",
    responses=errors(404),
)
def get_official(key: Key, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.OFFICIAL)
