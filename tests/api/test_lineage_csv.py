"""``GET /resolutions/{key}/lineage`` with ``Accept: text/csv``: the lineage as one table, a row per edge."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from app.tables import CSV
from loaders.tables import display_name
from tests.api.test_health_and_lineage import assert_error

pytestmark = pytest.mark.api

LINEAGE = "/resolutions/204-QĐ/TW/lineage"


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_lineage_as_csv_has_a_row_per_edge_with_evidence(client: TestClient) -> None:
    as_json = client.get(LINEAGE, params={"depth": 3}).json()
    response = client.get(LINEAGE, params={"depth": 3}, headers={"Accept": CSV})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["content-disposition"]
    rows = rows_of(response.text)
    assert len(rows) == len(as_json["edges"]) > 0
    assert {(r["source"], r["type"], r["target"]) for r in rows} == {
        (e["source"], e["type"], e["target"]) for e in as_json["edges"]
    }
    depth = {n["key"]: n["depth"] for n in as_json["nodes"]}
    names = {n["key"]: display_name(n["key"], n["properties"]) for n in as_json["nodes"]}
    for row in rows:
        assert int(row["source_depth"]) == depth[row["source"]] and int(row["target_depth"]) == depth[row["target"]]
        assert row["source_name"] == names[row["source"]]
    plan = next(r for r in rows if r["source"] == "331-KH/TU" and r["type"] == "IMPLEMENTS")
    edge = next(e for e in as_json["edges"] if e["source"] == "331-KH/TU" and e["type"] == "IMPLEMENTS")
    assert plan["sentences"] == " ".join(edge["evidence"][0]["sentence"].split())
    assert plan["documents"] == edge["evidence"][0]["doc"]


def test_json_and_csv_answers_are_cached_apart(client: TestClient) -> None:
    for _ in range(2):  # the second round is answered from the cache
        assert client.get(LINEAGE).headers["content-type"].startswith("application/json")
        assert client.get(LINEAGE, headers={"Accept": CSV}).headers["content-type"].startswith(CSV)
    assert client.get(LINEAGE, headers={"Accept": f"application/json, {CSV}"}).json()["root"]


def test_csv_errors_keep_the_error_shape(client: TestClient) -> None:
    assert_error(client.get("/resolutions/999-NQ/TW/lineage", headers={"Accept": CSV}), 404, "not_found")
