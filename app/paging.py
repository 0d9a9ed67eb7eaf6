"""Pagination and filter helpers shared by the list routes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query

from app.deps import SettingsDep
from app.openapi import setting_bound
from app.schemas import NodeOut, PageOut
from graph.store import GraphStore
from kernel.errors import InvalidInput
from kernel.settings import Settings
from kernel.text import fold


@dataclass(frozen=True)
class Page:
    offset: int
    limit: int


async def page_params(
    settings: SettingsDep,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")] = 0,
    limit: Annotated[int, Query(ge=1, le=1000, description="rows per page (capped at DG_MAX_PAGE_SIZE)")] = 50,
) -> Page:
    return Page(offset, min(limit, settings.max_page_size))


PageDep = Annotated[Page, Depends(page_params)]


def folded(text: str | None) -> str | None:
    """A filter's text folded like ``name_norm`` (None stays None, blank becomes None)."""
    if text is None:
        return None
    return fold(text) or None


def run_page(store: GraphStore, query: str, page: Page, filters: dict[str, Any]) -> PageOut:
    """Run a list query for one page (asking one row more to know whether more follow)."""
    rows = store.read(query, {**filters, "skip": page.offset, "limit": page.limit + 1})
    items = [NodeOut(key=r["key"], labels=r["labels"], properties=r["properties"]) for r in rows[: page.limit]]
    return PageOut(items=items, offset=page.offset, limit=page.limit, has_more=len(rows) > page.limit)


def lineage_depth(depth: int, settings: Settings) -> int:
    """``depth`` when within ``DG_MAX_LINEAGE_DEPTH`` (the ``maximum`` the OpenAPI document shows), else 422."""
    if depth > settings.max_lineage_depth:
        raise InvalidInput(
            f"depth is at most {settings.max_lineage_depth} (DG_MAX_LINEAGE_DEPTH)",
            depth=depth,
            maximum=settings.max_lineage_depth,
        )
    return depth


def depth_query(description: str) -> Any:
    """A ``depth`` parameter bounded by ``DG_MAX_LINEAGE_DEPTH``: see :func:`lineage_depth`."""
    return Query(
        ge=1,
        description=f"{description}; at most DG_MAX_LINEAGE_DEPTH (8 unless the server sets it)",
        json_schema_extra=setting_bound("max_lineage_depth"),
    )
