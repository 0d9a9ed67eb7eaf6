"""The API contract as a browser sees it: /docs with every other host unreachable (Swagger UI loads from the server
itself and lists the operations), and the page reading error details as JSON."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from app.docs import BUNDLE
from tests.api.conftest import raw_request

if TYPE_CHECKING:
    from playwright.sync_api import Page, Route

pytestmark = pytest.mark.browser


def test_docs_work_offline(page: Page, web_url: str) -> None:
    if not BUNDLE.is_file():
        pytest.skip("Swagger UI is not vendored: run make web-assets")
    own = urlsplit(web_url).netloc
    elsewhere: list[str] = []

    def offline(route: Route) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:  # a CDN, a validator, telemetry: the page must not need any of them
            elsewhere.append(route.request.url)
            route.abort()

    page.route("**/*", offline)
    page.goto(web_url + "/docs")
    page.wait_for_selector(".opblock-summary", state="attached")
    text = page.inner_text("#swagger-ui")
    assert "directive-graph" in text
    assert "/resolutions/{key}/implementations" in text
    assert page.locator(".opblock").count() >= 17
    assert elsewhere == [], f"/docs asked other hosts for {elsewhere}"


def test_the_page_offers_ambiguous_candidates_from_the_json_list(page: Page, web_url: str) -> None:
    """A 409's ``detail.candidates`` is a JSON list; the page makes one button per key, even a key
    with a comma in it (a comma-joined string split apart would make two)."""
    candidates = ["15-KH/TU@nghe-an:2025", "15-KH/TU@ha-tinh,x:2024"]
    body = {
        "error": {
            "code": "ambiguous",
            "message": "'15-KH/TU' names 2 resolutions",
            "detail": {"candidates": candidates},
        }
    }

    def ambiguous(route: Route) -> None:
        route.fulfill(status=409, content_type="application/json", body=json.dumps(body))

    page.route("**/resolutions/15-KH/TU/lineage*", ambiguous)
    page.goto(f"{web_url}/#lineage=15-KH/TU")
    page.locator("#message.error .candidates button").first.wait_for()
    assert page.locator("#message.error .candidates button").all_inner_texts() == candidates


def test_dg_serve_answers_raw_utf8_in_the_error_shape(web_url: str) -> None:
    """``dg serve`` itself (not only the test server) runs the protocol that answers in the error shape."""
    status, headers, body = raw_request(web_url, "/search?q=Nghị quyết 57".encode())
    assert (status, headers["content-type"]) == (400, "application/json")
    assert json.loads(body)["error"]["code"] == "bad_request"


def test_a_depth_over_the_server_cap_is_drawn_at_the_cap(page: Page, web_url: str) -> None:
    """The server refuses a depth over DG_MAX_LINEAGE_DEPTH with a 422 whose detail gives the maximum
    (a number): the page draws at that depth and says so, instead of showing an error."""
    refused = {
        "error": {"code": "invalid_input", "message": "depth is at most 2", "detail": {"depth": 8, "maximum": 2}}
    }

    def server_with_cap_2(route: Route) -> None:
        if "depth=8" in route.request.url:
            route.fulfill(status=422, content_type="application/json", body=json.dumps(refused))
        else:
            route.continue_()

    page.route("**/lineage?*", server_with_cap_2)
    page.goto(f"{web_url}/#lineage=204-QĐ/TW&direction=down&depth=8")
    message = page.locator("#message.info")
    message.wait_for()
    assert "giới hạn độ sâu ở 2" in message.inner_text()
    assert page.locator("#depth-select").input_value() == "2"
    assert "depth=2" in page.url
