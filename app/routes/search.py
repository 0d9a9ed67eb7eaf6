"""Accent- and case-insensitive search across every entity."""

from __future__ import annotations

import re
from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Query, Response

from app.deps import StoreDep, require_read
from app.filters import reference_in
from app.openapi import READ_ERRORS, errors
from app.schemas import SearchOut
from kernel.text import fold
from loaders.resolve import canonical_number

router = APIRouter(tags=["search"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS))

_TERM = re.compile(r"[a-z0-9]+")
MAX_TERMS = 12


def search_terms(text: str) -> list[str]:
    """Folded alphanumeric terms ("Thái Thanh Quý" -> thai, thanh, quy*); the last is a prefix."""
    terms = _TERM.findall(fold(text))[:MAX_TERMS]
    if terms:
        terms[-1] += "*"
    return terms


@router.get(
    "/search",
    response_model=SearchOut,
    summary="Find any entity by name, title or key, accents optional; a kind and number finds that document",
)
def search(
    store: StoreDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=200,
            description="text, e.g. 'thai thanh quy', '204-qd-tw' or a citation: 'Quyết định 204', 'NQ 57'",
        ),
    ],
    limit: Annotated[int, Query(ge=1, le=100, description="most results")] = 20,
) -> Response:
    terms = search_terms(q)
    rows = store.read("search", {"terms": terms, "limit": limit}) if terms else []  # only punctuation: no match
    cited = reference_in(q)  # "Quyết định 204", "NQ 57": the documents of that kind and number come first
    if cited is not None:
        top = max((float(r["score"]) for r in rows), default=0.0) + 1.0
        found = store.read(
            "resolutions_by_number",
            {"number": canonical_number(cited.number), "kinds": list(cited.kinds), "limit": limit},
        )
        keys = {r["key"] for r in found}
        rows = [{**r, "score": top} for r in found] + [r for r in rows if r["key"] not in keys]
    results = [
        {
            "key": r["key"],
            "label": r["labels"][0] if r["labels"] else "Entity",
            "labels": r["labels"],
            "name": str(r["name"]),
            "score": float(r["score"]),
        }
        for r in rows[:limit]
    ]  # a SearchHit each, written from plain values (the same bytes as the models': tests/api/test_routes.py)
    return Response(orjson.dumps({"query": q, "results": results}), media_type="application/json")
