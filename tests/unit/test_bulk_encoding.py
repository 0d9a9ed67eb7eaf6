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
