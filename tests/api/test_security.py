"""No Cypher is built from request data: injection strings in every parameter change nothing."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from graph import stats
from graph.backends.embedded import EmbeddedStore

pytestmark = pytest.mark.api

INJECTIONS = [
    "' OR 1=1 //",
    '" OR 1=1 //',
    "x'}) MATCH (n) DETACH DELETE n //",
    'x"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    "`; MATCH (n) DETACH DELETE n",
    "$key",
    "{key: 'x'}",
    "\\' OR '1'='1",
    "CYPHER key=1 MATCH (n) DETACH DELETE n",
    "x\nMATCH (n) DETACH DELETE n",
    "*" * 50,
    "(" * 200,
]
STRING_PARAMS = {
    "/resolutions": ["kind", "issuer", "text"],
    "/officials": ["name", "province"],
    "/meetings": ["body", "province"],
    "/search": ["q"],
    "/graph/neighbourhood": ["key"],
}
KEYED = ["/resolutions/{}", "/resolutions/{}/lineage", "/resolutions/{}/implementations", "/officials/{}",
         "/meetings/{}", "/projects/{}", "/localities/{}", "/localities/{}/directives", "/documents/{}"]  # fmt: skip


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_strings_change_nothing(client: TestClient, api_store: EmbeddedStore, payload: str) -> None:
    before = stats.counts(api_store)
    for route, names in STRING_PARAMS.items():
        for name in names:
            params = {name: payload[:200]}
            if route == "/search" and name != "q":
                params["q"] = "x"
            response = client.get(route, params=params)
            assert response.status_code < 500, (route, name, response.text)
    for template in KEYED:
        response = client.get(template.format(quote(payload, safe="")))
        assert response.status_code in (404, 422), (template, response.status_code, response.text)
    assert stats.counts(api_store) == before
