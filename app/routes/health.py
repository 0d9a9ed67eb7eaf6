"""Liveness and readiness.

``/health`` says only that the process is up: it touches neither the store nor the thread pool
that computes answers (an ``async`` route), so it answers promptly however busy the readers are,
and it does not tell the world which version runs. ``/ready`` is true only when a read of the
graph succeeds (a server that answers PING but holds no graph yet is not ready) and every index serves
(after a restart FalkorDB rebuilds a loaded graph's indexes in the background: search finds nothing until then).
"""

from __future__ import annotations

from fastapi import APIRouter

from app.deps import StoreDep
from app.openapi import errors
from app.schemas import HealthOut, ReadyOut
from kernel.errors import DirectiveGraphError, StoreUnavailable

router = APIRouter(tags=["health"])

READY_PROBE = "__ready__"  # a key no node has: the read touches the graph and returns nothing


@router.get(
    "/health", response_model=HealthOut, summary="The process is up", responses=errors(500), operation_id="getHealth"
)
async def health() -> HealthOut:
    return HealthOut()


@router.get(
    "/ready",
    response_model=ReadyOut,
    summary="A read of the graph succeeds",
    responses=errors(500, 503),
    operation_id="getReady",
)
def ready(store: StoreDep) -> ReadyOut:
    store.ping()
    try:
        store.read("node", {"key": READY_PROBE})
    except StoreUnavailable:
        raise
    except DirectiveGraphError as exc:
        raise StoreUnavailable(
            "the graph store answers but the graph cannot be read yet (run `dg schema apply`)", reason=exc.message
        ) from exc
    building = store.indexes_building()
    if building:
        raise StoreUnavailable(
            f"the graph store is still building its indexes ({', '.join(building)}): search and lookups are not "
            "ready yet; try again shortly",
            building=building,
        )
    return ReadyOut(backend=store.backend)
