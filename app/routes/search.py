"""Accent- and case-insensitive search across every entity."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Depends, Query

from app.deps import StoreDep, require_read
from app.openapi import READ_ERRORS, errors
from app.schemas import SearchHit, SearchOut
from kernel.text import fold

router = APIRouter(tags=["search"], dependencies=[Depends(require_read)], responses=errors(*READ_ERRORS))

_TERM = re.compile(r"[a-z0-9]+")
MAX_TERMS = 12


def search_terms(text: str) -> list[str]:
    """Folded alphanumeric terms ("Thái Thanh Quý" -> thai, thanh, quy*); the last is a prefix."""
    terms = _TERM.findall(fold(text))[:MAX_TERMS]
    if terms:
        terms[-1] += "*"
    return terms


@router.get("/search", response_model=SearchOut, summary="Find any entity by name, title or key, accents optional")
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="text, e.g. 'thai thanh quy' or '204-qd-tw'")],
    limit: Annotated[int, Query(ge=1, le=100, description="most results")] = 20,
) -> SearchOut:
    terms = search_terms(q)
    rows = store.read("search", {"terms": terms, "limit": limit}) if terms else []  # only punctuation: no match
    results = [
        SearchHit(
            key=r["key"],
            label=r["labels"][0] if r["labels"] else "Entity",
            labels=r["labels"],
            name=str(r["name"]),
            score=float(r["score"]),
        )
        for r in rows
    ]
    return SearchOut(query=q, results=results)
