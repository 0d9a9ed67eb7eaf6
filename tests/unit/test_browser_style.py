"""graph/browser/style.grass, read the way Neo4j Browser reads it.

Neo4j Browser's GRASS parser walks the text character by character: braces open and close a rule, and only
the single quote delimits a string (it is dropped; everything else inside a rule is kept as written). A
caption written with double quotes therefore shows as the literal text ``"{name}"``. This parser follows those
rules, so a caption that Browser would show wrongly fails here."""

from __future__ import annotations

import re

import pytest

from graph.model import Label, RelType
from tests.conftest import REPO

pytestmark = pytest.mark.unit

STYLE = REPO / "graph" / "browser" / "style.grass"


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Selector -> {property: value}, as Neo4j Browser's parser yields them."""
    rules: dict[str, dict[str, str]] = {}
    selector, body, inside_rule, inside_string = "", "", False, False
    for ch in text:
        if ch == "'":
            inside_string = not inside_string
            continue
        if not inside_string and ch == "{" and not inside_rule:
            inside_rule = True
            continue
        if not inside_string and ch == "}" and inside_rule:
            props = {}
            for declaration in body.split(";"):
                name, sep, value = declaration.partition(":")
                if sep:
                    props[name.strip()] = value.strip()
            rules[selector] = props
            selector, body, inside_rule = "", "", False
            continue
        if inside_rule:
            body += ch
        elif not ch.isspace():
            selector += ch
    assert not inside_string and not inside_rule, "unbalanced quote or brace"
    return rules


CAPTION = re.compile(r"^(?:\{[a-z_]+\}|<(?:type|id)>)?$")


def test_every_caption_is_read_as_a_property_or_the_type() -> None:
    rules = parse_grass(STYLE.read_text(encoding="utf-8"))
    captions = {selector: props["caption"] for selector, props in rules.items() if "caption" in props}
    assert len(captions) >= 10
    wrong = {selector: caption for selector, caption in captions.items() if not CAPTION.match(caption)}
    assert not wrong, f"Neo4j Browser would show these captions literally: {wrong}"


def test_every_label_and_type_has_a_rule() -> None:
    rules = parse_grass(STYLE.read_text(encoding="utf-8"))
    assert {f"node.{label.value}" for label in Label} <= set(rules)
    assert {f"relationship.{rel.value}" for rel in RelType} <= set(rules)


def test_the_parser_reads_double_quotes_literally() -> None:
    # Outside single quotes the caption's own closing brace ends the rule: Browser shows '"{name'.
    assert parse_grass('node.X { caption: "{name}"; }')["node.X"]["caption"] == '"{name'
    assert parse_grass("node.X { caption: '{name}'; }")["node.X"]["caption"] == "{name}"
