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
        int,
        Query(
            ge=1,
            le=MAX_DEPTH,
            description="IMPLEMENTS steps to follow up from what reached the place "
            f"(capped at {lineage.LOCALITY_MAX_STEPS} and DG_MAX_LINEAGE_DEPTH)",
        ),
    ] = 4,
) -> DirectivesOut:
    """Everything assigned to the locality, to a unit it is part of (commune -> district -> province)
    or to a unit merged into it (the 2025 reform), the provincial directives a province issued
    itself, and what those implement, up to the central directive. The definition is the query
    ``graph/queries/locality_directives.cypher``, also the Neo4j Browser saved query."""
    depth = min(depth, settings.max_lineage_depth)
    describe(store, key, Label.LOCALITY)  # 404 unless it is a locality
    items = [
        DirectiveOut(key=r.key, labels=r.labels, properties=r.properties, chain=r.chain)
        for r in lineage.locality_directives(store, key, depth)
    ]
    return DirectivesOut(key=key, items=items)


@router.get("/{key:path}", response_model=NodeDetailOut, summary="One locality: level, parent, what was assigned to it")
def get_locality(key: str, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.LOCALITY)
