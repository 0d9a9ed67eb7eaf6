"""Node details shared by the resource routes: the node, and its relations grouped by role."""

from __future__ import annotations

import re
from typing import Any

from app.evidence import PROVENANCE, evidence_of
from app.schemas import LinkOut, NodeDetailOut
from graph.model import Label
from graph.store import GraphStore
from kernel.errors import Ambiguous, NotFound
from kernel.text import fold
from loaders.resolve import canonical_number

NEIGHBOUR_LIMIT = 1000

#: (relationship type, direction seen from the node) -> role name in the response.
ROLES: dict[tuple[str, str], str] = {
    ("IMPLEMENTS", "out"): "implements",
    ("IMPLEMENTS", "in"): "implemented_by",
    ("CITES", "out"): "cites",
    ("CITES", "in"): "cited_by",
    ("CONCLUDED", "out"): "concluded",
    ("CONCLUDED", "in"): "concluded_by",
    ("ASSIGNED_TO", "out"): "assigned_to",
    ("ASSIGNED_TO", "in"): "assigned",
    ("ATTENDED", "out"): "attended",
    ("ATTENDED", "in"): "attendees",
    ("HOLDS", "out"): "posts",
    ("HOLDS", "in"): "post_holders",
    ("ISSUED_BY", "out"): "issued_by",
    ("ISSUED_BY", "in"): "issued",
    ("HELD_BY", "out"): "held_by",
    ("HELD_BY", "in"): "meetings_held",
    ("PART_OF", "out"): "part_of",
    ("PART_OF", "in"): "parts",
    ("MERGED_INTO", "out"): "merged_into",
    ("MERGED_INTO", "in"): "merged_from",
    ("MENTIONED_IN", "out"): "mentioned_in",
    ("MENTIONED_IN", "in"): "mentions",
}

#: roles whose links carry a date (``as_of``) and are listed in date order
DATED_ROLES = {"posts", "post_holders"}


def node_key(store: GraphStore, key: str) -> str:
    """The key itself when it names a node; else the one node whose key folds to it.

    Keys keep their Vietnamese letters (``nguyễn-đức-trung@nghe-an``); the folded form
    (``nguyen-duc-trung@nghe-an``) finds the node when exactly one folds to it, and is ambiguous (409)
    when several do (Hùng and Hưng). No node: the key as given (the caller says 404)."""
    if store.read("node", {"key": key}):
        return key
    found = [str(row["key"]) for row in store.read("nodes_by_key_ascii", {"key_ascii": fold(key), "limit": 20})]
    if len(found) == 1:
        return found[0]
    if found:
        raise Ambiguous(f"{key!r} names {len(found)} nodes; use one of their keys", candidates=", ".join(found))
    return key


#: a symbol qualified the way keys are written: ``11-KH/TU@nghe-an`` (its province), ``11-KH/TU:2023`` (its
#: year), or both; group ``symbol`` is the symbol as written, ``place`` the province's slug, ``year`` the year
_QUALIFIED_SYMBOL = re.compile(r"^(?P<symbol>[^@:]+)(?:@(?P<place>[^:@]+))?(?::(?P<year>\d{4}))?$")


def resolution_key(store: GraphStore, key: str) -> str:
    """The key itself when it names a node; else the one resolution written with that symbol.

    ``204-QĐ/TW`` finds ``204-QĐ/TW:2024``. A symbol used by several documents (another year,
    another province) is ambiguous unless all but one are undated references. A symbol qualified
    by its province or year, or both, finds the one resolution of that province and year
    (``11-KH/TU@nghe-an`` and ``11-KH/TU:2023`` find ``11-KH/TU@nghe-an:2023``)."""
    if store.read("node", {"key": key}):
        return key
    official = canonical_number(key)  # "5-CT/TW" is written officially "05-CT/TW"
    if official != key:
        if store.read("node", {"key": official}):
            return official
        key = official
    qualified = _QUALIFIED_SYMBOL.match(key)
    if qualified and (qualified["place"] or qualified["year"]):
        return _qualified_key(store, key, qualified)
    found = store.read("resolutions_with_symbol", {"symbol": key})
    dated = [row for row in found if row["issued_on"]]
    if len(found) == 1 or len(dated) == 1:
        return str((dated or found)[0]["key"])
    if not found:
        folded = node_key(store, key)  # "204-QD/TW:2024" for "204-QĐ/TW:2024"
        if folded != key:
            return folded
        raise NotFound(f"no resolution with key or symbol {key!r}", key=key)
    raise Ambiguous(
        f"{key!r} names {len(found)} resolutions; use one of their keys",
        candidates=[str(row["key"]) for row in found],
    )


def _qualified_key(store: GraphStore, key: str, qualified: re.Match[str]) -> str:
    """The one resolution with the symbol of ``qualified``, of its province (the ``@place`` of its symbol
    key) and issued in its year; a folded key (``204-QD/TW:2024``) is tried when none is."""
    symbol, place, year = qualified["symbol"], qualified["place"], qualified["year"]
    rows = [
        row
        for row in store.read("resolutions_with_symbol", {"symbol": symbol})
        if not year or str(row["issued_on"] or "").startswith(year)
    ]
    found = [row for row in rows if not place or row["symbol_key"] == f"{symbol}@{place}"]
    if place and not found:  # the province of a district's or a commune's document ("77/KH-UBND@nghe-an/huyen-...")
        found = [row for row in rows if str(row["symbol_key"] or "").startswith(f"{symbol}@{place}/")]
    if len(found) == 1:
        return str(found[0]["key"])
    if found:
        raise Ambiguous(
            f"{key!r} names {len(found)} resolutions; use one of their keys",
            candidates=[str(row["key"]) for row in found],
        )
    folded = node_key(store, key)
    if folded != key:
        return folded
    raise NotFound(f"no resolution with key or symbol {key!r}", key=key)


def display_name(props: dict[str, Any]) -> str | None:
    for field in ("name", "title", "body", "key"):
        if props.get(field):
            return str(props[field])
    return None


def date_of(props: dict[str, Any]) -> str | None:
    """The date a node is known by: a meeting's, a document's issue or publication date."""
    for field in ("date", "issued_on", "published"):
        if props.get(field):
            return str(props[field])
    return None


def describe(store: GraphStore, key: str, label: Label | None) -> NodeDetailOut:
    """The node ``key`` (or the one its folded form names: :func:`node_key`; it must carry ``label`` when
    given), with grouped relations."""
    key = node_key(store, key)
    found = store.read("node", {"key": key})
    if not found or (label is not None and label.value not in found[0]["labels"]):
        what = label.value.lower() if label else "node"
        raise NotFound(f"no {what} with key {key!r}", key=key)
    relations: dict[str, list[LinkOut]] = {}
    for row in store.read("neighbours", {"key": key, "limit": NEIGHBOUR_LIMIT}):
        direction = "out" if row["outgoing"] else "in"
        role = ROLES.get((row["type"], direction), f"{row['type'].lower()}_{direction}")
        props = row["properties"]
        relations.setdefault(role, []).append(
            LinkOut(
                type=row["type"],
                direction=direction,
                key=row["key"],
                labels=row["labels"],
                name=display_name(row["node"]),
                date=date_of(row["node"]),
                edge={k: v for k, v in props.items() if k not in PROVENANCE},
                evidence=evidence_of(props),
            )
        )
    for role in DATED_ROLES.intersection(relations):  # posts over time: oldest first, undated last
        relations[role].sort(key=lambda link: (link.edge.get("as_of") in (None, ""), str(link.edge.get("as_of") or "")))
    return NodeDetailOut(key=key, labels=found[0]["labels"], properties=found[0]["properties"], relations=relations)
