"""A large lineage on the page: 204-QĐ/TW over a 300-document synthetic corpus (bench/synth_corpus.py), in headless
Chromium at 1024 and 1600 px.

Checked through the cytoscape instance (``window.dgGraph``) and the DOM: the layers (central above provincial above
district above commune, inside every province group), the groups with their counts, collapse and expand, the table
view of the same lineage, Vietnamese by default and English on request (or by the switch, remembered), relation names
in Vietnamese with the graph's type as the title, meetings named with their date, the evidence span marked in its
sentence, and the curators' corrections in the details panel. Screenshots go to ``test-artifacts/`` (not committed).
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx
import pytest

from bench.synth_corpus import write_corpus
from tests.browser.conftest import ARTIFACTS, serving
from tests.conftest import REPO

if TYPE_CHECKING:
    from collections.abc import Callable

    from playwright.sync_api import Page

pytestmark = pytest.mark.browser

ROOT = "204-QĐ/TW"
DEPTH = 4
TOKEN = "page-test-write-token-0123"
LEVELS = ["central", "provincial", "district", "commune"]
DATE = re.compile(r"\b\d{2}/\d{2}/\d{4}\b")

DRAWN = """() => window.dgGraph.nodes("[key]").map((n) => ({
  key: n.id(), label: n.data("label"), level: n.data("level"), province: n.data("province"),
  caption: n.data("caption"), group: n.parent().nonempty() ? n.parent().id() : null,
  x: n.position("x"), y: n.position("y") }))"""
GROUPS = """() => window.dgGraph.nodes(".group, .group-collapsed").map((n) => ({
  id: n.id(), name: n.data("name"), count: n.data("count"), collapsed: n.hasClass("group-collapsed"),
  caption: n.data("caption") }))"""
# The canvas position of an element of the drawing, in page coordinates; for an edge, a point along it that no node
# (a group box, a caption) covers, since a click there would reach the node.
CANVAS_POSITION = """([kind, selector]) => {
  const cy = window.dgGraph;
  const found = cy.$(selector).first();
  let at = kind === "edge" ? found.renderedMidpoint() : found.renderedPosition();
  if (kind === "edge") {
    const s = found.renderedSourceEndpoint(), t = found.renderedTargetEndpoint();
    const covered = (p) => cy.nodes().some((n) => {
      if (n.hasClass("band")) return false;
      const b = n.renderedBoundingBox();
      return p.x >= b.x1 - 10 && p.x <= b.x2 + 10 && p.y >= b.y1 - 10 && p.y <= b.y2 + 10;
    });
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
      const p = { x: s.x + (t.x - s.x) * f, y: s.y + (t.y - s.y) * f };
      if (!covered(p)) { at = p; break; }
    }
  }
  const box = document.getElementById("graph").getBoundingClientRect();
  return { x: box.left + at.x, y: box.top + at.y };
}"""


class Large:
    """The served corpus and what the API says about the lineage drawn."""

    def __init__(self, url: str, lineage: dict[str, Any], corrected: dict[str, str]) -> None:
        self.url = url
        self.lineage = lineage
        self.nodes = {n["key"]: n for n in lineage["nodes"]}
        self.corrected = corrected

    def page_url(self, extra: str = "") -> str:
        return f"{self.url}/#lineage={quote(ROOT)}&direction=down&depth={DEPTH}{extra}"


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Large]:
    folder = tmp_path_factory.mktemp("large")
    write_corpus(folder / "corpus", 300, 11)
    env = {**os.environ, "DG_DATA_DIR": str(folder / "var"), "DG_WRITE_TOKEN": TOKEN}
    env.pop("DG_READ_TOKEN", None)
    subprocess.run(
        [sys.executable, "-m", "app.cli", "load", str(folder / "corpus" / "docs")],
        check=True,
        env=env,
        cwd=REPO,
        capture_output=True,
    )
    with serving(folder, env) as url:
        lineage = httpx.get(f"{url}/resolutions/{ROOT}/lineage", params={"depth": DEPTH}).raise_for_status().json()
        nodes = lineage["nodes"]

        def first(label: str, test: Callable[[dict[str, Any]], bool]) -> str:
            return next(str(n["key"]) for n in nodes if label in n["labels"] and test(n))

        plan = first("Resolution", lambda n: n["properties"].get("level") == "provincial" and "@nghe-an" in n["key"])
        agency = first("Organization", lambda n: n["key"].endswith("@nghe-an"))
        meeting = first("Meeting", lambda n: n["properties"].get("province") == "Nghệ An")
        # a district plan that implements a provincial plan: it cites it too (two relations between two nodes)
        chain = next(
            e for e in lineage["edges"]
            if e["type"] == "IMPLEMENTS" and "@nghe-an" in e["source"] and "@nghe-an" in e["target"]
        )  # fmt: skip
        auth = {"Authorization": f"Bearer {TOKEN}"}
        corrections = [
            {"action": "rename", "source": meeting, "name": "Phiên họp thường kỳ Ban Thường vụ Tỉnh ủy Nghệ An",
             "why": "tên đầy đủ trong thông cáo", "author": "minh"},
            {"action": "add-edge", "source": plan, "target": agency, "type": "ASSIGNED_TO",
             "why": "giao trong phụ lục kế hoạch", "author": "lan"},
            {"action": "add-edge", "source": chain["source"], "target": chain["target"], "type": "CITES",
             "why": "căn cứ nêu ở phần mở đầu", "author": "lan"},
        ]  # fmt: skip
        for body in corrections:
            httpx.post(f"{url}/curations", json=body, headers=auth).raise_for_status()
        lineage = httpx.get(f"{url}/resolutions/{ROOT}/lineage", params={"depth": DEPTH}).raise_for_status().json()
        corrected = {"meeting": meeting, "plan": plan, "agency": agency, "district": chain["source"]}
        yield Large(url, lineage, corrected)


def open_lineage(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_function("() => window.dgGraph && window.dgGraph.nodes('.group, .group-collapsed').length > 0")
    page.locator("#groups .group-toggle").first.wait_for()


def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def click_in_drawing(page: Page, kind: str, selector: str) -> None:
    point = page.evaluate(CANVAS_POSITION, [kind, selector])
    page.mouse.click(point["x"], point["y"])


def test_the_corpus_gives_a_large_lineage(large: Large) -> None:
    assert len(large.lineage["nodes"]) >= 100
    assert len(large.lineage["edges"]) >= 100


@pytest.mark.parametrize("width", [1024, 1600])
def test_a_large_lineage_opens_as_province_groups_with_counts(
    large: Large, new_page: Callable[..., Page], width: int
) -> None:
    page = new_page(width=width, height=700 if width < 1200 else 900)
    open_lineage(page, large.page_url())
    shot(page, f"large-overview-{width}.png")
    groups = page.evaluate(GROUPS)
    assert groups and all(g["collapsed"] for g in groups)  # over 40 nodes: every group starts collapsed
    central = [n for n in page.evaluate(DRAWN) if n["group"] is None]
    assert [n["key"] for n in central] == [large.lineage["root"]]
    # every node of the lineage is counted once, in the group of its province
    assert sum(g["count"] for g in groups) == len(large.nodes) - 1
    provinces = Counter(n["properties"]["province"] for n in large.lineage["nodes"] if n["properties"].get("province"))
    for group in groups:
        assert group["count"] >= provinces[group["name"]], group
        assert f"{group['count']} mục" in group["caption"]
    assert {g["name"] for g in groups} == set(provinces)
    buttons = page.locator("#groups .group-toggle").all_inner_texts()
    assert [f"▸ {g['name']} ({g['count']})" for g in groups] == buttons
    # the group boxes are drawn at a readable size
    zoom = page.evaluate("() => window.dgGraph.zoom()")
    assert zoom * 16 >= 10, f"group titles drawn at {zoom * 16:.1f} px"
    # the graph's types on hover: an edge from the root to a group stands for its relations
    edge = 'edge[target = "group:nghe-an"], edge[source = "group:nghe-an"]'
    point = page.evaluate(CANVAS_POSITION, ["edge", edge])
    page.mouse.move(point["x"], point["y"])
    page.wait_for_function("() => document.getElementById('graph').title !== ''")
    types = set(page.get_attribute("#graph", "title").split(", "))  # type: ignore[union-attr]
    assert "IMPLEMENTS" in types and types <= {"IMPLEMENTS", "CITES", "ASSIGNED_TO"}


def test_layers_inside_every_province(large: Large, new_page: Callable[..., Page]) -> None:
    page = new_page(width=1600, height=900)
    open_lineage(page, large.page_url())
    page.click("#expand-all")
    page.wait_for_function("() => window.dgGraph.nodes('.group-collapsed').length === 0")
    shot(page, "large-expanded-1600.png")
    # everything at once is too small to read: captions under 9 px are not drawn, and the page says how to read them
    assert page.evaluate("() => window.dgGraph.zoom()") * 13 < 9
    assert page.is_visible("#zoom-hint") and "Phóng to" in page.inner_text("#zoom-hint")
    drawn = page.evaluate(DRAWN)
    assert len(drawn) == len(large.nodes)
    by_key = {n["key"]: n for n in drawn}
    # the graph's own levels are the layers: a resolution's `level`, a commune's key
    for key, node in large.nodes.items():
        level = node["properties"].get("level")
        if "Resolution" in node["labels"] and level in LEVELS:
            assert by_key[key]["level"] == level, key
        if key.startswith("xa/"):
            assert by_key[key]["level"] == "commune", key
    assert {n["level"] for n in drawn} >= {"central", "provincial", "district", "commune"}
    root = by_key[large.lineage["root"]]
    assert all(root["y"] < n["y"] for n in drawn if n is not root)
    groups = {n["group"] for n in drawn if n["group"]}
    for group in groups:
        members = [n for n in drawn if n["group"] == group]
        assert len({n["province"] for n in members}) == 1, group  # one province per group
        for upper, lower in itertools.combinations(LEVELS[1:], 2):  # every layer above every lower one
            above = [n["y"] for n in members if n["level"] == upper]
            below = [n["y"] for n in members if n["level"] == lower]
            if above and below:
                assert max(above) < min(below), (group, upper, lower)
    # relations between the same two nodes are one edge with every relation in it: no captions on top of each other
    pairs = page.evaluate(
        """() => window.dgGraph.edges().map((e) => [[e.source().id(), e.target().id()].sort().join(" "),
                                                    e.data("relations").length])"""
    )
    assert len({pair for pair, _ in pairs}) == len(pairs)
    assert sum(count for _, count in pairs) == len(large.lineage["edges"])
    district = large.corrected["district"]
    [both] = page.evaluate(
        """(key) => window.dgGraph.getElementById(key).connectedEdges()
                      .filter((e) => e.data("relations").length > 1).map((e) => e.data())""",
        district,
    )
    assert sorted(both["types"]) == ["CITES", "IMPLEMENTS"]
    assert both["caption"] == "triển khai thực hiện\ndẫn chiếu"
    # a meeting is named with its date (several meetings of one body share a name)
    meetings = [n for n in drawn if n["label"] == "Meeting"]
    assert meetings and all(DATE.search(n["caption"]) for n in meetings)
    assert len({(n["group"], n["caption"]) for n in meetings}) == len(meetings)  # told apart inside their group


def test_collapse_and_expand(large: Large, new_page: Callable[..., Page]) -> None:
    page = new_page(width=1024, height=700)
    open_lineage(page, large.page_url())
    group = "group:nghe-an"
    members = [k for k, n in large.nodes.items() if "@nghe-an" in k or n["properties"].get("province") == "Nghệ An"]
    assert len(members) >= 5
    assert page.evaluate("(id) => window.dgGraph.getElementById(id).hasClass('group-collapsed')", group)
    click_in_drawing(page, "node", f'node[id = "{group}"]')  # a click on the collapsed group opens it
    page.wait_for_function("(id) => window.dgGraph.getElementById(id).hasClass('group')", arg=group)
    shot(page, "large-nghe-an-1024.png")
    inside = page.evaluate("(id) => window.dgGraph.getElementById(id).children().map((n) => n.id())", group)
    assert set(inside) == set(members)
    # readable: the opened group is zoomed so that captions are drawn at 9 px or more
    assert page.evaluate("() => window.dgGraph.zoom()") * 13 >= 9
    assert page.is_hidden("#zoom-hint")
    assert page.get_attribute(f'.group-toggle[data-group="{group}"]', "aria-expanded") == "true"
    page.click(f'.group-toggle[data-group="{group}"]')
    page.wait_for_function("(id) => window.dgGraph.getElementById(id).hasClass('group-collapsed')", arg=group)
    assert page.evaluate("(key) => window.dgGraph.getElementById(key).empty()", members[0])
    # an edge to a collapsed group carries every relation it stands for
    relations = page.evaluate(
        """(id) => window.dgGraph.getElementById(id).connectedEdges().map((e) => e.data("relations").length)""", group
    )
    assert sum(relations) == sum(
        1 for e in large.lineage["edges"] if (e["source"] in members) != (e["target"] in members)
    )


def test_the_table_view_lists_the_same_lineage(large: Large, new_page: Callable[..., Page]) -> None:
    page = new_page(width=1024, height=700)
    open_lineage(page, large.page_url())
    page.check('input[name="view"][value="table"]')
    rows = page.locator("#table-view tbody tr")
    rows.first.wait_for()
    shot(page, "large-table-1024.png")
    assert "view=table" in page.url
    assert page.is_hidden("#graph")
    keys = rows.evaluate_all("(rows) => rows.map((r) => r.dataset.key)")
    assert sorted(keys) == sorted(large.nodes)
    levels = rows.evaluate_all("(rows) => rows.map((r) => r.dataset.level)")
    assert levels == sorted(levels, key=LEVELS.index)  # in layer order, central first
    plan = large.corrected["plan"]
    row = page.locator(f'#table-view tr[data-key="{plan}"]')
    text = row.inner_text()
    assert "Cấp tỉnh" in text and "Nghệ An" in text
    issued = large.nodes[plan]["properties"]["issued_on"]  # ISO in the API, dd/mm/yyyy on the page
    assert f"{issued[8:10]}/{issued[5:7]}/{issued[:4]}" in text
    implements = row.locator('.rel[data-type="IMPLEMENTS"]')
    assert implements.inner_text() == "triển khai thực hiện"
    assert implements.get_attribute("title") == "IMPLEMENTS"
    with page.expect_download() as download:  # the same lineage as the API's CSV
        page.click("#csv-button")
    saved = download.value.path()
    assert download.value.suggested_filename == "204-QĐ-TW-lineage.csv"
    header = saved.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "source_key" in header or "source" in header
    page.reload()  # the view is in the address
    page.locator("#table-view tbody tr").first.wait_for()
    page.check('input[name="view"][value="graph"]')
    assert page.is_visible("#graph") and "view=table" not in page.url


def test_vietnamese_by_default_with_relation_names_and_types(large: Large, new_page: Callable[..., Page]) -> None:
    page = new_page(width=1600, height=900, locale="vi-VN")
    open_lineage(page, large.page_url())
    assert page.get_attribute("html", "lang") == "vi"
    assert page.inner_text("#graph-title") == "TRUY VẾT"  # uppercase by the style sheet
    assert page.inner_text("#details-title") == "CHI TIẾT"
    legend = {el.get_attribute("title"): el.inner_text() for el in page.locator("#legend .rel").all()}
    assert legend["IMPLEMENTS"] == "triển khai thực hiện" and legend["CITES"] == "dẫn chiếu"
    # the root's meetings: "Được dẫn chiếu bởi (N)", each with its date as dd/mm/yyyy, newest first
    cited = page.locator('#details-body section[data-role="cited_by"]')
    cited.wait_for()
    heading = cited.locator("h4")
    assert heading.inner_text().startswith("Được dẫn chiếu bởi (") and heading.get_attribute("title") == "CITES ←"
    dates = [d.strip(" ·") for d in cited.locator(".link-date").all_inner_texts()]
    assert dates and all(DATE.fullmatch(d) for d in dates)
    iso = [f"{d[6:]}-{d[3:5]}-{d[:2]}" for d in dates]
    assert iso == sorted(iso, reverse=True)
    # an error in Vietnamese, with the server's own message and code
    page.goto(f"{large.url}/#lineage=999-NQ/TW")
    message = page.locator("#message.error")
    message.wait_for()
    assert message.inner_text().startswith("Không tìm thấy") and "(not_found)" in message.inner_text()


def test_english_when_the_browser_asks_and_the_switch_is_remembered(
    large: Large, new_page: Callable[..., Page]
) -> None:
    page = new_page(width=1024, height=700, locale="en-GB")
    open_lineage(page, large.page_url())
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_attribute('.lang button[data-lang="en"]', "aria-pressed") == "true"
    assert page.locator('#details-body section[data-role="cited_by"] h4').inner_text().startswith("Cited by (")
    assert page.locator('#legend .rel[title="IMPLEMENTS"]').inner_text() == "implements"
    assert str(page.get_attribute("#search-input", "placeholder")).startswith("Search:")
    shot(page, "large-english-1024.png")
    page.click('.lang button[data-lang="vi"]')
    assert page.get_attribute("html", "lang") == "vi"
    assert page.locator('#legend .rel[title="IMPLEMENTS"]').inner_text() == "triển khai thực hiện"
    assert page.locator('#details-body section[data-role="cited_by"] h4').inner_text().startswith("Được dẫn chiếu")
    assert "mục" in page.evaluate("() => window.dgGraph.nodes('.group-collapsed').first().data('caption')")
    page.reload()  # remembered over the browser's English
    page.locator("#groups .group-toggle").first.wait_for()
    assert page.get_attribute("html", "lang") == "vi"
    assert page.inner_text("#fit-button") == "Vừa khung"


def test_the_evidence_span_is_marked_inside_its_sentence(large: Large, new_page: Callable[..., Page]) -> None:
    page = new_page(width=1600, height=900)
    open_lineage(page, large.page_url())
    page.click('.group-toggle[data-group="group:nghe-an"]')
    plan = large.corrected["plan"]
    page.wait_for_function("(key) => window.dgGraph.getElementById(key).nonempty()", arg=plan)
    root = large.lineage["root"]
    click_in_drawing(page, "edge", f'edge[source = "{plan}"][target = "{root}"]')
    details = page.locator('#details-body[data-kind="edge"]')
    details.wait_for()
    mark = details.locator(".sentence mark.span-mark").first
    mark.wait_for()
    shot(page, "large-evidence-1600.png")
    [edge] = [e for e in large.lineage["edges"] if e["source"] == plan and e["target"] == root]
    evidence = edge["evidence"][0]
    text = httpx.get(f"{large.url}/documents/{evidence['doc']}").json()["properties"]["text"]
    start, end = evidence["span"]
    assert mark.inner_text() == text[start:end]
    sentence = details.locator(".sentence").first.inner_text()
    assert sentence == evidence["sentence"]  # the whole sentence, the span marked inside it
    assert details.locator(".badge.rel").first.get_attribute("title") == "IMPLEMENTS"
    assert details.locator(".badge.rel").first.inner_text() == "triển khai thực hiện"


def test_corrections_are_shown_in_the_details_panel(large: Large, new_page: Callable[..., Page]) -> None:
    page = new_page(width=1600, height=900)
    open_lineage(page, large.page_url())
    page.click('.group-toggle[data-group="group:nghe-an"]')
    meeting, plan, agency = (large.corrected[k] for k in ("meeting", "plan", "agency"))
    page.wait_for_function("(key) => window.dgGraph.getElementById(key).nonempty()", arg=meeting)
    page.wait_for_function("(key) => window.dgGraph.getElementById(key).hasClass('curated')", arg=meeting)
    click_in_drawing(page, "node", f'node[id = "{meeting}"]')
    notes = page.locator(f'#details-body[data-key="{meeting}"] .curations')
    notes.locator("li.curation").first.wait_for()
    assert "sửa bởi minh, tên đầy đủ trong thông cáo" in notes.inner_text()
    assert "Phiên họp thường kỳ Ban Thường vụ Tỉnh ủy Nghệ An" in page.inner_text("#details-body h3")
    shot(page, "large-curation-1600.png")
    # the added edge: its evidence is the correction, who made it and why
    click_in_drawing(page, "edge", f'edge[source = "{plan}"][target = "{agency}"]')
    details = page.locator('#details-body[data-kind="edge"]')
    details.locator(".evidence li.curation").first.wait_for()
    assert "sửa bởi lan, giao trong phụ lục kế hoạch" in details.locator(".evidence").inner_text()
    details.locator(".curations li.curation").first.wait_for()
    assert "thêm quan hệ giao cho" in details.locator(".curations").inner_text()
