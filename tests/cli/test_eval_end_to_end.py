"""``dg eval --end-to-end``: documents loaded through the pipeline, the API asked what implements each
numbered gold target. Documents and gold are written here (constructed sentences)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.load

#: two provinces carry out one central resolution; the second names it without its date
DOCS = {
    "a": "Nghệ An triển khai nghị quyết\n\nNgày 5/3/2025, Ban Thường vụ Tỉnh ủy Nghệ An ban hành Kế hoạch số "
    "12-KH/TU ngày 5/3/2025 thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về phát triển "
    "khoa học, công nghệ.\n",
    "b": "Hà Tĩnh học tập nghị quyết\n\nNgày 10/4/2025, UBND tỉnh Hà Tĩnh ban hành Kế hoạch số 45/KH-UBND thực "
    "hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
}


def _gold(source: str, issuer: str) -> dict[str, object]:
    return {
        "resolutions": [
            {"key": source, "kind": "KH", "number": source.split("/")[0].split("-")[0], "issuer": issuer},
            {"key": "57-NQ/TW", "kind": "NQ", "number": "57"},
        ],
        "projects": [],
        "relations": [{"type": "IMPLEMENTS", "source": source, "target": "57-NQ/TW"}],
    }


def _corpus(tmp_path: Path, gold_b_source: str) -> tuple[Path, Path]:
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir()
    gold.mkdir()
    for stem, text in DOCS.items():
        (docs / f"{stem}.txt").write_text(text, encoding="utf-8")
    (gold / "a.json").write_text(json.dumps(_gold("12-KH/TU", "Ban Thường vụ Tỉnh ủy")), encoding="utf-8")
    (gold / "b.json").write_text(json.dumps(_gold(gold_b_source, "UBND tỉnh")), encoding="utf-8")
    return docs, gold


def _eval(tmp_path: Path, docs: Path, gold: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    env["DG_DATA_DIR"] = str(tmp_path / "unused")  # the command must not write here: it loads a temporary store
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "eval", "--end-to-end", "--json", "--gold", str(gold), str(docs), *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=180,
    )


def test_end_to_end_finds_every_implementer_the_texts_state(tmp_path: Path) -> None:
    docs, gold = _corpus(tmp_path, "45/KH-UBND")
    done = _eval(tmp_path, docs, gold, "--min-recall", "1")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert (result["gold"], result["found"], result["missed"]) == (2, 2, 0)
    # asked again with their issuers' level (both provincial): still found
    assert (result["level"]["asked"], result["level"]["found"]) == (2, 2)
    assert not (tmp_path / "unused").exists()


def test_end_to_end_fails_below_the_bar_and_says_why(tmp_path: Path) -> None:
    # the gold claims a plan the text of b never names: the answer cannot hold it
    docs, gold = _corpus(tmp_path, "46/KH-UBND")
    done = _eval(tmp_path, docs, gold, "--min-recall", "0.9")
    assert done.returncode == 1
    result = json.loads(done.stdout)
    assert (result["gold"], result["found"]) == (2, 1)
    assert result["misses"] == [
        {"doc": "b", "source": "46/KH-UBND", "target": "57-NQ/TW", "reason": "implementer not a node", "detail": ""}
    ]
    assert result["extras"] == [{"doc": "b", "target": "57-NQ/TW", "implementer": result["extras"][0]["implementer"]}]
    assert result["extras"][0]["implementer"].startswith("45/KH-UBND")
