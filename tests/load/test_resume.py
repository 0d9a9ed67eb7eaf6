"""Resume after kill -9: a real ``dg load`` process killed mid-run, run again, ends identical to a clean load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.synth_corpus import write_corpus
from graph.backends.embedded import EmbeddedStore
from tests.conftest import REPO
from tests.load.conftest import snapshot

pytestmark = [pytest.mark.load, pytest.mark.slow]


def dg_load(corpus: Path, data: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DG_DATA_DIR": str(data)}
    return subprocess.Popen(
        [sys.executable, "-m", "app.cli", "load", str(corpus), "--batch", "10", "--json"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def graph_of(data: Path) -> list[str]:
    store = EmbeddedStore(data, start_timeout=30)
    try:
        return snapshot(store)
    finally:
        store.close()


def stop_server(data: Path) -> None:
    """The killed loader leaves its FalkorDB child running; stop it like the next user would."""
    store = EmbeddedStore(data, start_timeout=30)
    store.close()


def test_kill_9_mid_load_then_rerun_equals_a_clean_load(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, docs=400, seed=5)
    docs = corpus / "docs"

    clean = tmp_path / "clean"
    assert dg_load(docs, clean).wait(timeout=240) == 0
    expected = graph_of(clean)

    resumed = tmp_path / "resumed"
    decisions = resumed / "identity-decisions.jsonl"
    first = dg_load(docs, resumed)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (decisions.exists() and decisions.stat().st_size > 0):
        time.sleep(0.02)
    assert first.poll() is None, "the load finished before it could be killed; raise the corpus size"
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    partial = graph_of(resumed)
    assert partial != expected  # it really was cut off

    assert dg_load(docs, resumed).wait(timeout=240) == 0
    assert graph_of(resumed) == expected
    stop_server(clean)
