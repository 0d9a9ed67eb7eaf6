"""End to end: does the API answer "what implements this numbered document" as the gold says?

Per-document F1 (``dg eval``) scores what extraction returns; between it and a user's answer stand
the resolver (keys with or without issuer, province and year), the store and the route. This module
loads documents through the real pipeline (``dg load``'s :class:`~loaders.pipeline.Loader`) into a
store, then, for every gold IMPLEMENTS edge whose target is a numbered document, asks
``GET /resolutions/{symbol}/implementations`` through the app itself, as a user would with the
symbol written in the text, and counts the gold implementer as found or missed. A symbol that names
several documents (a 409: ``08-KH/TU`` of two provinces) is asked again with the candidate this
document mentions, as a user would pick it from the candidates.

A miss is given the first reason that holds:

* ``target not a node``: no node this document mentions matches the target (kind and number);
* ``target under another key``: one does, but the symbol does not lead to it (404, or another node);
* ``implementer not a node``: no node this document mentions matches the implementer;
* ``edge to another key``: the implementer implements a node that matches the target, not the one asked;
* ``edge missing``: the implementer is there, with no IMPLEMENTS edge to the target (an extraction miss);

A found implementer whose gold issuer tells its level ("UBND xã ..." is a commune's, "Huyện ủy" a
district's) is asked for again with ``level=`` that level, as the headline question is asked; one the
filter drops is a ``filtered by level`` miss of that second count (the node's level is wrong or unknown).

A gold implementer is found when an answer item matches it (the scorer's rules: kind and number, or a
described document's words; a project's name) and this document's evidence supports the item's edge.
An answer item that this document's evidence supports and that matches no gold implementer of the
target is an extra.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

with warnings.catch_warnings():  # starlette's note on its httpx transport: nothing for this module to change
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from app.main import create_app
from graph.store import GraphStore
from kernel.settings import Settings
from loaders.evaluate import fold, load_json, match_project, match_resolution

Item = Mapping[str, Any]

REASONS = (
    "target not a node",
    "target under another key",
    "implementer not a node",
    "edge to another key",
    "edge missing",
)


@dataclass
class Miss:
    doc: str
    source: str
    target: str
    reason: str
    detail: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "doc": self.doc,
            "source": self.source,
            "target": self.target,
            "reason": self.reason,
            "detail": self.detail,
        }


@dataclass
class EndToEnd:
    """The counts: gold implementations found and missed, and extra implementers answered."""

    gold: int = 0
    found: int = 0
    extra: int = 0
    asked_after_409: int = 0
    misses: list[Miss] = field(default_factory=list)
    #: of the found ones whose issuer gives their level: asked again with ``level=`` it, found again or not
    level_gold: int = 0
    level_found: int = 0
    level_misses: list[Miss] = field(default_factory=list)
    #: found implementers whose node carries another issue date than the gold's: two documents of one
    #: symbol merged into one node (a district's and the province's "77/KH-UBND" of one year), or a date misread
    other_date: list[Miss] = field(default_factory=list)
    extras: list[dict[str, str]] = field(default_factory=list)
    no_gold: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    def reasons(self) -> dict[str, int]:
        counts = Counter(m.reason for m in self.misses)
        return {reason: counts[reason] for reason in REASONS if counts[reason]}

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "found": self.found,
            "missed": len(self.misses),
            "extra": self.extra,
            "recall": round(self.recall, 4),
            "asked_after_409": self.asked_after_409,
            "reasons": self.reasons(),
            "misses": [m.as_dict() for m in self.misses],
            "level": {
                "asked": self.level_gold,
                "found": self.level_found,
                "misses": [m.as_dict() for m in self.level_misses],
            },
            "extras": self.extras,
            "other_date": [m.as_dict() for m in self.other_date],
            "no_gold": self.no_gold,
        }


#: the level of a gold implementer, read from its issuer's words (folded as the scorer folds: tone marks
#: dropped); the first level with a phrase in the issuer wins. A "Thành ủy" or "UBND thành phố" may be a
#: province's (Hải Phòng) or a district's (Vinh), "Quận ủy" folds to "Quân ủy" (the army's): those are not read.
_ISSUER_LEVELS = tuple(
    (level, tuple(fold(p) for p in phrases))
    for level, phrases in (
        ("district", ("huyện", "thị xã", "thị ủy", "ủy ban nhân dân quận")),
        ("commune", ("xã", "phường", "thị trấn")),
        ("central", ("bộ chính trị", "ban bí thư", "trung ương", "chính phủ", "quốc hội", "thủ tướng", "đảng ủy bộ")),
        ("provincial", ("tỉnh",)),
    )
)


def issuer_level(issuer: str | None) -> str | None:
    """``provincial`` for "Ban Thường vụ Tỉnh ủy", ``commune`` for "UBND xã Nghĩa Hưng", None when unsure."""
    words = f" {fold(issuer)} "
    if words.startswith(f" {fold('Bộ')} ") and not words.startswith(f" {fold('Bộ Chỉ huy')} "):  # a ministry
        return "central"
    for level, phrases in _ISSUER_LEVELS:
        if any(f" {phrase} " in words for phrase in phrases):
            return level
    return None


def _gold_item(gold: Item, ref: str) -> tuple[str, Item] | None:
    """A gold endpoint (a resolution key or a project name) as (type, item)."""
    for res in gold.get("resolutions") or []:
        if res.get("key") == ref:
            return "resolution", res
    for project in gold.get("projects") or []:
        if project.get("name") == ref:
            return "project", project
    return None


def _as_item(key: str, labels: Sequence[str], props: Item) -> tuple[str, Item]:
    """A graph node in the scorer's shape: a Resolution by its key, kind and number, a Project by its name."""
    if "Resolution" in labels:
        return "resolution", {
            "key": props.get("title") or key,
            "kind": props.get("kind"),
            "number": props.get("number"),
        }
    return "project", {"name": props.get("name") or props.get("title") or key}


def _same(gold: tuple[str, Item], node: tuple[str, Item]) -> bool:
    if gold[0] != node[0]:
        return False
    if gold[0] == "resolution":  # a described node is compared by its title (its description), as in the scorer
        return match_resolution(gold[1], node[1])
    return match_project(gold[1], node[1])


class _Asker:
    """Asks the app what implements a key; remembers nothing between questions (the cache is off)."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def implementations(self, key: str, level: str | None = None) -> tuple[int, dict[str, Any]]:
        params = {"level": level} if level else {}
        response = self.client.get(f"/resolutions/{quote(key, safe='')}/implementations", params=params)
        body: dict[str, Any] = response.json()
        return response.status_code, body


def measure(store: GraphStore, document_keys: Sequence[str], gold_dir: Path, settings: Settings) -> EndToEnd:
    """Ask the app over ``store`` (the documents ``document_keys`` loaded) for every gold IMPLEMENTS edge
    of theirs to a numbered target."""
    result = EndToEnd()
    documents = {str(r["key"]): r for r in store.read("documents_stored", {"keys": list(document_keys)})}
    settings = settings.model_copy(update={"cache_mb": 0})  # every answer computed from the store
    with TestClient(create_app(settings, store), raise_server_exceptions=True) as client:
        asker = _Asker(client)
        for doc_key, doc in sorted(documents.items(), key=lambda kv: str(kv[1]["source"])):
            stem = Path(str(doc["source"])).stem
            gold_path = gold_dir / f"{stem}.json"
            if not gold_path.is_file():
                result.no_gold.append(str(doc["source"]))
                continue
            _measure_document(store, asker, doc_key, stem, load_json(gold_path), result)
    return result


def _measure_document(store: GraphStore, asker: _Asker, doc_key: str, stem: str, gold: Item, result: EndToEnd) -> None:
    mentioned: list[tuple[str, Sequence[str], Item]] = []
    for row in store.read("document_mentions", {"key": doc_key}):
        for node in store.read("node", {"key": row["key"]}):
            mentioned.append((str(node["key"]), node["labels"], node["properties"]))
    edges = [r for r in gold.get("relations") or [] if r.get("type") == "IMPLEMENTS"]
    by_target: dict[str, list[str]] = {}
    for edge in edges:
        target = _gold_item(gold, str(edge.get("target")))
        if target is None or target[0] != "resolution" or not target[1].get("number"):
            continue
        by_target.setdefault(str(edge["target"]), []).append(str(edge["source"]))
    for target_ref, sources in by_target.items():
        target = _gold_item(gold, target_ref)
        assert target is not None
        target_nodes = [k for k, labels, props in mentioned if _same(target, _as_item(k, labels, props))]
        status, body = asker.implementations(target_ref)
        asked = target_ref
        if status == 409:
            candidates = [c for c in body.get("error", {}).get("detail", {}).get("candidates", []) if c in target_nodes]
            if candidates:
                result.asked_after_409 += 1
                asked = candidates[0]
                status, body = asker.implementations(asked)
        items = body.get("items", []) if status == 200 else []
        answered_key = body.get("key") if status == 200 else None
        # this document's answer: the implementers its own evidence supports
        supported = [i for i in items if doc_key in {e.get("doc") for e in i.get("evidence") or []}]
        unmatched = list(supported)
        for source_ref in sources:
            result.gold += 1
            source = _gold_item(gold, source_ref)
            if source is None:
                result.misses.append(
                    Miss(stem, source_ref, target_ref, "implementer not a node", "not in gold entities")
                )
                continue
            # only an implementer this document supports: another province's plan of the same number is not it
            hit = next((i for i in supported if _same(source, _as_item(i["key"], i["labels"], i["properties"]))), None)
            if hit is not None:
                if hit in unmatched:
                    unmatched.remove(hit)
                result.found += 1
                issued, written = source[1].get("issued_on"), hit["properties"].get("issued_on")
                if issued and written and issued != written:  # one node for two documents, or a misread date
                    result.other_date.append(
                        Miss(stem, source_ref, target_ref, "another date", f"{hit['key']} {written}")
                    )
                level = issuer_level(source[1].get("issuer"))
                if level:  # the same question with the implementer's level, as the headline question asks it
                    result.level_gold += 1
                    if _listed(asker, str(answered_key), level, hit["key"]):
                        result.level_found += 1
                    else:
                        detail = f"level={level}; the node says {hit['properties'].get('level')}"
                        result.level_misses.append(Miss(stem, source_ref, target_ref, "filtered by level", detail))
                continue
            result.misses.append(
                _why(store, stem, source, source_ref, target_ref, target_nodes, mentioned, status, answered_key)
            )
        for item in unmatched:
            result.extra += 1
            result.extras.append({"doc": stem, "target": target_ref, "implementer": str(item["key"])})


def _listed(asker: _Asker, key: str, level: str, implementer: str) -> bool:
    status, body = asker.implementations(key, level)
    return status == 200 and any(i["key"] == implementer for i in body.get("items", []))


def _why(
    store: GraphStore,
    stem: str,
    source: tuple[str, Item],
    source_ref: str,
    target_ref: str,
    target_nodes: list[str],
    mentioned: list[tuple[str, Sequence[str], Item]],
    status: int,
    answered_key: str | None,
) -> Miss:
    if not target_nodes:
        return Miss(stem, source_ref, target_ref, "target not a node")
    if answered_key not in target_nodes:
        asked = f"HTTP {status}" if answered_key is None else f"asked {answered_key}"
        return Miss(
            stem, source_ref, target_ref, "target under another key", f"{asked}; here {', '.join(target_nodes)}"
        )
    implementers = [k for k, labels, props in mentioned if _same(source, _as_item(k, labels, props))]
    if not implementers:
        return Miss(stem, source_ref, target_ref, "implementer not a node")
    for key in implementers:
        for row in store.read("lineage_up_step", {"keys": [key]}):
            if row["type"] == "IMPLEMENTS" and row["key"] != answered_key and row["key"] in target_nodes:
                return Miss(stem, source_ref, target_ref, "edge to another key", f"{key} -> {row['key']}")
    return Miss(stem, source_ref, target_ref, "edge missing", ", ".join(implementers))
