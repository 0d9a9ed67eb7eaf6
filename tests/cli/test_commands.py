"""The README's command-line claims, run as a user runs them: dg import, export (all three formats),
query, schema show, and bad settings reported without a traceback."""

from __future__ import annotations

import csv
import json
import os
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import FIXTURE_GRAPH, REPO

pytestmark = pytest.mark.load


def dg(*args: str, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=120
    )
    if check:
        assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    data = tmp_path_factory.mktemp("cli") / "var"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    environment["DG_DATA_DIR"] = str(data)
    dg("import", str(FIXTURE_GRAPH), env=environment)
    yield environment


def _fixture_counts() -> tuple[int, int]:
    rows = [json.loads(line) for line in FIXTURE_GRAPH.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sum("node" in r for r in rows), sum("edge" in r for r in rows)


def test_export_jsonl_round_trips(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "graph.jsonl"
    dg("export", "--format", "jsonl", "--out", str(out), env=env)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    nodes, edges = _fixture_counts()
    assert sum("node" in r for r in rows) >= nodes and sum("edge" in r for r in rows) == edges
    assert {r["key"] for r in rows if "node" in r} >= {"204-QĐ/TW", "331-KH/TU", "đề-án-chuyển-đổi-số@nghe-an"}


def test_export_graphml_is_valid_xml_with_every_edge(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    dg("export", "--format", "graphml", "--out", str(out), env=env)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out).getroot()
    assert len(root.findall(".//g:edge", ns)) == _fixture_counts()[1]
    assert "204-QĐ/TW" in {node.get("id") for node in root.findall(".//g:node", ns)}


def test_export_neo4j_admin_writes_csv_and_a_script_neo4j_5_accepts(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "import"
    dg("export", "--format", "neo4j-admin", "--out", str(out), env=env)
    # A stand-in neo4j-admin records its arguments, so the command line the script builds can be checked.
    fake = tmp_path / "neo4j-admin"
    fake.write_text('#!/bin/sh\nfor a in "$@"; do echo "$a"; done > "$ARGS_FILE"\n', encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    args_file = tmp_path / "args.txt"
    run_env = {**env, "NEO4J_ADMIN": str(fake), "ARGS_FILE": str(args_file), "NEO4J_DATABASE": "directives"}
    subprocess.run(["sh", str(out / "import.sh")], check=True, env=run_env, timeout=30)
    args = args_file.read_text(encoding="utf-8").splitlines()
    assert args[:4] == ["database", "import", "full", "directives"]  # the database before the multi-value options
    assert "--multiline-fields=true" in args
    files = [a.split("=", 1)[1] for a in args if a.startswith(("--nodes=", "--relationships="))]
    assert files and all((out / f).is_file() for f in files)
    with (out / files[0]).open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert any(column.endswith(":ID") or ":ID(" in column for column in header)


def test_query_and_schema_show(env: dict[str, str]) -> None:
    counts = json.loads(dg("query", "counts", env=env).stdout)
    assert counts and json.dumps(counts).count("Project") >= 1
    listed = dg("query", "--list", env=env).stdout
    assert "node" in listed
    node = json.loads(dg("query", "node", "--param", "key=331-KH/TU", env=env).stdout)
    assert "331-KH/TU" in json.dumps(node, ensure_ascii=False)
    shown = dg("schema", "show", env=env).stdout
    assert "CREATE CONSTRAINT" in shown.upper()


def test_bad_settings_are_one_line_errors(env: dict[str, str]) -> None:
    for extra, expected in [({"DG_WRITE_TOKEN": "short"}, "DG_WRITE_TOKEN"), ({"DG_BACKEND": "foo"}, "DG_BACKEND")]:
        done = dg("query", "counts", env={**env, **extra}, check=False)
        assert done.returncode == 1 and expected in done.stderr and "Traceback" not in done.stderr
    done = dg("query", "counts", "--backend", "foo", env=env, check=False)
    assert done.returncode == 1 and "--backend" in done.stderr and "Traceback" not in done.stderr


def test_load_reports_failures_and_unread_files(tmp_path: Path) -> None:
    """One bad file: the rest load, the exit status is 1, the report file lists the failure, and a file of a
    type no reader takes is named instead of passed over in silence."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "tot.txt").write_text(
        "Ban Thường vụ Tỉnh ủy Hà Tĩnh ban hành Kế hoạch số 12-KH/TU ngày 3/5/2025 để cụ thể hóa "
        "Nghị quyết số 57-NQ/TW.",
        encoding="utf-8",
    )
    (folder / "hong.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "bang.xlsx").write_bytes(b"PK\x03\x04")
    environment = {k: v for k, v in os.environ.items() if not k.startswith("DG_")}
    environment["DG_DATA_DIR"] = str(tmp_path / "var")
    report = tmp_path / "report.json"
    done = dg("load", str(folder), "--report", str(report), env=environment, check=False)
    assert done.returncode == 1, done.stderr
    assert "hong.docx" in done.stderr and "bang.xlsx" in done.stderr
    summary = json.loads(report.read_text(encoding="utf-8"))
    assert summary["loaded"] == 1
    assert [f["source"] for f in summary["failed"]] == [str(folder / "hong.docx")]
    assert summary["unsupported"] == [str(folder / "bang.xlsx")]
    assert (tmp_path / "var" / "last-load.json").exists() is False  # --report chose the place


def test_import_bulk_gives_the_graph_of_import(env: dict[str, str], tmp_path: Path) -> None:
    """dg import --bulk into an empty store: the same export as dg import; refused once the store has data."""
    bulk_env = {**env, "DG_DATA_DIR": str(tmp_path / "bulk")}
    done = dg("import", "--bulk", str(FIXTURE_GRAPH), env=bulk_env)
    assert "imported" in done.stdout + done.stderr
    exports: list[list[dict[str, object]]] = []
    for environment in (env, bulk_env):
        out = tmp_path / f"graph-{len(exports)}.jsonl"
        dg("export", "--format", "jsonl", "--out", str(out), env=environment)
        lines = out.read_text(encoding="utf-8").splitlines()
        exports.append(sorted((json.loads(line) for line in lines), key=json.dumps))
    assert exports[0] == exports[1] and len(exports[0]) > 10
    again = dg("import", "--bulk", str(FIXTURE_GRAPH), env=bulk_env, check=False)
    assert again.returncode != 0 and "empty store" in again.stdout + again.stderr
