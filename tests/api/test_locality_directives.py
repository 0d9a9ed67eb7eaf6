"""What reached a locality (issue 11, "The chain to localities is empty"): one walk for the API and
the Neo4j Browser, rolled up PART_OF, across MERGED_INTO, with the issuer-province rule."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from kernel.settings import Settings
from loaders.pipeline import Loader
from loaders.write import GraphWriter
from tests.conftest import REPO

pytestmark = pytest.mark.api

SEEDS = REPO / "examples" / "seeds"
QUERY = REPO / "graph" / "queries" / "locality_directives.cypher"
SAVED = REPO / "graph" / "browser" / "saved-queries.cypher"
DERIVED = {"derived_from": "gazetteer"}
P2 = {"9-KH/TU@p2", "2-NQ/TW"}  # what province P2, merged into P, carried out


def _client(store: EmbeddedStore, tmp: Path) -> TestClient:
    return TestClient(create_app(Settings(data_dir=tmp, write_token=SecretStr("x" * 20)), store))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    tmp = tmp_path_factory.mktemp("seeds")
    store = EmbeddedStore(tmp / "var", start_timeout=30)
    store.apply_schema()
    Loader(store).load_paths([str(SEEDS)])
    try:
        with _client(store, tmp) as client:
            yield client
    finally:
        store.close()


def _by_symbol(client: TestClient, locality: str) -> dict[str, list[str]]:
    response = client.get(f"/localities/{locality}/directives", params={"depth": 6})
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    return {item["properties"].get("symbol") or item["key"]: item["chain"] for item in items}


def test_the_province_gets_the_central_decision_through_its_own_plan(seeds: TestClient) -> None:
    chains = _by_symbol(seeds, "tinh/nghe-an")
    chain = chains["204-QĐ/TW"]
    assert chain[0] == "tinh/nghe-an" and chain[-1].startswith("204-QĐ/TW")
    assert any(key.startswith("331-KH/TU") for key in chain)
    assert any(key.startswith("331-KH/TU") for key in chains)


def test_a_commune_rolls_up_to_its_district_and_province(seeds: TestClient) -> None:
    chain = _by_symbol(seeds, "xa/khai-son@nghe-an")["204-QĐ/TW"]
    assert chain[:3] == ["xa/khai-son@nghe-an", "huyen/anh-son@nghe-an", "tinh/nghe-an"]


def test_level_provincial_keeps_plans_without_a_symbol_and_projects(seeds: TestClient) -> None:
    items = seeds.get("/resolutions/204-QĐ/TW/implementations", params={"level": "provincial"}).json()["items"]
    labels = {label for item in items for label in item["labels"]}
    assert "Project" in labels and any(item["properties"].get("symbol") == "331-KH/TU" for item in items)
    unnumbered = seeds.get("/resolutions/827/QĐ-TTg/implementations", params={"level": "provincial"}).json()["items"]
    assert unnumbered, "a provincial plan without a symbol (and without a level) is hidden"
    central = seeds.get("/resolutions/204-QĐ/TW/implementations", params={"level": "central"}).json()["items"]
    assert all(item["properties"].get("level") in (None, "central") and "@" not in item["key"] for item in central)


# -- a small graph with every step of the walk -------------------------------------------


@pytest.fixture(scope="module")
def chain_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[EmbeddedStore, TestClient]]:
    """Province P > district D > old commune O (merged in 2025 into new commune N, part of P);
    central C <- provincial plan KP (issued by P) <- district plan KD (assigned to D) <- project X
    (located in O). Province P2 (merged into P) issued K2 for central C2. Province Q has nothing."""
    tmp = tmp_path_factory.mktemp("chain")
    store = EmbeddedStore(tmp / "var", start_timeout=30)
    store.apply_schema()
    w = GraphWriter(store)
    for key, name, level in [("tinh/p", "P", "tỉnh"), ("tinh/q", "Q", "tỉnh"), ("huyen/d@p", "D", "huyện"),
                             ("xa/o@p", "O", "xã"), ("xa/n@p", "N", "xã"), ("tinh/p2", "P2", "tỉnh")]:  # fmt: skip
        w.add_node(Label.LOCALITY, key, {"name": name, "level": level, "province": "P" if key != "tinh/q" else "Q"})
    for child, parent in [("huyen/d@p", "tinh/p"), ("xa/o@p", "huyen/d@p"), ("xa/n@p", "tinh/p")]:
        w.add_edge(RelType.PART_OF, child, parent, props=DERIVED)
    w.add_edge(RelType.MERGED_INTO, "xa/o@p", "xa/n@p", props=DERIVED)
    w.add_edge(RelType.MERGED_INTO, "tinh/p2", "tinh/p", props=DERIVED)
    w.add_node(Label.RESOLUTION, "2-NQ/TW", {"symbol": "2-NQ/TW", "kind": "NQ", "level": "central"})
    w.add_node(
        Label.RESOLUTION, "9-KH/TU@p2", {"symbol": "9-KH/TU", "kind": "KH", "level": "provincial", "province": "P2"}
    )
    w.add_edge(RelType.IMPLEMENTS, "9-KH/TU@p2", "2-NQ/TW", props={"derived_from": "test"})
    w.add_node(Label.RESOLUTION, "1-NQ/TW", {"symbol": "1-NQ/TW", "kind": "NQ", "level": "central"})
    w.add_node(
        Label.RESOLUTION, "2-KH/TU@p", {"symbol": "2-KH/TU", "kind": "KH", "level": "provincial", "province": "P"}
    )
    w.add_node(Label.RESOLUTION, "3-KH/HU@p", {"symbol": "3-KH/HU", "kind": "KH", "level": "district", "province": "P"})
    w.add_node(Label.PROJECT, "du-an-x@p", {"name": "Dự án X"})
    for source, target in [("2-KH/TU@p", "1-NQ/TW"), ("3-KH/HU@p", "2-KH/TU@p"), ("du-an-x@p", "3-KH/HU@p")]:
        w.add_edge(RelType.IMPLEMENTS, source, target, props={"derived_from": "test"})
    w.add_edge(RelType.ASSIGNED_TO, "3-KH/HU@p", "huyen/d@p", props={"derived_from": "test"})
    w.add_edge(RelType.ASSIGNED_TO, "du-an-x@p", "xa/o@p", props={"derived_from": "test"})
    w.flush()
    try:
        with _client(store, tmp) as client:
            yield store, client
    finally:
        store.close()


@pytest.mark.parametrize(
    ("locality", "expected"),
    [
        ("xa/o@p", {"1-NQ/TW", "2-KH/TU@p", "3-KH/HU@p", *P2}),
        ("xa/n@p", {"1-NQ/TW", "2-KH/TU@p", "3-KH/HU@p", *P2}),  # the successor inherits the merged commune's history
        ("huyen/d@p", {"1-NQ/TW", "2-KH/TU@p", "3-KH/HU@p", *P2}),
        ("tinh/p", {"1-NQ/TW", "2-KH/TU@p", *P2}),  # its own plan and its predecessor's; no district plan rolls down
        ("tinh/p2", P2),  # what the successor got does not flow back
        ("tinh/q", set()),
    ],
)
def test_the_walk(chain_graph: tuple[EmbeddedStore, TestClient], locality: str, expected: set[str]) -> None:
    _, client = chain_graph
    items = client.get(f"/localities/{locality}/directives").json()["items"]
    assert {item["key"] for item in items} == expected


def test_the_chain_of_a_merged_commune_goes_through_its_predecessor(
    chain_graph: tuple[EmbeddedStore, TestClient],
) -> None:
    _, client = chain_graph
    items = client.get("/localities/xa/n@p/directives", params={"depth": 6}).json()["items"]
    chains = {item["key"]: item["chain"] for item in items}
    assert chains["3-KH/HU@p"] in (  # two chains of the same length: the first in key order
        ["xa/n@p", "xa/o@p", "du-an-x@p", "3-KH/HU@p"],
        ["xa/n@p", "xa/o@p", "huyen/d@p", "3-KH/HU@p"],
    )
    assert chains["1-NQ/TW"] == ["xa/n@p", "tinh/p", "2-KH/TU@p", "1-NQ/TW"]
    short = client.get("/localities/xa/o@p/directives", params={"depth": 1}).json()["items"]
    assert {item["key"] for item in short} == {"2-KH/TU@p", "3-KH/HU@p", "1-NQ/TW", *P2}  # one IMPLEMENTS step


def _statement(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines() if line.strip() and not line.startswith("//"))


def test_the_browser_saved_query_is_the_api_query() -> None:
    statements = [s for s in SAVED.read_text(encoding="utf-8").split(";\n") if "MERGED_INTO*0..3" in s]
    assert len(statements) == 1
    assert _statement(statements[0]) == _statement(QUERY.read_text(encoding="utf-8"))
