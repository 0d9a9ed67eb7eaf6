"""``dg load URL...``: http(s) arguments are fetched, the others read as paths, in one load.

Against a local HTTP server on 127.0.0.1 (tests/unit/read/localweb.py), never the internet."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from loaders.read import content_key
from tests.cli.test_commands import dg
from tests.unit.read import newspages
from tests.unit.read.localweb import local_web

pytestmark = pytest.mark.load


def test_dg_load_fetches_urls_next_to_files_and_refuses_private_ones_by_default(tmp_path: Path) -> None:
    local = tmp_path / "khac.txt"
    local.write_text("Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 12-KH/TU ngày 3/5/2025.", encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    environment["DG_DATA_DIR"] = str(tmp_path / "var")
    report = tmp_path / "report.json"
    with local_web() as web:
        pages = [f"{web}/tin/party_portal.html", f"{web}/tin/government_portal.html"]
        refused = dg("load", *pages, "--report", str(report), env=environment, check=False)
        assert refused.returncode == 1 and "Traceback" not in refused.stderr
        failed = json.loads(report.read_text(encoding="utf-8"))["failed"]
        assert [f["source"] for f in failed] == pages and all("DG_FETCH_ALLOW_PRIVATE" in f["reason"] for f in failed)

        allowed = {**environment, "DG_FETCH_ALLOW_PRIVATE": "true"}
        done = dg("load", *pages, f"{web}/anh.png", str(local), "--report", str(report), env=allowed, check=False)
    summary = json.loads(report.read_text(encoding="utf-8"))
    assert done.returncode == 1, done.stderr  # the image is refused, the rest load
    assert [f["source"] for f in summary["failed"]] == [f"{web}/anh.png"]
    assert summary["loaded"] == 2  # the two pages carry the same article: one document, and the file
    counts = json.loads(dg("query", "counts", env=allowed).stdout)
    assert counts["nodes"]["Document"] == 2 and counts["nodes"]["Official"] == 3  # no official from the pages' noise
    node = json.loads(dg("query", "node", "--param", f"key={content_key(newspages.PLAIN)}", env=allowed).stdout)
    assert node[0]["properties"]["source"] in pages  # the source is a URL (the same article twice: one document)
