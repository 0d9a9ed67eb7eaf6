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


def test_an_extraction_that_fails_in_a_worker_fails_its_document_alone(
    embedded_store: EmbeddedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With worker processes, the documents after one whose extraction raised are extracted and loaded (the pool's
    result stream stopped at the first error, and every later document failed with it)."""
    import loaders.pipeline
    from loaders.extract import extract as real

    def extract(text: str, **kw: object) -> object:
        if "HỎNG" in text:
            raise ValueError("a rule broke on this text")
        return real(text, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(loaders.pipeline, "extract", extract)  # the workers are forked after this
    for i in range(8):
        mark = " HỎNG" if i == 2 else ""
        (tmp_path / f"doc{i}.txt").write_text(f"{SENTENCE} Văn bản thứ {i}.{mark}", encoding="utf-8")
    summary = Loader(embedded_store, workers=2).load_paths([str(tmp_path)])
    assert [Path(f.source).name for f in summary.failed] == ["doc2.txt"]
    assert "ValueError: a rule broke on this text" in summary.failed[0].reason
    assert len(summary.loaded) == 7
