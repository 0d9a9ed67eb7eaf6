"""Identity and provenance over whole loads: the order of loads never changes the graph, and every edge
says where it comes from (a sentence and span of the served text, or what it is derived from)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from loaders.graphfile import iter_edges, iter_nodes
from loaders.pipeline import Loader
from tests.conftest import REPO
from tests.load.conftest import snapshot

pytestmark = pytest.mark.load

SEEDS = REPO / "examples" / "seeds"

#: Small documents written for this test (not from any article): an undated reference to a central
#: resolution, a dated one, and a provincial symbol reused by two committee terms, cited undated later.
CONSTRUCTED = {
    "u57.txt": "date 2025-03\nBan Thường vụ Tỉnh ủy Nghệ An ban hành Kế hoạch số 20-KH/TU ngày 5/3/2025 để thực hiện "
    "Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
    "d57.txt": "date 2025-01\nTỉnh ủy Nghệ An quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
    "phát triển khoa học, công nghệ.\n",
    "t14.txt": "date 2017-06\nBan Chấp hành Đảng bộ tỉnh Nghệ An (khóa XVIII) ban hành Nghị quyết số 07-NQ/TU "
    "ngày 10/5/2017 về phát triển du lịch.\n",
    "t15.txt": "date 2022-09\nBan Chấp hành Đảng bộ tỉnh Nghệ An (khóa XIX) ban hành Nghị quyết số 07-NQ/TU "
    "ngày 3/8/2022 về phát triển nông nghiệp.\n",
    "u07.txt": "date 2023-04\nUBND tỉnh Nghệ An ban hành Kế hoạch số 88/KH-UBND ngày 2/4/2023 để thực hiện "
    "Nghị quyết số 07-NQ/TU của Ban Chấp hành Đảng bộ tỉnh.\n",
}


def _corpus(root: Path) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = sorted(SEEDS.glob("*.txt"))
    for name, text in CONSTRUCTED.items():
        (root / name).write_text(text, encoding="utf-8")
        paths.append(root / name)
    return paths


def _load_one_at_a_time(store: EmbeddedStore, paths: list[Path]) -> int:
    """Each file in its own load; returns how many earlier documents were resolved again."""
    repointed = 0
    for path in paths:
        summary = Loader(store).load_paths([str(path)])
        assert not summary.failed, summary.failed
        repointed += len(summary.repointed)
    return repointed


def test_the_order_of_loads_never_changes_the_graph(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "corpus")
    seeds = [p for p in paths if p.parent == SEEDS]
    by_name = {p.name: p for p in paths}
    orders = [
        [*seeds, *(by_name[n] for n in ("u57.txt", "d57.txt", "u07.txt", "t14.txt", "t15.txt"))],
        [*(by_name[n] for n in ("t15.txt", "d57.txt", "u07.txt", "t14.txt", "u57.txt")), *reversed(seeds)],
        [by_name["u07.txt"], by_name["u57.txt"], seeds[2], by_name["t14.txt"], *seeds[:2], by_name["d57.txt"],
         *seeds[3:], by_name["t15.txt"]],
    ]  # fmt: skip
    graphs = []
    for i, order in enumerate(orders):
        store = EmbeddedStore(tmp_path / f"store{i}", start_timeout=30)
        try:
            store.apply_schema()
            repointed = _load_one_at_a_time(store, order)
            graphs.append(snapshot(store))
            keys = {row["key"] for row in iter_nodes(store)}
        finally:
            store.close()
        assert "57-NQ/TW:2024" in keys and "57-NQ/TW" not in keys  # the undated reference converged
        assert {"07-NQ/TU@nghe-an:2017", "07-NQ/TU@nghe-an:2022"} <= keys  # two terms, two documents
        assert "07-NQ/TU@nghe-an" not in keys
        assert repointed >= 1  # every order loads an undated reference before a document it names
    assert graphs[0] == graphs[1] == graphs[2]


def test_every_edge_of_the_seeds_has_a_sentence_and_span_of_the_served_text_or_says_it_is_derived(
    embedded_store: EmbeddedStore,
) -> None:
    summary = Loader(embedded_store).load_paths([str(SEEDS)])
    assert not summary.failed
    texts = {row["key"]: row["properties"]["text"] for row in iter_nodes(embedded_store) if "Document" in row["labels"]}
    assert len(texts) == 5
    edges = list(iter_edges(embedded_store))
    read = derived = 0
    for edge in edges:
        props = edge["properties"]
        if props.get("derived_from"):
            assert not props.get("evidence") and not props.get("span_start"), edge
            derived += 1
            continue
        assert props["docs"] and len(props["docs"]) == len(props["evidence"]) == len(props["span_start"]), edge
        for doc, sentence, start, end in zip(
            props["docs"], props["evidence"], props["span_start"], props["span_end"], strict=True
        ):
            assert sentence and 0 <= start < end <= len(texts[doc]), edge
            assert texts[doc][start:end] in sentence, edge
        read += 1
    assert read > 100 and derived > 0
