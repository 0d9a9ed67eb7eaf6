"""/docs in headless Chromium with every other host unreachable: Swagger UI loads from the server
itself and lists the API's operations, by their names."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest

from app.docs import BUNDLE

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
