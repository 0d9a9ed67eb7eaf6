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

import bisect
import struct
from collections.abc import Iterable, Iterator, Sequence
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
    """The values one after the other (a record, or an array's elements)."""
    out = bytearray()
    _encode_into(out, values)
    return bytes(out)


def _encode_into(out: bytearray, values: Iterable[Any]) -> None:
    """Append the values to ``out``, one after the other: strings, the most common, and nulls inline, each part
    appended in place (a record's parts are never joined: 0.6x the time of joining them, on the rows of a load)."""
    for value in values:
        kind = type(value)
        if kind is str:
            if "\x00" in value:
                raise InvalidInput("a property contains a NUL character; it cannot be stored")
            out += b"\x03"
            out += value.encode()
            out += b"\x00"
        elif value is None:
            out += b"\x00"
        elif kind is list or kind is tuple:
            out += _TYPED_LONG.pack(_ARRAY, len(value))
            _encode_into(out, value)
        else:
            out += encode(value)


def _header(name: str, properties: Sequence[str]) -> bytes:
    return (
        name.encode()
        + b"\x00"
        + struct.pack("=I", len(properties))
        + b"".join(p.encode() + b"\x00" for p in properties)
    )


@dataclass
class _Blob:
    """The records of one label or relationship type waiting to be sent: encoded one after the other into one
    buffer, and where each ends (a command takes whole records)."""

    kind: str  # "node" or "edge"
    header: bytes
    data: bytearray = field(default_factory=bytearray)
    ends: list[int] = field(default_factory=list)


@dataclass
class BulkLoad:
    """Nodes and relationships to send: nodes are numbered as they are added (:meth:`nodes` returns the first id)."""

    node_count: int = 0
    _blobs: dict[tuple[str, str, tuple[str, ...]], _Blob] = field(default_factory=dict)
    _last_node_blob: _Blob | None = None

    def node(self, labels: Sequence[str], properties: Sequence[str], values: Sequence[Any]) -> int:
        """Add a node with these labels and a value per property name (None: not set); returns its id."""
        return self.nodes(labels, properties, (values,))

    def nodes(self, labels: Sequence[str], properties: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Add nodes with these labels, each a value per property name (None: not set); returns the first one's id
        (the others follow in order).

        The server numbers nodes in the order their blobs arrive: the nodes of one label and property list
        come one after the other (a blob taken up again after another one started is refused)."""
        name = ":".join(labels)
        known = len(self._blobs)
        blob = self._blob("node", name, properties)
        if len(self._blobs) == known and blob is not self._last_node_blob:
            raise ValueError(f"nodes of {name} added again after other nodes: their ids would not be theirs")
        self._last_node_blob = blob
        first, data, ends = self.node_count, blob.data, blob.ends
        before = len(ends)
        for values in rows:
            _encode_into(data, values)
            ends.append(len(data))
        self.node_count += len(ends) - before
        return first

    def edge(self, rel_type: str, source: int, target: int, properties: Sequence[str], values: Sequence[Any]) -> None:
        """Add a relationship between two node ids, with a value per property name (None: not set)."""
        self.edges(rel_type, properties, ((source, target, values),))

    def edges(self, rel_type: str, properties: Sequence[str], rows: Iterable[tuple[int, int, Sequence[Any]]]) -> None:
        """Add relationships of one type: (source id, target id, a value per property name) each."""
        blob = self._blob("edge", rel_type, properties)
        data, ends, pack = blob.data, blob.ends, _ENDS.pack
        for source, target, values in rows:
            data += pack(source, target)
            _encode_into(data, values)
            ends.append(len(data))

    def _blob(self, kind: str, name: str, properties: Sequence[str]) -> _Blob:
        ident = (kind, name, tuple(properties))
        blob = self._blobs.get(ident)
        if blob is None:
            blob = self._blobs[ident] = _Blob(kind, _header(name, properties))
        return blob

    def commands(self, max_bytes: int = MAX_COMMAND_BYTES) -> Iterator[list[Any]]:
        """The arguments of each ``GRAPH.BULK`` command after the graph name (the first says ``BEGIN``).

        Every node blob comes before every relationship blob, in the order the nodes were numbered; a command
        holds as many whole records as fit in ``max_bytes`` (at least one)."""
        pending: list[tuple[str, bytes]] = []
        nodes = edges = size = 0
        first = True
        blobs = [b for b in self._blobs.values() if b.kind == "node"] + [
            b for b in self._blobs.values() if b.kind == "edge"
        ]
        for blob in blobs:
            ends, start = blob.ends, 0
            while start < len(ends):
                offset = ends[start - 1] if start else 0
                # the records that fit: those ending within the room left after the header
                end = max(start + 1, bisect.bisect_right(ends, offset + max_bytes - size - len(blob.header), lo=start))
                pending.append((blob.kind, blob.header + blob.data[offset : ends[end - 1]]))
                if blob.kind == "node":
                    nodes += end - start
                else:
                    edges += end - start
                size += len(blob.header) + ends[end - 1] - offset
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
