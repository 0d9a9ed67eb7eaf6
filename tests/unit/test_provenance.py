"""An edge's provenance: stored as one string per document, read as five parallel lists (graph/provenance.py)."""

from __future__ import annotations

import pytest

from graph import provenance
from kernel.errors import InvalidInput


def test_a_read_entry_keeps_its_sentence_span_and_rule() -> None:
    stored = {"id": "", "prov": [provenance.entry("d1", "Câu có\tmột dấu tab.", 3, 40, "implements.plan")]}
    assert stored["prov"] == ["d1\t3\t40\timplements.plan\tCâu có\tmột dấu tab."]
    assert provenance.unpack(stored) == {
        "id": "", "docs": ["d1"], "evidence": ["Câu có\tmột dấu tab."], "span_start": [3], "span_end": [40],
        "extractor": ["implements.plan"],
    }  # fmt: skip


def test_a_derived_edge_reads_as_its_documents_only() -> None:
    stored = {"derived_from": "gazetteer", "prov": [provenance.entry("d1"), provenance.entry("d2")]}
    assert provenance.unpack(stored) == {"id": "", "derived_from": "gazetteer", "docs": ["d1", "d2"]}


def test_unknown_spans_and_empty_values_come_back_as_written() -> None:
    stored = {"prov": [provenance.entry("d1", "", None, None, ""), provenance.entry("d2")]}
    assert provenance.unpack(stored) == {
        "id": "", "docs": ["d1", "d2"], "evidence": ["", None], "span_start": [None, None], "span_end": [None, None],
        "extractor": ["", None],
    }  # fmt: skip


def test_pack_is_the_inverse_of_unpack() -> None:
    read = {"id": "x", "docs": ["d1", "d2"], "evidence": ["A.", "B."], "span_start": [0, 5], "span_end": [2, 7],
            "extractor": ["r1", "r2"]}  # fmt: skip
    assert provenance.unpack(provenance.pack(read)) == read
    assert provenance.pack({"docs": ["d1"]}) == {"prov": ["d1"]}
    assert provenance.pack({"id": ""}) == {"id": "", "prov": []}


def test_read_shape_touches_only_stored_provenance() -> None:
    assert provenance.read_shape({"name": "x"}) == {"name": "x"}
    assert provenance.read_shape(["d1"]) == ["d1"]
    assert provenance.read_shape({"prov": []}) == {"id": "", "docs": []}


def test_an_edge_stored_without_an_id_reads_with_an_empty_one() -> None:
    """FalkorDB stores no empty id (graph/queries/falkordb/upsert_edges.cypher); a stored id stays."""
    assert provenance.unpack({"prov": ["d1"]})["id"] == ""
    assert provenance.unpack({"id": "Bí thư", "prov": ["d1"]})["id"] == "Bí thư"


def test_a_tab_in_a_document_key_or_rule_is_refused() -> None:
    with pytest.raises(InvalidInput):
        provenance.entry("d\t1", "Câu.", 0, 4, "r")
    with pytest.raises(InvalidInput):
        provenance.entry("d1", "Câu.", 0, 4, "r\t2")


@pytest.mark.parametrize(
    "item",
    [
        provenance.entry("d1", "Câu có\tmột dấu tab.", 3, 40, "implements.plan"),
        provenance.entry("d1", "", None, None, ""),
        provenance.entry("d1", "Câu.", 0, None, "r"),
        provenance.entry("d1"),
        "d1\t2",  # not an entry this version writes: its document only, as unpack reads it
    ],
)
def test_one_entry_alone_reads_as_unpack_reads_it(item: str) -> None:
    expected = provenance.unpack({"prov": [item]})
    assert provenance.read_one(item) == expected and list(provenance.read_one(item)) == list(expected)
