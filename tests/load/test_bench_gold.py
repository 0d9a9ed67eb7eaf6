"""The load benchmark's gold check reads the corpus gold in the graph's key scheme: every resolution and
official of a small synthetic corpus, loaded, is found under the key the benchmark derives from the gold
(a check that reads another scheme reports a correct graph as missing them: issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.bench_load import graph_keys, read_gold
from bench.synth_corpus import write_corpus
from graph.backends.embedded import EmbeddedStore
from loaders.pipeline import Loader

pytestmark = pytest.mark.load


def test_every_gold_key_of_the_bench_is_a_key_of_the_loaded_graph(
    embedded_store: EmbeddedStore, tmp_path: Path
) -> None:
    write_corpus(tmp_path / "synth", 60, seed=5)
    summary = Loader(embedded_store).load_paths([str(tmp_path / "synth" / "docs")])
    assert len(summary.loaded) == 60 and not summary.failed
    gold = read_gold(tmp_path / "synth" / "gold")
    resolutions, officials = graph_keys(embedded_store)
    assert any("/huyen-" in key for key in gold.resolutions), "the corpus has no district plan: the test reads nothing"
    assert any(key != key.encode("ascii", "ignore").decode() for key in gold.officials)
    assert sorted(gold.resolutions - resolutions) == []
    assert sorted(gold.officials - officials) == []
