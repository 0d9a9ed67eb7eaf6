"""``graph.dated``: a lineage cut to the documents dated within a window."""

from __future__ import annotations

from typing import Any

import pytest

from graph.dated import OnMap, chain_within, cut, on_map, within
from graph.lineage import Lineage, LineageEdge, LineageNode
from kernel.errors import InvalidInput

pytestmark = pytest.mark.unit

DATES = {"d2021": "2021-05", "d2025a": "2025-04-28", "d2025b": "2025-06", "undated": None}


def evidence(*docs: str) -> dict[str, Any]:
    return {
        "id": "",
        "docs": list(docs),
        "evidence": [f"câu trong {d}" for d in docs],
        "span_start": [i for i, _ in enumerate(docs)],
        "span_end": [i + 5 for i, _ in enumerate(docs)],
        "extractor": ["rule"] * len(docs),
    }


def tree() -> Lineage:
    """root <- plan (2021, 2025-06) <- project (2025-04-28); root <- meeting (undated); plan -> locality (no docs)."""
    root = LineageNode("57-NQ/TW", ["Resolution"], {}, 0)
    nodes = [
        root,
        LineageNode("12-KH/TU@nghe-an", ["Resolution"], {}, 1, "57-NQ/TW"),
        LineageNode("hop@nghe-an/2024", ["Meeting"], {}, 1, "57-NQ/TW"),
        LineageNode("de-an@nghe-an", ["Project"], {}, 2, "12-KH/TU@nghe-an"),
        LineageNode("tinh/nghe-an", ["Locality"], {}, 2, "12-KH/TU@nghe-an"),
    ]
    edges = [
        LineageEdge("12-KH/TU@nghe-an", "57-NQ/TW", "IMPLEMENTS", evidence("d2021", "d2025b")),
        LineageEdge("hop@nghe-an/2024", "57-NQ/TW", "CITES", evidence("undated")),
        LineageEdge("de-an@nghe-an", "12-KH/TU@nghe-an", "IMPLEMENTS", evidence("d2025a")),
        LineageEdge("12-KH/TU@nghe-an", "tinh/nghe-an", "ASSIGNED_TO", {"id": ""}),
    ]
    return Lineage(root=root, direction="down", depth=2, nodes=nodes, edges=edges)


def keys(lineage: Lineage) -> list[str]:
    return [n.key for n in lineage.nodes]


def test_within_compares_at_the_coarser_precision() -> None:
    assert within("2025-06", "2025", "2025") and within("2025-06", "2025-06-15", None)
    assert not within("2025-06", "2025-07", None) and not within("2025-06", None, "2025-05-31")
    assert within("2025-04-28", "2025-04", "2025-04") and not within("2025-04-28", "2025-04-29", None)
    assert not within(None, "2000", None) and within(None, None, None)


def test_no_window_is_the_whole_walk() -> None:
    whole = tree()
    assert cut(whole, DATES, None, None) is whole


def test_an_edge_keeps_only_the_evidence_of_the_window() -> None:
    got = cut(tree(), DATES, "2025", None)
    assert keys(got) == ["57-NQ/TW", "12-KH/TU@nghe-an", "de-an@nghe-an", "tinh/nghe-an"]  # the meeting is undated
    plan = next(e for e in got.edges if e.source == "12-KH/TU@nghe-an" and e.type == "IMPLEMENTS")
    assert plan.properties["docs"] == ["d2025b"] and plan.properties["evidence"] == ["câu trong d2025b"]
    assert plan.properties["span_start"] == [1] and plan.properties["span_end"] == [6]


def test_what_the_window_no_longer_reaches_goes() -> None:
    got = cut(tree(), DATES, None, "2021-12")
    # 2021 still says the plan implements the directive; the project came in 2025; the assignment has no date
    assert keys(got) == ["57-NQ/TW", "12-KH/TU@nghe-an", "tinh/nghe-an"]
    assert {(e.source, e.type) for e in got.edges} == {
        ("12-KH/TU@nghe-an", "IMPLEMENTS"),
        ("12-KH/TU@nghe-an", "ASSIGNED_TO"),
    }
    before = cut(tree(), DATES, None, "2020")
    assert keys(before) == ["57-NQ/TW"] and before.edges == []


def test_from_after_to_is_invalid() -> None:
    with pytest.raises(InvalidInput):
        cut(tree(), DATES, "2025", "2024")
    assert cut(tree(), DATES, "2025-06", "2025").edges  # to=2025 runs to the end of the year


def test_a_chain_is_kept_when_the_window_says_each_step() -> None:
    links: dict[tuple[str, str], list[list[str]]] = {
        ("tinh/nghe-an", "12-KH/TU@nghe-an"): [["d2025a"]],  # assigned to the province in April 2025
        ("12-KH/TU@nghe-an", "57-NQ/TW"): [["d2021"], ["d2025b"]],  # two edges, e.g. IMPLEMENTS and CITES
        ("xa/a@nghe-an", "tinh/nghe-an"): [[]],  # PART_OF from the gazetteer: no document, timeless
    }
    chain = ["xa/a@nghe-an", "tinh/nghe-an", "12-KH/TU@nghe-an", "57-NQ/TW"]
    assert chain_within(links, DATES, chain, "2025", None)
    assert not chain_within(links, DATES, chain, None, "2021")  # the assignment came later
    assert not chain_within(links, DATES, chain, "2025-05", None)  # the assignment came earlier
    assert not chain_within(links, DATES, [*chain, "unlinked"], None, None)


def test_on_the_map_of_a_day_two_old_communes_of_one_new_are_one_place_with_both_evidence() -> None:
    root = LineageNode("57-NQ/TW", ["Resolution"], {}, 0)
    plan = LineageNode("12-KH/TU@nghe-an", ["Resolution"], {}, 1, "57-NQ/TW")
    old = [LineageNode(k, ["Locality"], {}, 2, plan.key) for k in ("xa/a@nghe-an", "xa/b@nghe-an", "huyen/h@nghe-an")]
    edges = [LineageEdge(plan.key, root.key, "IMPLEMENTS", evidence("d2021"))]
    edges += [
        LineageEdge(plan.key, n.key, "ASSIGNED_TO", evidence(doc))
        for n, doc in zip(old, ("d2021", "d2025b", "d2021"), strict=True)
    ]
    lineage = Lineage(root=root, direction="down", depth=2, nodes=[root, plan, *old], edges=edges)
    new = OnMap("xa/n@nghe-an", ["Locality"], {"name": "N"})
    mapped = on_map(lineage, {"xa/a@nghe-an": [new], "xa/b@nghe-an": [new], "huyen/h@nghe-an": []})
    assert [(n.key, n.depth, n.via) for n in mapped.nodes] == [
        ("57-NQ/TW", 0, None),
        (plan.key, 1, root.key),
        ("xa/n@nghe-an", 2, plan.key),
    ]  # the district stood for nothing here: it goes, with its edge
    [assigned] = [e for e in mapped.edges if e.type == "ASSIGNED_TO"]
    assert assigned.target == "xa/n@nghe-an" and assigned.properties["mapped_from"] == ["xa/a@nghe-an", "xa/b@nghe-an"]
    assert assigned.properties["docs"] == ["d2021", "d2025b"] and len(assigned.properties["evidence"]) == 2
    assert on_map(lineage, {}) is lineage
    assert on_map(lineage, {root.key: [new]}).nodes[0] == root  # the root is walked as given
