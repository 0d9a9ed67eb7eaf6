"""Tables over HTTP: a lineage as CSV when the client asks for ``text/csv`` (``Accept``)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import Request, Response

from graph.lineage import Lineage
from graph.store import GraphStore
from kernel.text import slug
from loaders.tables import lineage_table, table_text

CSV = "text/csv"

#: The OpenAPI entry of a route that also answers CSV.
CSV_RESPONSE: dict[str, Any] = {
    "description": "JSON; or with `Accept: text/csv`, a CSV table (UTF-8), one row per edge with its evidence",
    "content": {CSV: {"schema": {"type": "string"}}},
}


def wants_csv(request: Request) -> bool:
    """Whether the client prefers CSV over JSON (``Accept: text/csv``, listed before any JSON)."""
    accept = request.headers.get("accept", "").lower()
    media = [part.split(";")[0].strip() for part in accept.split(",")]
    if CSV not in media:
        return False
    return "application/json" not in media or media.index(CSV) < media.index("application/json")


def csv_response(store: GraphStore, tree: Lineage, name: str) -> Response:
    """The lineage as one CSV table (see :func:`loaders.tables.lineage_table`)."""
    nodes = [asdict(n) for n in tree.nodes]
    edges = [asdict(e) for e in tree.edges]
    docs = sorted({str(d) for e in tree.edges for d in e.properties.get("docs") or []})
    documents = {d["key"]: d for d in store.read("documents_by_key", {"keys": docs})} if docs else {}
    body = table_text(lineage_table(nodes, edges, documents))
    return Response(
        content=body.encode("utf-8"),
        media_type=f"{CSV}; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{slug(name) or "lineage"}.csv"', "Vary": "Accept"},
    )
