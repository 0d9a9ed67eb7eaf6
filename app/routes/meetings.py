"""Meetings: by body, province and date."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.deps import StoreDep, require_read
from app.describe import describe
from app.filters import stored_values
from app.openapi import READ_ERRORS, errors, key_path
from app.paging import PageDep, folded, run_page
from app.routes.resolutions import ISO_DATE
from app.schemas import NodeDetailOut, PageOut
from graph.model import Label

router = APIRouter(
    prefix="/meetings", tags=["meetings"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS)
)
Key = Annotated[str, key_path("meeting", "ban-thuong-vu-tinh-uy@nghe-an/2025-06")]


@router.get("", response_model=PageOut, summary="Meetings, filtered by body, province and date, newest first")
def list_meetings(
    store: StoreDep,
    page: PageDep,
    body: Annotated[str | None, Query(max_length=200, description="accent-insensitive part of the body's name")] = None,
    province: Annotated[
        str | None, Query(max_length=100, description="province, accents optional (Nghệ An, nghe an)")
    ] = None,
    date_from: Annotated[str | None, Query(pattern=ISO_DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    date_to: Annotated[str | None, Query(pattern=ISO_DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
) -> PageOut:
    filters = {
        "body": folded(body),
        "provinces": stored_values(store, "meeting.province", province),
        "date_from": date_from,
        "date_to": date_to + "\uffff" if date_to else None,
    }
    return run_page(store, "meetings_list", page, filters)


@router.get(
    "/{key:path}",
    response_model=NodeDetailOut,
    summary="One meeting: body, attendees, conclusion, citations",
    responses=errors(404),
)
def get_meeting(key: Key, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.MEETING)
