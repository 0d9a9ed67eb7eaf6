"""FalkorDB's bulk insert (``GRAPH.BULK``): a first load into an empty graph, without a query per batch.

The command takes binary blobs, the format the ``falkordb-bulk-loader`` tool sends (FalkorDB's own
loader; its CSV reading is not needed here): one blob per label and per relationship type, each a
header (the name, ``\\0``-terminated; the number of properties, uint32; their names, ``\\0``-terminated)
then one record per entity, a value per property of the header. A value is a type byte then its bytes:
0 null (the property is not set), 1 bool, 2 double, 3 string (UTF-8, ``\\0``-terminated), 4 int64,
5 array (int64 length, then each element as a value). A relationship record starts with the ids of
its two nodes (uint64): nodes are numbered in the order they are sent, from 0. A label written
``Entity:Project`` gives the node both labels. The first command says ``BEGIN`` and creates the graph.

Nothing here knows the graph model: :meth:`graph.backends.embedded.EmbeddedStore.bulk_insert` sends
what :class:`loaders.write.BulkWriter` prepared.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from kernel.errors import InvalidInput

_BOOL, _DOUBLE, _LONG, _ARRAY = 1, 2, 4, 5  # 0 null and 3 string are written as bytes below
_TYPED_LONG = struct.Struct("=Bq")
_TYPED_DOUBLE = struct.Struct("=Bd")
_TYPED_BOOL = struct.Struct("=B?")
_ENDS = struct.Struct("=QQ")

#: Bytes of blobs in one command (Redis takes up to 512 MB per argument; smaller keeps the server responsive).
MAX_COMMAND_BYTES = 32 << 20


def _string(value: str) -> bytes:
    if "\x00" in value:
        raise InvalidInput("a property contains a NUL character; it cannot be stored")
    return b"\x03" + value.encode() + b"\x00"


def _array(value: list[Any] | tuple[Any, ...]) -> bytes:
    return _TYPED_LONG.pack(_ARRAY, len(value)) + encode_all(value)


_ENCODERS: dict[type, Any] = {
    str: _string,
    int: lambda v: _TYPED_LONG.pack(_LONG, v),
    type(None): lambda v: b"\x00",
    list: _array,
    tuple: _array,
    bool: lambda v: _TYPED_BOOL.pack(_BOOL, v),
    float: lambda v: _TYPED_DOUBLE.pack(_DOUBLE, v),
}


def encode(value: Any) -> bytes:
    """One property value in the bulk format (looked up by exact type: a load encodes millions)."""
    encoder = _ENCODERS.get(type(value))
    if encoder is None:
        raise InvalidInput(f"a property value of type {type(value).__name__} cannot be stored")
    result: bytes = encoder(value)
    return result


def encode_all(values: Sequence[Any]) -> bytes:
    """The values one after the other (a record, or an array's elements); strings, the most common, inline."""
    parts = []
    for value in values:
        if type(value) is str and "\x00" not in value:
            parts.append(b"\x03" + value.encode() + b"\x00")
        else:
            parts.append(encode(value))
    return b"".join(parts)


def _header(name: str, properties: Sequence[str]) -> bytes:
    return (
        name.encode()
        + b"\x00"
        + struct.pack("=I", len(properties))
        + b"".join(p.encode() + b"\x00" for p in properties)
    )


@dataclass
class _Blob:
    """The records of one label or relationship type waiting to be sent."""

    header: bytes
    records: list[bytes] = field(default_factory=list)
    size: int = 0


@dataclass
class BulkLoad:
    """Nodes and relationships to send: nodes are numbered as they are added (:meth:`node` returns the id)."""

    node_count: int = 0
    _nodes: dict[tuple[str, tuple[str, ...]], _Blob] = field(default_factory=dict)
    _edges: dict[tuple[str, tuple[str, ...]], _Blob] = field(default_factory=dict)
    _order: list[tuple[str, tuple[str, tuple[str, ...]]]] = field(default_factory=list)

    def node(self, labels: Sequence[str], properties: Sequence[str], values: Sequence[Any]) -> int:
        """Add a node with these labels and a value per property name (None: not set); returns its id.

        The server numbers nodes in the order their blobs arrive: the nodes of one label and property list
        come one after the other (a blob taken up again after another one started is refused)."""
        ident = (":".join(labels), tuple(properties))
        nodes = [o for o in self._order if o[0] == "node"]
        if ident in self._nodes and nodes[-1][1] != ident:
            raise ValueError(f"nodes of {ident[0]} added again after other nodes: their ids would not be theirs")
        record = encode_all(values)
        self._add("node", ident[0], ident[1], record)
        self.node_count += 1
        return self.node_count - 1

    def edge(self, rel_type: str, source: int, target: int, properties: Sequence[str], values: Sequence[Any]) -> None:
        """Add a relationship between two node ids, with a value per property name (None: not set)."""
        record = _ENDS.pack(source, target) + encode_all(values)
        self._add("edge", rel_type, tuple(properties), record)

    def _add(self, kind: str, name: str, properties: tuple[str, ...], record: bytes) -> None:
        blobs = self._nodes if kind == "node" else self._edges
        blob = blobs.get((name, properties))
        if blob is None:
            blob = blobs[(name, properties)] = _Blob(_header(name, properties))
            self._order.append((kind, (name, properties)))
        blob.records.append(record)
        blob.size += len(record)

    def commands(self, max_bytes: int = MAX_COMMAND_BYTES) -> Iterator[list[Any]]:
        """The arguments of each ``GRAPH.BULK`` command after the graph name (the first says ``BEGIN``).

        Every node blob comes before every relationship blob, in the order the nodes were numbered."""
        pending: list[tuple[str, bytes]] = []
        nodes = edges = size = 0
        first = True
        for kind, ident in [o for o in self._order if o[0] == "node"] + [o for o in self._order if o[0] == "edge"]:
            blob = (self._nodes if kind == "node" else self._edges)[ident]
            start = 0
            while start < len(blob.records):
                end, chunk = start, len(blob.header)
                while end < len(blob.records) and (end == start or size + chunk + len(blob.records[end]) <= max_bytes):
                    chunk += len(blob.records[end])
                    end += 1
                pending.append((kind, blob.header + b"".join(blob.records[start:end])))
                if kind == "node":
                    nodes += end - start
                else:
                    edges += end - start
                size += chunk
                start = end
                if size >= max_bytes:
                    yield _command(first, nodes, edges, pending)
                    first, pending, nodes, edges, size = False, [], 0, 0, 0
        if pending or first:
            yield _command(first, nodes, edges, pending)


def _command(first: bool, nodes: int, edges: int, blobs: list[tuple[str, bytes]]) -> list[Any]:
    labels = [b for kind, b in blobs if kind == "node"]
    types = [b for kind, b in blobs if kind == "edge"]
    return [*(["BEGIN"] if first else []), nodes, edges, len(labels), len(types), *labels, *types]
