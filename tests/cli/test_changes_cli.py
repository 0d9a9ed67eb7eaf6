"""The change log through the command line, as a user runs it: dg load, a changed file loaded again, dg unload,
dg import and dg curate each leave their entries (read back with dg query changes_state / changes_since)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.test_commands import dg
from tests.conftest import FIXTURE_GRAPH

pytestmark = pytest.mark.load

PLAN = (
    "Ngày 12/3/2025, Ban Thường vụ Tỉnh ủy Quảng Trị ban hành Kế hoạch số 45-KH/TU để triển khai "
    "Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n"
)


def _since(env: dict[str, str], since: int) -> list[tuple[str, str, str]]:
    """(op, what, cause) of the changes numbered after ``since``."""
    last = json.loads(dg("query", "changes_state", env=env).stdout)[0]["last"]
    sets = json.loads(dg("query", "changes_since", "-p", f"since={since}", "-p", f"until={last}", env=env).stdout)
    out = []
    for s in sets:
        for i, op in enumerate(s["op"]):
            if s["first"] + i > since:
                out.append((op, s["key"][i] if not s["target"][i] else s["label"][i], s["doc"][i]))
    return out


def _last(env: dict[str, str]) -> int:
    return int(json.loads(dg("query", "changes_state", env=env).stdout)[0]["last"])


def test_every_command_that_writes_leaves_its_changes(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    env["DG_DATA_DIR"] = str(tmp_path / "var")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    dg("load", str(folder), env=env)
    loaded = _since(env, 0)
    assert loaded and {op for op, _, _ in loaded} == {"added"}
    [doc] = {cause for _, _, cause in loaded}
    assert ("added", "IMPLEMENTS", doc) in loaded

    mark = _last(env)
    (folder / "plan.txt").write_text(PLAN + "Ngày 20/3/2025, UBND tỉnh Quảng Trị ban hành Kế hoạch số 61-KH/UBND.\n")
    dg("load", str(folder), env=env)
    changed = _since(env, mark)
    assert ("removed", doc, doc) in changed and any(op == "added" and cause != doc for op, _, cause in changed)

    mark = _last(env)
    dg("unload", str(folder / "plan.txt"), env=env)
    assert {op for op, _, _ in _since(env, mark)} == {"removed"}

    mark = _last(env)
    dg("import", str(FIXTURE_GRAPH), env=env)
    assert {cause for _, _, cause in _since(env, mark)} == {"import:fixture-graph.jsonl"}

    mark = _last(env)
    dg("curate", "rename", "331-KH/TU", "Kế hoạch 331", "--why", "its title", "--author", "t", env=env)
    [(op, key, cause)] = _since(env, mark)
    assert (op, key) == ("replaced", "331-KH/TU") and cause.startswith("curation:")
