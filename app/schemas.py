"""Response models, named by role (``...Out`` for what a route returns)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app import examples
from graph.model import CurationAction

#: stored properties that are the store's own business, never part of an answer (the folded search key)
INTERNAL_PROPERTIES = frozenset({"name_norm"})


def public_properties(props: dict[str, Any]) -> dict[str, Any]:
    """A node's properties without :data:`INTERNAL_PROPERTIES` (a copy, in their order: twice the speed of a
    comprehension over them, on every node of an answer)."""
    out = dict(props)
    for name in INTERNAL_PROPERTIES:
        out.pop(name, None)
    return out


def edge_properties(props: dict[str, Any], drop: Collection[str] = ()) -> dict[str, Any]:
    """An edge's properties without an empty ``id`` (``id`` only tells parallel edges apart when set) and without
    the keys in ``drop``."""
    return {k: v for k, v in props.items() if k not in drop and not (k == "id" and v in ("", None))}


def _example(value: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": [value]})


class HealthOut(BaseModel):
    model_config = _example(examples.HEALTH)

    status: Literal["ok"] = "ok"


class ReadyOut(BaseModel):
    model_config = _example(examples.READY)

    status: Literal["ready"] = "ready"
    backend: str


class Evidence(BaseModel):
    """Where an edge was read: one entry per source document."""

    model_config = _example(examples.EVIDENCE)

    doc: str
    sentence: str | None = None
    span: list[int] | None = Field(None, description="[start, end] character offsets in the document text")
    extractor: str | None = None


class NodeOut(BaseModel):
    model_config = _example(examples.NODE)

    key: str
    labels: list[str]
    properties: dict[str, Any]

    @field_validator("properties")
    @classmethod
    def _public(cls, value: dict[str, Any]) -> dict[str, Any]:
        return public_properties(value)


class LineageNodeOut(NodeOut):
    model_config = _example(examples.LINEAGE_NODE)

    depth: int


class EdgeOut(BaseModel):
    model_config = _example(examples.EDGE)

    source: str
    target: str
    type: str
    properties: dict[str, Any]
    evidence: list[Evidence]

    @field_validator("properties")
    @classmethod
    def _no_empty_id(cls, value: dict[str, Any]) -> dict[str, Any]:
        return edge_properties(value)


class LineageOut(BaseModel):
    model_config = _example(examples.LINEAGE)

    root: str
    direction: Literal["down", "up"]
    depth: int
    nodes: list[LineageNodeOut]
    edges: list[EdgeOut]


class EvidenceWithDocument(Evidence):
    """Evidence with its document's title and date."""

    model_config = _example(examples.EVIDENCE_WITH_DOCUMENT)

    title: str | None = None
    published: str | None = None
    source: str | None = None


class LinkOut(BaseModel):
    """A related node and the edge that links it (with that edge's evidence)."""

    model_config = _example(examples.LINK)

    type: str
    direction: Literal["out", "in"]
    key: str
    labels: list[str]
    name: str | None
    date: str | None = Field(
        None, description="the other end's date (a meeting's, a document's issue or publication date), ISO"
    )
    edge: dict[str, Any]
    evidence: list[Evidence]

    @field_validator("edge")
    @classmethod
    def _no_empty_id(cls, value: dict[str, Any]) -> dict[str, Any]:
        return edge_properties(value)


class NodeDetailOut(NodeOut):
    """A node with every relation, grouped by role for its label."""

    model_config = _example(examples.NODE_DETAIL)

    relations: dict[str, list[LinkOut]] = Field(
        description="related nodes grouped by role, e.g. implements, implemented_by, cited_by, mentioned_in"
    )


class PageOut(BaseModel):
    model_config = _example(examples.PAGE)

    items: list[NodeOut]
    offset: int
    limit: int
    has_more: bool


class ImplementationOut(NodeOut):
    model_config = _example(examples.IMPLEMENTATION)

    depth: int
    implements: str = Field(description="the key of the document it was made to carry out")
    evidence: list[EvidenceWithDocument]


class ImplementationsOut(BaseModel):
    model_config = _example(examples.IMPLEMENTATIONS)

    key: str
    level: str | None
    items: list[ImplementationOut]


class DirectiveOut(NodeOut):
    model_config = _example(examples.DIRECTIVE)

    chain: list[str] = Field(description="keys from the locality up to this directive")


class DirectivesOut(BaseModel):
    model_config = _example(examples.DIRECTIVES)

    key: str
    items: list[DirectiveOut]


class SearchHit(BaseModel):
    model_config = _example(examples.SEARCH_HIT)

    key: str
    label: str
    labels: list[str]
    name: str
    score: float


class SearchOut(BaseModel):
    model_config = _example(examples.SEARCH)

    query: str
    results: list[SearchHit]


class GraphOut(BaseModel):
    model_config = _example(examples.GRAPH)

    nodes: list[NodeOut]
    edges: list[EdgeOut]


class IngestOut(BaseModel):
    """What ``POST /documents`` did with one document."""

    model_config = _example(examples.INGEST)

    key: str = Field(description="the document's key (content hash of its normalized text)")
    status: Literal["loaded", "unchanged", "replaced"]
    title: str
    published: str | None
    replaced: list[str] = Field(default_factory=list, description="keys of earlier versions of this source, removed")
    written: dict[str, int] = Field(default_factory=dict, description="rows written per label and relationship type")
    warnings: list[str] = Field(default_factory=list, description="what the reader repaired (a replaced byte ...)")


_CURATION = {
    "id": "3f9a0c1e",
    "at": "2026-12-06T22:49:50.123456+00:00",
    "action": "merge",
    "author": "lan",
    "why": "the same standing committee",
    "source": "ban-thường-vụ-tỉnh-ủy@nghe-an",
    "target": "ban-thường-vụ-tỉnh-ủy",
    "in_force": True,
}
_UNLOAD = {"unloaded": ["d927dbaca7fe3f84"], "reloaded": ["c733a2d9d2e943f3"], "kept": [], "failed": []}


class UnloadOut(BaseModel):
    """What ``DELETE /documents/{key}`` (or an undo) did."""

    model_config = _example(_UNLOAD)

    unloaded: list[str] = Field(description="the documents deleted, with their contributions")
    reloaded: list[str] = Field(
        description="documents sharing an entity with them, loaded again from their stored text"
    )
    kept: list[str] = Field(description="sharing documents stored without their text; left as loaded")
    failed: list[str] = Field(description="sharing documents that failed to load again (source: reason)")


class CurationOut(BaseModel):
    """One entry of the curation log."""

    model_config = _example(_CURATION)

    id: str
    at: str = Field(description="when it was recorded (UTC, ISO 8601)")
    action: CurationAction
    author: str
    why: str = ""
    source: str | None = Field(
        None, description="merge: the node kept; the edges: the start node; rename: the node; keep-apart: one key"
    )
    target: str | None = Field(
        None, description="merge: the node absorbed; the edges: the end node; keep-apart: the other"
    )
    type: str | None = Field(None, description="drop-edge, add-edge: the relationship type")
    undoes: str | None = Field(None, description="undo: the id of the entry it cancels")
    name: str | None = Field(None, description="rename: the new name")
    in_force: bool = Field(description="a correction that no undo cancelled")


class CurationsOut(BaseModel):
    """The curation log, oldest first."""

    model_config = _example({"items": [_CURATION]})

    items: list[CurationOut]


class UndoOut(BaseModel):
    """What ``POST /curations/{id}/undo`` did."""

    model_config = _example(
        {
            "undo": {**_CURATION, "id": "9b1c22d0", "action": "undo", "undoes": "3f9a0c1e", "why": "",
                     "source": None, "target": None, "in_force": False},
            "documents": {**_UNLOAD, "unloaded": []},
        }
    )  # fmt: skip

    undo: CurationOut
    documents: UnloadOut = Field(description="the documents the correction touched, loaded again")


class FetchIn(BaseModel):
    """What ``POST /documents/fetch`` fetches: a URL, and the publication date when the caller knows it."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"url": "https://example.vn/tin-tuc/phien-hop-btv.html"}]},
    )

    url: str = Field(
        min_length=8,
        max_length=2000,
        pattern=r"^[hH][tT][tT][pP][sS]?://",
        description="an http or https URL; its host must resolve to public addresses only (DG_FETCH_ALLOW_PRIVATE)",
    )
    published: str | None = Field(
        None, max_length=10, description="publication date YYYY-MM or YYYY-MM-DD; beats any date the page carries"
    )


class ChangeOut(BaseModel):
    """One node or relationship added, replaced or removed (``GET /changes``; graph/changes.py)."""

    model_config = _example(examples.CHANGE_NODE)

    version: str = Field(description="this change's token: `since` for the changes after it")
    op: Literal["added", "replaced", "removed"]
    kind: Literal["node", "relationship"]
    key: str | None = Field(None, description="a node's key")
    label: str | None = Field(None, description="a node's label")
    type: str | None = Field(None, description="a relationship's type")
    source: str | None = Field(None, description="a relationship's start node key")
    target: str | None = Field(None, description="a relationship's end node key")
    id: str | None = Field(None, description="a relationship's id, when parallel relationships of its type need one")
    doc: str | None = Field(
        None, description="what caused it: a document key, curation:<id> (a correction) or import:<file>"
    )
    at: str = Field(description="when it was recorded (ISO 8601, UTC)")


class ChangesOut(BaseModel):
    """Changes after ``since`` in order, at most ``limit``; follow with ``since=next`` while ``has_more``."""

    model_config = _example(examples.CHANGES)

    since: str = Field(description="the token the page starts after")
    next: str = Field(description="the token to ask from next (`since=next`)")
    current: str = Field(description="the token of the last change recorded")
    has_more: bool = Field(description="true while changes after `next` exist")
    items: list[ChangeOut]
