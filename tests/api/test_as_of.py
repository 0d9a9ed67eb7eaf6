"""``as_of`` on the walks: a locality's directives and a lineage on the administrative map of a day.

The graph is small and written here, with the gazetteer's real keys: in Nghệ An, xã Khai Sơn (huyện Anh Sơn)
went into xã Yên Xuân on 1 July 2025; the district is on no map after that day; the province is on both.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.client import ApiError, Client
from app.main import create_app
from app.transport import http_protocol
from graph.backends.embedded import EmbeddedStore
from graph.model import Label, RelType
from kernel.settings import Settings
from loaders import gazetteer
from loaders.resolve import unit_props
from loaders.write import GraphWriter, Source
from tests.api.conftest import serving
from tests.api.test_health_and_lineage import assert_error

pytestmark = pytest.mark.api

OLD, NEW, DISTRICT, PROVINCE = "xa/khai-son@nghe-an", "xa/yen-xuan@nghe-an", "huyen/anh-son@nghe-an", "tinh/nghe-an"
#: a plan assigned to each place, each carrying out the central resolution ROOT; the documents saying so
PLANS = {OLD: "kh-old", NEW: "kh-new", DISTRICT: "kh-district", PROVINCE: "kh-province"}
SAID_IN = {OLD: "doc-2024", NEW: "doc-2025", DISTRICT: "doc-2024", PROVINCE: "doc-2025"}
ROOT = "1-NQ/TW"
UNKNOWN = "xa/tan-lap-moi@ha-giang"
OWN = "nq-own@nghe-an"
BEFORE, AFTER = "2024-05-01", "2025-08-01"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FastAPI]:
    tmp = tmp_path_factory.mktemp("as_of")
    store = EmbeddedStore(tmp / "var", start_timeout=30)
    store.apply_schema()
    gaz = gazetteer.load()
    w = GraphWriter(store)
    for doc, published in (("doc-2024", "2024-03"), ("doc-2025", "2025-09")):
        w.add_node(Label.DOCUMENT, doc, {"title": doc, "published": published})
    for key in PLANS:
        unit = gaz.units_of(key)[-1]
        w.add_node(Label.LOCALITY, key, unit_props(gaz, unit))
    derived = {"derived_from": "gazetteer"}
    for child, parent in [(OLD, DISTRICT), (DISTRICT, PROVINCE), (NEW, PROVINCE)]:
        w.add_edge(RelType.PART_OF, child, parent, props=derived)
    w.add_edge(RelType.MERGED_INTO, OLD, NEW, props=derived)
    w.add_node(Label.RESOLUTION, ROOT, {"symbol": ROOT, "kind": "NQ", "level": "central"})
    for place, plan in PLANS.items():
        said = Source(SAID_IN[place], f"Câu nói về {plan}.", 0, 5, "test")
        w.add_node(Label.RESOLUTION, plan, {"kind": "KH", "title": plan})
        w.add_edge(RelType.IMPLEMENTS, plan, ROOT, provenance=said)
        w.add_edge(RelType.ASSIGNED_TO, plan, place, provenance=said)
    # a directive the province issued itself (the issuer-province rule: no edge to the province), read in 2025
    w.add_node(Label.RESOLUTION, OWN, {"kind": "NQ", "level": "provincial", "province": "Nghệ An", "title": OWN})
    w.add_edge(RelType.MENTIONED_IN, OWN, "doc-2025", provenance=Source("doc-2025", "Câu.", 0, 4, "mention"))
    # a place the gazetteer does not know, in Hà Giang (merged into the new Tuyên Quang on 1 July 2025)
    w.add_node(Label.LOCALITY, UNKNOWN, {"name": "Tân Lập Mới", "level": "xã", "parent": "Hà Giang"})
    for key in ("tinh/ha-giang", "tinh/tuyen-quang:2025"):
        w.add_node(Label.LOCALITY, key, unit_props(gaz, gaz.units_of(key)[0]))
    w.add_edge(RelType.PART_OF, UNKNOWN, "tinh/ha-giang", props=derived)
    for plan, place in (("kh-unknown", UNKNOWN), ("kh-tuyen-quang", "tinh/tuyen-quang:2025")):
        w.add_node(Label.RESOLUTION, plan, {"kind": "KH", "title": plan})
        w.add_edge(RelType.ASSIGNED_TO, plan, place, provenance=Source("doc-2025", "Câu.", 0, 4, "test"))
    w.flush()
    try:
        yield create_app(Settings(data_dir=tmp, write_token=SecretStr("x" * 20)), store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def _plans(client: TestClient, locality: str, **params: str) -> dict[str, list[str]]:
    response = client.get(f"/localities/{locality}/directives", params=params)
    assert response.status_code == 200, response.text
    return {item["key"]: item["chain"] for item in response.json()["items"] if item["key"].startswith("kh-")}


@pytest.mark.parametrize(
    ("locality", "as_of", "expected"),
    [
        (OLD, None, {"kh-old", "kh-district", "kh-province"}),  # the walk without a date: its own units only
        (OLD, BEFORE, {"kh-old", "kh-district", "kh-province"}),
        (OLD, AFTER, {"kh-new", "kh-province"}),  # followed into its successor; no district after the reform
        (NEW, None, {"kh-new", "kh-old", "kh-district", "kh-province"}),  # with its predecessors' history
        (NEW, BEFORE, {"kh-old", "kh-district", "kh-province"}),  # the communes it was made from, on their map
        (NEW, AFTER, {"kh-new", "kh-province"}),  # the map of that day: no predecessor, no district
        (DISTRICT, BEFORE, {"kh-district", "kh-province"}),
        (DISTRICT, AFTER, {"kh-new", "kh-province"}),  # the new communes its communes went into
        (PROVINCE, "2025-06-30", {"kh-province"}),
        (PROVINCE, "2025-07-01", {"kh-province"}),
        (UNKNOWN, BEFORE, {"kh-unknown"}),  # unknown to the gazetteer: itself, and its province on that map
        (UNKNOWN, AFTER, {"kh-unknown", "kh-tuyen-quang"}),
        ("tinh/ha-giang", AFTER, {"kh-tuyen-quang"}),
        ("tinh/tuyen-quang:2025", BEFORE, set()),  # Hà Giang and the old Tuyên Quang: nothing was assigned there
    ],
)
def test_a_locality_on_the_map_of_a_day(
    client: TestClient, locality: str, as_of: str | None, expected: set[str]
) -> None:
    params = {} if as_of is None else {"as_of": as_of}
    assert set(_plans(client, locality, **params)) == expected


def test_the_chain_says_how_the_map_led_there_and_the_window_judges_the_rest(client: TestClient) -> None:
    chains = _plans(client, OLD, as_of=AFTER)
    assert chains["kh-new"] == [OLD, NEW, "kh-new"]
    assert chains["kh-province"] == [OLD, NEW, PROVINCE, "kh-province"]
    before = _plans(client, NEW, as_of=BEFORE)
    gaz = gazetteer.load()
    made_from = {gaz.key(u) for u in gaz.predecessors(gaz.units_of(NEW)[0])}
    assert OLD in made_from and len(made_from) > 1
    new, first, *rest = before["kh-district"]  # through one of the communes it was made from
    assert (new, rest) == (NEW, [DISTRICT, "kh-district"]) and first in made_from
    # the steps of the map are the gazetteer's: documents of 2025 say the rest of these chains, not of kh-district
    assert set(_plans(client, NEW, as_of=BEFORE, **{"from": "2025"})) == {"kh-province"}
    assert set(_plans(client, OLD, as_of=AFTER, to="2024")) == set()


def test_a_lineage_on_the_map_of_a_day(client: TestClient) -> None:
    url = f"/resolutions/{ROOT}/lineage"
    whole = client.get(url, params={"depth": 2}).json()
    assert {n["key"] for n in whole["nodes"] if "Locality" in n["labels"]} == set(PLANS)
    after = client.get(url, params={"depth": 2, "as_of": AFTER}).json()
    places = {n["key"]: n for n in after["nodes"] if "Locality" in n["labels"]}
    assert OLD not in places and DISTRICT not in places and {NEW, PROVINCE} <= places.keys()
    successors = {gazetteer.load().key(u) for u in gazetteer.load().successors(gazetteer.load().units_of(OLD)[0])}
    assert successors == {NEW}
    moved = [e for e in after["edges"] if e["source"] == "kh-old" and e["type"] == "ASSIGNED_TO"]
    assert [(e["target"], e["properties"]["mapped_from"]) for e in moved] == [(NEW, [OLD])]
    assert moved[0]["evidence"][0]["doc"] == "doc-2024"  # the document's evidence stays
    # the district stands for the new communes its communes went into; those not in the graph come from the gazetteer
    from_district = {e["target"] for e in after["edges"] if e["source"] == "kh-district" and e["type"] == "ASSIGNED_TO"}
    assert NEW in from_district and len(from_district) > 2
    assert all(places[k]["properties"]["era"] in ("2025", "2024-2025") for k in from_district)
    before = client.get(url, params={"depth": 2, "as_of": BEFORE}).json()
    keys = {n["key"] for n in before["nodes"]}
    assert NEW not in keys and {OLD, DISTRICT, PROVINCE} <= keys
    made_from = {e["target"] for e in before["edges"] if e["source"] == "kh-new" and e["type"] == "ASSIGNED_TO"}
    assert OLD in made_from and all(k.startswith(("xa/", "phuong/", "thi-tran/")) for k in made_from)
    on_both = client.get(url, params={"depth": 2, "as_of": "2025-07-01"}).json()
    assert PROVINCE in {n["key"] for n in on_both["nodes"]}
    table = client.get(url, params={"depth": 2, "as_of": AFTER}, headers={"Accept": "text/csv"})
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert table.status_code == 200 and {r["target"] for r in rows} >= {NEW, PROVINCE}
    assert DISTRICT not in {r["target"] for r in rows} and {r["mapped_from"] for r in rows} >= {OLD, DISTRICT}


def test_a_bad_day_is_invalid_input(client: TestClient) -> None:
    for bad in ("2025-02-30", "2025-07", "01/07/2025", "2025-13-01"):
        assert_error(client.get(f"/localities/{OLD}/directives", params={"as_of": bad}), 422, "invalid_input")
        assert_error(client.get(f"/resolutions/{ROOT}/lineage", params={"as_of": bad}), 422, "invalid_input")


def test_the_typed_client_takes_the_time_of_a_walk(app: FastAPI) -> None:
    with serving(app, http_protocol()) as url, Client(url) as api:
        assert {i.key for i in api.directives(OLD, as_of=AFTER).items} >= {"kh-new", "kh-province"}
        assert "kh-new" not in {i.key for i in api.directives(OLD, as_of=BEFORE).items}
        assert {i.key for i in api.directives(NEW, date_from="2025").items if i.key.startswith("kh-")} == {
            "kh-new",
            "kh-province",
        }
        tree = api.lineage(ROOT, depth=2, as_of=AFTER, date_to="2024")
        assert {e.target for e in tree.edges if e.type == "ASSIGNED_TO"} >= {NEW} and DISTRICT not in {
            n.key for n in tree.nodes
        }
        with pytest.raises(ApiError) as bad:
            api.lineage(ROOT, as_of="2025-02-30")
        assert (bad.value.status, bad.value.code) == (422, "invalid_input")


@pytest.mark.parametrize("as_of", [None, BEFORE, AFTER])
def test_a_directive_the_province_issued_itself_is_judged_by_the_documents_that_name_it(
    client: TestClient, as_of: str | None
) -> None:
    def reached(locality: str, **window: str) -> set[str]:
        params = {**window, **({"as_of": as_of} if as_of else {})}
        response = client.get(f"/localities/{locality}/directives", params=params)
        assert response.status_code == 200, response.text
        return {item["key"] for item in response.json()["items"]}

    for locality in (PROVINCE, OLD):
        assert OWN in reached(locality)
        assert OWN in reached(locality, **{"from": "2025"}) and OWN in reached(locality, **{"from": "1990"})
        assert OWN not in reached(locality, to="2024")
