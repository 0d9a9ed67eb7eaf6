"""What changed since a version token: ``GET /changes`` (the change log, :mod:`graph.changes`).

Never cached (``app/cache.py`` caches only the paths it lists): a follower asks exactly because the
graph moved, and the answer is two index reads.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.deps import StoreDep, require_read
from app.openapi import errors
from app.schemas import ChangeOut, ChangesOut
from graph import changes

router = APIRouter(tags=["changes"], dependencies=[Depends(require_read)])

MAX_LIMIT = 5000


@router.get(
    "/changes",
    response_model=ChangesOut,
    response_model_exclude_none=True,
    summary="What was added, replaced or removed since a version token, in order, a page at a time",
    responses=errors(401, 410, 422, 500, 503),
)
def get_changes(
    store: StoreDep,
    since: Annotated[
        str | None,
        Query(
            max_length=40,
            description="a token from an earlier answer (`next`, `current` or an item's `version`); "
            "left out: from the start of the log",
            examples=["3f9a1c0e-40"],
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="most changes in this page")] = 1000,
) -> ChangesOut:
    """One entry per node or relationship a write added, replaced (properties, labels or evidence changed)
    or removed, with the document (or ``curation:<id>``, ``import:<file>``) that caused it. An entry says
    *that* something changed: read a node again with its route, or drop it when removed; the last entry
    about a thing tells its state. Follow with ``since=next`` while ``has_more``; keep ``next`` for the
    next visit. 410 ``changes_expired`` when the log no longer covers ``since`` (pruned, or emptied):
    read the graph again and follow from ``detail.current``; 422 for a token that is not one or is ahead
    of the log."""
    found = changes.page(store, since, limit)
    items = [
        ChangeOut(
            version=c.token, op=c.op, kind=c.kind, key=c.key, label=c.label, type=c.type, source=c.source,
            target=c.target, id=c.id, doc=c.doc, at=c.at,
        )
        for c in found.items
    ]  # fmt: skip
    return ChangesOut(since=found.since, next=found.next, current=found.current, has_more=found.has_more, items=items)
