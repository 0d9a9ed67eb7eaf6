"""The production backend: Neo4j 5 through the official driver, managed transactions with retries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, LiteralString

import neo4j
from neo4j import GraphDatabase, ManagedTransaction
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired
from neo4j.graph import Node, Path, Relationship

from graph import changes, provenance, queries, schema
from graph.model import Label, RelType
from graph.store import Row, plain
from kernel.errors import InvalidInput, StoreError, StoreUnavailable

if TYPE_CHECKING:
    from kernel.settings import Settings


def _convert(value: Any) -> Any:
    if isinstance(value, Node):
        return {"labels": sorted(value.labels), "properties": _convert(dict(value))}
    if isinstance(value, Relationship):
        return {"type": value.type, "properties": _convert(dict(value))}
    if isinstance(value, Path):
        return {
            "nodes": [_convert(n) for n in value.nodes],
            "relationships": [_convert(r) for r in value.relationships],
        }
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime / Time
        return str(value.iso_format())
    if isinstance(value, Mapping):  # a relationship's stored provenance is read as its five lists
        return provenance.read_shape({str(k): _convert(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [_convert(v) for v in value]
    return plain(value)


class Neo4jStore:
    """:class:`graph.store.GraphStore` on a Neo4j 5 server."""

    backend = "neo4j"

    def __init__(
        self,
        uri: str,
        user: str,
        password: str,
        database: str = "neo4j",
        query_timeout_ms: int = 10_000,
        changes_keep: int = 1_000_000,
    ) -> None:
        self.database = database
        self.changes_keep = changes_keep
        self.timeout = query_timeout_ms / 1000
        try:
            self._driver = GraphDatabase.driver(uri, auth=(user, password), max_transaction_retry_time=15.0)
        except (ValueError, Neo4jError) as exc:
            raise StoreUnavailable(f"cannot use Neo4j at {uri}: {exc}") from exc

    @classmethod
    def from_settings(cls, settings: Settings) -> Neo4jStore:
        if not settings.neo4j_uri:
            raise StoreUnavailable("backend 'neo4j' needs DG_NEO4J_URI (e.g. bolt://localhost:7687)")
        return cls(
            settings.neo4j_uri,
            settings.neo4j_user,
            settings.neo4j_password.get_secret_value(),
            settings.neo4j_database,
            settings.query_timeout_ms,
            settings.changes_keep,
        )

    def _execute(self, text: LiteralString, params: Mapping[str, Any] | None, *, read_only: bool) -> list[Row]:
        query = neo4j.Query(text, timeout=self.timeout)

        def work(tx: ManagedTransaction) -> list[Row]:
            result = tx.run(query, dict(params or {}))  # type: ignore[arg-type]  # a Query is accepted
            columns = result.keys()
            rows = [dict(zip(columns, (_convert(v) for v in record.values()), strict=True)) for record in result]
            if not read_only:
                tx.run(queries.load("bump_graph_version", "neo4j").render()).consume()
            return rows

        try:
            with self._driver.session(database=self.database) as session:
                if read_only:
                    return session.execute_read(work)
                return session.execute_write(work)
        except (ServiceUnavailable, SessionExpired, AuthError, OSError) as exc:
            raise StoreUnavailable(f"Neo4j unavailable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"query failed: {exc.message or exc}") from exc

    def read(self, name: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        query = queries.load(name, "neo4j")
        if query.mode != "read":
            raise InvalidInput(f"query {name!r} is a write query; only read queries run here", query=name)
        return self._execute(query.render(), params, read_only=True)

    def write(
        self,
        name: str,
        params: Mapping[str, Any] | None = None,
        *,
        label: Label | None = None,
        rel_type: RelType | None = None,
    ) -> list[Row]:
        query = queries.load(name, "neo4j")
        if query.changes:  # the change log's time and (for a first entry) id: graph/changes.py
            params = {**(params or {}), **changes.stamp(self.changes_keep)}
        return self._execute(query.render(label=label, rel_type=rel_type), params, read_only=False)

    def apply_schema(self) -> list[str]:
        statements = schema.statements()
        try:
            with self._driver.session(database=self.database) as session:
                for statement in statements:
                    # Schema commands cannot run in a managed (retrying) transaction function.
                    session.run(statement).consume()
        except (ServiceUnavailable, SessionExpired, AuthError, OSError) as exc:
            raise StoreUnavailable(f"Neo4j unavailable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"schema statement failed: {exc.message or exc}") from exc
        self.read("await_indexes", {"seconds": max(1, int(self.timeout))})  # a search at once finds the index online
        provenance.upgrade(self)  # a store an earlier version wrote: its stored shape brought up to date
        self.write("bump_graph_version")  # a new full-text index changes what search finds
        return statements

    def version(self) -> str:
        rows = self._execute(queries.load("graph_version", "neo4j").render(), None, read_only=True)
        return str(rows[0]["token"]) if rows else "unversioned"

    def indexes_building(self) -> list[str]:
        return [str(row["label"]) for row in self.read("indexes_building")]

    def ping(self) -> None:
        try:
            self._driver.verify_connectivity()
        except (Neo4jError, OSError, ServiceUnavailable) as exc:
            raise StoreUnavailable(f"Neo4j unavailable: {exc}") from exc

    def close(self) -> None:
        self._driver.close()
