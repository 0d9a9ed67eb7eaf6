"""On a synthetic corpus of central -> provincial -> district -> commune chains, every commune with a
project reaches its central directive through ``/localities/{key}/directives``, and the API, the
Neo4j Browser saved query and the gold agree (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from bench.synth_corpus import gold_chains, write_corpus
from graph.backends.embedded import EmbeddedStore
from kernel.settings import Settings
from loaders.graphfile import iter_edges, iter_nodes
from loaders.pipeline import Loader
from tests.conftest import REPO

pytestmark = pytest.mark.load

SAVED = REPO / "graph" / "browser" / "saved-queries.cypher"


def _browser_statement() -> str:
    statements = [s for s in SAVED.read_text(encoding="utf-8").split(";\n") if "MERGED_INTO*0..3" in s]
    return "\n".join(line for line in statements[0].splitlines() if line.strip() and not line.startswith("//"))


def test_every_commune_with_a_project_reaches_its_central_directive(
    embedded_store: EmbeddedStore, tmp_path: Path
) -> None:
    write_corpus(tmp_path / "synth", 90, seed=7)
    summary = Loader(embedded_store).load_paths([str(tmp_path / "synth" / "docs")])
    assert len(summary.loaded) == 90 and not summary.failed
    gold = gold_chains(tmp_path / "synth" / "gold")
    names = {
        row["key"]: row["properties"].get("name") for row in iter_nodes(embedded_store) if "Locality" in row["labels"]
    }
    projects = {row["key"] for row in iter_nodes(embedded_store) if "Project" in row["labels"]}
    placed: dict[str, set[str]] = {}  # commune name -> locality keys with a project located there
    for edge in iter_edges(embedded_store):
        if edge["type"] == "ASSIGNED_TO" and edge["source"] in projects and edge["target"].startswith("xa/"):
            placed.setdefault(str(names[edge["target"]]), set()).add(edge["target"])
    assert set(gold) <= set(placed), "a commune of the gold has no project located in it in the graph"
    statement = _browser_statement()
    settings = Settings(data_dir=tmp_path / "var", write_token=SecretStr("x" * 20))
    checked = 0
    with TestClient(create_app(settings, embedded_store)) as client:
        for commune, centrals in sorted(gold.items()):
            reached: set[str] = set()
            for key in sorted(placed[commune]):
                response = client.get(f"/localities/{key}/directives", params={"depth": 8})
                assert response.status_code == 200, response.text
                items = response.json()["items"]
                browser = embedded_store._run(statement, {"locality": key, "depth": 8}, read_only=True)
                assert [(i["key"], i["chain"]) for i in items] == [(r["key"], r["chain"]) for r in browser]
                reached |= {i["properties"].get("symbol") for i in items if i["properties"].get("level") == "central"}
            assert centrals, f"the gold gives {commune} no central directive"
            assert centrals <= reached, f"{commune}: gold {sorted(centrals)}, reached {sorted(reached)}"
            checked += 1
    assert checked == len(gold) >= 15
