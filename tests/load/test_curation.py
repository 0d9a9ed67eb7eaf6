"""Curation: a merge and a dropped edge survive reloads, changed documents and unloads; undo restores the graph."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from kernel.errors import InvalidInput, NotFound
from loaders import curation
from loaders.pipeline import Loader
from loaders.read import read_path
from loaders.unload import refresh, unload
from tests.cli.test_commands import dg
from tests.conftest import REPO
from tests.load.conftest import copy_corpus, snapshot

pytestmark = pytest.mark.load

SEEDS = REPO / "examples" / "seeds"
KEEP = "ban-thường-vụ-tỉnh-ủy@nghe-an"  # the provincial standing committee, read with its province
ABSORB = "ban-thường-vụ-tỉnh-ủy"  # the same body, read in 004 without it
PLAN, PLAN_TARGET = "154/NQ-CP", "kế-hoạch-phát-triển-kinh-tế-xã-hội-và-dự-toán-ngân-sách-nhà-nước"


def _load(store: EmbeddedStore, corpus: Path) -> None:
    summary = Loader(store).load_paths([str(corpus)])
    assert not summary.failed, summary.failed


def _edges(store: EmbeddedStore, key: str) -> list[dict[str, object]]:
    return store.read("curation_node_edges", {"key": key})


def _exists(store: EmbeddedStore, key: str) -> bool:
    return bool(store.read("node", {"key": key}))


def _dropped_edge_present(store: EmbeddedStore) -> bool:
    return any(e["type"] == "IMPLEMENTS" and e["target"] == PLAN_TARGET for e in _edges(store, PLAN))


def _touch(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\nMột câu viết thêm cho phép thử.", encoding="utf-8")


def test_corrections_survive_reloads_and_undo_restores(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    _load(embedded_store, corpus)
    absorbed_docs = {e["target"] for e in _edges(embedded_store, ABSORB) if e["type"] == "MENTIONED_IN"}
    assert absorbed_docs and _dropped_edge_present(embedded_store)

    merge = curation.record(embedded_store, "merge", source=KEEP, target=ABSORB, why="one body", author="tester")
    drop = curation.record(
        embedded_store, "drop-edge", source=PLAN, target=PLAN_TARGET, rel_type="IMPLEMENTS", why="misread", author="t"
    )
    assert curation.apply(embedded_store) == 2
    assert not _exists(embedded_store, ABSORB) and not _dropped_edge_present(embedded_store)
    mentioned_in = {e["target"] for e in _edges(embedded_store, KEEP) if e["type"] == "MENTIONED_IN"}
    assert absorbed_docs <= mentioned_in  # its documents now mention the node kept
    assert curation.apply(embedded_store) == 0 or not _exists(embedded_store, ABSORB)  # idempotent
    merged = snapshot(embedded_store)

    # a reload of the unchanged documents, then a change of the absorbed node's document and of the edge's
    _load(embedded_store, corpus)
    assert snapshot(embedded_store) == merged
    both = embedded_store.read("documents_mentioning", {"keys": [KEEP]})  # the documents of both nodes, read again
    assert absorbed_docs <= {row["key"] for row in both}
    assert len(refresh(embedded_store, both).reloaded) == len(both) > len(absorbed_docs)
    assert snapshot(embedded_store) == merged
    _touch(corpus / "004_d1bd400ed74c462d.txt")
    _touch(corpus / "002_b824c94204f38e22.txt")
    summary = Loader(embedded_store).load_paths([str(corpus)])
    assert len(summary.replaced) == 2
    assert not _exists(embedded_store, ABSORB) and not _dropped_edge_present(embedded_store)
    new_004 = read_path(corpus / "004_d1bd400ed74c462d.txt").key
    assert new_004 in {e["target"] for e in _edges(embedded_store, KEEP) if e["type"] == "MENTIONED_IN"}

    # an unload of a document sharing entities reads the others again: the corrections still hold
    unload(embedded_store, [read_path(corpus / "000_67a6143e88de3619.txt").key])
    assert not _exists(embedded_store, ABSORB) and not _dropped_edge_present(embedded_store)
    (corpus / "000_67a6143e88de3619.txt").unlink()

    # undo both: the documents they touched are read again, and the graph is a clean load's
    for entry in (merge, drop):
        curation.record(embedded_store, "undo", undoes=entry.id, author="tester")
        refresh(embedded_store, curation.touched_documents(embedded_store, entry))
    assert _exists(embedded_store, ABSORB) and _dropped_edge_present(embedded_store)
    clean = EmbeddedStore(tmp_path / "clean", start_timeout=30)
    try:
        clean.apply_schema()
        _load(clean, corpus)
        assert snapshot(embedded_store) == snapshot(clean)
    finally:
        clean.close()
    assert [e.action for e in curation.log(embedded_store)] == ["merge", "drop-edge", "undo", "undo"]
    assert curation.active(curation.log(embedded_store)) == []


def test_corrections_are_checked(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    _load(embedded_store, copy_corpus(SEEDS, tmp_path / "corpus"))
    with pytest.raises(InvalidInput):
        curation.record(embedded_store, "merge", source=KEEP, target=ABSORB, why="", author="tester")
    with pytest.raises(InvalidInput):
        curation.record(embedded_store, "merge", source=KEEP, target=ABSORB, why="x", author=" ")
    with pytest.raises(InvalidInput):  # an organization and a resolution are not one thing
        curation.record(embedded_store, "merge", source=KEEP, target=PLAN, why="x", author="t")
    with pytest.raises(NotFound):
        curation.record(embedded_store, "merge", source=KEEP, target="khong-co@nghe-an", why="x", author="t")
    with pytest.raises(InvalidInput):
        curation.record(embedded_store, "drop-edge", source=PLAN, target=PLAN_TARGET, rel_type="LIKES", why="x",
                        author="t")  # fmt: skip
    with pytest.raises(NotFound):
        curation.record(embedded_store, "undo", undoes="00000000", author="t")
    assert curation.log(embedded_store) == []


def test_dg_curate_commands(tmp_path: Path) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    env["DG_DATA_DIR"] = str(tmp_path / "var")
    dg("load", str(corpus), env=env)
    dg("curate", "merge", KEEP, ABSORB, "--why", "one body", "--author", "tester", env=env)
    entries = [json.loads(line) for line in dg("curate", "list", "--json", env=env).stdout.splitlines()]
    assert [(e["action"], e["source"], e["target"], e["in_force"]) for e in entries] == [("merge", KEEP, ABSORB, True)]
    dg("load", str(corpus), env=env)
    assert dg("query", "node", "--param", f"key={ABSORB}", env=env).stdout.strip() == "[]"
    dg("curate", "undo", entries[0]["id"], "--author", "tester", env=env)
    assert json.loads(dg("query", "node", "--param", f"key={ABSORB}", env=env).stdout)
    entries = [json.loads(line) for line in dg("curate", "list", "--json", env=env).stdout.splitlines()]
    assert [(e["action"], e["in_force"]) for e in entries] == [("merge", False), ("undo", False)]
    refused = dg("curate", "merge", KEEP, ABSORB, "--author", "tester", "--why", "", env=env, check=False)
    assert refused.returncode == 1 and "invalid_input" in refused.stderr
    dg("curate", "keep-apart", KEEP, ABSORB, "--note", "two bodies", "--author", "kim", env=env)
    refused = dg("curate", "merge", KEEP, ABSORB, "--author", "tester", "--why", "one", env=env, check=False)
    assert refused.returncode == 1 and "kept apart by" in refused.stderr


def test_an_added_edge_outlives_its_documents_and_says_so(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    _load(embedded_store, corpus)
    committee, party = KEEP, "tỉnh-ủy@nghe-an"

    def added() -> list[dict[str, object]]:
        return [e for e in _edges(embedded_store, committee) if e["type"] == "PART_OF" and e["target"] == party]

    assert added() == []
    entry = curation.record(embedded_store, "add-edge", source=committee, target=party, rel_type="PART_OF",
                            why="the standing committee is elected by the party committee", author="lan")  # fmt: skip
    assert curation.apply(embedded_store) == 1 and curation.apply(embedded_store) == 0
    [edge] = added()
    props = edge["properties"]
    assert isinstance(props, dict)
    assert props["docs"] == [f"curation:{entry.id}"] and props["extractor"] == ["curation by lan"]
    assert props["evidence"] == ["the standing committee is elected by the party committee"]

    # the documents that mention both ends are unloaded, changed and loaded again: the edge stays, saying who made it
    unload(embedded_store, [read_path(corpus / "002_b824c94204f38e22.txt").key])
    (corpus / "002_b824c94204f38e22.txt").unlink()
    _touch(corpus / "003_f268abe792094f01.txt")
    _load(embedded_store, corpus)
    [edge] = added()
    assert edge["properties"]["docs"] == [f"curation:{entry.id}"]  # type: ignore[index]

    curation.record(embedded_store, "undo", undoes=entry.id, author="lan")
    curation.retract(embedded_store, entry)
    assert added() == [] and curation.touched_documents(embedded_store, entry) == []
    _load(embedded_store, corpus)
    assert added() == []


def test_a_rename_survives_reloads_and_undo_brings_the_read_name_back(
    embedded_store: EmbeddedStore, tmp_path: Path
) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    _load(embedded_store, corpus)

    def node() -> dict[str, object]:
        properties: dict[str, object] = embedded_store.read("node", {"key": "tỉnh-ủy@nghe-an"})[0]["properties"]
        return properties

    read_name = node()["name"]
    entry = curation.record(embedded_store, "rename", source="tỉnh-ủy@nghe-an", name="TU  Nghệ An",
                            why="the full name", author="lan")  # fmt: skip
    assert entry.name == "TU Nghệ An"  # shorter than the name read: a load alone would bring that back
    assert curation.apply(embedded_store) == 1 and curation.apply(embedded_store) == 0
    assert node()["name"] == "TU Nghệ An" and node()["name_norm"] == "tu nghe an"
    _touch(corpus / "001_ba76a3e77da92305.txt")  # a document that calls it by the name read before
    _load(embedded_store, corpus)
    assert node()["name"] == "TU Nghệ An"
    curation.record(embedded_store, "undo", undoes=entry.id, author="lan")
    refresh(embedded_store, curation.touched_documents(embedded_store, entry))
    assert node()["name"] == read_name
    with pytest.raises(InvalidInput):
        curation.record(embedded_store, "rename", source="tỉnh-ủy@nghe-an", name=" ", why="x", author="t")


#: Documents written for these tests: a plan citing a central resolution without its date, the resolution
#: cited with its date, and two officials of one province whose names differ only in tone placement.
KEPT = {
    "plan.txt": "date 2025-04\nUBND tỉnh Nghệ An ban hành Kế hoạch số 41/KH-UBND ngày 8/4/2025 để thực hiện "
    "Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
    "dated.txt": "date 2025-02\nBan Thường vụ Tỉnh ủy Nghệ An tổ chức quán triệt Nghị quyết số 57-NQ/TW ngày "
    "22/12/2024 của Bộ Chính trị.\n",
}
UNDATED, DATED = "57-NQ/TW", "57-NQ/TW:2024"


def _corpus_of(root: Path, texts: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _implemented(store: EmbeddedStore) -> set[str]:
    plan = "41/KH-UBND@nghe-an:2025"
    return {str(e["target"]) for e in _edges(store, plan) if e["type"] == "IMPLEMENTS"}


def test_keep_apart_survives_reloads_and_a_change_and_undo_lets_them_merge(
    embedded_store: EmbeddedStore, tmp_path: Path
) -> None:
    corpus = _corpus_of(tmp_path / "corpus", KEPT)
    _load(embedded_store, corpus)
    assert _implemented(embedded_store) == {DATED} and not _exists(embedded_store, UNDATED)  # resolved as one

    entry = curation.record(embedded_store, "keep-apart", source=UNDATED, target=DATED,
                            why="the plan cites the 2014 resolution of that number", author="lan")  # fmt: skip
    summary = refresh(embedded_store, curation.touched_documents(embedded_store, entry))
    assert len(summary.reloaded) == 2
    assert _implemented(embedded_store) == {UNDATED} and _exists(embedded_store, DATED)
    apart = _entities(embedded_store)

    # both documents unloaded and loaded again, the undated one first: the load of the dated one re-resolves it
    keys = [read_path(corpus / name).key for name in ("plan.txt", "dated.txt")]
    unload(embedded_store, keys)
    assert not _exists(embedded_store, DATED)
    _load(embedded_store, corpus / "plan.txt")
    assert _load_repointing(embedded_store, corpus / "dated.txt") == 1
    assert _entities(embedded_store) == apart  # (the documents' paths are named from another folder)
    # a change of one document, then of the other
    for name in ("dated.txt", "plan.txt"):
        _touch(corpus / name)
        assert len(Loader(embedded_store).load_paths([str(corpus / name)]).replaced) == 1
        assert _implemented(embedded_store) == {UNDATED} and _exists(embedded_store, DATED)

    curation.record(embedded_store, "undo", undoes=entry.id, author="lan")
    refresh(embedded_store, curation.touched_documents(embedded_store, entry))
    assert _implemented(embedded_store) == {DATED} and not _exists(embedded_store, UNDATED)


def _entities(store: EmbeddedStore) -> list[str]:
    return [line for line in snapshot(store) if '"labels": ["Document"]' not in line]


def _load_repointing(store: EmbeddedStore, path: Path) -> int:
    summary = Loader(store).load_paths([str(path)])
    assert not summary.failed, summary.failed
    return len(summary.repointed)


def test_keep_apart_splits_a_spelling_of_a_name_until_undone(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    corpus = _corpus_of(tmp_path / "corpus", {
        "a.txt": "date 2025-04\nĐồng chí Nguyễn Văn Hoà, Phó Chủ tịch UBND tỉnh Nghệ An, chủ trì hội nghị về chuyển "
        "đổi số.\n",
        "b.txt": "date 2025-05\nĐồng chí Nguyễn Văn Hòa, Giám đốc Sở Tài chính tỉnh Nghệ An, báo cáo tại hội nghị.\n",
    })  # fmt: skip
    one, spelled = "nguyễn-văn-hòa@nghe-an", "nguyễn-văn-hoà@nghe-an"
    _load(embedded_store, corpus)
    assert _exists(embedded_store, one) and not _exists(embedded_store, spelled)
    entry = curation.record(embedded_store, "keep-apart", source=one, target=spelled, why="two people", author="lan")
    refresh(embedded_store, curation.touched_documents(embedded_store, entry))

    def docs_of(key: str) -> set[str]:
        return {str(e["target"]) for e in _edges(embedded_store, key) if e["type"] == "MENTIONED_IN"}

    a, b = (read_path(corpus / n).key for n in ("a.txt", "b.txt"))
    assert docs_of(one) == {b} and docs_of(spelled) == {a}
    assert embedded_store.read("node", {"key": spelled})[0]["properties"]["name"] == "Nguyễn Văn Hoà"  # as written
    _touch(corpus / "a.txt")
    _load(embedded_store, corpus)
    assert docs_of(spelled) == {read_path(corpus / "a.txt").key} and docs_of(one) == {b}
    curation.record(embedded_store, "undo", undoes=entry.id, author="lan")
    refresh(embedded_store, curation.touched_documents(embedded_store, entry))
    assert not _exists(embedded_store, spelled) and len(docs_of(one)) == 2


def test_conflicting_judgements_are_refused(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    _load(embedded_store, copy_corpus(SEEDS, tmp_path / "corpus"))
    merge = curation.record(embedded_store, "merge", source=KEEP, target=ABSORB, why="one body", author="lan")
    curation.apply(embedded_store)
    with pytest.raises(InvalidInput, match=f"one node by merge {merge.id}: undo the merge"):
        curation.record(embedded_store, "keep-apart", source=KEEP, target=ABSORB, why="two", author="kim")
    with pytest.raises(InvalidInput, match=f"one node by merge {merge.id}"):
        curation.record(embedded_store, "keep-apart", source=ABSORB, target=KEEP, why="two", author="kim")
    curation.record(embedded_store, "undo", undoes=merge.id, author="lan")
    refresh(embedded_store, curation.touched_documents(embedded_store, merge))

    apart = curation.record(embedded_store, "keep-apart", source=ABSORB, target=KEEP, why="two", author="kim")
    with pytest.raises(InvalidInput, match=f"kept apart by {apart.id}: undo that judgement"):
        curation.record(embedded_store, "merge", source=KEEP, target=ABSORB, why="one body", author="lan")
    with pytest.raises(InvalidInput, match=f"already kept apart by {apart.id}"):
        curation.record(embedded_store, "keep-apart", source=KEEP, target=ABSORB, why="two", author="kim")
    # through a third node: KEEP absorbs another, which then cannot be kept apart from ... nor merged across
    third = "ban-chấp-hành-đảng-bộ-tỉnh@nghe-an"
    assert _exists(embedded_store, third)
    via = curation.record(embedded_store, "merge", source=third, target=KEEP, why="one", author="lan")
    with pytest.raises(InvalidInput, match=f"kept apart by {apart.id}"):
        curation.record(embedded_store, "merge", source=third, target=ABSORB, why="one", author="lan")
    with pytest.raises(InvalidInput, match=f"one node by merge {via.id}"):
        curation.record(embedded_store, "keep-apart", source=third, target=KEEP, why="two", author="kim")
    with pytest.raises(InvalidInput, match="names no node, and identity would not make it one"):
        curation.record(embedded_store, "keep-apart", source=ABSORB, target="khong-co@nghe-an", why="x", author="k")
    with pytest.raises(InvalidInput, match="never merged anyway"):
        curation.record(embedded_store, "keep-apart", source=KEEP, target=PLAN, why="x", author="k")
    assert [e.action for e in curation.log(embedded_store)] == ["merge", "undo", "keep-apart", "merge"]
