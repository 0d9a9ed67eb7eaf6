"""The Neo4j Cypher lint catches what it must, and passes every statement Neo4j runs."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.unit

LINT = REPO / "tools" / "cypher-lint"
if shutil.which("node") is None or not (LINT / "node_modules").is_dir():
    pytest.skip(
        "Cypher lint not installed: run `npm ci --prefix tools/cypher-lint` (make test does)", allow_module_level=True
    )

BAD = {
    "syntax": ("MATCH (n RETURN n", "Invalid input"),
    "unknown function": ("RETURN nosuchfn(1)", "nosuchfn"),
    "FalkorDB procedure": ("CALL db.idx.fulltext.queryNodes('Entity', 'x') YIELD node RETURN node", "db.idx.fulltext"),
    "APOC is not installed": ("CALL apoc.help('x')", "apoc.help"),
    "deprecated id()": ("MATCH (n) RETURN id(n)", "deprecated"),
    "undefined variable": ("RETURN x", "not defined"),
    "removed exists() syntax": ("MATCH (a) WHERE exists(a.x) RETURN a", "no longer supported"),
    "cartesian product": ("MATCH (a:A), (b:B) RETURN a, b", "cartesian product"),
    "second statement broken": ("MATCH (n) RETURN n;\nMATCH (m RETURN m", "Invalid input"),
    "browser console command": (":param key => 'x'", "console commands"),
    "Cypher 25 selected": ("CYPHER 25 MATCH (n) RETURN n", "Neo4j 5 runs Cypher 5"),
}
GOOD = {
    "lookup": "MATCH (n:Resolution {key: $key}) RETURN n",
    "constraint": "CREATE CONSTRAINT resolution_key IF NOT EXISTS FOR (n:Resolution) REQUIRE n.key IS UNIQUE",
    "neo4j full-text": "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score RETURN node, score",
    "batched upsert": "UNWIND $rows AS row MERGE (n:Resolution {key: row.key}) SET n += row.props",
    "several statements, comments, `;` in strings": (
        "// schema\nCREATE INDEX a IF NOT EXISTS FOR (n:Resolution) ON (n.symbol);\n"
        "/* ; */ MATCH (n:Resolution) WHERE n.title CONTAINS ';' RETURN n.key AS `k;ey`;\n// trailing note\n"
    ),
}


def lint(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "query.cypher"
    path.write_text(text, encoding="utf-8")
    return subprocess.run(["node", str(LINT / "lint.mjs"), "--json", str(path)], capture_output=True, text=True)


@pytest.mark.parametrize("case", sorted(BAD))
def test_known_bad_statements_fail(tmp_path: Path, case: str) -> None:
    text, expected = BAD[case]
    result = lint(tmp_path, text)
    assert result.returncode == 1, result.stdout + result.stderr
    [report] = json.loads(result.stdout)
    assert report["statements"] >= 1
    messages = " ".join(d["message"] for d in report["diagnostics"])
    assert expected.lower() in messages.lower(), messages


@pytest.mark.parametrize("case", sorted(GOOD))
def test_good_statements_pass(tmp_path: Path, case: str) -> None:
    result = lint(tmp_path, GOOD[case])
    assert result.returncode == 0, result.stdout + result.stderr


def test_empty_and_missing_files_fail(tmp_path: Path) -> None:
    assert lint(tmp_path, "// only a comment\n").returncode == 1
    missing = subprocess.run(["node", str(LINT / "lint.mjs"), str(tmp_path / "nope.cypher")], capture_output=True)
    assert missing.returncode == 2
    assert subprocess.run(["node", str(LINT / "lint.mjs")], capture_output=True).returncode == 2


def neo4j_cypher_files() -> list[Path]:
    graph = REPO / "graph"
    files = [graph / "schema.cypher", *graph.glob("queries/*.cypher"), *graph.glob("queries/neo4j/*.cypher")]
    return [*files, *graph.glob("browser/*.cypher")]


def test_every_statement_neo4j_runs_is_valid() -> None:
    files = [path for path in neo4j_cypher_files() if path.is_file()]
    if not files:
        pytest.skip("no Neo4j Cypher files under graph/ yet")
    result = subprocess.run(["node", str(LINT / "lint.mjs"), *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_falkordb_only_statements_are_not_neo4j() -> None:
    falkordb = sorted((REPO / "graph" / "queries" / "falkordb").glob("*.cypher"))
    assert falkordb, "the FalkorDB overrides exist"
    result = subprocess.run(["node", str(LINT / "lint.mjs"), *map(str, falkordb)], capture_output=True, text=True)
    assert result.returncode == 1, "FalkorDB's procedures are unknown to Neo4j, as they should be"


def test_every_write_as_neo4j_runs_it_with_the_change_log_is_valid(tmp_path: Path) -> None:
    """A @changes query runs with the change log's tail after it (graph/queries.py): the joined statement too."""
    from graph import queries
    from graph.model import Label, RelType

    files = []
    for name in queries.names():
        query = queries.load(name, "neo4j")
        if query.changes:
            path = tmp_path / f"{name}.cypher"
            path.write_text(query.render(label=Label.PROJECT, rel_type=RelType.IMPLEMENTS), encoding="utf-8")
            files.append(path)
    assert len(files) >= 9
    result = subprocess.run(["node", str(LINT / "lint.mjs"), *map(str, files)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
