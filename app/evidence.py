"""Turn an edge's stored provenance lists into :class:`app.schemas.Evidence` entries."""

from __future__ import annotations

from typing import Any

from app.schemas import EdgeOut, Evidence, edge_properties

PROVENANCE = ("docs", "evidence", "span_start", "span_end", "extractor")


def evidence_of(props: dict[str, Any]) -> list[Evidence]:
    """One :class:`Evidence` per source document recorded on the edge."""
    docs = props.get("docs") or []
    sentences = props.get("evidence") or []
    starts, ends = props.get("span_start") or [], props.get("span_end") or []
    rules = props.get("extractor") or []

    def at(values: list[Any], i: int) -> Any:
        return values[i] if i < len(values) else None

    return [
        Evidence(
            doc=str(doc),
            sentence=at(sentences, i),
            span=[at(starts, i), at(ends, i)] if at(starts, i) is not None else None,
            extractor=at(rules, i),
        )
        for i, doc in enumerate(docs)
    ]


def edge_out(source: str, target: str, rel_type: str, props: dict[str, Any]) -> EdgeOut:
    """An edge for the API: its own properties, and its provenance as evidence."""
    own = {k: v for k, v in props.items() if k not in PROVENANCE}
    return EdgeOut(source=source, target=target, type=rel_type, properties=own, evidence=evidence_of(props))


def evidence_rows(props: dict[str, Any]) -> list[dict[str, Any]]:
    """:func:`evidence_of` as plain values, in :class:`app.schemas.Evidence`'s field order (for answers rendered
    without building models: tests/api/test_health_and_lineage.py checks they are the models' JSON)."""
    docs = props.get("docs") or []
    sentences = props.get("evidence") or []
    starts, ends = props.get("span_start") or [], props.get("span_end") or []
    rules = props.get("extractor") or []
    rows = []
    for i, doc in enumerate(docs):
        start = starts[i] if i < len(starts) else None
        rows.append(
            {
                "doc": str(doc),
                "sentence": sentences[i] if i < len(sentences) else None,
                "span": None if start is None else [start, ends[i] if i < len(ends) else None],
                "extractor": rules[i] if i < len(rules) else None,
            }
        )
    return rows


#: The read shape's provenance lists, which an edge's answer gives as its evidence, not as properties.
_NOT_OWN = frozenset(PROVENANCE)


#: The keys of an edge read with one sentence and nothing else (``graph.provenance.read_one``): most edges.
_ONE_SOURCE = frozenset({"id", *PROVENANCE})


def edge_row(source: str, target: str, rel_type: str, props: dict[str, Any]) -> dict[str, Any]:
    """:func:`edge_out` as plain values, in :class:`app.schemas.EdgeOut`'s field order (the properties as
    :func:`app.schemas.edge_properties` gives them, without the provenance lists). An edge with one source and no
    property of its own, most of them, is written without the general passes (0.5 us against 1.0)."""
    if props.keys() == _ONE_SOURCE and len(docs := props["docs"]) == 1:
        sentences, starts, ends, rules = props["evidence"], props["span_start"], props["span_end"], props["extractor"]
        if len(sentences) == len(starts) == len(ends) == len(rules) == 1:
            ident, start = props["id"], starts[0]
            return {
                "source": source,
                "target": target,
                "type": rel_type,
                "properties": {} if ident in ("", None) else {"id": ident},
                "evidence": [
                    {
                        "doc": str(docs[0]),
                        "sentence": sentences[0],
                        "span": None if start is None else [start, ends[0]],
                        "extractor": rules[0],
                    }
                ],
            }
    own = edge_properties(props, drop=_NOT_OWN)
    return {"source": source, "target": target, "type": rel_type, "properties": own, "evidence": evidence_rows(props)}
