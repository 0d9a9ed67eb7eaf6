"""Resolutions: keys contain '/', so they are taken as path parameters (``{key:path}``).

Routes with a suffix (``/lineage``, ``/implementations``) are declared before the bare
``/{key:path}`` so that they win.
"""

from __future__ import annotations

from typing import Annotated, Literal

import orjson
from fastapi import APIRouter, Depends, Query, Request, Response

from app.deps import SettingsDep, StoreDep, require_read
from app.describe import describe, resolution_key
from app.evidence import edge_row, evidence_of
from app.filters import stored_values
from app.openapi import READ_ERRORS, errors, key_path
from app.paging import PageDep, depth_query, folded, lineage_depth, run_page
from app.schemas import (
    EvidenceWithDocument,
    ImplementationOut,
    ImplementationsOut,
    LineageOut,
    NodeDetailOut,
    PageOut,
    public_properties,
)
from app.tables import CSV_RESPONSE, csv_response, wants_csv
from graph import dated, lineage
from graph.model import Label
from graph.store import Row
from kernel.errors import NotFound
from loaders.as_of import check_day, lineage_on

router = APIRouter(
    prefix="/resolutions", tags=["resolutions"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS)
)
Key = Annotated[str, key_path("resolution", "204-QĐ/TW")]

Level = Literal["central", "provincial", "district", "commune"]
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

#: ``from`` / ``to`` on the walks: keep what documents dated in the window say (see graph/dated.py).
DateFrom = Annotated[
    str | None,
    Query(
        alias="from", pattern=ISO_DATE, description="only evidence from documents dated on or after (YYYY[-MM[-DD]])"
    ),
]
DateTo = Annotated[
    str | None,
    Query(alias="to", pattern=ISO_DATE, description="only evidence from documents dated on or before (YYYY[-MM[-DD]])"),
]
#: ``as_of`` on the walks: the administrative map of that day (before or after the 2025 reform; loaders/as_of.py).
AsOf = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}-\d{2}-\d{2}$",
        description="the administrative map of that day (YYYY-MM-DD): before 2025-07-01 the 63 provinces, their "
        "districts and communes; from then the 34 provinces and their communes. A place not on that map stands "
        "for what it went into (after) or came from (before)",
        examples=["2025-07-01"],
    ),
]


@router.get("", response_model=PageOut, summary="Resolutions, filtered and paginated")
def list_resolutions(
    store: StoreDep,
    page: PageDep,
    kind: Annotated[
        str | None, Query(max_length=8, description="NQ, QĐ, CT, KL, KH ... (accents optional: qd)")
    ] = None,
    issuer: Annotated[
        str | None, Query(max_length=200, description="issuer code (TW, TU, CP) or part of its name, accents optional")
    ] = None,
    level: Annotated[Level | None, Query(description="central, provincial, district or commune")] = None,
    issued_from: Annotated[str | None, Query(pattern=ISO_DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    issued_to: Annotated[str | None, Query(pattern=ISO_DATE, description="YYYY[-MM[-DD]], inclusive")] = None,
    text: Annotated[str | None, Query(max_length=200, description="accent-insensitive text in key or title")] = None,
) -> PageOut:
    filters = {
        "kinds": stored_values(store, "resolution.kind", kind),
        "issuers": stored_values(store, "resolution.issuer", issuer, contains=True),
        "issuer_codes": stored_values(store, "resolution.issuer_code", issuer),
        "level": level,
        "date_from": issued_from,
        "date_to": issued_to + "\uffff" if issued_to else None,
        "text": folded(text),
    }
    return run_page(store, "resolutions_list", page, filters)


@router.get(
    "/{key:path}/lineage",
    response_model=LineageOut,
    summary="A directive's tree down to plans, projects and places, or up to its source",
    responses={**errors(404, 409), 200: CSV_RESPONSE},
)
def get_lineage(
    request: Request,
    key: Key,
    store: StoreDep,
    settings: SettingsDep,
    direction: Annotated[
        Literal["down", "up"], Query(description="down: what carries it out; up: its sources")
    ] = "down",
    depth: Annotated[int, depth_query("levels to follow")] = 4,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    as_of: AsOf = None,
) -> Response:
    """JSON, or with ``Accept: text/csv`` one table: a row per edge with both ends and the evidence.
    ``from``/``to`` keep what documents dated in that window say (edges, their evidence, what they reach);
    ``as_of`` shows the places on the map of that day: one the map does not have is replaced by the units
    standing for it (its successors after the 2025 reform, its predecessors before), the edge that reached it
    saying ``mapped_from``."""
    depth = lineage_depth(depth, settings)
    if as_of is not None:
        as_of = check_day(as_of)
    try:  # a key that names a node (the usual case) is walked at once: one round trip less than resolving it first
        tree = lineage.walk(store, key, direction, depth)
    except NotFound:
        tree = lineage.walk(store, resolution_key(store, key), direction, depth)
    tree = dated.walk_within(tree, store, date_from, date_to)
    if as_of is not None:
        tree = lineage_on(store, tree, as_of)
    if wants_csv(request):
        return csv_response(store, tree, f"lineage-{direction}-{tree.root.key}")
    return lineage_response(tree, direction, depth)


def lineage_response(tree: lineage.Lineage, direction: Literal["down", "up"], depth: int) -> Response:
    """The :class:`LineageOut` answer's JSON, written from plain values: building a model per node, edge and
    evidence took longer than the walk itself (BENCHMARKS.md, Computed answers); the same bytes
    (tests/api/test_health_and_lineage.py compares them with the models' JSON). orjson writes them: 12x
    ``json.dumps`` on a lineage, and its numbers are pydantic's (``json.dumps`` wrote ``1e-05`` for ``0.00001``)."""
    body = {
        "root": tree.root.key,
        "direction": direction,
        "depth": depth,
        "nodes": [
            {"key": n.key, "labels": n.labels, "properties": public_properties(n.properties), "depth": n.depth}
            for n in tree.nodes
        ],
        "edges": [edge_row(e.source, e.target, e.type, e.properties) for e in tree.edges],
    }
    return Response(orjson.dumps(body), media_type="application/json")


def _may_be_of_level(key: str, node: dict[str, object], level: str) -> bool:
    """A node of that level, or of a level not known: a plan without a symbol, a project. A node
    known to be local (a province in its key or properties) is not central."""
    known = node.get("level")
    if known is not None:
        return known == level
    return level != "central" or ("@" not in key and not node.get("province"))


@router.get(
    "/{key:path}/implementations",
    response_model=ImplementationsOut,
    summary="What was made to carry out this document (e.g. provincial plans), with evidence",
    responses=errors(404, 409),
)
def get_implementations(
    key: Key,
    store: StoreDep,
    settings: SettingsDep,
    level: Annotated[
        Level | None,
        Query(
            description="only implementers of this level; an implementer whose level is not known (a plan "
            "without a symbol, a project) is kept, its level being unknown rather than another"
        ),
    ] = None,
    depth: Annotated[int, depth_query("follow implementations of implementations this deep")] = 1,
) -> ImplementationsOut:
    depth = lineage_depth(depth, settings)
    key = resolution_key(store, key)
    found: list[tuple[Row, int]] = []
    seen, frontier = {key}, [key]
    for current in range(1, depth + 1):
        rows = [r for r in store.read("implementers_step", {"keys": frontier}) if r["key"] not in seen]
        seen.update(r["key"] for r in rows)
        found.extend((r, current) for r in rows)
        frontier = [r["key"] for r in rows]
        if not frontier:
            break
    docs = sorted({d for row, _ in found for d in row["edge"].get("docs") or []})
    documents = {d["key"]: d for d in store.read("documents_by_key", {"keys": docs})} if docs else {}
    items = []
    for row, at_depth in found:
        if level is not None and not _may_be_of_level(row["key"], row["node"], level):
            continue
        evidence = [
            EvidenceWithDocument(
                **e.model_dump(),
                title=documents.get(e.doc, {}).get("title"),
                published=documents.get(e.doc, {}).get("published"),
                source=documents.get(e.doc, {}).get("source"),
            )
            for e in evidence_of(row["edge"])
        ]
        items.append(
            ImplementationOut(
                key=row["key"],
                labels=row["labels"],
                properties=row["node"],
                depth=at_depth,
                implements=row["parent"],
                evidence=evidence,
            )
        )
    return ImplementationsOut(key=key, level=level, items=items)


@router.get(
    "/{key:path}",
    response_model=NodeDetailOut,
    summary="One resolution with everything linked to it",
    responses=errors(404, 409),
)
def get_resolution(key: Key, store: StoreDep) -> NodeDetailOut:
    return describe(store, resolution_key(store, key), Label.RESOLUTION)
