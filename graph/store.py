"""The store protocol every backend implements (the factory that picks one is :func:`graph.backends.open_store`).

A store runs named queries from :mod:`graph.queries` and returns plain Python values:
rows are dicts keyed by column; nodes become ``{"labels": [...], "properties": {...}}``,
relationships ``{"type": ..., "properties": {...}}``, paths ``{"nodes": [...],
"relationships": [...]}``, temporal values ISO strings. Both backends convert the same way
(see :func:`plain`), and the contract suite in ``tests/contract`` holds them to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, Protocol

from graph.model import Label, RelType

Row = dict[str, Any]


class GraphStore(Protocol):
    """What the rest of the project may ask of a graph database."""

    backend: str

    def read(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Run the named read query and return its rows."""
        ...

    def write(
        self,
        name: str,
        params: Mapping[str, Any] | None = None,
        *,
        label: Label | None = None,
        rel_type: RelType | None = None,
    ) -> list[Row]:
        """Run the named write query (labels/types from the allowlist) in one transaction."""
        ...

    def apply_schema(self) -> list[str]:
        """Create the constraints and indexes of ``graph/schema.cypher``; harmless to repeat.

        Returns the statements the backend ran (in its own dialect)."""
        ...

    def version(self) -> str:
        """An opaque token that changes whenever a write commits, and never repeats.

        Answers computed while the token reads ``v`` stay right until it reads something else:
        the API's answer cache (``app/cache.py``) keys on it. Cheap: one small read."""
        ...

    def indexes_building(self) -> list[str]:
        """The labels whose indexes are not ready yet (being built after a start, or failed); empty when every
        index serves. Until then lookups may scan and search may find nothing: ``/ready`` is false."""
        ...

    def ping(self) -> None:
        """Raise :class:`kernel.errors.StoreUnavailable` unless the store answers."""
        ...

    def close(self) -> None:
        """Release connections (and stop the embedded server if this was its last user)."""
        ...


def plain(value: Any) -> Any:
    """Convert a driver value into plain Python, for values both drivers already made plain.

    Backends convert their own node/relationship/path types first and call this for the rest.
    """
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value
