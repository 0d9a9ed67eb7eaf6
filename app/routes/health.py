"""Liveness and readiness."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from fastapi import APIRouter

from app.deps import StoreDep
from app.openapi import errors
from app.schemas import HealthOut, ReadyOut

router = APIRouter(tags=["health"])


def _version() -> str:
    try:
        return version("directive-graph")
    except PackageNotFoundError:
        return "unknown"


@router.get(
    "/health", response_model=HealthOut, summary="The process is up", responses=errors(500), operation_id="getHealth"
)
def health() -> HealthOut:
    return HealthOut(version=_version())


@router.get(
    "/ready",
    response_model=ReadyOut,
    summary="The graph store answers",
    responses=errors(500, 503),
    operation_id="getReady",
)
def ready(store: StoreDep) -> ReadyOut:
    store.ping()
    return ReadyOut(backend=store.backend)
