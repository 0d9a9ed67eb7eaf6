"""``from`` / ``to`` on the walks: the lineage and a locality's directives as documents of a window tell them."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.test_health_and_lineage import assert_error

pytestmark = pytest.mark.api

LINEAGE = "/resolutions/204-QĐ/TW/lineage"
DIRECTIVES = "/localities/tinh/nghe-an/directives"


def test_lineage_within_the_window_of_its_document(client: TestClient) -> None:
    whole = client.get(LINEAGE, params={"depth": 3}).json()
    assert whole["edges"]
    same = client.get(LINEAGE, params={"depth": 3, "from": "2025-06", "to": "2025"}).json()
    assert same == whole  # the fixture's one document is dated 2025-06
    for params in ({"from": "2025-07"}, {"to": "2025-05"}, {"to": "2024"}):
        cut = client.get(LINEAGE, params={"depth": 3, **params}).json()
        assert [n["key"] for n in cut["nodes"]] == [whole["root"]] and cut["edges"] == [], params


def test_lineage_csv_takes_the_window_too(client: TestClient) -> None:
    table = client.get(LINEAGE, params={"from": "2026"}, headers={"Accept": "text/csv"})
    assert table.status_code == 200 and table.text.count("\n") == 1  # the header only


def test_locality_directives_within_a_window(client: TestClient) -> None:
    whole = client.get(DIRECTIVES).json()["items"]
    assert whole
    assert client.get(DIRECTIVES, params={"from": "2025"}).json()["items"] == whole
    assert client.get(DIRECTIVES, params={"to": "2024-12-31"}).json()["items"] == []


def test_bad_windows_are_invalid_input(client: TestClient) -> None:
    assert_error(client.get(LINEAGE, params={"from": "June 2025"}), 422, "invalid_input")
    assert_error(client.get(LINEAGE, params={"from": "2025", "to": "2024"}), 422, "invalid_input")
    assert_error(client.get(DIRECTIVES, params={"from": "2025-13-01x"}), 422, "invalid_input")
