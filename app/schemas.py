"""Response models, named by role (``...Out`` for what a route returns)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class HealthOut(BaseModel):
    status: Literal["ok"] = "ok"


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


class EvidenceWithDocument(Evidence):
    """Evidence with its document's title and date."""

    title: str | None = None
    published: str | None = None
    source: str | None = None


class LinkOut(BaseModel):
    """A related node and the edge that links it (with that edge's evidence)."""

    type: str
    direction: Literal["out", "in"]
    key: str
    labels: list[str]
    name: str | None
    edge: dict[str, Any]
    evidence: list[Evidence]


class NodeDetailOut(NodeOut):
    """A node with every relation, grouped by role for its label."""

    relations: dict[str, list[LinkOut]] = Field(
        description="related nodes grouped by role, e.g. implements, implemented_by, cited_by, mentioned_in"
    )


class PageOut(BaseModel):
    items: list[NodeOut]
    offset: int
    limit: int
    has_more: bool


class ImplementationOut(NodeOut):
    depth: int
    implements: str = Field(description="the key of the document it was made to carry out")
    evidence: list[EvidenceWithDocument]


class ImplementationsOut(BaseModel):
    key: str
    level: str | None
    items: list[ImplementationOut]


class DirectiveOut(NodeOut):
    chain: list[str] = Field(description="keys from the locality up to this directive")


class DirectivesOut(BaseModel):
    key: str
    items: list[DirectiveOut]


class SearchHit(BaseModel):
    key: str
    label: str
    labels: list[str]
    name: str
    score: float


class SearchOut(BaseModel):
    query: str
    results: list[SearchHit]


class GraphOut(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class IngestOut(BaseModel):
    """What ``POST /documents`` did with one document."""

    key: str = Field(description="the document's key (content hash of its normalized text)")
    status: Literal["loaded", "unchanged", "replaced"]
    title: str
    published: str | None
    replaced: list[str] = Field(default_factory=list, description="keys of earlier versions of this source, removed")
    written: dict[str, int] = Field(default_factory=dict, description="rows written per label and relationship type")
    warnings: list[str] = Field(default_factory=list, description="what the reader repaired (a replaced byte ...)")
