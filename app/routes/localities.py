"""Localities, and the directives that reached them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from app.deps import SettingsDep, StoreDep, require_read
from app.describe import describe
from app.openapi import READ_ERRORS, errors, key_path
from app.paging import depth_query, lineage_depth
from app.routes.resolutions import AsOf, DateFrom, DateTo
from app.schemas import DirectiveOut, DirectivesOut, NodeDetailOut
from graph import dated, lineage
from graph.model import Label
from loaders import as_of as on_map

router = APIRouter(
    prefix="/localities", tags=["localities"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS)
)
Key = Annotated[str, key_path("locality", "tinh/nghe-an")]


@router.get(
    "/{key:path}/directives",
    response_model=DirectivesOut,
    summary="The documents that reached this locality, each with the chain that brought it",
    responses=errors(404),
)
def get_directives(
    key: Key,
    store: StoreDep,
    settings: SettingsDep,
    depth: Annotated[
        int,
        depth_query(
            "IMPLEMENTS steps to follow up from what reached the place "
            f"(the walk stops at {lineage.LOCALITY_MAX_STEPS})"
        ),
    ] = 4,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    as_of: AsOf = None,
) -> DirectivesOut:
    """Everything assigned to the locality, to a unit it is part of (commune -> district -> province)
    or to a unit merged into it (the 2025 reform), the provincial directives a province issued
    itself, and what those implement, up to the central directive. The definition is the query
    ``graph/queries/locality_directives.cypher``, also the Neo4j Browser saved query.
    ``from``/``to``: only the directives whose chain documents dated in that window say, step by step.
    ``as_of``: the places of the administrative map of that day stand for the locality (an old commune after
    the 2025 reform is its new commune, a new one before is the communes it was made from; districts are on
    the map only before), each with the units it was part of on that map; MERGED_INTO history is not followed
    (``loaders/as_of.py``, ``graph/queries/locality_directives_at.cypher``)."""
    depth = lineage_depth(depth, settings)
    day = on_map.check_day(as_of) if as_of is not None else None
    describe(store, key, Label.LOCALITY)  # 404 unless it is a locality
    if day is None:
        reached = lineage.locality_directives(store, key, depth)
    else:
        reached = on_map.locality_directives(store, key, day, depth)
    # the map's steps are the gazetteer's facts: the window judges the chain from the place the carrier reached
    chains = [r.chain[r.placed - 1 :] if r.placed else r.chain for r in reached]
    keep = dated.reached_within(store, chains, date_from, date_to)
    items = [
        DirectiveOut(key=r.key, labels=r.labels, properties=r.properties, chain=r.chain)
        for r, kept in zip(reached, keep, strict=True)
        if kept
    ]
    return DirectivesOut(key=key, items=items)


@router.get(
    "/{key:path}",
    response_model=NodeDetailOut,
    summary="One locality: level, parent, what was assigned to it",
    responses=errors(404),
)
def get_locality(key: Key, store: StoreDep) -> NodeDetailOut:
    return describe(store, key, Label.LOCALITY)
