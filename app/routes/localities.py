"""Localities, and the directives that reached them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.deps import SettingsDep, StoreDep, require_read
from app.describe import describe
from app.routes.resolutions import MAX_DEPTH
from app.schemas import DirectiveOut, DirectivesOut, NodeDetailOut
from graph import lineage
from graph.model import Label

router = APIRouter(prefix="/localities", tags=["localities"], dependencies=[Depends(require_read)])


@router.get(
    "/{key:path}/directives",
    response_model=DirectivesOut,
    summary="The documents that reached this locality, each with the chain that brought it",
)
def get_directives(
    key: str,
    store: StoreDep,
    settings: SettingsDep,
    depth: Annotated[
        int, Query(ge=1, le=MAX_DEPTH, description="levels to follow up (capped at DG_MAX_LINEAGE_DEPTH)")
    ] = 4,
) -> DirectivesOut:
    depth = min(depth, settings.max_lineage_depth)
    describe(store, key, Label.LOCALITY)  # 404 unless it is a locality
    tree = lineage.walk(store, key, "up", depth)
    items = [
        DirectiveOut(key=n.key, labels=n.labels, properties=n.properties, chain=lineage.chain_to(tree, n.key))
        for n in tree.nodes[1:]
        if Label.RESOLUTION.value in n.labels
    ]
    return DirectivesOut(key=key, items=items)


@router.get("/{key:path}", response_model=NodeDetailOut, summary="One locality: level, parent, what was assigned to it")
def get_locality(key: str, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.LOCALITY)
