"""The web page's layer rules (app/web/layout.js), run in Node: which level a node is drawn at, which province
group it belongs to, and that the arrangement keeps layers in order inside every group.

Node is already needed by the Cypher linter (tools/cypher-lint); without it these tests are skipped, except under CI.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
from typing import Any

import pytest

from tests.conftest import REPO

LAYOUT = REPO / "app" / "web" / "layout.js"
NODE = shutil.which("node")

if NODE is None:
    if os.environ.get("CI"):
        pytest.fail("node is needed for the web page's layout tests", pytrace=False)
    pytest.skip("node is not installed", allow_module_level=True)


def run(expression: str) -> Any:
    """The JSON value of ``expression`` evaluated with ``layout`` = window.dgLayout."""
    script = (
        "const window = {};\n"
        + LAYOUT.read_text(encoding="utf-8")
        + f"\nconst layout = window.dgLayout;\nprocess.stdout.write(JSON.stringify({expression}));\n"
    )
    done = subprocess.run([str(NODE), "-e", script], capture_output=True, text=True, check=True, timeout=30)
    return json.loads(done.stdout)


@pytest.mark.parametrize(
    ("label", "key", "props", "assigned", "level"),
    [
        ("Resolution", "204-QĐ/TW:2024", {"level": "central"}, None, "central"),
        ("Resolution", "331-KH/TU@nghe-an:2025", {"level": "provincial", "province": "Nghệ An"}, None, "provincial"),
        ("Resolution", "15-KH/HU@nghe-an:2025", {"level": "district", "province": "Nghệ An"}, None, "district"),
        ("Locality", "xa/tan-loc@ha-tinh", {"level": "xã", "name": "Tân Lộc"}, None, "commune"),
        ("Locality", "huyen/anh-son@nghe-an", {"level": "huyện"}, None, "district"),
        ("Locality", "tinh/nghe-an", {"level": "tỉnh"}, None, "provincial"),
        ("Organization", "ủy-ban-nhân-dân-huyện-lệ-thủy@quang-binh", {"name": "UBND huyện Lệ Thủy"}, None, "district"),
        ("Organization", "sở-nội-vụ@ca-mau", {"name": "Sở Nội vụ", "province": "Cà Mau"}, None, "provincial"),
        ("Meeting", "ban-thường-vụ-huyện-ủy@nghe-an/2026-02-26", {"body": "Ban Thường vụ Huyện ủy"}, None, "district"),
        ("Meeting", "đảng-ủy-xã@ca-mau/2025-05-18", {"name": "hội nghị Đảng ủy xã", "province": "Cà Mau"}, None,
         "commune"),
        ("Meeting", "ban-thường-vụ-tỉnh-ủy@nghe-an/2025-06", {"body": "Ban Thường vụ Tỉnh ủy"}, None, "provincial"),
        # "liên xã" (between communes) names no commune; a project takes the level of the place it is assigned to
        ("Project", "dự-án-đường-liên-xã@ca-mau", {"name": "Dự án đường giao thông liên xã"}, None, "provincial"),
        ("Project", "cụm-công-nghiệp-hàm-rồng@ca-mau", {"name": "Cụm công nghiệp Hàm Rồng"}, "commune", "commune"),
        ("Organization", "ban-bí-thư", {"name": "Ban Bí thư"}, None, "central"),
    ],
)  # fmt: skip
def test_level_of_a_node(label: str, key: str, props: dict[str, str], assigned: str | None, level: str) -> None:
    args = json.dumps([label, key, props, assigned], ensure_ascii=False)
    assert run(f"layout.levelOf(...{args})") == level


@pytest.mark.parametrize(
    ("key", "props", "slug"),
    [
        ("331-KH/TU@nghe-an:2025", {"province": "Nghệ An"}, "nghe-an"),
        ("ủy-ban-nhân-dân-huyện-lệ-thủy@quang-binh", {}, "quang-binh"),
        ("ban-thường-vụ-huyện-ủy@đắk-lắk/2026-02-26", {}, "dak-lak"),
        ("204-QĐ/TW:2024", {}, None),
    ],
)
def test_province_of_a_node(key: str, props: dict[str, str], slug: str | None) -> None:
    args = json.dumps([key, props], ensure_ascii=False)
    assert run(f"layout.provinceSlug(...{args})") == slug


def test_layers_stay_in_order_inside_every_group_and_collapsed_groups_are_one_node() -> None:
    items = [{"id": "root", "level": "central", "group": None}]
    for group, counts in (("a", (7, 3, 5)), ("b", (2, 0, 4)), ("c", (1, 1, 0))):
        for level, count in zip(("provincial", "district", "commune"), counts, strict=True):
            items += [{"id": f"{group}-{level}-{i}", "level": level, "group": group} for i in range(count)]
    groups = [{"id": g, "name": g} for g in ("a", "b", "c")]
    args = json.dumps([items, groups, {"c": True}, 1.6])
    out = run(f"layout.arrange(...{args})")
    at = out["positions"]
    assert set(at) == {item["id"] for item in items if item["group"] != "c"}
    assert set(out["groupNodes"]) == {"c"}
    assert all(at["root"]["y"] < p["y"] for key, p in at.items() if key != "root")
    order = ["provincial", "district", "commune"]
    for group in ("a", "b"):
        ys = {level: [p["y"] for key, p in at.items() if key.startswith(f"{group}-{level}")] for level in order}
        present = [level for level in order if ys[level]]
        for upper, lower in itertools.pairwise(present):
            assert max(ys[upper]) < min(ys[lower])
    # no two nodes on one spot, and the layer labels name only layers that hold nodes
    assert len({(p["x"], p["y"]) for p in at.values()}) == len(at)
    assert {band["level"] for band in out["bands"]} == {"central", "provincial", "district", "commune"}
