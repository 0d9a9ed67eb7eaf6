"""Example answers for the OpenAPI document (each model's ``examples``), checked against the models
by the tests. The sentence is made up for the example, in the shape of a provincial news report."""

from __future__ import annotations

from typing import Any

SENTENCE = (
    "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 331 ngày 28/4/2025 để cụ thể hóa "
    "Quyết định số 204-QĐ/TW trong các cơ quan đảng của tỉnh."
)

EVIDENCE: dict[str, Any] = {"doc": "3f9a1c0e", "sentence": SENTENCE, "span": [0, 131], "extractor": "implements.plan"}
EVIDENCE_WITH_DOCUMENT: dict[str, Any] = {
    **EVIDENCE,
    "title": "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 6",
    "published": "2025-06-12",
    "source": "https://example.org/tin-tuc/phien-hop-thang-6",
}
RESOLUTION_PROPS: dict[str, Any] = {
    "kind": "QĐ",
    "number": "204",
    "issuer": "Ban Bí thư",
    "issuer_code": "TW",
    "issued_on": "2024-11-29",
    "level": "central",
    "title": "Quyết định số 204-QĐ/TW",
}
PLAN_PROPS: dict[str, Any] = {
    "kind": "KH",
    "number": "331",
    "issuer": "Ban Thường vụ Tỉnh ủy",
    "issuer_code": "TU",
    "issued_on": "2025-04-28",
    "level": "provincial",
    "province": "Nghệ An",
    "title": "Kế hoạch số 331",
}
NODE: dict[str, Any] = {"key": "204-QĐ/TW:2024", "labels": ["Resolution"], "properties": RESOLUTION_PROPS}
EDGE: dict[str, Any] = {
    "source": "331-KH/TU@nghe-an:2025",
    "target": "204-QĐ/TW:2024",
    "type": "IMPLEMENTS",
    "properties": {},
    "evidence": [EVIDENCE],
}
LINEAGE_NODE: dict[str, Any] = {**NODE, "depth": 0}
LINEAGE: dict[str, Any] = {
    "root": "204-QĐ/TW:2024",
    "direction": "down",
    "depth": 2,
    "nodes": [
        LINEAGE_NODE,
        {"key": "331-KH/TU@nghe-an:2025", "labels": ["Resolution"], "properties": PLAN_PROPS, "depth": 1},
    ],
    "edges": [EDGE],
}
LINK: dict[str, Any] = {
    "type": "IMPLEMENTS",
    "direction": "in",
    "key": "331-KH/TU@nghe-an:2025",
    "labels": ["Resolution"],
    "name": "Kế hoạch số 331",
    "date": "2025-04-28",
    "edge": {},
    "evidence": [EVIDENCE],
}
NODE_DETAIL: dict[str, Any] = {**NODE, "relations": {"implemented_by": [LINK]}}
PAGE: dict[str, Any] = {"items": [NODE], "offset": 0, "limit": 50, "has_more": False}
IMPLEMENTATION: dict[str, Any] = {
    "key": "331-KH/TU@nghe-an:2025",
    "labels": ["Resolution"],
    "properties": PLAN_PROPS,
    "depth": 1,
    "implements": "204-QĐ/TW:2024",
    "evidence": [EVIDENCE_WITH_DOCUMENT],
}
IMPLEMENTATIONS: dict[str, Any] = {"key": "204-QĐ/TW:2024", "level": "provincial", "items": [IMPLEMENTATION]}
DIRECTIVE: dict[str, Any] = {**NODE, "chain": ["tinh/nghe-an", "331-KH/TU@nghe-an:2025", "204-QĐ/TW:2024"]}
DIRECTIVES: dict[str, Any] = {"key": "tinh/nghe-an", "items": [DIRECTIVE]}
SEARCH_HIT: dict[str, Any] = {
    "key": "204-QĐ/TW:2024",
    "label": "Resolution",
    "labels": ["Resolution"],
    "name": "Quyết định số 204-QĐ/TW",
    "score": 2.5,
}
SEARCH: dict[str, Any] = {"query": "quyet dinh 204", "results": [SEARCH_HIT]}
GRAPH: dict[str, Any] = {
    "nodes": [NODE, {"key": "331-KH/TU@nghe-an:2025", "labels": ["Resolution"], "properties": PLAN_PROPS}],
    "edges": [EDGE],
}
INGEST: dict[str, Any] = {
    "key": "3f9a1c0e",
    "status": "loaded",
    "title": "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 6",
    "published": "2025-06-12",
    "replaced": [],
    "written": {"Document": 1, "Resolution": 2, "IMPLEMENTS": 1},
}
HEALTH: dict[str, Any] = {"status": "ok", "version": "0.1.0"}
READY: dict[str, Any] = {"status": "ready", "backend": "embedded"}
CHANGE_NODE: dict[str, Any] = {
    "version": "3f9a1c0e-41",
    "op": "added",
    "kind": "node",
    "key": "331-KH/TU@nghe-an:2025",
    "label": "Resolution",
    "doc": "d927dbaca7fe3f84",
    "at": "2025-06-12T08:30:00.120000+00:00",
}
CHANGE_EDGE: dict[str, Any] = {
    "version": "3f9a1c0e-42",
    "op": "replaced",
    "kind": "relationship",
    "type": "IMPLEMENTS",
    "source": "331-KH/TU@nghe-an:2025",
    "target": "204-QĐ/TW:2024",
    "doc": "d927dbaca7fe3f84",
    "at": "2025-06-12T08:30:00.180000+00:00",
}
CHANGES: dict[str, Any] = {
    "since": "3f9a1c0e-40",
    "next": "3f9a1c0e-42",
    "current": "3f9a1c0e-57",
    "has_more": True,
    "items": [CHANGE_NODE, CHANGE_EDGE],
}
