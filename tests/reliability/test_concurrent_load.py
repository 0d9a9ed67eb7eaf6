"""Two ``dg load`` at once on one data folder: one writer at a time, no relationship written twice."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from kernel.locks import writer_lock
from loaders.graphfile import iter_edges
from tests.conftest import FIXTURE_GRAPH, REPO

pytestmark = [pytest.mark.slow]

SEEDS = REPO / "examples" / "seeds"
# 48 constructed articles of the shared corpus (not in the repo), found like tests/unit/test_evaluate.py finds it
GENRES = Path(os.environ.get("DG_SHARED_CORPUS") or REPO.parent / "shared" / "corpus") / "genres" / "docs"
COPIES = 8


def _corpus(folder: Path) -> Path:
    """The seed articles, each in several copies told apart by a closing line of our own: many
    documents that write the same relationships, so two loads overlap for long enough to race."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for copy in range(COPIES):
            (folder / f"{path.stem}-{copy}.txt").write_text(f"{text}\n\nBản lưu số {copy}.\n", encoding="utf-8")
    return folder


def _env(data: Path) -> dict[str, str]:
    return {**os.environ, "DG_DATA_DIR": str(data), "PYTHONPATH": str(REPO)}


def _load(corpus: Path | list[Path], data: Path, *extra: str) -> subprocess.Popen[str]:
    paths = [str(p) for p in (corpus if isinstance(corpus, list) else [corpus])]
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "load", *paths, "--json", *extra],
        env=_env(data),
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def duplicated_edges(data: Path) -> list[tuple[str, str, str, str]]:
    store = EmbeddedStore(data, start_timeout=30)
    try:
        seen = Counter(
            (e["source"], e["type"], str(e["properties"].get("id", "")), e["target"]) for e in iter_edges(store)
        )
    finally:
        store.close()
    return [edge for edge, count in seen.items() if count > 1]


@pytest.mark.skipif(not GENRES.is_dir(), reason=f"the constructed corpus is not at {GENRES}")
def test_loads_at_once_write_no_relationship_twice(
    tmp_path: Path, record_property: Callable[[str, object], None]
) -> None:
    """Three real dg load processes at once on one data folder write no relationship twice."""
    # FalkorDB's MERGE is not safe against another process's batch: without the lock, 3 of 4 runs of
    # this test wrote relationships twice (up to 2,400). One batch per load keeps the writes overlapping.
    corpus = [GENRES, SEEDS]
    data = tmp_path / "var"
    running = EmbeddedStore(data, start_timeout=30)  # the server is up: the loads start writing at once
    try:
        running.apply_schema()
        loads = [_load(corpus, data, "--batch", "1000") for _ in range(3)]
        for process in loads:
            _, err = process.communicate(timeout=600)
            assert process.returncode == 0, err[-2000:]
    finally:
        running.close()
    duplicates = duplicated_edges(data)
    record_property("held", f"{len(duplicates)} relationships written twice")
    assert duplicates == []


def test_a_second_writer_waits_or_gives_up_with_a_clear_message(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "docs")
    data = tmp_path / "var"
    with writer_lock(data):
        refused = _load(corpus, data, "--wait", "0")
        _, err = refused.communicate(timeout=120)
        assert refused.returncode == 1
        assert "is writing to this data folder" in err and "Traceback" not in err
        waiting = _load(corpus, data)
        assert waiting.stderr is not None
        told = ""
        while "waiting" not in told:  # the loader says it waits, then blocks until we let go
            line = waiting.stderr.readline()
            assert line, "the loader ended instead of waiting"
            told += line
        assert waiting.poll() is None
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err[-2000:]
    assert '"loaded": 40' in out


def test_dg_import_waits_for_a_running_writer(tmp_path: Path) -> None:
    data = tmp_path / "var"
    with writer_lock(data):
        importing = subprocess.Popen(
            [sys.executable, "-m", "app.cli", "import", str(FIXTURE_GRAPH)],
            env=_env(data),
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert importing.stderr is not None
        told = ""
        while "waiting" not in told:
            line = importing.stderr.readline()
            assert line, "dg import ended instead of waiting"
            told += line
        assert importing.poll() is None
    _, err = importing.communicate(timeout=300)
    assert importing.returncode == 0, err[-2000:]
    assert "imported" in err
