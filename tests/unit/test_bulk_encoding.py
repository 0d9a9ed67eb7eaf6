"""FalkorDB's bulk insert format (graph/backends/bulk.py): values, records and how a load is split into commands."""

from __future__ import annotations

import struct

import pytest

from graph.backends.bulk import BulkLoad, encode
from kernel.errors import InvalidInput


def test_values_in_the_bulk_format() -> None:
    assert encode(None) == b"\x00"
    assert encode(True) == b"\x01\x01"  # a bool, not the int 1
    assert encode(1.5) == b"\x02" + struct.pack("<d", 1.5)
    assert encode("Hà Nội") == b"\x03" + "Hà Nội".encode() + b"\x00"
    assert encode(-3) == b"\x04" + struct.pack("<q", -3)
    assert encode(["a", 7, None]) == b"\x05" + struct.pack("<q", 3) + b"\x03a\x00\x04" + struct.pack("<q", 7) + b"\x00"


@pytest.mark.parametrize("value", ["a\x00b", ["ok", "a\x00"], {"a": 1}, b"bytes"])
def test_what_cannot_be_stored_is_refused(value: object) -> None:
    with pytest.raises(InvalidInput):
        encode(value)


def test_a_load_is_split_into_commands_nodes_first_begin_once() -> None:
    load = BulkLoad()
    ids = [load.node(("Entity", "Project"), ["key", "name"], [f"k{i}", "Dự án" if i % 2 else None]) for i in range(40)]
    assert ids == list(range(40))
    for i in range(39):
        load.edge("IMPLEMENTS", i, i + 1, ["id"], [""])
    commands = list(load.commands(max_bytes=300))
    assert len(commands) > 3
    assert commands[0][0] == "BEGIN" and all("BEGIN" not in c for c in commands[1:])
    counts = [c[1:5] if c[0] == "BEGIN" else c[0:4] for c in commands]
    assert sum(n for n, _, _, _ in counts) == 40 and sum(e for _, e, _, _ in counts) == 39
    first_edges = next(i for i, (_, e, _, _) in enumerate(counts) if e)
    assert all(n == 0 for n, _, _, _ in counts[first_edges + 1 :])  # every node is sent before any edge
    blobs = [b for c in commands for b in c if isinstance(b, bytes)]
    assert all(b.startswith((b"Entity:Project\x00", b"IMPLEMENTS\x00")) for b in blobs)


def test_nodes_and_edges_added_together_send_what_one_at_a_time_sends() -> None:
    rows = [[f"k{i}", "Hà Nội" if i % 3 else None, [f"d{i}", i]] for i in range(25)]
    one, together = BulkLoad(), BulkLoad()
    assert [one.node(("Entity", "Locality"), ["key", "name", "x"], row) for row in rows] == list(range(25))
    assert one.node(("ChangeLog",), ["key"], ["changes"]) == 25
    assert together.nodes(("Entity", "Locality"), ["key", "name", "x"], rows) == 0
    assert together.nodes(("ChangeLog",), ["key"], [["changes"]]) == 25 and together.node_count == 26
    for i in range(24):
        one.edge("PART_OF", i, i + 1, ["id", "prov"], [None, [f"d{i}\tcâu"]])
    together.edges("PART_OF", ["id", "prov"], ((i, i + 1, [None, [f"d{i}\tcâu"]]) for i in range(24)))
    for max_bytes in (1, 64, 500, 1 << 20):
        assert list(one.commands(max_bytes)) == list(together.commands(max_bytes))


def test_nodes_of_a_label_taken_up_again_after_another_are_refused() -> None:
    load = BulkLoad()
    load.nodes(("Entity", "Project"), ["key"], [["p1"]])
    load.nodes(("Entity", "Project"), ["key"], [["p2"]])  # still the last label: its ids follow on
    load.node(("Entity", "Locality"), ["key"], ["x1"])
    with pytest.raises(ValueError, match="added again"):
        load.node(("Entity", "Project"), ["key"], ["p3"])
