"""Lookups by key go through :Entity, the one key index (graph/schema.cypher keeps no key index per label)."""

from __future__ import annotations

import re
from pathlib import Path

from graph import schema
from graph.model import Label

ROOT = Path(__file__).resolve().parents[2]
BY_LABEL_KEY = re.compile(r"\(\w*:(" + "|".join(label.value for label in Label) + r")\s*\{\s*key\s*:")


def test_no_query_looks_a_key_up_under_a_label_that_has_no_key_index() -> None:
    files = [
        *sorted((ROOT / "graph" / "queries").rglob("*.cypher")),
        ROOT / "graph" / "browser" / "saved-queries.cypher",
    ]
    found = [
        f"{path.relative_to(ROOT)}: {m.group(0)}" for path in files for m in BY_LABEL_KEY.finditer(path.read_text())
    ]
    assert not found, "look the key up as (x:Entity {key: ...}) WHERE x:Label: " + "; ".join(found)


def test_the_schema_indexes_keys_on_entity_only() -> None:
    keyed = [s for s in schema.statements() if "n.key IS UNIQUE" in s]
    assert any("(n:Entity)" in s for s in keyed)
    assert not [s for s in keyed if any(f"(n:{label.value})" in s for label in Label)]


def test_no_query_returns_falkordb_json_text() -> None:
    """FalkorDB's toJSON leaves quotes and backslashes in strings unescaped (FalkorDB/FalkorDB#561): a sentence with a
    quote broke, or forged, the rows of a query that returned it. Queries return typed values."""
    found = [
        str(p.relative_to(ROOT)) for p in (ROOT / "graph" / "queries").rglob("*.cypher") if "toJSON" in p.read_text()
    ]
    assert not found, found
