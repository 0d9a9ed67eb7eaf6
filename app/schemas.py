"""Response models, named by role (``...Out`` for what a route returns)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"
    version: str


class ReadyOut(BaseModel):
    status: Literal["ready"] = "ready"
    backend: str


class Evidence(BaseModel):
    """Where an edge was read: one entry per source document."""

    doc: str
    sentence: str | None = None
    span: list[int] | None = Field(None, description="[start, end] character offsets in the document text")
    extractor: str | None = None


class NodeOut(BaseModel):
    key: str
    labels: list[str]
    properties: dict[str, Any]


class LineageNodeOut(NodeOut):
    depth: int


class EdgeOut(BaseModel):
    source: str
    target: str
    type: str
    properties: dict[str, Any]
    evidence: list[Evidence]


class LineageOut(BaseModel):
    root: str
    direction: Literal["down", "up"]
    depth: int
    nodes: list[LineageNodeOut]
    edges: list[EdgeOut]
