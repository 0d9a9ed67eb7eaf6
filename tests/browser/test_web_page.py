"""The lineage web page in headless Chromium, against a real ``dg serve`` over the fixture graph.

The headline path: search "204", pick Quyết định 204-QĐ/TW, see Kế hoạch 331-KH/TU drawn below it,
click the IMPLEMENTS edge and read the sentence that says so. The drawing is checked through the
cytoscape instance the page exposes as ``window.dgGraph``; clicks are real mouse clicks on the canvas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
import pytest

from tests.browser.conftest import ARTIFACTS

if TYPE_CHECKING:
    from collections.abc import Callable

    from playwright.sync_api import Page, Route

pytestmark = pytest.mark.browser

HEADLINE = "204-QĐ/TW"
PLAN = "331-KH/TU"
MEETING = "ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06"
EVIDENCE = "để cụ thể hoá Quyết định số 204-QĐ/TW"

# The canvas position of an element of the drawing, in page coordinates.
CANVAS_POSITION = """([kind, selector]) => {
  const found = window.dgGraph.$(selector).first();
  const at = kind === "edge" ? found.renderedMidpoint() : found.renderedPosition();
  const box = document.getElementById("graph").getBoundingClientRect();
  return { x: box.left + at.x, y: box.top + at.y };
}"""


def drawn_keys(page: Page) -> set[str]:
    """The entities drawn (not the province groups or the layer labels)."""
    return set(page.evaluate("window.dgGraph.nodes('[key]').map((n) => n.id())"))


def click_in_drawing(page: Page, kind: str, selector: str) -> None:
    point = page.evaluate(CANVAS_POSITION, [kind, selector])
    page.mouse.click(point["x"], point["y"])


def wait_for_drawing(page: Page, root: str, key: str) -> None:
    """Until the drawing from ``root`` holds ``key``."""
    page.wait_for_function(
        """([root, key]) => window.dgGraph && document.getElementById("graph").dataset.root === root
                            && window.dgGraph.getElementById(key).nonempty()""",
        arg=[root, key],
    )


# -- the server side -------------------------------------------------------------------------


def test_page_and_assets_are_served(web_url: str) -> None:
    page = httpx.get(web_url + "/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert 'src="static/vendor/cytoscape.min.js"' in page.text
    assets = ["app.js", "i18n.js", "layout.js", "style.css", "vendor/cytoscape.min.js"]
    for asset, kind in ((a, "text/css" if a.endswith(".css") else "javascript") for a in assets):
        response = httpx.get(f"{web_url}/static/{asset}")
        assert response.status_code == 200, asset
        assert kind in response.headers["content-type"]


@pytest.mark.parametrize("path", ["__init__.py", "../routes/web.py", "%2e%2e/main.py", "nope.js", "vendor"])
def test_only_web_files_are_served(web_url: str, path: str) -> None:
    response = httpx.get(f"{web_url}/static/{path}")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_the_page_is_not_in_the_api_schema(web_url: str) -> None:
    paths = httpx.get(web_url + "/openapi.json").json()["paths"]
    assert "/" not in paths
    assert not any(path.startswith("/static") for path in paths)


# -- in the browser --------------------------------------------------------------------------


def test_headline_lineage_and_evidence(page: Page, web_url: str) -> None:
    page.goto(web_url + "/")
    page.fill("#search-input", "204")
    page.press("#search-input", "Enter")
    result = page.locator(f'.result[data-key="{HEADLINE}"]')
    result.wait_for()
    assert "Quyết định số 204-QĐ/TW" in result.inner_text()
    result.click()

    wait_for_drawing(page, HEADLINE, PLAN)
    assert {HEADLINE, PLAN, MEETING, "tinh/nghe-an", "sở-khoa-học-và-công-nghệ@nghe-an"} <= drawn_keys(page)
    page.locator(f'#details-body[data-key="{HEADLINE}"] .relations section').first.wait_for()  # the root's details
    assert page.get_attribute("#graph", "data-root") == HEADLINE
    assert "direction=down" in page.url and "depth=3" in page.url

    click_in_drawing(page, "edge", f'edge[type = "IMPLEMENTS"][source = "{PLAN}"]')
    details = page.locator('#details-body[data-kind="edge"]')
    details.wait_for()
    assert EVIDENCE in details.locator(".sentence").first.inner_text()
    assert "fixture-002" in details.inner_text()
    details.locator(".doc-title").first.wait_for()  # the document's title and date, from /documents/{key}
    assert "(06/2025)" in details.inner_text()  # dates as the page's language writes them
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "lineage.png"))

    click_in_drawing(page, "node", f'node[key = "{PLAN}"]')
    node = page.locator(f'#details-body[data-kind="node"][data-key="{PLAN}"]')
    node.wait_for()
    assert "Kế hoạch số 331" in node.inner_text()
    node.locator(".relations section").first.wait_for()  # relations, from /resolutions/{key}
    assert "Được dẫn chiếu bởi" in node.inner_text()


def test_direction_and_depth(page: Page, web_url: str) -> None:
    page.goto(f"{web_url}/#lineage={HEADLINE}&depth=1")
    wait_for_drawing(page, HEADLINE, PLAN)
    assert drawn_keys(page) == {HEADLINE, PLAN, "sở-khoa-học-và-công-nghệ@nghe-an"}
    assert page.input_value("#depth-select") == "1"

    page.select_option("#depth-select", "2")
    wait_for_drawing(page, HEADLINE, MEETING)
    assert drawn_keys(page) == {HEADLINE, PLAN, "sở-khoa-học-và-công-nghệ@nghe-an", MEETING, "tinh/nghe-an"}

    page.check('input[name="direction"][value="up"]')
    page.locator("#message.info").wait_for()
    assert "Không có gì trên 204-QĐ/TW" in page.inner_text("#message")
    assert drawn_keys(page) == {HEADLINE}

    page.goto(f"{web_url}/#lineage={PLAN}&direction=up")
    wait_for_drawing(page, PLAN, HEADLINE)
    assert drawn_keys(page) == {PLAN, HEADLINE}


def test_other_entities_open_their_neighbourhood(page: Page, web_url: str) -> None:
    page.goto(web_url + "/")
    page.fill("#search-input", "nguyen duc trung")  # accents optional
    page.press("#search-input", "Enter")
    page.locator('.result[data-label="Official"]').first.click()
    wait_for_drawing(page, "nguyễn-đức-trung@nghe-an", MEETING)
    details = page.locator('#details-body[data-kind="node"]')
    details.locator(".relations section").first.wait_for()  # from /officials/{key}
    assert "Nguyễn Đức Trung" in details.inner_text()
    assert "Kết luận" in details.inner_text()


def test_api_errors_are_shown(page: Page, web_url: str) -> None:
    page.goto(f"{web_url}/#lineage=999-NQ/TW")
    message = page.locator("#message.error")
    message.wait_for()
    assert "no resolution with key or symbol '999-NQ/TW'" in message.inner_text()
    assert "not_found" in message.inner_text()


def test_missing_drawing_library_is_explained(page: Page, web_url: str) -> None:
    def missing(route: Route) -> None:
        route.fulfill(status=404, content_type="application/json", body='{"error": {"code": "not_found"}}')

    page.route("**/static/vendor/cytoscape.min.js", missing)
    page.goto(web_url + "/")
    message = page.locator("#message.error")
    message.wait_for()
    assert "make web-assets" in message.inner_text()
    page.fill("#search-input", "204")  # search still works
    page.press("#search-input", "Enter")
    page.locator(f'.result[data-key="{HEADLINE}"]').wait_for()


def test_a_locality_lists_the_directives_that_reached_it(page: Page, web_url: str) -> None:
    """The page shows the API's walk (the Browser saved query's): the plan and the directive above it."""
    page.goto(f"{web_url}/#node=tinh/nghe-an")
    section = page.locator('#details-body[data-key="tinh/nghe-an"] section.reached')
    section.locator("ul.links li").first.wait_for()
    text = section.inner_text()
    assert "331-KH/TU" in text and "204-QĐ/TW" in text
    assert "qua 331-KH/TU" in text  # the chain that brought the central decision


def test_on_a_1024_px_screen_the_results_open_over_the_drawing(new_page: Callable[..., Page], web_url: str) -> None:
    """Two columns leave the drawing room; the search results are a panel that opens while searching."""
    page = new_page(width=1024, height=700)
    page.goto(web_url + "/")
    assert page.is_hidden("#results")
    page.fill("#search-input", "204")
    page.press("#search-input", "Enter")
    result = page.locator(f'.result[data-key="{HEADLINE}"]')
    result.wait_for()
    assert page.get_attribute("#results-toggle", "aria-expanded") == "true"
    result.click()
    wait_for_drawing(page, HEADLINE, PLAN)
    assert page.is_hidden("#results")
    graph = page.locator("#graph").bounding_box()
    assert graph is not None and graph["width"] >= 600
    page.click("#results-toggle")  # the last results stay at hand
    assert page.is_visible(f'.result[data-key="{HEADLINE}"]')
