"""Resolutions: keys contain '/', so they are taken as path parameters (``{key:path}``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query

from app.deps import SettingsDep, StoreDep, require_read
from app.errors import InvalidInput
from app.evidence import edge_out
from app.schemas import LineageNodeOut, LineageOut
from graph import lineage

router = APIRouter(prefix="/resolutions", tags=["resolutions"], dependencies=[Depends(require_read)])


@router.get(
    "/{key:path}/lineage",
    response_model=LineageOut,
    summary="A directive's tree down to plans, projects and places, or up to its source",
)
def get_lineage(
    key: str,
    store: StoreDep,
    settings: SettingsDep,
    direction: Annotated[
        Literal["down", "up"], Query(description="down: what carries it out; up: its sources")
    ] = "down",
    depth: Annotated[int, Query(ge=1, description="levels to follow (capped by DG_MAX_LINEAGE_DEPTH)")] = 4,
) -> LineageOut:
    if depth > settings.max_lineage_depth:
        raise InvalidInput(f"depth must be at most {settings.max_lineage_depth}", depth=depth)
    tree = lineage.walk(store, key, direction, depth)
    return LineageOut(
        root=tree.root.key,
        direction=direction,
        depth=depth,
        nodes=[LineageNodeOut(key=n.key, labels=n.labels, properties=n.properties, depth=n.depth) for n in tree.nodes],
        edges=[edge_out(e.source, e.target, e.type, e.properties) for e in tree.edges],
    )
