"""``dg unload`` / :func:`loaders.unload.unload`: a document's contributions go, the rest stays."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from kernel.errors import NotFound
from loaders.pipeline import Loader
from loaders.read import read_path
from loaders.unload import find_documents, unload
from tests.cli.test_commands import dg
from tests.conftest import REPO
from tests.load.conftest import copy_corpus, snapshot

pytestmark = pytest.mark.load

SEEDS = REPO / "examples" / "seeds"


def _load(store: EmbeddedStore, *paths: Path) -> None:
    summary = Loader(store).load_paths([str(p) for p in paths])
    assert not summary.failed, summary.failed


def _clean_snapshot(tmp_path: Path, paths: list[Path]) -> list[str]:
    clean = EmbeddedStore(tmp_path / "clean", start_timeout=30)
    try:
        clean.apply_schema()
        _load(clean, *paths)
        return snapshot(clean)
    finally:
        clean.close()


# 001 gave the fuller names of entities others share ('Tỉnh ủy Nghệ An' over 'Tỉnh ủy'); 002 holds the headline plan.
@pytest.mark.parametrize("name", ["001_ba76a3e77da92305.txt", "002_b824c94204f38e22.txt"])
def test_unloading_a_seed_leaves_a_clean_load_of_the_other_four(
    embedded_store: EmbeddedStore, tmp_path: Path, name: str
) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    _load(embedded_store, corpus)
    before = snapshot(embedded_store)
    key = read_path(corpus / name).key
    summary = unload(embedded_store, find_documents(embedded_store, [key], max_bytes=1 << 24))
    assert summary.unloaded == [key] and not summary.failed and not summary.kept
    assert summary.reloaded, "the seeds share entities: the others are read again"
    after = snapshot(embedded_store)
    assert not any(key in line for line in after)
    assert after != before
    rest = tmp_path / "rest" / "corpus"  # the same folder name: documents are named relative to it
    rest.mkdir(parents=True)
    for path in sorted(corpus.glob("*.txt")):
        if path.name != name:
            (rest / path.name).write_bytes(path.read_bytes())
    assert after == _clean_snapshot(tmp_path, [rest])


def test_a_deleted_file_is_unloaded_by_its_path(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    _load(embedded_store, corpus)
    target = corpus / "002_b824c94204f38e22.txt"
    key = read_path(target).key
    target.unlink()
    assert find_documents(embedded_store, [str(target)], max_bytes=1 << 24) == [key]
    unload(embedded_store, [key])
    headline = embedded_store.read("resolutions_with_symbol", {"symbol": "331-KH/TU"})
    assert headline == [], "the plan only the deleted article reported is gone"
    counts = {row["name"]: row["count"] for row in embedded_store.read("counts") if row["kind"] == "node"}
    assert counts.get("Document") == 4, counts
    with pytest.raises(NotFound):
        find_documents(embedded_store, [key], max_bytes=1 << 24)


def test_sharing_documents_are_loaded_again_from_their_stored_text(
    embedded_store: EmbeddedStore, tmp_path: Path
) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    _load(embedded_store, corpus)
    other = corpus / "000_67a6143e88de3619.txt"
    other_key = read_path(other).key
    other.write_text("Một văn bản khác hẳn.", encoding="utf-8")  # edited since: the graph's version is loaded again
    key = read_path(corpus / "001_ba76a3e77da92305.txt").key
    summary = unload(embedded_store, [key])
    assert other_key in summary.reloaded and not summary.kept
    assert embedded_store.read("documents_status", {"keys": [other_key], "paths": []})


def test_dg_unload_command(tmp_path: Path) -> None:
    corpus = copy_corpus(SEEDS, tmp_path / "corpus")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    env["DG_DATA_DIR"] = str(tmp_path / "var")
    first, second = corpus / "000_67a6143e88de3619.txt", corpus / "002_b824c94204f38e22.txt"
    dg("load", str(first), str(second), env=env)
    done = dg("unload", str(second), "--json", env=env)
    assert json.loads(done.stdout)["unloaded"] == [read_path(second).key]
    assert json.loads(done.stdout)["reloaded"] == [read_path(first).key]
    missing = dg("unload", "no-such-document", env=env, check=False)
    assert missing.returncode == 1 and "not_found" in missing.stderr and "Traceback" not in missing.stderr
