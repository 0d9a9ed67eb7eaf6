"""The load pipeline on the embedded store: the headline answer, identity, idempotence, changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest

from graph.backends.embedded import EmbeddedStore
from graph.model import Label
from loaders.pipeline import Loader
from loaders.write import MAX_BATCH_CHARS, GraphWriter
from tests.conftest import REPO
from tests.load.conftest import copy_corpus, snapshot

pytestmark = pytest.mark.load

SEEDS = REPO / "examples" / "seeds"


def load(store: EmbeddedStore, *paths: Path) -> Loader:
    loader = Loader(store)
    summary = loader.load_paths([str(p) for p in paths])
    assert not summary.failed, summary.failed
    return loader


def test_seeds_answer_the_headline_question(embedded_store: EmbeddedStore) -> None:
    load(embedded_store, SEEDS)
    root = embedded_store.read("resolutions_with_symbol", {"symbol": "204-QĐ/TW"})
    assert len(root) == 1
    rows = embedded_store.read("implementers_step", {"keys": [root[0]["key"]]})
    plans = [r for r in rows if "Resolution" in r["labels"] and r["node"].get("level") == "provincial"]
    assert [p["node"]["symbol"] for p in plans] == ["331-KH/TU"]
    evidence = " ".join(plans[0]["edge"]["evidence"])
    assert "Kế hoạch số 331" in evidence and "204-QĐ/TW" in evidence


def test_one_official_with_posts_over_time(embedded_store: EmbeddedStore) -> None:
    load(embedded_store, SEEDS)
    rows = embedded_store.read("neighbours", {"key": "nguyễn-đức-trung@nghe-an", "limit": 500})
    posts = {(r["properties"]["title"], r["properties"]["as_of"][:4]) for r in rows if r["type"] == "HOLDS"}
    years = {year for _, year in posts}
    assert {"2021", "2022", "2025"} <= years, posts
    assert ("Bí thư Tỉnh ủy", "2025") in posts
    assert ("Chủ tịch UBND tỉnh", "2022") in posts


def test_loading_twice_changes_nothing(embedded_store: EmbeddedStore) -> None:
    load(embedded_store, SEEDS)
    first = snapshot(embedded_store)
    summary = Loader(embedded_store).load_paths([str(SEEDS)])
    assert len(summary.skipped) == 5 and not summary.loaded
    assert snapshot(embedded_store) == first


def test_a_changed_document_replaces_only_its_own_contributions(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    load(embedded_store, corpus)
    target = corpus / "001_ba76a3e77da92305.txt"
    text = target.read_text(encoding="utf-8")
    assert "Địa chí Nghệ An" in text
    target.write_text(
        text.replace("đề án “Địa chí Nghệ An trong bối cảnh đương đại”", "một đề án khác"), encoding="utf-8"
    )
    summary = Loader(embedded_store).load_paths([str(corpus)])
    assert len(summary.replaced) == 1 and len(summary.loaded) == 1 and len(summary.skipped) == 4
    changed = snapshot(embedded_store)
    assert not any("dia-chi-nghe-an" in line for line in changed)

    clean = EmbeddedStore(tmp_path / "clean", start_timeout=30)
    try:
        clean.apply_schema()
        load(clean, corpus)
        assert snapshot(clean) == changed
    finally:
        clean.close()


def test_same_symbol_in_two_provinces_stays_two_documents(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    corpus = tmp_path / "two"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        " date 2024-05 Ban Thường vụ Tỉnh ủy Nghệ An ban hành Kế hoạch số 12-KH/TU ngày 3/5/2024 "
        "để cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n",
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        " date 2024-06 Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 12-KH/TU ngày 10/6/2024 "
        "để cụ thể hóa Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n",
        encoding="utf-8",
    )
    load(embedded_store, corpus)
    plans = embedded_store.read("resolutions_with_symbol", {"symbol": "12-KH/TU"})
    assert sorted(p["key"] for p in plans) == ["12-KH/TU@ha-tinh:2024", "12-KH/TU@nghe-an:2024"]
    central = embedded_store.read("resolutions_with_symbol", {"symbol": "57-NQ/TW"})
    assert len(central) == 1


def test_long_documents_are_written_in_bounded_queries(embedded_store: EmbeddedStore) -> None:
    """Each Document carries its text: three texts of 1.5M characters go in separate queries and round-trip."""
    sizes: list[int] = []
    write = embedded_store.write

    def recording(name: str, params: Any = None, **kw: Any) -> Any:
        if name == "upsert_nodes":
            sizes.append(sum(len(v) for row in params["rows"] for v in row["props"].values() if isinstance(v, str)))
        return write(name, params, **kw)

    writer = GraphWriter(embedded_store)
    texts = {f"long-{i}": chr(0x61 + i) * 1_500_000 for i in range(3)}
    with patch.object(embedded_store, "write", side_effect=recording):
        for key, text in texts.items():
            writer.add_node(Label.DOCUMENT, key, {"title": key, "text": text})
        writer.flush()
    assert len(sizes) == 3 and max(sizes) <= MAX_BATCH_CHARS
    for key, text in texts.items():
        [row] = embedded_store.read("node", {"key": key})
        assert row["properties"]["text"] == text
