"""``dg load``: bad files fail alone, naming themselves; the rest of the batch loads (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.backends.embedded import EmbeddedStore
from loaders.pipeline import Loader
from tests.unit.read.test_dates_and_bad_files import BAD_FILES
from tests.unit.read.test_readers import SENTENCE

pytestmark = pytest.mark.load


def test_every_bad_file_fails_alone_and_the_good_ones_load(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    for name, make in BAD_FILES.items():
        (tmp_path / name).write_bytes(make())
    (tmp_path / "good.txt").write_text(SENTENCE, encoding="utf-8")
    (tmp_path / "late-nul.txt").write_bytes(("x " * 3000 + SENTENCE.replace("Kế hoạch", "Kế\x00hoạch")).encode())
    (tmp_path / "stray.txt").write_bytes(SENTENCE.encode()[:30] + b"\xff" + SENTENCE.encode()[30:] + " Thêm.".encode())
    summary = Loader(embedded_store).load_paths([str(tmp_path)])
    failed = {Path(f.source).name for f in summary.failed}
    assert len(summary.loaded) + len(failed) == len(BAD_FILES) + 3
    assert {"good.txt", "late-nul.txt", "stray.txt"}.isdisjoint(failed)
    for failure in summary.failed:
        assert Path(failure.source).name in failure.reason
    assert [Path(w.source).name for w in summary.warnings] == ["stray.txt"]
    texts = [embedded_store.read("node", {"key": key})[0]["properties"]["text"] for key in summary.loaded]
    assert len(texts) == 3 and not any("\x00" in t for t in texts)
